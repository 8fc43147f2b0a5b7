// The world the access matrix runs in: the test world with its rounds in every state (rounds.ts), every
// actor of the matrix with a token, and marker texts in evidence, score rationales and a draft framework's
// name, so that any response body leaking what its reader may not see is caught.
import { inArray } from 'drizzle-orm';
import { evidence } from '../../../worker/db/schema';
import { creditCodes, type TestLogin } from '../../support/test-world';
import { makeSession, makeUser, type MadeUser } from '../accounts';
import { call, createWorld } from '../world';
import { derivedIdle } from '../support/derived';
import { BLIND_VALUE, companies, createMatrixRounds, type Company } from './rounds';
import { freshEvidence, freshFramework, frameworkDoc, pngBytes } from './targets';

/** Who calls: every role, the wrong street and enterprise, another round's user, dead tokens. */
export const actors = [
  'anonymous',
  'admin',
  'expert',
  'reviewer',
  'coordinator',
  'coordinatorOther',
  'enterprise',
  'enterpriseOther',
  'otherRound',
  'revoked',
  'expired',
] as const;
export type Actor = (typeof actors)[number];

/** The test-world login behind each signed-in actor; dead tokens belong to the expert. */
const loginOf: Record<Exclude<Actor, 'anonymous' | 'otherRound'>, TestLogin> = {
  admin: 'admin',
  expert: 'expert',
  reviewer: 'reviewer',
  coordinator: 'coordinator',
  coordinatorOther: 'coordinator-anting',
  enterprise: 'huaxin',
  enterpriseOther: 'jiaan',
  revoked: 'expert',
  expired: 'expert',
};

/** Whose data each actor must never receive in any body: enterprises outside its street, its own enterprise or its round. */
const unseen: Record<Actor, Company[]> = {
  anonymous: companies,
  admin: [],
  expert: [],
  reviewer: [],
  coordinator: ['jiaan'],
  coordinatorOther: ['huaxin', 'lvyuan'],
  enterprise: ['lvyuan', 'jiaan'],
  enterpriseOther: ['huaxin', 'lvyuan'],
  otherRound: companies,
  revoked: companies,
  expired: companies,
};
/** Who reads experts' scores before the round is published, and knows which expert gave them. */
const evaluators: Actor[] = ['admin', 'expert', 'reviewer'];

export async function createAccessWorld() {
  const world = await createWorld();
  const { db } = world;

  // Words that name their owner, so a leak of any of them is visible in a body: evidence and score
  // rationales per enterprise, the rationales and values of the round under review, and a draft framework's name
  // (and an expert's name, below).
  const markers = Object.fromEntries(companies.map((c) => [c, `证据标记-${c}-${crypto.randomUUID()}`])) as Record<Company, string>;
  const unpublishedScores = `未发布评分-${crypto.randomUUID()}`;
  const blindScore = `盲评-${crypto.randomUUID()}`;
  const draftName = `草稿标准-${crypto.randomUUID()}`;
  const rounds = await createMatrixRounds(world, { company: markers, unpublished: unpublishedScores, blind: blindScore });
  const draftFrameworkId = (await freshFramework(world, 'draft', frameworkDoc('matrix-draft', draftName))).id;
  const markerEvidence = {} as Record<Company, number>;
  for (const company of companies) markerEvidence[company] = await freshEvidence(world, company, { text: markers[company] });
  // Ending in 20 days: the round's expiring list names every enterprise's marker, which only its readers may see.
  const soon = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  await db.update(evidence).set({ expiresOn: soon }).where(inArray(evidence.id, Object.values(markerEvidence)));
  for (const company of ['huaxin', 'jiaan'] as const) {
    const res = await call(`/evidence/${markerEvidence[company]}/screenshot`, { method: 'PUT', token: world.tokens.expert, body: pngBytes(), headers: { 'content-type': 'image/png' } });
    if (res.status !== 201) throw new Error(`screenshot of ${company}: ${JSON.stringify(res.data)}`);
  }

  const otherRoundUser = await makeUser(db, { prefix: 'other-round', membership: { roundId: rounds.otherRoundId, role: 'expert', bureau: '区税务局' } });
  const live = (login: TestLogin) => world.tokens[login]!;
  const dead = (state: 'revoked' | 'expired') => makeSession(db, world.userIds.get('expert')!, state);
  const tokens: Record<Actor, string | null> = {
    anonymous: null,
    admin: live('admin'),
    expert: live('expert'),
    reviewer: live('reviewer'),
    coordinator: live('coordinator'),
    coordinatorOther: live('coordinator-anting'),
    enterprise: live('huaxin'),
    enterpriseOther: live('jiaan'),
    otherRound: await makeSession(db, otherRoundUser.id),
    revoked: await dead('revoked'),
    expired: await dead('expired'),
  };

  // The evaluators clip evidence, ask for documents, score, settle and sign off; the framework names none of them to
  // enterprises, before publication or after.
  const evaluatorNames = (await db.query.user.findMany({ where: (u, { inArray }) => inArray(u.login, ['expert', 'expert2', 'reviewer']) })).map((u) => u.displayName);
  const enterpriseNames = Object.fromEntries(
    (await db.query.enterprise.findMany()).map((e) => [companies.find((c) => creditCodes[c] === e.creditCode)!, e.name]),
  ) as Record<Company, string>;

  /** Texts that must not appear in any body this actor receives. */
  const forbiddenFor = (actor: Actor) => [
    ...unseen[actor].flatMap((c) => [markers[c], enterpriseNames[c], creditCodes[c]]),
    ...(evaluators.includes(actor) ? [] : [unpublishedScores, ...rounds.unpublishedValues.map((v) => `"value":${v}`)]),
    // Blind scoring: the expert has not scored lvyuan's ENV.1.2 under review, so neither expert2's rationale nor its
    // value, nor anything equal to it (consensus, min, max, a CSV cell), reaches them.
    ...(actor === 'expert' ? [blindScore, String(BLIND_VALUE)] : []),
    // Coordinators chase the experts of their street's progress by name; enterprises never learn who evaluates them.
    ...(evaluators.includes(actor) || actor.startsWith('coordinator') ? [] : evaluatorNames),
    ...(actor === 'admin' ? [] : [draftName]),
  ];

  /** A fresh user standing in for `actor` (same admin flag and round role) with its own live session, for
   *  calls that change or end the caller's own account. Dead-token actors get a dead session. */
  async function standIn(actor: Actor): Promise<MadeUser & { token: string | null }> {
    const like = actor === 'otherRound' ? otherRoundUser.id : actor === 'anonymous' ? null : world.userIds.get(loginOf[actor])!;
    const person = like === null ? undefined : await db.query.user.findFirst({ where: (u, { eq }) => eq(u.id, like) });
    const membership = like === null ? undefined : await db.query.roundMember.findFirst({ where: (m, { eq }) => eq(m.userId, like) });
    const made = await makeUser(db, { prefix: `stand-in-${actor}`, isAdmin: person?.isAdmin ?? false, membership });
    const state = actor === 'revoked' || actor === 'expired' ? actor : 'live';
    return { ...made, token: actor === 'anonymous' ? null : await makeSession(db, made.id, state) };
  }

  // The rounds' derived figures (ranks, statistics, progress, agreement) are refreshed on the queue after all this.
  await derivedIdle(db);
  return { ...world, ...rounds, draftFrameworkId, markerEvidence, actorTokens: tokens, forbiddenFor, standIn };
}
export type AccessWorld = Awaited<ReturnType<typeof createAccessWorld>>;
