// Captures waiting in a picker, each its maker's: another user signed in on the same browser neither sees nor
// discards it, and its maker finds it again after signing back in.
import type { ClipDraft } from '../../shared/schemas/clip';
import { clipDrafts, sessionItem } from './storage';

/** A draft captured while signed out belongs to whoever signs in to save it. */
export const draftShownTo = (draft: ClipDraft, userId: number | null) => draft.userId === undefined || draft.userId === userId;

const signedInUser = async () => (await sessionItem.getValue())?.user.id ?? null;

/** The draft, if the signed-in user may see it. */
export async function draftFor(draftId: string): Promise<ClipDraft | null> {
  const [drafts, userId] = await Promise.all([clipDrafts.getValue(), signedInUser()]);
  const draft = drafts[draftId];
  return draft && draftShownTo(draft, userId) ? draft : null;
}

/** Keeps a draft as the signed-in user's (a queued clip reopened to edit keeps the owner it had). */
export async function keepDraft(draft: ClipDraft): Promise<ClipDraft> {
  const owned = draft.userId === undefined ? { ...draft, userId: (await signedInUser()) ?? undefined } : draft;
  await clipDrafts.setValue({ ...(await clipDrafts.getValue()), [owned.id]: owned });
  return owned;
}

/** Drops a draft the signed-in user may see; returns it (null: none, or another user's, which stays). */
export async function dropDraft(draftId: string): Promise<ClipDraft | null> {
  const draft = await draftFor(draftId);
  if (!draft) return null;
  const drafts = await clipDrafts.getValue();
  delete drafts[draftId];
  await clipDrafts.setValue(drafts);
  return draft;
}
