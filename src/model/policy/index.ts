// The charging policy: schema, presets and how a scenario names one.
export * from './schema.ts';
export * from './presets.ts';
export * from './policyRef.ts';
export * from './reprice.ts';
export * from './mergePolicy.ts';
