/**
 * A campaign's data with its comments labelled, for the campaign view: lib/comments is loaded on demand
 * (comment-scorer.ts), only when the campaign has the substantive-comments KPI and its tracked posts have comments
 * of others. Until then the data goes unlabelled (that KPI has no data yet) and `scoring` says so.
 */
import { useMemo } from 'react';
import { othersComments, withCommentLabels } from '../campaigns/campaign-comment-labels';
import type { CampaignData } from '../campaigns/campaign-progress';
import { useCommentScorer } from './comment-scorer';

export interface LabelledCampaign {
  /** undefined while loading, null when there is no such campaign (as the query gives it). */
  data: CampaignData | null | undefined;
  scoring: boolean;
  /** Why the comments could not be labelled (lib/comments failed to load), else null. */
  error: string | null;
}

function needsLabels(data: CampaignData | null | undefined): boolean {
  if (!data) return false;
  const kpis = [data.campaign.primaryKpi, ...data.campaign.supportingKpis].map((target) => target.kpi);
  return kpis.includes('comment-quality') && othersComments(data).length > 0;
}

export function useLabelledCampaign(data: CampaignData | null | undefined): LabelledCampaign {
  const needed = needsLabels(data);
  const scorer = useCommentScorer(needed);
  const score = scorer.status === 'ready' ? scorer.scorer.scoreComments : null;
  const labelled = useMemo(() => (data && needed && score ? withCommentLabels(data, score) : data), [data, needed, score]);
  return {
    data: labelled,
    scoring: needed && (scorer.status === 'loading' || scorer.status === 'idle'),
    error: scorer.status === 'error' ? `The substantive comments share has no data: ${scorer.error}` : null,
  };
}
