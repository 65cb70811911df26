// The app's version (package.json) and git commit, stamped on every exported run.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export function appInfo(): { version: string; commit: string } {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', 'HEAD'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (dirty) commit += '-dirty';
  } catch {
    // Not a git checkout (e.g. an unpacked release): the version still identifies the engine.
  }
  return { version: String(pkg.version), commit };
}
