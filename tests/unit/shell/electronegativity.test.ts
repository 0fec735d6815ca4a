// Electronegativity over the Electron sources: no HIGH or MEDIUM finding without a written justification.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../security/electronegativity-scan.ts';
import { unjustified, type Allowance } from '../../security/justify.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const read = (file: string) => (existsSync(join(ROOT, file)) ? readFileSync(join(ROOT, file), 'utf8') : null);
const allow = JSON.parse(
  readFileSync(join(ROOT, 'tests/security/electronegativity-allow.json'), 'utf8'),
) as Allowance[];

describe('Electronegativity', () => {
  it('finds no HIGH or MEDIUM issue without a written justification', { timeout: 60_000 }, () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'tests/security/electronegativity-scan.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const { findings, errors } = JSON.parse(out) as { findings: Finding[]; errors: number };
    expect(errors).toBe(0);
    // It really scanned the app: the window's preload and the external-link helper are always reported.
    expect(findings.map((f) => f.id)).toEqual(expect.arrayContaining(['PRELOAD_JS_CHECK', 'OPEN_EXTERNAL_JS_CHECK']));
    const bad = unjustified(findings, read, allow).map(
      (f) => `${f.severity} ${f.id} at ${f.file}:${f.line}: ${f.sample}`,
    );
    expect(bad).toEqual([]);
  });

  it(
    'an unjustified MEDIUM finding fails; a reasoned comment or allow-list entry justifies it; ' + 'LOW never fails',
    () => {
      const f = (over: Partial<Finding>): Finding => ({
        id: 'OPEN_EXTERNAL_JS_CHECK',
        severity: 'MEDIUM',
        confidence: 'TENTATIVE',
        file: 'x.ts',
        line: 3,
        sample: '',
        description: '',
        ...over,
      });
      const src = (comment: string) => () => `a\n${comment}\nshell.openExternal(url);\n`;
      expect(unjustified([f({})], src('// nothing here'), [])).toHaveLength(1);
      // No reason given:
      expect(unjustified([f({})], src('// electronegativity: OPEN_EXTERNAL_JS_CHECK'), [])).toHaveLength(1);
      expect(
        unjustified([f({})], src('// electronegativity: PRELOAD_JS_CHECK — another check entirely'), []),
      ).toHaveLength(1);
      expect(
        unjustified(
          [f({})],
          src('// electronegativity: OPEN_EXTERNAL_JS_CHECK — only https: URLs reach this call'),
          [],
        ),
      ).toHaveLength(0);
      expect(
        unjustified([f({ severity: 'HIGH', id: 'CSP_GLOBAL_CHECK', file: 'N/A', line: 0 })], () => null, []),
      ).toHaveLength(1);
      expect(
        unjustified([f({ severity: 'HIGH', id: 'CSP_GLOBAL_CHECK', file: 'N/A', line: 0 })], () => null, [
          { check: 'CSP_GLOBAL_CHECK', reason: 'CSP is sent as a header by protocol.ts' },
        ]),
      ).toHaveLength(0);
      expect(unjustified([f({ severity: 'LOW' })], src(''), [])).toHaveLength(0);
    },
  );
});
