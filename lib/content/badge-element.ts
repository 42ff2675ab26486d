/**
 * A Castlist badge on the page: a custom element with its own shadow root, so the site's styles do not reach it
 * and ours do not leak. Built from text nodes only: page text is never parsed as HTML.
 */
import type { BadgeModel } from '../badges/badge-model';

export const BADGE_TAG = 'castlist-badge';

const STYLE =
  ':host{all:initial;display:inline-flex;gap:4px;vertical-align:middle;margin:0 8px}' +
  '.badge,.band,.add,.said{font:600 12px/1.6 system-ui,sans-serif;padding:1px 8px;border-radius:999px;background:#1f3a5f;color:#fff;white-space:nowrap;cursor:help}' +
  '.badge[data-kind=creator]{background:#2d4a2b}' +
  // The creator badge's "+ Shortlist" button and what it said (shortlist-button.ts); focus shows on any page colour.
  '.add{border:1px solid;background:#fff;color:#1f3a5f;cursor:pointer}.add:focus-visible{outline:2px solid #1a73e8;outline-offset:2px}' +
  '.said{white-space:normal}.said:empty{display:none}';

export function createBadge(document: Document, key: string, model: BadgeModel): HTMLElement {
  const host = document.createElement(BADGE_TAG);
  host.dataset.castlistKey = key;
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const label = document.createElement('span');
  label.className = 'badge';
  label.setAttribute('part', 'badge');
  shadow.append(style, label);
  updateBadge(host, model);
  return host;
}

export function updateBadge(host: HTMLElement, model: BadgeModel): void {
  const label = host.shadowRoot?.querySelector('.badge');
  if (!label) return;
  label.textContent = model.text;
  label.setAttribute('title', model.title);
  label.setAttribute('data-kind', model.kind);
  // The benchmark band beside the badge, in the colour of its tone (both from the background: badge-bands.ts).
  let band = host.shadowRoot!.querySelector<HTMLElement>('.band');
  if (model.band) {
    if (!band) label.after((band = label.ownerDocument.createElement('span')));
    band.className = 'band';
    band.textContent = model.band.text;
    band.title = model.band.title;
    band.style.background = model.band.colour;
  } else band?.remove();
  host.setAttribute('aria-label', model.band ? `${model.title}. ${model.band.title}` : model.title);
}

/** The band beside a badge ("ER 8.8% · above median"), or '' without one. */
export function badgeBandText(host: Element): string {
  return host.shadowRoot?.querySelector('.band')?.textContent ?? '';
}

export function badgeText(host: Element): string {
  return host.shadowRoot?.querySelector('.badge')?.textContent ?? '';
}
