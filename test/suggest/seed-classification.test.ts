// Issue 5 acceptance: the classifier gives each of the 21 seed forms the type a reviewer gave it
// (test/fixtures/seed-types.ts, with one line of reason each). Prints form → type → confidence → deciding words.
import { check } from '../../src/core/lint';
import { classify, COMMON_TYPE } from '../../src/core/suggest/classify';
import { bundledLibrary } from '../../src/library/bundled';
import { SEED_TYPES } from '../fixtures/seed-types';
import { loadSeed } from '../seeds/load';

const library = bundledLibrary();
const results = SEED_TYPES.map((label) => {
  const { form } = check(loadSeed(label.file))[label.index]!;
  return { label, form, classification: classify(form, library) };
});

afterAll(() => {
  const lines = results.map(({ label, classification }) => {
    const got = classification.types.map((t) => `${t.id} ${t.confidence.toFixed(2)}`).join(' + ') || '—';
    const words = classification.types[0]?.words.slice(0, 4).join('、') ?? '';
    const want = `${label.type}${label.secondary ? ` (+${label.secondary})` : ''}`;
    return `${label.projectName} | 评审：${want} | 判断：${got} | ${words}`;
  });
  const seconds = results.filter(({ label, classification }) =>
    classification.types.slice(1).some((t) => t.id === label.secondary),
  ).length;
  console.log(
    `${lines.join('\n')}\nsecond types named as the reviewer did: ${seconds} of ${SEED_TYPES.filter((l) => l.secondary).length}`,
  );
});

describe('project type of each seed form', () => {
  it.each(results.map((r) => [`${r.label.file}#${r.label.index} ${r.label.projectName}`, r] as const))(
    '%s',
    (_name, { label, form, classification }) => {
      expect(form.fields.projectName?.text).toBe(label.projectName);
      const [first] = classification.types;
      if (label.type === COMMON_TYPE) {
        // Nothing in the form tells a type: only 共性 indicators apply.
        expect(classification.types).toEqual([]);
        return;
      }
      expect(first?.id).toBe(label.type);
      expect(first!.confidence).toBeGreaterThan(0);
      expect(first!.words.length).toBeGreaterThan(0);
    },
  );
});
