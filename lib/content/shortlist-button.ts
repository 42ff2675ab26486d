/**
 * The "+ Shortlist" button on a creator's page badge: adds the creator to the last-used shortlist through the
 * content script's own message (`shortlist.add-from-page`; the background checks the creator against this page's
 * readings and picks the list, lib/background/add-from-page.ts), and says beside it what the background answered,
 * in a status region that screen readers read out. Built from text nodes only: the creator's name is page text.
 * Its style is the badge's (badge-element.ts). Small on purpose: every content script carries it (20 kB budget).
 */
import type { AddFromPageMessage, BackgroundReply } from '../messages/background-messages';

export type SendAddFromPage = (message: AddFromPageMessage) => Promise<BackgroundReply | undefined>;

/** What the button's status says once the background answered (or did not). */
export function addOutcomeText(reply: BackgroundReply | undefined): string {
  if (!reply) return 'Not added: Castlist did not answer, try again';
  if (!reply.ok) return `Not added: ${reply.error}`;
  return `${reply.alreadyListed ? 'Already in' : 'Added to'} ${reply.shortlist?.name}`;
}

/** Appends the button and its status to a badge's shadow root. */
export function appendShortlistButton(shadow: ShadowRoot, creatorKey: string, creatorName: string, send: SendAddFromPage): void {
  // No type="button" needed: a button in a shadow root belongs to no form of the page.
  const button = shadow.ownerDocument.createElement('button');
  const status = shadow.ownerDocument.createElement('span');
  button.className = 'add';
  button.textContent = '+ Shortlist';
  button.setAttribute('aria-label', `Add ${creatorName} to shortlist`);
  status.className = 'said';
  status.setAttribute('role', 'status');
  let busy = false;
  // Enter and Space on the button are the button's: not the site's keyboard shortcuts (YouTube's Space plays).
  button.onkeydown = button.onkeyup = (event) => event.stopPropagation();
  button.onclick = (event) => {
    // The badge may sit inside the site's own link: this click is ours alone.
    event.preventDefault();
    event.stopPropagation();
    if (busy) return;
    busy = true;
    status.textContent = 'Adding…';
    send({ type: 'shortlist.add-from-page', creatorKey })
      .then(addOutcomeText, (error: unknown) => `Not added: Castlist could not reach its background (${error})`)
      .then((text) => {
        status.textContent = text;
        busy = false;
      });
  };
  shadow.append(button, status);
}
