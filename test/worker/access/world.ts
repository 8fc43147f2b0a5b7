// The world the access matrix runs in: the test world, a round nobody of it belongs to, a closed round,
// every actor of the matrix with a token, and a marker text per enterprise in evidence so that any
// response body leaking another enterprise's data is caught.
import { evidence, round, roundEnterprise } from '../../../worker/db/schema';
import { creditCodes, type TestLogin } from '../../support/test-world';
import { makeSession, makeUser, type MadeUser } from '../accounts';
import { createWorld } from '../world';

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

type Company = keyof typeof creditCodes;
const companies = Object.keys(creditCodes) as Company[];

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

export async function createAccessWorld() {
  const world = await createWorld();
  const { db } = world;
  const [other, closed] = await db
    .insert(round)
    .values([
      { nameZh: '2025年度测评', nameEn: '2025 evaluation', year: 2025, status: 'collecting', frameworkId: world.frameworkId },
      { nameZh: '2024年度测评', nameEn: '2024 evaluation', year: 2024, status: 'closed', frameworkId: world.frameworkId },
    ])
    .returning({ id: round.id });
  const otherRoundId = other!.id;
  const closedRoundId = closed!.id;
  await db.insert(roundEnterprise).values({ roundId: closedRoundId, enterpriseId: world.enterpriseId(creditCodes.huaxin) });
  const otherRoundUser = await makeUser(db, { prefix: 'other-round', membership: { roundId: otherRoundId, role: 'expert', bureau: '区税务局' } });

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

  // Evidence whose words name its enterprise, so a leak of any of it is visible in a body.
  const markers = Object.fromEntries(companies.map((c) => [c, `证据标记-${c}-${crypto.randomUUID()}`])) as Record<Company, string>;
  const indicatorId = (await db.query.indicator.findFirst({ where: (i, { eq, and }) => and(eq(i.frameworkId, world.frameworkId), eq(i.level, 3)) }))!.id;
  for (const company of companies) {
    await db.insert(evidence).values({
      roundId: world.roundId,
      enterpriseId: world.enterpriseId(creditCodes[company]),
      indicatorId,
      kind: 'clip',
      url: `https://${company}.example.cn/csr`,
      title: markers[company],
      quote: markers[company],
      capturedBy: world.userIds.get('expert')!,
      capturedAt: new Date().toISOString(),
      idempotencyKey: `marker-${company}-${crypto.randomUUID()}`,
    });
  }
  const enterpriseNames = Object.fromEntries(
    (await db.query.enterprise.findMany()).map((e) => [companies.find((c) => creditCodes[c] === e.creditCode)!, e.name]),
  ) as Record<Company, string>;

  /** Texts that must not appear in any body this actor receives. */
  const forbiddenFor = (actor: Actor) => unseen[actor].flatMap((c) => [markers[c], enterpriseNames[c], creditCodes[c]]);

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

  return { ...world, otherRoundId, closedRoundId, actorTokens: tokens, forbiddenFor, standIn };
}
export type AccessWorld = Awaited<ReturnType<typeof createAccessWorld>>;
