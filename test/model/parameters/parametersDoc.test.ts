// docs/parameters.md is written from the parameters' docs; it must match them (else run
// `npm run docs:parameters`).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parametersMarkdown } from '../../../src/model/parameters/parametersMarkdown.ts';

describe('docs/parameters.md', () => {
  it('is what the parameters’ docs give (else run `npm run docs:parameters`)', () => {
    expect(readFileSync('docs/parameters.md', 'utf8')).toBe(parametersMarkdown());
  });

  it('has one table per group and every dated series', () => {
    const md = parametersMarkdown();
    for (const h of [
      '## Policy',
      '## Scenario',
      '## Personal-budget model',
      '## Calculator inputs',
      '## Dated values',
      '### Personal expenses allowance (£/week)',
      '### Minimum income guarantee, pension-credit age (£/week)',
    ])
      expect(md).toContain(h);
  });
});
