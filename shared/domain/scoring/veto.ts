// What a failed mandatory indicator is told: the threshold it had to reach (mandatoryFailRatio × max) and by
// how much its score missed it, so no explanation beside the veto reads like a pass.
import { round4 } from './rounding';

export type VetoShortfall = { threshold: number; missedBy: number };

export function vetoShortfall(consensus: number, maxScore: number, mandatoryFailRatio: number): VetoShortfall {
  const threshold = round4(mandatoryFailRatio * maxScore);
  return { threshold, missedBy: round4(Math.max(0, threshold - consensus)) };
}
