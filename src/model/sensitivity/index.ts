// Sensitivity analysis: Sobol indices (Saltelli design, Jansen estimators, bootstrap intervals)
// and one-at-a-time tornado plans over a scenario's uncertain inputs.
export * from './sobol.ts';
export * from './inputs.ts';
export * from './outcome.ts';
export * from './sobolPlan.ts';
export * from './tornado.ts';
export * from './takeUp.ts';
