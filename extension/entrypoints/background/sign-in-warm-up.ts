// Right after a user signs in: their round and its indicator tree are asked for and kept on the device, so the first
// side panel opened does not wait for them (~100 ms of a first opening went to asking for the round, then the tree).
import { loadIndicatorTree } from '../../lib/indicator-trees';
import { followUserChange } from '../../lib/offline-copy';
import { resolveRound } from '../../lib/rounds';

export function setupSignInWarmUp() {
  followUserChange(async () => {
    const round = await resolveRound();
    if (round.ok) await loadIndicatorTree(round.value.id, round.value.framework);
  });
}
