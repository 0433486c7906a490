import { FakeRequirements } from '../../../test/support/fake-office/client';
import { excelCapabilities, excelSets, wordCapabilities, wordSets } from './requirements';

describe('Word capabilities by version', () => {
  it.each([
    [
      'Office 2016 (WordApi 1.1)',
      '1.1',
      { trackChanges: false, comments: false, marks: false, insertRows: false },
      ['write'],
    ],
    [
      'Office 2019/2021 (1.3)',
      '1.3',
      { trackChanges: false, comments: false, marks: true, insertRows: true },
      ['trackChanges', 'comments'],
    ],
    ['Microsoft 365 (1.9)', '1.9', { trackChanges: true, comments: true, marks: true, insertRows: true }, []],
  ])('%s', (_name, version, switches, noted) => {
    const capabilities = wordCapabilities(wordSets(new FakeRequirements({ WordApi: version })));
    expect(capabilities).toMatchObject(switches);
    expect(capabilities.notes.map((n) => n.feature)).toEqual(noted);
    for (const note of capabilities.notes) {
      expect(note.zh).toMatch(/WordApi 1\.[34]/);
      expect(note.en).toMatch(/WordApi 1\.[34]/);
    }
  });

  it('compares versions as numbers: 1.10 is newer than 1.4', () => {
    expect(wordSets(new FakeRequirements({ WordApi: '1.10' }))).toEqual({ tables: true, review: true });
    expect(wordSets(new FakeRequirements({ ExcelApi: '1.18' }))).toEqual({ tables: false, review: false });
  });
});

describe('Excel capabilities by version', () => {
  it.each([
    [
      'Office 2019 volume licence (ExcelApi 1.7)',
      '1.7',
      { comments: false, insertRows: false },
      ['trackChanges', 'comments', 'mergedAreas'],
    ],
    ['Office 2021 (1.14)', '1.14', { comments: true, insertRows: true }, ['trackChanges']],
    ['Microsoft 365 (1.18)', '1.18', { comments: true, insertRows: true }, ['trackChanges']],
  ])('%s', (_name, version, switches, noted) => {
    const sets = excelSets(new FakeRequirements({ ExcelApi: version }));
    const capabilities = excelCapabilities(sets);
    expect(capabilities).toMatchObject({ ...switches, trackChanges: false, marks: true });
    expect(capabilities.notes.map((n) => n.feature)).toEqual(noted);
  });

  it('uses notes from ExcelApi 1.18 and threaded comments from 1.10', () => {
    expect(excelSets(new FakeRequirements({ ExcelApi: '1.12' }))).toMatchObject({ comments: true, notes: false });
    expect(excelSets(new FakeRequirements({ ExcelApi: '1.18' }))).toMatchObject({ comments: true, notes: true });
  });
});
