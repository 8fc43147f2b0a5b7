/** The draft's tree as an outline to pick the node to edit, with adding, moving and removing at each level. */
import { i18n } from '../../../lib/ports/messages';
import { addDimension, addGroup, addIndicator, moveNode, removeNode, type NodePath } from '../../../../shared/domain/framework-edit';
import type { FrameworkDoc } from '../../../../shared/schemas/framework';
import { localized } from '../../../lib/locale';

export type DraftOutlineProps = {
  doc: FrameworkDoc;
  selected: NodePath;
  onSelect: (path: NodePath) => void;
  onEdit: (change: (draft: FrameworkDoc) => NodePath | void) => void;
};

const same = (a: NodePath, b: NodePath) => a.d === b.d && a.g === b.g && a.i === b.i;

function Item({ path, code, name, props, last }: { path: NodePath; code: string; name: string; props: DraftOutlineProps; last: boolean }) {
  const index = path.i ?? path.g ?? path.d;
  return (
    <div class="outline-item row" aria-current={same(path, props.selected) ? 'true' : undefined} data-code={code}>
      <button type="button" class="link grow" onClick={() => props.onSelect(path)}>
        <span class="code">{code}</span> {name}
      </button>
      <button type="button" class="icon" title={i18n.t('console.editor.moveUp')} disabled={index === 0} onClick={() => props.onEdit((d) => moveNode(d, path, -1))}>↑</button>
      <button type="button" class="icon" title={i18n.t('console.editor.moveDown')} disabled={last} onClick={() => props.onEdit((d) => moveNode(d, path, 1))}>↓</button>
      <button type="button" class="icon" title={i18n.t('console.editor.remove')} onClick={() => props.onEdit((d) => (removeNode(d, path), { d: 0 }))}>×</button>
    </div>
  );
}

export function DraftOutline(props: DraftOutlineProps) {
  const { doc, onEdit } = props;
  return (
    <div class="outline" data-testid="draft-outline">
      {doc.dimensions.map((dimension, d) => (
        <div key={dimension.code} class="outline-dimension">
          <Item path={{ d }} code={dimension.code} name={localized(dimension.name)} props={props} last={d === doc.dimensions.length - 1} />
          {dimension.children.map((group, g) => (
            <div key={group.code} class="outline-group">
              <Item path={{ d, g }} code={group.code} name={localized(group.name)} props={props} last={g === dimension.children.length - 1} />
              {group.children.map((indicator, i) => (
                <div key={indicator.code} class="outline-indicator">
                  <Item path={{ d, g, i }} code={indicator.code} name={localized(indicator.name)} props={props} last={i === group.children.length - 1} />
                </div>
              ))}
              <button type="button" class="link add" onClick={() => onEdit((draft) => addIndicator(draft, d, g))}>+ {i18n.t('console.editor.addIndicator')}</button>
            </div>
          ))}
          <button type="button" class="link add" onClick={() => onEdit((draft) => addGroup(draft, d))}>+ {i18n.t('console.editor.addGroup')}</button>
        </div>
      ))}
      <button type="button" class="link add" onClick={() => onEdit(addDimension)}>+ {i18n.t('console.editor.addDimension')}</button>
    </div>
  );
}
