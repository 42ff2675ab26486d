/**
 * The background entrypoint as WXT runs it, on WXT's fake browser: messages from this extension are answered and
 * stored, others are ignored, and the toolbar button is wired to the side panel (Chrome) or the sidebar (Firefox).
 */
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import background from '../../entrypoints/background';
import { castlistDb } from '../../lib/db/castlist-db';
import type { BackgroundReply } from '../../lib/messages/background-messages';
import { captureMessage } from './background-fixtures';

/** The fake browser has Firefox's sidebarAction (whose methods throw) and no sidePanel: each test picks a browser. */
type BrowserApis = { sidePanel?: unknown; sidebarAction?: unknown };
const apis = fakeBrowser as unknown as BrowserApis;
const originalSidebarAction = apis.sidebarAction;

function actAsChrome() {
  const setPanelBehavior = vi.fn(async (_behavior: { openPanelOnActionClick: boolean }) => undefined);
  apis.sidePanel = { setPanelBehavior };
  delete apis.sidebarAction;
  return setPanelBehavior;
}

function actAsFirefox() {
  const toggle = vi.fn(async () => undefined);
  delete apis.sidePanel;
  apis.sidebarAction = { toggle };
  return toggle;
}

const ownSender = () => ({ id: fakeBrowser.runtime.id, url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' });

/** The fake browser implements no context menus or commands (tests/unit/shortlist-shortcuts.test.ts drives them). */
type ShortcutFakes = { contextMenus: unknown; commands: unknown };
const shortcutFakes = fakeBrowser as unknown as ShortcutFakes;
const originalShortcutApis = { contextMenus: shortcutFakes.contextMenus, commands: shortcutFakes.commands };

beforeEach(async () => {
  fakeBrowser.reset();
  shortcutFakes.contextMenus = { create: vi.fn(), removeAll: vi.fn(async () => undefined), onClicked: { addListener: vi.fn() } };
  shortcutFakes.commands = { onCommand: { addListener: vi.fn() } };
  await castlistDb().open();
});

afterEach(async () => {
  Object.assign(shortcutFakes, originalShortcutApis);
  delete apis.sidePanel;
  apis.sidebarAction = originalSidebarAction;
  vi.restoreAllMocks();
  await castlistDb().delete();
});

describe('background entrypoint: messages', () => {
  beforeEach(() => {
    actAsChrome();
    background.main();
  });

  it('answers a capture from a content script with the reply of the handler, and stores its rows', async () => {
    const replies = await fakeBrowser.runtime.onMessage.trigger(captureMessage('visit-1'), ownSender());
    expect(replies).toEqual([{ ok: true, stored: { creators: 1, posts: 1, snapshots: 2, comments: 2 } }]);
    expect(await castlistDb().snapshots.count()).toBe(2);
    expect(await castlistDb().creators.get('youtube:rickastleyyt')).toBeDefined();
  });

  it('replies through sendResponse, keeping the channel open, when the browser passes one (as real browsers do)', async () => {
    const sendResponse = vi.fn((_reply: BackgroundReply) => undefined);
    // The fake's trigger is typed without sendResponse, but passes every argument on to the listener.
    const triggerWithResponse = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    const returned = await triggerWithResponse(captureMessage('visit-1'), ownSender(), sendResponse);
    expect(returned).toEqual([true]);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledTimes(1));
    expect(sendResponse).toHaveBeenCalledWith({ ok: true, stored: { creators: 1, posts: 1, snapshots: 2, comments: 2 } });
    expect(await castlistDb().posts.count()).toBe(1);
  });

  it('answers a malformed message with the reason and stores nothing', async () => {
    const [reply] = await fakeBrowser.runtime.onMessage.trigger({ type: 'reading.capture', visitId: 'v' }, ownSender());
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^invalid message: reading: /) });
    expect(await castlistDb().snapshots.count()).toBe(0);
  });

  it('ignores a message whose sender is not this extension', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const replies = await fakeBrowser.runtime.onMessage.trigger(captureMessage('visit-1'), { id: 'some-other-extension' });
    expect(replies).toEqual([undefined]);
    expect(await castlistDb().snapshots.count()).toBe(0);
  });
});

describe('background entrypoint: the toolbar button', () => {
  it('on Chrome, makes the action open the side panel', () => {
    const setPanelBehavior = actAsChrome();
    background.main();
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
  });

  it('logs, rather than drops, a failure to set the panel behaviour', async () => {
    const setPanelBehavior = actAsChrome();
    setPanelBehavior.mockRejectedValueOnce(new Error('side_panel missing from manifest'));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    background.main();
    await vi.waitFor(() => expect(logged).toHaveBeenCalled());
    expect(String(logged.mock.calls[0]?.[1])).toContain('side_panel missing from manifest');
  });

  it('on Firefox, toggles the sidebar when the action is clicked', async () => {
    const toggle = actAsFirefox();
    background.main();
    expect(toggle).not.toHaveBeenCalled();
    await fakeBrowser.action.onClicked.trigger({ id: 1, index: 0, windowId: 1 } as never, undefined as never);
    expect(toggle).toHaveBeenCalledTimes(1);
  });

  it('on Firefox MV2 (WXT\'s default Firefox build), toggles the sidebar from browserAction', () => {
    const toggle = actAsFirefox();
    const clickListeners: Array<() => void> = [];
    const mv2 = fakeBrowser as unknown as { action?: unknown; browserAction?: unknown };
    const { action, browserAction } = mv2;
    delete mv2.action;
    mv2.browserAction = { onClicked: { addListener: (listener: () => void) => clickListeners.push(listener) } };
    try {
      background.main();
    } finally {
      mv2.action = action;
      mv2.browserAction = browserAction;
    }
    expect(clickListeners).toHaveLength(1);
    clickListeners[0]?.();
    expect(toggle).toHaveBeenCalledTimes(1);
  });

  it('registers nothing for the button where the browser has neither API', async () => {
    delete apis.sidePanel;
    delete apis.sidebarAction;
    expect(() => background.main()).not.toThrow();
    // The message listener is still there.
    const [reply] = await fakeBrowser.runtime.onMessage.trigger({ type: 'shortlist.create', name: 'Q1' }, ownSender());
    expect(reply).toMatchObject({ ok: true, id: expect.any(String) });
  });
});
