// `npm run audit`: npm's advisories for the production dependencies (what ships in the pane and the CLI);
// fails on any high or critical one. The audit endpoint belongs to the registry: when the registry in use has
// none (a mirror answering 405), this says so plainly instead of passing silently or failing the build.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
  encoding: 'utf8',
  shell: process.platform === 'win32',
});
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = null;
}
const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const why = report?.message || report?.error?.summary || run.stderr.trim().split('\n').pop() || 'no answer';
  console.warn(`npm audit: the registry's audit endpoint is not available here (${why}); advisories NOT checked.`);
  process.exit(0);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `npm audit (production dependencies): ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ` +
    `${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`,
);
process.exit(serious > 0 ? 1 : 0);
