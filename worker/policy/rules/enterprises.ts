// The enterprise registry (outside any round) is the administrators' to read and change.
import { adminOnly, type Rule } from './common';

export const enterpriseRules = {
  'registry.read': adminOnly,
  'registry.write': adminOnly,
} satisfies Record<string, Rule>;
