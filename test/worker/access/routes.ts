// THE access matrix: every route of the API with who may call it. The runner (matrix.test.ts) calls each
// row as every actor and checks the status, that a denied call changes nothing and an allowed mutation
// leaves exactly one audit row, and that no body carries data the actor may not see; it also checks that
// every route the worker mounts has a row.
//
// Adding a route is adding a row (row.ts says what a row holds) to the file of its area: method, route
// template, who is allowed with which status, the audit action if it mutates, and a `call` that supplies
// params/body (fresh targets per actor for mutations, targets.ts). A route whose outcome depends on its
// target (own or other enterprise or street, inside or outside an assignment, open or closed round,
// draft or published framework, before or after publication) has a row per target.
import type { RouteRow } from './row';
import { accountRows } from './rows/accounts';
import { consoleRows } from './rows/console';
import { continuityRows } from './rows/continuity';
import { evidenceRows } from './rows/evidence';
import { finderRows } from './rows/finder';
import { frameworkRows } from './rows/frameworks';
import { queueRows } from './rows/queues';
import { rigourRows } from './rows/rigour';
import { roundRows } from './rows/rounds';
import { scoringRows } from './rows/scoring';

export const routes: RouteRow[] = [...accountRows, ...frameworkRows, ...roundRows, ...evidenceRows, ...scoringRows, ...consoleRows, ...continuityRows, ...rigourRows, ...finderRows, ...queueRows];
