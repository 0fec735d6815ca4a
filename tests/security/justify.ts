// Which Electronegativity findings fail the build: every HIGH or MEDIUM one without a written justification.
// A justification is a comment on the finding's line or in the three lines above it:
//   // electronegativity: OPEN_EXTERNAL_JS_CHECK — only https: URLs reach this call (checked above)
// or, for findings that have no line (global checks), an entry in electronegativity-allow.json:
//   [{ "check": "CSP_GLOBAL_CHECK", "reason": "…" }]
import type { Finding } from './electronegativity-scan.ts';

export interface Allowance {
  check: string;
  reason: string;
}

const MIN_REASON = 15;
const FAILING = new Set(['HIGH', 'MEDIUM']);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function isJustifiedInSource(finding: Finding, source: string | null): boolean {
  if (source === null || finding.line < 1) return false;
  const lines = source.split('\n');
  const near = lines.slice(Math.max(0, finding.line - 4), finding.line).join('\n');
  const m = new RegExp(`electronegativity:\\s*${escape(finding.id)}\\s*[—:-]\\s*(.+)`).exec(near);
  return Boolean(m && m[1]!.trim().length >= MIN_REASON);
}

export function unjustified(
  findings: Finding[],
  readSource: (file: string) => string | null,
  allow: Allowance[],
): Finding[] {
  return findings.filter((f) => {
    if (!FAILING.has(f.severity)) return false;
    if (allow.some((a) => a.check === f.id && a.reason.trim().length >= MIN_REASON && (f.file === 'N/A' || !f.file)))
      return false;
    return !isJustifiedInSource(f, f.file && f.file !== 'N/A' ? readSource(f.file) : null);
  });
}
