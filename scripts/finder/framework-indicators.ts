// The default framework's scored indicators by code, in the shape the finder's queries are built from.
import { defaultFramework } from '../../shared/framework/default';
import type { FrameworkIndicator } from '../../shared/finder/evaluation';
import { FrameworkDoc } from '../../shared/schemas/framework';

export function defaultIndicators(): Map<string, FrameworkIndicator> {
  const doc = FrameworkDoc.parse(defaultFramework);
  return new Map(doc.dimensions.flatMap((d) => d.children.flatMap((g) => g.children)).map((i) => [i.code, i]));
}
