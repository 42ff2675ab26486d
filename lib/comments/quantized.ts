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
