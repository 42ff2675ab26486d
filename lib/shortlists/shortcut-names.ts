/**
 * The names the manifest, the background and the panel share for adding a creator without the panel: the keyboard
 * command and its suggested key, the context-menu entry, and the toolbar button's title.
 */

export const ADD_COMMAND = 'add-to-shortlist';
/** The keyboard command's suggested key; the user may change it at chrome://extensions/shortcuts. */
export const ADD_COMMAND_KEY = 'Alt+Shift+S';
export const CONTEXT_MENU_ID = 'castlist-add-to-shortlist';
export const CONTEXT_MENU_TITLE = 'Add creator to Castlist shortlist';
/** The toolbar button's title (the manifest's default_title too), put back after an add's ✓ or !. */
export const TOOLBAR_TITLE = 'Open Castlist';
/** The name of the list made when a creator is added and there is no list yet. */
export const FIRST_LIST_NAME = 'Shortlist';
