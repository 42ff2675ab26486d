/**
 * Sending one campaign message from a component: the reply's error shown as the background wrote it (the campaign
 * model's sentences), and a busy flag so a button cannot send twice.
 */
import { useCallback, useState } from 'react';
import type { BackgroundMessage, BackgroundReply } from '../messages/background-messages';
import { replyError, useSendToBackground } from './background-client';

export function useCampaignAction() {
  const send = useSendToBackground();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (message: BackgroundMessage): Promise<Extract<BackgroundReply, { ok: true }> | null> => {
      setBusy(true);
      setError(null);
      try {
        const reply = await send(message);
        if (!reply.ok) {
          setError(replyError(reply));
          return null;
        }
        return reply;
      } finally {
        setBusy(false);
      }
    },
    [send],
  );
  return { run, busy, error, setError };
}
