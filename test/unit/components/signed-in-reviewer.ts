// Component tests that call the worker: a reviewer's session in the fake browser's storage before each test, and
// every rendered tree and stubbed fetch gone after it.
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sessionItem } from '../../../extension/lib/storage';

export function signedInReviewer() {
  beforeEach(async () => {
    fakeBrowser.reset();
    await sessionItem.setValue({ token: 'test-token-0123456789abcdef', expiresAt: '2099-01-01T00:00:00.000Z', user: { id: 1, login: 'reviewer', displayName: 'Reviewer', isAdmin: false, memberships: [] } });
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });
}
