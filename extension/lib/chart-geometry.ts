// Geometry of the console's SVG charts, kept apart from drawing so it can be checked with numbers.

export type Point = { x: number; y: number };

/** The angle of axis `i` of `n`, the first pointing straight up, going clockwise. */
export const axisAngle = (i: number, n: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;

/** Where `value` (of `max`) lies on axis `i` of `n` around `center` with the given radius; no value is the centre. */
export function radarPoint(value: number | null, i: number, n: number, center: Point, radius: number, max = 100): Point {
  const r = (Math.max(0, Math.min(max, value ?? 0)) / max) * radius;
  const angle = axisAngle(i, n);
  return { x: round(center.x + r * Math.cos(angle)), y: round(center.y + r * Math.sin(angle)) };
}

/** An SVG polygon's points attribute for one series of values. */
export const polygonPoints = (values: readonly (number | null)[], center: Point, radius: number) =>
  values.map((v, i) => radarPoint(v, i, values.length, center, radius)).map((p) => `${p.x},${p.y}`).join(' ');

/** Bar heights scaled so the tallest bar fills `height`. */
export function barHeights(counts: readonly number[], height: number) {
  const most = Math.max(1, ...counts);
  return counts.map((c) => round((c / most) * height));
}

const round = (n: number) => Math.round(n * 100) / 100;
