// Entry point of a Node engine worker: registers tsx so the TypeScript engine loads as it does in
// the main thread (loader hooks are per thread), then starts the comlink worker.
import { register } from 'tsx/esm/api';

register();
await import('./engine.worker.ts');
