// Which round the user works in: their stored choice if they still belong to it, else the latest open one.
import type { Round } from '../../shared/schemas/round';
import { request } from './api';
import { withOfflineCopy } from './offline-copy';
import { fail, ok, type Result } from './result';
import { pickRound } from './pick-round';
import { currentRoundId, offlineCopies } from './storage';

export async function resolveRound(): Promise<Result<Round>> {
  const rounds = await withOfflineCopy('rounds', () => request((api) => api.api.v1.rounds.$get()));
  if (!rounds.ok) return rounds;
  const round = pickRound(rounds.value.items, await currentRoundId.getValue());
  if (!round) return fail('round_not_found', 'No round');
  await currentRoundId.setValue(round.id);
  return ok(round);
}

/** The round as last resolved, from the answers kept on this device (offlineCopies) and the stored choice (null before the first answer). */
export function keptRound(copies: Record<string, unknown>, stored: number | null): Round | null {
  const rounds = (copies['rounds'] as { items: Round[] } | undefined)?.items;
  return rounds ? pickRound(rounds, stored) : null;
}

/** The round as last resolved, from what is kept on this device, without asking the worker. */
export async function cachedRound(): Promise<Round | null> {
  const [copies, stored] = await Promise.all([offlineCopies.getValue(), currentRoundId.getValue()]);
  return keptRound(copies, stored);
}
