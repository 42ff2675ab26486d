/**
 * One results import as the panel and `campaign-results` run it: the orders file (and a sessions file, if any) as
 * bytes, decoded, read and joined to the creators. Either everything is used or nothing is: a file that cannot be
 * used gives `ok: false` with which file and why, and no results.
 */
import { campaignResults, ResultsInputError, type CampaignResults, type ResultsCreator } from './campaign-results';
import { decodeText } from './decode-text';
import { readOrdersFile, type OrdersFileReading } from './orders-file';
import { UnreadableFileError } from './row-problem';
import { readSessionsFile, type SessionsFileReading } from './sessions-file';

export type ResultsImport =
  | { ok: true; orders: OrdersFileReading; sessions: SessionsFileReading | null; results: CampaignResults }
  | { ok: false; file: 'orders' | 'sessions' | 'creators'; reason: string };

export function importResults(creators: readonly ResultsCreator[], ordersBytes: Uint8Array, sessionsBytes: Uint8Array | null = null): ResultsImport {
  let orders: OrdersFileReading;
  try {
    orders = readOrdersFile(decodeText(ordersBytes).text);
  } catch (error) {
    if (error instanceof UnreadableFileError) return { ok: false, file: 'orders', reason: error.message };
    throw error;
  }
  let sessions: SessionsFileReading | null = null;
  if (sessionsBytes) {
    try {
      sessions = readSessionsFile(decodeText(sessionsBytes).text);
    } catch (error) {
      if (error instanceof UnreadableFileError) return { ok: false, file: 'sessions', reason: error.message };
      throw error;
    }
  }
  try {
    return { ok: true, orders, sessions, results: campaignResults(creators, orders, sessions) };
  } catch (error) {
    if (error instanceof ResultsInputError) return { ok: false, file: 'creators', reason: error.message };
    throw error;
  }
}
