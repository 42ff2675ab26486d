/**
 * A saved page or a saved response, made into what a reader reads: a document (parsed by happy-dom with scripts
 * off, as inert as the page text deserves) or a captured response.
 */
import { Window } from 'happy-dom';
import type { CapturedResponse } from '../lib/sites/page-input';

export interface SavedPage {
  document: Document | null;
  responses: CapturedResponse[];
  close(): Promise<void>;
}

export function loadSavedPage(text: string, url: string): SavedPage {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new Error(`the file looks like JSON but does not parse: ${(error as Error).message}`);
    }
    return { document: null, responses: [{ url, json, at: Date.now() }], close: async () => undefined };
  }
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableChildPageNavigation: true, disableChildFrameNavigation: true, disableMainFrameNavigation: true },
    },
  });
  // happy-dom 21 drops everything after a <style> inside an <svg> (capricorn86/happy-dom#2231): TikTok's pages have
  // them, and lose their state script. Readers never read CSS, so styles go before parsing.
  window.document.write(text.replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, ''));
  return {
    document: window.document as unknown as Document,
    responses: [],
    close: () => window.happyDOM.close(),
  };
}
