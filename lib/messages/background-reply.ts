/**
 * The background's reply as the panel receives it: checked, because a reply crosses a boundary like any message
 * (an older background, a bug, nothing at all when no listener answered). The shape is BackgroundReply's.
 */
import * as z from 'zod/mini';
import type { BackgroundReply } from './background-messages';

const storedCounts = z.object({ creators: z.number(), posts: z.number(), snapshots: z.number(), comments: z.number() });

export const backgroundReplySchema = z.union([
  // Loose: what a reply carries beyond these (the list an add went to, an import's or a restore's result, a
  // campaign's ids) passes through to the control that asked for it, which reads it in its own terms.
  z.looseObject({ ok: z.literal(true), stored: z.optional(storedCounts), id: z.optional(z.string()) }),
  z.object({ ok: z.literal(false), error: z.string(), retry: z.optional(z.literal(true)) }),
]);

/** The reply, or a refusal that says what came back instead of one. */
export function parseBackgroundReply(raw: unknown, messageType: string): BackgroundReply {
  const parsed = backgroundReplySchema.safeParse(raw);
  if (parsed.success) return parsed.data as BackgroundReply;
  const what = raw === undefined ? 'no reply (is the background running?)' : `a reply that is not one: ${JSON.stringify(raw).slice(0, 200)}`;
  return { ok: false, error: `${messageType}: the background sent ${what}` };
}
