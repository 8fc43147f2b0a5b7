/** The fields of the node picked in the draft outline: a dimension, a group or a scored indicator. */
import { i18n } from '../../../lib/ports/messages';
import { nodeAt, renameDimension, type NodePath } from '../../../../shared/domain/framework-edit';
import type { FrameworkDoc, IndicatorDoc } from '../../../../shared/schemas/framework';
import { IndicatorFields } from './IndicatorFields';
import { LocalizedField } from './LocalizedField';
import { WeightSum } from './WeightSum';

export type NodeEditorProps = { doc: FrameworkDoc; path: NodePath; onEdit: (change: (draft: FrameworkDoc) => NodePath | void) => void };

/** The weights of the node's siblings, for their live sum. */
function siblingWeights(doc: FrameworkDoc, path: NodePath) {
  if (path.g === undefined) return doc.dimensions.map((d) => d.weight);
  const dimension = doc.dimensions[path.d]!;
  return path.i === undefined ? dimension.children.map((g) => g.weight) : dimension.children[path.g]!.children.map((i) => i.weight);
}

export function NodeEditor({ doc, path, onEdit }: NodeEditorProps) {
  const node = nodeAt(doc, path);
  if (!node) return <p class="muted">{i18n.t('console.editor.pick')}</p>;
  const change = (apply: (target: NonNullable<ReturnType<typeof nodeAt>>) => void) => onEdit((draft) => void apply(nodeAt(draft, path)!));
  const level = path.i !== undefined ? 3 : path.g !== undefined ? 2 : 1;
  const weights = siblingWeights(doc, path);
  return (
    <div class="node-editor" data-code={node.code}>
      <h2>
        <span class="code">{node.code}</span> {i18n.t(`console.editor.level${level}`)}
      </h2>
      {level === 1 && (
        <>
          <label for="node-code">{i18n.t('console.editor.code')}</label>
          <input id="node-code" type="text" value={node.code} onInput={(e) => onEdit((draft) => renameDimension(draft, path.d, e.currentTarget.value.toUpperCase()))} />
        </>
      )}
      <LocalizedField id="node-name" label={i18n.t('console.editor.name')} value={node.name} onChange={(name) => change((n) => (n.name = name))} />
      <label for="node-weight">{i18n.t('console.editor.weight')}</label>
      <input id="node-weight" type="number" min="0" step="any" value={node.weight} onInput={(e) => change((n) => (n.weight = e.currentTarget.valueAsNumber))} />
      <WeightSum
        label={level === 1 ? i18n.t('console.editor.dimensionWeights') : i18n.t('console.editor.siblingWeights')}
        weights={weights}
        target={level === 1 ? 100 : undefined}
      />
      {level === 3 && <IndicatorFields doc={doc} path={path as Required<NodePath>} indicator={node as IndicatorDoc} onEdit={onEdit} />}
    </div>
  );
}
