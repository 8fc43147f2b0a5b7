// Which side-panel states the background asked for lately to warm the browser's HTTP cache
// (entrypoints/background/panel-warm-up.ts): moving between the tabs of two enterprises' sites asks for each once.

/** A state is not asked for again within this long: a panel opened meanwhile revalidates whatever is cached. */
export const WARM_AGAIN_MS = 60_000;

export function panelWarmUps(againMs = WARM_AGAIN_MS) {
  const askedAt = new Map<string, number>();
  return {
    /** Whether to ask for this user's state of the enterprise in the round now; if so, it counts as asked at `now`. */
    claim(userId: number, roundId: number, enterpriseId: number, now: number): boolean {
      for (const [key, at] of askedAt) if (now - at >= againMs) askedAt.delete(key);
      const key = `${userId} ${roundId} ${enterpriseId}`;
      if (askedAt.has(key)) return false;
      askedAt.set(key, now);
      return true;
    },
  };
}
