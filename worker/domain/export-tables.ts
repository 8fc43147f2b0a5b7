// The three downloads of a round as tables, from rows the queries read: results (one line per enterprise,
// with its dimension scores, veto reasons and commendations), scores (one line per expert score) and
// evidence (one line per item, with its source link). Headers, values and times in the reader's language and zone.
import type { EvidenceKind, ReviewStatus, Stance } from '../../shared/schemas/evidence';
import type { ValidityStatus } from '../../shared/domain/evidence-validity';
import { httpUrlOrNull } from '../../shared/domain/url';
import type { Localized } from '../../shared/schemas/common';
import { column, exportWords, industryWord, localTime, say, timeColumn, type ExportLocale } from './export-locale';
import type { ExportTable } from './export-table';

/** The columns that say whose row it is, first in the scores and evidence sheets. */
const enterpriseColumns = (locale: ExportLocale) => [column(locale)('统一社会信用代码', 'Credit code', 22), column(locale)('企业名称', 'Enterprise', 30)];

const share = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10);

export type ResultExportRow = {
  enterprise: { creditCode: string; name: string; street: string; industry: string };
  rankOverall: number | null;
  rankStreet: number | null;
  rankIndustry: number | null;
  weightedTotal: number | null;
  adjustmentTotal: number;
  /** Confirmed adjustments as "name +points" lines. */
  adjustments: { name: Localized; points: number }[];
  total: number | null;
  grade: string | null;
  bandGrade: string | null;
  vetoCodes: string[];
  completeness: number | null;
  signedOff: boolean;
  /** Dimension scores by dimension code. */
  dimensions: Record<string, number | null>;
  commendations: Localized[];
};

/** `indicatorNames` names the veto codes; `dimensions` are the framework's, in order. */
export function resultsTable(locale: ExportLocale, rows: ResultExportRow[], dimensions: { code: string; name: Localized }[], indicatorNames: ReadonlyMap<string, Localized>): ExportTable {
  const header = column(locale);
  return {
    sheet: say(locale, { zh: '测评结果', en: 'Results' }),
    columns: [
      header('总排名', 'Rank', 8),
      header('统一社会信用代码', 'Credit code', 22),
      header('企业名称', 'Enterprise', 34),
      header('街镇', 'Street', 12),
      header('行业', 'Industry', 18),
      header('加权总分', 'Weighted total', 10),
      header('加减分', 'Adjustments', 9),
      header('加减分明细', 'Adjustment items', 24),
      header('总分', 'Total', 9),
      header('等级', 'Grade', 8),
      header('分数段等级', 'Band grade', 10),
      header('一票否决', 'Veto', 30),
      ...dimensions.map((d) => header(d.name.zh, d.name.en, 12)),
      header('街镇排名', 'Street rank', 9),
      header('行业排名', 'Industry rank', 9),
      header('证据完整度%', 'Completeness %', 10),
      header('已签核', 'Signed off', 8),
      header('表彰', 'Commendations', 20),
    ],
    rows: rows.map((r) => [
      r.rankOverall,
      r.enterprise.creditCode,
      r.enterprise.name,
      r.enterprise.street,
      industryWord(locale, r.enterprise.industry),
      r.weightedTotal,
      r.adjustmentTotal,
      r.adjustments.map((a) => `${say(locale, a.name)} ${a.points > 0 ? '+' : ''}${a.points}`).join(';') || null,
      r.total,
      r.grade,
      r.bandGrade,
      r.vetoCodes.map((code) => `${code} ${indicatorNames.has(code) ? say(locale, indicatorNames.get(code)!) : ''}`.trim()).join(';') || null,
      ...dimensions.map((d) => r.dimensions[d.code] ?? null),
      r.rankStreet,
      r.rankIndustry,
      share(r.completeness),
      say(locale, r.signedOff ? exportWords.yes : exportWords.no),
      r.commendations.map((c) => say(locale, c)).join(';') || null,
    ]),
  };
}

export type ScoreExportRow = {
  enterprise: { creditCode: string; name: string };
  indicator: { code: string; name: Localized };
  /** Null when the reader may not see who scored. */
  expert: string | null;
  value: number;
  rubricLabel: Localized | null;
  rationale: string;
  evidenceIds: number[];
  consensus: number | null;
  settlement: { value: number; reason: string } | null;
  updatedAt: string;
};

export function scoresTable(locale: ExportLocale, rows: ScoreExportRow[]): ExportTable {
  const header = column(locale);
  return {
    sheet: say(locale, { zh: '专家评分', en: 'Scores' }),
    columns: [
      ...enterpriseColumns(locale),
      header('指标代码', 'Indicator code', 11),
      header('指标', 'Indicator', 28),
      header('专家', 'Expert', 18),
      header('评分', 'Score', 8),
      header('评分档次', 'Rubric level', 12),
      header('评分理由', 'Rationale', 50),
      header('引用证据编号', 'Cited evidence', 14),
      header('共识分', 'Consensus', 9),
      header('裁定分', 'Settled score', 9),
      header('裁定理由', 'Settlement reason', 30),
      timeColumn(locale)('评分时间', 'Scored at'),
    ],
    rows: rows.map((r) => [
      r.enterprise.creditCode,
      r.enterprise.name,
      r.indicator.code,
      say(locale, r.indicator.name),
      r.expert ?? say(locale, exportWords.withheld),
      r.value,
      r.rubricLabel && say(locale, r.rubricLabel),
      r.rationale,
      r.evidenceIds.join(';') || null,
      r.consensus,
      r.settlement?.value ?? null,
      r.settlement?.reason ?? null,
      localTime(locale, r.updatedAt),
    ]),
  };
}

export type EvidenceExportRow = {
  id: number;
  enterprise: { creditCode: string; name: string };
  indicatorCode: string;
  kind: EvidenceKind;
  title: string;
  url: string | null;
  quote: string | null;
  pageNumber: number | null;
  stance: Stance;
  status: ReviewStatus;
  reviewComment: string | null;
  /** Null: an evaluator the reader may not know (enterprises before publication, or where the framework hides them). */
  capturedBy: string | null;
  capturedAt: string;
  validity: { status: ValidityStatus; validUntil: string | null };
};

export function evidenceTable(locale: ExportLocale, rows: EvidenceExportRow[]): ExportTable {
  const header = column(locale);
  return {
    sheet: say(locale, { zh: '证据', en: 'Evidence' }),
    columns: [
      header('证据编号', 'Evidence id', 10),
      ...enterpriseColumns(locale),
      header('指标代码', 'Indicator code', 11),
      header('类型', 'Kind', 10),
      header('标题', 'Title', 30),
      header('来源链接', 'Source link', 40),
      header('摘录', 'Quote', 50),
      header('页码', 'Page', 6),
      header('立场', 'Stance', 10),
      header('审核状态', 'Review status', 10),
      header('审核意见', 'Review comment', 24),
      header('有效期至', 'Valid until', 11),
      header('有效状态', 'Validity', 10),
      header('采集人', 'Captured by', 16),
      timeColumn(locale)('采集时间', 'Captured at'),
    ],
    rows: rows.map((r) => [
      r.id,
      r.enterprise.creditCode,
      r.enterprise.name,
      r.indicatorCode,
      say(locale, exportWords.kind[r.kind]),
      r.title,
      // Only http(s) links leave the platform; anything else is dropped rather than passed on.
      httpUrlOrNull(r.url),
      r.quote,
      r.pageNumber,
      say(locale, exportWords.stance[r.stance]),
      say(locale, exportWords.reviewStatus[r.status]),
      r.reviewComment,
      r.validity.validUntil,
      say(locale, exportWords.validity[r.validity.status]),
      r.capturedBy ?? say(locale, exportWords.withheld),
      localTime(locale, r.capturedAt),
    ]),
  };
}
