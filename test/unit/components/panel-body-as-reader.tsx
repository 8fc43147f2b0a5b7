// The side panel's body with the reader's stored layout, as the side panel gives it, for component tests.
import { PanelBody } from '../../../extension/components/PanelBody';
import { usePanelLayout } from '../../../extension/lib/panel-layout';
import type { PanelState } from '../../../shared/schemas/panel';

export function PanelBodyAsReader({ state }: { state: PanelState }) {
  const layout = usePanelLayout(state.viewer.userId);
  return <PanelBody state={state} layout={layout} />;
}
