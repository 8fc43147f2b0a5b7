// Who may open an enterprise's side panel: whoever may see the enterprise. What the panel then shows of
// scores, results and actions is decided part by part by the rules of those resources.
import { seesEnterprise, type Rule } from './common';

export const panelRules = {
  'panel.read': seesEnterprise,
} satisfies Record<string, Rule>;
