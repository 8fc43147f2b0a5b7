/** The sum of sibling weights, checked live against what it must be (dimension weights sum to 100). */
import { i18n } from '../../../lib/ports/messages';

export type WeightSumProps = { label: string; weights: number[]; target?: number };

export function WeightSum({ label, weights, target }: WeightSumProps) {
  const sum = Math.round(weights.reduce((total, w) => total + (Number.isFinite(w) ? w : 0), 0) * 1000) / 1000;
  const ok = target === undefined || Math.abs(sum - target) < 1e-6;
  return (
    <p class={ok ? 'weight-sum ok' : 'weight-sum error'} role="status" data-testid="weight-sum">
      {label}: Σ = {sum}
      {target !== undefined && (ok ? ` ✓` : ` — ${i18n.t('console.editor.mustSum', [String(target)])}`)}
    </p>
  );
}
