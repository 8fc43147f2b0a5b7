// A component that renders again only when one of its props changed (each compared by identity), on Preact's core.
// preact/compat's memo would do the same but brings compat's option hooks with it, which then rework every
// element of the page: ~50 ms of CPU per side panel opening with its 300 cards (issue 18).
import { h, type Component, type FunctionComponent } from 'preact';

/** Whether two props objects hold the same keys with the same values. */
export function sameProps(a: object, b: object): boolean {
  const before = a as Record<string, unknown>;
  const after = b as Record<string, unknown>;
  for (const key in before) if (!(key in after)) return false;
  for (const key in after) if (!(key in before) || before[key] !== after[key]) return false;
  return true;
}

function changed(this: Component, next: object) {
  return !sameProps(this.props, next);
}

export function memo<P extends object>(render: FunctionComponent<P>): FunctionComponent<P> {
  function Memoised(this: Component<P>, props: P) {
    this.shouldComponentUpdate = changed;
    return h(render, props);
  }
  Memoised.displayName = `Memo(${render.displayName ?? render.name})`;
  return Memoised;
}
