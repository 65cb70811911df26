// The individual care-account calculator.
export * from './schema.ts';
export * from './calculateCareAccount.ts';
export * from './runCalculator.ts';
