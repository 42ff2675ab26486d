/**
 * A fake of the WebExtension permissions API with the browsers' semantics for origins: `contains` is true when every
 * asked pattern is granted; `request` asks "the user" (the test's answer), grants on yes and fires onAdded; `remove`
 * revokes and fires onRemoved. It records whether `request` was called while a click was being handled, since
 * Firefox refuses a request made outside a user action.
 */
import { vi } from 'vitest';
import type { PermissionSet, PermissionsApi } from '../../lib/platform/extension-apis';
import { SITE_HOST_PATTERNS, SUPPORTED_HOST_PATTERNS } from '../../lib/sites/host-patterns';
import type { Platform } from '../../lib/reading/reading';

type Listener = (permissions: PermissionSet) => void;

export interface FakePermissions extends PermissionsApi {
  granted: Set<string>;
  /** What "the user" answers the next prompts. */
  answer: 'allow' | 'deny';
  /** True while a click handler runs (set by the test around the click). */
  handlingUserInput: boolean;
  requestsOutsideUserInput: number;
  /** The user revokes access in the browser's settings. */
  remove(permissions: PermissionSet): Promise<boolean>;
  /** The user grants access in the browser's settings (no prompt of ours). */
  grantInSettings(permissions: PermissionSet): Promise<void>;
  listenerCount(): number;
  request: PermissionsApi['request'] & ReturnType<typeof vi.fn>;
}

export function fakePermissions(grantedSites: readonly Platform[]): FakePermissions {
  const added = new Set<Listener>();
  const removed = new Set<Listener>();
  const event = (set: Set<Listener>) => ({
    addListener: (listener: Listener) => void set.add(listener),
    removeListener: (listener: Listener) => void set.delete(listener),
  });
  const fake: FakePermissions = {
    granted: new Set(grantedSites.flatMap((site) => SITE_HOST_PATTERNS[site])),
    answer: 'allow',
    handlingUserInput: false,
    requestsOutsideUserInput: 0,
    contains: async ({ origins = [] }) => origins.every((origin) => fake.granted.has(origin)),
    request: vi.fn(({ origins = [] }: PermissionSet) => {
      // Checked synchronously, as Firefox does: an await before the call would have ended the user action.
      if (!fake.handlingUserInput) {
        fake.requestsOutsideUserInput += 1;
        return Promise.reject(new Error('permissions.request may only be called from a user input handler'));
      }
      const outside = origins.filter((origin) => !(SUPPORTED_HOST_PATTERNS as readonly string[]).includes(origin));
      if (outside.length) return Promise.reject(new Error(`Cannot request origin permission for ${outside[0]} since it was not declared in the manifest`));
      if (fake.answer === 'deny') return Promise.resolve(false);
      return fake.grantInSettings({ origins }).then(() => true);
    }) as FakePermissions['request'],
    remove: async ({ origins = [] }) => {
      const gone = origins.filter((origin) => fake.granted.delete(origin));
      if (gone.length) for (const listener of removed) listener({ origins: gone, permissions: [] });
      return gone.length > 0;
    },
    grantInSettings: async ({ origins = [] }) => {
      const fresh = origins.filter((origin) => !fake.granted.has(origin));
      for (const origin of fresh) fake.granted.add(origin);
      if (fresh.length) for (const listener of added) listener({ origins: fresh, permissions: [] });
    },
    onAdded: event(added),
    onRemoved: event(removed),
    listenerCount: () => added.size + removed.size,
  };
  return fake;
}
