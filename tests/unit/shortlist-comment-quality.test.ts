/**
 * The comment quality of a shortlist's figures: lib/comments' label shares over others' comments on the creator's
 * posts (the creator's own replies left out), none without comments; and the KPIs now carry it.
 */
import { describe, expect, it } from 'vitest';
import { summarizeCreatorComments } from '../../lib/comments';
import type { CommentRow } from '../../lib/db/rows';
import { commentQualityOfRows } from '../../lib/shortlists/comment-quality';
import { kpisNowOf } from '../../lib/shortlists/kpis-now';
import { creatorRow, T0 } from '../component/panel-rows';

function comment(id: string, text: string, byCreator = false): CommentRow {
  return {
    key: `tiktok:1:${id}`,
    platform: 'tiktok',
    postKey: 'tiktok:1',
    commentId: id,
    author: byCreator ? 'dancer' : `fan${id}`,
    authorName: null,
    text,
    publishedAt: null,
    publishedText: null,
    likes: null,
    replies: null,
    byCreator,
    creatorReplied: false,
    firstSeenAt: T0,
    lastSeenAt: T0,
  };
}

const COMMENTS = [
  comment('1', 'What lens did you use for the slow-motion part at the end? The light looks amazing'),
  comment('2', '🔥🔥🔥'),
  comment('3', 'Want 10k real followers fast? DM me now, cheap promo, link in bio 💸💸'),
  comment('4', 'Thank you all, new video on Friday!', true),
];

describe('comment quality of a shortlist entry', () => {
  it('is the label shares of the others\' comments', () => {
    const quality = commentQualityOfRows('tiktok:dancer', COMMENTS, summarizeCreatorComments)!;
    expect(quality.comments).toBe(3);
    expect(quality.substantive).toBeCloseTo(1 / 3);
    expect(quality.lowEffort).toBeCloseTo(1 / 3);
    expect(quality.spam + quality.scam).toBeCloseTo(1 / 3);
  });

  it('is none without comments', () => {
    expect(commentQualityOfRows('tiktok:dancer', [], summarizeCreatorComments)).toBeNull();
  });

  it('is part of the KPIs now, beside the count read', () => {
    const kpis = kpisNowOf({ creator: creatorRow({ key: 'tiktok:dancer', platform: 'tiktok', handle: 'dancer' }), posts: [], creatorSnapshots: [], comments: COMMENTS }, [], T0, summarizeCreatorComments);
    expect(kpis.comments.read).toBe(4);
    expect(kpis.comments.quality).toEqual(commentQualityOfRows('tiktok:dancer', COMMENTS, summarizeCreatorComments));
  });
});
