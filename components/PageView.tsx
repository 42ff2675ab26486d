/** The "This page" view: the post or creator of the page the panel follows, or why there is nothing to show. */
import { useMemo } from 'react';
import { panelTargetOf, type PanelTarget } from '../lib/panel/page-target';
import { PLATFORM_NAMES } from '../lib/reading/reading';
import { EmptyState, NOT_SUPPORTED_TEXT } from './EmptyState';
import { PostView } from './PostView';
import { ProfileView } from './ProfileView';
import { ReaderHealthBanner } from './ReaderHealthBanner';
import { AddTabCreator } from './shortlists/AddTabCreator';
import { TrackThisPost } from './campaigns/TrackThisPost';

export function PanelForUrl({ url }: { url: string | null }) {
  const target = useMemo(() => panelTargetOf(url), [url]);
  return (
    <main className="panel">
      {target.kind !== 'none' && <ReaderHealthBanner platform={target.platform} />}
      <TargetView target={target} />
      {(target.kind === 'profile' || target.kind === 'post') && <AddTabCreator url={target.url} named={false} />}
      {target.kind === 'post' && <TrackThisPost key={target.postKey} postKey={target.postKey} />}
    </main>
  );
}

const SURFACE_WORDS = { feed: 'feed', search: 'search page', unsupported: 'page' } as const;

function TargetView({ target }: { target: PanelTarget }) {
  switch (target.kind) {
    case 'none':
      return (
        <EmptyState title="Nothing to read here">
          <p>{NOT_SUPPORTED_TEXT}</p>
        </EmptyState>
      );
    case 'other-page': {
      const site = PLATFORM_NAMES[target.platform];
      return (
        <EmptyState title={`${site} ${SURFACE_WORDS[target.surface]}`}>
          <p>
            {target.surface === 'unsupported'
              ? `Castlist doesn't read this ${site} page. Open a creator's profile or a post to see its numbers.`
              : `This ${site} ${SURFACE_WORDS[target.surface]} lists many posts. Open a creator's profile or a post to see its numbers.`}
          </p>
        </EmptyState>
      );
    }
    case 'post':
      return <PostView key={target.postKey} target={target} />;
    case 'profile':
      return <ProfileView key={`${target.platform}:${target.creatorKey ?? target.url}`} target={target} />;
  }
}
