import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { cellText, readTableCells } from './tables';
import { applyTrackedEdits } from './tracked-edits';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const xml = `<w:document ${W}><w:body><w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>
<w:tc><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>&gt;=</w:t></w:r><w:r><w:t>90%</w:t></w:r></w:p></w:tc>
<w:tc><w:p><w:r><w:t>合理</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>`;

describe('applyTrackedEdits', () => {
  const revision = { author: '绩效目标申报助手', date: '2026-11-21T10:00:00Z' };

  it('replaces a cell as a tracked change keeping the first run’s formatting, and refuses a stale edit', () => {
    const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
    const { elements } = readTableCells(doc);
    const fix = { cell: { table: 0, row: 0, col: 0 }, before: '>=90%', text: '≥90(%)' };
    const stale = { cell: { table: 0, row: 0, col: 1 }, before: '规范', text: '规范有序' };
    const result = applyTrackedEdits(elements, [fix, stale], revision);
    expect(result.applied).toEqual([fix]);
    expect(result.conflicts).toEqual([stale]);
    const [first, second] = [...elements.values()];
    expect(cellText(first!)).toBe('≥90(%)');
    expect(cellText(second!)).toBe('合理');
    const out = new XMLSerializer().serializeToString(
      doc as unknown as Parameters<XMLSerializer['serializeToString']>[0],
    );
    expect(out).toMatch(
      /<w:del w:id="\d+" w:author="绩效目标申报助手" w:date="2026-11-21T10:00:00Z"><w:r><w:rPr><w:b\/><\/w:rPr><w:delText xml:space="preserve">&gt;=<\/w:delText>/,
    );
    expect(out).toMatch(
      /<w:ins w:id="\d+" w:author="绩效目标申报助手" w:date="2026-11-21T10:00:00Z"><w:r><w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">≥90\(%\)<\/w:t><\/w:r><\/w:ins>/,
    );
    // Re-applying the same batch changes nothing more.
    expect(applyTrackedEdits(elements, [fix], revision).applied).toEqual([fix]);
    expect(
      new XMLSerializer().serializeToString(doc as unknown as Parameters<XMLSerializer['serializeToString']>[0]),
    ).toBe(out);
  });
});
