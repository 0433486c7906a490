// webpack loader over zod's core files: takes zod's code generator out of the pane bundle. zod 4 compiles parsers
// with `new Function` (and probes for it even when unused); the pane's CSP forbids eval, so the constructor zod
// would call is replaced by one that throws, which zod treats like a CSP refusal and falls back to its
// interpreter. The schema module also sets `jitless`, so the fallback is the normal path. If a zod upgrade
// reaches `Function` some other way, test/e2e/build-output.e2e.ts finds it in the bundle.
const PATTERN = /const F = Function;/g;
const REPLACEMENT = "const F = function () { throw new EvalError('eval is disabled in the task pane (CSP)'); };";

module.exports = function noEvalLoader(source) {
  return source.replace(PATTERN, REPLACEMENT);
};
