/**
 * The background's reply as the panel's sender takes it (lib/messages/background-reply.ts): checked, and nothing a
 * control asked for lost on the way (the list an add went to, an import's skipped rows, a restore's counts).
 */
import { describe, expect, test } from 'vitest';
import { parseBackgroundReply } from '../../lib/messages/background-reply';

describe('parseBackgroundReply', () => {
  test.each([
    ['a plain success', { ok: true }],
    ['a stored reading', { ok: true, stored: { creators: 1, posts: 2, snapshots: 3, comments: 0 } }],
    ['an add, with the list it went to', { ok: true, id: 'e1', shortlist: { id: 'l1', name: 'Spring' } }],
    ['an import, with its skipped rows', { ok: true, imported: { entries: 2, skipped: [{ row: 3, reason: 'no handle' }] } }],
    ['a refusal', { ok: false, error: 'shortlist.add failed: no such list' }],
    ['a transient failure', { ok: false, error: 'reading.capture failed: the database closed', retry: true }],
  ])('%s comes through whole', (_name, reply) => {
    expect(parseBackgroundReply(reply, 'any')).toEqual(reply);
  });

  test.each([
    ['nothing', undefined, /^csv\.import: the background sent no reply/],
    ['a success that is not one', { ok: 'yes' }, /^csv\.import: the background sent a reply that is not one: \{"ok":"yes"\}/],
    ['a refusal without its reason', { ok: false }, /^csv\.import: the background sent a reply that is not one/],
    ['counts that are not numbers', { ok: true, stored: { creators: 'one', posts: 0, snapshots: 0, comments: 0 } }, /not one/],
  ])('%s is a refusal that says what came back', (_name, raw, error) => {
    expect(parseBackgroundReply(raw, 'csv.import')).toEqual({ ok: false, error: expect.stringMatching(error) });
  });
});
