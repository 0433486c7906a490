// webpack loader: takes zod's code generator out of the pane bundle. zod 4 compiles parsers with `new Function`
// (and probes for it even when unused); the pane's CSP forbids eval, so the constructor zod would call is
// replaced by one that throws, which zod treats like a CSP refusal and falls back to its interpreter. The
// schema module also sets `jitless`, so the fallback is the normal path. A zod upgrade that changes this code
// fails the build here instead of shipping eval.
const PATTERN = /const F = Function;/g;
const REPLACEMENT = "const F = function () { throw new EvalError('eval is disabled in the task pane (CSP)'); };";

module.exports = function noEvalLoader(source) {
  const count = (source.match(PATTERN) || []).length;
  if (count === 0) throw new Error(`no-eval-loader: expected \`const F = Function;\` in ${this.resourcePath}`);
  return source.replace(PATTERN, REPLACEMENT);
};
