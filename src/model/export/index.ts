// Research exports: tidy and summary CSVs, the run manifest and its results hash, the person
// sample. The zip bundle that holds them is in bundle.ts, imported on its own: it loads fflate, which
// the page loads only when it builds a bundle itself.
export * from './csv.ts';
export * from './tidyCsv.ts';
export * from './summaryCsv.ts';
export * from './manifest.ts';
export * from './dataSources.ts';
export * from './personSample.ts';
export * from './historyCsv.ts';
