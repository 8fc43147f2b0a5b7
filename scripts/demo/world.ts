// The demo world `npm run dev` seeds: the default framework, a round, three enterprises with websites
// (served locally at http://<name>.localhost:8790, which browsers resolve to this machine), one user per role.
import { defaultFramework } from '../../shared/framework/default';
import type { WorldSpec } from '../../worker/seed/world';

export const DEMO_SITE_PORT = 8790;

export const demoEnterprises = [
  {
    creditCode: '91310114MA1GT35K7H',
    name: '上海华鑫汽车零部件有限公司',
    nameEn: 'Shanghai Huaxin Auto Parts Co., Ltd.',
    industry: 'manufacturing',
    street: '安亭镇',
    size: 'medium' as const,
    partyOrgType: 'independent' as const,
    domains: ['huaxin-auto.com.cn', 'huaxin-auto.localhost'],
    contactName: '陈晓燕',
  },
  {
    creditCode: '91310114MA1GU12340',
    name: '上海绿源建设工程有限公司',
    nameEn: 'Shanghai Lvyuan Construction Engineering Co., Ltd.',
    industry: 'construction',
    street: '南翔镇',
    size: 'large' as const,
    partyOrgType: 'independent' as const,
    domains: ['lvyuan-build.com.cn', 'lvyuan-build.localhost'],
    contactName: '周建国',
  },
  {
    creditCode: '91310114MA1GW5678U',
    name: '上海嘉安物流有限公司',
    nameEn: 'Shanghai Jia’an Logistics Co., Ltd.',
    industry: 'logistics',
    street: '江桥镇',
    size: 'small' as const,
    partyOrgType: 'joint' as const,
    domains: ['jiaan-logistics.com.cn', 'jiaan-logistics.localhost'],
    contactName: '吴敏',
  },
];

export const demoUsers = [
  { login: 'admin', password: 'demo-admin-2026', displayName: '区社会工作部 管理员', isAdmin: true },
  { login: 'expert.labour', password: 'demo-expert-2026', displayName: '李明(区人社局)', membership: { role: 'expert' as const, bureau: '区人力资源和社会保障局' } },
  { login: 'expert.env', password: 'demo-expert-2026', displayName: '王芳(区生态环境局)', membership: { role: 'expert' as const, bureau: '区生态环境局' } },
  { login: 'reviewer', password: 'demo-reviewer-2026', displayName: '赵立(测评组审核)', membership: { role: 'reviewer' as const } },
  { login: 'coordinator.anting', password: 'demo-coordinator-2026', displayName: '安亭镇党建办', membership: { role: 'coordinator' as const, street: '安亭镇' } },
  { login: 'huaxin', password: 'demo-enterprise-2026', displayName: '华鑫 社会责任专员', membership: { role: 'enterprise' as const, enterpriseCreditCode: '91310114MA1GT35K7H' } },
];

export const demoWorldSpec: WorldSpec = {
  framework: defaultFramework,
  round: { nameZh: '2026年度嘉定区民营企业社会责任测评', nameEn: '2026 Jiading CSR evaluation of private enterprises', year: 2026, status: 'collecting' },
  enterprises: demoEnterprises,
  users: demoUsers,
};
