// Reading scenario and manifest files (and URL-decoded objects) safely, with migrations from
// older scenario versions.
export * from './readScenario.ts';
export * from './migrations.ts';
export * from './jsonError.ts';
