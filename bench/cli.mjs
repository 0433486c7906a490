// npm run bench:cli — forms per second of `jixiao check` over examples/, against a bare jszip/exceljs load of
// the same files in the same run (the floor any reader pays). Prints numbers; it is not a test.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

const require = createRequire(import.meta.url);
const { readDocumentFile } = require('../dist-cli/hosts/file/read-file.js');
const { check } = require('../dist-cli/core/lint.js');

const dir = new URL('../examples/', import.meta.url).pathname;
const files = readdirSync(dir)
  .filter((f) => /\.(docx|xlsx)$/.test(f))
  .map((f) => join(dir, f));
const rounds = Number(process.env.ROUNDS ?? 20);

async function bareLoad(path) {
  const bytes = readFileSync(path);
  if (path.endsWith('.docx')) await (await JSZip.loadAsync(bytes)).file('word/document.xml').async('string');
  else await new ExcelJS.Workbook().xlsx.load(bytes);
}

async function checkAll() {
  let forms = 0;
  for (const path of files) forms += check(await readDocumentFile(path)).length;
  return forms;
}

async function time(fn) {
  await fn(); // warm-up
  const start = process.hrtime.bigint();
  let result;
  for (let i = 0; i < rounds; i++) result = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6 / rounds, result };
}

const load = await time(async () => {
  for (const path of files) await bareLoad(path);
});
const full = await time(checkAll);
const forms = full.result;
console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, node ${process.version}`);
console.log(
  `files: ${files.length} (${files.filter((f) => f.endsWith('.docx')).length} .docx), forms: ${forms}, rounds: ${rounds}`,
);
console.log(`bare jszip/exceljs load: ${load.ms.toFixed(1)} ms per run`);
console.log(
  `jixiao check (read + recognise + lint): ${full.ms.toFixed(1)} ms per run = ${((forms / full.ms) * 1000).toFixed(0)} forms/s`,
);
console.log(`ratio check / bare load: ${(full.ms / load.ms).toFixed(2)}`);
