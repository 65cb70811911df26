// Plain-text aligned tables for the command-line tools (numbers right-aligned).

/** Renders rows as an aligned text table with a header rule. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  // A loop, not Math.max(...rows): a weekly ledger can have 520,000 rows, too many arguments.
  const widths = header.map((h) => h.length);
  for (const r of rows)
    for (const [i, c] of r.entries()) if (c.length > widths[i]!) widths[i] = c.length;
  const numeric = header.map((_, i) => rows.every((r) => /^[-−£\d.,%\s]*$/.test(r[i] ?? '')));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const gbp = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  maximumFractionDigits: 0,
});

/** £12,345 (whole pounds). */
export const pounds = (x: number): string => gbp.format(x);
