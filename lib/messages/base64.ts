/**
 * Bytes as base64 text and back, for files the panel hands to the background: extension messages are JSON, where a
 * Uint8Array would arrive as an object of numbered keys. Plain btoa/atob over chunks (no Buffer in the browser).
 */

const CHUNK = 0x8000;

export function base64FromBytes(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}

/** Throws when the text is not base64 (atob's own error). */
export function bytesFromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
