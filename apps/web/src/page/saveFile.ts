import type { OutputFile } from '../worker/protocol.js';

/**
 * Offers a file produced in the worker as a download, from a local blob: URL (nothing leaves the
 * machine). The URL is revoked once the browser has taken the file.
 */
export function saveFile(file: OutputFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.bytes], { type: file.mime }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.name;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
