/** A failed request: the error in the user's language, and the fields a validation failure named. */
import type { Failure } from '../../../lib/result';
import { fieldsOfDetails } from '../../../lib/validation-fields';
import { ErrorNote } from '../../ErrorNote';
import { ValidationIssues } from './ValidationIssues';

export function FailureNote({ error }: { error: Failure }) {
  return (
    <>
      <ErrorNote error={error} />
      <ValidationIssues fields={fieldsOfDetails(error.details)} />
    </>
  );
}
