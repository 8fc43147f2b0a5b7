// Variants of a valid request for the fuzz suite (fast-check arbitraries): the request itself, near-valid ones
// (a field dropped, the wrong type, a boundary number, an extra field) and hostile ones (huge strings, deep
// nesting, RTL overrides and astral characters, SQL-ish and script-ish text, prototype-pollution keys, a body
// that is not JSON, a path parameter that is not an id).
import fc from 'fast-check';

/** Texts an attacker or a careless page would send. */
export const hostileTexts = [
  "'; DROP TABLE evidence; --",
  "1' OR '1'='1",
  'Robert"); DELETE FROM score WHERE ("1"="1',
  '%\' AND 1=1 --',
  '<script>globalThis.__fuzzed = 1</script>',
  '<img src=x onerror="globalThis.__fuzzed=1">',
  'javascript:alert(1)',
  '"><svg/onload=alert(1)>',
  '{{constructor.constructor("return 1")()}}',
  '\u202Egnp.exe\u202C',
  '\u200F\u200E\u2066\u2069',
  '𠮷野家🧑‍🤝‍🧑👨‍👩‍👧‍👦',
  '\uD800',
  '\uDFFF\uD800',
  '\u0000\u0001\u001F',
  '\uFEFF',
  ' ',
  '',
  '../../../../etc/passwd',
  '${7*7}',
] as const;

export const boundaryNumbers = [0, -0, -1, 1, 0.5, -0.5, 2 ** 31 - 1, 2 ** 31, 2 ** 53, -(2 ** 53), Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308, 5e-324] as const;

/** Keys that would pollute Object.prototype if a body were merged into an object carelessly. */
export const pollutingKeys = ['__proto__', 'constructor', 'prototype'] as const;

/** Path parameters that are not ids of anything: never small numbers, which name real rows. */
export const hostileParams = ['0', '-1', '1.5', 'abc', '1e3', '9007199254740993', '99999999999999999999', '%20', '%00', "1'--", '١٢٣', '0x10'] as const;

const nested = (depth: number): unknown => {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i++) value = i % 2 ? { a: value } : [value];
  return value;
};

const text = fc.oneof(
  fc.constantFrom(...hostileTexts),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('x'.repeat(10_001), '字'.repeat(50_000), 'a'.repeat(300_000)),
);

/** Letters of the names people search for, in both widths and several scripts, with LIKE's wildcards. */
const nameLetters = [...'上海华鑫汽车零部件有限公司嘉定分公司ABCxyz019ＡＢＣｘｙｚ０１９　 -()（）·%_\\ΑβЖжآ𠮷é'];

/**
 * What a search box may send: real names at and past their full length (17 Chinese characters are 51 bytes,
 * past D1's 50-byte LIKE limit), 49 ASCII characters and more, full-width, mixed scripts, up to and over the
 * schema's maximum, and the hostile texts.
 */
export const searchQuery: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...hostileTexts),
  fc.constantFrom('上海华鑫汽车零部件制造有限公司嘉定分公司', '９１３１０１１４ＭＡ１ＧＴ３５Ｋ７Ｈ', 'ｓｈａｎｇｈａｉ　ＨＵＡＸＩＮ auto 汽车'),
  fc.string({ unit: fc.constantFrom(...nameLetters), minLength: 17, maxLength: 220 }),
  fc.string({ unit: 'grapheme', minLength: 17, maxLength: 220 }),
  fc.string({ unit: 'binary-ascii', minLength: 49, maxLength: 220 }),
  fc.integer({ min: 17, max: 220 }).map((n) => '字'.repeat(n)),
  fc.integer({ min: 49, max: 220 }).map((n) => 'Ｗ'.repeat(n)),
);

/** Any JSON value a field might receive instead of its own. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(...boundaryNumbers),
  text,
  fc.constant(null),
  fc.array(fc.oneof(fc.integer(), text), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.integer(), text), { maxKeys: 3 }),
  fc.integer({ min: 50, max: 3_000 }).map(nested),
);

export type Mutation =
  | { kind: 'valid' }
  | { kind: 'drop'; at: number }
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'extra'; key: string; value: unknown }
  | { kind: 'body'; value: unknown }
  | { kind: 'raw'; text: string }
  | { kind: 'param'; at: number; value: string };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ kind: 'valid' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: wrongValue }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('extra' as const), key: fc.oneof(fc.constantFrom(...pollutingKeys), fc.string({ maxLength: 12 })), value: wrongValue }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('body' as const), value: wrongValue }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('raw' as const), text: fc.constantFrom('{', '{"a":', 'null', '[1,2', '\u0000', '{"a":1}garbage', "{'a':1}", 'NaN') }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('param' as const), at: fc.nat(), value: fc.constantFrom(...hostileParams) }) },
);

type Path = (string | number)[];

/** Every path into a JSON value (objects and arrays, at any depth), the root excluded. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

function edited(body: unknown, path: Path, change: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const copy = structuredClone(body) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  change(parent, path.at(-1)!);
  return copy;
}

export type Request = { params: Record<string, string | number>; body?: string };

/** The request a mutation makes of a valid one (its body already JSON text, so polluting keys stay keys). */
export function mutate(valid: { params?: Record<string, string | number>; body?: unknown }, m: Mutation): Request {
  const params = { ...valid.params };
  const json = (value: unknown) => (value === undefined ? undefined : JSON.stringify(value));
  const paths = pathsOf(valid.body);
  switch (m.kind) {
    case 'valid':
      return { params, body: json(valid.body) };
    case 'drop': {
      const path = paths[m.at % Math.max(1, paths.length)];
      if (!path) return { params, body: json(valid.body) };
      return { params, body: json(edited(valid.body, path, (parent, key) => (Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key]))) };
    }
    case 'replace': {
      const path = paths[m.at % Math.max(1, paths.length)];
      return { params, body: json(path ? edited(valid.body, path, (parent, key) => (parent[key] = m.value)) : m.value) };
    }
    case 'extra': {
      const base = valid.body !== null && typeof valid.body === 'object' && !Array.isArray(valid.body) ? valid.body : {};
      const rest = JSON.stringify(base).slice(1);
      return { params, body: `{${JSON.stringify(m.key)}:${JSON.stringify(m.value)}${rest === '}' ? '}' : `,${rest}`}` };
    }
    case 'body':
      return { params, body: json(m.value) };
    case 'raw':
      return { params, body: m.text };
    case 'param': {
      const names = Object.keys(params);
      if (names.length > 0) params[names[m.at % names.length]!] = m.value;
      return { params, body: json(valid.body) };
    }
  }
}
