// Searching the bundled library as the pane's browser does: words, fragments with a typo, pinyin initials.
import { pinyinInitials } from '../../src/core/suggest/pinyin';
import { buildSearchIndex, searchLibrary } from '../../src/core/suggest/search';
import { bundledLibrary } from '../../src/library/bundled';

const library = bundledLibrary();
const index = buildSearchIndex(library);
const names = (query: string, filter = {}) => searchLibrary(index, query, filter).map((i) => i.name);

describe('search over the bundled library', () => {
  it.each([
    ['xtkyl', '系统可用率'],
    ['系统可用率', '系统可用率'],
    ['系统可用性', '系统可用率'],
    ['pxcql', '培训出勤率'],
    ['培训出勤', '培训出勤率'],
    ['运维 满意', '运维满意度'],
  ])('%s finds %s first', (query, first) => expect(names(query)[0]).toBe(first));

  it('finds every indicator by its own name and by its initials', () => {
    for (const ind of library.indicators) {
      expect(names(ind.name)).toContain(ind.name);
      expect(names(ind.name)[0]).toBe(ind.name);
      const initials = pinyinInitials(ind.name);
      if (/^[a-z0-9]+$/.test(initials) && /[a-z]/.test(initials)) expect(names(initials)).toContain(ind.name);
    }
  });

  it('browses a type and a dimension', () => {
    const training = searchLibrary(index, '', { type: 'training', level1: '满意度指标' });
    expect(training.length).toBeGreaterThan(0);
    for (const ind of training) expect([ind.types.includes('training'), ind.level1]).toEqual([true, '满意度指标']);
  });
});
