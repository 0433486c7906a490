// ORG_SETTINGS=…/jixiao-settings.json npm run build: an organisation's review settings shipped beside the pane
// (docs/deployment.md). Checked here with the jixiao command, so settings that cannot be used fail the build, not
// a user's check; the pane then fetches them from its own server, where they can later be edited in place.
const { spawnSync } = require('child_process');
const { readFileSync } = require('fs');
const { dirname, isAbsolute, join, normalize, resolve, sep } = require('path');

const SETTINGS_FILE = 'jixiao-settings.json';
const JIXIAO = join(__dirname, '..', 'bin', 'jixiao.js');

/**
 * The settings to ship, or null without ORG_SETTINGS: the file and the library it names, each with the path it
 * takes in dist/ (the library keeps its place relative to the settings, as the pane resolves it).
 */
function orgSettings(env) {
  if (!env.ORG_SETTINGS) return null;
  const file = resolve(env.ORG_SETTINGS);
  const checked = spawnSync(process.execPath, [JIXIAO, 'rules', '--settings', file], { encoding: 'utf8' });
  if (checked.error || checked.status !== 0)
    throw new Error(
      `ORG_SETTINGS=${env.ORG_SETTINGS} cannot be used:\n${checked.stderr || checked.error?.message || ''}` +
        (checked.stderr?.includes('Cannot find module') ? '\n(build the jixiao command first: npm run build:cli)' : ''),
    );
  const { library } = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  const files = [{ from: file, to: SETTINGS_FILE }];
  if (library) {
    const to = normalize(library.trim());
    if (isAbsolute(to) || to.split(sep).includes('..'))
      throw new Error(
        `ORG_SETTINGS: the library "${library}" must be in the settings' folder or below it, to be served beside them`,
      );
    files.push({ from: join(dirname(file), to), to: to.split(sep).join('/') });
  }
  return { file: SETTINGS_FILE, files };
}

module.exports = { SETTINGS_FILE, orgSettings };
