// Issue 11 §2 in the desktop app: opening an empty or damaged file from Arkiv → Åpne… offers its newest good
// backup (as at start-up), never a new portfolio over it; declining leaves the file exactly as it was.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sourceResourcesDir } from '../../../electron/core/paths.ts';
import { dispatch } from '../../../electron/core/handlers/dispatch.ts';
import { openPortfolio } from '../../../electron/core/files/index.ts';
import { createDocumentHolder } from '../../../electron/main/current-document.ts';
import { createPortfolioFiles } from '../../../electron/main/document.ts';
import { createFileActions, type AskOptions } from '../../../electron/main/file-actions.ts';
import { createRecentList } from '../../../electron/main/recent.ts';
import { memorySettingsStore } from '../../../electron/core/files/user-settings.ts';
import { portfolioFile, RESOURCES, tempDir } from '../../support/portfolio.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

async function emptiedWithBackup(): Promise<{ dir: string; path: string }> {
  const tmp = tempDir('tiltak-open-damaged-');
  cleanups.push(tmp.cleanup);
  const path = portfolioFile(tmp.dir, 'p.tilt');
  const o = await openPortfolio(path, { resourcesDir: RESOURCES, log: () => {} });
  await dispatch('status:record', { measureId: 1, status: 'pagar', assessment: 'gronn' }, () => o.ctx);
  o.close();
  writeFileSync(path, '');
  return { dir: tmp.dir, path };
}

function app(dir: string, answers: number[]) {
  const files = createPortfolioFiles(sourceResourcesDir(), undefined, memorySettingsStore());
  const documents = createDocumentHolder(files, RESOURCES);
  cleanups.push(() => documents.close());
  const asked: AskOptions[] = [];
  const actions = createFileActions({
    dialogs: {
      chooseFileToOpen: async () => null,
      chooseNewFile: async () => null,
      ask: async (o) => {
        asked.push(o);
        return answers.shift() ?? 1;
      },
    },
    documents,
    files,
    recent: createRecentList(join(dir, 'nylige.json')),
    showItemInFolder: () => {},
    defaultDir: () => dir,
    afterSwitch: () => {},
  });
  return { actions, documents, asked };
}

describe('Arkiv → Åpne… on an empty file with a backup', () => {
  it('offers the newest good backup and restores it when asked', async () => {
    const { dir, path } = await emptiedWithBackup();
    const a = app(dir, [0]);
    const r = await a.actions.openPath(path);
    expect(a.asked[0].message).toMatch(/er tom \(0 byte\)/);
    expect(a.asked[0].detail).toMatch(/^Den nyeste gode sikkerhetskopien er fra /);
    expect(a.asked[0].buttons).toEqual(['Gjenopprett sikkerhetskopien', 'Avbryt']);
    expect(r).toMatchObject({ done: true, message: expect.stringMatching(/^«p\.tilt» er gjenopprettet/) });
    expect(a.documents.current()?.opened.readOnly).toBe(false);
  });

  it('leaves the file as it was when the user declines', async () => {
    const { dir, path } = await emptiedWithBackup();
    const before = createHash('sha256').update(readFileSync(path)).digest('hex');
    const a = app(dir, [1]);
    expect(await a.actions.openPath(path)).toEqual({ done: false });
    expect(a.documents.current()).toBeNull();
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(before);
  });
});
