// The queued clips one user sees and acts on: another user of the same browser neither sees, counts nor discards them.
import type { ClipQueue, QueuedClip } from '../../shared/schemas/clip';

export const queuedFor = (queue: ClipQueue, userId: number | null): QueuedClip[] => queue.items.filter((item) => item.userId === userId);
