/**
 * What a captured response's URL says about it: X's web app calls GraphQL as
 * `/i/api/graphql/{queryId}/{OperationName}?variables={…JSON…}&features=…` (GET), so the operation and its
 * variables (screen_name, userId, focalTweetId, rawQuery) name what the response is about.
 */
import { type Json, asRecord } from '../json-path';

export interface GraphqlRequest {
  operation: string | null;
  variables: Record<string, Json>;
}

export function graphqlRequestOf(url: string): GraphqlRequest {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { operation: null, variables: {} }; // not a URL: a response we cannot place
  }
  const operation = /\/graphql\/[^/]+\/(\w+)/.exec(parsed.pathname)?.[1] ?? null;
  const raw = parsed.searchParams.get('variables');
  let variables: Record<string, Json> = {};
  if (raw) {
    try {
      variables = asRecord(JSON.parse(raw)) ?? {};
    } catch {
      variables = {}; // variables that are not JSON: the response is placed by its content alone
    }
  }
  return { operation, variables };
}
