// Synthetic population of England and care careers: the public surface of src/model/population.
export * from './states.ts';
export * from './population.ts';
export * from './careModel.ts';
export * from './career.ts';
export * from './generate.ts';
export * from './fees.ts';
export * from './mortality.ts';
export * from './ageStructure.ts';
export * from './selfFunder.ts';
export * from './lifetime.ts';
export * from './calibration.ts';
