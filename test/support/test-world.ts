// The people and enterprises most tests need: one of each role, two streets, three enterprises, two assignments.
import type { UserSpec, WorldSpec } from '../../worker/seed/world';
import { jiadingStreets } from '../../worker/seed/jiading-streets';
import { miniFramework } from './mini-framework';

export const creditCodes = {
  huaxin: '91310114MA1GT35K7H',
  lvyuan: '91310114MA1GU12340',
  jiaan: '91310114MA1GW5678U',
} as const;

export const streets = { nanxiang: '南翔镇', anting: '安亭镇' } as const;

const users = [
  { login: 'admin', displayName: '管理员', isAdmin: true, password: 'admin-password-1' },
  { login: 'expert', displayName: '李专家', password: 'expert-password-1', membership: { role: 'expert', bureau: '区人社局' } },
  { login: 'expert2', displayName: '王专家', membership: { role: 'expert', bureau: '区生态环境局' } },
  { login: 'reviewer', displayName: '赵审核', membership: { role: 'reviewer' } },
  { login: 'coordinator', displayName: '南翔协调员', membership: { role: 'coordinator', street: streets.nanxiang } },
  { login: 'coordinator-anting', displayName: '安亭协调员', membership: { role: 'coordinator', street: streets.anting } },
  { login: 'huaxin', displayName: '华鑫联络员', membership: { role: 'enterprise', enterpriseCreditCode: creditCodes.huaxin } },
  { login: 'jiaan', displayName: '嘉安联络员', membership: { role: 'enterprise', enterpriseCreditCode: creditCodes.jiaan } },
  { login: 'outsider', displayName: '局外人' },
] as const satisfies readonly UserSpec[];

export const testWorldSpec: WorldSpec = {
  streets: jiadingStreets,
  framework: miniFramework,
  round: { nameZh: '2026年度测评', nameEn: '2026 evaluation', year: 2026, status: 'collecting' },
  enterprises: [
    { creditCode: creditCodes.huaxin, name: '上海华鑫汽车零部件有限公司', industry: 'manufacturing', street: streets.nanxiang, size: 'medium', partyOrgType: 'independent', domains: ['huaxin-auto.cn', 'www.huaxin-parts.com'] },
    { creditCode: creditCodes.lvyuan, name: '上海绿源建设工程有限公司', industry: 'construction', street: streets.nanxiang, size: 'large', partyOrgType: 'joint', domains: ['lvyuan-build.cn'] },
    { creditCode: creditCodes.jiaan, name: '上海嘉安物流有限公司', industry: 'logistics', street: streets.anting, size: 'small', partyOrgType: 'none', domains: ['jiaan-logistics.cn', 'csr.jiaan-logistics.cn'] },
  ],
  users: [...users],
  // expert scores everything; expert2 the pollution group, and only for the two enterprises of 南翔镇.
  assignments: [
    { expert: 'expert', scope: ['STAFF', 'ENV'] },
    { expert: 'expert2', scope: ['ENV.1'], enterprises: [creditCodes.huaxin, creditCodes.lvyuan] },
  ],
};

export type TestLogin = (typeof users)[number]['login'];
