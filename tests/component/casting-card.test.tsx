/**
 * The casting card on a profile (components/casting/): what a brand manager reads, worked out by hand from the rows of
 * casting-rows.ts; the formula switch; the band chart; the personal benchmark; the evidence trail; benchmark editing
 * through the background's own message handler.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CastlistPanel } from '../../components/CastlistPanel';
import { handleBackgroundMessage } from '../../lib/background/handle-message';
import { BENCHMARK_EDITS_KEY } from '../../lib/benchmarks/benchmark-edits';
import { browserLanguageDetector } from '../../lib/comments';
import type { CastlistDatabase } from '../../lib/db/castlist-db';
import type { BackgroundMessage } from '../../lib/messages/background-messages';
import { useCastingUi } from '../../lib/panel/casting-store';
import { CREATOR_KEY, PROFILE_URL, comment, seedCastingCreator } from './casting-rows';
import { freshDb, HOUR, rounded, T0 } from './panel-rows';

const NOW = T0 + HOUR;
const now = () => NOW;
let db: CastlistDatabase;
let sent: BackgroundMessage[];

beforeEach(() => {
  db = freshDb();
  sent = [];
  languageAsked = [];
  useCastingUi.getState().reset();
});

afterEach(async () => {
  await db.delete();
});

/** The texts the panel asked the language of, through the same adapter as browser.i18n.detectLanguage's answers. */
let languageAsked: string[];
const detectLanguage = browserLanguageDetector(async (text) => {
  languageAsked.push(text);
  return { isReliable: true, languages: [{ language: 'en', percentage: 97 }] };
});

function renderProfile(url = PROFILE_URL) {
  const send = (message: BackgroundMessage) => {
    sent.push(message);
    return handleBackgroundMessage(message, db, NOW);
  };
  return render(<CastlistPanel db={db} url={url} locale="en-GB" timeZone="UTC" now={now} send={send} detectLanguage={detectLanguage} />);
}

async function card(): Promise<HTMLElement> {
  const region = await screen.findByRole('region', { name: 'Casting card' });
  await within(region).findByRole('heading', { name: /^Engagement rate/ });
  return region;
}

const section = (region: HTMLElement, name: string | RegExp) => within(region).getByRole('region', { name });

describe('the casting card', () => {
  it('says the engagement rate in plain words: the rate, its range and why, N, the average, and the posts left out with why', async () => {
    await seedCastingCreator(db);
    renderProfile();
    const er = section(await card(), 'Engagement rate by followers');
    // median of 2.26%, 2.72%, 3.43% (post2: "1.5K" likes → 3.32%–3.54%), 3.98%, 4.12%
    expect(within(er).getByText('3.4%', { selector: 'data' })).toHaveAttribute('value', String(1_550 / 45_200));
    expect(er).toHaveTextContent('between 3.3% and 3.5%');
    expect(er).toHaveTextContent("The middle value (median) of the creator's last 5 posts; their average is 3.3%.");
    expect(er).toHaveTextContent('The page rounded some counts');
    expect(er).toHaveTextContent('Only 5 posts of the 12 asked for have a rate so far');
    const notCounted = within(er).getByRole('heading', { name: 'Not counted (2)' }).nextElementSibling as HTMLElement;
    expect(within(notCounted).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Post of 29 Nov 2026: pinned by the creator: it stays at the top of the profile whatever its date, so its counts are not those of a typical post',
      'Post of 26 Nov 2026: the page showed no like count (hidden by the owner, or not read): a rate without likes would read falsely low',
    ]);
    // The formula is there on demand, in words and in symbols.
    const how = within(er).getByText('How is this worked out?').closest('details') as HTMLElement;
    expect(how).toHaveTextContent(
      "For each post: (likes + comments + shares + saves (where the page shows them)) divided by the creator's followers when the post was read.",
    );
    expect(how).toHaveTextContent('median over N = 12 posts');
  });

  it('switches the formula: by views, likes only, and N', async () => {
    await seedCastingCreator(db);
    renderProfile();
    const region = await card();
    const switchBox = within(region).getByRole('group', { name: 'Formula' });

    fireEvent.click(within(switchBox).getByRole('radio', { name: 'views' }));
    const byViews = section(region, 'Engagement rate by views');
    // post5 (1,800 + 60) / 30,000 = 6.2%, post7 (1,700 + 100) / 20,000 = 9%: the median of two is their mean
    expect(within(byViews).getByText('7.6%', { selector: 'data' })).toBeInTheDocument();
    expect(byViews).toHaveTextContent('By followers it is 3.4% (between 3.3% and 3.5%) over 5 posts.');

    fireEvent.click(within(switchBox).getByRole('radio', { name: 'followers' }));
    fireEvent.click(within(switchBox).getByRole('radio', { name: 'Likes only' }));
    const likesOnly = section(region, 'Engagement rate by followers');
    // likes alone: 2.21%, 2.65%, 3.32% (1,450–1,549 / 45,249–45,150), 3.76%, 3.98%
    expect(within(likesOnly).getByText('3.3%', { selector: 'data' })).toBeInTheDocument();
    expect(likesOnly).toHaveTextContent('between 3.2% and 3.4%');
    expect(within(likesOnly).getByText('How is this worked out?').closest('details')).toHaveTextContent(
      "(likes) divided by the creator's followers when the post was read",
    );

    fireEvent.change(within(switchBox).getByLabelText('Posts (N)'), { target: { value: '6' } });
    expect(await within(region).findByText(/median over N = 6 posts/)).toBeInTheDocument();
    expect(useCastingUi.getState()).toMatchObject({ basis: 'followers', interactions: 'likes', windowSize: 6 });
  });

  it('draws where the creator sits in the bands of the chosen benchmark, naming source, year and formula', async () => {
    await seedCastingCreator(db);
    renderProfile();
    await card();
    // Asked afresh each time: the card may be drawn again while the test runs (comment languages arrive later; on a
    // loaded machine after the first look), leaving an element held from before detached.
    const benchmarks = () => section(screen.getByRole('region', { name: 'Casting card' }), 'Compared with published benchmarks');
    await waitFor(() => {
      // Best match: same formula, with bands, newest: the 2021 mean (likes + comments) / followers, average band 1.9–2.2%.
      const chart = within(benchmarks()).getByRole('img', { name: /^Engagement-rate bands of HypeAuditor \(2020/ });
      expect(chart.tagName.toLowerCase()).toBe('svg');
      expect(chart).toHaveAccessibleName(/all influencers: Average 1\.9%–2\.2%\. This creator: above average\./);
      const figure = chart.closest('figure') as HTMLElement;
      expect(within(figure).getByText('above average')).toHaveClass('band-word');
      expect(figure).toHaveTextContent('This creator: 3.3% · above average');
      expect(figure).toHaveTextContent('2021. Formula: average (mean) of likes + comments by followers; creators, all posts.');
      expect(figure).toHaveTextContent("this creator's average (mean) of (likes + comments) by followers over 5 posts is 3.3%.");
    });

    fireEvent.change(within(benchmarks()).getByLabelText('Benchmark'), { target: { value: 'untapper-instagram' } });
    await waitFor(() => {
      const untapper = within(benchmarks()).getByRole('img', { name: /^Engagement-rate bands of Untapper/ }).closest('figure') as HTMLElement;
      // 3.3%–3.5% touches Untapper's micro average band (2–3.5%) and its good band (3.5% and more)
      expect(untapper).toHaveTextContent('This creator: 3.4% (between 3.3% and 3.5%) · average to good');
      expect(within(untapper).getByRole('list')).toHaveTextContent('micro: below average under 2%, average 2%–3.5%, good 3.5% or more');
      expect(untapper).toHaveTextContent('Source: Untapper, influencer marketing benchmarks (good / average / below bands) (undated).');
      expect(untapper).toHaveTextContent('The source does not state its statistic (median or mean) or its interactions');
      expect(within(untapper).getByText(/micro \(10,000–49,999 followers\)/, { selector: 'text' })).toBeInTheDocument();
      expect(within(benchmarks()).getByText('Benchmarks not used (1)')).toBeInTheDocument();
      expect(within(benchmarks()).getByText(/a benchmark of brands; this account is one of the creators/)).toBeInTheDocument();
    });
  });

  it('names both tiers when a rounded follower count straddles a boundary, and lets the reader pick one', async () => {
    await seedCastingCreator(db, rounded(50_000, 49_950, 50_049, '50K followers', 'embedded'));
    useCastingUi.getState().chooseBenchmark('untapper-instagram');
    renderProfile();
    const region = await card();
    const benchmarks = section(region, 'Compared with published benchmarks');
    const chart = within(benchmarks).getByRole('img', { name: /^Engagement-rate bands of Untapper/ });
    expect(within(chart).getByText(/^micro \(/, { selector: 'text' })).toBeInTheDocument();
    expect(within(chart).getByText(/^mid \(/, { selector: 'text' })).toBeInTheDocument();
    const choice = within(benchmarks).getByRole('group', { name: 'Tier to compare with' });
    expect(choice).toHaveTextContent('The follower count straddles micro and mid');
    expect(within(choice).getByRole('button', { name: 'both' })).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(within(choice).getByRole('button', { name: 'mid' }));
    expect(useCastingUi.getState().tierName).toBe('mid');
    // Asked afresh: the card may have been drawn again (comment languages arrive later), leaving `chart` detached
    await waitFor(() => {
      const drawn = within(section(screen.getByRole('region', { name: 'Casting card' }), 'Compared with published benchmarks')).getByRole('img', { name: /^Engagement-rate bands of Untapper/ });
      expect(within(drawn).queryByText(/^micro \(/, { selector: 'text' })).not.toBeInTheDocument();
      expect(within(drawn).getByText(/^mid \(/, { selector: 'text' })).toBeInTheDocument();
    });
  });

  it("says the creator's size and tier in words, both tiers when the count straddles the card's own tiers", async () => {
    await seedCastingCreator(db, rounded(100_000, 95_000, 104_999, '100K followers', 'embedded'));
    renderProfile();
    const region = await card();
    expect(region).toHaveTextContent(
      'Instagram creator with about 100,000 followers (the page shows “100K followers”, anywhere from 95,000 to 104,999)',
    );
    expect(region).toHaveTextContent(
      'That count lies in two size tiers: micro (10,000–99,999 followers) and mid (100,000–499,999 followers). The card compares with both.',
    );
  });

  it('ranks the creator among the creators the user has looked at, and lists them', async () => {
    await seedCastingCreator(db);
    renderProfile();
    const personal = section(await card(), 'Compared with the creators you have looked at');
    expect(await within(personal).findByText('50th percentile')).toBeInTheDocument();
    expect(personal).toHaveTextContent(
      "50th percentile: this creator's engagement by followers is higher than about 50 in 100 of the 2 Instagram micro creators you have looked at.",
    );
    expect(personal).toHaveTextContent('Only 2 so far: a rough guide');
    fireEvent.click(within(personal).getByText('The creators it was ranked among (2)'));
    const peers = within(personal).getAllByRole('listitem').map((item) => item.textContent);
    expect(peers).toEqual(['instagram:peer_high: 5%, 60,000 followers', 'instagram:peer_low: 1%, 30,000 followers']);
  });

  it('traces every rate to its posts, counts, page text, sources and the follower snapshot it divided by', async () => {
    await seedCastingCreator(db);
    renderProfile();
    const region = await card();
    const trail = within(region).getByText(/^Where the engagement rate by followers comes from/).closest('details') as HTMLElement;
    fireEvent.click(within(trail).getByText(/^Where the engagement rate by followers comes from/));
    expect(trail.querySelector('summary')).toHaveTextContent('(5 posts counted, 2 left out)');
    const items = within(trail).getAllByRole('listitem').filter((item) => item.classList.contains('evidence-post'));
    expect(items.map((item) => item.getAttribute('data-post'))).toEqual(['instagram:post2', 'instagram:post3', 'instagram:post5', 'instagram:post6', 'instagram:post7']);
    const post2 = items[0]!;
    expect(within(post2).getByRole('link', { name: 'Recipe post2' })).toHaveAttribute('href', 'https://www.instagram.com/p/post2/');
    expect(post2).toHaveTextContent('Published 28 Nov 2026 · rate 3.4% (between 3.3% and 3.5%)');
    expect(post2.querySelector('[data-count="likes"]')).toHaveTextContent('likes 1,500 (1,450–1,549): 1.5K, read 30 Nov, 14:02 from page text');
    expect(post2.querySelector('[data-count="comments"]')).toHaveTextContent('comments 50: 50, read 30 Nov, 14:02 from embedded state');
    expect(post2.querySelector('[data-count="followers"]')).toHaveTextContent(
      `divided by followers 45,200 (45,150–45,249): 45.2K followers, read 30 Nov, 14:02 from embedded state on ${PROFILE_URL} (snapshot visit-${T0}:creator:${CREATOR_KEY})`,
    );

    fireEvent.change(within(trail).getByLabelText('Show'), { target: { value: 'left-out' } });
    const leftOut = within(trail).getAllByRole('listitem').filter((item) => item.classList.contains('evidence-post'));
    expect(leftOut.map((item) => item.getAttribute('data-post'))).toEqual(['instagram:post1', 'instagram:post4']);
    expect(leftOut[1]).toHaveTextContent('Left out: the page showed no like count');
    expect(useCastingUi.getState().evidenceFilter).toBe('left-out');
  });

  it('shows followers and post views over time with their numbers, sponsored vs organic, growth, and one line per objective', async () => {
    await seedCastingCreator(db);
    renderProfile();
    const region = await card();
    const history = section(region, 'Over time');
    // happy-dom has no canvas: the chart says so, and the tables carry the numbers.
    expect(within(history).getAllByText('This browser cannot draw charts here; the numbers are listed below.')).toHaveLength(2);
    fireEvent.click(within(history).getByText('The 2 readings'));
    fireEvent.click(within(history).getByText('The 2 posts'));
    const readings = within(history).getByRole('table', { name: 'Followers readings, oldest first' });
    const cells = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent);
    expect(within(readings).getAllByRole('row').slice(1).map(cells)).toEqual([
      ['23 Nov, 14:02', '44,000', `44,000 followers, embedded state on ${PROFILE_URL}`],
      ['30 Nov, 14:02', '45,200', `45.2K followers, embedded state on ${PROFILE_URL}`],
    ]);
    const views = within(history).getByRole('table', { name: 'Views per post, oldest first' });
    expect(within(views).getAllByRole('row').slice(1).map((row) => row.getAttribute('data-post'))).toEqual(['instagram:post7', 'instagram:post5']);

    const split = section(region, 'Sponsored vs organic posts');
    // sponsored: 2.26% and 2.72% → 2.5%; organic: 3.43%, 3.98%, 4.12% → 3.98%
    expect(split).toHaveTextContent('Sponsored (marked #ad, paid partnership…)2.5% over 2 posts');
    expect(split).toHaveTextContent('Organic4% over 3 posts');
    expect(split).toHaveTextContent('this audience engages less with the paid posts.');

    const growth = section(region, 'Growth and rhythm');
    // 44,000 → 45,150–45,249 in 7 days
    expect(growth).toHaveTextContent('+164 to +178 followers a day');
    expect(growth).toHaveTextContent('Views per hour of the newest posts (1)');

    const objectives = section(region, "For your campaign's goal");
    const lines = within(objectives).getAllByRole('definition');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(objectives.querySelector('[data-objective="engagement"]')).toHaveTextContent('For: ER 3.3% by followers (mean): above the source\'s bands');
    expect(objectives.querySelector('[data-objective="performance"]')).toHaveTextContent('Against: ER(sponsored) / ER(organic) by followers');
  });

  it('breaks the comments down by label with examples and why, the tone, replies and languages, scored in the panel', async () => {
    await seedCastingCreator(db);
    // Beside casting-rows.ts' three comments: the creator's own (left out of the shares) and the scam comment's twin.
    await db.comments.bulkAdd([
      comment('post2', 'c4', 'Thanks! A carbon steel pan', { author: 'chefanna', byCreator: true }),
      comment('post5', 'c5', 'DM me to grow your followers fast, check my page', { author: 'fan_c3' }),
    ]);
    renderProfile();
    const comments = section(await card(), 'Comments');
    expect(comments).toHaveTextContent('5 comments read on 3 posts; the creator wrote 1 and replied to 1.');
    const labels = await within(comments).findByRole('list', { name: 'What the comments are' }, { timeout: 5_000 });
    const byLabel = (label: string) => labels.querySelector(`:scope > li[data-label="${label}"]`) as HTMLElement;
    // Four comments by others: a question (substantive), emoji only (low effort), and one account's "DM me" twice.
    expect(byLabel('substantive')).toHaveTextContent('Substantive: 25% (1 of 4)');
    expect(byLabel('low-effort')).toHaveTextContent('Low effort: 25% (1 of 4)');
    expect(byLabel('spam')).toHaveTextContent('Spam: none (0 of 4)');
    expect(byLabel('scam')).toHaveTextContent('Scam: 50% (2 of 4)');
    expect(within(byLabel('spam')).queryByText(/example/)).not.toBeInTheDocument();

    const scams = within(byLabel('scam')).getAllByRole('listitem');
    expect(scams).toHaveLength(2);
    expect(scams[0]).toHaveTextContent('DM me to grow your followers fast, check my page — @fan_c3 on Recipe post3');
    expect(scams[0]).toHaveTextContent(
      "Why: asks readers to make contact (DM, WhatsApp, Telegram, e-mail); promotes the writer's own channel, page or video; the same text appears from several accounts, or one account repeats it (spam likelihood",
    );
    expect(within(byLabel('substantive')).getByRole('listitem')).toHaveTextContent('Why: asks a question.');
    expect(within(byLabel('low-effort')).getByRole('listitem')).toHaveTextContent('🔥🔥🔥 — @fan_c2 on Recipe post2Why: emoji only.');

    expect(comments).toHaveTextContent('The creator answered 25% (1 of 4) of the others\' comments.');
    expect(comments).toHaveTextContent('50% (2 of 4) are copies');
    // The emoji have no words to tell a language by: the detector is asked about the others only, each text once.
    expect(comments).toHaveTextContent('Languages: English 75%, too short to tell 25%.');
    expect(languageAsked.sort()).toEqual(['DM me to grow your followers fast check my page', 'Thanks A carbon steel pan', 'What pan do you use for this Looks amazing']);
    // lib/comments' sentiment model: the question reads positive, the emoji and the "DM me" twins neutral.
    expect(comments).toHaveTextContent('Tone: 75% neutral, 25% positive, none negative.');
  });

  it('says so when the comments cannot be sorted', async () => {
    await seedCastingCreator(db);
    const send = (message: BackgroundMessage) => handleBackgroundMessage(message, db, NOW);
    const failing = () => Promise.reject(new Error('i18n.detectLanguage is not available'));
    render(<CastlistPanel db={db} url={PROFILE_URL} locale="en-GB" timeZone="UTC" now={now} send={send} detectLanguage={failing} />);
    const comments = section(await card(), 'Comments');
    expect(await within(comments).findByRole('alert')).toHaveTextContent('The comments could not be sorted: i18n.detectLanguage is not available');
  });

  it('is the creator part of a post page', async () => {
    await seedCastingCreator(db);
    renderProfile('https://www.instagram.com/p/post2/');
    const region = await screen.findByRole('region', { name: 'About the creator' }, { timeout: 5_000 });
    expect(await within(region).findByText('3.4%', { selector: 'data' })).toBeInTheDocument();
  });
});

describe('editing benchmarks', () => {
  it('saves changed bands through the background, and the card follows', async () => {
    await seedCastingCreator(db);
    useCastingUi.getState().chooseBenchmark('untapper-instagram');
    renderProfile();
    const region = await card();
    const editor = within(region).getByText('Your benchmarks for Instagram: change, add or hide').closest('details') as HTMLElement;
    fireEvent.click(within(editor).getByText('Your benchmarks for Instagram: change, add or hide'));
    const untapper = editor.querySelector('[data-set="untapper-instagram"]') as HTMLElement;
    expect(untapper).toHaveTextContent('· as published');
    fireEvent.click(within(untapper).getByRole('button', { name: 'Edit' }));

    const form = within(editor).getByRole('form', { name: 'Benchmark untapper-instagram' });
    const micro = within(form).getByRole('group', { name: 'Tier 2' });
    fireEvent.change(within(micro).getByRole('group', { name: 'Tier 2, band 2' }).querySelector('input[aria-label="up to, %"]')!, { target: { value: '3' } });
    fireEvent.change(within(micro).getByRole('group', { name: 'Tier 2, band 3' }).querySelector('input[aria-label="from, %"]')!, { target: { value: '3' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save benchmark' }));

    expect(await within(editor).findByText('Saved “Untapper, influencer marketing benchmarks (good / average / below bands)”.')).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: 'settings.set', key: BENCHMARK_EDITS_KEY });
    const stored = await db.settings.get(BENCHMARK_EDITS_KEY);
    expect(stored?.value).toMatchObject({ format: 1, hidden: [], sets: [{ basedOnVersion: 1, set: { id: 'untapper-instagram' } }] });
    // 3.3%–3.5% now lies wholly in the good band (3% and more)
    const benchmarks = section(region, 'Compared with published benchmarks');
    expect(await within(benchmarks).findByText('good', { selector: '.band-word' })).toBeInTheDocument();
    expect(editor.querySelector('[data-set="untapper-instagram"]')).toHaveTextContent('· your figures');
  });

  it('refuses a benchmark without its source, says why, and stores nothing', async () => {
    await seedCastingCreator(db);
    renderProfile();
    const region = await card();
    const editor = within(region).getByText('Your benchmarks for Instagram: change, add or hide').closest('details') as HTMLElement;
    fireEvent.click(within(editor).getByText('Your benchmarks for Instagram: change, add or hide'));
    fireEvent.click(within(editor).getByRole('button', { name: 'Add a benchmark' }));
    const form = within(editor).getByRole('form', { name: 'Benchmark own-instagram-1' });
    fireEvent.change(within(form).getByLabelText('Typical figure, % (empty if none)'), { target: { value: '2' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save benchmark' }));
    expect(await within(editor).findByText(/^Not saved: Source, name: Too small/)).toBeInTheDocument();
    expect(sent).toEqual([]);
    expect(await db.settings.get(BENCHMARK_EDITS_KEY)).toBeUndefined();
  });

  it('hides a published benchmark and shows it again', async () => {
    await seedCastingCreator(db);
    renderProfile();
    const region = await card();
    const editor = within(region).getByText('Your benchmarks for Instagram: change, add or hide').closest('details') as HTMLElement;
    fireEvent.click(within(editor).getByText('Your benchmarks for Instagram: change, add or hide'));
    fireEvent.click(within(editor.querySelector('[data-set="hypeauditor-laterfohr-2021-instagram"]') as HTMLElement).getByRole('button', { name: 'Hide' }));
    const hidden = await within(editor).findByText(/· hidden/);
    expect(within(section(region, 'Compared with published benchmarks')).queryByRole('img', { name: /HypeAuditor \(2020/ })).not.toBeInTheDocument();
    fireEvent.click(within(hidden.closest('li') as HTMLElement).getByRole('button', { name: 'Show again' }));
    expect(await within(section(region, 'Compared with published benchmarks')).findByRole('img', { name: /HypeAuditor \(2020/ })).toBeInTheDocument();
  });
});
