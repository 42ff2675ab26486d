/**
 * The creator over time: followers at each snapshot, and the views of each post by its publish date, sponsored and
 * organic apart. Each chart has its numbers beside it in a table (time, the page's text, where it was read).
 */
import { useId, useMemo } from 'react';
import { type PostViewPoint, followerPoints, postViewPoints } from '../../lib/panel/casting-evidence';
import { usePostRows } from '../../lib/panel/use-post-rows';
import type { CastingRows } from '../../lib/panel/casting-queries';
import { shorten, sourceLabel } from '../../lib/panel/labels';
import { usePanel, useNow } from '../../lib/panel/panel-context';
import { Disclosure } from './Disclosure';
import { PostLink } from './EngagementSummary';
import { type ChartSeries, TimeChart } from './TimeChart';

const COLORS = { followers: '#2f6fdf', sponsored: '#d9480f', organic: '#2f6fdf', unknown: '#8a8f98' } as const;
const GROUP_WORDS = { sponsored: 'Sponsored', organic: 'Organic', unknown: 'Not known' } as const;

export function HistoryCharts({ rows }: { rows: CastingRows }) {
  const { format } = usePanel();
  const now = useNow();
  const headingId = useId();
  const word = rows.creator.platform === 'youtube' ? 'Subscribers' : 'Followers';

  const followers = useMemo(() => followerPoints(rows.creatorSnapshots), [rows.creatorSnapshots]);
  const followerChart = useMemo(() => {
    const series: ChartSeries[] = [{ label: word, color: COLORS.followers, values: followers.map((point) => point.value), line: true }];
    return { times: followers.map((point) => point.readAt), series };
  }, [followers, word]);

  // the chart needs only numbers (the summary's); the table below reads the rows it shows when opened
  const views = useMemo(() => postViewPoints(rows.posts, rows.postRows), [rows.posts, rows.postRows]);
  const viewChart = useMemo(() => {
    const groups = (['sponsored', 'organic', 'unknown'] as const).filter((group) => views.some((point) => point.group === group));
    const series: ChartSeries[] = groups.map((group) => ({
      label: `${GROUP_WORDS[group]} posts`,
      color: COLORS[group],
      values: views.map((point) => (point.group === group ? point.views.value : null)),
      line: false,
    }));
    return { times: views.map((point) => point.publishedAt), series };
  }, [views]);

  const span = (times: readonly number[]) => (times.length ? `from ${format.date(times[0]!)} to ${format.date(times.at(-1)!)}` : '');

  return (
    <section className="history-charts" aria-labelledby={headingId}>
      <h3 id={headingId}>Over time</h3>
      <h4>{word}</h4>
      {followers.length === 0 ? (
        <p className="muted">No {word.toLowerCase()} read yet.</p>
      ) : (
        <>
          {followers.length === 1 ? (
            <p className="muted">One reading so far: visit the profile again to see a curve.</p>
          ) : (
            <TimeChart
              times={followerChart.times}
              series={followerChart.series}
              locale={format.locale}
              summary={`${word} ${span(followerChart.times)}: ${format.number(followers[0]!.value)} to ${format.number(followers.at(-1)!.value)}, ${followers.length} readings`}
            />
          )}
          <Disclosure summary={<>The {followers.length} readings</>}>
            {() => (
            <div className="table-scroll">
              <table className="snapshots">
                <caption className="visually-hidden">{word} readings, oldest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Read</th>
                    <th scope="col">{word}</th>
                    <th scope="col">Page text, source</th>
                  </tr>
                </thead>
                <tbody>
                  {followers.map((point) => (
                    <tr key={point.snapshotId} data-snapshot={point.snapshotId}>
                      <th scope="row">{format.dateTime(point.readAt, now)}</th>
                      <td className="number">{format.number(point.value)}</td>
                      <td>
                        <q className="page-text">{shorten(point.text, 40)}</q>, {sourceLabel(point.source ?? undefined)} on{' '}
                        <span className="url">{point.pageUrl}</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            )}
          </Disclosure>
        </>
      )}
      <h4>Views per post, by publish date</h4>
      {views.length === 0 ? (
        <p className="muted">No dated post with views read yet.</p>
      ) : (
        <>
          <TimeChart
            times={viewChart.times}
            series={viewChart.series}
            locale={format.locale}
            summary={`Views of ${views.length} posts published ${span(viewChart.times)}; ${viewChart.series.map((entry) => `${entry.label.toLowerCase()}: ${entry.values.filter((value) => value !== null).length}`).join(', ')}`}
          />
          <Disclosure summary={<>The {views.length} posts</>}>
            {() => <PostViewsTable rows={rows} points={views} />}
          </Disclosure>
        </>
      )}
    </section>
  );
}

/** Every dated post with views, oldest first: the rows not read for the card are read when the table opens. */
function PostViewsTable({ rows, points }: { rows: CastingRows; points: readonly PostViewPoint[] }) {
  const { format } = usePanel();
  const now = useNow();
  const keys = useMemo(() => points.map((point) => point.key), [points]);
  const postRows = usePostRows(keys, rows.postRows);
  const views = useMemo(() => (postRows === rows.postRows ? points : postViewPoints(rows.posts, postRows)), [points, postRows, rows]);
  return (
    <div className="table-scroll">
      <table className="snapshots">
        <caption className="visually-hidden">Views per post, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Published</th>
            <th scope="col">Post</th>
            <th scope="col">Views</th>
            <th scope="col">Kind</th>
          </tr>
        </thead>
        <tbody>
          {views.map((point) => (
            <tr key={point.key} data-post={point.key}>
              <th scope="row">{format.date(point.publishedAt)}</th>
              <td>{point.url ? <PostLink url={point.url} label={shorten(point.title, 40)} /> : shorten(point.title, 40)}</td>
              <td className="number" title={point.views.text ? `read as “${point.views.text}”, ${format.dateTime(point.views.readAt, now)}` : undefined}>
                {point.views.exact ? '' : '≈'}
                {format.number(point.views.value)}
              </td>
              <td>{GROUP_WORDS[point.group]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
