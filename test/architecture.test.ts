// The dependency fence of DESIGN §2, made mechanical: src/core imports nothing outside src/core, and the
// ESLint import restriction catches a leak in the editor before the tests do.
import { readdirSync, readFileSync, statSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';
import { spawnSync } from 'child_process';

const ROOT = resolve(__dirname, '..');
const CORE = join(ROOT, 'src', 'core');
const LIBRARY_SCHEMA = join(ROOT, 'src', 'library', 'schema');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const productionFiles = files(CORE).filter((f) => !f.endsWith('.test.ts'));

describe('src/core stays pure', () => {
  it.each(productionFiles.map((f) => relative(ROOT, f)))('%s imports only from src/core', (file) => {
    const source = readFileSync(join(ROOT, file), 'utf8');
    // DESIGN §2: core may also use the library's types (type-only: erased from the build).
    const typeOnly = new Set(
      [...source.matchAll(/\bimport\s+type\s[^;]*?\bfrom\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!),
    );
    const specifiers = [...source.matchAll(/(?:\bfrom\s+|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
    for (const specifier of specifiers) {
      expect(specifier.startsWith('.')).toBe(true);
      const target = resolve(dirname(join(ROOT, file)), specifier);
      if (typeOnly.has(specifier) && target === LIBRARY_SCHEMA) continue;
      expect(target.startsWith(CORE)).toBe(true);
    }
    expect(source).not.toMatch(/\b(document|window)\.|\b(Word|Excel|Office)\.run\b|\brequire\(/);
  });

  // ESLint's flat config is an ES module, which jest's VM cannot import: run the real CLI instead.
  it('is fenced by ESLint too', () => {
    const run = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js'),
        '--stdin',
        '--stdin-filename',
        join(CORE, 'leak.ts'),
        '--format',
        'json',
      ],
      {
        cwd: ROOT,
        input: "import { readFileSync } from 'fs';\nexport const x = readFileSync(document.title);\n",
        encoding: 'utf8',
      },
    );
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string }[] }[];
    expect(result!.messages.map((m) => m.ruleId)).toEqual(
      expect.arrayContaining(['no-restricted-imports', 'no-restricted-globals']),
    );
  }, 30_000);
});
