// The councils of 2023 as select options: England first, then the 153 councils by name.
import { councils2023 } from '../../model/data/councils2023.ts';

export const councilOptions: readonly { value: string; label: string }[] = [
  { value: '', label: 'England' },
  ...[...councils2023]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((c) => ({ value: c.slug, label: `${c.name} (${c.region})` })),
];
