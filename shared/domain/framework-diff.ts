// What changed between two versions of a framework, node by node (matched by code): added, removed,
// changed fields, moved to another parent or reordered among siblings; plus its name and settings.
import type { FrameworkDoc } from '../schemas/framework';
import { flattenFrameworkDoc, type FlatIndicator } from './framework-doc';

export type FieldChange = { field: string; before: unknown; after: unknown };

export type NodeChange =
  | { kind: 'added'; code: string; level: number; node: FlatIndicator }
  | { kind: 'removed'; code: string; level: number; node: FlatIndicator }
  | { kind: 'changed'; code: string; level: number; node: FlatIndicator; changes: FieldChange[] };

export type FrameworkDiff = {
  /** name, description */
  document: FieldChange[];
  /** One entry per top-level setting that differs (gradeBands, consensus, vetoGrade, …). */
  settings: FieldChange[];
  /** In the newer version's reading order, removed nodes last. */
  nodes: NodeChange[];
};

/** Deep equality of plain JSON values, whatever the order of object keys. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return keysA.length === keysB.length && keysA.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const fieldChanges = <T extends object>(before: T, after: T, fields: readonly (keyof T & string)[]): FieldChange[] =>
  fields.filter((f) => !sameValue(before[f], after[f])).map((f) => ({ field: f, before: before[f], after: after[f] }));

/** The fields of a node compared between versions (position is judged apart, among surviving siblings). */
const nodeFields = ['parentCode', 'name', 'weight', 'guidance', 'kind', 'industries', 'maxScore', 'rubric', 'keywords', 'validity'] as const;

/** Codes of nodes whose place among the siblings they keep in both versions changed. */
function reordered(before: Map<string, FlatIndicator>, after: Map<string, FlatIndicator>): Set<string> {
  const kept = [...after.values()].filter((n) => before.get(n.code)?.parentCode === n.parentCode);
  const byParent = Map.groupBy(kept, (n) => n.parentCode);
  const moved = new Set<string>();
  for (const siblings of byParent.values()) {
    const newOrder = [...siblings].sort((x, y) => x.position - y.position).map((n) => n.code);
    const oldOrder = [...siblings].sort((x, y) => before.get(x.code)!.position - before.get(y.code)!.position).map((n) => n.code);
    newOrder.forEach((code, i) => code !== oldOrder[i] && moved.add(code));
  }
  return moved;
}

export function diffFrameworks(before: FrameworkDoc, after: FrameworkDoc): FrameworkDiff {
  const old = new Map(flattenFrameworkDoc(before).map((n) => [n.code, n]));
  const now = new Map(flattenFrameworkDoc(after).map((n) => [n.code, n]));
  const order = reordered(old, now);
  const nodes: NodeChange[] = [];
  for (const node of now.values()) {
    const previous = old.get(node.code);
    if (!previous) {
      nodes.push({ kind: 'added', code: node.code, level: node.level, node });
      continue;
    }
    const changes = fieldChanges(previous, node, nodeFields);
    if (order.has(node.code)) changes.push({ field: 'position', before: previous.position, after: node.position });
    if (changes.length > 0) nodes.push({ kind: 'changed', code: node.code, level: node.level, node, changes });
  }
  for (const node of old.values()) if (!now.has(node.code)) nodes.push({ kind: 'removed', code: node.code, level: node.level, node });
  const settingKeys = [...new Set([...Object.keys(before.settings), ...Object.keys(after.settings)])] as (keyof FrameworkDoc['settings'])[];
  return {
    document: fieldChanges(before, after, ['name', 'description']),
    settings: fieldChanges(before.settings, after.settings, settingKeys),
    nodes,
  };
}
