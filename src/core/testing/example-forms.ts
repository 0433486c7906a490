// The example documents (seed forms; copies with the mistakes reviewers send forms back for; a copy with its
// indicators still blank; a copy laid out as a budget-system export) as data: `npm run examples` writes them as
// .docx/.xlsx, and the demo page offers them.
import { escapeCell } from '../grid-text';
import { QUALITATIVE_PICK } from '../rules/support';
import { parseTarget } from '../values/target';

/** [file name in examples/, seed fixture in test/fixtures/seeds/]. */
export const EXAMPLE_DOCUMENTS: readonly (readonly [name: string, fixture: string])[] = [
  ['2018-各单位绩效目标申报表', '2018-units.grid'],
  ['2020-党建服务中心绩效目标表', '2020-dangjian-center.grid'],
  ['2023-市委组织部绩效目标申报表', '2023-zuzhibu.grid'],
  ['2024-党建服务中心绩效目标汇总表', '2024-dangjian-center.grid'],
  ['2024-西渡街道绩效目标汇总表', '2024-xidu.grid'],
];

/** One form of a seed fixture, copied with some of its text changed. */
export interface ExampleCopy {
  readonly name: string;
  readonly fixture: string;
  /** The grid (`=== id`) of the fixture the example keeps. */
  readonly gridId: string;
  /** Text replacements in the fixture notation: [as in the seed, as the copy has it]. */
  readonly replacements: readonly (readonly [from: string, to: string])[];
  /** Each 指标值 split over 计算符号 | 指标值 | 计量单位 columns, as budget-system exports print them. */
  readonly splitValues?: boolean;
}

export const EXAMPLE_MISTAKES: readonly ExampleCopy[] = [
  // A 2024 form with typical mistakes: sums that do not add up, ASCII operators, ≤ on a count, 满意度 0, a blank target.
  {
    name: '示例-常见错误-生活驿站运行经费',
    fixture: '2024-xidu.grid',
    gridId: 'xd2024-3',
    replacements: [
      ['年度资金申请总额 | 296,000.00', '年度资金申请总额 | 269,000.00'],
      ['设施维修完成率 | =100.00(%)', '设施维修完成率 | >=100%'],
      ['设施维修质量达标率 | =100.00(%)', '设施维修质量达标率 | ≤95.00(%)'],
      ['群众满意度 | ≥90.00(%)', '群众满意度 | 0'],
      ['设施维修完成及时性 | 及时', '设施维修完成及时性 | '],
    ],
  },
  // A 2023 form whose figures were copied from last year: wrong year in the dates, total ≠ parts.
  {
    name: '示例-常见错误-机关服务费',
    fixture: '2023-zuzhibu.grid',
    gridId: 'zzb2023-4',
    replacements: [
      [
        '计划开始日期 | 2023-01-01 | 计划完成日期 | 2023-12-31',
        '计划开始日期 | 2022-01-01 | 计划完成日期 | 2022-12-31',
      ],
      ['其中：财政资金 | 2,760,000.00', '其中：财政资金 | 2,670,000.00'],
      ['食堂服务满意度 | < | ≥90(%)', '食堂服务满意度 | < | ≥70(%)'],
    ],
  },
];

/**
 * A 2024 form as it stands before its indicators are written: name, funds and goals filled, one empty row under
 * each 二级 of the template. What a person starting a new form has open when asking for 指标建议.
 */
export const EXAMPLE_BLANK: ExampleCopy = {
  name: '示例-空白指标-生活驿站运行经费',
  fixture: '2024-xidu.grid',
  gridId: 'xd2024-3',
  replacements: [
    ['成本控制率 | 控制在预算内', ' | '],
    ['设施维修完成率 | =100.00(%)', ' | '],
    ['设施维修质量达标率 | =100.00(%)', ' | '],
    ['设施维修完成及时性 | 及时', ' | '],
    ['有责投诉率 | <5.00(%)', ' | '],
    ['^ | ^ | ^ | 公益慈善活动参与率 | ≥90.00(%) | <\n', ''],
    ['^ | ^ | ^ | 生活驿站全年开放天数 | ≥260.00(天) | <\n', ''],
    ['^ | ^ | ^ | 提升服务党员群众意识 | 提升 | <\n', ''],
    [
      '# export: after a blank line, `\\t\\t\\t设施正常使用率\\t=100.00(%)`: a fifth 社会效益指标 row.\n' +
        '^ | ^ | ^ | 设施正常使用率 | =100.00(%) | <\n',
      '',
    ],
    ['长效管理机制健全性 | 建立健全', ' | '],
    ['群众满意度 | ≥90.00(%)', ' | '],
  ],
};

/**
 * The 2024 生活驿站 form as a budget-system export prints it: the operator, the number and the unit of each value in
 * columns of their own (`≥` | `90.00` | `%`; a value in words beside 定性), the table one column wider for them.
 */
export const EXAMPLE_SPLIT: ExampleCopy = {
  name: '示例-分列指标值-生活驿站运行经费',
  fixture: '2024-xidu.grid',
  gridId: 'xd2024-3',
  replacements: [],
  splitValues: true,
};

/** The grid text of one grid of a fixture with the copy's changes written in; throws if a change no longer fits. */
export function copyText(fixtureText: string, example: ExampleCopy): string {
  let text = fixtureText.split(/^=== /m).find((part) => part.startsWith(`${example.gridId}\n`));
  if (text === undefined) throw new Error(`no grid ${example.gridId} in ${example.fixture}`);
  for (const [from, to] of example.replacements) {
    if (!text.includes(from)) throw new Error(`example change not applicable: ${from}`);
    text = text.replace(from, to);
  }
  return `=== ${example.splitValues ? splitValues(text) : text}`;
}

/** The value header of the 2023/2024 forms, two grid columns wide. */
const VALUE_HEADER = '年度(/项目)指标值 | <';

/** One 指标值 (`≥90.00(%)`) as the three cells of a split export (`≥ | 90.00 | %`). */
function splitCells(value: string): string {
  const parsed = parseTarget(value);
  const cells =
    parsed.kind === 'quantitative'
      ? [parsed.opText, parsed.numberText, parsed.unit ?? '']
      : [value.trim() ? QUALITATIVE_PICK : '', value, ''];
  // `<` alone is the notation's merge mark: the operator cell escapes it.
  return cells.map(escapeCell).join(' | ');
}

/** Widens every table row above the indicator header by one column and splits each row's value below it. */
function splitValues(text: string): string {
  const lines = text.split('\n');
  const header = lines.findIndex((line) => line.endsWith(VALUE_HEADER));
  if (header < 0) throw new Error(`example change not applicable: no ${VALUE_HEADER}`);
  const isRow = (line: string) => line.includes(' | ') && !/^[>#]/.test(line);
  return lines
    .map((line, i) => {
      if (!isRow(line)) return line;
      if (i < header) return `${line} | <`;
      if (i === header) return line.replace(VALUE_HEADER, '计算符号 | 指标值 | 计量单位');
      const value = /\| ([^|]*) \| <$/.exec(line);
      if (!value) throw new Error(`example change not applicable: ${line}`);
      return `${line.slice(0, value.index)}| ${splitCells(value[1]!)}`;
    })
    .join('\n');
}
