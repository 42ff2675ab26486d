/**
 * The columns of the brand's files, recognised by header name (never by position), and which export a file is.
 * Names are compared after normalising: lower case, leading underscores dropped, runs of spaces and underscores made
 * one space ("Order_ID", "order id" and "_order_id" are one name). Each field lists its names best first.
 *
 * Where the names come from (each export's own documentation and real files):
 * - Shopify's orders export (Orders → Export): one row per line item, the order's own columns ("Financial Status",
 *   "Currency", "Total", "Discount Code", "Refunded Amount", "Id", …) filled on its first row only; "Name" (#1001)
 *   on every row.
 * - WooCommerce Analytics → Orders → Download: "Date, Order #, Status, Customer, Customer type, Product(s),
 *   Items sold, Coupon(s), Net sales, Attribution"; a refund is a row of its own with the order's number and a
 *   negative "Net sales".
 * - WooCommerce export plugins: Advanced Order Export ("Order Number", "Order Status", "Order Refund Amount",
 *   "Order Total Amount", "Coupon Code"; order columns repeated on every item row), Customer/Order/Coupon Export and
 *   the Order Import Export suites ("order_id", "order_number", "status", "order_total", "refunded_total",
 *   "order_currency", "coupon_items" as "code:X|amount:Y;code:Z|…"); WooCommerce's order attribution
 *   ("_wc_order_attribution_utm_content").
 * - GA4 (Reports or Explore → Download file → CSV): "# …" comment lines, then e.g. "Session manual ad content,Users,
 *   Sessions,…"; explorations may add a "Grand total" row.
 */

export type OrderField = 'orderId' | 'codes' | 'total' | 'refunded' | 'refundItems' | 'status' | 'currency' | 'utmContent' | 'landingUrl';
export type SessionField = 'content' | 'sessions';

export const ORDER_COLUMN_NAMES: Record<OrderField, readonly string[]> = {
  orderId: ['order id', 'order number', 'order #', 'order no', 'order no.', 'order name', 'order', 'order ref', 'order reference', 'order-id', 'transaction id',
    // German, French, Spanish, Italian, Dutch spreadsheets
    'bestellnummer', 'bestell-nr.', 'auftragsnummer', 'numéro de commande', 'n° de commande', 'commande', 'número de pedido', 'pedido',
    'numero ordine', 'ordine', 'bestelnummer', 'id'],
  codes: [
    'discount code', 'discount codes', 'coupon code', 'coupon codes', 'coupon(s)', 'coupons', 'coupon', 'coupon items', 'coupons used',
    'used coupons', 'promo code', 'promo codes', 'promocode', 'promo', 'promotion code', 'discount code used', 'voucher code', 'voucher', 'code', 'codes',
    'gutscheincode', 'rabattcode', 'gutschein', 'code promo', 'code de réduction', 'código de descuento', 'cupón', 'codice sconto', 'kortingscode',
  ],
  total: [
    'total', 'order total', 'order total amount', 'total amount', 'order amount', 'revenue', 'net sales', 'total sales', 'amount',
    'order value', 'value', 'sales', 'grand total', 'total price',
    'umsatz', 'gesamtbetrag', 'gesamtsumme', 'betrag', 'summe', 'montant', 'total ttc', 'importe', 'totale', 'omzet', 'bedrag',
  ],
  refunded: ['refunded amount', 'refunded total', 'order refund amount', 'refund amount', 'amount refunded', 'total refunded', 'refunded', 'refunds', 'refund',
    'erstattet', 'erstattungsbetrag', 'rückerstattung', 'montant remboursé', 'remboursé', 'reembolsado', 'rimborsato', 'terugbetaald'],
  refundItems: ['refund items'],
  status: ['financial status', 'payment status', 'order status', 'status', 'bestellstatus', 'zahlungsstatus', 'statut', 'estado', 'stato'],
  currency: ['currency', 'order currency', 'currency code', 'währung', 'devise', 'moneda', 'valuta'],
  utmContent: ['utm content', 'utm-content', 'wc order attribution utm content', 'session manual ad content', 'manual ad content', 'ad content'],
  landingUrl: ['landing site', 'landing page', 'landing page url', 'landing url', 'landing site ref'],
};

export const SESSION_COLUMN_NAMES: Record<SessionField, readonly string[]> = {
  content: ['session manual ad content', 'manual ad content', 'session ad content', 'utm content', 'utm-content', 'ad content', 'first user manual ad content', 'content'],
  sessions: ['sessions', 'sitzungen', 'sesiones', 'sessioni', 'sessies', 'sessões'],
};

export type OrdersFormat = 'shopify' | 'woocommerce-analytics' | 'woocommerce' | 'plain';

export const FORMAT_NAMES: Record<OrdersFormat | 'ga4', string> = {
  shopify: 'Shopify orders export',
  'woocommerce-analytics': 'WooCommerce Analytics orders download',
  woocommerce: 'WooCommerce orders export',
  plain: 'plain orders CSV',
  ga4: 'GA4 sessions export',
};

export function normalizeHeader(header: string): string {
  return header.replace(/^\uFEFF/, '').trim().replace(/^"|"$/g, '').toLowerCase().replace(/^_+/, '').replace(/[\s_]+/g, ' ').trim();
}

/**
 * For each field, the index of its best-named column in the header, or -1. A header also answers to its name without
 * a trailing unit in parentheses or a plural "(s)": "Revenue (EUR)" is revenue, "Coupon Code(s)" is coupon code.
 */
export function locateColumns<Field extends string>(header: readonly string[], names: Record<Field, readonly string[]>): Record<Field, number> {
  const normalized = header.map(normalizeHeader);
  const bare = normalized.map((name) => name.replace(/\(s\)$/, '').replace(/\s+\([^()]*\)$/, '').trim());
  const located = {} as Record<Field, number>;
  for (const field of Object.keys(names) as Field[]) {
    located[field] = -1;
    for (const name of names[field]) {
      const exact = normalized.indexOf(name);
      const index = exact >= 0 ? exact : bare.indexOf(name);
      if (index >= 0) {
        located[field] = index;
        break;
      }
    }
  }
  return located;
}

/** The currency a header names in a trailing "(EUR)" or "(€)", or null. */
export function currencyOfHeader(header: string): string | null {
  const unit = /\(\s*([A-Za-z]{3}|€|£)\s*\)\s*$/.exec(header.trim())?.[1];
  if (!unit) return null;
  return unit === '€' ? 'EUR' : unit === '£' ? 'GBP' : unit.toUpperCase();
}

export function ordersFormatOf(header: readonly string[]): OrdersFormat {
  const names = new Set(header.map(normalizeHeader));
  if (names.has('financial status') && (names.has('name') || names.has('lineitem quantity'))) return 'shopify';
  if (names.has('order #') && names.has('net sales')) return 'woocommerce-analytics';
  const woo = ['order total amount', 'order refund amount', 'coupon items', 'order currency', 'wc order attribution utm content', 'order status', 'coupons used'];
  if (woo.some((name) => names.has(name))) return 'woocommerce';
  return 'plain';
}

/** Shopify keys its line-item rows by "Name" (#1001); its "Id" is filled on an order's first row only. */
export function orderIdColumn(header: readonly string[], format: OrdersFormat, located: Record<OrderField, number>): number {
  if (format === 'shopify') {
    const name = header.map(normalizeHeader).indexOf('name');
    if (name >= 0) return name;
  }
  return located.orderId;
}
