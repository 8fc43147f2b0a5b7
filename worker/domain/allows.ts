// The policy as a predicate, as routes hand it to the pure builders of a state (the side panel's parts).
import type { Action, SubjectOf } from '../policy/decide';

export type Allows = <A extends Action>(action: A, subject: SubjectOf<A>) => boolean;
