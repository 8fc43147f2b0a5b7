/** Moves the evidence on screen to another indicator of the round: a picker over the framework's scored indicators
 * (the worker refuses one that does not apply to the enterprise's industry). Enter confirms, Escape goes back. */
import { useMemo, useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { IndicatorNode } from '../../../../shared/schemas/round';
import type { QueueIndicator } from '../../../../shared/schemas/queues';
import { localized } from '../../../lib/locale';
import { formKeys } from '../../../lib/triage-keys';

export type MoveFormProps = { tree: IndicatorNode[] | undefined; from: number; busy: boolean; onMove: (to: QueueIndicator) => void; onCancel: () => void };

/** The indicators evidence is filed under (the tree's leaves), each with the dimension it belongs to. */
export function leafIndicators(tree: IndicatorNode[]): QueueIndicator[] {
  const byId = new Map(tree.map((node) => [node.id, node]));
  const parents = new Set(tree.map((node) => node.parentId));
  const dimensionOf = (node: IndicatorNode): number => (node.parentId && byId.has(node.parentId) ? dimensionOf(byId.get(node.parentId)!) : node.id);
  return tree.filter((node) => node.level > 1 && !parents.has(node.id)).map((node) => ({ id: node.id, code: node.code, name: node.name, dimensionId: dimensionOf(node) }));
}

export function MoveForm({ tree, from, busy, onMove, onCancel }: MoveFormProps) {
  const leaves = useMemo(() => (tree ? leafIndicators(tree) : []), [tree]);
  const [chosen, setChosen] = useState('');
  const target = leaves.find((leaf) => String(leaf.id) === chosen);
  const why = !target ? i18n.t('reviewQueue.needTarget') : target.id === from ? i18n.t('reviewQueue.sameIndicator') : null;
  const confirm = () => target && !why && !busy && onMove(target);
  return (
    <form
      class="stack queue-form"
      data-testid="move-form"
      aria-label={i18n.t('reviewQueue.moveTitle')}
      onSubmit={(e) => (e.preventDefault(), confirm())}
      onKeyDown={formKeys(confirm, onCancel)}
    >
      <h3>{i18n.t('reviewQueue.moveTitle')}</h3>
      <label>
        {i18n.t('reviewQueue.target')}
        <select autoFocus data-testid="move-target" value={chosen} aria-describedby={why ? 'move-why' : undefined} onChange={(e) => setChosen(e.currentTarget.value)}>
          <option value="">{i18n.t('reviewQueue.chooseTarget')}</option>
          {leaves.map((leaf) => <option key={leaf.id} value={String(leaf.id)}>{`${leaf.code} ${localized(leaf.name)}`}</option>)}
        </select>
      </label>
      {why && <p id="move-why" class="muted tight" data-testid="move-why">{why}</p>}
      <div class="row">
        <button type="submit" data-testid="confirm-move" disabled={Boolean(why) || busy}>{i18n.t('reviewQueue.confirmMove')}</button>
        <button type="button" onClick={onCancel}>{i18n.t('reviewQueue.cancel')}</button>
      </div>
    </form>
  );
}
