// Output directories written atomically: everything goes into a staging directory beside the
// target (same file system), renamed into place only when complete, so a reader (or a Slurm job
// that runs after this one) never sees half a result, and a failed or interrupted run leaves the
// target as it was.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Null when `target` may be written (absent, an empty directory, or a directory holding one of
 * `markers`, i.e. an earlier output of the same kind, which is replaced), else the message.
 */
export function checkTarget(
  target: string,
  markers: readonly string[],
  flag = '--out',
): string | null {
  if (!existsSync(target)) return null;
  if (!statSync(target).isDirectory()) return `${flag} ${target}: exists and is not a directory`;
  const entries = readdirSync(target);
  if (entries.length === 0 || markers.some((m) => entries.includes(m))) return null;
  return `${flag} ${target}: exists and holds other files; allowed: a new or empty directory, or an earlier output (with ${markers.join(' or ')}), which is replaced`;
}

/** A new staging directory beside `target`: `.NAME.partial-XXXXXX` in the same parent. */
export function stagingDir(target: string): string {
  const full = resolve(target);
  mkdirSync(dirname(full), { recursive: true });
  const dir = mkdtempSync(join(dirname(full), `.${basename(full)}.partial-`));
  // mkdtemp makes it private (0700); the output gets a new directory's usual permissions.
  chmodSync(dir, 0o777 & ~process.umask());
  return dir;
}

/**
 * Moves the complete `staging` directory to `target` by renames: an earlier `target` is first
 * renamed aside and removed only after the new one is in place.
 */
export function commitDir(staging: string, target: string): void {
  const full = resolve(target);
  let old: string | null = null;
  if (existsSync(full)) {
    old = `${staging}.old`;
    renameSync(full, old);
  }
  try {
    renameSync(staging, full);
  } catch (e) {
    if (old) renameSync(old, full);
    throw e;
  }
  if (old) rmSync(old, { recursive: true, force: true });
}

/** Removes a staging directory (after a failure or an interrupt). */
export function discardDir(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}
