// Golden files for examples/: the per-form JSON report (fields, funds, indicators, findings with their cells)
// of every .docx and .xlsx. Regenerate with `npm run golden:update` and read the diff before committing.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { check } from '../../src/core/lint';
import { reportForm } from '../../src/core/report';
import { bundledLibrary } from '../../src/library/bundled';
import { readDocumentFile } from '../../src/hosts/file/read-file';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const GOLDEN_DIR = join(__dirname, 'examples');
const update = process.env.UPDATE_GOLDEN === '1';

describe('golden reports of the example documents', () => {
  it.each(readdirSync(EXAMPLES).sort())('%s', async (file) => {
    const report = check(await readDocumentFile(join(EXAMPLES, file))).map((checked) =>
      reportForm(checked, bundledLibrary()),
    );
    const path = join(GOLDEN_DIR, `${file}.json`);
    const actual = `${JSON.stringify(report, null, 2)}\n`;
    if (update) {
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(path, actual);
    }
    if (!existsSync(path)) throw new Error(`missing golden file ${path}: run npm run golden:update and review it`);
    expect(actual).toBe(readFileSync(path, 'utf8'));
  });
});
