// Saving a file from the page: a Blob behind an object URL and a temporary <a download>.

/** Starts the download of `data` as `filename`; the object URL is released shortly after. */
export function download(data: Blob, filename: string): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a few seconds is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `download` for text: UTF-8 with the given MIME type. */
export const downloadText = (text: string, filename: string, type: string): void =>
  download(new Blob([text], { type: `${type};charset=utf-8` }), filename);

/** Bytes as "840 kB" or "1.2 MB" (1 kB = 1,000 bytes). */
export function formatBytes(n: number): string {
  if (n < 1_000) return `${n} bytes`;
  if (n < 1_000_000) return `${Math.round(n / 1_000)} kB`;
  return `${(n / 1_000_000).toFixed(1)} MB`;
}
