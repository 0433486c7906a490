// The examples/ documents (written by scripts/make-examples.mjs with the docx package and exceljs) give the
// same forms and findings as the seed fixtures they were made from: from .docx, from .xlsx and from the Grid.
import { join } from 'path';
import type { CheckedForm } from '../../src/core/lint';
import { check } from '../../src/core/lint';
import { copyText, EXAMPLE_BLANK, EXAMPLE_SPLIT } from '../../src/core/testing/example-forms';
import { parseGridText } from '../../src/core/grid-text';
import { readFileSync } from 'fs';
import { reportForm } from '../../src/core/report';
import type { Grid } from '../../src/core/grid';
import { readDocumentFile } from '../../src/hosts/file/read-file';
import { loadSeed } from '../seeds/load';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const PAIRS = [
  ['2018-各单位绩效目标申报表', '2018-units.grid'],
  ['2020-党建服务中心绩效目标表', '2020-dangjian-center.grid'],
  ['2023-市委组织部绩效目标申报表', '2023-zuzhibu.grid'],
  ['2024-党建服务中心绩效目标汇总表', '2024-dangjian-center.grid'],
  ['2024-西渡街道绩效目标汇总表', '2024-xidu.grid'],
];

/** Everything a report says about the forms, without the host-specific cell addresses. */
function content(grids: Grid[]) {
  return check(grids).map((checked) => {
    const { indicators, findings, ...form } = reportForm(checked);
    return {
      ...form,
      indicators: indicators.map((i) => ({ ...i, cell: null })),
      findings: findings.map((f) => [f.ruleId, f.messageId, f.severity, f.actual, f.message]),
    };
  });
}

describe.each(PAIRS)('examples/%s', (name, fixture) => {
  const expected = content(loadSeed(fixture));

  it.each(['docx', 'xlsx'])('.%s reads as the fixture does', async (ext) => {
    const grids = await readDocumentFile(join(EXAMPLES, `${name}.${ext}`));
    expect(content(grids)).toEqual(expected);
  });
});

describe('examples with deliberate mistakes', () => {
  it.each([
    [
      '示例-常见错误-生活驿站运行经费',
      ['fund-annual-sum', 'target-empty', 'target-inverted-operator', 'target-satisfaction-value', 'target-format'],
    ],
    ['示例-常见错误-机关服务费', ['date-period-invalid', 'fund-total-sum', 'target-satisfaction-value']],
  ])('%s shows its mistakes at once', async (name, rules) => {
    for (const ext of ['docx', 'xlsx']) {
      const found = check(await readDocumentFile(join(EXAMPLES, `${name}.${ext}`))).flatMap((c) =>
        c.findings.map((f) => f.ruleId),
      );
      expect(found).toEqual(expect.arrayContaining(rules));
    }
  });
});

describe('the example whose indicator rows are still empty', () => {
  it.each(['docx', 'xlsx'])('.%s reads with no indicator and one empty row under each 二级', async (ext) => {
    const grids = await readDocumentFile(join(EXAMPLES, `${EXAMPLE_BLANK.name}.${ext}`));
    const [{ form }] = check(grids) as [CheckedForm];
    expect(form.indicators).toEqual([]);
    expect(form.openRows.map((r) => [r.level1, r.level2])).toEqual([
      ['成本指标', '经济成本指标'],
      ['产出指标', '数量指标'],
      ['产出指标', '质量指标'],
      ['产出指标', '时效指标'],
      ['效益指标', '社会效益指标'],
      ['效益指标', '可持续影响指标'],
      ['满意度指标', '服务对象满意度指标'],
    ]);
  });
});

describe('the example whose values are split over 计算符号, 指标值 and 计量单位 columns', () => {
  const original = check(
    parseGridText(copyText(fixtureText(EXAMPLE_SPLIT.fixture), { ...EXAMPLE_SPLIT, splitValues: false })),
  );
  const [{ form: whole, findings: wholeFindings }] = original as [CheckedForm];

  it('splits every quantity of the form it copies, and its 定性 values beside their own column', () => {
    const split = copyText(fixtureText(EXAMPLE_SPLIT.fixture), EXAMPLE_SPLIT);
    expect(split).toContain('计算符号 | 指标值 | 计量单位');
    expect(split).toContain('群众满意度 | ≥ | 90.00 | %');
    expect(split).toContain('有责投诉率 | \\< | 5.00 | %');
    expect(split).toContain('成本控制率 | 定性 | 控制在预算内 | ');
  });

  it.each(['docx', 'xlsx'])('.%s reads with the values and the findings of the form it copies', async (ext) => {
    const [{ form, findings }] = check(await readDocumentFile(join(EXAMPLES, `${EXAMPLE_SPLIT.name}.${ext}`))) as [
      CheckedForm,
    ];
    expect(form.indicators.map((i) => [i.name, i.value])).toEqual(whole.indicators.map((i) => [i.name, i.value]));
    expect(form.indicators.map((i) => i.operatorText)).toEqual([
      '定性',
      '=',
      '=',
      '定性',
      '<',
      '≥',
      '≥',
      '定性',
      '=',
      '定性',
      '≥',
    ]);
    const kinds = (list: typeof findings) => list.map((f) => [f.ruleId, f.messageId]);
    expect(kinds(findings)).toEqual(kinds(wholeFindings));
  });
});

function fixtureText(name: string): string {
  return readFileSync(join(__dirname, '..', 'fixtures', 'seeds', name), 'utf8');
}
