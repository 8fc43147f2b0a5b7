// The words of the generated reports, written for this corpus: formulaic CSR sentences in Chinese and English
// (families with slots, so one sentence can have look-alikes that differ only in their distinctive terms)
// and narrative sentences that vary freely. Sites and names are invented; no real company's report is used.

export type Lang = 'zh' | 'en';

/** A formulaic sentence: clause templates with {slot}s; the clauses and punctuation become separate pieces. */
export type Family = { name: string; zh: string[]; en: string[]; slots: Record<string, readonly string[]> };

const years = ['2021', '2022', '2023', '2024', '2025'];
const pct = ['86', '88.5', '91', '92.4', '95', '97', '98.6', '99', '100'];
const change = ['3.2', '4', '5.6', '7', '8.1', '12', '15.5', '21'];
const amount = ['120', '356', '480', '1,200', '2,350', '3,800', '6,420', '9,800'];
const count = ['6', '12', '18', '24', '36', '48', '60'];

export const FAMILIES: Family[] = [
  {
    name: 'incident',
    zh: ['报告期内', '，', '公司未发生{kind}事故', '。'],
    en: ['No {kind} incidents occurred', ' ', 'during the reporting period', '.'],
    slots: {
      kind: ['安全生产|major safety', '环境污染|environmental pollution', '职业病危害|occupational disease', '重大火灾|major fire', '交通运输|road transport', '食品安全|food safety', '产品质量|product quality', '网络安全|data security', '特种设备|special equipment', '危险化学品|hazardous chemical'],
    },
  },
  {
    name: 'training',
    zh: ['{year}年', '，', '{group}培训覆盖率达到{pct}%', '。'],
    en: ['In {year}', ', ', '{group} training coverage reached {pct}%', '.'],
    slots: {
      year: years,
      pct,
      group: ['一线员工安全|frontline safety', '管理人员合规|management compliance', '新入职员工|new hire', '特种作业人员|special operations', '供应商质量|supplier quality', '全体员工反腐败|anti-corruption'],
    },
  },
  {
    name: 'investment',
    zh: ['公司全年{item}投入{amount}万元', '，', '同比增长{change}%', '。'],
    en: ['The company invested {amount} thousand yuan in {item}', ', ', 'up {change}% year on year', '.'],
    slots: {
      amount,
      change,
      item: ['环保|environmental protection', '安全生产|work safety', '研发|research and development', '员工培训|employee training', '公益慈善|community programmes', '节能改造|energy efficiency upgrades'],
    },
  },
  {
    name: 'emissions',
    zh: ['{year}年{pollutant}排放量为{amount}吨', '，', '较上年下降{change}%', '。'],
    en: ['Total {pollutant} emissions in {year} were {amount} tonnes', ', ', 'down {change}% from the previous year', '.'],
    slots: {
      year: years,
      amount,
      change,
      pollutant: ['二氧化硫|sulphur dioxide', '氮氧化物|nitrogen oxide', '化学需氧量|chemical oxygen demand', '氨氮|ammonia nitrogen', '颗粒物|particulate matter', '挥发性有机物|volatile organic compound'],
    },
  },
  {
    name: 'certification',
    zh: ['{site}于{year}年通过{cert}认证', '。'],
    en: ['The {site} obtained {cert} certification in {year}', '.'],
    slots: {
      year: years,
      site: ['安亭工厂|Anting plant', '马陆物流中心|Malu logistics centre', '南翔研发中心|Nanxiang research centre', '江桥仓储基地|Jiangqiao warehouse', '华亭配套园区|Huating supplier park', '徐行装配车间|Xuhang assembly workshop'],
      cert: ['ISO 14001环境管理体系|ISO 14001', 'ISO 45001职业健康安全管理体系|ISO 45001', 'ISO 9001质量管理体系|ISO 9001', 'IATF 16949汽车质量管理体系|IATF 16949', 'ISO 50001能源管理体系|ISO 50001'],
    },
  },
  {
    name: 'activity',
    zh: ['全年开展{activity}{count}次', '，', '参与员工{amount}人次', '。'],
    en: ['The company held {count} {activity} sessions', ' ', 'with {amount} employee participations', '.'],
    slots: {
      count,
      amount,
      activity: ['应急演练|emergency drill', '志愿服务|volunteer service', '安全培训|safety training', '健康讲座|health awareness', '消防检查|fire inspection', '合规宣讲|compliance briefing'],
    },
  },
  {
    name: 'penalty',
    zh: ['报告期内', '，', '公司未受到{agency}的行政处罚', '。'],
    en: ['The company received no administrative penalties from {agency}', ' ', 'during the reporting period', '.'],
    slots: {
      agency: ['生态环境部门|the environmental authorities', '应急管理部门|the emergency management authorities', '市场监督管理部门|the market regulators', '税务部门|the tax authorities', '人力资源和社会保障部门|the labour authorities'],
    },
  },
  {
    name: 'contracts',
    zh: ['{year}年劳动合同签订率达到{pct}%', '，', '社会保险参保率达到{pct2}%', '。'],
    en: ['In {year}, the labour contract signing rate reached {pct}%', ' ', 'and social insurance coverage reached {pct2}%', '.'],
    slots: { year: years, pct, pct2: pct },
  },
];

/** A slot value in one language ("中文|English"). */
export const inLang = (value: string, lang: Lang) => value.split('|')[lang === 'zh' ? 0 : 1] ?? value;

const subjects = { zh: ['公司', '本集团', '各事业部', '公司工会', '公司党委', '董事会', '各生产基地', '采购中心'], en: ['The company', 'The group', 'Each business unit', 'The trade union', 'The board', 'Every production site', 'The purchasing centre', 'The works council'] };
const verbs = { zh: ['持续完善', '稳步推进', '积极落实', '深入开展', '不断优化', '定期评估', '全面梳理'], en: ['continued to improve', 'steadily advanced', 'actively implemented', 'further strengthened', 'regularly reviewed', 'fully mapped', 'carefully revised'] };
const objects = {
  zh: ['内部控制体系', '安全生产责任制', '员工职业发展通道', '供应链可持续管理', '节能降碳工作', '社区沟通机制', '信息披露流程', '客户投诉处理机制', '合规风险清单'],
  en: ['its internal control system', 'the work safety responsibility system', 'career paths for employees', 'sustainable supply chain management', 'energy saving and carbon reduction', 'community communication channels', 'its disclosure process', 'customer complaint handling', 'the compliance risk register'],
};
const clauses = {
  zh: ['相关制度均已发布实施', '并定期组织自查与评估', '确保各项要求落到实处', '形成了可复制的经验做法', '取得了阶段性成效', '相关记录完整可查', '问题整改全部闭环'],
  en: ['and the related policies have been issued', 'with regular self-inspections and evaluations', 'so that every requirement is met', 'building practices that can be repeated elsewhere', 'with first results achieved', 'keeping complete records of the work', 'closing every finding it raised'],
};

/** A narrative sentence (not formulaic): subject, verb, object and a closing clause, as pieces. */
export function narrative(lang: Lang, pick: <T>(list: readonly T[]) => T, subject?: string): string[] {
  const [s, v, o, c] = [subject ?? pick(subjects[lang]), pick(verbs[lang]), pick(objects[lang]), pick(clauses[lang])];
  return lang === 'zh' ? [`${s}${v}${o}`, '，', c, '。'] : [`${s} ${v} ${o}`, ', ', c, '.'];
}

export const HEADINGS = {
  zh: ['一、公司治理', '二、员工责任', '三、安全生产', '四、环境责任', '五、供应链管理', '六、社区公益', '七、产品责任', '八、展望'],
  en: ['1. Governance', '2. Our people', '3. Work safety', '4. Environment', '5. Supply chain', '6. Community', '7. Products', '8. Outlook'],
};

/** Subsidiaries for per-site subsections, where the same formulaic sentences recur: heading and name as a subject. */
export const SITES = {
  zh: [['(一)安亭工厂', '安亭工厂'], ['(二)马陆物流中心', '马陆物流中心'], ['(三)南翔研发中心', '南翔研发中心'], ['(四)江桥仓储基地', '江桥仓储基地'], ['(五)华亭配套园区', '华亭配套园区']],
  en: [['Anting plant', 'The Anting plant'], ['Malu logistics centre', 'The Malu logistics centre'], ['Nanxiang research centre', 'The Nanxiang research centre'], ['Jiangqiao warehouse', 'The Jiangqiao warehouse'], ['Huating supplier park', 'The Huating supplier park']],
};

/** Running header of every PDF page. */
export const RUNNING_HEADER = { zh: '嘉定示范企业2025年度社会责任报告', en: 'Jiading Model Enterprise 2025 Sustainability Report' };
