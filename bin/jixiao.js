#!/usr/bin/env node
// The `jixiao` command: runs the CLI compiled by `npm run build:cli` (done by `npm ci` through `prepare`).
require('../dist-cli/cli/main.js').main();
