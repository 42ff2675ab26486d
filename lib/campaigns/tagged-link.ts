/**
 * A link tagged with a campaign's UTM parameters. The base URL keeps its own query and fragment as written (no
 * re-encoding): its own utm_source, utm_medium, utm_campaign or utm_content, if any, are replaced so that every link
 * of a campaign carries the same four; other parameters (utm_term, utm_id, ref, …) stay. Values are slugs, so they
 * need no escaping.
 */

export interface UtmParameters {
  source: string;
  medium: string;
  campaign: string;
  content: string;
}

const OWN_PARAMETERS = new Set(['utm_source', 'utm_medium', 'utm_campaign', 'utm_content']);

export class BaseUrlError extends Error {
  override name = 'BaseUrlError';
}

/** Throws BaseUrlError unless `base` is an absolute http(s) URL. */
export function checkBaseUrl(base: string): string {
  const trimmed = base.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new BaseUrlError(`base URL "${base}" is not an absolute URL (it needs https://…)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new BaseUrlError(`base URL "${base}" is not an http(s) URL`);
  return trimmed;
}

export function taggedLink(base: string, parameters: UtmParameters): string {
  const checked = checkBaseUrl(base);
  const hashAt = checked.indexOf('#');
  const fragment = hashAt >= 0 ? checked.slice(hashAt) : '';
  const beforeFragment = hashAt >= 0 ? checked.slice(0, hashAt) : checked;
  const queryAt = beforeFragment.indexOf('?');
  const path = queryAt >= 0 ? beforeFragment.slice(0, queryAt) : beforeFragment;
  const query = queryAt >= 0 ? beforeFragment.slice(queryAt + 1) : '';
  const kept = query.split('&').filter((pair) => pair !== '' && !OWN_PARAMETERS.has(parameterName(pair)));
  const ours = [
    `utm_source=${encodeURIComponent(parameters.source)}`,
    `utm_medium=${encodeURIComponent(parameters.medium)}`,
    `utm_campaign=${encodeURIComponent(parameters.campaign)}`,
    `utm_content=${encodeURIComponent(parameters.content)}`,
  ];
  return `${path}?${[...kept, ...ours].join('&')}${fragment}`;
}

function parameterName(pair: string): string {
  const name = pair.split('=')[0]!;
  try {
    return decodeURIComponent(name.replace(/\+/g, ' ')).toLowerCase();
  } catch {
    // A malformed escape is no name of ours: keep the pair as it was written.
    return name.toLowerCase();
  }
}
