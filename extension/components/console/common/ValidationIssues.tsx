/** Field problems, each with the field in the user's words (or where it is, such as an indicator's code) and what is wrong with it. */
import { fieldLabel, issueText } from '../../../lib/error-text';
import type { FieldProblem } from '../../../lib/validation-fields';

export type ValidationIssuesProps = { fields: FieldProblem[]; max?: number };

export function ValidationIssues({ fields, max = 50 }: ValidationIssuesProps) {
  if (fields.length === 0) return null;
  return (
    <ul class="issues" data-testid="validation-issues">
      {fields.slice(0, max).map((f, i) => {
        const label = fieldLabel(f.path) ?? f.path;
        return (
          <li key={i} data-path={f.path} data-reason={f.reason ?? f.code}>
            {label && <span class="field">{label}:</span>} {issueText(f)}
          </li>
        );
      })}
    </ul>
  );
}
