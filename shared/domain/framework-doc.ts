// A framework document as flat indicator rows (how it is stored) and back (how it is exported).
import type { FrameworkDoc, FrameworkSettings, IndicatorDoc } from '../schemas/framework';
import type { IndicatorNode } from '../schemas/round';
import type { Localized } from '../schemas/common';
import { buildTree } from './indicator-tree';

/** One stored node of the tree, its parent named by code (ids are only known once stored). */
export type FlatIndicator = Omit<IndicatorNode, 'id' | 'parentId'> & { parentCode: string | null };

/** Depth-first, so stored ids follow the order the tree is read in. */
export function flattenFrameworkDoc(doc: FrameworkDoc): FlatIndicator[] {
  const rows: FlatIndicator[] = [];
  const branch = { guidance: null, kind: null, industries: [], maxScore: null, rubric: null, keywords: { zh: [], en: [] }, validity: null };
  doc.dimensions.forEach((dimension, di) => {
    rows.push({ ...branch, parentCode: null, level: 1, position: di, code: dimension.code, name: dimension.name, weight: dimension.weight });
    dimension.children.forEach((group, gi) => {
      rows.push({ ...branch, parentCode: dimension.code, level: 2, position: gi, code: group.code, name: group.name, weight: group.weight });
      group.children.forEach((item, ii) => rows.push({ ...item, parentCode: group.code, level: 3, position: ii }));
    });
  });
  return rows;
}

export type FrameworkMeta = { code: string; name: Localized; description: Localized; settings: FrameworkSettings };

/** The document a stored framework exports as; importing it gives back the same framework. */
export function frameworkDocFromNodes(meta: FrameworkMeta, nodes: readonly IndicatorNode[]): FrameworkDoc {
  const indicator = (node: IndicatorNode): IndicatorDoc => ({
    code: node.code,
    name: node.name,
    guidance: node.guidance!,
    kind: node.kind!,
    industries: node.industries as IndicatorDoc['industries'],
    weight: node.weight,
    maxScore: node.maxScore!,
    rubric: node.rubric!,
    keywords: node.keywords,
    validity: node.validity!,
  });
  return {
    code: meta.code,
    name: meta.name,
    description: meta.description,
    settings: meta.settings,
    dimensions: buildTree([...nodes]).map((dimension) => ({
      code: dimension.code,
      name: dimension.name,
      weight: dimension.weight,
      children: dimension.children.map((group) => ({
        code: group.code,
        name: group.name,
        weight: group.weight,
        children: group.children.map(indicator),
      })),
    })),
  };
}
