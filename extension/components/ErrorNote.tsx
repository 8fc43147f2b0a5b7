/** An error from the worker or the network, in the user's language, with the server's own words beneath. */
import { i18n } from '#i18n';
import type { Failure } from '../lib/result';

export type ErrorNoteProps = { error: Failure };

export function ErrorNote({ error }: ErrorNoteProps) {
  return (
    <p class="error" role="alert" data-error-code={error.code}>
      {i18n.t(`errors.${error.code}`)}
      {error.message && <span class="muted"> — {error.message}</span>}
    </p>
  );
}
