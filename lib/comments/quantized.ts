/**
 * Model weights as data: signed bytes in base64 with one scale, a quarter of the size of 32-bit floats and far
 * smaller than JSON numbers. Rounding to 1/127 of the largest weight changes no decision measurably (the training
 * script's evaluation runs on the rounded weights).
 */

export interface QuantizedWeights {
  /** weight = byte × scale */
  scale: number;
  /** base64 of the signed bytes */
  bytes: string;
}

export function quantize(weights: ArrayLike<number>): QuantizedWeights {
  let largest = 0;
  for (let i = 0; i < weights.length; i++) largest = Math.max(largest, Math.abs(weights[i]!));
  const scale = largest > 0 ? largest / 127 : 1;
  const bytes = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) bytes[i] = Math.round(weights[i]! / scale);
  return { scale, bytes: toBase64(new Uint8Array(bytes.buffer)) };
}

export function dequantize(quantized: QuantizedWeights, expectedLength: number, what: string): Float32Array {
  const bytes = new Int8Array(fromBase64(quantized.bytes).buffer);
  if (bytes.length !== expectedLength) throw new Error(`${what}: ${bytes.length} weights stored, ${expectedLength} expected`);
  const weights = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) weights[i] = bytes[i]! * quantized.scale;
  return weights;
}

/**
 * A sorted list of distinct bucket numbers as base64 of their gaps, each gap in 7-bit groups (LEB128): a pruned
 * model's kept buckets in about a byte and a half each instead of four.
 */
export function encodeBuckets(buckets: readonly number[]): string {
  const bytes: number[] = [];
  let previous = -1;
  for (const bucket of buckets) {
    if (!Number.isInteger(bucket) || bucket <= previous) throw new Error(`model buckets: ${bucket} after ${previous} is not ascending`);
    let gap = bucket - previous;
    previous = bucket;
    while (gap >= 0x80) {
      bytes.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    bytes.push(gap);
  }
  return toBase64(Uint8Array.from(bytes));
}

export function decodeBuckets(encoded: string, what: string): number[] {
  const bytes = fromBase64(encoded);
  const buckets: number[] = [];
  let previous = -1;
  let gap = 0;
  let shift = 0;
  for (const byte of bytes) {
    gap |= (byte & 0x7f) << shift;
    if (byte & 0x80) {
      shift += 7;
      if (shift > 28) throw new Error(`${what}: a bucket gap runs past 32 bits`);
      continue;
    }
    previous += gap;
    buckets.push(previous);
    gap = 0;
    shift = 0;
  }
  if (shift) throw new Error(`${what}: the bucket list ends inside a number`);
  return buckets;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

// Plain base64 both ways, without Buffer (absent in the extension) or atob's binary strings.
function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += ALPHABET[a >> 2]! + ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? '=' : ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? '=' : ALPHABET[c & 63]!;
  }
  return out;
}

function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let at = 0;
  for (const char of clean) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) throw new Error(`model weights: "${char}" is not base64`);
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}
