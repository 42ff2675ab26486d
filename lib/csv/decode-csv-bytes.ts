/**
 * The text of a CSV file as a spreadsheet saved it: UTF-8 (with or without a BOM), UTF-16 with its BOM (Excel's
 * "Unicode text"), or, when the bytes are not UTF-8 at all, Windows-1252 (Excel's plain "CSV" on Windows).
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    // not UTF-8: the only other encoding spreadsheets write without a mark
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
