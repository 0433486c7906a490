// The `jixiao` command run from the TypeScript sources (as bin/jixiao.js runs dist-cli/): the hostile-input tests
// start it as a child process, so a hang is killed by a timeout and a crash cannot take the test runner with it.
require('../../bench/ts-register.cjs');
require('../../src/cli/main.ts').main();
