// Deterministic synthetic enterprises for demos, tests and benchmarks: plausible Chinese company names,
// valid unified social credit codes, Jiading's streets and towns, the district's industries, sizes,
// party organisations, contacts and website domains. Same seed and count, same enterprises.
import { creditCodeCheckChar } from '../../shared/domain/credit-code';
import type { Industry } from '../../shared/industries';
import type { EnterpriseCreateInput } from '../../shared/schemas/enterprise';
import { jiadingStreetNames } from './jiading-streets';


/** Industry mix of the district's private enterprises, with the words their names use (Chinese, English, domain). */
const industryMix: { industry: Industry; share: number; words: [string, string, string][] }[] = [
  { industry: 'manufacturing', share: 22, words: [['汽车零部件', 'Auto Parts', 'autoparts'], ['精密机械', 'Precision Machinery', 'precision'], ['汽车电子', 'Auto Electronics', 'autoelec'], ['模具', 'Mould', 'mould']] },
  { industry: 'construction', share: 9, words: [['建设工程', 'Construction Engineering', 'build'], ['建筑安装', 'Building Installation', 'install'], ['市政工程', 'Municipal Engineering', 'municipal']] },
  { industry: 'chemicals', share: 6, words: [['化工', 'Chemical', 'chem'], ['新材料', 'New Materials', 'materials'], ['涂料', 'Coatings', 'coatings']] },
  { industry: 'food', share: 7, words: [['食品', 'Foods', 'food'], ['乳业', 'Dairy', 'dairy'], ['调味品', 'Condiments', 'condiment']] },
  { industry: 'wholesale_retail', share: 11, words: [['商贸', 'Trading', 'trade'], ['供应链', 'Supply Chain', 'supply'], ['百货', 'Department Store', 'store']] },
  { industry: 'logistics', share: 8, words: [['物流', 'Logistics', 'logistics'], ['运输', 'Transport', 'transport'], ['仓储', 'Warehousing', 'warehouse']] },
  { industry: 'information_technology', share: 12, words: [['信息技术', 'Information Technology', 'tech'], ['软件', 'Software', 'soft'], ['智能科技', 'Intelligent Technology', 'ai']] },
  { industry: 'finance', share: 3, words: [['融资租赁', 'Financial Leasing', 'leasing'], ['小额贷款', 'Microcredit', 'credit']] },
  { industry: 'hospitality', share: 6, words: [['餐饮管理', 'Catering Management', 'catering'], ['酒店管理', 'Hotel Management', 'hotel']] },
  { industry: 'healthcare', share: 6, words: [['医疗器械', 'Medical Devices', 'meddevice'], ['生物医药', 'Biopharma', 'bio'], ['健康管理', 'Health Management', 'health']] },
  { industry: 'education', share: 4, words: [['教育培训', 'Education and Training', 'edu'], ['职业技能培训', 'Vocational Training', 'skills']] },
  { industry: 'real_estate', share: 6, words: [['物业管理', 'Property Management', 'property'], ['房地产经纪', 'Real Estate Agency', 'estate']] },
];

/** Two-character brand names are built from these, with their pinyin for English names and domains. */
const syllables: [string, string][] = [
  ['华', 'hua'], ['鑫', 'xin'], ['嘉', 'jia'], ['瑞', 'rui'], ['恒', 'heng'], ['宏', 'hong'], ['盛', 'sheng'], ['泰', 'tai'],
  ['德', 'de'], ['丰', 'feng'], ['安', 'an'], ['源', 'yuan'], ['达', 'da'], ['联', 'lian'], ['创', 'chuang'], ['新', 'xin'],
  ['远', 'yuan'], ['佳', 'jia'], ['通', 'tong'], ['博', 'bo'], ['凯', 'kai'], ['晨', 'chen'], ['润', 'run'], ['信', 'xin'],
  ['明', 'ming'], ['海', 'hai'], ['锦', 'jin'], ['永', 'yong'], ['昌', 'chang'], ['汇', 'hui'], ['祥', 'xiang'], ['睿', 'rui'],
  ['启', 'qi'], ['峰', 'feng'], ['科', 'ke'], ['力', 'li'], ['和', 'he'], ['诚', 'cheng'], ['益', 'yi'], ['腾', 'teng'],
];
const surnames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '朱', '沈', '顾', '陆', '钱', '施', '蒋', '唐'];
const givenNames = ['伟', '芳', '敏', '静', '磊', '洁', '军', '燕', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '建华', '晓东', '丽华', '志强'];

const codeAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** mulberry32: a small, fast, well-distributed seeded generator. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const weighted = <T>(list: readonly { share: number; value: T }[]) => {
    let roll = next() * list.reduce((sum, item) => sum + item.share, 0);
    for (const item of list) if ((roll -= item.share) < 0) return item.value;
    return list.at(-1)!.value;
  };
  return { next, pick, weighted };
}

export type SyntheticOptions = {
  count: number;
  seed?: number;
  /** Credit codes, names and domains already taken (the featured demo enterprises). */
  avoid?: readonly EnterpriseCreateInput[];
};

export function syntheticEnterprises({ count, seed = 2026, avoid = [] }: SyntheticOptions): EnterpriseCreateInput[] {
  const random = prng(seed);
  const codes = new Set(avoid.map((e) => e.creditCode));
  const names = new Set(avoid.map((e) => e.name));
  const domains = new Set(avoid.flatMap((e) => e.domains ?? []));
  const out: EnterpriseCreateInput[] = [];
  // About 50,000 distinct names can be built; far fewer keeps the draws quick.
  if (count > 30_000) throw new Error(`At most 30,000 synthetic enterprises (asked for ${count})`);

  while (out.length < count) {
    const mix = random.weighted(industryMix.map((m) => ({ share: m.share, value: m })));
    const [wordZh, wordEn, wordSlug] = random.pick(mix.words);
    const [a, b] = [random.pick(syllables), random.pick(syllables)];
    if (a[0] === b[0]) continue;
    const name = `上海${a[0]}${b[0]}${wordZh}有限公司`;
    if (names.has(name)) continue;
    const brand = `${a[1]}${b[1]}`;

    let creditCode: string;
    do {
      const body = `91310114MA1${Array.from({ length: 6 }, () => random.pick([...codeAlphabet])).join('')}`;
      creditCode = body + creditCodeCheckChar(body);
    } while (codes.has(creditCode));

    const size = random.weighted([
      { share: 20, value: 'micro' as const },
      { share: 40, value: 'small' as const },
      { share: 28, value: 'medium' as const },
      { share: 12, value: 'large' as const },
    ]);
    const partyOrgType =
      size === 'large' ? 'independent' : random.weighted([
        { share: size === 'medium' ? 60 : 15, value: 'independent' as const },
        { share: 45, value: 'joint' as const },
        { share: size === 'micro' ? 50 : 10, value: 'none' as const },
      ]);
    const own: string[] = [];
    if (random.next() < 0.9) {
      const primary = `${brand}-${wordSlug}.${random.pick(['com.cn', 'cn', 'com'])}`;
      if (!domains.has(primary)) own.push(primary);
      if (size !== 'micro' && random.next() < 0.3 && !domains.has(`${brand}group.com`)) own.push(`${brand}group.com`);
    }
    own.forEach((d) => domains.add(d));
    codes.add(creditCode);
    names.add(name);
    const brandEn = `${a[1][0]!.toUpperCase()}${a[1].slice(1)}${b[1]}`;
    out.push({
      creditCode,
      name,
      nameEn: `Shanghai ${brandEn} ${wordEn} Co., Ltd.`,
      industry: mix.industry,
      street: random.pick(jiadingStreetNames),
      size,
      partyOrgType,
      domains: own,
      contactName: `${random.pick(surnames)}${random.pick(givenNames)}`,
      contactPhone: random.next() < 0.5 ? `021-${Math.floor(59_000_000 + random.next() * 999_999)}` : `13${Math.floor(100_000_000 + random.next() * 899_999_999)}`,
      contactEmail: own[0] ? `csr@${own[0]}` : null,
    });
  }
  return out;
}
