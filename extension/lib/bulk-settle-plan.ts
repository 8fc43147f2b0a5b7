// The console's explicit bulk settle, as pure steps: which slots a reviewer selected, split into the requests
// the worker takes (MAX_BULK_SETTLE each), and what a refused confirmation (409 preview_stale) says changed.
import { MAX_BULK_SETTLE, type SettlePreviewItem, type StaleItem } from '../../shared/schemas/disagreements';

/** A slot as the selection keys it, and as the preview's `slots` parameter lists it: `enterpriseId:indicatorId`. */
export const slotKey = (slot: { enterpriseId: number; indicatorId: number }) => `${slot.enterpriseId}:${slot.indicatorId}`;

/** The selected slots as the `slots` parameters of the previews to ask for, at most MAX_BULK_SETTLE per request. */
export function slotChunks(keys: Iterable<string>, size = MAX_BULK_SETTLE): string[] {
  const all = [...new Set(keys)];
  const chunks: string[] = [];
  for (let i = 0; i < all.length; i += size) chunks.push(all.slice(i, i + size).join(','));
  return chunks;
}

/** One stale item as the reviewer reads it: which enterprise and indicator (from the preview) and why. */
export type StaleLine = { key: string; enterpriseName: string; indicatorCode: string; why: StaleItem['why'] };

export function staleLines(changed: readonly StaleItem[], previewed: readonly SettlePreviewItem[]): StaleLine[] {
  const byKey = new Map(previewed.map((item) => [slotKey(item), item]));
  return changed.map((c) => {
    const item = byKey.get(slotKey(c));
    return { key: slotKey(c), enterpriseName: item?.enterpriseName ?? `#${c.enterpriseId}`, indicatorCode: item?.indicatorCode ?? `#${c.indicatorId}`, why: c.why };
  });
}

/** The 409's `details.changed`, when the worker sent it in the documented shape. */
export function changedItems(details: unknown): StaleItem[] {
  const changed = (details as { changed?: unknown } | undefined)?.changed;
  return Array.isArray(changed) ? (changed as StaleItem[]) : [];
}
