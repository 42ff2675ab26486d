/**
 * "YouTube watch reader degraded since 30 Nov, 14:02 — likes not found (why)": the readers of this platform that
 * stopped finding numbers, from the background's reader events (lib/health/reader-health.ts).
 */
import { codeWords, describeDegradation, fieldLabels, readerLabel, type ReaderHealth } from '../lib/health/reader-health';
import { usePanel, useNow } from '../lib/panel/panel-context';
import { useDegradedReaders } from '../lib/panel/use-panel-data';
import type { Platform } from '../lib/reading/reading';

export function ReaderHealthBanner({ platform }: { platform: Platform }) {
  const degraded = useDegradedReaders(platform);
  if (degraded.length === 0) return null;
  return (
    <section className="health" aria-label="Reader health">
      {degraded.map((health) => (
        <Banner key={`${health.platform}:${health.reader}`} health={health} />
      ))}
    </section>
  );
}

function Banner({ health }: { health: ReaderHealth }) {
  const { format } = usePanel();
  const now = useNow();
  const labels = fieldLabels(health.fields.map((field) => field.field));
  return (
    <div className="banner banner-warning" role="status">
      <p>
        <strong>
          {readerLabel(health.platform, health.reader)} degraded since{' '}
          <time dateTime={new Date(health.degradedSince).toISOString()} title={format.fullDateTime(health.degradedSince)}>
            {format.dateTime(health.degradedSince, now)}
          </time>
        </strong>{' '}
        — {describeDegradation(health)}{' '}
        <span className="muted">(numbers it misses are shown as missing, never guessed)</span>
      </p>
      <details>
        <summary>why</summary>
        <ul>
          {health.fields.map((field) => (
            <li key={field.field}>
              <strong>{labels.get(field.field)}</strong> {codeWords(field.code)}
              {field.detail ? <>: <q className="page-text">{field.detail}</q></> : null}
              <br />
              <span className="muted">
                {field.misses} {field.misses === 1 ? 'miss' : 'misses'} since {format.dateTime(field.since, now)}, last{' '}
                {format.relative(field.lastMissedAt, now)};{' '}
                {field.lastFoundAt !== null ? `last found ${format.dateTime(field.lastFoundAt, now)}` : 'not found in the last 14 days'}.
                {' '}Source <code>{field.reader}</code> ({field.field}) on <span className="url">{field.pageUrl}</span>
              </span>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
