// The bundled library is sound data: schema, counts, targets the engine parses and accepts, and every seed indicator.
import { refKey } from '../core/grid';
import { dimensionOf, effectiveLevel2 } from '../core/levels';
import { check, lintForm } from '../core/lint';
import {
  isCostName,
  isDefectName,
  isMoneyUnit,
  isPositiveRateName,
  isResponseTimeName,
  isSatisfactionName,
  isTimeUnit,
} from '../core/name-kind';
import { isNamed, nameKey, namesOf } from '../core/suggest/name-match';
import { buildForm, formGridText } from '../core/testing/form-builder';
import { formatQuantity, parseTarget } from '../core/values/target';
import { loadSeed, seedFiles } from '../../test/seeds/load';
import { SEED_TYPES } from '../../test/fixtures/seed-types';
import { bundledLibrary, bundledLibraryData } from './bundled';
import { Library, type LibraryIndicator } from './schema';

const library = bundledLibrary();
const typeIds = library.types.map((t) => t.id);
const specificTypes = typeIds.filter((id) => id !== 'common');
const ofType = (type: string) => library.indicators.filter((i) => i.types.includes(type));
/** What a form of this type is offered: its own indicators and the 共性 set. */
const offeredTo = (type: string) =>
  library.indicators.filter((i) => i.types.includes(type) || i.types.includes('common'));
const label = (i: LibraryIndicator) => `${i.id} ${i.name} ${i.target}`;

describe('bundled library', () => {
  it('validates against the schema', () => {
    const result = Library.safeParse(bundledLibraryData());
    expect(result.success ? [] : result.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`)).toEqual([]);
  });

  it('has the 12 project types of domain-rules §5 and 共性', () => {
    expect(typeIds).toEqual([
      'operation',
      'it-build',
      'training',
      'meeting',
      'publicity',
      'research',
      'event',
      'equipment',
      'procurement',
      'subsidy',
      'logistics',
      'party',
      'common',
    ]);
    for (const t of library.types) expect(new Set(t.keywords).size).toBe(t.keywords.length);
  });

  it('has at least 250 indicators, at least 15 per type and a 共性 set', () => {
    const counts = Object.fromEntries(typeIds.map((id) => [id, ofType(id).length]));
    console.log(`bundled library: ${library.indicators.length} indicators; per type ${JSON.stringify(counts)}`);
    expect(library.indicators.length).toBeGreaterThanOrEqual(250);
    for (const id of typeIds) expect([id, counts[id]! >= 15]).toEqual([id, true]);
  });

  // A 共性 indicator is also filed under the types whose seed forms use it (成本控制率 under 运维, 物业, 党建), so
  // that it ranks among their own; `common` stays first so the browser lists it in the 共性 set.
  it('names only declared types, each once, and `common` first where it is one', () => {
    for (const ind of library.indicators) {
      for (const t of ind.types) expect([ind.id, typeIds.includes(t)]).toEqual([ind.id, true]);
      expect([ind.id, new Set(ind.types).size]).toEqual([ind.id, ind.types.length]);
      if (ind.types.includes('common')) expect([ind.id, ind.types[0]]).toEqual([ind.id, 'common']);
    }
  });

  it('gives each indicator an id of its first type', () => {
    for (const ind of library.indicators) expect(ind.id.startsWith(`${ind.types[0]}-`)).toBe(true);
  });

  it('covers every dimension for every type (with 共性)', () => {
    for (const type of specificTypes) {
      const level1 = new Set(offeredTo(type).map((i) => i.level1));
      expect([type, [...level1].sort()]).toEqual([type, ['产出指标', '成本指标', '效益指标', '满意度指标'].sort()]);
      const own = new Set(ofType(type).map((i) => i.level2));
      for (const l2 of ['数量指标', '质量指标', '时效指标', '服务对象满意度指标'] as const) {
        expect([type, l2, own.has(l2) || offeredTo(type).some((i) => i.level2 === l2)]).toEqual([type, l2, true]);
      }
    }
  });

  // An alias is another name for its own indicator: one shared with another indicator would hide that one.
  it('never offers one type two indicators with the same normalised name or alias', () => {
    for (const type of specificTypes) {
      const seen = new Map<string, string>();
      for (const ind of offeredTo(type)) {
        for (const key of new Set(namesOf(ind).map((n) => nameKey(n)))) {
          expect([type, ind.id, key, seen.get(key)]).toEqual([type, ind.id, key, undefined]);
          seen.set(key, ind.id);
        }
      }
    }
  });
});

describe('bundled targets', () => {
  it.each(library.indicators.map((i) => [label(i), i] as const))('%s is canonical', (_, ind) => {
    const value = parseTarget(ind.target);
    if (value.kind === 'quantitative') {
      // Canonical = what the engine itself writes: an operator, the number, the unit glued on.
      expect(value.op).not.toBeNull();
      expect(value.prefix).toBe('');
      expect(formatQuantity(value, { unitStyle: 'glued', spaceBeforeUnit: false })).toBe(ind.target);
      expect(ind.unit).toBe(value.unit ?? '');
      expect(ind.unit).not.toBe('');
      expect(ind.direction).not.toBe('qualitative');
    } else {
      expect(['qualitative', 'time']).toContain(value.kind);
      if (value.kind === 'qualitative') expect(value.vague).toBe(false);
      expect(ind.unit).toBe('');
      expect(ind.direction).toBe('qualitative');
    }
  });

  it.each(library.indicators.map((i) => [label(i), i] as const))('%s points the way its name says', (_, ind) => {
    const value = parseTarget(ind.target);
    if (value.kind !== 'quantitative') return;
    const wanted = expectedDirection(ind.name, value.unit);
    if (wanted) expect(ind.direction).toBe(wanted);
    if (value.op === '≥' || value.op === '>') expect(ind.direction).toBe('higher');
    if (value.op === '≤' || value.op === '<') expect(ind.direction).toBe('lower');
    // `=0` promises none of something: only defects and costs want that.
    if (value.op === '=' && value.number === 0) expect(ind.direction).toBe('lower');
    if (value.unit === '%') expect(value.number).toBeLessThanOrEqual(100);
  });

  it.each(specificTypes)('%s: a form holding all its indicators draws no finding on them', (type) => {
    const indicators = offeredTo(type);
    const form = buildForm(
      formGridText({
        indicators: indicators.map((i) => [i.level1, i.level2, i.name, i.target] as const),
        goalAnnual: '完成年度工作任务。',
        goalTotal: '完成年度工作任务。',
      }),
    );
    expect(form.indicators.map((i) => i.name)).toEqual(indicators.map((i) => i.name));
    const rowCells = new Set(form.indicators.flatMap((i) => [refKey(i.nameCell), refKey(i.targetCell)]));
    const findings = lintForm(form)
      .filter((f) => rowCells.has(refKey(f.cell)))
      .map((f) => `${f.ruleId}: ${f.actual}`);
    expect(findings).toEqual([]);
  });
});

/** The direction the engine's name reading implies for a quantitative target, null when it says nothing. */
function expectedDirection(name: string, unit: string | null): LibraryIndicator['direction'] | null {
  if (isDefectName(name)) return 'lower';
  if (isSatisfactionName(name) || isPositiveRateName(name)) return 'higher';
  if (isResponseTimeName(name) && isTimeUnit(unit)) return 'lower';
  if (isCostName(name) || isMoneyUnit(unit)) return 'lower';
  return null;
}

/** Findings that only restyle a value (`>=90%` → `≥90(%)`): the indicator itself is well formed. */
const STYLE_ONLY = new Set(['target-format']);

interface SeedIndicator {
  readonly where: string;
  readonly type: string;
  readonly name: string;
  readonly target: string;
}

/** Seed indicators the engine finds nothing wrong with, in the current frame (not the 2018/2020 投入与管理 block). */
function wellFormedSeedIndicators(): SeedIndicator[] {
  return seedFiles().flatMap((file) =>
    check(loadSeed(file)).flatMap(({ form, findings }) => {
      const label = SEED_TYPES.find((s) => s.file === file && s.index === form.index);
      if (!label) throw new Error(`no type label for ${file}#${form.index}`);
      return form.indicators
        .filter((ind) => dimensionOf(ind) !== 'management' && ind.name !== '')
        .filter((ind) => {
          const cells = new Set([refKey(ind.nameCell), refKey(ind.targetCell)]);
          return findings.every((f) => !cells.has(refKey(f.cell)) || STYLE_ONLY.has(f.ruleId));
        })
        .map((ind) => ({
          where: `${file}#${form.index} ${effectiveLevel2(ind) ?? ind.level1}`,
          type: label.type,
          name: ind.name,
          target: ind.target,
        }));
    }),
  );
}

describe('seed indicators in the library', () => {
  const seeds = wellFormedSeedIndicators();

  it('reads the well-formed seed indicators', () => {
    console.log(`well-formed seed indicators: ${seeds.length}`);
    expect(seeds.length).toBeGreaterThan(150);
  });

  // Issue 5: "every indicator they contain that is well formed belongs in the library under its type", 共性 ones too.
  // A form labelled `common` (nothing tells its type) is offered the 共性 set.
  it('has every well-formed seed indicator under its form’s type, by name or as its twin', () => {
    const exact = (s: SeedIndicator) =>
      ofType(s.type).some((i) => namesOf(i).some((n) => nameKey(n) === nameKey(s.name)));
    const twin = (s: SeedIndicator) => ofType(s.type).find((i) => isNamed(i, s.name));
    const twins = seeds.filter((s) => !exact(s) && twin(s)).map((s) => `${s.name} → ${twin(s)!.name}`);
    const missing = seeds
      .filter((s) => !exact(s) && !twin(s))
      .map((s) => `${s.where} [${s.type}] ${s.name} = ${s.target}`);
    console.log(
      `seed indicators: ${seeds.length - twins.length} by name, ${twins.length} as a twin (${twins.join('；')})` +
        (missing.length ? `\nmissing:\n${missing.join('\n')}` : ''),
    );
    expect(missing).toEqual([]);
  });
});
