import { DOMParser } from '@xmldom/xmldom';
import { formatGridText } from '../../core/grid-text';
import { check } from '../../core/lint';
import { formGridText } from '../../core/testing/form-builder';
import { parseGridText } from '../../core/grid-text';
import { indexGrid } from '../../core/grid';
import { OoxmlError, readTables, refuseDoctype } from './tables';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const parse = (xml: string) => {
  refuseDoctype(xml);
  return new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
};
const doc = (body: string) => parse(`<w:document ${W}><w:body>${body}</w:body></w:document>`);
const p = (...runs: string[]) =>
  `<w:p>${runs.map((t) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`).join('')}</w:p>`;
const tc = (content: string, pr = '') => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${content}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const tbl = (cols: number, ...rows: string[]) =>
  `<w:tbl><w:tblGrid>${'<w:gridCol/>'.repeat(cols)}</w:tblGrid>${rows.join('')}</w:tbl>`;
const span = (n: number) => `<w:gridSpan w:val="${n}"/>`;
const restart = '<w:vMerge w:val="restart"/>';
const cont = '<w:vMerge/>';

describe('readTables', () => {
  it('reads horizontal and vertical merges as single cells with spans', () => {
    const [grid] = readTables(
      doc(
        tbl(
          4,
          tr(tc(p('一级指标')), tc(p('二级指标')), tc(p('三级指标')), tc(p('指标值'))),
          tr(tc(p('产出指标'), restart), tc(p('数量指标'), restart), tc(p('培训班次')), tc(p('≥4(次)'))),
          tr(tc(p(''), cont), tc(p(''), cont), tc(p('培训人次')), tc(p('≥200(人次)'))),
          tr(tc(p(''), cont), tc(p('总计'), span(3))),
        ),
      ),
    );
    expect(formatGridText([grid!])).toBe(
      [
        '=== table-0',
        '一级指标 | 二级指标 | 三级指标 | 指标值',
        '产出指标 | 数量指标 | 培训班次 | ≥4(次)',
        '^ | ^ | 培训人次 | ≥200(人次)',
        '^ | 总计 | < | <',
      ].join('\n'),
    );
    expect(indexGrid(grid!).at(3, 0)!.rowSpan).toBe(3);
  });

  it('joins text split across runs and paragraphs; counts insertions, ignores deletions', () => {
    const [grid] = readTables(
      doc(
        tbl(
          1,
          tr(
            tc(
              `${p('≥', '90', '(%)')}<w:p><w:r><w:t>第二</w:t></w:r><w:ins w:author="a"><w:r><w:t>段</w:t></w:r></w:ins>` +
                `<w:del w:author="a"><w:r><w:delText>删除</w:delText></w:r></w:del><w:r><w:tab/><w:t>尾</w:t></w:r></w:p>`,
            ),
          ),
        ),
      ),
    );
    expect(grid!.cells[0]!.text).toBe('≥90(%)\n第二段\t尾');
  });

  it('keeps paragraphs above a table as its preamble, and reads nested tables as tables of their own', () => {
    const grids = readTables(
      doc(p('财政项目支出绩效目标申报表') + p('(2024年度)') + tbl(2, tr(tc(p('外层')), tc(tbl(1, tr(tc(p('内层')))))))),
    );
    expect(grids.map((g) => [g.id, g.preamble ?? [], g.cells.map((c) => c.text)])).toEqual([
      ['table-0', ['财政项目支出绩效目标申报表', '(2024年度)'], ['外层', '']],
      ['table-1', [], ['内层']],
    ]);
    expect(grids[1]!.cells[0]!.ref).toEqual({ table: 1, row: 0, col: 0 });
  });

  it('covers short rows (gridBefore / missing cells) with empty cells', () => {
    const [grid] = readTables(
      doc(
        tbl(
          3,
          tr(tc(p('a')), tc(p('b')), tc(p('c'))),
          `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc(p('x'))}</w:tr>`,
        ),
      ),
    );
    expect(formatGridText([grid!]).split('\n').slice(1)).toEqual(['a | b | c', ' | x | ']);
  });

  it('gives a form read from OOXML the same findings as the same form as grid text', () => {
    const source = parseGridText(
      formGridText({ indicators: [['产出指标', '数量指标', '在线学习招生人数', '≤150000']] }),
    )[0]!;
    const index = indexGrid(source);
    const rows = Array.from({ length: source.rowCount }, (_, r) =>
      tr(
        ...index.slots(r).map((s) => {
          const vm = s.cell.rowSpan > 1 ? (s.starts ? restart : cont) : '';
          const gs = s.cell.colSpan > 1 ? span(s.cell.colSpan) : '';
          return tc(p(s.starts ? s.cell.text.replace(/&/g, '&amp;').replace(/</g, '&lt;') : ''), vm + gs);
        }),
      ),
    );
    const fromXml = readTables(doc(tbl(source.colCount, ...rows)));
    const strip = (grids: readonly unknown[]) => JSON.parse(JSON.stringify(grids).replace(/"id":"[^"]*",?/g, ''));
    const findings = (g: Parameters<typeof check>[0]) =>
      check(g).flatMap((c) => c.findings.map((f) => [f.ruleId, f.actual, f.cell]));
    expect(findings(fromXml)).toEqual(findings([source]));
    expect(strip(fromXml.map((g) => g.cells))).toEqual(strip([source.cells]));
  });

  it('refuses DOCTYPE and entity declarations, and non-Word XML', () => {
    expect(() => refuseDoctype('<!DOCTYPE x [<!ENTITY a "b">]><x/>')).toThrow(OoxmlError);
    expect(() => readTables(parse('<x/>'))).toThrow(/no w:body/);
  });
});
