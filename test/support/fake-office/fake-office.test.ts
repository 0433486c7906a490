// The fake must enforce what real Office enforces, or the hosts' budget and discipline tests could not fail.
// This file breaks the load/sync rules on purpose, to show the fake catches what they warn about.
/* eslint-disable office-addins/call-sync-after-load, office-addins/no-context-sync-in-loop, office-addins/no-navigational-load */
import { parseGridText } from '../../../src/core/grid-text';
import { documentXml, xlsxBytes } from '../office-files';
import { OfficeError } from './client';
import { FakeExcel } from './excel';
import { FakeWord } from './word';

const FORM = parseGridText(
  [
    '一级指标 | 二级指标 | 三级指标 | 指标值',
    '产出指标 | 数量指标 | 培训人次 | ≥100(人次)',
    '^ | ^ | 培训场次 | ≥4(次)',
  ].join('\n'),
);

const code = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return (error as OfficeError).code;
  }
  return 'resolved';
};

describe('fake Office: load and sync', () => {
  it('throws on a property read before it is loaded, and before the load is synced', async () => {
    const word = new FakeWord(documentXml(FORM));
    await word.run(async (context) => {
      const table = context.document.body.tables.getFirst();
      expect(() => table.rowCount).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      table.load('rowCount');
      expect(() => table.rowCount).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(table.rowCount).toBe(3);
      expect(() => table.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('gives collection items and ClientResult values only after sync', async () => {
    const word = new FakeWord(documentXml(FORM));
    await word.run(async (context) => {
      const tables = context.document.body.tables;
      const ooxml = context.document.body.getOoxml();
      tables.load('items/rows/items/cellCount');
      expect(() => tables.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      expect(() => ooxml.value).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(tables.items[0]!.rows.items.map((r) => r.cellCount)).toEqual([4, 4, 4]);
      expect(ooxml.value).toContain('pkg:package');
      expect(() => tables.items[0]!.rowCount).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('counts every sync, one per loop turn, plus the final one run makes for queued work', async () => {
    const word = new FakeWord(documentXml([FORM[0]!, { ...FORM[0]!, id: 'b' }, { ...FORM[0]!, id: 'c' }]));
    const before = word.app.syncs;
    await word.run(async (context) => {
      const tables = context.document.body.tables;
      tables.load('items');
      await context.sync();
      for (const table of tables.items) {
        table.load('rowCount');
        await context.sync();
      }
      tables.items[0]!.getCell(0, 0).body.select();
    });
    expect(word.app.syncs - before).toBe(1 + 3 + 1);
    expect(word.app.lastRunSyncs).toBe(5);
  });

  it('fails the whole batch when cellIndex of a vertically merged cell is loaded (office-js#3200)', async () => {
    const word = new FakeWord(documentXml(FORM));
    await word.run(async (context) => {
      const table = context.document.body.tables.getFirst();
      const plain = table.getCell(1, 2);
      const merged = table.getCell(1, 0);
      plain.load('cellIndex,value');
      expect(await code(context.sync())).toBe('resolved');
      expect(plain.cellIndex).toBe(2);
      const other = table.getCell(2, 3);
      merged.load('cellIndex');
      other.load('value');
      expect(await code(context.sync())).toBe('GeneralException');
      expect(() => other.value).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('keeps the steps before a failing one, as Office does', async () => {
    const word = new FakeWord(documentXml(FORM));
    await word.run(async (context) => {
      const table = context.document.body.tables.getFirst();
      table.getCell(1, 2).shadingColor = '#FFC7CE';
      table.getCell(99, 0).load('value');
      expect(await code(context.sync())).toBe('ItemNotFound');
    });
    expect(word.shading({ table: 0, row: 1, col: 2 })).toBe('#FFC7CE');
  });

  it('answers *OrNullObject with a null object known only after sync', async () => {
    const word = new FakeWord(documentXml(FORM));
    await word.run(async (context) => {
      const first = context.document.body.tables.getFirst();
      const none = first.getNextOrNullObject();
      expect(() => none.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(none.isNullObject).toBe(true);
      expect(first.isNullObject).toBe(false);
    });
  });

  it('fails a batch using a member of a requirement set the Office lacks', async () => {
    const word = new FakeWord(documentXml(FORM), { requirements: { WordApi: '1.3' } });
    expect(word.requirements.isSetSupported('WordApi', '1.3')).toBe(true);
    expect(word.requirements.isSetSupported('WordApi', '1.10')).toBe(false);
    await word.run(async (context) => {
      context.document.load('changeTrackingMode');
      expect(await code(context.sync())).toBe('ApiNotFound');
    });
  });
});

describe('fake Word: text', () => {
  const bold = (xml: string) => xml.replace(/<w:r>/g, '<w:r><w:rPr><w:b/><w:color w:val="C00000"/></w:rPr>');

  it('replaces a search hit inside the run, keeping its formatting; replacing the body loses it', async () => {
    const word = new FakeWord(bold(documentXml(FORM)));
    const hit = { table: 0, row: 1, col: 3 };
    const body = { table: 0, row: 2, col: 3 };
    const format = word.runFormat(hit);
    expect(format).toContain('C00000');
    await word.run(async (context) => {
      const table = context.document.body.tables.getFirst();
      const hits = table.getCell(1, 3).body.search('≥100(人次)', { matchCase: true });
      hits.load('text');
      await context.sync();
      hits.items[0]!.insertText('≥120(人次)', 'Replace');
      table.getCell(2, 3).body.insertText('≥5(次)', 'Replace');
      await context.sync();
    });
    expect(word.runFormat(hit)).toBe(format);
    expect(word.runFormat(body)).toBe('');
    expect(word.documentXml()).toContain('≥120(人次)');
  });

  it('treats ^ as the start of a special code in search text', async () => {
    const word = new FakeWord(documentXml(FORM));
    await word.run(async (context) => {
      context.document.body.tables.getFirst().getCell(1, 3).body.search('a^b').load('text');
      expect(await code(context.sync())).toBe('InvalidArgument');
    });
  });
});

describe('fake Excel', () => {
  const workbook = async () =>
    FakeExcel.fromXlsx(await xlsxBytes(parseGridText('项目名称 | 甲\n年度资金总额 | 1,842,000.00')));

  it.each([
    ['=1+1', '#NAME?', 'formula'],
    ["'=1+1", '=1+1', 'text'],
    ['-审核', '#NAME?', 'formula'],
    ['1,000', '1,000', 'number'],
    ['90%', '90%', 'number'],
    ['2024-01-01', '45292', 'number'],
    ['TRUE', 'TRUE', 'boolean'],
    ['≥90(%)', '≥90(%)', 'text'],
  ])('stores %j typed into a cell as %j (%s), as Excel does', async (input, text, kind) => {
    const excel = await workbook();
    await excel.run({}, async (context) => {
      context.workbook.worksheets.getItem('表1').getRange('B1').values = [[input]];
      await context.sync();
    });
    const cell = excel.cell('表1', 'B1');
    expect(cell.text).toBe(text);
    expect(cell.formula ? 'formula' : typeof cell.value === 'string' ? 'text' : typeof cell.value).toBe(kind);
  });

  it('reports only merged areas whose top-left cell lies in the queried range (office-js#3611)', async () => {
    const excel = await workbook();
    excel.addMerges('表1', ['A1:A2']);
    const found = await excel.run({}, async (context) => {
      const sheet = context.workbook.worksheets.getItem('表1');
      const lower = sheet.getRange('A2:B2').getMergedAreasOrNullObject();
      const whole = sheet.getRange().getMergedAreasOrNullObject();
      lower.load('address');
      whole.load('address');
      await context.sync();
      return { lower: lower.isNullObject, whole: whole.address };
    });
    expect(found).toEqual({ lower: true, whole: '表1!A1:A2' });
  });

  it('fails getMergedAreasOrNullObject beyond 512 areas', async () => {
    const excel = await workbook();
    excel.addMerges(
      '表1',
      Array.from({ length: 513 }, (_, i) => `D${2 * i + 1}:D${2 * i + 2}`),
    );
    await excel.run({}, async (context) => {
      context.workbook.worksheets.getItem('表1').getRange().getMergedAreasOrNullObject().load('address');
      expect(await code(context.sync())).toBe('GeneralException');
    });
  });

  it('answers #FFFFFF for an unfilled cell; only pattern (ExcelApi 1.9) tells it from a white fill', async () => {
    const excel = await workbook();
    excel.setFill('表1', 'B2', '#FFFFFF');
    const fills = await excel.run({}, async (context) => {
      const sheet = context.workbook.worksheets.getItem('表1');
      const none = sheet.getRange('A1').format.fill;
      const white = sheet.getRange('B2').format.fill;
      none.load('color,pattern');
      white.load('color,pattern');
      await context.sync();
      return [none.color, none.pattern, white.color, white.pattern];
    });
    expect(fills).toEqual(['#FFFFFF', 'None', '#FFFFFF', 'Solid']);
  });
});
