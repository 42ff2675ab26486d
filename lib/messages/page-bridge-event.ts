/** The DOM event the page-world bridge fires; kept apart from the schema so the bridge carries no zod. */
export const PAGE_BRIDGE_EVENT = 'castlist:page-data';

/** The content script fires this once it listens: the bridge then replays what the page received before. */
export const PAGE_BRIDGE_READY_EVENT = 'castlist:ready';
