// What an indicator's name says it measures — rate, count, defect, cost, satisfaction — read from its wording.
const DEFECT =
  /事故|故障|投诉|差错|缺陷|bug|超时|未清理|超过规定|超过.{0,6}未|违规|违纪|失误|延误|不合格|误差|返工|流失|空置|漏检|误报|损耗|出现率|发生率/i;
// Handling a defect is a positive measure (平台故障处置率 ≥…), so is time without one (无安全事故运行时间 ≥360天).
const HANDLING = /处置|处理|修复|解决|响应|排除|整改|办结|回复|化解|抵达|到达|报修|无.{0,4}(事故|故障)/;
const CAP = /上限|不超过|控制数|控制在|最多|限额|以内|控制率/;
const COST = /成本|费用|单价|经费|价格|金额|支出/;
const COST_POSITIVE = /节支|节约|节省|降低|压减|执行率|到位率|符合|合规|规范/;
const COUNT_NAME = /(人数|人次|数量|次数|场次|期数|个数|件数|户数|家数|天数|学时|数)$/;
// 度 ends rates (满意度, 完成度) but also plain words (年度, 信息化程度): only the rate-forming ones count.
const RATE_NAME = /(率|(满意|完成|知晓|覆盖|达标|满足|参与|活跃|认可|信任|完好|饱和|执行|到位|普及)度)$/;

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

export const isSatisfactionName = (name: string) => /满意/.test(name);

/** A defect or incident measure, where fewer is better (安全事故发生次数, bug出现率, 有责投诉率). */
export function isDefectName(name: string): boolean {
  return DEFECT.test(name) && !HANDLING.test(name);
}

export function isCapName(name: string): boolean {
  return CAP.test(name);
}

/** A money cost, where less is better (运维总成本, 人均培训成本); not savings or compliance rates. */
export function isCostName(name: string): boolean {
  return COST.test(name) && !COST_POSITIVE.test(name);
}

export function isRateName(name: string): boolean {
  return RATE_NAME.test(name.trim()) || /率[(（]/.test(name);
}

export function isCountName(name: string): boolean {
  return COUNT_NAME.test(name.trim());
}

/** A unit that counts things or people (次, 个, 人次 …), as opposed to %, time or money. */
export function isCountUnit(unit: string | null): boolean {
  return unit !== null && COUNT_UNITS.has(unit);
}

export function isMoneyUnit(unit: string | null): boolean {
  return unit !== null && /^(万?元)(\/.*)?$/.test(unit);
}

export function isPercentUnit(unit: string | null): boolean {
  return unit === '%' || unit === '‰';
}
