/** The shortlist statuses as the panel writes them. */
import type { ShortlistStatus } from '../../lib/db/rows';

export const STATUS_WORDS: Record<ShortlistStatus, string> = {
  candidate: 'Candidate',
  contacted: 'Contacted',
  negotiating: 'Negotiating',
  approved: 'Approved',
  rejected: 'Rejected',
};
