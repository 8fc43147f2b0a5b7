// What a row of the access matrix says, and the groups of actors and targets the rows share.
import { creditCodes } from '../../support/test-world';
import type { Company } from './rounds';
import type { AccessWorld, Actor } from './world';

export type Call = {
  params?: Record<string, string | number>;
  query?: Record<string, string>;
  /** A JSON body. */
  body?: unknown;
  /** A raw body with its content type, for the one route that takes images. */
  upload?: { type: string; bytes: Uint8Array };
  /** Overrides the actor's token (a stand-in's), for calls that change or end the caller's own account. */
  token?: string | null;
  /** Request headers the route needs beyond the credential (the cookie sign-in's same-origin metadata). */
  headers?: Record<string, string>;
};

export type RouteRow = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As mounted under /api/v1, with :params. */
  route: string;
  /** Which target this row is about, when a route appears more than once. */
  target?: string;
  /** Who succeeds: everyone (no sign-in needed), any signed-in user, or these actors. */
  allow: 'everyone' | 'signed-in' | readonly Actor[];
  /** The status of success. */
  ok: number;
  /** Mutations: the audit action their success writes (exactly one row). */
  audit?: string;
  /** A read that takes a body (POST): it changes nothing and audits nothing. */
  read?: true;
  /** What the same actor's second success gets, when a row can succeed only once per actor (a conflict): the cookie
   *  caller repeats the allowed actor's call (matrix.test.ts). */
  again?: number;
  /** Only a bearer token (the extension) may call it: the allowed actor's cookie, even from the console's own page, is refused (403). */
  bearerOnly?: true;
  /** Expected statuses that are neither success nor the default denial. */
  except?: Partial<Record<Actor, number>>;
  call?: (w: AccessWorld, actor: Actor) => Call | Promise<Call>;
};

/** Everyone with a role in the rounds under test. */
export const roundMembers: Actor[] = ['admin', 'expert', 'reviewer', 'coordinator', 'coordinatorOther', 'enterprise', 'enterpriseOther'];

/** Who may see an enterprise's data in a round: admins, experts and reviewers, its street's coordinator, its own staff. */
export const seeing = {
  huaxin: ['admin', 'expert', 'reviewer', 'coordinator', 'enterprise'],
  jiaan: ['admin', 'expert', 'reviewer', 'coordinatorOther', 'enterpriseOther'],
} as const satisfies Partial<Record<Company, readonly Actor[]>>;

export const enterpriseOf = (w: AccessWorld, company: Company) => w.enterpriseId(creditCodes[company]);

/** The params of one scored slot: a round, an enterprise of it and an indicator by code. */
export const slotOf = (w: AccessWorld, roundId: number, company: Company, code: string) => ({
  roundId,
  enterpriseId: enterpriseOf(w, company),
  indicatorId: w.indicatorIds[code]!,
});
