// A workbook or document as a person sees it: LibreOffice prints it to PDF (`soffice --headless --convert-to pdf`),
// with a profile of its own so a LibreOffice running elsewhere on the machine does not take the job.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function libreOfficePdf(bytes: Uint8Array, ext: 'xlsx' | 'docx'): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'soffice-'));
  try {
    const src = join(dir, `file.${ext}`);
    writeFileSync(src, bytes);
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, src],
      { stdio: 'ignore', timeout: 120_000 },
    );
    return new Uint8Array(readFileSync(join(dir, 'file.pdf')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
