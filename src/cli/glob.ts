// A small glob for --merge-glob (no dependency): `*`, `?` and `[abc]` within one path segment,
// e.g. 'runs/shard-*' or 'runs/*/out'. Hidden entries match only a pattern starting with a dot.
// Quote the pattern so that the shell does not expand it first.
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, sep } from 'node:path';

const WILD = /[*?[]/;

/** A segment pattern as a regular expression over one name. */
function segmentRegExp(seg: string): RegExp {
  let re = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i]!;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = seg.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        const body = seg
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Paths matching `pattern`, sorted (directories and files alike). */
export function glob(pattern: string): string[] {
  const absolute = isAbsolute(pattern);
  const segs = pattern.split(/[\\/]+/).filter((s) => s !== '' && s !== '.');
  let found = [absolute ? sep : ''];
  for (const seg of segs) {
    const next: string[] = [];
    for (const base of found) {
      const dir = base || '.';
      if (!WILD.test(seg)) {
        const p = base ? join(base, seg) : seg;
        try {
          statSync(p);
          next.push(p);
        } catch {
          // no such path
        }
        continue;
      }
      let names: string[];
      try {
        if (!statSync(dir).isDirectory()) continue;
        names = readdirSync(dir);
      } catch {
        continue;
      }
      const re = segmentRegExp(seg);
      for (const name of names) {
        if (name.startsWith('.') && !seg.startsWith('.')) continue;
        if (re.test(name)) next.push(base ? join(base, name) : name);
      }
    }
    found = next;
  }
  return found.filter((p) => p !== '' && p !== sep).sort();
}
