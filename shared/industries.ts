// The industries the district classifies enterprises by; special indicators name the ones they apply to.
import { z } from 'zod';
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

export const Industry = z.enum(industryCodes);
export type Industry = z.infer<typeof Industry>;

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
