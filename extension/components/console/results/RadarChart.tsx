/** An enterprise's five dimension scores against the round's median on a radar of rings at 20-point steps. */
import { i18n } from '../../../lib/ports/messages';
import { polygonPoints, radarPoint } from '../../../lib/chart-geometry';

export type RadarAxis = { label: string; value: number | null; median: number | null };

const SIZE = 360;
const CENTER = { x: SIZE / 2, y: SIZE / 2 };
const RADIUS = 120;
const RINGS = [20, 40, 60, 80, 100];

export function RadarChart({ axes, name }: { axes: RadarAxis[]; name: string }) {
  const n = axes.length;
  const description = axes.map((a) => `${a.label} ${a.value ?? '—'} (${i18n.t('console.results.roundMedian')} ${a.median ?? '—'})`).join('; ');
  return (
    <figure class="radar">
      <svg class="chart radar-chart" viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={`${name}: ${description}`} data-testid="radar-chart">
        <title>{i18n.t('console.results.radarTitle')}</title>
        {RINGS.map((ring) => (
          <polygon key={ring} points={polygonPoints(axes.map(() => ring), CENTER, RADIUS)} class="ring" />
        ))}
        {axes.map((a, i) => {
          const end = radarPoint(100, i, n, CENTER, RADIUS);
          const label = radarPoint(122, i, n, CENTER, RADIUS, 100);
          const anchor = Math.abs(label.x - CENTER.x) < 4 ? 'middle' : label.x > CENTER.x ? 'start' : 'end';
          return (
            <g key={a.label}>
              <line x1={CENTER.x} y1={CENTER.y} x2={end.x} y2={end.y} class="spoke" />
              <text x={label.x} y={label.y} text-anchor={anchor} dominant-baseline="middle" class="axis-label">{a.label}</text>
            </g>
          );
        })}
        <polygon points={polygonPoints(axes.map((a) => a.median), CENTER, RADIUS)} class="series median" data-testid="radar-median" />
        <polygon points={polygonPoints(axes.map((a) => a.value), CENTER, RADIUS)} class="series own" data-testid="radar-own" />
        {axes.map((a, i) => {
          const p = radarPoint(a.value, i, n, CENTER, RADIUS);
          return <circle key={a.label} cx={p.x} cy={p.y} r={3} class="dot" />;
        })}
      </svg>
      <figcaption class="legend">
        <span class="swatch own" /> {name} <span class="swatch median" /> {i18n.t('console.results.roundMedian')}
      </figcaption>
    </figure>
  );
}
