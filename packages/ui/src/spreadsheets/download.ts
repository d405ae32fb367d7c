// Files the server answers with (templates, exports) handed to the browser's download.

const CONTENT_TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Hands a file to the browser's download under `fileName`. */
export function downloadFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by then; the address is freed after it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file a query answered as base64 (a spreadsheet template), downloaded as `fileName`. */
export function downloadBase64File(fileName: string, base64: string): void {
  const binary = atob(base64);
  const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
  const type = CONTENT_TYPES[extension] ?? 'application/octet-stream';
  downloadFile(new Blob([bytes], { type }), fileName);
}

/** The bytes of a chosen file as base64, as a GraphQL argument carries a file. */
export async function fileAsBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // In slices: spreading a whole file into one call overflows the argument stack.
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}
