// What a user chose in the picker last time (indicator per round, enterprise per site, screenshot or not), kept
// per user so the next user of the same browser starts afresh and the first finds theirs after signing back in.
import type { ClipChoice } from '../../shared/schemas/clip';
import { enterpriseBySiteOf, lastIndicatorByRoundOf, screenshotByDefaultOf } from './storage';

export type RecalledChoices = {
  lastIndicatorId: number | null;
  remembered: { id: number; name: string } | null;
  screenshotByDefault: boolean;
};

const nothing: RecalledChoices = { lastIndicatorId: null, remembered: null, screenshotByDefault: false };

/** The user's last choices for a round and site (nothing for nobody signed in). */
export async function recallChoices(userId: number | null, roundId: number, host: string): Promise<RecalledChoices> {
  if (userId === null) return nothing;
  const [indicators, enterprises, screenshot] = await Promise.all([
    lastIndicatorByRoundOf(userId).getValue(),
    enterpriseBySiteOf(userId).getValue(),
    screenshotByDefaultOf(userId).getValue(),
  ]);
  return { lastIndicatorId: indicators[roundId] ?? null, remembered: enterprises[`${roundId}:${host}`] ?? null, screenshotByDefault: screenshot };
}

/** Keeps what the user chose in a clip they saved. */
export async function rememberChoice(userId: number, choice: ClipChoice, host: string): Promise<void> {
  const indicators = lastIndicatorByRoundOf(userId);
  const enterprises = enterpriseBySiteOf(userId);
  await Promise.all([
    screenshotByDefaultOf(userId).setValue(Boolean(choice.screenshot)),
    indicators.setValue({ ...(await indicators.getValue()), [choice.roundId]: choice.indicatorId }),
    enterprises.setValue({ ...(await enterprises.getValue()), [`${choice.roundId}:${host}`]: choice.enterprise }),
  ]);
}
