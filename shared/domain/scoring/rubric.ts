// The rubric level a score falls in: the highest level whose lower bound it reaches.

export function rubricLevelFor(rubric: readonly { min: number }[], value: number): number {
  let level = 0;
  rubric.forEach((band, index) => {
    if (value >= band.min) level = index;
  });
  return level;
}
