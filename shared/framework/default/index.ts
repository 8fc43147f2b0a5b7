// The default evaluation standard shipped as seed data: five dimensions, 16 second-level groups,
// 64 third-level indicators (12 mandatory, 6 special, 46 voluntary), grade bands and adjustments.
import { FrameworkDoc, type FrameworkDocInput } from '../../schemas/framework';
import { comm } from './comm';
import { env } from './env';
import { gov } from './gov';
import { mgmt } from './mgmt';
import { staff } from './staff';

export const defaultFramework: FrameworkDocInput = {
  code: 'jiading-csr',
  name: {
    zh: '嘉定区民营企业社会责任评价标准',
    en: 'Jiading District Standard for Evaluating the Social Responsibility of Private Enterprises',
  },
  description: {
    zh: '嘉定区民营企业社会责任评价的默认指标体系,设员工责任、管理责任、政府责任、社区责任、环境责任五个维度,16项二级指标、64项三级指标(必选、自选和行业特色指标),参照 GB/T 36000-2015、GB/T 36001-2015、GB/T 36002-2015、上海市地方标准 DB31/421 及中国企业社会责任报告评级编制。必选指标不达标的,评价等级最高为C级。',
    en: 'The default indicator system for evaluating the social responsibility of private enterprises in Jiading: five dimensions (staff, management, government, community and environment), 16 second-level groups and 64 third-level indicators that are mandatory, voluntary or industry-specific, drawing on GB/T 36000-2015, GB/T 36001-2015, GB/T 36002-2015, the Shanghai local standard DB31/421 and the Chinese CSR report rating. An enterprise that fails a mandatory indicator is graded C at best.',
  },
  settings: {
    gradeBands: [
      { grade: 'AAA', minTotal: 90, label: { zh: '优秀', en: 'Outstanding' } },
      { grade: 'AA', minTotal: 80, label: { zh: '良好', en: 'Very good' } },
      { grade: 'A', minTotal: 70, label: { zh: '较好', en: 'Good' } },
      { grade: 'B', minTotal: 60, label: { zh: '合格', en: 'Satisfactory' } },
      { grade: 'C', minTotal: 0, label: { zh: '待改进', en: 'Needs improvement' } },
    ],
    consensus: { method: 'median', trimFraction: 0.2, disagreementThreshold: 0.3 },
    mandatoryFailRatio: 0.6,
    vetoGrade: 'C',
    rectificationRatio: 0.6,
    showExpertNames: false,
    adjustmentsCap: 10,
    adjustments: [
      {
        code: 'AWARD_DISTRICT',
        name: { zh: '区级荣誉', en: 'District-level honour' },
        guidance: {
          zh: '评价期内获得嘉定区委、区政府、区级部门或区总工会授予的荣誉,如区级优秀社会责任企业、区文明单位、区五一劳动奖状、区模范劳动关系和谐企业,以证书或表彰文件为证。同一事项获多级荣誉的,只按最高级别计一次。',
          en: 'An honour awarded during the evaluation period by the Jiading district party committee or government, a district department or the district trade union federation, such as district outstanding socially responsible enterprise, district civilised unit, district May Day Labour Award or district model of harmonious labour relations, shown by the certificate or commendation notice. Where one achievement is honoured at several levels, only the highest counts, once.',
        },
        direction: 'bonus',
        points: 1,
        capPerEnterprise: 3,
      },
      {
        code: 'AWARD_MUNICIPAL',
        name: { zh: '市级荣誉', en: 'Shanghai municipal honour' },
        guidance: {
          zh: '评价期内获得上海市委、市政府、市级部门或市总工会授予的荣誉,如上海市文明单位、上海市五一劳动奖状、上海市模范劳动关系和谐企业、上海市绿色工厂,以证书或表彰文件为证。同一事项只按最高级别计一次。',
          en: 'An honour awarded during the evaluation period by the Shanghai municipal party committee or government, a municipal department or the Shanghai Federation of Trade Unions, such as Shanghai civilised unit, Shanghai May Day Labour Award, Shanghai model of harmonious labour relations or Shanghai green factory, shown by the certificate or commendation notice. One achievement counts once, at its highest level.',
        },
        direction: 'bonus',
        points: 2,
        capPerEnterprise: 4,
      },
      {
        code: 'AWARD_MINISTERIAL',
        name: { zh: '省部级荣誉', en: 'Ministerial-level honour' },
        guidance: {
          zh: '评价期内获得国家部委或部委联合全国性组织授予的荣誉或认定,如国家级绿色工厂、全国模范劳动关系和谐企业、全国就业与社会保障先进民营企业,以证书、公示名单或文件为证。同一事项只按最高级别计一次。',
          en: 'An honour or designation awarded during the evaluation period by a national ministry, alone or with a national organisation, such as national green factory, national model of harmonious labour relations or national advanced private enterprise for employment and social security, shown by the certificate, published list or notice. One achievement counts once, at its highest level.',
        },
        direction: 'bonus',
        points: 3,
        capPerEnterprise: 6,
      },
      {
        code: 'AWARD_NATIONAL',
        name: { zh: '国家级荣誉', en: 'National honour' },
        guidance: {
          zh: '评价期内获得党中央、国务院、中央文明委或中华全国总工会授予的全国性荣誉,如全国文明单位、全国五一劳动奖状、全国脱贫攻坚先进集体,以证书或表彰决定为证。同一事项只按最高级别计一次。',
          en: 'A national honour awarded during the evaluation period by the Party Central Committee, the State Council, the Central Commission for Guiding Cultural and Ethical Progress or the All-China Federation of Trade Unions, such as national civilised unit, National May Day Labour Award or national advanced collective in poverty alleviation, shown by the certificate or commendation decision. One achievement counts once, at its highest level.',
        },
        direction: 'bonus',
        points: 5,
        capPerEnterprise: 8,
      },
      {
        code: 'MEDIA_EXPOSED_VIOLATION',
        name: { zh: '媒体曝光的违法违规行为', en: 'Violation exposed by the media' },
        guidance: {
          zh: '评价期内被中央或市级主流媒体、政府部门公开曝光并经查证属实的违法违规或损害公众利益的行为,如虚假宣传、侵害消费者权益、恶意拖欠账款。每起事件计一次;已按安全事故、环境违法或劳动群体性事件扣分的,不重复扣分。',
          en: 'A violation of law or of the public interest exposed during the evaluation period by national or Shanghai mainstream media or by a government department and confirmed on investigation, such as false advertising, infringing consumer rights or deliberately withholding payments. Each case counts once; a case already deducted as a safety incident, environmental violation or labour mass incident is not deducted again.',
        },
        direction: 'deduction',
        points: 3,
        capPerEnterprise: 6,
      },
      {
        code: 'SERIOUS_SAFETY_INCIDENT',
        name: { zh: '重大安全生产事故', en: 'Serious work safety accident' },
        guidance: {
          zh: '评价期内发生本企业负有责任、造成人员死亡或较大及以上等级的生产安全事故,以应急管理部门事故调查报告或通报为准。每起事故计一次,并同时按指标 STAFF.2.1 评分。',
          en: 'A work safety accident during the evaluation period for which the enterprise bears responsibility and which caused a death or was classed as larger-scale or above, as established by the emergency management investigation report or notice. Each accident counts once, and indicator STAFF.2.1 is scored as well.',
        },
        direction: 'deduction',
        points: 5,
        capPerEnterprise: 10,
      },
      {
        code: 'ENV_PENALTY_EXPOSED',
        name: { zh: '被公开通报的环境违法', en: 'Publicly exposed environmental violation' },
        guidance: {
          zh: '评价期内环境违法行为被生态环境部门公开通报、挂牌督办或被中央生态环境保护督察、主流媒体曝光,以通报文件、处罚决定书或报道为证。每起事件计一次。',
          en: 'An environmental violation during the evaluation period that was publicly named by the ecology and environment authorities, placed under supervised rectification, or exposed by a central environmental inspection or mainstream media, shown by the notice, penalty decision or report. Each case counts once.',
        },
        direction: 'deduction',
        points: 3,
        capPerEnterprise: 6,
      },
      {
        code: 'LABOUR_MASS_INCIDENT',
        name: { zh: '劳动争议群体性事件', en: 'Labour dispute mass incident' },
        guidance: {
          zh: '评价期内因欠薪、裁员、社保等劳动争议引发集体停工、集体上访或聚集等群体性事件,以人社、信访或公安部门的处置记录为证。每起事件计一次。',
          en: 'A mass incident during the evaluation period, such as a collective work stoppage, a group petition or a gathering, arising from a labour dispute over unpaid wages, lay-offs or social insurance, as shown by the handling records of the labour, petition or public security authorities. Each incident counts once.',
        },
        direction: 'deduction',
        points: 4,
        capPerEnterprise: 8,
      },
    ],
  },
  dimensions: [staff, mgmt, gov, comm, env],
};

/** Validates the default framework against the schema and returns it with defaults applied. */
export function parseDefaultFramework(): FrameworkDoc {
  return FrameworkDoc.parse(defaultFramework);
}
