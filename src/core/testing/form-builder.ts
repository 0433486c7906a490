// Builds small but complete forms (as grid text, through the real recogniser) for rule tests.
import type { Form } from '../form';
import { escapeCell, parseGridText } from '../grid-text';
import { recognize } from '../recognize';

export type IndicatorRow = readonly [level1: string, level2: string, name: string, value: string];

export interface FormSpec {
  readonly projectName?: string;
  readonly nature?: string;
  readonly category?: string;
  readonly startDate?: string;
  readonly endDate?: string;
  readonly goalTotalLabel?: string;
  readonly goalTotal?: string;
  readonly goalAnnual?: string;
  readonly year?: string;
  readonly implementer?: string;
  readonly funds?: Partial<
    Record<
      'total' | 'totalFiscal' | 'totalOther' | 'annual' | 'annualFiscal' | 'annualCarryover' | 'annualOther',
      string
    >
  >;
  readonly indicators?: readonly IndicatorRow[];
}

export const DEFAULT_INDICATORS: readonly IndicatorRow[] = [
  ['产出指标', '数量指标', '举办培训班次', '≥4(次)'],
  ['产出指标', '数量指标', '培训人次', '≥200(人次)'],
  ['产出指标', '质量指标', '培训出勤率', '≥95(%)'],
  ['产出指标', '时效指标', '培训计划按期完成率', '=100(%)'],
  ['效益指标', '社会效益指标', '学员考核通过率', '≥90(%)'],
  ['效益指标', '可持续影响指标', '长效管理机制健全性', '建立健全'],
  ['满意度指标', '服务对象满意度指标', '培训学员满意度', '≥90(%)'],
];

const e = escapeCell;

function indicatorRows(rows: readonly IndicatorRow[]): string[] {
  return rows.map(([l1, l2, name, value], i) => {
    const prev = rows[i - 1];
    const sameL1 = prev !== undefined && l1 !== '' && prev[0] === l1;
    const sameL2 = sameL1 && l2 !== '' && prev[1] === l2;
    return `^ | ${sameL1 ? '^' : e(l1)} | ${sameL2 ? '^' : e(l2)} | ${e(name)} | ${e(value)} | <`;
  });
}

/** A 2023+ Shanghai form in grid text; every part can be overridden. */
export function formGridText(spec: FormSpec = {}): string {
  const f = {
    total: '1,000,000.00',
    totalFiscal: '1,000,000.00',
    totalOther: '0.00',
    annual: '1,000,000.00',
    annualFiscal: '1,000,000.00',
    annualCarryover: '0.00',
    annualOther: '0.00',
    ...spec.funds,
  };
  return [
    '财政项目支出绩效目标申报表 | < | < | < | < | <',
    `(${spec.year ?? '2024'}年度) | < | < | < | < | <`,
    `项目名称 | ${e(spec.projectName ?? '干部教育培训经费')} | 项目性质 | ${e(spec.nature ?? '经常性专项业务费')} | 项目类别 | ${e(spec.category ?? '特定目标类')}`,
    `主管部门 | 中共上海市委组织部 | 实施单位 | ${e(spec.implementer ?? '上海市干部教育中心')} | < | <`,
    `计划开始日期 | ${spec.startDate ?? '2024-01-01'} | 计划完成日期 | ${spec.endDate ?? '2024-12-31'} | < | <`,
    `项目资金 (元) | 项目资金总额 | ${f.total} | 年度资金申请总额 | ${f.annual} | <`,
    `^ | 其中：财政资金 | ${f.totalFiscal} | 其中：当年财政拨款 | ${f.annualFiscal} | <`,
    `^ | ^ | ^ | 上年结转资金 | ${f.annualCarryover} | <`,
    `^ | 其他资金 | ${f.totalOther} | 其他资金 | ${f.annualOther} | <`,
    `项目 绩效 目标 | ${e(spec.goalTotalLabel ?? '项目总目标 (2024年-2024年)')} | < | 年度总体目标 | < | <`,
    `^ | ${e(spec.goalTotal ?? '完成年度干部培训任务。')} | < | ${e(spec.goalAnnual ?? '完成年度干部培训任务。')} | < | <`,
    '绩效 指标 | 一级指标 | 二级指标 | 三级指标 | 年度(/项目)指标值 | <',
    ...indicatorRows(spec.indicators ?? DEFAULT_INDICATORS),
  ].join('\n');
}

export interface Form2018Spec {
  readonly year?: string;
  readonly projectName?: string;
  readonly budgetTotal?: string;
  readonly budgetYear?: string;
  readonly lastYearBudget?: string;
  readonly lastYearSpent?: string;
  /** Sub-items of 项目当年投入资金构成, or `无`. */
  readonly components?: readonly (readonly [string, string])[] | '无';
  readonly indicators?: readonly (readonly [level1: string, name: string, value: string])[];
}

/** A 2018 上海市财政支出项目绩效目标申报表 in grid text. */
export function form2018GridText(spec: Form2018Spec = {}): string {
  const components = spec.components ?? [
    ['平台运维', '600000'],
    ['课件制作', '400000'],
  ];
  const componentRows =
    components === '无' ? ['^ | 无 | < | '] : components.map(([n, a]) => `^ | ${e(n)} | < | ${e(a)}`);
  const indicators = spec.indicators ?? [
    ['产出目标', '课件制作数量', '≥20部'],
    ['效果目标', '服务对象满意度', '≥90%'],
  ];
  return [
    '> 上海市财政支出项目绩效目标申报表',
    `> (${spec.year ?? '2018'}年)`,
    '> 申报单位名称：上海市党建服务中心',
    `项目名称 | ${e(spec.projectName ?? '远程教育平台运维')} | < | <`,
    '开始时间 | 2018/1/1 | 结束时间 | 2018/12/31',
    `项目总预算（元） | ${spec.budgetTotal ?? '1000000'} | 项目当年预算（元） | ${spec.budgetYear ?? '1000000'}`,
    `同名项目上年预算额（元） | ${spec.lastYearBudget ?? '900000'} | 同名项目上年预算执行数（元） | ${spec.lastYearSpent ?? '880000'}`,
    '项目当年投入资金构成 | 子项目名称 | < | 预算金额（元）',
    ...componentRows,
    '项目总目标 | 平台正常运行 | < | <',
    '年度绩效目标 | 保障平台正常运行 | < | <',
    '分解目标内容 | 绩效指标 | < | 指标目标值',
    ...indicators.map(
      ([l1, name, value], i) => `${i > 0 && indicators[i - 1]![0] === l1 ? '^' : e(l1)} | ${e(name)} | < | ${e(value)}`,
    ),
    '备注 |  | < | <',
  ].join('\n');
}

/** The single form of a grid text (throws when there is not exactly one). */
export function buildForm(text: string): Form {
  const forms = recognize(parseGridText(text));
  if (forms.length !== 1) throw new Error(`expected one form, recognised ${forms.length}`);
  return forms[0]!;
}
