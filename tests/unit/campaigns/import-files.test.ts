import { describe, expect, it } from 'vitest';
import { readCreatorsFile } from '../../../lib/campaigns/creators-file';
import { ordersFormatOf } from '../../../lib/campaigns/results/columns';
import { decodeText } from '../../../lib/campaigns/results/decode-text';
import { readOrdersFile, splitCodes } from '../../../lib/campaigns/results/orders-file';
import { statusExclusion } from '../../../lib/campaigns/results/order-status';
import { UnreadableFileError } from '../../../lib/campaigns/results/row-problem';
import { readSessionsFile } from '../../../lib/campaigns/results/sessions-file';

describe('readOrdersFile refuses files it cannot use, saying why', () => {
  it.each([
    ['an empty file', '', /no header row/],
    ['no revenue column', 'order_id,code\n1,A\n', /no an order total or revenue column/],
    ['no code column', 'order_id,revenue\n1,5\n', /promo code or UTM content column/],
    ['a sessions export', 'Session manual ad content,Sessions\nanna,5\n', /sessions export/],
  ])('%s', (_name, text, message) => {
    expect(() => readOrdersFile(text)).toThrow(UnreadableFileError);
    expect(() => readOrdersFile(text)).toThrow(message);
  });
});

describe('readOrdersFile', () => {
  it('reads German spreadsheet headers with decimal commas', () => {
    const orders = readOrdersFile('Bestellnummer;Gutscheincode;Umsatz;Erstattet;Währung\n7;ANNA15;1.234,56;34,56;EUR\n');
    expect(orders.orders).toMatchObject([{ id: '7', codes: ['ANNA15'], total: 1234.56, refunded: 34.56, revenue: 1234.56 - 34.56, currency: 'EUR' }]);
  });

  it('gives each row its own order when the file has no order id', () => {
    expect(readOrdersFile('code,revenue\nA,1\nA,1\n').orders.map((order) => order.id)).toEqual(['row 2', 'row 3']);
  });

  it('reads utm_content from a landing URL', () => {
    const orders = readOrdersFile('order_id,landing_site,total\n1,/products/x?utm_source=ig&utm_content=anna-k,5\n');
    expect(orders.orders[0]!.utmContents).toEqual(['anna-k']);
  });

  it('lists a row with more cells than the header (an unquoted comma in an amount)', () => {
    expect(readOrdersFile('order_id,code,revenue\n1,A,1,234.50\n').problems).toEqual([
      { row: 2, reason: 'unreadable row: 4 cells where the header has 3 (a value with an unquoted delimiter?)' },
    ]);
  });
});

describe('ordersFormatOf', () => {
  it.each([
    ['Name,Email,Financial Status,Total,Discount Code,Lineitem quantity', 'shopify'],
    ['Date,Order #,Status,Customer,Coupon(s),Net sales', 'woocommerce-analytics'],
    ['Order Number,Order Status,Order Total Amount,Coupon Code', 'woocommerce'],
    ['order_id,status,order_total,refunded_total,order_currency,coupon_items', 'woocommerce'],
    ['order_id,code,revenue', 'plain'],
  ])('%s is %s', (header, format) => {
    expect(ordersFormatOf(header.split(','))).toBe(format);
  });
});

describe('splitCodes', () => {
  it.each([
    ['WELCOME5, BEN10', ['WELCOME5', 'BEN10']],
    ['anna15;freeship', ['anna15', 'freeship']],
    ['code:ANNA15|amount:5.00;code:FREESHIP|amount:0.00', ['ANNA15', 'FREESHIP']],
    ['  ', []],
  ])('%s', (cell, codes) => {
    expect(splitCodes(cell)).toEqual(codes);
  });
});

describe('readSessionsFile', () => {
  it('reads the table of an exploration download, leaving out its Grand total and the table after it', () => {
    const text = [
      '# ----------------------------------------',
      '# Free form 1',
      '# ----------------------------------------',
      'Session manual ad content,Session source,Sessions',
      'Grand total,,1 040',
      'anna-k,instagram,"1,000"',
      'anna-k,l.instagram.com,25',
      ',,15',
      'ben,tiktok,lots',
      '',
      '# ----------------------------------------',
      'Nth day,Sessions',
      '0001,40',
    ].join('\n');
    const reading = readSessionsFile(text);
    expect(reading.headerRow).toBe(4);
    expect(reading.rows).toEqual([
      { row: 6, content: 'anna-k', sessions: 1000 },
      { row: 7, content: 'anna-k', sessions: 25 },
    ]);
    expect(reading.totals).toEqual([5, 8]);
    expect(reading.problems).toEqual([{ row: 9, reason: 'unreadable row: sessions "lots" is not a whole number' }]);
  });

  it('refuses a file with no ad content and sessions table', () => {
    expect(() => readSessionsFile('Date,Users\n20261101,5\n')).toThrow(UnreadableFileError);
  });
});

describe('readCreatorsFile', () => {
  it('reads the columns by name, costs with the file’s decimal mark', () => {
    expect(readCreatorsFile('cost;handle;platform;promo_code;utm_content\n"1.200,50 €";@anna;Instagram;;\n')).toEqual([
      { row: 2, handle: '@anna', platform: 'Instagram', promoCode: null, utmContent: null, cost: { amount: 1200.5, currency: 'EUR' } },
    ]);
  });

  it.each([
    ['no handle column', 'platform,cost\nx,1\n', /no handle column/],
    ['a row without handle', 'handle,platform\n,x\n', /row 2 has no handle/],
    ['a cost that is no amount', 'handle,platform,cost\na,x,lots\n', /cost "lots" is not an amount/],
    ['one creator twice', 'handle,platform\n@a,x\nA,x\n', /rows 2 and 3 are the same creator/],
  ])('refuses %s', (_name, text, message) => {
    expect(() => readCreatorsFile(text)).toThrow(message);
  });
});

describe('decodeText', () => {
  it.each([
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, 0x43, 0x72, 0xc3, 0xa8, 0x6d, 0x65]), 'Crème', 'utf-8'],
    ['Windows-1252', new Uint8Array([0x43, 0x72, 0xe8, 0x6d, 0x65]), 'Crème', 'windows-1252'],
    ['UTF-16 LE with BOM', new Uint8Array([0xff, 0xfe, 0x43, 0x00, 0x72, 0x00, 0xe8, 0x00]), 'Crè', 'utf-16le'],
  ])('%s', (_name, bytes, text, encoding) => {
    expect(decodeText(bytes)).toEqual({ text, encoding });
  });
});

describe('headers with units', () => {
  it('reads "Revenue (EUR)" as the revenue, in euros, and "Coupon Code(s)" as the codes', () => {
    const orders = readOrdersFile('Order ID,Coupon Code(s),Revenue (EUR)\n9,ANNA15,12.50\n');
    expect(orders.orders).toMatchObject([{ id: '9', codes: ['ANNA15'], revenue: 12.5, currency: 'EUR' }]);
  });
});

describe('orders without a per-row order id', () => {
  it('takes a line-item row with no id and no order values as part of the order above', () => {
    const text = 'Id,Financial Status,Total,Discount Code,Lineitem name\n6001,paid,59.90,ANNA15,Shirt\n,,,,Tote\n,paid,5.00,ANNA15,Pen\n';
    const orders = readOrdersFile(text);
    expect(orders.orders).toMatchObject([{ id: '6001', rows: [2, 3], revenue: 59.9 }]);
    expect(orders.problems).toEqual([{ row: 4, reason: 'unreadable row: no order id' }]);
  });

  it('reads refunds from WooCommerce refund_items', () => {
    const text = 'order_id,status,order_total,order_currency,coupon_items,refund_items\n12,wc-completed,80.00,EUR,code:ANNA15|amount:8.00,amount:10.00|reason:size;amount:5.50|reason:late\n';
    expect(readOrdersFile(text).orders).toMatchObject([{ id: '12', status: 'wc-completed', excludedBecause: null, total: 80, refunded: 15.5, revenue: 64.5, codes: ['ANNA15'] }]);
  });
});

describe('statusExclusion', () => {
  it.each([
    ['refunded', 'shopify', true],
    ['voided', 'shopify', true],
    ['pending', 'shopify', false],
    ['partially_refunded', 'shopify', false],
    ['Refunded', 'woocommerce', true],
    ['wc-cancelled', 'woocommerce', true],
    ['Pending payment', 'woocommerce', true],
    ['On hold', 'woocommerce', false],
    ['completed', 'woocommerce-analytics', false],
    ['failed', 'woocommerce-analytics', true],
    ['cancelled', 'plain', true],
    ['paid', 'plain', false],
  ] as const)('%s in a %s file: excluded %s', (status, format, excluded) => {
    expect(statusExclusion(status, format) !== null).toBe(excluded);
  });
});
