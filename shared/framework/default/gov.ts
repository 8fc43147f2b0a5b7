// Default framework, dimension 3 of 5: government responsibility (政府责任), weight 20.
// Seed data only: codes, names and kinds follow FRAMEWORK.md; rubric bands are on a 10-point scale.
import type { DimensionDocInput } from '../../schemas/framework';

export const gov: DimensionDocInput = {
  code: 'GOV',
  name: { zh: '政府责任', en: 'Government responsibility' },
  weight: 20,
  children: [
    {
      code: 'GOV.1',
      name: { zh: '依法纳税', en: 'Lawful taxation' },
      weight: 3,
      children: [
        {
          code: 'GOV.1.1',
          name: { zh: '依法按时申报缴纳税款', en: 'Taxes declared and paid lawfully and on time' },
          guidance: {
            zh: '税务机关出具的完税证明或无欠税证明、电子税务局申报缴纳记录,显示依据《税收征收管理法》按期申报、足额缴纳各项税费;无欠税公告、偷逃税处罚,未被列为重大税收违法失信主体。',
            en: 'Tax payment or no-arrears certificates from the tax authority and filing records from the electronic tax bureau, showing every tax declared on time and paid in full under the Tax Collection and Administration Law; no arrears notice or evasion penalty, and not listed as a party to a major tax violation.',
          },
          kind: 'mandatory',
          industries: [],
          weight: 3,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '存在欠税、偷税逃税被处罚,或被列为重大税收违法失信主体。', en: 'Tax arrears, a penalty for evasion, or listed as a party to a major tax violation.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '存在逾期申报或缴纳滞纳金的情形,金额较小且已补缴。', en: 'Late filing or a late-payment surcharge, small in amount and already settled.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '评价期内全部按期申报、足额缴纳,无欠税记录。', en: 'Every return filed on time and every tax paid in full during the evaluation period, with no arrears.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '按期足额纳税,并建立税务内控合规体系,主动披露纳税信息。', en: 'Taxes paid on time and in full, backed by an internal tax compliance system and voluntary disclosure of taxes paid.' } },
          ],
          keywords: {
            zh: ['纳税申报', '完税证明', '欠税', '偷税', '逃税', '滞纳金', '税收违法', '依法纳税'],
            en: ['tax filing', 'tax payment certificate', 'tax arrears', 'tax evasion', 'late-payment surcharge', 'tax violation', 'lawful taxation'],
          },
          validity: { basis: 'record', maxAgeMonths: 12 },
        },
        {
          code: 'GOV.1.2',
          name: { zh: '纳税信用等级', en: 'Tax credit rating' },
          guidance: {
            zh: '税务机关年度评定的纳税信用等级(A、B、M、C、D)及电子税务局查询截图,以最近一个评价年度的结果为准。',
            en: 'The tax credit rating (A, B, M, C or D) assigned annually by the tax authority, with a screenshot from the electronic tax bureau; the most recent rating year counts.',
          },
          kind: 'voluntary',
          industries: [],
          weight: 2,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '纳税信用等级为D级。', en: 'Tax credit rating D.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '纳税信用等级为C级。', en: 'Tax credit rating C.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '纳税信用等级为B级,或新设立企业评为M级。', en: 'Tax credit rating B, or M for a newly established enterprise.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '纳税信用等级为A级,连续多年A级为最佳证据。', en: 'Tax credit rating A; several consecutive years at A is the strongest evidence.' } },
          ],
          keywords: {
            zh: ['纳税信用', '纳税信用等级', 'A级纳税人', '纳税信用评价', '税务信用'],
            en: ['tax credit rating', 'A-grade taxpayer', 'tax credit evaluation', 'taxpayer credit'],
          },
          validity: { basis: 'record', maxAgeMonths: 12 },
        },
        {
          code: 'GOV.1.3',
          name: { zh: '纳税贡献增长', en: 'Growth of tax contribution' },
          guidance: {
            zh: '近三年纳税总额及增长率,以税务部门出具的纳税证明或经审计的财务报表为据,结合营业收入变化、减税降费政策影响和区内同行业水平综合判断。',
            en: 'Total taxes paid over the last three years and their growth, based on tax authority certificates or audited accounts, judged against revenue trends, the effect of tax relief policies and peers in the district.',
          },
          kind: 'voluntary',
          industries: [],
          weight: 1,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '纳税总额较上年下降超过10%,且无减税降费等政策性原因。', en: 'Total tax paid fell by more than 10% on the previous year for reasons other than tax relief policy.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '纳税总额基本持平,增减幅度在5%以内。', en: 'Total tax paid broadly flat, within 5% either way.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '纳税总额同比增长5%至15%。', en: 'Total tax paid up 5% to 15% year on year.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '纳税总额同比增长15%以上,或纳税额位居区内同行业前列。', en: 'Total tax paid up more than 15% year on year, or among the highest in its industry in the district.' } },
          ],
          keywords: {
            zh: ['纳税总额', '税收贡献', '财政贡献', '纳税增长', '纳税大户', '营业收入'],
            en: ['total tax paid', 'tax contribution', 'fiscal contribution', 'tax growth', 'major taxpayer', 'operating revenue'],
          },
          validity: { basis: 'figures', maxAgeMonths: 24 },
        },
        {
          code: 'GOV.1.4',
          name: { zh: '政府补贴与扶持资金合规使用', en: 'Lawful use of government subsidies' },
          guidance: {
            zh: '获得的政府补贴和产业扶持资金清单、项目验收或绩效评价报告、专项审计报告,显示资金专款专用并按申报用途使用,无虚报冒领、骗取或挪用被追回、处罚的记录(《财政违法行为处罚处分条例》)。评价期内未获得政府资金的企业,以书面说明和主管部门查询结果为证,按“良好”评定。',
            en: 'A list of subsidies and industrial support funds received, project acceptance or performance evaluation reports and special audit reports, showing the money was ring-fenced and spent on the declared purpose, with no clawback or penalty for false claims, fraud or diversion (Regulations on Penalties for Fiscal Violations). An enterprise that received no public funds in the period is rated Good on a written statement confirmed by the competent department.',
          },
          kind: 'mandatory',
          industries: [],
          weight: 3,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '存在骗取、虚报冒领或挪用政府补贴被追回、处罚的记录。', en: 'Subsidies obtained by fraud or false claims, or diverted, and clawed back or penalised.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '资金用于申报项目,但核算台账不清或项目验收延期。', en: 'Funds spent on the declared project, but accounts are unclear or project acceptance is overdue.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '专款专用、单独核算,项目按期验收,绩效目标达成。', en: 'Funds ring-fenced and separately accounted for, projects accepted on schedule and performance targets met.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '扶持项目绩效评价为优秀,带动效应显著,并主动公开资金使用情况。', en: 'Supported projects rated excellent in performance evaluation, with clear spill-over benefits and voluntary disclosure of how the funds were used.' } },
          ],
          keywords: {
            zh: ['政府补贴', '扶持资金', '专项资金', '专款专用', '骗取补贴', '项目验收', '财政资金', '绩效评价'],
            en: ['government subsidy', 'support funds', 'special funds', 'ring-fenced', 'subsidy fraud', 'project acceptance', 'public funds', 'grant'],
          },
          validity: { basis: 'record', maxAgeMonths: 24 },
        },
      ],
    },
    {
      code: 'GOV.2',
      name: { zh: '守法合规', en: 'Compliance with law' },
      weight: 3,
      children: [
        {
          code: 'GOV.2.1',
          name: { zh: '无重大行政处罚与失信记录', en: 'No major administrative penalty or dishonesty listing' },
          guidance: {
            zh: '“信用中国(上海)”、国家企业信用信息公示系统及各行政执法部门公示的处罚信息,显示评价期内无较大数额罚款、责令停产停业、吊销许可证件等重大行政处罚,未被列入严重失信主体名单;一般处罚已履行并完成信用修复。',
            en: 'Penalty information published on Credit China (Shanghai), the National Enterprise Credit Information Publicity System and by enforcement agencies shows no major administrative penalty during the evaluation period (a large fine, an order to suspend production or business, or revocation of a licence) and no listing as a seriously dishonest entity; minor penalties have been discharged and the credit record repaired.',
          },
          kind: 'mandatory',
          industries: [],
          weight: 3,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '受到较大数额罚款、责令停产停业、吊销许可证件等重大行政处罚,或被列入严重失信主体名单。', en: 'A large fine, an order to suspend operations or revocation of a licence, or listed as a seriously dishonest entity.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '仅有警告、小额罚款等一般行政处罚,已履行并完成信用修复。', en: 'Only minor penalties such as warnings or small fines, discharged and with the credit record repaired.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '评价期内无任何行政处罚。', en: 'No administrative penalty of any kind during the evaluation period.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '连续三年无行政处罚,建立合规管理体系并开展常态化合规自查。', en: 'No penalty for three consecutive years, with a compliance management system and routine self-inspection.' } },
          ],
          keywords: {
            zh: ['行政处罚', '罚款', '处罚决定书', '责令停产停业', '吊销许可证', '严重失信主体', '执法检查', '违法违规'],
            en: ['administrative penalty', 'fine', 'penalty decision', 'ordered to suspend operations', 'licence revoked', 'seriously dishonest entity', 'law enforcement inspection'],
          },
          validity: { basis: 'record', maxAgeMonths: 24 },
        },
        {
          code: 'GOV.2.2',
          name: { zh: '证照齐全、统计报表按时报送', en: 'Licences complete, statistical reports on time' },
          guidance: {
            zh: '营业执照及经营所需各类行政许可证件在有效期内;依据《统计法》,统计部门联网直报记录显示按时、如实报送统计报表,无拒报、迟报、虚报等统计违法记录。',
            en: 'The business licence and every administrative permit the business needs are valid; under the Statistics Law, online direct-reporting records from the statistics bureau show statistical returns filed on time and truthfully, with no refusal, late or false reporting.',
          },
          kind: 'voluntary',
          industries: [],
          weight: 2,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '无证经营或证照过期,或统计报表拒报、虚报被查处。', en: 'Operating without a required licence or with an expired one, or sanctioned for refusing or falsifying statistical returns.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '证照齐全,但存在统计报表迟报或需多次催报。', en: 'All licences held, but statistical returns are late or need repeated reminders.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '证照齐全有效,统计报表全部按时、如实报送。', en: 'All licences valid and every statistical return filed on time and accurately.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '证照实行动态管理、到期前提前续办,获评统计诚信或统计工作先进单位。', en: 'Licences tracked and renewed ahead of expiry, and recognised for reliable statistical reporting.' } },
          ],
          keywords: {
            zh: ['营业执照', '许可证', '证照', '统计报表', '联网直报', '统计法', '一套表', '迟报'],
            en: ['business licence', 'permit', 'licences', 'statistical return', 'online statistical reporting', 'Statistics Law', 'late reporting'],
          },
          validity: { basis: 'record', maxAgeMonths: 12 },
        },
        {
          code: 'GOV.2.3',
          name: { zh: '危险化学品安全管理', en: 'Hazardous chemicals safety management' },
          guidance: {
            zh: '危险化学品安全生产许可证、经营许可证或使用许可证在有效期内,依据 GB 18218 开展重大危险源辨识、评估和备案,落实“一书一签”(安全技术说明书和安全标签)及储存、出入库台账,配备专职安全管理人员,符合《危险化学品安全管理条例》。',
            en: 'A valid safety production, operating or use licence for hazardous chemicals; major hazard installations identified, assessed and filed according to GB 18218; a safety data sheet and hazard label for every chemical, storage and stock movement records, and full-time safety staff, as the Regulations on the Safe Management of Hazardous Chemicals require.',
          },
          kind: 'special',
          industries: ['chemicals'],
          weight: 2,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '无证生产经营危险化学品,重大危险源未辨识备案,或发生危险化学品泄漏、火灾、爆炸事故。', en: 'Producing or trading hazardous chemicals without a licence, major hazards not identified and filed, or a leak, fire or explosion involving chemicals.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '许可证件齐全,但储存管理或“一书一签”存在问题,已限期整改。', en: 'Licences in order, but storage or safety data sheets and labels are deficient and being corrected under a deadline.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '重大危险源辨识、评估、备案和监控到位,储存、出入库、运输全过程台账规范。', en: 'Major hazards identified, assessed, filed and monitored, with proper records for storage, stock movements and transport.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '开展 HAZOP 分析并配备安全仪表系统,实施危化品全生命周期信息化管理,达到安全生产标准化二级以上。', en: 'HAZOP studies and safety instrumented systems, digital life-cycle tracking of chemicals, and safety standardisation at level 2 or above.' } },
          ],
          keywords: {
            zh: ['危险化学品', '危化品', '重大危险源', '安全技术说明书', '安全标签', '危化品仓库', 'HAZOP', '危险化学品许可证'],
            en: ['hazardous chemicals', 'major hazard installation', 'safety data sheet', 'hazard label', 'chemical storage', 'HAZOP', 'process safety', 'hazardous chemicals licence'],
          },
          validity: { basis: 'record', maxAgeMonths: 12 },
        },
        {
          code: 'GOV.2.4',
          name: { zh: '消防安全合规', en: 'Fire safety compliance' },
          guidance: {
            zh: '消防验收或备案文件、消防设施年度检测报告、消防安全责任人和管理人任命文件、防火巡查检查记录及消防培训演练记录,符合《消防法》和《机关、团体、企业、事业单位消防安全管理规定》;消防救援机构检查无未整改的火灾隐患。',
            en: 'Fire acceptance or filing documents, the annual fire equipment test report, appointments of the persons responsible for fire safety, fire patrol and inspection logs, and fire training and drill records, as required by the Fire Protection Law and the fire safety provisions for organisations and enterprises; no unresolved fire hazard from fire and rescue inspections.',
          },
          kind: 'voluntary',
          industries: [],
          weight: 2,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '消防设施缺失或失效、疏散通道堵塞被消防救援机构处罚,或发生火灾事故。', en: 'Missing or faulty fire equipment or blocked escape routes penalised by the fire service, or a fire occurred.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '消防设施基本完好,检查发现的一般隐患已整改。', en: 'Fire equipment mostly in order; minor hazards found in inspections have been fixed.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '消防安全责任制落实,设施年度检测合格,坚持防火巡查并每半年至少组织一次灭火和疏散演练。', en: 'Fire safety responsibilities in place, equipment passes the annual test, regular fire patrols, and fire-fighting and evacuation drills at least every six months.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '建有微型消防站,接入城市消防远程监控系统,达到消防安全标准化管理要求。', en: 'An on-site mini fire station, connection to the city fire remote monitoring system, and standardised fire safety management.' } },
          ],
          keywords: {
            zh: ['消防安全', '消防设施', '火灾隐患', '疏散通道', '防火巡查', '消防检测', '微型消防站', '消防验收'],
            en: ['fire safety', 'fire protection equipment', 'fire hazard', 'escape route', 'fire patrol', 'fire equipment test', 'mini fire station', 'fire acceptance'],
          },
          validity: { basis: 'record', maxAgeMonths: 12 },
        },
      ],
    },
    {
      code: 'GOV.3',
      name: { zh: '就业与发展贡献', en: 'Employment and development' },
      weight: 2,
      children: [
        {
          code: 'GOV.3.1',
          name: { zh: '吸纳本地就业', en: 'Local employment' },
          guidance: {
            zh: '员工花名册与社保缴纳记录显示本市(特别是嘉定区)户籍或常住员工的人数及占比、年度新增就业岗位数,以及参加区人社部门招聘会、稳岗扩岗活动的记录。',
            en: 'The staff roster and social insurance records showing the number and share of employees registered or resident in Shanghai (particularly Jiading), new jobs created in the year, and participation in job fairs and job-retention schemes run by the district labour bureau.',
          },
          kind: 'voluntary',
          industries: [],
          weight: 2,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '员工规模持续缩减,评价期内未新增本地就业岗位。', en: 'Headcount keeps shrinking and no local jobs were created during the period.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '岗位总体稳定,本地员工占比低于20%。', en: 'Headcount stable overall; local employees under 20%.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '本地员工占比20%至40%,或年新增就业岗位10个以上并参加区级招聘活动。', en: 'Local employees between 20% and 40%, or more than 10 new jobs a year and participation in district recruitment events.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '本地员工占比40%以上或新增就业显著,获评稳岗扩岗、促进就业先进单位。', en: 'Over 40% local employees or substantial job creation, and recognised for job retention or employment promotion.' } },
          ],
          keywords: {
            zh: ['本地就业', '本地员工', '新增就业岗位', '稳岗', '扩岗', '招聘会', '就业岗位'],
            en: ['local employment', 'local hires', 'new jobs', 'job retention', 'job creation', 'job fair'],
          },
          validity: { basis: 'figures', maxAgeMonths: 24 },
        },
        {
          code: 'GOV.3.2',
          name: { zh: '吸纳残疾人、退役军人等重点群体就业', en: 'Hiring people with disabilities, veterans and other priority groups' },
          guidance: {
            zh: '残疾人就业人数及占在职职工的比例(按比例安排残疾人就业,未达比例的缴纳残疾人就业保障金),以及招用退役军人、高校毕业生、就业困难人员、脱贫人口的名单和劳动合同。',
            en: 'The number and share of employees with disabilities (employers must meet the disability employment quota or pay the disability employment security fund), and lists and contracts of veterans, new graduates, people with employment difficulties and people lifted out of poverty who were hired.',
          },
          kind: 'voluntary',
          industries: [],
          weight: 2,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '未安排残疾人就业且未缴纳残疾人就业保障金,未招用任何重点群体人员。', en: 'No employees with disabilities and the disability employment levy unpaid, and no one hired from priority groups.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '依法缴纳残疾人就业保障金,少量招用高校毕业生或退役军人。', en: 'The disability employment levy is paid, and a few graduates or veterans are hired.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '残疾人就业达到规定比例,或持续招用退役军人、就业困难人员等重点群体。', en: 'The disability quota is met, or veterans, people with employment difficulties and other priority groups are hired regularly.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '超比例安排残疾人就业或设立辅助性就业岗位,获评助残、拥军优属或就业援助先进单位。', en: 'Above-quota or supported employment for people with disabilities, and recognised for disability support, support of veterans or employment assistance.' } },
          ],
          keywords: {
            zh: ['残疾人就业', '残疾人就业保障金', '退役军人', '就业困难人员', '重点群体', '高校毕业生', '按比例安排', '助残'],
            en: ['employees with disabilities', 'disability employment levy', 'veterans', 'people with employment difficulties', 'priority groups', 'new graduates', 'employment quota'],
          },
          validity: { basis: 'figures', maxAgeMonths: 24 },
        },
        {
          code: 'GOV.3.3',
          name: { zh: '研发投入与创新', en: 'R&D spending and innovation' },
          guidance: {
            zh: '研发费用专项审计报告或研发费用加计扣除申报资料,显示研发投入强度(研发费用占营业收入比重);高新技术企业、专精特新“小巨人”、企业技术中心等认定证书及主要创新成果。',
            en: 'A special audit of R&D expenses or the R&D super-deduction filing, showing R&D intensity (R&D spending as a share of revenue); designations such as high-tech enterprise, specialised and sophisticated "little giant" or enterprise technology centre, and the main innovation results.',
          },
          kind: 'voluntary',
          industries: [],
          weight: 2,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '无研发投入记录。', en: 'No recorded R&D spending.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '研发投入强度低于3%,有少量研发项目。', en: 'R&D intensity below 3%, with a few R&D projects.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '研发投入强度3%至5%,享受研发费用加计扣除,或获评科技型中小企业、高新技术企业。', en: 'R&D intensity of 3% to 5%, claiming the R&D super deduction, or recognised as a tech-based SME or high-tech enterprise.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '研发投入强度5%以上,获评专精特新“小巨人”或市级以上企业技术中心。', en: 'R&D intensity above 5%, and a "little giant" or a city-level or higher enterprise technology centre.' } },
          ],
          keywords: {
            zh: ['研发投入', '研发费用', '加计扣除', '高新技术企业', '专精特新', '企业技术中心', '科技创新', '小巨人'],
            en: ['R&D spending', 'R&D intensity', 'super deduction', 'high-tech enterprise', 'little giant', 'enterprise technology centre', 'technological innovation'],
          },
          validity: { basis: 'figures', maxAgeMonths: 24 },
        },
        {
          code: 'GOV.3.4',
          name: { zh: '参与区域重大项目与产业协作', en: 'Part in regional projects and industrial cooperation' },
          guidance: {
            zh: '参与嘉定区或上海市重大工程、重点产业项目(如汽车、智能传感器、氢能等产业)的合同或证明,以及参与长三角产业链协同、产业联盟、链主企业本地配套和政企对接活动的记录。',
            en: 'Contracts or certificates for taking part in major Jiading or Shanghai projects and key industrial projects (for example automotive, smart sensors or hydrogen), and records of joining Yangtze River Delta supply chain cooperation, industry alliances, local supply to chain leaders, and government-business matchmaking.',
          },
          kind: 'voluntary',
          industries: [],
          weight: 1,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '未参与任何区域项目或产业协作。', en: 'No part in any regional project or industrial cooperation.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '参加产业联盟或政企对接活动,尚未形成实质合作。', en: 'Joins industry alliances or matchmaking events, without concrete cooperation yet.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '承担或参与区级重点项目,作为配套企业进入区域重点产业链。', en: 'Delivers or takes part in district key projects and supplies a key regional industrial chain.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '作为链主或核心企业带动本地配套,参与市级重大工程或长三角一体化示范项目。', en: 'As a chain leader or core firm, brings in local suppliers and takes part in city-level major projects or Yangtze River Delta integration pilots.' } },
          ],
          keywords: {
            zh: ['重大项目', '重点工程', '产业链', '链主企业', '产业协作', '长三角一体化', '产业联盟', '本地配套'],
            en: ['major project', 'key project', 'industrial chain', 'chain leader', 'industrial cooperation', 'Yangtze River Delta integration', 'industry alliance', 'local supplier'],
          },
          validity: { basis: 'record', maxAgeMonths: 24 },
        },
      ],
    },
  ],
};
