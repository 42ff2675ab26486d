/**
 * How YouTube shows counts. It truncates, never rounds ("1,856,109 views" shows as "1.8M"; "43,864" likes as
 * "43K"), so a short count is a range upward from what it shows. Subscriber counts are shown with three
 * significant digits even when written out ("11.300 Abonnenten" is 11,300–11,399).
 */
import { type CountSource, type SiteUnits, type SourcedCount, parseCount } from '../../count';
import type { Json } from '../json-path';
import { innertubeLabel, innertubeText } from './innertube-text';

/**
 * YouTube's own short units beside CLDR's: its Spanish pages (es, es-ES, like es-419) write thousands "K"
 * ("1 K" and "12 K" comments, "3,4 K vídeos", "345 K suscriptores"), although CLDR's Spanish short form is "mil".
 */
export const YOUTUBE_UNITS: SiteUnits = { es: { k: 1e3 } };

export function youtubeCount(text: string | null | undefined, lang: string | null, source: CountSource): SourcedCount | null {
  // parseCount's count is a new object: it takes its source in place (its fields in the same order as a copy's),
  // where a copy by spread would cost more than most of the parse (a watch page has a thousand recommendations).
  const count = parseCount(text, { lang, rounding: 'truncate', siteUnits: YOUTUBE_UNITS }) as SourcedCount | null;
  if (count) count.source = source;
  return count;
}

export function youtubeSubscriberCount(
  text: string | null | undefined,
  lang: string | null,
  source: CountSource,
): SourcedCount | null {
  const count = youtubeCount(text, lang, source);
  if (!count || !count.exact || count.value < 1000) return count;
  const digits = String(count.value).length;
  const step = 10 ** (digits - 3);
  return { ...count, exact: false, min: count.value, max: count.value + step - 1 };
}

/** A subscriber count from an InnerTube text object: its shown text, else its accessibility label. */
export function innertubeSubscriberCount(value: Json, lang: string | null, source: CountSource): SourcedCount | null {
  return youtubeSubscriberCount(innertubeText(value), lang, source) ?? youtubeSubscriberCount(innertubeLabel(value), lang, source);
}
