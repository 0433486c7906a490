// Shared by the bench scripts: each prints a readable report, or with --json hands `bench/run-all.mjs` its section
// of bench/results.md (markdown) and its budget verdicts.
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export const mib = (bytes) => `${(bytes / 1048576).toFixed(0)} MiB`;
export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (value) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

/** A markdown table from a header row and rows of cells. */
export function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** One budget and whether this run met it. */
export const budget = (name, limit, actual, pass) => ({ name, limit, actual, pass });

export const verdict = (pass) => (pass ? 'PASS' : 'FAIL');

/** Prints the section (or its JSON for run-all) and sets the exit status from its budgets. */
export function emit(section) {
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(section)}\n`);
  else {
    console.log(`## ${section.title}\n\n${section.markdown}\n`);
    for (const b of section.budgets) console.log(`${verdict(b.pass)}  ${b.name}: ${b.actual} (budget ${b.limit})`);
  }
  if (section.budgets.some((b) => !b.pass)) process.exitCode = 1;
}
