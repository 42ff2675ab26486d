/**
 * Saves text as a file from the panel: an anchor with a Blob URL and the `download` attribute (the panel is an
 * extension page, so no `downloads` permission is needed). The URL is revoked once the browser has taken the file.
 */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.append(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    // The click starts the download asynchronously: revoking at once could cancel it in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/** A picked file's text: CSV bytes as a spreadsheet saved them are decoded by the caller; JSON is UTF-8. */
export async function fileBytes(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}
