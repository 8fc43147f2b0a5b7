// The demo world `npm run dev` seeds: the default framework, a round in scoring, three featured enterprises
// with websites (served locally at http://<name>.localhost:8790, which browsers resolve to this machine)
// among 497 synthetic ones, one user per role plus two more experts, assignments, evidence and scores.
import { defaultFramework } from '../../shared/framework/default';
import { jiadingStreets } from '../../worker/seed/jiading-streets';
import { syntheticEnterprises } from '../../worker/seed/synthetic-enterprises';
import type { EnterpriseSpec, WorldSpec } from '../../worker/seed/world';

export const DEMO_SITE_PORT = 8790;

export const demoEnterprises: EnterpriseSpec[] = [
  {
    creditCode: '91310114MA1GT35K7H',
    name: '上海华鑫汽车零部件有限公司',
    nameEn: 'Shanghai Huaxin Auto Parts Co., Ltd.',
    industry: 'manufacturing',
    street: '安亭镇',
    size: 'medium',
    partyOrgType: 'independent',
    domains: ['huaxin-auto.com.cn', 'huaxin-auto.localhost'],
    contactName: '陈晓燕',
  },
  {
    creditCode: '91310114MA1GU12340',
    name: '上海绿源建设工程有限公司',
    nameEn: 'Shanghai Lvyuan Construction Engineering Co., Ltd.',
    industry: 'construction',
    street: '南翔镇',
    size: 'large',
    partyOrgType: 'independent',
    domains: ['lvyuan-build.com.cn', 'lvyuan-build.localhost'],
    contactName: '周建国',
  },
  {
    creditCode: '91310114MA1GW5678U',
    name: '上海嘉安物流有限公司',
    nameEn: 'Shanghai Jia’an Logistics Co., Ltd.',
    industry: 'logistics',
    street: '江桥镇',
    size: 'small',
    partyOrgType: 'joint',
    domains: ['jiaan-logistics.com.cn', 'jiaan-logistics.localhost'],
    contactName: '吴敏',
  },
];

/** How many enterprises the demo round evaluates, featured ones included. */
export const DEMO_ENTERPRISES = 500;

export const demoUsers = [
  { login: 'admin', password: 'demo-admin-2026', displayName: '区社会工作部 管理员', isAdmin: true },
  { login: 'expert.labour', password: 'demo-expert-2026', displayName: '李明(区人社局)', membership: { role: 'expert' as const, bureau: '区人力资源和社会保障局' } },
  { login: 'expert.env', password: 'demo-expert-2026', displayName: '王芳(区生态环境局)', membership: { role: 'expert' as const, bureau: '区生态环境局' } },
  { login: 'reviewer', password: 'demo-reviewer-2026', displayName: '赵立(测评组审核)', membership: { role: 'reviewer' as const } },
  { login: 'coordinator.anting', password: 'demo-coordinator-2026', displayName: '安亭镇党建办', membership: { role: 'coordinator' as const, street: '安亭镇' } },
  { login: 'huaxin', password: 'demo-enterprise-2026', displayName: '华鑫 社会责任专员', membership: { role: 'enterprise' as const, enterpriseCreditCode: '91310114MA1GT35K7H' } },
  { login: 'expert.tax', password: 'demo-expert-2026', displayName: '孙伟(区税务局)', membership: { role: 'expert' as const, bureau: '国家税务总局上海市嘉定区税务局' } },
  { login: 'expert.market', password: 'demo-expert-2026', displayName: '钱静(区市场监管局)', membership: { role: 'expert' as const, bureau: '区市场监督管理局' } },
];

const allDimensions = ['STAFF', 'MGMT', 'GOV', 'COMM', 'ENV'];

export type DemoWorldSize = {
  /** Enterprises in the round, the featured ones included. */
  enterprises: number;
  /** Share of applicable slots with a linked page (DemoDataSpec.evidenceShare). */
  evidenceShare: number;
};

/** The demo world at any size (the benchmarks' tiers): same people, assignments and generators, more or fewer enterprises. */
export const demoWorldOf = ({ enterprises, evidenceShare }: DemoWorldSize): WorldSpec => ({
  streets: jiadingStreets,
  framework: defaultFramework,
  round: { nameZh: '2026年度嘉定区民营企业社会责任测评', nameEn: '2026 Jiading CSR evaluation of private enterprises', year: 2026, status: 'scoring' },
  enterprises: [...demoEnterprises, ...syntheticEnterprises({ count: enterprises - demoEnterprises.length, seed: 2026, avoid: demoEnterprises })],
  users: demoUsers,
  // Every indicator is scored by three experts: the labour or environment bureau's, the tax bureau's and market regulation's.
  assignments: [
    { expert: 'expert.labour', scope: ['STAFF', 'GOV'] },
    { expert: 'expert.env', scope: ['ENV', 'COMM', 'MGMT'] },
    { expert: 'expert.tax', scope: allDimensions },
    { expert: 'expert.market', scope: allDimensions },
  ],
  demoData: { seed: 2026, evidenceShare },
});

export const demoWorldSpec: WorldSpec = demoWorldOf({ enterprises: DEMO_ENTERPRISES, evidenceShare: 0.7 });
