// A fake preload bridge (window.tiltak) answering from canned data, so components render as in the desktop app.
import type { ApiResult } from '../../shared/api/errors.ts';

export type Answers = Record<string, (input: unknown) => unknown>;

export function installBridge(answers: Answers): { calls: { name: string; input: unknown }[]; remove(): void } {
  const calls: { name: string; input: unknown }[] = [];
  const bridge = new Proxy({} as Record<string, (input: unknown) => Promise<ApiResult<unknown>>>, {
    get: (_t, name: string) => async (input: unknown) => {
      calls.push({ name, input });
      const answer = answers[name];
      if (!answer)
        return {
          ok: false,
          error: {
            code: 'unavailable',
            message: 'Ikke tilgjengelig i nettleservisningen: filhandlinger finnes bare i skrivebordsappen.',
          },
        };
      try {
        return { ok: true, value: answer(input) };
      } catch (err) {
        return {
          ok: false,
          error: (err as { apiError: unknown }).apiError ?? { code: 'internal', message: 'Noe gikk galt.' },
        };
      }
    },
  });
  window.tiltak = bridge;
  return { calls, remove: () => delete window.tiltak };
}
