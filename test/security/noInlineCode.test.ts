// Nothing in the app turns text into HTML or code: no {@html}, innerHTML, outerHTML,
// insertAdjacentHTML, document.write, eval or new Function in src/, workers/ or public/; and the
// Content Security Policy in index.html allows scripts, workers and (in builds) styles only from
// the site itself. The built app is checked in test/browser/reliability.test.ts.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const FORBIDDEN: [string, RegExp][] = [
  ['{@html}', /\{@html\b/],
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\.write(ln)?\s*\(/],
  ['eval(', /(^|[^\w.$])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['setTimeout with a string', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(ts|js|mjs|svelte|html)$/.test(name) ? [p] : [];
  });
}

/** Source without comments, so that a comment may name what it avoids. */
const code = (text: string) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/<!--[\s\S]*?-->/g, '');

describe('no HTML or code from strings', () => {
  const sources = ['src', 'workers', 'public'].flatMap(files).concat('index.html');

  it('finds the app sources to check', () => {
    expect(sources.length).toBeGreaterThan(50);
    expect(sources).toContain(join('src', 'main.ts'));
  });

  it.each(FORBIDDEN)('nothing uses %s', (_name, pattern) => {
    const found = sources.filter((f) => pattern.test(code(readFileSync(f, 'utf8'))));
    expect(found).toEqual([]);
  });

  it('the pattern for each is live (it catches an example)', () => {
    const examples = [
      '{@html text}',
      'el.innerHTML = x',
      'el.outerHTML',
      'el.insertAdjacentHTML("beforeend", s)',
      'document.write(s)',
      'eval(s)',
      'new Function("return 1")',
      'setTimeout("alert(1)", 0)',
    ];
    FORBIDDEN.forEach(([, pattern], i) => expect(pattern.test(examples[i]!)).toBe(true));
  });
});

describe('Content Security Policy in index.html', () => {
  const html = readFileSync('index.html', 'utf8');
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  const directives = new Map(
    policy.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources.join(' ')];
    }),
  );

  it.each([
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['worker-src', "'self'"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
  ])('%s is %s', (name, sources) => {
    expect(directives.get(name)).toBe(sources);
  });

  it('styles come from the site only in every build (inline styles only on the dev server)', () => {
    expect(directives.get('style-src')).toBe('%VITE_CSP_STYLE_SRC%');
    expect(readFileSync('.env', 'utf8')).toMatch(/^VITE_CSP_STYLE_SRC="'self'"$/m);
    expect(readFileSync('.env.development', 'utf8')).toMatch(
      /^VITE_CSP_STYLE_SRC="'self' 'unsafe-inline'"$/m,
    );
  });

  it('has no inline script in index.html', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body!.trim()).toBe('');
    }
  });
});
