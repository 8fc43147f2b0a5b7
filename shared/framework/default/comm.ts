// Default framework, dimension 4 of 5: community responsibility (社区责任), weight 15.
// Seed data only: codes, names and kinds follow FRAMEWORK.md; rubric bands are on a 10-point scale.
import type { DimensionDocInput } from '../../schemas/framework';

export const comm: DimensionDocInput = {
  code: 'COMM',
  name: { zh: '社区责任', en: 'Community responsibility' },
  weight: 15,
  children: [
    {
      code: 'COMM.1',
      name: { zh: '公益慈善', en: 'Philanthropy' },
      weight: 1,
      children: [
        {
          code: 'COMM.1.1',
          name: { zh: '慈善捐赠', en: 'Charitable donations' },
          guidance: {
            zh: '捐赠协议、财政部门监制的公益事业捐赠票据或受赠慈善组织出具的接收凭证,写明捐赠金额、物资及用途;依据《慈善法》通过依法登记的慈善组织或政府部门捐赠,年度捐赠额占利润的比例作为参考。',
            en: 'Donation agreements and official charitable donation receipts, or acknowledgements from the receiving charity, stating the amount, goods and purpose; donations made through registered charities or government bodies as the Charity Law provides, with annual giving as a share of profit as a reference.',
          },
          kind: 'voluntary',
          industries: [],
          weight: 2,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '评价期内无任何慈善捐赠,或存在诺而不捐、虚假宣传捐赠的情形。', en: 'No donation during the period, or pledges not honoured or donations falsely publicised.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '有零星捐赠,年捐赠额低于税前利润的0.5%。', en: 'Occasional donations totalling less than 0.5% of pre-tax profit a year.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '制定年度捐赠计划并持续捐赠,年捐赠额占税前利润0.5%至2%,票据合规。', en: 'A yearly giving plan followed consistently, donations of 0.5% to 2% of pre-tax profit, with proper receipts.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '年捐赠额超过税前利润的2%,或设立企业基金会、慈善信托,获区级以上慈善奖项。', en: 'Donations above 2% of pre-tax profit, or a corporate foundation or charitable trust, and a charity award at district level or above.' } },
          ],
          keywords: {
            zh: ['慈善捐赠', '捐款', '捐物', '捐赠票据', '慈善组织', '企业基金会', '慈善信托', '慈善法'],
            en: ['charitable donation', 'donated', 'in-kind donation', 'donation receipt', 'charity organisation', 'corporate foundation', 'charitable trust'],
          },
          validity: { basis: 'figures', maxAgeMonths: 24 },
        },
        {
          code: 'COMM.1.2',
          name: { zh: '志愿服务', en: 'Volunteering' },
          guidance: {
            zh: '企业志愿者队伍名册、在“志愿上海”等平台登记的志愿服务时长记录,以及志愿服务活动的照片、报道和受益方出具的证明。',
            en: 'The roster of the company volunteer team, volunteer hours logged on platforms such as Volunteer Shanghai, and photos, reports and confirmations from beneficiaries of volunteering activities.',
          },
          kind: 'voluntary',
          industries: [],
          weight: 2,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '未组织任何志愿服务活动。', en: 'No volunteering activity organised.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '偶尔组织志愿活动,员工参与率低于10%,无时长记录。', en: 'Occasional volunteering with under 10% of staff taking part and no hours logged.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '建立企业志愿者队伍并在平台登记时长,年人均志愿服务不少于4小时。', en: 'A company volunteer team with hours logged on a platform, and at least 4 volunteer hours per employee a year.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '形成品牌志愿服务项目,年人均志愿服务超过10小时,获区级以上优秀志愿服务项目表彰。', en: 'A signature volunteering programme, over 10 volunteer hours per employee a year, and recognition as an outstanding volunteer project at district level or above.' } },
          ],
          keywords: {
            zh: ['志愿服务', '志愿者', '志愿服务时长', '志愿上海', '志愿者队伍', '学雷锋', '公益活动'],
            en: ['volunteering', 'volunteers', 'volunteer hours', 'volunteer team', 'community service', 'charity event'],
          },
          validity: { basis: 'figures', maxAgeMonths: 24 },
        },
        {
          code: 'COMM.1.3',
          name: { zh: '结对帮扶与乡村振兴', en: 'Paired assistance and rural revitalisation' },
          guidance: {
            zh: '参与东西部协作、对口支援或本区村企结对的协议,帮扶资金和项目清单,消费帮扶采购凭证,以及受援地政府或帮扶工作机构出具的证明。',
            en: 'Agreements for east-west cooperation, counterpart support or village-enterprise pairing in the district, lists of funds and projects, receipts for consumption-based assistance purchases, and confirmation from the local government or assistance office in the supported area.',
          },
          kind: 'voluntary',
          industries: [],
          weight: 2,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '未参与任何结对帮扶或乡村振兴项目。', en: 'No part in any paired assistance or rural revitalisation project.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '开展过一次性帮扶或少量消费帮扶。', en: 'A one-off contribution or small consumption-based assistance purchases.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '签订结对帮扶协议,持续投入资金、产业或就业帮扶,并有成效记录。', en: 'A pairing agreement with sustained funding, industrial or employment support, and documented results.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '以产业帮扶、就业帮扶形成长效机制,获评“万企兴万村”、东西部协作或乡村振兴先进。', en: 'Lasting industrial and employment support, and recognised in the "Ten Thousand Enterprises Revitalise Ten Thousand Villages" campaign, east-west cooperation or rural revitalisation.' } },
          ],
          keywords: {
            zh: ['结对帮扶', '乡村振兴', '对口支援', '东西部协作', '消费帮扶', '村企结对', '万企兴万村', '产业帮扶'],
            en: ['paired assistance', 'rural revitalisation', 'counterpart support', 'east-west cooperation', 'consumption-based assistance', 'village-enterprise pairing'],
          },
          validity: { basis: 'record', maxAgeMonths: 24 },
        },
      ],
    },
    {
      code: 'COMM.2',
      name: { zh: '社区共建', en: 'Community building' },
      weight: 1,
      children: [
        {
          code: 'COMM.2.1',
          name: { zh: '参与区域化党建与社区治理', en: 'Regional party building and community governance' },
          guidance: {
            zh: '加入街镇区域化党建联席会议或党建联建的协议,参与社区议事协商、听证会、协调会、评议会及社区共治项目的记录,以及街镇出具的证明。',
            en: 'Agreements to join the sub-district or town regional party-building council or joint party-building scheme, records of taking part in community deliberation, hearings, coordination and review meetings and in co-governance projects, and confirmation from the sub-district or town.',
          },
          kind: 'voluntary',
          industries: [],
          weight: 2,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '未参与任何区域化党建或社区治理活动。', en: 'No part in regional party building or community governance.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '加入区域化党建平台,但参与活动较少。', en: 'A member of the regional party-building platform, but rarely takes part.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '作为成员单位定期参加联席会议,认领并落实社区共建项目。', en: 'Attends the joint meetings regularly as a member and adopts and delivers community projects.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '牵头区域化党建项目或在社区治理中发挥示范作用,获街镇或区级表彰。', en: 'Leads regional party-building projects or sets an example in community governance, with sub-district or district recognition.' } },
          ],
          keywords: {
            zh: ['区域化党建', '党建联建', '社区治理', '共建单位', '联席会议', '社区共治', '街镇', '共建项目'],
            en: ['regional party building', 'joint party building', 'community governance', 'co-building partner', 'joint meeting', 'community co-governance', 'sub-district'],
          },
          validity: { basis: 'record', maxAgeMonths: 24 },
        },
        {
          code: 'COMM.2.2',
          name: { zh: '设施资源向社区开放共享', en: 'Facilities shared with the community' },
          guidance: {
            zh: '向社区居民开放食堂、停车场、会议室、运动场地等设施资源的协议或公告,开放时间和使用记录,以及街镇、居委会出具的证明。',
            en: 'Agreements or notices opening the canteen, car park, meeting rooms, sports grounds or other facilities to local residents, opening hours and usage records, and confirmation from the sub-district or neighbourhood committee.',
          },
          kind: 'voluntary',
          industries: [],
          weight: 1,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '无任何设施或资源对社区开放。', en: 'No facility or resource open to the community.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '临时或个别向社区开放设施。', en: 'Facilities opened to the community occasionally or one at a time.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '与街镇、居委会签订共享协议,定期向社区开放设施并有使用记录。', en: 'A sharing agreement with the sub-district or neighbourhood committee, regular opening and usage records.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '形成错峰停车、户外职工爱心接力站、企业开放日等制度化共享,受益人次多并获社区表彰。', en: 'Sharing built into routine, such as off-peak shared parking, rest stations for outdoor workers and company open days, reaching many people and recognised by the community.' } },
          ],
          keywords: {
            zh: ['资源共享', '设施开放', '错峰停车', '企业开放日', '场地共享', '爱心接力站', '向社区开放'],
            en: ['facility sharing', 'open to residents', 'shared parking', 'open day', 'venue sharing', 'rest station for outdoor workers'],
          },
          validity: { basis: 'record', maxAgeMonths: 24 },
        },
        {
          code: 'COMM.2.3',
          name: { zh: '与周边社区关系及投诉处理', en: 'Neighbourhood relations and complaints' },
          guidance: {
            zh: '12345市民服务热线及街镇信访中涉及本企业的投诉记录和办理回复情况,以及与周边居民定期沟通(睦邻议事、座谈走访)的会议记录。',
            en: 'Complaints about the enterprise received through the 12345 citizen hotline and sub-district petitions, with how they were handled and answered, and minutes of regular contact with neighbours such as good-neighbour councils, meetings and visits.',
          },
          kind: 'voluntary',
          industries: [],
          weight: 2,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '存在反复投诉长期未解决,或引发群体性信访事件。', en: 'Repeated complaints left unresolved, or a collective petition by residents.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '投诉均在规定时限内回应,但部分问题尚未彻底解决。', en: 'Every complaint answered within the time limit, but some issues not fully resolved.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '建立睦邻沟通机制,投诉及时处理、办结率100%,无重复投诉。', en: 'A good-neighbour contact mechanism, all complaints resolved promptly, and no repeat complaints.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '主动听取周边居民意见并公开改进措施,评价期内零有效投诉,获街镇书面肯定。', en: "Seeks residents' views and publishes improvements, no substantiated complaint during the period, and written praise from the sub-district." } },
          ],
          keywords: {
            zh: ['周边居民', '12345', '信访', '扰民', '睦邻', '邻里关系', '居民投诉'],
            en: ['neighbouring residents', '12345 hotline', 'petition', 'nuisance', 'good neighbour', 'community relations', 'resident complaints'],
          },
          validity: { basis: 'record', maxAgeMonths: 12 },
        },
        {
          code: 'COMM.2.4',
          name: { zh: '校企合作与青年实习', en: 'School partnerships and youth internships' },
          guidance: {
            zh: '与高校、职业院校签订的校企合作或产教融合协议,实习基地挂牌材料,依据《职业学校学生实习管理规定》签订的三方实习协议、实习生名单和实习报酬发放记录,以及吸纳毕业生就业情况。',
            en: 'School-enterprise or industry-education agreements with universities and vocational colleges, internship base designations, three-party internship agreements under the Provisions on Internships for Vocational School Students, intern lists and intern pay records, and graduates subsequently hired.',
          },
          kind: 'voluntary',
          industries: [],
          weight: 1,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '无任何校企合作或实习岗位。', en: 'No school partnership and no internship places.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '零星接收实习生,未签订合作协议。', en: 'Occasional interns taken without a partnership agreement.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '与院校签订合作协议,每年稳定提供实习岗位,依规签订三方协议并支付实习报酬。', en: 'Partnership agreements with schools, a steady number of internships each year, three-party agreements signed and interns paid as required.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '共建产业学院、现代学徒制或订单班,获评市级产教融合型企业或示范实习基地。', en: 'A joint industry college, modern apprenticeship or order-based class, and recognised as a city-level industry-education integration enterprise or model internship base.' } },
          ],
          keywords: {
            zh: ['校企合作', '实习', '实习生', '产教融合', '实习基地', '订单班', '青年见习', '产业学院'],
            en: ['school-enterprise cooperation', 'internship', 'interns', 'industry-education integration', 'internship base', 'youth traineeship', 'order-based class'],
          },
          validity: { basis: 'record', maxAgeMonths: 24 },
        },
      ],
    },
    {
      code: 'COMM.3',
      name: { zh: '应急与公共安全', en: 'Emergencies and public safety' },
      weight: 1,
      children: [
        {
          code: 'COMM.3.1',
          name: { zh: '应急预案与演练', en: 'Emergency plans and drills' },
          guidance: {
            zh: '依据《突发事件应对法》和《生产安全事故应急预案管理办法》编制综合、专项应急预案和现场处置方案并备案,每年至少组织一次综合或专项应急预案演练、每半年至少组织一次现场处置方案演练,保存演练记录和评估总结,预案定期评估修订。',
            en: 'Under the Emergency Response Law and the Measures on Emergency Plans for Work Safety Accidents: comprehensive and specific emergency plans and on-site response procedures, filed with the authorities; at least one comprehensive or specific drill a year and an on-site procedure drill every six months, with records and evaluations kept; plans reviewed and revised periodically.',
          },
          kind: 'voluntary',
          industries: [],
          weight: 2,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '未编制应急预案,或从未组织应急演练。', en: 'No emergency plan, or no drill ever held.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '编制应急预案但未备案或未按规定频次演练,演练后无评估。', en: 'A plan exists but is not filed or drills are less frequent than required, with no evaluation afterwards.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '预案体系完整并备案,按规定频次演练,形成评估报告并改进。', en: 'A complete, filed set of plans, drills as often as required, and evaluation reports that lead to improvements.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '开展无脚本演练或与街镇、周边企业联合演练,配备应急物资储备和专兼职应急队伍。', en: 'Unannounced drills or joint drills with the sub-district and neighbouring firms, emergency stockpiles and a full- or part-time response team.' } },
          ],
          keywords: {
            zh: ['应急预案', '应急演练', '预案备案', '现场处置方案', '桌面推演', '应急物资', '应急队伍'],
            en: ['emergency plan', 'emergency drill', 'plan filing', 'on-site response procedure', 'tabletop exercise', 'emergency supplies', 'response team'],
          },
          validity: { basis: 'record', maxAgeMonths: 24 },
        },
        {
          code: 'COMM.3.2',
          name: { zh: '参与公共突发事件救援与保障', en: 'Help in public emergencies' },
          guidance: {
            zh: '在疫情防控、防汛防台、极端天气、重大活动保障(如中国国际进口博览会)等公共突发事件中提供人员、物资、运力或场地支持的证明,包括政府部门或街镇出具的感谢信、物资接收清单和媒体报道。',
            en: 'Evidence of staff, supplies, transport or premises provided during public emergencies such as epidemics, floods and typhoons, extreme weather or security for major events like the China International Import Expo: letters of thanks and receipts from government departments or sub-districts, and media reports.',
          },
          kind: 'voluntary',
          industries: [],
          weight: 1,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '无任何参与公共突发事件应对的记录。', en: 'No record of helping in any public emergency.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '应有关部门要求提供过一次性物资或人员支持。', en: 'One-off supplies or staff provided at the request of the authorities.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '在公共突发事件中主动提供人员、物资或场地支持,有政府或街镇证明。', en: 'Offered staff, supplies or premises on its own initiative in a public emergency, confirmed by the government or sub-district.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '列入应急保障储备企业或签订应急联动协议,在重大事件中作用突出并获区级以上表彰。', en: 'A designated emergency supplier or party to an emergency cooperation agreement, with an outstanding role in a major event recognised at district level or above.' } },
          ],
          keywords: {
            zh: ['疫情防控', '防汛防台', '突发事件', '应急保障', '物资支援', '抢险救灾', '进博会保障', '保供'],
            en: ['epidemic response', 'flood and typhoon', 'public emergency', 'emergency support', 'relief supplies', 'disaster relief', 'supply assurance'],
          },
          validity: { basis: 'record', maxAgeMonths: 24 },
        },
        {
          code: 'COMM.3.3',
          name: { zh: '安全隐患排查与整改', en: 'Hazard checks and fixes' },
          guidance: {
            zh: '依据《安全生产法》建立隐患排查治理制度,提供定期自查记录、隐患台账及监管部门检查问题的整改报告和销项证明,体现“排查—登记—整改—验收”闭环;重大事故隐患按规定向负有安全监管职责的部门报告。',
            en: 'A hazard identification and remediation system under the Work Safety Law, with routine self-inspection records, a hazard register, and rectification reports and sign-offs for issues raised by regulators, showing a closed loop from finding to logging, fixing and verification; major accident hazards reported to the competent authority as required.',
          },
          kind: 'voluntary',
          industries: [],
          weight: 2,
          maxScore: 10,
          rubric: [
            { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '未开展隐患排查,监管部门指出的隐患逾期未整改,或存在重大事故隐患。', en: 'No hazard checks, hazards raised by regulators left unfixed past the deadline, or a major accident hazard present.' } },
            { min: 4, label: { zh: '基本达标', en: 'Partly met' }, description: { zh: '开展定期排查,但隐患台账不完整或整改闭环率低于90%。', en: 'Regular checks, but an incomplete hazard register or fewer than 90% of hazards closed out.' } },
            { min: 6, label: { zh: '良好', en: 'Good' }, description: { zh: '隐患排查常态化,台账完整,整改闭环率100%。', en: 'Routine checks, a complete register, and every hazard closed out.' } },
            { min: 8, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '建立风险分级管控和隐患排查治理双重预防信息化系统,鼓励员工报告隐患并给予奖励。', en: 'A digital dual-prevention system combining risk grading and hazard remediation, with staff encouraged and rewarded for reporting hazards.' } },
          ],
          keywords: {
            zh: ['隐患排查', '安全隐患', '隐患整改', '隐患台账', '重大事故隐患', '整改闭环', '双重预防', '自查自纠'],
            en: ['hazard identification', 'safety hazard', 'hazard rectification', 'hazard register', 'major accident hazard', 'close-out', 'dual prevention', 'self-inspection'],
          },
          validity: { basis: 'record', maxAgeMonths: 12 },
        },
      ],
    },
  ],
};
