// Right after a user signs in: their round, its indicator tree and its directory of enterprises by domain are asked for
// and kept on the device, so the first side panel opened does not wait for them (~100 ms of a first opening went to
// asking for the round, then the tree, and ~85 ms to looking at a never-seen page of an enterprise's site).
import { loadIndicatorTree } from '../../lib/indicator-trees';
import { followUserChange } from '../../lib/offline-copy';
import { resolveRound } from '../../lib/rounds';
import { refreshSiteDirectory } from '../../lib/site-directory';

export function setupSignInWarmUp() {
  followUserChange(async () => {
    const round = await resolveRound();
    if (round.ok) await Promise.all([loadIndicatorTree(round.value.id, round.value.framework), refreshSiteDirectory(round.value.id)]);
  });
}
