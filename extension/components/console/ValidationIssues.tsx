/** Field problems, each with the path of the field and what is wrong with it. */
import type { FieldProblem } from '../../lib/validation-fields';

export type ValidationIssuesProps = { fields: FieldProblem[]; max?: number };

export function ValidationIssues({ fields, max = 50 }: ValidationIssuesProps) {
  if (fields.length === 0) return null;
  return (
    <ul class="issues" data-testid="validation-issues">
      {fields.slice(0, max).map((f, i) => (
        <li key={i}>
          <span class="code">{f.path || '—'}</span> {f.message}
        </li>
      ))}
    </ul>
  );
}
