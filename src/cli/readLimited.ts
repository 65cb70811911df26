// Reading an input file (or standard input) with a size limit enforced while reading, so that
// `--input /dev/zero` stops at the limit with one line instead of filling the memory.
import { closeSync, openSync, readSync } from 'node:fs';

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

/** Bytes as a short text: "5 MB", "512 KB". */
export const sizeText = (bytes: number): string =>
  bytes >= 1 << 20 ? `${Math.round(bytes / (1 << 20))} MB` : `${Math.round(bytes / 1024)} KB`;

/**
 * The UTF-8 text of `file` ("-" for standard input), or a one-line message naming `flag`, the file
 * and the limit when it holds more than `limit` bytes or cannot be read.
 */
export function readLimited(flag: string, file: string, limit: number): ReadResult {
  let fd: number;
  try {
    fd = file === '-' ? 0 : openSync(file, 'r');
  } catch (e) {
    return { ok: false, message: `${flag}: cannot read ${file}: ${(e as Error).message}` };
  }
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.allocUnsafe(1 << 16);
  try {
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') continue; // a non-blocking standard input not ready yet
        if (code === 'EOF') break;
        return { ok: false, message: `${flag}: cannot read ${file}: ${(e as Error).message}` };
      }
      if (n === 0) break;
      total += n;
      if (total > limit)
        return {
          ok: false,
          message: `${flag}: ${file} is larger than ${sizeText(limit)}, the most this input can be`,
        };
      chunks.push(Buffer.from(chunk.subarray(0, n)));
    }
  } finally {
    if (fd !== 0) closeSync(fd);
  }
  return { ok: true, text: Buffer.concat(chunks, total).toString('utf8') };
}
