// Several API calls at once, as one result: all their values in order, or the first failure among them.
import type { Result } from './result';

type OkValue<R> = R extends { ok: true; value: infer V } ? V : never;
type Values<T extends readonly unknown[]> = { -readonly [K in keyof T]: T[K] extends Promise<infer R> ? OkValue<R> : never };

export async function allOk<T extends readonly Promise<Result<unknown>>[]>(calls: readonly [...T]): Promise<Result<Values<T>>> {
  const results = await Promise.all(calls);
  for (const result of results) if (!result.ok) return result;
  return { ok: true, value: results.map((r) => (r as { value: unknown }).value) as Values<T> };
}
