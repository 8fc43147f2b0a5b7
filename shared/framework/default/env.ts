// Default framework, dimension 5 of 5: environmental responsibility (环境责任), weight 20.
// Seed data only: codes, names and kinds follow FRAMEWORK.md; rubric bands are on a 10-point scale.
import type { DimensionDocInput } from '../../schemas/framework';

export const env: DimensionDocInput = {
  code: 'ENV',
  name: { zh: '环境责任', en: 'Environmental responsibility' },
  weight: 20,
  children: [
    {
      code: 'ENV.1',
      name: { zh: '污染防治', en: 'Pollution prevention' },
      weight: 4,
      children: [
        {
          code: 'ENV.1.1',
          name: { zh: '污染物达标排放、无环境违法处罚', en: 'Emissions within limits, no environmental penalty' },
          guidance: {
            zh: '排污许可证及执行报告、自行监测或第三方监测报告、在线监测数据,显示废水、废气、噪声稳定达到国家和上海市排放标准(如 DB31/199《污水综合排放标准》、DB31/933《大气污染物综合排放标准》)及排污许可限值;生态环境部门执法记录显示评价期内无环境行政处罚。',
            en: 'The pollutant discharge permit and its compliance reports, self-monitoring or third-party monitoring reports and online monitoring data, showing wastewater, air emissions and noise consistently within national and Shanghai standards (such as DB31/199 for wastewater and DB31/933 for air pollutants) and the permit limits; ecology and environment enforcement records show no environmental penalty during the evaluation period.',
          },
          kind: 'mandatory',
          industries: [],
          weight: 3,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '存在超标排放、无证排污、偷排漏排或篡改、伪造监测数据,或受到环境行政处罚。', en: 'Emissions above limits, discharging without a permit, covert discharge or falsified monitoring data, or an environmental penalty.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '监测中偶有指标超标,已按要求整改且未受处罚。', en: 'An occasional exceedance in monitoring, corrected as required and not penalised.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '持证排污,自行监测和执行报告按时完成,各项污染物稳定达标。', en: 'Discharging under a valid permit, self-monitoring and compliance reports on time, and all pollutants consistently within limits.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '污染物排放明显优于标准限值,列入生态环境监督执法正面清单或环境信用评价为优良。', en: 'Emissions well below the limits, and on the positive list for environmental enforcement or rated good in environmental credit evaluation.' } },
          ],
          keywords: {
            zh: ['达标排放', '超标排放', '排污许可证', '在线监测', '废水', '废气', '环境行政处罚', '偷排'],
            en: ['emissions within limits', 'exceeding discharge limits', 'pollutant discharge permit', 'online monitoring', 'wastewater', 'air emissions', 'environmental penalty', 'illegal discharge'],
          },
          validity: { basis: 'record', maxAgeMonths: 12 },
        },
        {
          code: 'ENV.1.2',
          name: { zh: '环境影响评价与“三同时”', en: 'Environmental impact assessment and "three simultaneities"' },
          guidance: {
            zh: '建设项目环境影响评价批复或备案文件、竣工环境保护验收报告及公示信息,证明依据《环境影响评价法》和《建设项目环境保护管理条例》,防治污染设施与主体工程同时设计、同时施工、同时投产使用;不存在未批先建或未验先投。',
            en: 'EIA approvals or filings for construction projects and the completion environmental acceptance reports with their public notices, proving that under the Environmental Impact Assessment Law and the Regulations on Environmental Protection of Construction Projects pollution controls were designed, built and commissioned together with the main works; nothing built before approval or operated before acceptance.',
          },
          kind: 'mandatory',
          industries: [],
          weight: 3,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '存在未批先建、未验先投,或项目发生重大变动未重新报批环评。', en: 'A project built before EIA approval or operated before acceptance, or a major change without a new EIA approval.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '主体项目手续齐全,个别技改项目环保手续正在依法办理。', en: 'The main projects are fully approved; environmental approval for a minor upgrade is in progress.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '全部建设项目环评审批和竣工环保验收手续齐全,验收信息依法公开。', en: 'Every project has its EIA approval and completion acceptance, and acceptance information has been published as required.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '手续齐全,并开展环境影响后评价或建设高于环评要求的治理设施。', en: 'Fully approved, plus a post-project environmental evaluation or pollution controls beyond what the EIA required.' } },
          ],
          keywords: {
            zh: ['环境影响评价', '环评', '环评批复', '三同时', '竣工环保验收', '未批先建', '建设项目'],
            en: ['environmental impact assessment', 'EIA approval', 'three simultaneities', 'completion environmental acceptance', 'built without approval', 'construction project'],
          },
          validity: { basis: 'certificate' },
        },
        {
          code: 'ENV.1.3',
          name: { zh: '危险废物规范处置', en: 'Hazardous waste handled properly' },
          guidance: {
            zh: '危险废物管理计划和管理台账,通过固体废物管理信息系统申报及电子转移联单记录,与持有危险废物经营许可证单位签订的处置合同,贮存设施符合 GB 18597《危险废物贮存污染控制标准》,依据《固体废物污染环境防治法》。',
            en: 'The hazardous waste management plan and ledger, declarations and electronic transfer manifests in the solid waste management information system, disposal contracts with holders of a hazardous waste operating licence, and storage meeting GB 18597, as required by the Law on the Prevention and Control of Environmental Pollution by Solid Waste.',
          },
          kind: 'special',
          industries: ['chemicals', 'manufacturing'],
          weight: 2,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '非法倾倒危险废物、交由无资质单位处置,或未申报、无转移联单。', en: 'Hazardous waste dumped or handed to unlicensed operators, or not declared and moved without manifests.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '委托有资质单位处置,但台账或贮存场所标识不规范。', en: 'Disposed of through licensed contractors, but the ledger or storage signage is deficient.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '管理计划备案,台账、申报、转移联单与处置合同一致,贮存设施规范。', en: 'Management plan filed; ledger, declarations, manifests and disposal contracts all match, and storage meets the standard.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '开展源头减量和资源化利用,单位产品危险废物产生量逐年下降,实现全过程信息化追踪。', en: 'Waste reduced at source and recovered, hazardous waste per unit of output falling year on year, and digital tracking from generation to disposal.' } },
          ],
          keywords: {
            zh: ['危险废物', '危废', '转移联单', '危废处置', '危废贮存', '危废管理计划', '资质单位', '固体废物'],
            en: ['hazardous waste', 'transfer manifest', 'hazardous waste disposal', 'waste storage', 'waste management plan', 'licensed disposal contractor', 'solid waste'],
          },
          validity: { basis: 'record', maxAgeMonths: 12 },
        },
        {
          code: 'ENV.1.4',
          name: { zh: '扬尘与噪声控制', en: 'Dust and noise control' },
          guidance: {
            zh: '施工工地落实扬尘防治“六个百分之百”(围挡、覆盖、冲洗、路面硬化、湿法作业、渣土密闭运输)并接入扬尘在线监测,施工噪声符合 GB 12523《建筑施工场界环境噪声排放标准》,夜间施工持有许可证明;无扬尘、噪声处罚或投诉。',
            en: 'Construction sites apply the "six 100%" dust controls (hoarding, covering, vehicle washing, hardened roads, wet work and enclosed muck transport) with online dust monitoring, construction noise meets GB 12523, and night work has a permit; no dust or noise penalty or complaint.',
          },
          kind: 'special',
          industries: ['construction'],
          weight: 2,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '扬尘或噪声超标被处罚,或未经许可夜间施工引发投诉。', en: 'Penalised for excessive dust or noise, or night work without a permit causing complaints.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '防尘降噪措施基本落实,检查中发现的个别问题已整改。', en: 'Dust and noise controls mostly in place; the few issues found in inspections have been fixed.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '全面落实“六个百分之百”,扬尘在线监测数据达标,夜间施工依法报批并公示。', en: 'All "six 100%" controls in place, online dust readings within limits, and night work approved and announced.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '采用低噪声设备、装配式施工等源头减排措施,获评扬尘污染防治示范工地。', en: 'Low-noise equipment, prefabricated construction and other measures at source, and named a model site for dust control.' } },
          ],
          keywords: {
            zh: ['扬尘', '施工噪声', '六个百分之百', '围挡', '渣土车', '夜间施工', '雾炮', '扬尘在线监测'],
            en: ['construction dust', 'construction noise', 'site hoarding', 'muck truck', 'night-time construction', 'dust suppression', 'dust monitoring'],
          },
          validity: { basis: 'record', maxAgeMonths: 12 },
        },
      ],
    },
    {
      code: 'ENV.2',
      name: { zh: '资源节约与低碳', en: 'Resource efficiency and low carbon' },
      weight: 3,
      children: [
        {
          code: 'ENV.2.1',
          name: { zh: '单位产值能耗', en: 'Energy use per unit of output' },
          guidance: {
            zh: '近三年能源消费统计(电力、天然气、蒸汽等按 GB/T 2589《综合能耗计算通则》折算标准煤)与工业产值或营业收入,计算单位产值综合能耗及下降率;重点用能单位提供能源审计报告或能源管理体系(GB/T 23331)认证证书。',
            en: 'Energy use over the last three years (electricity, natural gas, steam and so on converted to standard coal equivalent under GB/T 2589) against output value or revenue, giving energy intensity and its rate of decline; key energy-using units add an energy audit or GB/T 23331 energy management certification.',
          },
          kind: 'voluntary',
          industries: [],
          weight: 2,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '无能耗统计,或单位产值能耗不降反升且超过行业能耗限额标准。', en: 'No energy statistics, or energy intensity rising and above the sector energy consumption quota.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '有能耗统计,单位产值能耗基本持平。', en: 'Energy is measured and energy intensity is broadly flat.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '单位产值能耗年均下降2%以上,实施节能改造项目。', en: 'Energy intensity falling by more than 2% a year, with energy-saving retrofits carried out.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '单位产值能耗年均下降5%以上或达到行业先进值,通过能源管理体系认证或获评绿色工厂。', en: 'Energy intensity falling by more than 5% a year or at the sector benchmark, with energy management certification or green factory status.' } },
          ],
          keywords: {
            zh: ['能耗', '单位产值能耗', '综合能耗', '标准煤', '节能改造', '能源审计', '能源管理体系', '绿色工厂'],
            en: ['energy consumption', 'energy intensity', 'standard coal equivalent', 'energy-saving retrofit', 'energy audit', 'energy management system', 'green factory'],
          },
          validity: { basis: 'figures', maxAgeMonths: 24 },
        },
        {
          code: 'ENV.2.2',
          name: { zh: '节水与循环利用', en: 'Water saving and recycling' },
          guidance: {
            zh: '近三年取水量、用水量统计及单位产品(产值)取水量,水平衡测试报告,中水回用、冷却水循环等设施运行记录和水重复利用率数据;获评节水型企业的可提供认定文件。',
            en: 'Water withdrawal and use over the last three years and water use per unit of product or output, a water balance test report, operating records of reclaimed water and cooling water recirculation, and the water reuse rate; water-efficient enterprise designations where held.',
          },
          kind: 'voluntary',
          industries: [],
          weight: 1,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '无用水计量和统计,或存在明显浪费和管网漏损。', en: 'Water neither metered nor recorded, or obvious waste and leaks.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '有用水计量,单位产值用水量基本持平。', en: 'Water is metered and use per unit of output is broadly flat.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '开展水平衡测试并实施节水改造,单位产值用水量下降,水重复利用率达到行业平均水平。', en: 'A water balance test and water-saving upgrades, falling water use per unit of output, and a reuse rate at the sector average.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '获评节水型企业,中水回用或雨水收集利用成效显著,水重复利用率处于行业先进水平。', en: 'Designated a water-efficient enterprise, with substantial reclaimed water or rainwater use and a reuse rate among the best in the sector.' } },
          ],
          keywords: {
            zh: ['节水', '用水量', '取水量', '水重复利用率', '中水回用', '水平衡测试', '节水型企业', '雨水收集'],
            en: ['water saving', 'water consumption', 'water withdrawal', 'water reuse rate', 'reclaimed water', 'water balance test', 'water-efficient enterprise', 'rainwater harvesting'],
          },
          validity: { basis: 'figures', maxAgeMonths: 24 },
        },
        {
          code: 'ENV.2.3',
          name: { zh: '碳排放核算与减排目标', en: 'Carbon accounting and reduction targets' },
          guidance: {
            zh: '按 ISO 14064-1 或国家、上海市温室气体排放核算指南编制的碳排放核算报告(范围一、范围二)及第三方核查报告;纳入上海碳排放交易的企业提供配额清缴记录;公开的碳达峰、碳中和或减排目标及行动方案。',
            en: 'A greenhouse gas inventory (scopes 1 and 2) prepared under ISO 14064-1 or national or Shanghai accounting guidelines, with third-party verification; for companies in the Shanghai emissions trading scheme, records of allowances surrendered; published peaking, neutrality or reduction targets with an action plan.',
          },
          kind: 'voluntary',
          industries: [],
          weight: 2,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '未开展碳排放核算,或纳入碳交易但未按时清缴配额。', en: 'No carbon accounting, or allowances not surrendered on time by a company in the trading scheme.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '开展内部碳盘查,但无明确减排目标。', en: 'An internal carbon inventory, but no clear reduction target.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '完成范围一、范围二核算并经第三方核查,制定量化减排目标和实施路径。', en: 'Scopes 1 and 2 accounted for and verified by a third party, with quantified reduction targets and a pathway.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '开展范围三核算或产品碳足迹评价,设定科学碳目标或碳中和目标,减排成效可核验。', en: 'Scope 3 or product carbon footprints assessed, a science-based or carbon neutrality target set, and verifiable reductions achieved.' } },
          ],
          keywords: {
            zh: ['碳排放', '碳核算', '碳盘查', '碳足迹', '碳中和', '碳达峰', '减排目标', '碳配额'],
            en: ['carbon emissions', 'greenhouse gas inventory', 'carbon accounting', 'carbon footprint', 'carbon neutrality', 'emission reduction target', 'carbon allowance', 'ISO 14064'],
          },
          validity: { basis: 'figures', maxAgeMonths: 24 },
        },
        {
          code: 'ENV.2.4',
          name: { zh: '可再生能源使用', en: 'Use of renewable energy' },
          guidance: {
            zh: '屋顶分布式光伏并网验收文件和发电量记录,绿色电力交易合同或绿证购买凭证,以及可再生能源消费量占能源消费总量的比例。',
            en: 'Grid-connection acceptance and generation records for rooftop solar, green power purchase contracts or green certificate receipts, and renewable energy as a share of total energy consumption.',
          },
          kind: 'voluntary',
          industries: [],
          weight: 1,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '未使用任何可再生能源。', en: 'No renewable energy used.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '可再生能源占比低于5%,或有少量光伏、热泵等试点。', en: 'Renewables below 5% of energy use, or small solar or heat pump pilots.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '建成分布式光伏或购买绿电、绿证,可再生能源占比5%至20%。', en: 'Rooftop solar installed or green power and certificates purchased, with renewables at 5% to 20%.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '可再生能源占比20%以上或实现100%绿电,获评零碳(近零碳)工厂或园区。', en: 'Renewables above 20% or 100% green power, and recognised as a zero-carbon or near-zero-carbon factory or park.' } },
          ],
          keywords: {
            zh: ['可再生能源', '光伏', '分布式光伏', '绿电', '绿证', '绿色电力交易', '储能', '零碳工厂'],
            en: ['renewable energy', 'solar PV', 'rooftop solar', 'green electricity', 'green certificates', 'green power trading', 'energy storage', 'zero-carbon factory'],
          },
          validity: { basis: 'figures', maxAgeMonths: 24 },
        },
      ],
    },
    {
      code: 'ENV.3',
      name: { zh: '绿色管理', en: 'Green management' },
      weight: 3,
      children: [
        {
          code: 'ENV.3.1',
          name: { zh: '环境管理体系认证(ISO 14001)', en: 'Environmental management certification (ISO 14001)' },
          guidance: {
            zh: '在有效期内的 ISO 14001(GB/T 24001)环境管理体系认证证书及最近一次监督审核报告,认证范围覆盖主要生产经营场所;证书可在国家认证认可监督管理委员会网站查询。',
            en: 'A valid ISO 14001 (GB/T 24001) environmental management certificate and the latest surveillance audit report, with a scope covering the main operating sites; the certificate can be checked on the Certification and Accreditation Administration website.',
          },
          kind: 'voluntary',
          industries: [],
          weight: 2,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '未建立环境管理体系。', en: 'No environmental management system.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '按 ISO 14001 建立体系文件并运行,尚未取得认证。', en: 'A system documented and run to ISO 14001, not yet certified.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '取得有效的 ISO 14001 认证,监督审核无严重不符合项。', en: 'A valid ISO 14001 certificate and no major nonconformity in surveillance audits.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '认证覆盖全部场所,并与质量、职业健康安全(ISO 45001)体系整合运行,环境目标持续达成。', en: 'Certification covers all sites and is integrated with the quality and ISO 45001 health and safety systems, with environmental objectives met year after year.' } },
          ],
          keywords: {
            zh: ['ISO 14001', '环境管理体系', 'GB/T 24001', '体系认证', '监督审核', '认证范围', '环境目标'],
            en: ['ISO 14001', 'environmental management system', 'EMS certification', 'surveillance audit', 'certification scope', 'environmental objectives'],
          },
          validity: { basis: 'certificate' },
        },
        {
          code: 'ENV.3.2',
          name: { zh: '环境信息公开', en: 'Environmental disclosure' },
          guidance: {
            zh: '依据《企业环境信息依法披露管理办法》在上海市企业环境信息依法披露系统发布的年度报告和临时报告,排污单位自行监测信息公开记录,或在官网、社会责任报告中披露的环境数据。',
            en: 'Annual and ad hoc reports filed on the Shanghai system for mandatory environmental disclosure under the Measures for the Administration of Legal Disclosure of Enterprise Environmental Information, published self-monitoring data, or environmental data disclosed on the website or in the CSR report.',
          },
          kind: 'voluntary',
          industries: [],
          weight: 1,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '属于依法披露主体但未披露,或披露信息不实。', en: 'Required to disclose but did not, or disclosed false information.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '按最低要求披露,内容不完整或披露滞后。', en: 'Minimum disclosure only, incomplete or late.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '按时完整披露排放、治理设施、环境处罚等信息,自行监测数据公开。', en: 'Emissions, pollution controls and penalties disclosed fully and on time, with self-monitoring data published.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '主动披露碳排放和环境绩效目标,参照 TCFD 或 ISSB 框架开展气候信息披露,环保设施向公众开放。', en: 'Voluntary disclosure of carbon emissions and environmental targets, climate disclosure following TCFD or ISSB, and pollution control facilities open to public visits.' } },
          ],
          keywords: {
            zh: ['环境信息披露', '环境信息公开', '依法披露', '自行监测公开', '环境年报', '排放信息', '环保设施开放'],
            en: ['environmental disclosure', 'environmental information', 'mandatory disclosure', 'published monitoring data', 'climate disclosure', 'TCFD'],
          },
          validity: { basis: 'record', maxAgeMonths: 24 },
        },
        {
          code: 'ENV.3.3',
          name: { zh: '绿色采购与绿色供应链', en: 'Green purchasing and supply chain' },
          guidance: {
            zh: '绿色采购制度和绿色产品清单,采购中国环境标志、节能节水认证或绿色产品认证产品的比例,对供应商的环境准入和评价要求;获评国家级或市级绿色供应链管理企业的可提供认定文件。',
            en: 'A green purchasing policy and product list, the share of purchases carrying the China Environmental Labelling, energy- or water-saving certification or green product certification, and environmental criteria for selecting and evaluating suppliers; national or Shanghai green supply chain management designations where held.',
          },
          kind: 'voluntary',
          industries: [],
          weight: 1,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '采购中无任何环境要求。', en: 'No environmental criteria in purchasing.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '有绿色采购倡议,但无制度和比例统计。', en: 'Green purchasing encouraged, but no policy and no figures on its share.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '制定绿色采购制度,环境标志或节能认证产品采购占比稳步提升,将环境表现纳入供应商评价。', en: 'A green purchasing policy, a rising share of eco-labelled or energy-certified products, and environmental performance in supplier evaluation.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '获评国家级或市级绿色供应链管理企业,推动供应商开展节能减排。', en: 'Designated a national or Shanghai green supply chain management enterprise, driving suppliers to cut energy use and emissions.' } },
          ],
          keywords: {
            zh: ['绿色采购', '绿色供应链', '环境标志产品', '绿色产品认证', '节能产品', '供应商环境评价', '绿色包装'],
            en: ['green purchasing', 'green supply chain', 'eco-labelled products', 'green product certification', 'energy-efficient products', 'supplier environmental assessment', 'green packaging'],
          },
          validity: { basis: 'policy', maxAgeMonths: 96 },
        },
        {
          code: 'ENV.3.4',
          name: { zh: '绿色办公与员工环保意识', en: 'Green office and staff awareness' },
          guidance: {
            zh: '绿色办公制度(无纸化、节电节水、减少一次性用品),依据《上海市生活垃圾管理条例》落实生活垃圾分类的记录,以及环保宣传、培训和世界环境日等活动记录。',
            en: 'A green office policy (paperless working, saving power and water, cutting single-use items), records of household waste sorting under the Shanghai Regulations on Household Waste Management, and records of environmental awareness campaigns, training and World Environment Day events.',
          },
          kind: 'voluntary',
          industries: [],
          weight: 1,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '未落实生活垃圾分类,或因垃圾分类不规范被处罚。', en: 'Household waste not sorted, or penalised for improper sorting.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '落实垃圾分类,绿色办公仅停留在倡议层面。', en: 'Waste is sorted, but green office practice goes no further than encouragement.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '制定绿色办公制度,推行无纸化办公和节能措施,每年开展环保宣传培训。', en: 'A green office policy with paperless working and energy-saving measures, and environmental awareness training every year.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '获评垃圾分类示范单位或绿色办公示范单位,员工环保志愿活动常态化。', en: 'Recognised as a model for waste sorting or green offices, with regular staff environmental volunteering.' } },
          ],
          keywords: {
            zh: ['绿色办公', '无纸化', '垃圾分类', '环保宣传', '世界环境日', '节约用电', '光盘行动', '绿色出行'],
            en: ['green office', 'paperless office', 'waste sorting', 'environmental awareness', 'World Environment Day', 'office energy saving', 'green commuting'],
          },
          validity: { basis: 'record', maxAgeMonths: 24 },
        },
      ],
    },
  ],
};
