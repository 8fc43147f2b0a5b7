// A small but complete framework for tests: two dimensions, a mandatory and a special indicator.
import type { FrameworkDocInput, IndicatorDoc } from '../../shared/schemas/framework';

const rubric = [
  { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '未达到要求', en: 'Below the requirement' } },
  { min: 6, label: { zh: '达标', en: 'Met' }, description: { zh: '达到要求', en: 'Meets the requirement' } },
];

const indicator = (code: string, zh: string, en: string, extra: Partial<IndicatorDoc> = {}) => ({
  code,
  name: { zh, en },
  guidance: { zh: `${zh}的证据`, en: `Evidence of ${en.toLowerCase()}` },
  kind: 'voluntary' as const,
  weight: 1,
  maxScore: 10,
  rubric,
  keywords: { zh: [zh], en: [en.toLowerCase()] },
  validity: { basis: 'figures' as const, maxAgeMonths: 24 },
  ...extra,
});

export const miniFramework: FrameworkDocInput = {
  code: 'mini-csr',
  name: { zh: '测试标准', en: 'Test standard' },
  description: { zh: '用于测试', en: 'For tests' },
  settings: {
    gradeBands: [
      { grade: 'A', minTotal: 80, label: { zh: '优', en: 'Good' } },
      { grade: 'B', minTotal: 60, label: { zh: '中', en: 'Fair' } },
      { grade: 'C', minTotal: 0, label: { zh: '差', en: 'Poor' } },
    ],
    consensus: { method: 'median', trimFraction: 0.2, disagreementThreshold: 0.3 },
    vetoGrade: 'C',
    adjustments: [
      { code: 'AWARD_CITY', name: { zh: '市级荣誉', en: 'City honour' }, guidance: { zh: '以证书为证', en: 'Shown by the certificate' }, direction: 'bonus', points: 2, capPerEnterprise: 4 },
      { code: 'MEDIA_EXPOSED', name: { zh: '媒体曝光', en: 'Media exposure' }, guidance: { zh: '以报道为证', en: 'Shown by the report' }, direction: 'deduction', points: 3, capPerEnterprise: 6 },
    ],
    adjustmentsCap: 5,
  },
  dimensions: [
    {
      code: 'STAFF',
      name: { zh: '员工责任', en: 'Staff' },
      weight: 60,
      children: [
        {
          code: 'STAFF.1',
          name: { zh: '劳动权益', en: 'Labour rights' },
          weight: 1,
          children: [
            indicator('STAFF.1.1', '劳动合同签订', 'Labour contracts', { kind: 'mandatory', weight: 3, keywords: { zh: ['劳动合同', '签订率'], en: ['labour contract', 'signing rate'] } }),
            indicator('STAFF.1.2', '安全培训', 'Safety training', { keywords: { zh: ['安全培训', '培训'], en: ['safety training'] } }),
          ],
        },
      ],
    },
    {
      code: 'ENV',
      name: { zh: '环境责任', en: 'Environment' },
      weight: 40,
      children: [
        {
          code: 'ENV.1',
          name: { zh: '污染防治', en: 'Pollution' },
          weight: 1,
          children: [
            indicator('ENV.1.1', '达标排放', 'Emissions within limits', { keywords: { zh: ['排放', '达标'], en: ['emissions'] } }),
            indicator('ENV.1.2', '扬尘控制', 'Dust control', { kind: 'special', industries: ['construction'], keywords: { zh: ['扬尘'], en: ['dust'] } }),
          ],
        },
      ],
    },
  ],
};
