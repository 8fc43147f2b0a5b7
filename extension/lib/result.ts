// Outcomes that cross message and network boundaries: errors do not survive serialisation, results do.
import type { ErrorCode } from '../../shared/errors';

export type Failure = { code: ErrorCode | 'network'; message: string; status: number; details?: unknown };
export type Result<T> = { ok: true; value: T } | { ok: false; error: Failure };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: Failure['code'], message: string, status = 0): Result<never> => ({ ok: false, error: { code, message, status } });
