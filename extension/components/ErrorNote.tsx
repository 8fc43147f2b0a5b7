/** An error from the worker or the network, in the user's language: the text for its code, never the server's English. */
import { errorText } from '../lib/error-text';
import type { Failure } from '../lib/result';

export type ErrorNoteProps = { error: Failure };

export function ErrorNote({ error }: ErrorNoteProps) {
  return (
    <p class="error" role="alert" data-error-code={error.code}>
      {errorText(error)}
    </p>
  );
}
