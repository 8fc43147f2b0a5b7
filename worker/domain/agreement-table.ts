// The agreement download: one line per figure (the round, each dimension, each indicator, each expert), with
// alpha and its metric, ICC(2,1) and ICC(2,k), the units rated at least twice and the pairable values behind them.
import type { AgreementFigure, RoundAgreement } from '../../shared/schemas/agreement';
import type { AgreementMetric } from '../../shared/schemas/framework';
import { header, type ExportTable } from './export-table';

const metricNames: Record<AgreementMetric, string> = { nominal: '定类 nominal', ordinal: '定序 ordinal', interval: '定距 interval', ratio: '定比 ratio' };

export function agreementTable(agreement: RoundAgreement): ExportTable {
  const line = (scope: string, code: string, name: string, f: AgreementFigure) => [
    scope,
    code,
    name,
    metricNames[f.metric],
    f.alpha,
    f.icc.single,
    f.icc.average,
    f.icc.raters,
    f.units,
    f.pairable,
    null,
    null,
  ];
  return {
    sheet: '评分一致性 Agreement',
    columns: [
      header('范围', 'Scope', 14),
      header('代码', 'Code', 11),
      header('名称', 'Name', 30),
      header('α 的尺度', 'Alpha metric', 12),
      header('α', 'Alpha', 9),
      header('ICC(2,1) 单个专家', 'ICC(2,1) single expert', 12),
      header('ICC(2,k) 专家均值', 'ICC(2,k) mean of experts', 12),
      header('每单元平均专家数 k', 'Experts per unit (k)', 10),
      header('可配对单元', 'Units', 9),
      header('可配对评分', 'Pairable values', 10),
      header('去除该专家后的α(定距)', 'Interval alpha without expert', 12),
      header('与其他专家平均差(满分占比)', 'Mean difference (share of max)', 14),
    ],
    rows: [
      line('本轮 round', '', '', agreement.round),
      ['本轮 round', '', '', metricNames.interval, agreement.round.intervalAlpha, null, null, null, agreement.round.units, agreement.round.pairable, null, null],
      ...agreement.dimensions.map((d) => line('维度 dimension', d.code, d.name.zh, d)),
      ...agreement.indicators.map((i) => line('指标 indicator', i.code, i.name.zh, i)),
      ...agreement.experts.map((e) => ['专家 expert', '', e.expert.displayName, null, null, null, null, null, null, e.pairable, e.alphaWithout, e.meanDifference]),
    ],
  };
}
