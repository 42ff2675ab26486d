/**
 * Reads the brand's orders file (Shopify, WooCommerce, or a plain CSV of order id, code and revenue) into orders:
 * each order once, however many line-item rows it has, with the rows it came from.
 *
 * - Rows are grouped by order id (Shopify's "Name", else "Order ID"/"Order #"/…; a file without one has an order per
 *   row). An order's own values (status, currency, total, refunded amount) are the first non-empty ones among its
 *   rows: Shopify writes them on the first row only, WooCommerce plugins repeat them on every item row. A currency
 *   the file does not give in a column is the amount's own symbol or code, else the total column's "(EUR)".
 * - An order's revenue is its total less its refunded amount. A further row of the same order with a negative total
 *   is a refund (WooCommerce Analytics lists refunds so) and is subtracted too.
 * - Codes are every code in every code cell of the order, split at commas and semicolons ("WELCOME10, ANNA15");
 *   "code:ANNA15|amount:5.00" cells give their codes.
 * - A row with no order id and no order values (no total, status, code) is a further line item of the order above
 *   (Shopify's "Id" is on an order's first row only).
 * - A row that cannot be read is a problem with its reason and belongs to no order: a cell count that does not fit
 *   the header, an amount that is not one, no order id; so is an order with no readable total, and a row whose
 *   total contradicts its order's.
 * A file whose columns cannot be recognised throws UnreadableFileError, and nothing of it is used.
 */
import { readAmount, detectDecimalMark, normalizeCurrency, type Amount, type DecimalDecision } from './amounts';
import { ORDER_COLUMN_NAMES, SESSION_COLUMN_NAMES, currencyOfHeader, locateColumns, orderIdColumn, ordersFormatOf, type OrdersFormat } from './columns';
import { readCsvRecords, type CsvRecord, type Delimiter } from './csv-records';
import { statusExclusion } from './order-status';
import { UnreadableFileError, type RowProblem } from './row-problem';

export interface ImportedOrder {
  id: string;
  /** Spreadsheet rows of the order's lines, in file order. */
  rows: number[];
  /** The row with the order's own total (the first line of a Shopify order, not a refund row). */
  orderRow: number;
  codes: string[];
  utmContents: string[];
  status: string;
  /** Why the order does not count (refunded, voided, …), or null when it does. */
  excludedBecause: string | null;
  total: number;
  refunded: number;
  /** total − refunded */
  revenue: number;
  currency: string | null;
}

export interface OrdersFileReading {
  format: OrdersFormat;
  delimiter: Delimiter;
  decimal: DecimalDecision;
  dataRows: number;
  orders: ImportedOrder[];
  problems: RowProblem[];
}

interface OrderLine {
  row: number;
  id: string;
  total: Amount | null;
  refunded: Amount | null;
  status: string;
  currency: string;
  codes: string[];
  utmContents: string[];
}

export function readOrdersFile(text: string): OrdersFileReading {
  const { delimiter, records } = readCsvRecords(text);
  const header = records.find((record) => record.kind === 'data');
  if (!header) throw new UnreadableFileError('the file has no header row and no data');
  const columns = locateColumns(header.cells, ORDER_COLUMN_NAMES);
  const sessionColumns = locateColumns(header.cells, SESSION_COLUMN_NAMES);
  if (columns.total < 0 && sessionColumns.sessions >= 0 && sessionColumns.content >= 0) {
    throw new UnreadableFileError('it is a sessions export (ad content and sessions), not an orders file');
  }
  const format = ordersFormatOf(header.cells);
  const missing = [
    columns.total < 0 ? 'an order total or revenue column (Total, Order Total, Net sales, revenue, …)' : null,
    columns.codes < 0 && columns.utmContent < 0 && columns.landingUrl < 0
      ? 'a promo code or UTM content column (Discount Code, Coupon Code, Coupon(s), code, utm_content, …)'
      : null,
  ].filter((need): need is string => need !== null);
  if (missing.length > 0) {
    throw new UnreadableFileError(`no ${missing.join(' and no ')} in its header (row ${header.row}: ${header.cells.slice(0, 12).join(', ')})`);
  }
  const idColumn = orderIdColumn(header.cells, format, columns);
  const dataRecords = records.filter((record) => record.kind === 'data' && record.row > header.row);
  const decimal = detectDecimalMark(
    dataRecords.flatMap((record) => [record.cells[columns.total] ?? '', columns.refunded >= 0 ? (record.cells[columns.refunded] ?? '') : '']),
    delimiter,
  );
  const usedColumns = Object.values(columns).filter((index) => index >= 0).concat(idColumn >= 0 ? [idColumn] : []);
  const problems: RowProblem[] = [];
  const lines: OrderLine[] = [];
  let previousId: string | null = null;
  for (const record of dataRecords) {
    const line = readLine(record, header.cells.length, usedColumns, columns, idColumn, decimal, previousId);
    if ('reason' in line) problems.push(line);
    else lines.push(line);
    previousId = 'reason' in line ? null : line.id;
  }
  const orders = groupOrders(lines, format, currencyOfHeader(header.cells[columns.total] ?? ''), problems);
  problems.sort((a, b) => a.row - b.row);
  return { format, delimiter, decimal, dataRows: dataRecords.length, orders, problems };
}

function readLine(
  record: CsvRecord,
  headerWidth: number,
  usedColumns: number[],
  columns: Record<keyof typeof ORDER_COLUMN_NAMES, number>,
  idColumn: number,
  decimal: DecimalDecision,
  previousId: string | null,
): OrderLine | RowProblem {
  const { row, cells } = record;
  if (record.problem) return { row, reason: `unreadable row: ${record.problem}` };
  if (cells.length > headerWidth && cells.slice(headerWidth).some((cell) => cell.trim() !== '')) {
    return { row, reason: `unreadable row: ${cells.length} cells where the header has ${headerWidth} (a value with an unquoted delimiter?)` };
  }
  if (usedColumns.some((index) => index >= cells.length)) {
    return { row, reason: `unreadable row: only ${cells.length} of the header's ${headerWidth} cells` };
  }
  const cell = (index: number): string => (index >= 0 ? (cells[index] ?? '').trim() : '');
  let id = idColumn >= 0 ? cell(idColumn) : `row ${row}`;
  if (id === '') {
    // Shopify's "Id" is on an order's first row only: a line-item row with no order values continues the order above.
    const orderValues = [columns.total, columns.status, columns.codes, columns.refunded].some((index) => cell(index) !== '');
    if (orderValues || previousId === null) return { row, reason: 'unreadable row: no order id' };
    id = previousId;
  }
  const total = readMoneyCell(cell(columns.total), decimal);
  if (total === 'unreadable') return { row, reason: `unreadable row: order ${id}: total "${cell(columns.total)}" is not an amount` };
  const refunded = columns.refunded >= 0 || columns.refundItems < 0 ? readMoneyCell(cell(columns.refunded), decimal) : readRefundItems(cell(columns.refundItems), decimal);
  if (refunded === 'unreadable') {
    return { row, reason: `unreadable row: order ${id}: refunded amount "${cell(columns.refunded >= 0 ? columns.refunded : columns.refundItems)}" is not an amount` };
  }
  const utmContents = [cell(columns.utmContent), utmContentOfUrl(cell(columns.landingUrl))].filter((value) => value !== '');
  return { row, id, total, refunded, status: cell(columns.status), currency: normalizeCurrency(cell(columns.currency)) ?? '', codes: splitCodes(cell(columns.codes)), utmContents };
}

function readMoneyCell(text: string, decimal: DecimalDecision): Amount | null | 'unreadable' {
  if (text === '') return null;
  return readAmount(text, decimal.mark) ?? 'unreadable';
}

/** The sum of the amounts in a "amount:10.00|reason:…;amount:5.00|…" cell (WooCommerce refund_items). */
function readRefundItems(text: string, decimal: DecimalDecision): Amount | null | 'unreadable' {
  const amounts = [...text.matchAll(/(?:^|[|;])\s*amount:([^|;]*)/gi)].map((match) => readAmount(match[1]!, decimal.mark));
  if (amounts.length === 0) return text === '' ? null : 'unreadable';
  if (amounts.some((amount) => amount === null)) return 'unreadable';
  return { value: amounts.reduce((sum, amount) => sum + amount!.value, 0), currency: amounts[0]!.currency };
}

function groupOrders(lines: OrderLine[], format: OrdersFormat, headerCurrency: string | null, problems: RowProblem[]): ImportedOrder[] {
  const groups = new Map<string, OrderLine[]>();
  for (const line of lines) {
    const group = groups.get(line.id);
    if (group) group.push(line);
    else groups.set(line.id, [line]);
  }
  const orders: ImportedOrder[] = [];
  for (const [id, group] of groups) {
    const orderLine = group.find((line) => line.total !== null && line.total.value >= 0);
    if (!orderLine) {
      const refundOnly = group.some((line) => line.total !== null);
      const reason = refundOnly
        ? `order ${id}: a refund of an order whose own row is not in the file`
        : `order ${id}: no total on any of its rows`;
      for (const line of group) problems.push({ row: line.row, reason });
      continue;
    }
    const total = orderLine.total!;
    let refunded = group.find((line) => line.refunded !== null)?.refunded?.value ?? 0;
    const rows: number[] = [];
    for (const line of group) {
      if (line !== orderLine && line.total !== null) {
        if (line.total.value < 0) refunded += -line.total.value;
        else if (line.total.value !== total.value) {
          problems.push({ row: line.row, reason: `order ${id}: total ${line.total.value} contradicts the ${total.value} of its row ${orderLine.row}` });
          continue;
        }
      }
      rows.push(line.row);
    }
    const status = firstNonEmpty(group.map((line) => line.status));
    const currency = firstNonEmpty([orderLine.currency, ...group.map((line) => line.currency)]) || total.currency || headerCurrency;
    orders.push({
      id,
      rows,
      orderRow: orderLine.row,
      codes: unique(group.flatMap((line) => line.codes)),
      utmContents: unique(group.flatMap((line) => line.utmContents)),
      status,
      excludedBecause: status ? statusExclusion(status, format) : null,
      total: total.value,
      refunded,
      revenue: total.value - refunded,
      currency: currency || null,
    });
  }
  return orders;
}

/** "WELCOME10, anna15" → both; "code:ANNA15|amount:5.00;code:FREESHIP|amount:0" → ANNA15, FREESHIP. */
export function splitCodes(cell: string): string[] {
  if (/(^|[|;,\s])code:/i.test(cell)) {
    return [...cell.matchAll(/(?:^|[|;,\s])code:([^|;,]+)/gi)].map((match) => match[1]!.trim()).filter((code) => code !== '');
  }
  return cell
    .split(/[,;\n]/)
    .map((code) => code.trim())
    .filter((code) => code !== '');
}

function utmContentOfUrl(url: string): string {
  const match = /[?&]utm_content=([^&#]*)/i.exec(url);
  if (!match) return '';
  try {
    return decodeURIComponent(match[1]!.replace(/\+/g, ' ')).trim();
  } catch {
    // A malformed escape: the raw value still identifies the link it came from.
    return match[1]!.trim();
  }
}

function firstNonEmpty(values: string[]): string {
  return values.find((value) => value !== '') ?? '';
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

