// Runs the CLI in-process as a script would, capturing its exit code, stdout and stderr.
import { vi } from 'vitest';
import { runCli } from '../../electron/core/cli/main.ts';

export async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const spy = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  try {
    const code = await runCli(args, (s) => out.push(s));
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    spy.mockRestore();
  }
}
