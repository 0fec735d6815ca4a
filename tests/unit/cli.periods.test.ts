// `period --history` from the CLI: a period closed, reopened with a reason by someone else and closed again lists
// all three events under its line, oldest first, with who, when and why (the log is `period_events`).
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { cli } from '../support/cli.ts';
import { portfolioFile, tempDir } from '../support/portfolio.ts';

vi.setConfig({ testTimeout: 60_000 });
const tmp = tempDir('tiltak-cli-periods-');
afterAll(() => tmp.cleanup());
afterEach(() => vi.unstubAllEnvs());

const AT = String.raw`\d\d\.\d\d\.\d{4} kl\. \d\d:\d\d`;

describe('npm run cli -- period --history', () => {
  it('shows each closing and reopening of a period, oldest first, with author and reason', async () => {
    const db = portfolioFile(tmp.dir, 'perioder.tilt', true);
    vi.stubEnv('TILTAK_USER', 'Kari Koordinator');
    expect((await cli('period', '--db', db, '--close', '2025-T2')).code).toBe(0);
    vi.stubEnv('TILTAK_USER', 'Ola Saksbehandler');
    const reason = 'HOD rapporterte feil på tiltak 3';
    expect((await cli('period', '--db', db, '--reopen', '2025-T2', '--reason', reason)).code).toBe(0);
    vi.stubEnv('TILTAK_USER', 'Kari Koordinator');
    expect((await cli('period', '--db', db, '--close', '2025-T2')).code).toBe(0);

    // Without --history: one line per period, the newest event only.
    const plain = await cli('period', '--db', db);
    expect(plain.code).toBe(0);
    expect(plain.out).not.toContain(reason);

    const listed = await cli('period', '--db', db, '--history');
    expect(listed).toMatchObject({ code: 0, err: '' });
    const lines = listed.out.split('\n');
    const at = lines.findIndex((l) => l.startsWith('  T2 2025 '));
    expect(lines[at]).toMatch(new RegExp(`^  T2 2025  2025-T2  lukket ${AT} av Kari Koordinator$`));
    expect(lines.slice(at + 1, at + 4).map((l) => l.trim())).toEqual([
      expect.stringMatching(new RegExp(`^lukket ${AT} av Kari Koordinator \\(øyeblikksbilde av 44 tiltak\\)$`)),
      expect.stringMatching(new RegExp(`^gjenåpnet ${AT} av Ola Saksbehandler: ${reason}$`)),
      expect.stringMatching(new RegExp(`^lukket ${AT} av Kari Koordinator \\(øyeblikksbilde av 44 tiltak\\)$`)),
    ]);
    // A period never closed has no history lines under it.
    expect(lines[at + 4]).toMatch(/^ {2}T1 2025 /);

    const both = await cli('period', '--db', db, '--history', '--close', '2025');
    expect(both.code).not.toBe(0);
    expect(both.err).toBe('Bruk --history uten --close og --reopen: den viser periodene.');
  });
});
