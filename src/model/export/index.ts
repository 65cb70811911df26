// Research exports: tidy and summary CSVs, the run manifest and its results hash, the person
// sample, and the zip bundle that holds them.
export * from './tidyCsv.ts';
export * from './summaryCsv.ts';
export * from './manifest.ts';
export * from './dataSources.ts';
export * from './personSample.ts';
export * from './bundle.ts';
