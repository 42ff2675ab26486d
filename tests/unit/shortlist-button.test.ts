/**
 * The page badge's "+ Shortlist" button (lib/content/shortlist-button.ts) in happy-dom: its accessible name, the one
 * message it sends, what its status says for each reply of the background, that a click inside the site's own link
 * stays ours, that a second click while the first waits sends nothing, and that the creator's name stays text.
 */
import { describe, expect, test, vi } from 'vitest';
import { createBadge } from '../../lib/content/badge-element';
import { addOutcomeText, appendShortlistButton, type SendAddFromPage } from '../../lib/content/shortlist-button';
import type { BackgroundReply } from '../../lib/messages/background-messages';

const SPRING = { id: 'list-1', name: 'Spring launch' };

describe('addOutcomeText', () => {
  test.each<[string, BackgroundReply | undefined, string]>([
    ['an add', { ok: true, id: 'entry-1', shortlist: SPRING }, 'Added to Spring launch'],
    ['a creator already on the list', { ok: true, id: 'entry-1', shortlist: SPRING, alreadyListed: true }, 'Already in Spring launch'],
    ['a refusal', { ok: false, error: 'shortlist.add-from-page failed: tiktok:x is not a creator this page showed' }, 'Not added: shortlist.add-from-page failed: tiktok:x is not a creator this page showed'],
    ['no reply', undefined, 'Not added: Castlist did not answer, try again'],
  ])('%s', (_name, reply, text) => {
    expect(addOutcomeText(reply)).toBe(text);
  });
});

/** A creator badge inside a link of the site, with the button; `send` answers as the test says. */
function badgeWithButton(send: SendAddFromPage, name = 'Cook & Co') {
  const link = document.createElement('a');
  link.href = 'https://www.tiktok.com/@cook';
  const followed = vi.fn();
  link.addEventListener('click', followed);
  const badge = createBadge(document, 'creator:cook', { kind: 'creator', text: '12K followers', title: 'Castlist · followers' });
  link.append(badge);
  document.body.replaceChildren(link);
  appendShortlistButton(badge.shadowRoot!, 'tiktok:cook', name, send);
  const shadow = badge.shadowRoot!;
  return { button: shadow.querySelector('button')!, status: () => shadow.querySelector('[role=status]')!.textContent, followed };
}

describe('appendShortlistButton', () => {
  test('is a button named for the creator, reachable from the keyboard', () => {
    const { button } = badgeWithButton(vi.fn());
    expect(button.textContent).toBe('+ Shortlist');
    expect(button.getAttribute('aria-label')).toBe('Add Cook & Co to shortlist');
    expect(button.tabIndex).toBe(0);
    button.focus();
    expect(button.getRootNode()).toBeInstanceOf(ShadowRoot);
    expect((button.getRootNode() as ShadowRoot).activeElement).toBe(button);
  });

  test('keeps its keys from the site\'s keyboard shortcuts', () => {
    const { button } = badgeWithButton(vi.fn());
    const shortcuts = vi.fn();
    document.addEventListener('keydown', shortcuts);
    document.addEventListener('keyup', shortcuts);
    try {
      button.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true }));
      button.dispatchEvent(new KeyboardEvent('keyup', { key: ' ', bubbles: true, composed: true }));
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', bubbles: true }));
      expect(shortcuts.mock.calls.map(([event]) => (event as KeyboardEvent).key)).toEqual(['k']);
    } finally {
      document.removeEventListener('keydown', shortcuts);
      document.removeEventListener('keyup', shortcuts);
    }
  });

  test('sends the one add message, keeps the click from the site\'s link, and shows where the creator went', async () => {
    const send = vi.fn<SendAddFromPage>(async () => ({ ok: true, id: 'entry-1', shortlist: SPRING }));
    const { button, status, followed } = badgeWithButton(send);
    button.click();
    expect(status()).toBe('Adding…');
    await vi.waitFor(() => expect(status()).toBe('Added to Spring launch'));
    expect(send.mock.calls).toEqual([[{ type: 'shortlist.add-from-page', creatorKey: 'tiktok:cook' }]]);
    expect(followed).not.toHaveBeenCalled();
  });

  test('a second click while the first waits sends nothing more; after the answer, a click sends again', async () => {
    let answer: (reply: BackgroundReply) => void = () => undefined;
    const send = vi.fn<SendAddFromPage>(() => new Promise((resolve) => (answer = resolve)));
    const { button, status } = badgeWithButton(send);
    button.click();
    button.click();
    expect(send).toHaveBeenCalledTimes(1);
    answer({ ok: true, id: 'entry-1', shortlist: SPRING, alreadyListed: true });
    await vi.waitFor(() => expect(status()).toBe('Already in Spring launch'));
    button.click();
    expect(send).toHaveBeenCalledTimes(2);
  });

  test.each<[string, SendAddFromPage, string]>([
    ['the background\'s refusal', async () => ({ ok: false, error: 'tiktok:cook is not a creator this page showed' }), 'Not added: tiktok:cook is not a creator this page showed'],
    ['a send that fails', async () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')), 'Not added: Castlist could not reach its background (Error: Could not establish connection. Receiving end does not exist.)'],
  ])('shows %s', async (_name, send, text) => {
    const { button, status } = badgeWithButton(send);
    button.click();
    await vi.waitFor(() => expect(status()).toBe(text));
  });

  test('a creator name with markup stays text', () => {
    const { button } = badgeWithButton(vi.fn(), '<img src=x onerror=alert(1)>');
    expect(button.getAttribute('aria-label')).toBe('Add <img src=x onerror=alert(1)> to shortlist');
    expect((button.getRootNode() as ShadowRoot).querySelector('img')).toBeNull();
  });
});
