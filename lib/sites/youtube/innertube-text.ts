import { type Json, asArray, asString, at } from '../json-path';

/**
 * The text of an InnerTube text object, whichever of its shapes it has:
 * {simpleText}, {runs: [{text}]}, {content} (view models), or a plain string.
 */
export function innertubeText(value: Json): string | null {
  if (typeof value === 'string') return value;
  const simple = asString(at(value, 'simpleText'));
  if (simple !== null) return simple;
  const runs = asArray(at(value, 'runs'));
  if (runs.length) return runs.map((run) => asString(at(run, 'text')) ?? '').join('');
  return asString(at(value, 'content'));
}

/** The accessibility label of a text object ("3.68 million subscribers"), when it has one. */
export function innertubeLabel(value: Json): string | null {
  return (
    asString(at(value, 'accessibility', 'accessibilityData', 'label')) ??
    asString(at(value, 'accessibilityData', 'accessibilityData', 'label')) ??
    asString(at(value, 'accessibilityLabel'))
  );
}

/**
 * Whether a list of badges has one whose metadataBadgeRenderer.style matches (BADGE_STYLE_TYPE_VERIFIED,
 * BADGE_STYLE_TYPE_LIVE_NOW…); undefined when there are no badges.
 */
export function hasBadgeStyle(badges: Json, style: RegExp): boolean | undefined {
  const list = asArray(badges);
  return list.length ? list.some((badge) => style.test(asString(at(badge, 'metadataBadgeRenderer', 'style')) ?? '')) : undefined;
}

/** "/@Dave2D" → "Dave2D"; anything else (a /channel/ or /c/ URL) → null. */
export function handleFromPath(path: string | null | undefined): string | null {
  const match = /(?:^|\/)@([^/?#]+)/.exec(path ?? '');
  return match ? decodeURIComponent(match[1]!) : null;
}
