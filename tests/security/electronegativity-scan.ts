// Runs Electronegativity over the Electron sources and prints its findings as JSON on stdout.
// Usage: node tests/security/electronegativity-scan.ts [input-dir]
//
// Its programmatic runner is used instead of its CLI: the CLI fetches translations and Electron's release list
// from GitHub, and offline an old `got` retry then crashes the process after the scan. Here the network-only check
// (AvailableSecurityFixesGlobalCheck: "is there a newer Electron with security fixes") is excluded, and that known
// crash, should the translation fetch still trigger it, is ignored; any other error fails the run.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Finding {
  id: string;
  severity: string;
  confidence: string;
  /** Relative to the scanned folder, e.g. "electron/main/window.ts"; "N/A" for global findings. */
  file: string;
  line: number;
  sample: string;
  description: string;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A folder holding what Electronegativity should see: the Electron sources and the page with its CSP. */
function stage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tiltak-eneg-'));
  cpSync(join(ROOT, 'electron'), join(dir, 'electron'), { recursive: true });
  cpSync(join(ROOT, 'renderer', 'index.html'), join(dir, 'renderer', 'index.html'));
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  return dir;
}

// Keep stdout for the JSON: the tool logs progress with console.log.
console.log = (...args: unknown[]) => console.error(...args);

process.on('uncaughtException', (err) => {
  if (/onCancel. handler was attached after the promise settled/.test(err.message)) return;
  console.error(err);
  process.exit(1);
});

const require = createRequire(join(ROOT, 'package.json'));
const run = require('@doyensec/electronegativity') as (o: Record<string, unknown>) => Promise<{
  issues: {
    id: string;
    file: string;
    location: { line: number };
    sample?: string;
    description: string;
    severity: { name: string };
    confidence: { name: string };
  }[];
  errors: unknown[];
}>;

const input = process.argv[2] ?? stage();
try {
  const result = await run({
    input,
    isRelative: true,
    electronVersionOverride: '45.4.1',
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    customScan: [],
    parserPlugins: [],
  });
  const findings: Finding[] = result.issues.map((i) => ({
    id: i.id,
    severity: i.severity.name,
    confidence: i.confidence.name,
    file: i.file,
    line: i.location.line,
    sample: String(i.sample ?? ''),
    description: i.description,
  }));
  process.stdout.write(JSON.stringify({ findings, errors: result.errors.length }));
  process.exit(0);
} finally {
  if (!process.argv[2]) rmSync(input, { recursive: true, force: true });
}
