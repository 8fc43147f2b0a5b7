// A regular report as its form edits it: per dimension what was done, figures one per line ("label: value")
// and links one per line; and back to the items the worker stores.
import type { ReportFigure, ReportItem, ReportItemInput } from '../../shared/schemas/report';

export type DraftItem = { dimensionCode: string; done: string; figures: string; links: string };

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/** "Volunteer hours: 1,200" → { label, value }; a line without a colon is a figure with no label given. */
export function parseFigure(line: string): ReportFigure {
  const at = line.search(/[:：]/);
  return at > 0 ? { label: line.slice(0, at).trim(), value: line.slice(at + 1).trim() } : { label: '—', value: line };
}

export const toDraft = (item: ReportItem): DraftItem => ({
  dimensionCode: item.dimensionCode,
  done: item.done,
  figures: item.figures.map((f) => `${f.label}: ${f.value}`).join('\n'),
  links: item.links.join('\n'),
});

/** The items to save: a dimension with nothing written is left out. */
export const fromDraft = (items: DraftItem[]): ReportItemInput[] =>
  items
    .filter((i) => i.done.trim())
    .map((i) => ({ dimensionCode: i.dimensionCode, done: i.done.trim(), figures: lines(i.figures).map(parseFigure), links: lines(i.links) }));

/** One draft item per dimension, with what is saved already. */
export const draftFor = (dimensionCodes: string[], saved: ReportItem[]): DraftItem[] =>
  dimensionCodes.map((code) => {
    const found = saved.find((i) => i.dimensionCode === code);
    return found ? toDraft(found) : { dimensionCode: code, done: '', figures: '', links: '' };
  });
