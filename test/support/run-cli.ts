// Runs the `jixiao` command in-process (src/cli/main's run) and captures what it prints, for the CLI tests.
import { run } from '../../src/cli/main';

export async function jixiao(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: {},
    interactive: false,
  });
  return { code, stdout, stderr };
}
