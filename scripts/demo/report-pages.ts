// The text of the demo's report PDFs: 华鑫's full 2025 report behind "报告全文 (PDF版)" (written for the demo,
// figures matching its web page), and a long report of any length for the benchmark, made of the default
// framework's guidance turned into disclosures with figures, among pages about business that prove nothing.
import { defaultFramework } from '../../shared/framework/default';
import { FrameworkDoc } from '../../shared/schemas/framework';

const header = '上海华鑫汽车零部件有限公司 · 2025年度社会责任报告';

export const huaxinReportPages: string[] = [
  '上海华鑫汽车零部件有限公司\n2025年度社会责任报告\n二〇二六年三月',
  `${header}\n关于本报告\n本报告是上海华鑫汽车零部件有限公司发布的第三份年度社会责任报告,时间范围为2025年1月1日至12月31日,参照GB/T 36001-2015《社会责任报告编写指南》编制。\n报告中的数据来自公司内部统计和经审计的财务报表。`,
  `${header}\n一、员工权益\n公司严格执行《劳动合同法》,全年劳动合同签订率达到100%,劳务派遣用工比例控制在5%以内。\n公司为全体员工足额缴纳社会保险和住房公积金,2025年缴费基数按实际工资核定,未发生欠缴。\n工资于每月10日前足额发放,全年无拖欠工资情况;加班按法定标准支付加班费,月加班时长控制在36小时以内。`,
  `${header}\n二、安全生产与职业健康\n公司建立全员安全生产责任制,与各车间签订安全生产责任书,2025年未发生一般及以上生产安全事故。\n全年开展安全生产与职业健康培训46场,累计培训3,280人次,特种作业人员持证上岗率100%。\n接触噪声、粉尘岗位员工全部完成岗前、在岗和离岗职业健康检查,未发现职业病病例。`,
  `${header}\n三、民主管理\n公司工会每年召开职工代表大会,2025年审议通过了《工资集体协商协议》和《安全生产专项集体合同》。\n厂务公开栏每月更新,公开内容包括绩效考核、评先评优和福利发放。\n公司设立困难职工帮扶基金,全年帮扶困难职工23人次,发放帮扶金8.6万元。`,
  `${header}\n四、环境保护\n2025年公司废气、废水污染物全部达标排放,全年未受到生态环境部门的行政处罚。\n公司于2019年通过ISO 14001环境管理体系认证,2025年完成再认证审核。\n危险废物委托持有经营许可证的单位处置,转移联单电子化率100%,危废贮存库完成防渗改造。`,
  `${header}\n五、节能降碳\n屋顶分布式光伏年发电量约68万千瓦时,占公司用电量的12%。\n单位产值综合能耗同比下降4.2%,完成空压机群控改造和注塑机伺服节能改造。\n公司完成2025年度温室气体排放核算,设定2030年单位产值碳排放较2025年下降20%的目标。`,
  `${header}\n六、社区与公益\n全年组织志愿服务活动18次,参与员工420人次,向安亭镇慈善超市捐赠物资价值12万元。\n与嘉定区两所职业院校开展校企合作,接收实习学生36名,其中14名毕业后留用。\n公司参与安亭镇区域化党建联建,与社区共建“职工之家”,向周边居民开放篮球场。`,
];

/** A long report: `pages` pages, about `density` characters each (a cover, then disclosures among business pages). */
export function longReportPages(pages: number, density = 900): string[] {
  const doc = FrameworkDoc.parse(defaultFramework);
  const indicators = doc.dimensions.flatMap((d) => d.children.flatMap((g) => g.children));
  const business = [
    '公司坚持以客户为中心,持续优化产品结构,全年主营业务收入保持稳定增长,新产品销售占比进一步提升。',
    '面对复杂多变的市场环境,公司加强精益管理,推进数字化转型,生产效率和交付能力稳步提高。',
    '公司积极拓展新能源汽车配套市场,与多家整车企业建立战略合作关系,订单结构持续优化。',
  ];
  const out = ['某某集团股份有限公司\n2025年度可持续发展报告'];
  for (let n = 2; n <= pages; n++) {
    const lines = [`某某集团 · 2025年度可持续发展报告 · 第${n}页`];
    let length = 0;
    for (let k = 0; length < density; k++) {
      const i = indicators[(n * 7 + k * 13) % indicators.length]!;
      const text =
        (n + k) % 3 === 0
          ? business[(n + k) % business.length]!
          : `${i.name.zh}:${i.rubric[(n + k) % i.rubric.length]!.description.zh}报告期内相关指标为${(n * 37 + k * 11) % 100}.${(n + k) % 10}%,较上年提高${(n + k) % 7}个百分点。`;
      lines.push(text);
      length += text.length;
    }
    out.push(lines.join('\n'));
  }
  return out;
}
