/**
 * A strict RFC 4180 reader written apart from papaparse, as a spreadsheet reads a file: records end with CRLF,
 * a quoted field may hold commas, quotes (doubled) and line breaks. Tells quoted fields from bare ones, which is
 * how a spreadsheet tells text from numbers. Throws on anything RFC 4180 does not allow.
 */
export interface Rfc4180Field {
  text: string;
  quoted: boolean;
}

export function readRfc4180(input: string): Rfc4180Field[][] {
  const records: Rfc4180Field[][] = [];
  let record: Rfc4180Field[] = [];
  let at = 0;
  while (at < input.length) {
    let field: Rfc4180Field;
    if (input[at] === '"') {
      let text = '';
      at += 1;
      for (;;) {
        if (at >= input.length) throw new Error('a quoted field never ends');
        if (input[at] === '"') {
          if (input[at + 1] === '"') {
            text += '"';
            at += 2;
            continue;
          }
          at += 1;
          break;
        }
        text += input[at];
        at += 1;
      }
      field = { text, quoted: true };
    } else {
      let text = '';
      while (at < input.length && input[at] !== ',' && input[at] !== '\r' && input[at] !== '\n') {
        if (input[at] === '"') throw new Error(`a quote inside a bare field at ${at}`);
        text += input[at];
        at += 1;
      }
      field = { text, quoted: false };
    }
    record.push(field);
    if (input[at] === ',') {
      at += 1;
      continue;
    }
    if (input.startsWith('\r\n', at)) {
      records.push(record);
      record = [];
      at += 2;
      continue;
    }
    if (at >= input.length) break;
    throw new Error(`a record ends without CRLF at ${at}`);
  }
  if (record.length) records.push(record);
  return records;
}
