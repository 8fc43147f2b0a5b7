// The agreement download: one line per figure (the round, each dimension, each indicator, each expert), with
// alpha, the units rated at least twice and the pairable values behind it.
import type { RoundAgreement } from '../../shared/schemas/agreement';
import { header, type ExportTable } from './export-table';

export function agreementTable(agreement: RoundAgreement): ExportTable {
  const line = (scope: string, code: string, name: string, f: { alpha: number | null; units: number; pairable: number }) => [scope, code, name, f.alpha, f.units, f.pairable, null, null];
  return {
    sheet: '评分一致性 Agreement',
    columns: [
      header('范围', 'Scope', 14),
      header('代码', 'Code', 11),
      header('名称', 'Name', 30),
      header('α(区间)', 'Alpha (interval)', 10),
      header('可配对单元', 'Units', 9),
      header('可配对评分', 'Pairable values', 10),
      header('去除该专家后的α', 'Alpha without expert', 12),
      header('与其他专家平均差(满分占比)', 'Mean difference (share of max)', 14),
    ],
    rows: [
      line('本轮 round', '', '', agreement.round),
      ...agreement.dimensions.map((d) => line('维度 dimension', d.code, d.name.zh, d)),
      ...agreement.indicators.map((i) => line('指标 indicator', i.code, i.name.zh, i)),
      ...agreement.experts.map((e) => ['专家 expert', '', e.expert.displayName, null, null, e.pairable, e.alphaWithout, e.meanDifference]),
    ],
  };
}
