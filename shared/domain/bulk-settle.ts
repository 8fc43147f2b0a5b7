// The explicit bulk settle, as pure rules: the value a stated rule gives each disagreement, whether a slot can
// still be settled as previewed, the version string of a slot's scores and the canonical text the preview token
// hashes. The routes read the slots and hash; nothing here touches the database.
import type { SettleRule, StaleItem } from '../schemas/disagreements';
import { consensus, disagrees } from './scoring/consensus';
import { round4 } from './scoring/rounding';

/** The value `rule` settles at: the experts' median, the mean of the middle two for an even count, four decimals half up. */
export function settleValue(rule: SettleRule, values: readonly number[]): number {
  switch (rule) {
    case 'median':
      return round4(consensus([...values], 'median', 0)!);
  }
}

/** Which scores at which versions a slot has: ids ascending, `id:version` joined by commas (the SQL guard builds the same). */
export const scoresVersionOf = (scores: readonly { id: number; version: number }[]) =>
  [...scores]
    .sort((a, b) => a.id - b.id)
    .map((s) => `${s.id}:${s.version}`)
    .join(',');

/** A slot as the bulk settle reads it now. */
export type SlotState = {
  enrolled: boolean;
  signedOff: boolean;
  applicable: boolean;
  settled: boolean;
  values: readonly number[];
  maxScore: number;
};

/** Why a slot cannot be settled in bulk now, or null when it is an unsettled disagreement of an open enterprise. */
export function unsettleable(state: SlotState, disagreementThreshold: number): StaleItem['why'] | null {
  if (!state.enrolled) return 'not_enrolled';
  if (state.signedOff) return 'signed_off';
  if (!state.applicable) return 'not_applicable';
  if (state.settled) return 'settled';
  if (!disagrees([...state.values], state.maxScore, disagreementThreshold)) return 'no_disagreement';
  return null;
}

export type PreviewedItem = { enterpriseId: number; indicatorId: number; value: number; scoresVersion: string };

/** The text the preview token is the SHA-256 of: the round, the rule and exactly which items get which value at which score versions. */
export const previewCanonical = (roundId: number, rule: SettleRule, items: readonly PreviewedItem[]) =>
  JSON.stringify([roundId, rule, items.map((i) => [i.enterpriseId, i.indicatorId, i.value, i.scoresVersion])]);
