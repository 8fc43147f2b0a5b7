// An indicator's outcome as clients read it: the figures of the evaluation (or of the stored result) with
// the rubric level its consensus falls in.
import type { IndicatorOutcome } from '../../schemas/result';
import { rubricLevelFor } from './rubric';

export const indicatorOutcome = (o: Omit<IndicatorOutcome, 'rubricLevel'>, rubric: readonly { min: number }[]): IndicatorOutcome => ({
  expertCount: o.expertCount,
  minValue: o.minValue,
  maxValue: o.maxValue,
  computedConsensus: o.computedConsensus,
  settled: o.settled,
  consensus: o.consensus,
  rubricLevel: o.consensus === null ? null : rubricLevelFor(rubric, o.consensus),
  disagreement: o.disagreement,
  failedMandatory: o.failedMandatory,
  belowRectification: o.belowRectification,
});
