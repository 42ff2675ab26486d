import type { ReactNode } from 'react';

export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="empty-state" aria-labelledby="empty-state-title">
      <h1 id="empty-state-title">{title}</h1>
      {children}
    </section>
  );
}

export const NOT_SUPPORTED_TEXT =
  "Castlist reads YouTube, TikTok, Instagram, X and LinkedIn. Open a creator's profile or a post.";

export const NOT_READ_YET_TEXT = 'Not read yet — reload the page if this persists.';
