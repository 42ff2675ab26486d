import { readFileSync } from 'node:fs';
import { decodeText } from '../../lib/campaigns/results/decode-text';

/** The bytes of a file named on the command line; an error naming its role when it cannot be opened. */
export function readInputBytes(path: string, role: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new Error(`${role} file ${path} cannot be opened: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The text of a file named on the command line, in whatever encoding it was saved (see decodeText). */
export function readInputFile(path: string, role: string): string {
  return decodeText(readInputBytes(path, role)).text;
}
