// The enterprise registry (outside any round) is the administrators' to read and change; the district's list of
// streets and towns is everyone's to read (every street filter offers it), the administrators' to change.
import { adminOnly, allow, type Rule } from './common';

export const enterpriseRules = {
  'registry.read': adminOnly,
  'registry.write': adminOnly,
  'street.read': () => allow,
  'street.write': adminOnly,
} satisfies Record<string, Rule>;
