// Golden files: for every seed fixture, the JSON report (fields, funds, indicators, findings) is reviewed by eye
// when it changes. Regenerate with `npm run golden:update`, then read the diff before committing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { check } from '../../src/core/lint';
import { reportForm } from '../../src/core/report';
import { bundledLibrary } from '../../src/library/bundled';
import { loadSeed, seedFiles } from '../seeds/load';

const GOLDEN_DIR = join(__dirname, 'seeds');
const update = process.env.UPDATE_GOLDEN === '1';

describe('golden reports of the seed forms', () => {
  it('has fixtures', () => expect(seedFiles().length).toBe(5));

  it.each(seedFiles())('%s', (file) => {
    const report = check(loadSeed(file)).map((checked) => reportForm(checked, bundledLibrary()));
    const path = join(GOLDEN_DIR, file.replace(/\.grid$/, '.json'));
    const actual = `${JSON.stringify(report, null, 2)}\n`;
    if (update || !existsSync(path)) {
      if (!update) throw new Error(`missing golden file ${path}: run npm run golden:update and review it`);
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(path, actual);
    }
    expect(actual).toBe(readFileSync(path, 'utf8'));
  });
});
