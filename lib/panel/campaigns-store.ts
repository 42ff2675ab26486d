/** Which campaign the Campaigns view shows, or the new-campaign form: panel UI state (zustand), never stored. */
import { create } from 'zustand';

export type CampaignsScreen = { kind: 'list' } | { kind: 'new' } | { kind: 'campaign'; campaignId: string };

interface CampaignsState {
  screen: CampaignsScreen;
  open(screen: CampaignsScreen): void;
}

export const useCampaignsScreen = create<CampaignsState>()((set) => ({
  screen: { kind: 'list' },
  open: (screen) => set({ screen }),
}));
