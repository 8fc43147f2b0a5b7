// Grades from the framework's bands, with the one-vote veto that caps them.
import type { GradeBand } from '../../schemas/framework';

/** Index of the first band (best first) whose lower bound the total reaches; the last band starts at 0. */
export function bandIndex(bands: readonly Pick<GradeBand, 'minTotal'>[], total: number): number {
  const index = bands.findIndex((band) => total >= band.minTotal);
  return index < 0 ? bands.length - 1 : index;
}

/** A failed mandatory indicator caps the grade at the veto grade: the worse of the two counts. */
export function cappedGradeIndex(band: number, vetoIndex: number, vetoed: boolean): number {
  return vetoed ? Math.max(band, vetoIndex) : band;
}
