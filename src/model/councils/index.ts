// Councils and personal budgets: the council table, the uptake-and-cost model, and its back-test.
export * from './councils.ts';
export * from './personalBudgetParams.ts';
export * from './uptakeTargets.ts';
export * from './councilDraws.ts';
export * from './quantiles.ts';
export * from './spending.ts';
export * from './simulatePersonalBudgets.ts';
export * from './backtest.ts';
export * from './backtestPath.ts';
export * from './history.ts';
