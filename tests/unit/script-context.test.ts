/**
 * Castlist's content-script context (lib/content/script-context.ts, in place of WXT's): a newer instance of the same
 * script invalidates the older one, once; another script's start and the instance's own announcement do not; and
 * the announcement is WXT's, so an instance that runs WXT's own context hears ours.
 */
import { describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ContentScriptContext } from '../../lib/content/script-context';

const startedEvent = (name: string) => `${browser.runtime.id}:${name}:wxt:content-script-started`;

describe('ContentScriptContext', () => {
  test('an older instance of the same script stops when a newer one starts, once', () => {
    const older = vi.fn();
    new ContentScriptContext('youtube').onInvalidated(older);
    expect(older).not.toHaveBeenCalled();
    const newer = vi.fn();
    new ContentScriptContext('youtube').onInvalidated(newer);
    expect(older).toHaveBeenCalledTimes(1);
    new ContentScriptContext('youtube');
    expect(older).toHaveBeenCalledTimes(1);
    expect(newer).toHaveBeenCalledTimes(1);
  });

  test('another script starting does not stop it', () => {
    const listener = vi.fn();
    new ContentScriptContext('tiktok').onInvalidated(listener);
    new ContentScriptContext('instagram');
    expect(listener).not.toHaveBeenCalled();
  });

  test('announces itself as WXT\'s context does: event name and detail', () => {
    const heard = vi.fn();
    document.addEventListener(startedEvent('linkedin'), (event) => heard((event as CustomEvent).detail));
    new ContentScriptContext('linkedin');
    expect(heard).toHaveBeenCalledWith({ contentScriptName: 'linkedin', messageId: expect.stringMatching(/^[0-9a-z]+$/) });
  });

  test('stops for WXT\'s own announcement of a newer instance', () => {
    const listener = vi.fn();
    new ContentScriptContext('x').onInvalidated(listener);
    document.dispatchEvent(new CustomEvent(startedEvent('x'), { detail: { contentScriptName: 'x', messageId: 'wxt-instance' } }));
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
