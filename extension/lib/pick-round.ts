// Which round the user works in, of those they may see: their stored choice if they still belong to it, else the
// latest open one. Pure, for the extension's and the web console's pages alike.
import type { Round } from '../../shared/schemas/round';

const openStates = new Set(['collecting', 'scoring', 'reviewing']);

export function pickRound(rounds: Round[], storedId: number | null): Round | null {
  const stored = rounds.find((r) => r.id === storedId);
  if (stored) return stored;
  const latestFirst = [...rounds].sort((a, b) => b.year - a.year || b.id - a.id);
  return latestFirst.find((r) => openStates.has(r.status)) ?? latestFirst[0] ?? null;
}
