/** The distribution of totals as bars of ten points each, with the median marked; an SVG that reads as text too. */
import { i18n } from '../../../lib/ports/messages';
import type { HistogramBin } from '../../../../shared/schemas/result-statistics';
import { barHeights } from '../../../lib/chart-geometry';

const W = 420;
const H = 180;
const PAD = { left: 28, bottom: 22, top: 14 };

export function TotalsHistogram({ bins, median }: { bins: HistogramBin[]; median: number | null }) {
  const plotH = H - PAD.bottom - PAD.top;
  const heights = barHeights(bins.map((b) => b.count), plotH);
  const step = (W - PAD.left) / bins.length;
  const x = (total: number) => PAD.left + (total / 100) * (W - PAD.left);
  const description = bins.map((b) => `${b.from}–${b.to}: ${b.count}`).join('; ');
  return (
    <svg class="chart histogram" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${i18n.t('console.results.histogram')}: ${description}`} data-testid="totals-histogram">
      <title>{i18n.t('console.results.histogram')}</title>
      {bins.map((b, i) => (
        <g key={b.from}>
          <rect x={PAD.left + i * step + 2} y={PAD.top + plotH - heights[i]!} width={step - 4} height={heights[i]!} class="bar" />
          {b.count > 0 && <text x={PAD.left + i * step + step / 2} y={PAD.top + plotH - heights[i]! - 3} class="value">{b.count}</text>}
          <text x={PAD.left + i * step} y={H - 6} class="axis">{b.from}</text>
        </g>
      ))}
      <text x={W - 2} y={H - 6} class="axis end">100</text>
      <line x1={PAD.left} x2={W} y1={PAD.top + plotH} y2={PAD.top + plotH} class="baseline" />
      {median !== null && (
        <line x1={x(median)} x2={x(median)} y1={PAD.top - 4} y2={PAD.top + plotH} class="median">
          <title>{i18n.t('console.results.median', [median.toFixed(1)])}</title>
        </line>
      )}
    </svg>
  );
}
