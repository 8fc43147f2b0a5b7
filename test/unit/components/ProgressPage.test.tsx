// @vitest-environment happy-dom
import './i18n';
import { render, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso/router';
import { describe, expect, it, vi } from 'vitest';
import { ProgressPage } from '../../../extension/components/console/progress/ProgressPage';
import { panelState } from './panel-fixture';
import { signedInReviewer } from './signed-in-reviewer';

signedInReviewer();

describe('the progress page', () => {
  it('asks for the first page of enterprises beside the totals, not once they have come', async () => {
    const asked: string[] = [];
    // The worker never answers: whatever is asked was asked without waiting for another answer.
    vi.stubGlobal('fetch', (input: RequestInfo | URL) => {
      asked.push(new URL(input instanceof Request ? input.url : String(input)).pathname);
      return new Promise<Response>(() => {});
    });
    const round = panelState().round;
    render(
      <LocationProvider>
        <ProgressPage round={round} linkResults />
      </LocationProvider>,
    );
    await waitFor(() => expect(asked.sort()).toEqual([`/api/v1/rounds/${round.id}/progress`, `/api/v1/rounds/${round.id}/progress/enterprises`]));
  });
});
