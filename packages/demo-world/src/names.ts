/**
 * Word lists for the demo world. The first county is modelled on 大埔县 (Meizhou, a Hakka county),
 * so surnames and place-name characters lean Hakka; figures follow the county's own published figures.
 */
import type { DisputeType } from './world';

/** 大埔县's real towns, in the order the demo uses (town A = 湖寮镇, town B = 大麻镇). */
export const DABU_TOWNS = ['湖寮镇', '大麻镇', '茶阳镇', '高陂镇', '百侯镇', '枫朗镇', '光德镇', '桃源镇', '西河镇', '青溪镇'] as const;

/** Names for the extra counties of scale > 1 (benchmarks); generated names follow when exhausted. */
export const EXTRA_COUNTIES = [
  '丰顺县', '五华县', '平远县', '蕉岭县', '山丹县', '高台县', '临泽县', '民乐县', '肃南县', '永定县', '上杭县', '武平县',
  '连城县', '长汀县', '宁化县', '清流县', '和平县', '龙川县', '连平县', '紫金县', '揭西县', '惠来县', '饶平县', '南澳县',
  '始兴县', '仁化县', '翁源县', '新丰县', '乳源县', '寻乌县', '安远县', '定南县', '全南县', '龙南县', '信丰县', '大余县',
  '崇义县', '上犹县', '石城县', '宁都县', '于都县', '兴国县', '会昌县', '瑞金县',
] as const;

/** Characters for generated place names (towns of extra counties, villages everywhere). */
export const PLACE_HEADS = [
  '龙', '凤', '黄', '石', '上', '下', '新', '大', '小', '白', '青', '高', '梅', '桃', '茶', '松', '竹', '金', '福', '德',
  '和', '安', '平', '东', '西', '南', '北', '长', '双', '三', '联', '丰', '富', '华', '兴', '湖', '河', '溪', '坪', '莲',
] as const;
export const PLACE_TAILS = [
  '岗', '坑', '田', '坪', '塘', '山', '岭', '坝', '湖', '溪', '口', '背', '洋', '寨', '围', '楼', '陂', '径', '峰', '源',
  '林', '湾', '洲', '头', '尾', '光', '安', '丰', '美', '联',
] as const;
export const COMMUNITY_NAMES = ['城东', '城南', '城西', '城北', '新城', '同仁', '河滨', '翠苑', '文化', '富康'] as const;
export const ESTATES = ['翠苑小区', '滨江花园', '锦绣华庭', '同仁新村', '阳光家园', '金桂园', '碧桂苑', '富康小区'] as const;

/** Common surnames in 大埔 (客家, with 蓝 for the 畲 villages). */
export const SURNAMES = [
  '张', '杨', '罗', '邱', '黄', '李', '刘', '吴', '何', '钟', '温', '廖', '范', '萧', '丘', '饶', '蓝', '曾', '陈', '郭',
  '谢', '林', '江', '赖', '池', '田', '魏', '朱', '叶', '徐',
] as const;
export const MALE_GIVEN = [
  '伟', '强', '军', '平', '国', '华', '建', '明', '志', '永', '德', '文', '海', '忠', '辉', '荣', '林', '东', '春', '锦',
  '汉', '光', '新', '振', '雄', '昌', '胜', '俊', '祥', '富', '宏', '鹏', '涛', '斌', '浩', '宇', '杰', '坤', '庆', '良',
] as const;
export const FEMALE_GIVEN = [
  '秀', '英', '华', '兰', '芳', '玲', '梅', '燕', '丽', '娟', '霞', '琴', '红', '艳', '凤', '桂', '珍', '婷', '敏', '静',
  '慧', '雪', '莲', '玉', '洁', '萍', '莉', '淑', '惠', '晓',
] as const;

/** Mainland mobile prefixes (all match 1[3-9]x). */
export const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '147', '150', '151', '152', '153', '155', '156', '157',
  '158', '159', '166', '173', '175', '176', '177', '178', '180', '181', '182', '183', '185', '186', '187', '188', '189',
  '191', '198', '199',
] as const;

/** Region prefixes of migrant workers' home counties, for a few labour-dispute parties. */
export const MIGRANT_PREFIXES = ['445221', '360730', '441481', '350881', '431028', '452124'] as const;

export const MEDIATOR_TITLES_COUNTY = ['专职人民调解员', '退休法官', '执业律师', '退休教师', '行业调解员', '退休干部', '双语调解员'] as const;
export const MEDIATOR_TITLES_TOWN = ['司法所长', '司法所调解员', '镇调委会主任', '基层法律服务工作者', '镇妇联主席'] as const;
export const MEDIATOR_TITLES_VILLAGE = ['村调委会主任', '村党支部书记', '乡贤', '老党员', '退役军人', '社区网格长'] as const;
export const LEGAL_EXPERT_TITLES = ['执业律师', '法学教授', '退休法官', '退休检察官', '劳动仲裁员', '公证员', '法律顾问'] as const;
export const PSYCHOLOGIST_TITLES = ['心理咨询师', '二级心理咨询师', '精神科医师', '社会工作师'] as const;

export const KEY_PERSON_CATEGORIES: readonly (readonly [string, number])[] = [
  ['严重精神障碍患者', 25], ['社区矫正对象', 20], ['刑满释放人员', 20], ['社区戒毒康复人员', 10],
  ['“三失一偏”人员', 12], ['重点信访人员', 13],
];
/** 一人一策 plans; `{w}` is the grid's full-time worker. */
export const KEY_PERSON_PLANS: Readonly<Record<string, readonly string[]>> = {
  严重精神障碍患者: [
    '由网格员{w}、村医和监护人组成“三联”帮扶小组，每月上门随访1次，督促按时服药，已落实监护补贴。',
    '病情稳定期，网格员{w}每两周电话随访，发现停药或情绪异常立即报告镇综治中心和精防医生。',
  ],
  社区矫正对象: [
    '司法所每月组织集中教育，网格员{w}每周走访核实去向，严禁未经批准离开县域。',
    '落实“一对一”矫正小组，网格员{w}协助开展公益活动登记，每月报告思想动态。',
  ],
  刑满释放人员: [
    '安置帮教：协调到本镇企业就业，网格员{w}每月谈心1次，帮助办理临时救助。',
    '衔接期内每周联系1次，网格员{w}掌握居住和就业情况，家属签订帮教协议。',
  ],
  社区戒毒康复人员: [
    '配合禁毒社工每月检测1次，网格员{w}跟踪就业和家庭情况，发现复吸苗头及时报告派出所。',
  ],
  '“三失一偏”人员': [
    '因婚姻变故情绪不稳，网格员{w}每周谈心，联系心理咨询师疏导，家属签订看护承诺。',
    '因生意失败背负债务，网格员{w}协调司法所提供法律援助，每半月走访1次。',
  ],
  重点信访人员: [
    '落实领导包案，每月接访1次，网格员{w}掌握动态，诉求依法分类处理，敏感节点前上门做好疏导。',
  ],
};

export const COMPANY_WORDS = ['恒发', '嘉联', '鸿运', '兴达', '富华', '永盛', '金源', '宏图', '德信', '华泰', '隆昌', '瑞丰', '安达', '广进'] as const;
export const INSURERS = ['中国人民财产保险股份有限公司{c}支公司', '中国平安财产保险股份有限公司梅州中心支公司', '中华联合财产保险股份有限公司{c}支公司'] as const;
export const VEHICLES = ['小型轿车', '货车', '摩托车', '三轮车'] as const;

/**
 * Case templates per dispute type. Placeholders: {a} first applicant, {b} respondent, {place} the
 * village/community (or town), {town}, {amt} amount in words, {n} number of applicants, {v} vehicle,
 * {m} months. `amount` is per applicant, in yuan.
 */
export interface CaseTemplate {
  title: string;
  description: string;
  respondent: 'PERSON' | 'COMPANY' | 'HOSPITAL' | 'VILLAGE_COMMITTEE';
  industries?: readonly string[];
  amount?: readonly [number, number];
  group?: boolean;
  insurer?: boolean;
}

export const CASE_TEMPLATES: Readonly<Record<DisputeType, readonly CaseTemplate[]>> = {
  MARRIAGE_FAMILY: [
    { title: '{a}与{b}离婚后子女抚养纠纷', respondent: 'PERSON',
      description: '{a}反映与{b}协议离婚后，{b}长期不支付孩子抚养费，且阻挠探视。双方多次争吵，情绪激动，请求{place}调委会调解。' },
    { title: '{a}与子女赡养纠纷', respondent: 'PERSON',
      description: '{a}年逾七旬，独居{place}老屋，反映子女{b}等人互相推诿，近一年未支付赡养费，生活困难，请求协调分担赡养义务。' },
    { title: '{a}与{b}婚约彩礼返还纠纷', respondent: 'PERSON',
      description: '{a}与{b}经介绍订婚后解除婚约，{a}一方要求返还彩礼及“三金”，{b}一方认为已共同生活不应全额返还，双方家族均有不满情绪。' },
  ],
  NEIGHBOUR: [
    { title: '{a}与{b}宅基地滴水纠纷', respondent: 'PERSON',
      description: '{a}反映邻居{b}新建楼房屋檐滴水直落其院内，墙体受潮开裂。双方因界址说法不一发生口角，网格员初步劝解未果。' },
    { title: '{a}与邻居{b}通行道路纠纷', respondent: 'PERSON',
      description: '{b}在两家之间的巷道堆放柴草并加装铁门，{a}称该巷道为祖辈共用通道，出行受阻，双方曾发生推搡。' },
    { title: '{a}反映邻居{b}装修噪音扰民', respondent: 'PERSON',
      description: '{place}居民{a}反映楼上{b}家装修连续多日在午休和夜间施工，沟通无果，要求规范施工时间并赔偿损坏的天花板。' },
    { title: '{a}与{b}排水沟堵塞纠纷', respondent: 'PERSON',
      description: '雨季{b}填埋屋后排水沟，导致{a}家房屋进水、厨房被淹，{a}要求恢复排水沟并赔偿损失。' },
  ],
  DEBT: [
    { title: '{a}与{b}民间借贷纠纷', respondent: 'PERSON', amount: [5000, 300000],
      description: '{b}前年向{a}借款{amt}用于经营，约定一年内归还，到期后多次催讨未果。{a}持有借条及转账记录，请求调解还款。' },
    { title: '{a}与{b}合伙经营欠款纠纷', respondent: 'PERSON', amount: [20000, 200000],
      description: '{a}与{b}合伙经营茶叶生意，散伙时{b}承诺分期返还{a}出资款{amt}，至今仅付少部分，双方关系紧张。' },
  ],
  LABOUR_WAGES: [
    { title: '{a}追讨{b}拖欠工资', respondent: 'COMPANY', amount: [3000, 60000],
      industries: ['陶瓷有限公司', '食品有限公司', '电子有限公司', '茶业有限公司', '竹制品厂'],
      description: '{a}在{b}务工，公司以资金周转困难为由拖欠其{m}个月工资共计{amt}，多次讨要无果，请求协调支付。' },
    { title: '{a}与{b}工伤待遇纠纷', respondent: 'COMPANY', amount: [20000, 150000],
      industries: ['陶瓷有限公司', '建筑劳务有限公司', '木业有限公司'],
      description: '{a}在{b}作业时受伤，已认定工伤，双方就一次性伤残补助金、停工留薪期工资等{amt}存在分歧。' },
    { title: '{n}名工人追讨{b}拖欠工资', respondent: 'COMPANY', amount: [8000, 40000], group: true,
      industries: ['建筑劳务有限公司', '陶瓷有限公司', '建设有限公司'],
      description: '{a}等{n}名工人反映，{b}自今年以来拖欠工资合计{amt}，临近年关情绪激动，有集体上访苗头，需多部门联合化解。' },
  ],
  LAND: [
    { title: '{a}与{b}山林权属纠纷', respondent: 'PERSON',
      description: '{a}与{b}两户对{place}后山一片杉木林权属各执一词，{b}近期砍伐林木引发冲突，需林业、自然资源部门协助核实林权证。' },
    { title: '{a}与{b}承包地边界纠纷', respondent: 'PERSON',
      description: '{b}翻耕时越界种植，{a}称占用其承包地约半亩，双方多次争执，请求依据确权登记资料调处。' },
    { title: '{a}反映征地补偿款分配不公', respondent: 'VILLAGE_COMMITTEE',
      description: '{place}部分土地被征用修建县道，{a}认为村小组分配补偿款时未将其外嫁女儿计入，要求重新分配。' },
  ],
  TRAFFIC_ACCIDENT: [
    { title: '{a}与{b}交通事故损害赔偿纠纷', respondent: 'PERSON', amount: [5000, 200000], insurer: true,
      description: '{b}驾驶{v}在{town}县道与{a}驾驶的电动车发生碰撞，致{a}受伤住院。交警已出具事故认定书，双方就医疗费、误工费等赔偿{amt}协商未果。' },
    { title: '{a}与{b}车辆刮擦赔偿纠纷', respondent: 'PERSON', amount: [2000, 30000], insurer: true,
      description: '{a}停放在{place}路边的车辆被{b}驾驶的{v}刮擦，维修费{amt}，{b}对定损金额有异议。' },
  ],
  MEDICAL: [
    { title: '{a}与{b}医疗损害赔偿纠纷', respondent: 'HOSPITAL', amount: [30000, 300000],
      description: '{a}家属认为{b}在手术及术后护理中存在过错，导致病情加重，要求赔偿{amt}，并多次到医院聚集。' },
    { title: '{a}反映{b}诊疗费用争议', respondent: 'HOSPITAL',
      description: '{a}对在{b}住院期间的检查费用有异议，认为存在重复收费，要求院方说明并退还多收费用。' },
  ],
  CONSUMER: [
    { title: '{a}要求{b}退还预付卡余额', respondent: 'COMPANY', amount: [500, 20000],
      industries: ['健身俱乐部', '美容院', '教育培训中心'],
      description: '{a}在{b}办理预付卡，余额{amt}。商家突然停业，{a}要求退还余额。' },
    { title: '{a}与{b}房屋装修质量纠纷', respondent: 'COMPANY', amount: [5000, 80000],
      industries: ['装饰工程有限公司', '家居有限公司'],
      description: '{b}为{a}装修新房，入住后出现墙面开裂、卫生间渗水，{a}要求返工并赔偿{amt}，商家只同意局部维修。' },
    { title: '{n}名学员家长要求{b}退费', respondent: 'COMPANY', amount: [3000, 15000], group: true,
      industries: ['教育培训中心', '艺术培训学校'],
      description: '{b}突然停课，{a}等{n}名家长已预交课时费共计{amt}，要求退还剩余费用，家长已建群准备集体投诉。' },
  ],
  PROPERTY_MANAGEMENT: [
    { title: '{a}等业主与{b}物业费纠纷', respondent: 'COMPANY',
      industries: ['物业管理有限公司', '物业服务有限公司'],
      description: '{place}小区业主{a}等人以电梯长期故障、保洁不到位为由拒交物业费，{b}拟停止部分服务，双方矛盾升级。' },
    { title: '{a}反映{b}公共收益不公开', respondent: 'COMPANY',
      industries: ['物业管理有限公司'],
      description: '{a}反映{b}将小区停车位、广告位收益长期不公示，要求公开账目并用于维修。' },
  ],
  CONSTRUCTION_PAYMENT: [
    { title: '{a}追讨{b}工程款', respondent: 'COMPANY', amount: [50000, 2000000],
      industries: ['建筑工程有限公司', '建设有限公司', '市政工程有限公司'],
      description: '{a}承包{b}在{town}的道路硬底化工程，已竣工验收，尚欠工程款{amt}，{a}称无力支付下游工人工资。' },
    { title: '{a}与{b}房屋建设工程款纠纷', respondent: 'PERSON', amount: [30000, 300000],
      description: '{a}为{b}承建三层自建房，完工后{b}以质量问题为由拒付尾款{amt}，双方对质量鉴定结论有分歧。' },
  ],
  OTHER: [
    { title: '{a}反映{b}养殖场异味扰民', respondent: 'PERSON',
      description: '{place}村民{a}反映{b}在村口经营的养猪场污水外排、异味扰民，多次沟通无果，需生态环境部门协助。' },
    { title: '{a}与{b}祖坟迁移纠纷', respondent: 'PERSON',
      description: '{b}修建房屋需迁移{a}家族祖坟，双方就迁坟补偿及择日问题未达成一致，宗亲情绪对立。' },
    { title: '{a}反映村集体分红分配争议', respondent: 'VILLAGE_COMMITTEE',
      description: '{a}对{place}集体经济分红方案有异议，认为新迁入户口的家庭不应参与分配，要求村委会召开村民代表大会重议。' },
  ],
};
