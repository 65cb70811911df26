// docs/validation.md's table is what the engine gives: `npm run validate` prints the same table.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

describe('docs/validation.md', () => {
  it('holds the table npm run validate prints', () => {
    const printed = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts'], {
      encoding: 'utf8',
      timeout: 300_000,
    }).trim();
    const doc = readFileSync('docs/validation.md', 'utf8');
    const table = doc.slice(
      doc.indexOf('<!-- validate:begin -->') + '<!-- validate:begin -->'.length,
      doc.indexOf('<!-- validate:end -->'),
    );
    expect(table.trim()).toBe(printed);
  }, 300_000);
});
