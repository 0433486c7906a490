// Converts a file with headless LibreOffice, the office suite a person here opens it in, for tests of what it shows.
import { spawnSync } from 'child_process';

/** Writes `file` converted `to` (pdf, or a filter string) into `outDir`, with a LibreOffice profile of its own there. */
export function convertWithLibreOffice(file: string, to: string, outDir: string): void {
  const converted = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${outDir}/profile`, '--headless', '--convert-to', to, '--outdir', outDir, file],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (converted.error)
    throw new Error(
      'LibreOffice is needed for this test: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils',
    );
  if (converted.status !== 0) throw new Error(`LibreOffice could not convert ${file}: ${converted.stderr}`);
}
