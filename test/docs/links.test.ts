// The documents hold together: every relative link in README.md and docs/ reaches a file (and a
// heading, when it names one), nothing links outside the repository, and the measures the
// simulate doc lists are the engine's.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { measureDefs } from '../../src/model/simulate/measures.ts';

const root = resolve(import.meta.dirname, '../..');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

const files = [join(root, 'README.md'), ...markdownFiles(join(root, 'docs'))];

/** Markdown without fenced code blocks and inline code, where link-like text is not a link. */
const prose = (text: string) => text.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

function anchors(path: string): Set<string> {
  const text = readFileSync(path, 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1]!)));
}

function links(path: string): string[] {
  const text = prose(readFileSync(path, 'utf8'));
  return [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!);
}

describe('documentation links', () => {
  it('finds the documents', () => {
    expect(files.map((f) => relative(root, f))).toEqual(
      expect.arrayContaining([
        'README.md',
        'docs/model.md',
        'docs/calculator.md',
        'docs/simulate.md',
      ]),
    );
  });

  for (const file of files) {
    it(`${relative(root, file)}: every relative link resolves inside the repository`, () => {
      const broken: string[] = [];
      for (const link of links(file)) {
        if (/^[a-z]+:/i.test(link)) continue; // http(s), mailto: not checked here
        const [target = '', anchor] = link.split('#');
        const path = target ? resolve(dirname(file), decodeURI(target)) : file;
        if (relative(root, path).startsWith('..')) broken.push(`${link}: outside the repository`);
        else if (!existsSync(path)) broken.push(`${link}: no such file`);
        else if (anchor && path.endsWith('.md') && !anchors(path).has(anchor))
          broken.push(`${link}: no heading #${anchor}`);
      }
      expect(broken).toEqual([]);
    });
  }

  it('README does not point at the shared brief outside the repository', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).not.toMatch(/\.\.\/shared/);
    expect(readme).not.toMatch(/MODEL\.md/);
  });

  it('README stays a front door (under 10 KB)', () => {
    expect(statSync(join(root, 'README.md')).size).toBeLessThan(10_000);
  });
});

describe('docs/simulate.md', () => {
  const doc = readFileSync(join(root, 'docs/simulate.md'), 'utf8');
  const named = new Set([...doc.matchAll(/`([a-z0-9_]+)`/g)].map((m) => m[1]!));
  const measures = measureDefs.map((d) => d.name as string);

  it('names every measure the engine records that is not a by-age or effect variant', () => {
    const base = measures.filter(
      (n) => !/_(65plus|18_64)$/.test(n) && !n.startsWith('reform_effect_'),
    );
    expect(base.filter((n) => !named.has(n))).toEqual([]);
  });

  it('names the measure that answers "what does the cap cost"', () => {
    expect(measures).toContain('reform_effect_council_net_spend');
    expect(doc).toContain('`reform_effect_council_net_spend`');
  });
});
