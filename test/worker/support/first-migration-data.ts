// Data as the first migration's schema (worker/migrations/0000_*) held it, for the upgrade test: written in
// that schema's own SQL, never through today's code, so it stays what an early database contained however the
// schema moves on. Settings are in the shape of their time (no rectificationDueDays, added later).
import { sha256Hex } from '../../../worker/auth/crypto';

/** The bearer token of the admin's session, stored (hashed) at the first migration. */
export const oldSessionToken = 'upgrade-test-session-token-of-the-admin';

/** Coordinators bound to streets written as free text: one to the official name, one to a spelling the registry makes an alias. */
export const oldCoordinators = [
  { token: 'upgrade-test-session-token-of-the-anting-coordinator', street: '安亭镇', enterpriseIds: [1] },
  { token: 'upgrade-test-session-token-of-the-new-town-coordinator', street: '嘉定新城(马陆镇)', enterpriseIds: [2] },
];

export const oldQuote = '公司劳动合同签订率达到100%,全员参加社会保险。';

const settings = {
  gradeBands: [
    { grade: 'A', minTotal: 80, label: { zh: '优', en: 'Good' } },
    { grade: 'C', minTotal: 0, label: { zh: '差', en: 'Poor' } },
  ],
  consensus: { method: 'median', trimFraction: 0.2, disagreementThreshold: 0.3 },
  mandatoryFailRatio: 0.6,
  vetoGrade: 'C',
  rectificationRatio: 0.6,
  showExpertNames: false,
  adjustments: [],
  adjustmentsCap: 10,
};
const rubric = [
  { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '未达到要求', en: 'Below the requirement' } },
  { min: 6, label: { zh: '达标', en: 'Met' }, description: { zh: '达到要求', en: 'Meets the requirement' } },
];
const selectors = { quote: { type: 'TextQuoteSelector', exact: oldQuote, prefix: '一、员工权益。', suffix: '二、安全生产' } };
const json = (value: unknown) => JSON.stringify(value).replaceAll("'", "''");

/** The statements, in order (ids are fixed: the database is empty when they run). */
export async function firstMigrationData(): Promise<string[]> {
  const tokenHash = await sha256Hex(oldSessionToken);
  return [
    `INSERT INTO framework (id, code, version, status, name_zh, name_en, description_zh, description_en, settings, published_at)
     VALUES (1, 'early-csr', 1, 'published', '早期标准', 'Early standard', '升级测试', 'Upgrade test', '${json(settings)}', '2026-01-05T08:00:00.000Z')`,
    `INSERT INTO indicator (id, framework_id, parent_id, level, position, code, name_zh, name_en, weight) VALUES (1, 1, NULL, 1, 0, 'STAFF', '员工责任', 'Staff', 100)`,
    `INSERT INTO indicator (id, framework_id, parent_id, level, position, code, name_zh, name_en, weight) VALUES (2, 1, 1, 2, 0, 'STAFF.1', '劳动权益', 'Labour rights', 1)`,
    `INSERT INTO indicator (id, framework_id, parent_id, level, position, code, name_zh, name_en, guidance_zh, guidance_en, kind, industries, weight, max_score, rubric, keywords_zh, keywords_en, validity)
     VALUES (3, 1, 2, 3, 0, 'STAFF.1.1', '劳动合同签订', 'Labour contracts', '劳动合同的证据', 'Evidence of contracts', 'mandatory', '[]', 3, 10, '${json(rubric)}', '["劳动合同"]', '["labour contract"]', '{"basis":"figures","maxAgeMonths":24}')`,
    `INSERT INTO indicator (id, framework_id, parent_id, level, position, code, name_zh, name_en, kind, industries, weight, max_score, rubric)
     VALUES (4, 1, 2, 3, 1, 'STAFF.1.2', '安全培训', 'Safety training', 'voluntary', '[]', 1, 10, '${json(rubric)}')`,
    `INSERT INTO enterprise (id, credit_code, name, industry, street, size, party_org_type, contact_name)
     VALUES (1, '91310114MA1GT35K7H', '上海华鑫汽车零部件有限公司', 'manufacturing', '安亭镇', 'medium', 'independent', '王经理')`,
    `INSERT INTO enterprise (id, credit_code, name, industry, street, size, party_org_type)
     VALUES (2, '91310114MA1GU12340', '上海绿源建设工程有限公司', 'construction', '嘉定新城(马陆镇)', 'large', 'joint')`,
    `INSERT INTO enterprise_domain (domain, enterprise_id) VALUES ('huaxin-auto.cn', 1)`,
    `INSERT INTO user (id, login, display_name, is_admin) VALUES (1, 'admin', '管理员', 1), (2, 'expert', '李专家', 0), (3, 'huaxin', '华鑫 专员', 0),
     (4, 'coordinator.anting', '安亭协调员', 0), (5, 'coordinator.newtown', '新城协调员', 0)`,
    `INSERT INTO session (token_hash, user_id, expires_at) VALUES ('${tokenHash}', 1, '2999-01-01T00:00:00.000Z'),
     ('${await sha256Hex(oldCoordinators[0]!.token)}', 4, '2999-01-01T00:00:00.000Z'), ('${await sha256Hex(oldCoordinators[1]!.token)}', 5, '2999-01-01T00:00:00.000Z')`,
    `INSERT INTO round (id, name_zh, name_en, year, framework_id, status, status_changed_at) VALUES (1, '2026年度测评', '2026 evaluation', 2026, 1, 'collecting', '2026-02-01T08:00:00.000Z')`,
    `INSERT INTO round_enterprise (round_id, enterprise_id) VALUES (1, 1), (1, 2)`,
    `INSERT INTO round_member (round_id, user_id, role, bureau, enterprise_id) VALUES (1, 2, 'expert', '区人社局', NULL), (1, 3, 'enterprise', NULL, 1)`,
    `INSERT INTO round_member (round_id, user_id, role, street) VALUES (1, 4, 'coordinator', '安亭镇'), (1, 5, 'coordinator', '嘉定新城(马陆镇)')`,
    `INSERT INTO evidence (id, round_id, enterprise_id, indicator_id, kind, url, normalized_url, title, site_name, quote, quote_sha256, selectors, stance, note, status, captured_by, captured_at, idempotency_key)
     VALUES (1, 1, 1, 3, 'clip', 'https://huaxin-auto.cn/csr/2025.html#staff', 'https://huaxin-auto.cn/csr/2025.html', '华鑫2025社会责任报告', '华鑫汽车', '${oldQuote}', '${await sha256Hex(oldQuote)}', '${json(selectors)}', 'supports', '第3页', 'accepted', 2, '2026-02-10T08:00:00.000Z', 'upgrade-test-clip-0000000001')`,
    `INSERT INTO evidence (id, round_id, enterprise_id, indicator_id, kind, url, normalized_url, title, status, captured_by, captured_at, idempotency_key)
     VALUES (2, 1, 1, 4, 'report', 'https://huaxin-auto.cn/csr/2025.pdf', 'https://huaxin-auto.cn/csr/2025.pdf', '2025年社会责任报告', 'pending', 3, '2026-02-11T08:00:00.000Z', 'upgrade-test-report-000000002')`,
    `INSERT INTO audit_log (user_id, role, action, resource_type, resource_id, round_id, after) VALUES (2, 'expert', 'evidence.create', 'evidence', '1', 1, '{"id":1}'), (3, 'enterprise', 'evidence.create', 'evidence', '2', 1, '{"id":2}')`,
  ];
}
