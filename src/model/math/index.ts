// Deterministic elementary functions for the engine: the same bits in Node and in every browser.
// The engine never calls Math.exp, Math.log, Math.pow, ** or trigonometry (eslint.config.js).
export { exp } from './exp.ts';
export { log } from './log.ts';
export { pow, powInt } from './pow.ts';
export { normalCdf, normalQuantile } from './normal.ts';
