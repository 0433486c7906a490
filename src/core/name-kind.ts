// What an indicator's name says it measures — rate, count, defect, cost, satisfaction — read from its wording.

// Words that make any measure "fewer is better", wherever they stand (报修超时次数, 设备返修率, 负面舆情数量) …
const STRONG_DEFECT =
  /超时|未清理|超过规定|超过.{0,6}未|不合格|不满意|差错|失误|违规|违纪|误报|漏检|返工|返修|延期|延误|中断|宕机|停电|停水|违章|舆情|差评|隐患|丢失|泄露/;
// … and negated achievements (未完成率, 未按时完成率, 不及时率, 逾期未办结率).
const NEGATED = /(未|不|非|逾期|超期)(按时|按期)?(完成|达标|办结|及时|合格|到位|响应|处理|解决|结题|验收)/;
// Turnover only of people (人员流动率, 客户流失率), not 流动人口 or 水土流失治理.
const TURNOVER = /(人员|人才|员工|客户|用户|学员|会员)?(流失|流动)率$/;
// … unless the measure is the handling of them (违规行为查处率, 隐患排查整改率, 舆情处置率).
const HANDLING_RATE = /(处置|处理|修复|解决|响应|排除|整改|办结|回复|化解|受理|查处|排查|治理|防范)(及时)?率$/;
// Incidents are "fewer is better" only when their occurrence is what is counted (安全事故发生次数, bug出现率),
// not 投诉热线接通率, 故障设备更换数量 or 事故救援人数.
const INCIDENT = /(事故|故障|投诉|缺陷|bug|错误|损耗|空置)(发生|出现)?(次数|数量|起数|件数|数|率)$/i;
const CAP = /上限|不超过|控制数|控制在|最多|限额|以内|控制率/;
// 金额/支出 are left out: 补贴发放金额 and 带动社会投资金额 are amounts the project wants to reach.
const COST = /成本|费用|单价|经费|价格/;
const COST_POSITIVE =
  /节支|节约|节省|降低|压减|执行率|到位率|符合|合规|规范|发放|补贴|资助|奖励|带动|拉动|投资|收入|产值|税收/;
const COUNT_NAME = /(人数|人次|数量|次数|场次|期数|个数|件数|户数|家数|天数|学时|数)$/;
// 度 ends rates (满意度, 完成度) but also plain words (年度, 信息化程度): only the rate-forming ones count.
const RATE_NAME = /(率|(满意|完成|知晓|覆盖|达标|满足|参与|活跃|认可|信任|完好|饱和|执行|到位|普及)度)$/;
// 率 also ends words that are no percentage of anything (巡检频率 ≥12(次)).
const NOT_RATE = /(频|效|利|税|汇|费|功)率$/;
// Rates where more is better: what the form promises to reach, not to stay under.
const POSITIVE_RATE =
  /(合格|完成|覆盖|达标|出勤|知晓|通过|可用|及时|到位|执行|满意|参与|使用|利用|普及|准确|验收|结题|履约|运行|完好|在线|响应|处置|处理|修复|解决|办结|采纳|转化|应用|达成|落实|入库|上线|开通|签约|就业|巡检|保障|受理|查处|整改|回复|接通|检出)(率|度)$/;
// Waiting for a response or a repair: the shorter the better (工作日故障响应时间 ≤30(分钟)).
const RESPONSE_TIME = /(响应|抵达|到达|修复|处理|办结|等待|回复|到场)(时间|时长|用时)$/;

export const COUNT_UNITS = new Set([
  '次',
  '场',
  '场次',
  '期',
  '个',
  '项',
  '件',
  '份',
  '篇',
  '部',
  '本',
  '册',
  '条',
  '家',
  '户',
  '村',
  '台',
  '套',
  '辆',
  '人',
  '人次',
  '名',
  '学时',
  '万页',
  '页',
  '所',
  '批',
  '处',
  '课时',
  '门',
  '类',
  '张',
  '幅',
  '册次',
]);
const TIME_UNITS = new Set(['分钟', '小时', '天', '日', '工作日', '个工作日', '周', '月', '个月', '年']);

/** Satisfaction (满意度, 满意率), not its opposite (不满意率). */
export const isSatisfactionName = (name: string) => /满意/.test(name) && !/不满意/.test(name);

/** A defect or incident measure, where fewer is better (安全事故发生次数, bug出现率, 有责投诉率, 报修超时次数). */
export function isDefectName(name: string): boolean {
  const n = name.trim();
  if (NEGATED.test(n)) return true;
  if (HANDLING_RATE.test(n)) return false;
  return STRONG_DEFECT.test(n) || TURNOVER.test(n) || INCIDENT.test(n);
}

export function isCapName(name: string): boolean {
  return CAP.test(name);
}

/** A money cost, where less is better (运维总成本, 人均培训成本); not savings or compliance rates. */
export function isCostName(name: string): boolean {
  return COST.test(name) && !COST_POSITIVE.test(name);
}

export function isRateName(name: string): boolean {
  // Trim first, then strip the bracket: `\s*…\s*$` around it backtracks quadratically over long space runs.
  const n = name
    .trim()
    .replace(/[(（][^()（）]*[)）]$/, '')
    .trimEnd();
  return RATE_NAME.test(n) && !NOT_RATE.test(n);
}

/** A rate the project wants as high as possible (验收合格率, 培训出勤率), never a defect rate. */
export function isPositiveRateName(name: string): boolean {
  return POSITIVE_RATE.test(name.trim()) && !isDefectName(name);
}

export function isResponseTimeName(name: string): boolean {
  return RESPONSE_TIME.test(name.trim());
}

/** The unit a name implies, when it is unambiguous (满意度 → %, 培训人次 → 人次, 安全事故… → 次). */
export function unitImpliedBy(name: string): string | null {
  if (isSatisfactionName(name) || isRateName(name)) return '%';
  const endings: [RegExp, string][] = [
    [/人次$/, '人次'],
    [/人数$/, '人'],
    [/场次$/, '场次'],
    [/次数$/, '次'],
    [/天数$/, '天'],
    [/学时$/, '学时'],
    [/(事故|故障).{0,6}$/, '次'],
    [/投诉.{0,4}$/, '件'],
  ];
  return endings.find(([re]) => re.test(name))?.[1] ?? null;
}

export function isCountName(name: string): boolean {
  return COUNT_NAME.test(name.trim());
}

/** A unit that counts things or people (次, 个, 人次 …), as opposed to %, time or money. */
export function isCountUnit(unit: string | null): boolean {
  return unit !== null && COUNT_UNITS.has(unit);
}

export function isTimeUnit(unit: string | null): boolean {
  return unit !== null && TIME_UNITS.has(unit);
}

export function isMoneyUnit(unit: string | null): boolean {
  return unit !== null && /^(万?元)(\/.*)?$/.test(unit);
}

export function isPercentUnit(unit: string | null): boolean {
  return unit === '%' || unit === '‰';
}

/** Worded targets that are about time (及时, 按期, 12月底前): fine for 时效 rows and deadlines. */
export function mentionsTime(text: string): boolean {
  return /及时|按时|按期|准时|定期|全年|年内|月底|日前|月前|季度|当天|当日|小时|分钟|工作日/.test(text);
}
