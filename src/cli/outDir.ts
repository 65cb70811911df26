// `--out DIR` written so that it never looks complete when it is not: every file goes into a
// temporary directory beside DIR, renamed into place only when all are written. A killed run
// leaves the previous output as it was; a new output never keeps an old run's files. DIR is
// checked before the run starts, and a directory that is not an earlier output of ours is not
// replaced without --force.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';

/** Files our runs write into --out (any other file makes a directory not ours). */
export const OUTPUT_FILES = [
  'manifest.json',
  'results.json',
  'summary.json',
  'results_tidy.csv',
  'summary.csv',
  'person_sample.csv',
  'results_tidy.parquet',
] as const;

export type OutDirResult = { ok: true; out: OutDir } | { ok: false; message: string };

export interface OutDir {
  /** The temporary directory, for outputs written in pieces (streamed tables, subdirectories). */
  readonly dir: string;
  /** Writes one file into the temporary directory (`name` may hold subdirectories: a/b.json). */
  write(name: string, data: string | Uint8Array): void;
  /** Moves the finished output into place (replacing an earlier output of ours). */
  commit(): void;
  /** Removes the temporary directory (a failed or interrupted run). */
  abort(): void;
}

const errorText = (e: unknown) => {
  const err = e as NodeJS.ErrnoException;
  return err.code ? `${err.code}: ${err.message.replace(/^\w+: /, '')}` : String(e);
};

/** Whether `dir` holds only files an earlier run of ours wrote, with our manifest. */
export function isOurOutput(dir: string): boolean {
  const names = readdirSync(dir);
  if (!names.every((n) => (OUTPUT_FILES as readonly string[]).includes(n))) return false;
  if (!names.includes('manifest.json')) return false;
  try {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    return typeof m?.resultsHash === 'string' && typeof m?.manifestVersion === 'number';
  } catch {
    return false;
  }
}

/** Temporary directories of runs whose process has gone (killed mid-write): removed. */
function removeStaleTemporaries(parent: string, base: string): void {
  for (const n of readdirSync(parent)) {
    const m = new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.tmp-(\\d+)-`).exec(
      n,
    );
    if (!m) continue;
    try {
      process.kill(Number(m[1]), 0);
    } catch {
      rmSync(join(parent, n), { recursive: true, force: true });
    }
  }
}

/** An earlier output of a sweep or analysis: a directory holding one of its description files. */
export const holdsOneOf =
  (markers: readonly string[]) =>
  (dir: string): boolean =>
    readdirSync(dir).some((n) => markers.includes(n));

/**
 * Prepares `--out` before a run: the directory must be creatable, writable and either absent,
 * empty or an earlier output of ours (else `force`). Creates the missing parents and the
 * temporary directory beside it now, so a run never starts that could not write its results.
 * `notInside`: directories the output must not be in or equal (the shards being merged).
 */
export function prepareOutDir(
  outArg: string,
  options: {
    force: boolean;
    notInside?: readonly string[];
    /** Whether a directory is an earlier output of this command (default: a run's, above). */
    ours?: (dir: string) => boolean;
  },
): OutDirResult {
  const target = resolve(outArg);
  const fail = (why: string): OutDirResult => ({ ok: false, message: `--out ${outArg}: ${why}` });
  for (const d of options.notInside ?? []) {
    const rel = relative(resolve(d), target);
    if (rel === '' || (!rel.startsWith('..') && !rel.startsWith('/')))
      return fail(`is inside ${d}, one of the directories being merged; choose another directory`);
  }
  if (existsSync(target)) {
    let isDir: boolean;
    try {
      isDir = statSync(target).isDirectory();
    } catch (e) {
      return fail(`cannot be used (${errorText(e)})`);
    }
    if (!isDir) return fail('exists and is not a directory');
    let names: string[];
    try {
      names = readdirSync(target);
    } catch (e) {
      return fail(`cannot be read (${errorText(e)})`);
    }
    if (names.length > 0 && !(options.ours ?? isOurOutput)(target) && !options.force)
      return fail(
        `is not empty and is not an earlier output of this tool (it holds ${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}); choose another directory, or pass --force to replace it`,
      );
  }
  // Create missing parents one level at a time (Node's recursive mkdir spins on /proc).
  const parent = dirname(target);
  const missing: string[] = [];
  for (let p = parent; !existsSync(p); p = dirname(p)) {
    missing.unshift(p);
    if (dirname(p) === p) break;
  }
  let tmp: string;
  try {
    for (const p of missing) mkdirSync(p);
    if (!statSync(parent).isDirectory()) return fail(`${parent} is not a directory`);
    removeStaleTemporaries(parent, basename(target));
    tmp = mkdtempSync(join(parent, `.${basename(target)}.tmp-${process.pid}-`));
    // mkdtemp makes it private (0700); the output gets a new directory's usual permissions, so
    // that others (a cluster's merge job, colleagues) can read it.
    chmodSync(tmp, 0o777 & ~process.umask());
    // A file written and removed: a full disk or a read-only place shows up now, not after the run.
    writeFileSync(join(tmp, '.write-check'), 'ok');
    rmSync(join(tmp, '.write-check'));
  } catch (e) {
    return fail(`cannot be written (${errorText(e)})`);
  }
  let done = false;
  return {
    ok: true,
    out: {
      dir: tmp,
      write(name, data) {
        if (name.includes('/')) mkdirSync(dirname(join(tmp, name)), { recursive: true });
        writeFileSync(join(tmp, name), data);
      },
      commit() {
        if (existsSync(target)) {
          const old = `${tmp}.old`;
          renameSync(target, old);
          try {
            renameSync(tmp, target);
          } catch (e) {
            renameSync(old, target);
            throw e;
          }
          rmSync(old, { recursive: true, force: true });
        } else renameSync(tmp, target);
        done = true;
      },
      abort() {
        if (!done) rmSync(tmp, { recursive: true, force: true });
        done = true;
      },
    },
  };
}

/** A write error as one line (no stack trace). */
export const writeErrorText = (outArg: string, e: unknown): string =>
  `--out ${outArg}: the results could not be written (${errorText(e)}); nothing was changed there`;
