// Synthetic population of England and care careers: the public surface of src/model/population.
export * from './states.ts';
export * from './populationColumns.ts';
export * from './careModel.ts';
export * from './career.ts';
export * from './generate.ts';
export * from './feeTable.ts';
export * from './gompertzMakeham.ts';
export * from './ageStructure.ts';
export * from './selfFunder.ts';
export * from './lifetimeCareCosts.ts';
export * from './calibration.ts';
