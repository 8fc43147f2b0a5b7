// Edits of a framework document in the draft editor, on a copy the caller made: adding, removing, moving
// and re-parenting nodes with the codes the schema expects (DIM, DIM.n, DIM.n.m) kept consistent.
import type { DimensionDoc, FrameworkDoc, IndicatorDoc, SecondLevelDoc } from '../schemas/framework';

/** Where a node is: a dimension, a group in it, or an indicator in that group. */
export type NodePath = { d: number; g?: number; i?: number };

/** The next free number under `parentCode` among the codes of `siblings` (STAFF.3 after STAFF.1 and STAFF.2). */
export function nextCode(parentCode: string, siblings: readonly { code: string }[]) {
  const numbers = siblings.map((s) => Number(s.code.slice(parentCode.length + 1))).filter(Number.isFinite);
  return `${parentCode}.${Math.max(0, ...numbers) + 1}`;
}

/** A new indicator to fill in: valid as it is, so the draft stays saveable while being edited. */
export const indicatorTemplate = (code: string): IndicatorDoc => ({
  code,
  name: { zh: '新指标', en: 'New indicator' },
  guidance: { zh: '待补充评分指引', en: 'Scoring guidance to be written' },
  kind: 'voluntary',
  industries: [],
  weight: 1,
  maxScore: 10,
  rubric: [
    { min: 0, label: { zh: '未达标', en: 'Not met' }, description: { zh: '未达到要求', en: 'Below the requirement' } },
    { min: 6, label: { zh: '达标', en: 'Met' }, description: { zh: '达到要求', en: 'Meets the requirement' } },
  ],
  keywords: { zh: ['关键词'], en: ['keyword'] },
  validity: { basis: 'figures', maxAgeMonths: 24 },
});

const groupTemplate = (code: string): SecondLevelDoc => ({ code, name: { zh: '新分组', en: 'New group' }, weight: 1, children: [indicatorTemplate(`${code}.1`)] });

/** Gives every group and indicator under `dimension` codes below the dimension's code, keeping their numbers. */
function recodeChildren(dimension: DimensionDoc) {
  for (const group of dimension.children) {
    const number = group.code.split('.').at(-1)!;
    group.code = `${dimension.code}.${number}`;
    for (const indicator of group.children) indicator.code = `${group.code}.${indicator.code.split('.').at(-1)!}`;
  }
}

export function addDimension(doc: FrameworkDoc): NodePath {
  const taken = new Set(doc.dimensions.map((d) => d.code));
  let n = doc.dimensions.length + 1;
  while (taken.has(`NEW${n}`)) n++;
  const dimension: DimensionDoc = { code: `NEW${n}`, name: { zh: '新维度', en: 'New dimension' }, weight: 1, children: [] };
  dimension.children.push(groupTemplate(`${dimension.code}.1`));
  doc.dimensions.push(dimension);
  return { d: doc.dimensions.length - 1 };
}

export function addGroup(doc: FrameworkDoc, d: number): NodePath {
  const dimension = doc.dimensions[d]!;
  dimension.children.push(groupTemplate(nextCode(dimension.code, dimension.children)));
  return { d, g: dimension.children.length - 1 };
}

export function addIndicator(doc: FrameworkDoc, d: number, g: number): NodePath {
  const group = doc.dimensions[d]!.children[g]!;
  group.children.push(indicatorTemplate(nextCode(group.code, group.children)));
  return { d, g, i: group.children.length - 1 };
}

/** The list a node lives in and its index there. */
function placeOf(doc: FrameworkDoc, path: NodePath): { list: unknown[]; index: number } {
  if (path.g === undefined) return { list: doc.dimensions, index: path.d };
  const dimension = doc.dimensions[path.d]!;
  if (path.i === undefined) return { list: dimension.children, index: path.g };
  return { list: dimension.children[path.g]!.children, index: path.i };
}

export function removeNode(doc: FrameworkDoc, path: NodePath) {
  const { list, index } = placeOf(doc, path);
  list.splice(index, 1);
}

/** Moves a node one place up (-1) or down (+1) among its siblings; returns its new path. */
export function moveNode(doc: FrameworkDoc, path: NodePath, delta: -1 | 1): NodePath {
  const { list, index } = placeOf(doc, path);
  const target = index + delta;
  if (target < 0 || target >= list.length) return path;
  [list[index], list[target]] = [list[target], list[index]];
  if (path.i !== undefined) return { ...path, i: target };
  if (path.g !== undefined) return { ...path, g: target };
  return { d: target };
}

/** Moves an indicator into another group, where it takes that group's next code. */
export function moveIndicatorToGroup(doc: FrameworkDoc, path: Required<NodePath>, to: { d: number; g: number }): NodePath {
  const [indicator] = doc.dimensions[path.d]!.children[path.g]!.children.splice(path.i, 1);
  const group = doc.dimensions[to.d]!.children[to.g]!;
  indicator!.code = nextCode(group.code, group.children);
  group.children.push(indicator!);
  return { ...to, i: group.children.length - 1 };
}

export function renameDimension(doc: FrameworkDoc, d: number, code: string) {
  const dimension = doc.dimensions[d]!;
  dimension.code = code;
  recodeChildren(dimension);
}

/** The node at a path, if there is one. */
export function nodeAt(doc: FrameworkDoc, path: NodePath): DimensionDoc | SecondLevelDoc | IndicatorDoc | undefined {
  const dimension = doc.dimensions[path.d];
  if (path.g === undefined) return dimension;
  const group = dimension?.children[path.g];
  return path.i === undefined ? group : group?.children[path.i];
}

/** The code of the node a schema issue's path points into (dimensions.0.children.1…), for showing where it is. */
export function codeAtIssuePath(doc: FrameworkDoc, path: readonly (string | number)[]): string | null {
  if (path[0] !== 'dimensions' || typeof path[1] !== 'number') return null;
  const g = path[2] === 'children' && typeof path[3] === 'number' ? path[3] : undefined;
  const i = g !== undefined && path[4] === 'children' && typeof path[5] === 'number' ? path[5] : undefined;
  return nodeAt(doc, { d: path[1], g, i })?.code ?? null;
}
