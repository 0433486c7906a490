// The machine a benchmark ran on, for bench/results.md: numbers mean little without it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';

const gib = (bytes) => `${(bytes / 1024 ** 3).toFixed(1)} GiB`;

function cpuModel() {
  const model = cpus()[0]?.model ?? 'unknown';
  try {
    // Containers often show a generic model in os.cpus(); lscpu knows the family and the flags.
    const flags = readFileSync('/proc/cpuinfo', 'utf8').match(/^flags\s*:.*\b(avx512f|avx2)\b/m)?.[1];
    return flags ? `${model} (${flags})` : model;
  } catch {
    return model;
  }
}

function chromiumVersion(path) {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'not found';
  }
}

export function machine() {
  return {
    cpu: cpuModel(),
    cores: cpus().length,
    ram: `${gib(totalmem())} (${gib(freemem())} free at start)`,
    load: loadavg()
      .map((l) => l.toFixed(2))
      .join(' / '),
    node: process.version,
    os: `${process.platform} ${process.arch}`,
    chromium: chromiumVersion(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'),
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}
