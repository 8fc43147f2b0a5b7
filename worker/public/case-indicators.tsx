/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// The indicators a case illustrates, as labels with their codes.
import type { PublicCase } from '../../shared/schemas/case';

export const CaseIndicators = ({ indicators }: { indicators: PublicCase['indicators'] }) => (
  <ul class="indicators" aria-label="所涉指标 Indicators">
    {indicators.map((i) => (
      <li>
        <span class="code">{i.code}</span> {i.name.zh} <span lang="en">{i.name.en}</span>
      </li>
    ))}
  </ul>
);
