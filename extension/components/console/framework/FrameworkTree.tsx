/** A framework's indicator tree with every property: dimensions and groups with their weights and shares,
 * indicators with kind, industries, max score, rubric levels, keywords, evidence validity and guidance. */
import { i18n } from '../../../lib/ports/messages';
import { buildTree, type TreeNode } from '../../../../shared/domain/indicator-tree';
import type { IndicatorNode } from '../../../../shared/schemas/round';
import { localized } from '../../../lib/locale';
import { IndicatorDetails } from './IndicatorDetails';

/** Each node's weight as a share of its siblings' weights. */
const share = (node: IndicatorNode, siblings: IndicatorNode[]) => {
  const sum = siblings.reduce((total, s) => total + s.weight, 0);
  return sum > 0 ? `${Math.round((node.weight / sum) * 1000) / 10}%` : '—';
};

function Branch({ node, siblings }: { node: TreeNode<IndicatorNode>; siblings: IndicatorNode[] }) {
  const head = (
    <span class="row">
      <span class="code">{node.code}</span>
      <span class="grow">{localized(node.name)}</span>
      <span class="muted">{i18n.t('console.tree.weight', [String(node.weight), share(node, siblings)])}</span>
    </span>
  );
  if (node.level === 3) {
    return (
      <details class="tree-leaf" data-code={node.code}>
        <summary>{head}</summary>
        <IndicatorDetails indicator={node} />
      </details>
    );
  }
  return (
    <details class={`tree-level-${node.level}`} open={node.level === 1} data-code={node.code}>
      <summary>{head}</summary>
      <div class="tree-children">
        {node.children.map((child) => (
          <Branch key={child.id} node={child} siblings={node.children} />
        ))}
      </div>
    </details>
  );
}

export function FrameworkTree({ indicators }: { indicators: IndicatorNode[] }) {
  const roots = buildTree(indicators);
  return (
    <div class="tree" data-testid="framework-tree">
      {roots.map((root) => (
        <Branch key={root.id} node={root} siblings={roots} />
      ))}
    </div>
  );
}
