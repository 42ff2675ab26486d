import { readFileSync } from 'node:fs';
import { decodeText } from '../../lib/campaigns/results/decode-text';

/** The text of a file named on the command line, in whatever encoding it was saved (see decodeText). */
export function readInputFile(path: string, role: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new Error(`${role} file ${path} cannot be opened: ${error instanceof Error ? error.message : String(error)}`);
  }
  return decodeText(bytes).text;
}
