/**
 * Which orders count, read from the status the export writes. Statuses are compared lower case, without WooCommerce's
 * "wc-" prefix, spaces and underscores as hyphens ("Pending payment" → pending-payment, "partially_refunded" →
 * partially-refunded).
 *
 * - Shopify (Financial Status): refunded and voided orders do not count; every other status does (pending,
 *   authorized, paid, partially_paid, partially_refunded: a partial refund is subtracted from the order's revenue).
 * - WooCommerce: refunded, cancelled and failed orders do not count, nor pending-payment, draft or trashed ones —
 *   WooCommerce Analytics' own default of statuses that are no sale. Completed, processing and on-hold count.
 * - A plain CSV's status column, when it has one: refunded, voided, cancelled and failed orders do not count.
 * An empty status counts (a plain file need not have one).
 */
import type { OrdersFormat } from './columns';

const NOT_COUNTED: Record<OrdersFormat, ReadonlySet<string>> = {
  shopify: new Set(['refunded', 'voided']),
  'woocommerce-analytics': new Set(['refunded', 'cancelled', 'canceled', 'failed', 'pending', 'pending-payment', 'checkout-draft', 'draft', 'trash']),
  woocommerce: new Set(['refunded', 'cancelled', 'canceled', 'failed', 'pending', 'pending-payment', 'checkout-draft', 'draft', 'trash']),
  plain: new Set(['refunded', 'voided', 'void', 'cancelled', 'canceled', 'failed']),
};

export function normalizeStatus(status: string): string {
  return status.trim().toLowerCase().replace(/^wc-/, '').replace(/[\s_]+/g, '-');
}

/** The reason an order with this status does not count, or null when it counts. */
export function statusExclusion(status: string, format: OrdersFormat): string | null {
  const normalized = normalizeStatus(status);
  return NOT_COUNTED[format].has(normalized) ? `its status is "${status.trim()}"` : null;
}
