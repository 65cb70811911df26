// The charging rules of a policy as pure functions over a week or a span of weeks.
export * from './pence.ts';
export * from './rules.ts';
export * from './tariffIncome.ts';
export * from './capitalLimits.ts';
export * from './meansTest.ts';
export * from './careAccount.ts';
export * from './chargeWeek.ts';
export * from './dailyLivingCosts.ts';
export * from './applyCharge.ts';
export * from './chargeSpan.ts';
export * from './pensionCreditAge.ts';
