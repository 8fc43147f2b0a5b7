// Jiading District's streets and towns (上海市嘉定区, 310114) in their official order, with their township codes
// (statistical division codes of the National Bureau of Statistics) and the spellings offices use: the registry
// the demo world and the tests start from. 嘉定新城 is governed together with 马陆镇 (区镇合一), so it is an alias.
import type { StreetCreate } from '../../shared/schemas/streets';

export type StreetSpec = Pick<StreetCreate, 'name' | 'code' | 'nameEn' | 'aliases'>;

export const jiadingStreets: StreetSpec[] = [
  { code: '310114001', name: '新成路街道', nameEn: 'Xinchenglu Subdistrict', aliases: ['新成路'] },
  { code: '310114002', name: '真新街道', nameEn: 'Zhenxin Subdistrict', aliases: ['真新'] },
  { code: '310114004', name: '嘉定镇街道', nameEn: 'Jiadingzhen Subdistrict', aliases: ['嘉定镇'] },
  { code: '310114102', name: '南翔镇', nameEn: 'Nanxiang Town', aliases: ['南翔'] },
  { code: '310114103', name: '安亭镇', nameEn: 'Anting Town', aliases: ['安亭'] },
  { code: '310114106', name: '马陆镇', nameEn: 'Malu Town', aliases: ['马陆', '嘉定新城', '嘉定新城(马陆镇)'] },
  { code: '310114109', name: '徐行镇', nameEn: 'Xuhang Town', aliases: ['徐行'] },
  { code: '310114111', name: '华亭镇', nameEn: 'Huating Town', aliases: ['华亭'] },
  { code: '310114114', name: '外冈镇', nameEn: 'Waigang Town', aliases: ['外冈'] },
  { code: '310114118', name: '江桥镇', nameEn: 'Jiangqiao Town', aliases: ['江桥'] },
  { code: '310114401', name: '菊园新区', nameEn: 'Juyuan New Area', aliases: ['菊园新区管委会', '菊园'] },
  { code: '310114501', name: '嘉定工业区', nameEn: 'Jiading Industrial Zone', aliases: [] },
];

/** The official names, in order. */
export const jiadingStreetNames = jiadingStreets.map((s) => s.name);
