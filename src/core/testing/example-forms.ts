// The example documents (seed forms, and copies with the mistakes reviewers send forms back for) as data:
// `npm run examples` writes them as .docx/.xlsx, and the demo page offers them.

/** [file name in examples/, seed fixture in test/fixtures/seeds/]. */
export const EXAMPLE_DOCUMENTS: readonly (readonly [name: string, fixture: string])[] = [
  ['2018-各单位绩效目标申报表', '2018-units.grid'],
  ['2020-党建服务中心绩效目标表', '2020-dangjian-center.grid'],
  ['2023-市委组织部绩效目标申报表', '2023-zuzhibu.grid'],
  ['2024-党建服务中心绩效目标汇总表', '2024-dangjian-center.grid'],
  ['2024-西渡街道绩效目标汇总表', '2024-xidu.grid'],
];

export interface ExampleMistakes {
  readonly name: string;
  readonly fixture: string;
  /** The grid (`=== id`) of the fixture the example keeps. */
  readonly gridId: string;
  /** Text replacements in the fixture notation: [as in the seed, as the mistaken copy has it]. */
  readonly replacements: readonly (readonly [from: string, to: string])[];
}

export const EXAMPLE_MISTAKES: readonly ExampleMistakes[] = [
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

/** The grid text of one grid of a fixture with the example's mistakes written in; throws if a mistake no longer fits. */
export function withMistakes(fixtureText: string, example: ExampleMistakes): string {
  let text = fixtureText.split(/^=== /m).find((part) => part.startsWith(`${example.gridId}\n`));
  if (text === undefined) throw new Error(`no grid ${example.gridId} in ${example.fixture}`);
  for (const [from, to] of example.replacements) {
    if (!text.includes(from)) throw new Error(`example mistake not applicable: ${from}`);
    text = text.replace(from, to);
  }
  return `=== ${text}`;
}
