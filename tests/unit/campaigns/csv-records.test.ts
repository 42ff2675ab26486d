import { describe, expect, it } from 'vitest';
import { readCsvRecords } from '../../../lib/campaigns/results/csv-records';

const dataRows = (text: string) =>
  readCsvRecords(text)
    .records.filter((record) => record.kind === 'data')
    .map(({ row, cells, problem }) => ({ row, first: cells[0], problem }));

describe('readCsvRecords', () => {
  it('numbers rows as a spreadsheet does: header 1, blank lines counted, a cell spanning lines stays on its row', () => {
    expect(dataRows('a,b\n1,"x\ny"\n\n2,3\n')).toEqual([
      { row: 1, first: 'a', problem: null },
      { row: 2, first: '1', problem: null },
      { row: 4, first: '2', problem: null },
    ]);
  });

  it.each([
    ['comma', 'order_id,code,revenue\r\n1,A,"1,5"\r\n', ','],
    ['semicolon', '\ufefforder_id;code;revenue\n1;A;1,5\n', ';'],
    ['tab', 'order_id\tcode\trevenue\n', '\t'],
    ['semicolon, commas inside a quoted header cell', '"a,b";c;d\n', ';'],
  ])('finds the %s delimiter from the header line', (_name, text, delimiter) => {
    expect(readCsvRecords(text).delimiter).toBe(delimiter);
  });

  it('obeys an Excel "sep=" line without counting it as a row', () => {
    const { delimiter, records } = readCsvRecords('sep=;\na;b\n1;2\n');
    expect(delimiter).toBe(';');
    expect(records.map((record) => record.row)).toEqual([1, 2]);
  });

  it('takes GA4 "# " lines for comments but not Shopify order names', () => {
    const kinds = readCsvRecords('# Account: Shop, Inc\n#\nName,Total\n#1001,5\n').records.map((record) => record.kind);
    expect(kinds).toEqual(['comment', 'comment', 'data', 'data']);
  });

  it('a quote that is never closed costs its own row only', () => {
    expect(dataRows('a,b\n1,"oops\n2,3\n4,5\n')).toEqual([
      { row: 1, first: 'a', problem: null },
      { row: 2, first: '1', problem: 'a quoted cell is never closed' },
      { row: 3, first: '2', problem: null },
      { row: 4, first: '4', problem: null },
    ]);
  });
});
