/** The DOM event the page-world bridge fires; kept apart from the schema so the bridge carries no zod. */
export const PAGE_BRIDGE_EVENT = 'castlist:page-data';
