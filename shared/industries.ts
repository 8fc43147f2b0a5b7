// The industries the district classifies enterprises by; special indicators name the ones they apply to. Without zod:
// the side panel names them from its first load (the schema is schemas/industry.ts).
import type { Localized } from './schemas/common';

export const industryCodes = [
  'manufacturing',
  'construction',
  'chemicals',
  'food',
  'wholesale_retail',
  'logistics',
  'information_technology',
  'finance',
  'hospitality',
  'healthcare',
  'education',
  'real_estate',
] as const;

export type Industry = (typeof industryCodes)[number];

export const industryNames: Record<Industry, Localized> = {
  manufacturing: { zh: '制造业(汽车零部件)', en: 'Manufacturing (automotive parts)' },
  construction: { zh: '建筑业', en: 'Construction' },
  chemicals: { zh: '化工', en: 'Chemicals' },
  food: { zh: '食品', en: 'Food' },
  wholesale_retail: { zh: '批发零售', en: 'Wholesale and retail' },
  logistics: { zh: '物流运输', en: 'Logistics' },
  information_technology: { zh: '信息技术', en: 'Information technology' },
  finance: { zh: '金融服务', en: 'Financial services' },
  hospitality: { zh: '住宿餐饮', en: 'Hospitality' },
  healthcare: { zh: '医疗健康', en: 'Healthcare' },
  education: { zh: '教育培训', en: 'Education and training' },
  real_estate: { zh: '房地产服务', en: 'Real estate services' },
};

/**
 * Where each industry sits in GB/T 4754-2017 (国民经济行业分类): its section and the divisions that belong to it
 * here. Manufacturing is section C less the divisions food and chemicals take; logistics is section G.
 */
export const industryGbt4754: Record<Industry, { section: string; divisions: readonly string[] }> = {
  manufacturing: { section: 'C', divisions: ['36'] },
  construction: { section: 'E', divisions: ['47', '48', '49', '50'] },
  chemicals: { section: 'C', divisions: ['26'] },
  food: { section: 'C', divisions: ['13', '14', '15'] },
  wholesale_retail: { section: 'F', divisions: ['51', '52'] },
  logistics: { section: 'G', divisions: ['53', '54', '55', '56', '57', '58', '59', '60'] },
  information_technology: { section: 'I', divisions: ['63', '64', '65'] },
  finance: { section: 'J', divisions: ['66', '67', '68', '69'] },
  hospitality: { section: 'H', divisions: ['61', '62'] },
  healthcare: { section: 'Q', divisions: ['84', '85'] },
  education: { section: 'P', divisions: ['83'] },
  real_estate: { section: 'K', divisions: ['70'] },
};

/** Divisions of section C (13–43) that no narrower industry claims: manufacturing. */
const manufacturingDivisions = Array.from({ length: 31 }, (_, i) => String(13 + i));

/**
 * The industry a GB/T 4754-2017 code names: a section letter (C → manufacturing), a division (36, C36) or a
 * group or class of it (3660, C3660); null for a code outside the district's industries.
 */
export function industryOfGbt4754(code: string): Industry | null {
  const match = /^([A-T])?(\d{2})?\d{0,2}$/.exec(code.normalize('NFKC').trim().toUpperCase().replace(/[\s.]/g, ''));
  if (!match || (!match[1] && !match[2])) return null;
  const [, section, division] = match;
  const candidates = industryCodes.filter((industry) => {
    const place = industryGbt4754[industry];
    if (division) return place.divisions.includes(division) && (!section || section === place.section);
    return place.section === section;
  });
  if (candidates.length > 0) return division || candidates.length === 1 ? candidates[0]! : 'manufacturing';
  return division && manufacturingDivisions.includes(division) && (!section || section === 'C') ? 'manufacturing' : null;
}
