// `npm run demo:evaluate -- --round <id> --step score|sign-off`: the demo experts' and reviewer's part of a
// round run in the console, through the API as those users: every demo expert of the round scores what their
// assignments cover (close to each other, so no disagreements), or the demo reviewer settles any open
// disagreement at its consensus and signs every enterprise off. For trying the console without scoring by hand.
import { parseArgs } from 'node:util';
import { assignmentCovers } from '../shared/domain/assignment-scope';
import { isApplicable } from '../shared/domain/scoring/applicability';
import type { Assignment } from '../shared/schemas/assignment';
import type { EnrolledEnterprise } from '../shared/schemas/enterprise';
import type { Member } from '../shared/schemas/members';
import type { EnterpriseResult } from '../shared/schemas/result';
import type { IndicatorNode } from '../shared/schemas/round';
import { demoUsers } from './demo/world';
import { inParallel, signedIn, type WorkerClient } from './lib/worker-client';

const { values } = parseArgs({ options: { round: { type: 'string' }, step: { type: 'string' }, server: { type: 'string', default: 'http://127.0.0.1:8787' } } });
const roundId = Number(values.round);
if (!Number.isInteger(roundId) || roundId < 1 || (values.step !== 'score' && values.step !== 'sign-off')) {
  console.error('Usage: npm run demo:evaluate -- --round <id> --step score|sign-off [--server http://127.0.0.1:8787]');
  process.exit(2);
}
const server = values.server!;
const admin = await signedIn(server, 'admin', demoUsers.find((u) => u.login === 'admin')!.password);

async function enrolled(): Promise<EnrolledEnterprise[]> {
  const all: EnrolledEnterprise[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: EnrolledEnterprise[]; nextCursor: string | null } = await admin.get(`/rounds/${roundId}/enterprises?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

/** Demo members of the round holding `role`, signed in. */
async function demoMembers(role: Member['role']): Promise<{ member: Member; client: WorkerClient }[]> {
  const { items } = await admin.get<{ items: Member[] }>(`/rounds/${roundId}/members?limit=500`);
  const known = items.filter((m) => m.role === role && demoUsers.some((u) => u.login === m.user.login));
  return Promise.all(known.map(async (member) => ({ member, client: await signedIn(server, member.user.login, demoUsers.find((u) => u.login === member.user.login)!.password) })));
}

/** A plausible share of the max score: the enterprise's level, a tilt per indicator, a small nudge per expert. */
const share = (enterpriseId: number, indicatorId: number, expert: number) =>
  Math.min(1, 0.55 + ((enterpriseId * 7919) % 40) / 100 + ((enterpriseId * 31 + indicatorId * 17) % 13 - 6) / 100 + (expert % 3) * 0.02);

async function score() {
  const [{ items: tree }, enterprises, experts] = await Promise.all([admin.get<{ items: IndicatorNode[] }>(`/rounds/${roundId}/indicators`), enrolled(), demoMembers('expert')]);
  const path = new Map(tree.map((n) => [n.id, n]));
  const leaves = tree.filter((n) => n.level === 3).map((n) => ({ ...n, groupId: n.parentId!, dimensionId: path.get(n.parentId!)!.parentId! }));
  for (const [index, { member, client }] of experts.entries()) {
    const { items } = await client.get<{ items: Assignment[] }>(`/rounds/${roundId}/assignments`);
    const coverage = items.map((a) => ({ indicatorIds: a.scope.map((s) => s.indicatorId), enterpriseIds: a.enterpriseIds }));
    const slots = enterprises.flatMap((e) =>
      leaves.filter((i) => isApplicable({ kind: i.kind!, industries: i.industries }, e.industry) && coverage.some((a) => assignmentCovers(a, i, e.id))).map((i) => ({ e, i })),
    );
    let written = 0;
    await inParallel(slots, 8, async ({ e, i }) => {
      const value = Math.round(share(e.id, i.id, index) * i.maxScore! * 2) / 2;
      const res = await client.call('PUT', `/rounds/${roundId}/enterprises/${e.id}/indicators/${i.id}/my-score`, { value, rationale: '演示评分:依据企业公开披露的社会责任报告评定。', version: 0 });
      if (res.status === 201) written++;
      else if (res.status !== 409) throw new Error(`${member.user.login} scoring ${i.code} of ${e.name}: ${res.status} ${JSON.stringify(res.data)}`);
    });
    console.log(`${member.user.displayName}: ${written} scores written (${slots.length - written} were there already)`);
  }
}

async function signOff() {
  const [[reviewer], enterprises] = await Promise.all([demoMembers('reviewer'), enrolled()]);
  if (!reviewer) throw new Error('The round has no demo reviewer: give the user "reviewer" the reviewer role in the console first');
  let signed = 0;
  await inParallel(enterprises, 4, async (e) => {
    const result = await reviewer.client.get<EnterpriseResult>(`/rounds/${roundId}/results/enterprises/${e.id}`);
    const open = result.dimensions.flatMap((d) => d.groups.flatMap((g) => g.indicators)).filter((i) => i.applicable && i.disagreement && !i.settled);
    for (const i of open) {
      await reviewer.client.call('PUT', `/rounds/${roundId}/enterprises/${e.id}/indicators/${i.id}/settlement`, { value: i.computedConsensus, reason: '演示:按专家共识分裁定。', version: 0 });
    }
    // Demo rounds leave evidence pending and completeness low: the demo reviewer confirms, and says why.
    const res = await reviewer.client.call('POST', `/rounds/${roundId}/enterprises/${e.id}/sign-off`, { comment: '演示签核', confirm: { reason: '演示:未审证据与完整度按演示数据签发。' } });
    if (res.status === 200) signed++;
    else console.warn(`${e.name}: ${res.status} ${JSON.stringify(res.data)}`);
  });
  console.log(`${reviewer.member.user.displayName}: ${signed} of ${enterprises.length} enterprises signed off`);
}

await (values.step === 'score' ? score() : signOff());
