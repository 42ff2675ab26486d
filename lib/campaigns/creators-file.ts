/**
 * The creators file of the command line (and of a panel import): one row per creator with the columns
 * `handle, platform, promo_code, utm_content, cost` (recognised by name, in any order; promo_code, utm_content and
 * cost may be empty). A cell our own CSV export escaped against formulas ("'@anna") reads as it was. Costs are read with the file's own decimal mark (results/amounts.ts). A file with a row the
 * commands cannot use (no handle, a cost that is no amount, the same creator twice) is refused whole.
 */
import { unescapeFormulaText } from './csv-cells';
import { detectDecimalMark, readAmount } from './results/amounts';
import { locateColumns } from './results/columns';
import { readCsvRecords } from './results/csv-records';
import { UnreadableFileError } from './results/row-problem';

export interface Money {
  amount: number;
  /** ISO code when the cell names one ("500 EUR", "€500"), else null. */
  currency: string | null;
}

export interface CreatorsFileRow {
  row: number;
  handle: string;
  platform: string;
  promoCode: string | null;
  utmContent: string | null;
  cost: Money | null;
}

const CREATOR_COLUMN_NAMES = {
  handle: ['handle', 'creator', 'username', 'user name', 'account', 'creator handle'],
  platform: ['platform', 'network', 'site', 'channel'],
  promoCode: ['promo code', 'promocode', 'code', 'discount code', 'coupon code', 'coupon'],
  utmContent: ['utm content', 'content'],
  cost: ['cost', 'agreed cost', 'fee', 'price', 'budget'],
} as const;

export function readCreatorsFile(text: string): CreatorsFileRow[] {
  const { delimiter, records } = readCsvRecords(text);
  const header = records.find((record) => record.kind === 'data');
  if (!header) throw new UnreadableFileError('the creators file is empty');
  const columns = locateColumns(header.cells, CREATOR_COLUMN_NAMES);
  if (columns.handle < 0) throw new UnreadableFileError(`the creators file has no handle column (its header: ${header.cells.join(', ')})`);
  const rows = records.filter((record) => record.kind === 'data' && record.row > header.row);
  const decimal = detectDecimalMark(columns.cost >= 0 ? rows.map((record) => record.cells[columns.cost] ?? '') : [], delimiter);
  const seen = new Map<string, number>();
  return rows.map((record): CreatorsFileRow => {
    if (record.problem) throw new UnreadableFileError(`creators file row ${record.row}: ${record.problem}`);
    const cell = (index: number): string => (index >= 0 ? unescapeFormulaText((record.cells[index] ?? '').trim()) : '');
    const handle = cell(columns.handle);
    if (!handle) throw new UnreadableFileError(`creators file row ${record.row} has no handle`);
    const platform = cell(columns.platform);
    const key = `${platform.toLowerCase()}|${handle.replace(/^@/, '').toLowerCase()}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) throw new UnreadableFileError(`creators file rows ${earlier} and ${record.row} are the same creator (${handle} ${platform})`);
    seen.set(key, record.row);
    const costText = cell(columns.cost);
    let cost: Money | null = null;
    if (costText) {
      const amount = readAmount(costText, decimal.mark);
      if (!amount || amount.value < 0) throw new UnreadableFileError(`creators file row ${record.row}: cost "${costText}" is not an amount`);
      cost = { amount: amount.value, currency: amount.currency };
    }
    return { row: record.row, handle, platform, promoCode: cell(columns.promoCode) || null, utmContent: cell(columns.utmContent) || null, cost };
  });
}
