// `npm start`: on Linux (no desktop Office) serve the pane and open the demo page; on Windows/macOS also
// sideload it into Word the way Microsoft's Office tooling does (office-addin-dev-certs + office-addin-debugging,
// fetched by npx because they are development-machine tools, not build dependencies).
import { spawn, spawnSync } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';

const run = (command, args) => spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
const sideload = process.platform === 'win32' || process.platform === 'darwin';

if (!sideload) {
  console.log('No desktop Office on this system: serving the demo page (the real pane on an example form).');
  run('npx', ['webpack', 'serve', '--mode', 'development', '--open']);
} else {
  // Office loads add-ins only over HTTPS: the same localhost certificate the Office templates use.
  const certs = spawnSync('npx', ['--yes', 'office-addin-dev-certs@3', 'install'], { stdio: 'inherit', shell: true });
  if (certs.status !== 0) process.exit(certs.status ?? 1);
  const dir = join(homedir(), '.office-addin-dev-certs');
  const https = [
    '--server-type',
    'https',
    '--server-options-key',
    join(dir, 'localhost.key'),
    '--server-options-cert',
    join(dir, 'localhost.crt'),
    '--server-options-ca',
    join(dir, 'ca.crt'),
  ];
  run('npx', ['webpack', 'serve', '--mode', 'development', '--no-open', ...https]);
  const app = process.argv[2] === 'excel' ? 'excel' : 'word';
  run('npx', [
    '--yes',
    'office-addin-debugging@7',
    'start',
    'manifest/manifest.xml',
    'desktop',
    '--app',
    app,
    '--no-debug',
  ]);
}
