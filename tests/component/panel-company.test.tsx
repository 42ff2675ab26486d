/**
 * A LinkedIn company page and a person with the same slug are two creators in the panel too: /company/<slug> shows
 * the company's row (linkedin:company:<slug>) and /in/<slug> the person's, never one for the other.
 */
import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { CastlistPanel } from '../../components/CastlistPanel';
import type { CastlistDatabase } from '../../lib/db/castlist-db';
import { at, creatorRow, exact, freshDb, HOUR, T0 } from './panel-rows';

const now = () => T0 + HOUR;
let db: CastlistDatabase;

beforeEach(async () => {
  db = freshDb();
  await db.creators.bulkAdd([
    creatorRow({ key: 'linkedin:company:acme-sample', platform: 'linkedin', kind: 'company', handle: 'acme-sample', name: 'Acme Sample Inc.', url: 'https://www.linkedin.com/company/acme-sample/', latest: { followers: at(exact(250_311), T0) } }),
    creatorRow({ key: 'linkedin:acme-sample', platform: 'linkedin', handle: 'acme-sample', name: 'Ada Acme', url: 'https://www.linkedin.com/in/acme-sample/', latest: { followers: at(exact(812), T0) } }),
  ]);
});

afterEach(async () => {
  await db.delete();
});

it.each([
  ['https://www.linkedin.com/company/acme-sample/posts/', 'Acme Sample Inc.', 'Ada Acme', '250,311'],
  ['https://www.linkedin.com/in/acme-sample/', 'Ada Acme', 'Acme Sample Inc.', '812'],
])('%s shows its own creator', async (url, name, other, followers) => {
  render(<CastlistPanel db={db} url={url} locale="en-GB" timeZone="UTC" now={now} />);
  expect(await screen.findByRole('heading', { level: 1, name: new RegExp(name) })).toBeInTheDocument();
  expect(document.body).toHaveTextContent(followers);
  expect(document.body).not.toHaveTextContent(other);
});
