import { describe, expect, it } from 'vitest';
import { barHeights, polygonPoints, radarPoint } from '../../extension/lib/chart-geometry';

const center = { x: 100, y: 100 };

describe('radarPoint', () => {
  it.each([
    [100, 0, 4, { x: 100, y: 0 }],
    [100, 1, 4, { x: 200, y: 100 }],
    [50, 2, 4, { x: 100, y: 150 }],
    [null, 3, 4, { x: 100, y: 100 }],
    [150, 0, 4, { x: 100, y: 0 }],
    [-5, 0, 4, { x: 100, y: 100 }],
  ])('value %j on axis %i of %i', (value, i, n, expected) => {
    expect(radarPoint(value, i, n, center, 100)).toEqual(expected);
  });
});

describe('polygonPoints', () => {
  it('joins one point per value', () => {
    expect(polygonPoints([100, 100, 100, 100], center, 100)).toBe('100,0 200,100 100,200 0,100');
  });
});

describe('barHeights', () => {
  it.each([
    [[0, 5, 10], 100, [0, 50, 100]],
    [[0, 0], 80, [0, 0]],
  ])('%j in %i', (counts, height, expected) => {
    expect(barHeights(counts, height)).toEqual(expected);
  });
});
