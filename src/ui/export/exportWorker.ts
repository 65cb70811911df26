// Runs an export in a short-lived Web Worker (bundle.worker.ts), falling back to the page's
// thread when a worker cannot be started or fails.
import { wrap, type Remote } from 'comlink';
import type { ExportWorkerApi } from './bundle.worker.ts';

/**
 * `work` in a fresh worker, which is stopped afterwards; `fallback` on this thread if the worker
 * cannot start or fails (its error is then the fallback's to throw).
 */
export async function offThread<T>(
  work: (api: Remote<ExportWorkerApi>) => Promise<T>,
  fallback: () => T | Promise<T>,
): Promise<T> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./bundle.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return fallback();
  }
  const crashed = new Promise<never>((_, reject) =>
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      reject(new Error(e.message || 'the export worker stopped'));
    }),
  );
  try {
    return await Promise.race([work(wrap<ExportWorkerApi>(worker)), crashed]);
  } catch {
    return fallback();
  } finally {
    worker.terminate();
  }
}
