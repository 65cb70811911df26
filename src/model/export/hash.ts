// The results hash a manifest carries: SHA-256 over every replicate's raw numbers, so a re-run
// can prove it reproduced the same results bit for bit on any machine.
import type { PartialResult } from '../simulate/result.ts';

/** Identifies the byte layout below; change it whenever the layout changes. */
export const RESULTS_HASH_SCHEME = 'care-cap-results/v1';

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function u32(...xs: number[]): Uint8Array {
  const b = new Uint8Array(4 * xs.length);
  const v = new DataView(b.buffer);
  xs.forEach((x, i) => v.setUint32(4 * i, x, true));
  return b;
}

// NaN has many bit patterns, and x86 and ARM produce different ones for the same arithmetic, so
// every NaN is written as the one canonical quiet NaN (0x7ff8000000000000).
function canonicalBytes(a: Float64Array): Uint8Array {
  let copy: Float64Array | null = null;
  let bits: Uint32Array | null = null;
  for (let i = 0; i < a.length; i++) {
    if (!Number.isNaN(a[i]!)) continue;
    if (!copy) {
      copy = a.slice();
      bits = new Uint32Array(copy.buffer);
    }
    bits![2 * i] = 0;
    bits![2 * i + 1] = 0x7ff80000;
  }
  const src = copy ?? a;
  return new Uint8Array(src.buffer, src.byteOffset, src.byteLength);
}

async function sha256(parts: readonly Uint8Array[]): Promise<Uint8Array> {
  let n = 0;
  for (const p of parts) n += p.byteLength;
  const all = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    all.set(p, o);
    o += p.byteLength;
  }
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', all));
}

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const ascii = (s: string) => new TextEncoder().encode(s);

/**
 * SHA-256 of whole replicates, as `sha256:<64 hex digits>`. Replicates are taken in replicate
 * order whatever order they are passed in. Each replicate is digested as
 * (replicate, arms, years, values.length, lifetime.length as little-endian uint32; `values` then
 * `lifetime` as little-endian float64, every NaN canonical); the result is the digest of
 * (RESULTS_HASH_SCHEME in ASCII; arms, years, replicate count as uint32; the replicate digests).
 * Digesting replicate by replicate keeps memory to one replicate at a time.
 *
 * @throws if the platform is big-endian, replicates repeat, or their shapes differ.
 */
export async function hashResults(partials: readonly PartialResult[]): Promise<string> {
  if (!LITTLE_ENDIAN) throw new Error('hashResults needs a little-endian platform');
  const reps = [...partials].sort((a, b) => a.replicate - b.replicate);
  const first = reps[0];
  const arms = first?.arms ?? 0;
  const years = first?.years ?? 0;
  const digests: Uint8Array[] = [];
  reps.forEach((r, i) => {
    if (i > 0 && r.replicate === reps[i - 1]!.replicate)
      throw new Error(`hashResults: replicate ${r.replicate} given twice`);
    if (r.arms !== arms || r.years !== years || r.values.length !== first!.values.length)
      throw new Error(`hashResults: replicate ${r.replicate} has a different shape`);
  });
  for (const r of reps) {
    const head = u32(r.replicate, r.arms, r.years, r.values.length, r.lifetime.length);
    digests.push(await sha256([head, canonicalBytes(r.values), canonicalBytes(r.lifetime)]));
  }
  const top = await sha256([ascii(RESULTS_HASH_SCHEME), u32(arms, years, reps.length), ...digests]);
  return `sha256:${hex(top)}`;
}
