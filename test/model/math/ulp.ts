// Distance in units in the last place between two doubles of the same sign (0 when equal).
const f = new Float64Array(2);
const i = new BigInt64Array(f.buffer);

export function ulpDistance(a: number, b: number): number {
  if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return 0;
  f[0] = a;
  f[1] = b;
  const d = i[0]! - i[1]!;
  return Number(d < 0n ? -d : d);
}
