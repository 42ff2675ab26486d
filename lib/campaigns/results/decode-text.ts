/**
 * The text of a file the brand exported, whatever its encoding: UTF-8 with or without BOM (Shopify, GA4, "CSV UTF-8"
 * from Excel), UTF-16 with BOM (Excel's "Unicode text"), or Windows-1252 (Excel's plain "CSV" on Windows, where
 * "Crème" is one byte per letter). Pure: the panel passes a File's bytes, the CLI a Buffer.
 */

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: the one other encoding spreadsheets still write by default is Windows-1252.
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252' };
  }
}
