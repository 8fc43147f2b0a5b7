/** What changed between two framework versions: document and settings fields, then each added, removed or changed node. */
import { i18n } from '../../../lib/ports/messages';
import type { FieldChange, FrameworkDiff, NodeChange } from '../../../../shared/domain/framework-diff';
import { localized } from '../../../lib/locale';

/** A value as short text: localized pairs in the UI language, lists joined, the rest as compact JSON. */
function shown(value: unknown): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'object' && value !== null && 'zh' in value && 'en' in value && typeof (value as { zh: unknown }).zh === 'string') return localized(value as { zh: string; en: string });
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

const Changes = ({ changes }: { changes: FieldChange[] }) => (
  <ul class="changes">
    {changes.map((c) => (
      <li key={c.field}>
        <span class="code">{c.field}</span> <del>{shown(c.before)}</del> → <ins>{shown(c.after)}</ins>
      </li>
    ))}
  </ul>
);

const kindLabel = (kind: NodeChange['kind']) => i18n.t(`console.diff.${kind}`);

export function FrameworkDiffView({ diff }: { diff: FrameworkDiff }) {
  const counts = (['added', 'removed', 'changed'] as const).map((kind) => `${kindLabel(kind)} ${diff.nodes.filter((n) => n.kind === kind).length}`);
  const empty = diff.nodes.length + diff.settings.length + diff.document.length === 0;
  return (
    <div data-testid="framework-diff">
      <p>{empty ? i18n.t('console.diff.none') : counts.join(' · ')}</p>
      {diff.document.length + diff.settings.length > 0 && (
        <>
          <h2>{i18n.t('console.diff.settings')}</h2>
          <Changes changes={[...diff.document, ...diff.settings]} />
        </>
      )}
      {diff.nodes.length > 0 && (
        <table class="data">
          <thead>
            <tr>
              <th>{i18n.t('console.diff.change')}</th>
              <th>{i18n.t('console.diff.indicator')}</th>
              <th>{i18n.t('console.diff.details')}</th>
            </tr>
          </thead>
          <tbody>
            {diff.nodes.map((n) => (
              <tr key={`${n.kind}-${n.code}`} class={`diff-${n.kind}`} data-code={n.code}>
                <td><span class="badge">{kindLabel(n.kind)}</span></td>
                <td>
                  <span class="code">{n.code}</span> {localized(n.node.name)}
                </td>
                <td>{n.kind === 'changed' ? <Changes changes={n.changes} /> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
