/**
 * Files the panel hands to the user (CSV exports, the report's picture): a Blob behind a temporary object URL and a
 * click on a link with `download`, which the browser saves like any download. Nothing leaves the machine.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the URL may go once the current task is over.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function downloadCsv(text: string, fileName: string): void {
  // A byte-order mark, so that Excel reads the UTF-8 (handles with accents, emoji) as UTF-8.
  downloadBlob(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** Dates of a form's <input type="date"> ("2026-11-01") as UTC day starts, and back. */
export function dayStartOf(dateInput: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dateInput)) return null;
  const at = Date.parse(`${dateInput}T00:00:00Z`);
  return Number.isNaN(at) ? null : at;
}

export function dateInputOf(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}
