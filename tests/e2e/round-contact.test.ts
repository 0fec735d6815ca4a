// QA MED-6 in real Chromium: JD changed a measure's contact person after HOD's form was made, and HOD answers with a
// new name and e-mail. The review shows the contact person as one change (name and e-mail in one table, the conflict
// on the pair, one choice that says they go together), axe finds nothing, and choosing «Avvis» by keyboard and saving
// keeps both the name and the e-mail the measure had: no Kari with Per's e-mail.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../shared/api/reports.contract.ts';
import { CONTACT_TOGETHER } from '../../shared/domain/round-contact.ts';
import type { Measure } from '../../shared/domain/types.ts';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { fillForm } from '../support/rounds.ts';
import { callApi, describeViolations, moderateA11yViolations, type AppInBrowser } from './support/browser.ts';
import { hodRoundForm, openAtInnspill } from './support/rounds.ts';

async function setContact(page: Page, id: number, changes: Record<string, string>) {
  const m = await callApi<Measure>(page, 'measures:get', { id });
  await callApi(page, 'measures:update', { id, version: m.version, changes });
}

// Reading an answer runs in a worker the app gives up to a minute (answer-reader.ts).
describe('the contact person in a review', { timeout: 180_000 }, () => {
  const tmp = tempDir();
  let app: AppInBrowser;
  let page: Page;

  beforeAll(async () => {
    app = await openAtInnspill(portfolioFile(tmp.dir, 'kontakt.tilt', true));
    page = app.page;
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  it('is one change with name and e-mail; rejected by keyboard, the measure keeps both', async () => {
    const { round, ids } = await hodRoundForm(page, '2026-T3');
    const id = Number(ids[0]);
    await setContact(page, id, { contactName: 'Ola Helse', contactEmail: 'ola.helse@hod.dep.no' });
    // HOD's form as made now, with Ola as its contact; then JD renames the contact in the app.
    const file = await callApi<ExportedFile>(page, 'rounds:forms', { roundId: round.id, recipient: 'HOD' });
    await setContact(page, id, { contactName: 'Kari Endret i JD' });
    const answer = await fillForm(Buffer.from(file.base64, 'base64'), {
      [id]: { Kontaktperson: 'Per Helsesen', 'E-post til kontaktperson': 'per.helsesen@hod.dep.no' },
    });
    await page.goto(`${app.web.url}#/innspill/${round.id}`);
    await page.getByLabel('Velg svarfilen (.xlsx), eller slipp den her').setInputFiles({
      name: 'Svar fra HOD.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: answer,
    });
    await page.getByRole('heading', { level: 1, name: 'Gjennomgang: svar fra HOD' }).waitFor({ timeout: 90_000 });
    const number = (await callApi<Measure>(page, 'measures:get', { id })).number;

    const change = page.getByTestId(`endring-${id}:contact`);
    const table = change.getByRole('table', { name: `Kontaktperson (tiltak ${number})` });
    await table.waitFor();
    expect(await table.locator('tbody th').allInnerTexts()).toEqual(['Kontaktperson', 'E-post til kontaktperson']);
    await change
      .getByText('I skjemaet: Ola Helse, ola.helse@hod.dep.no. Nå: Kari Endret i JD', { exact: false })
      .waitFor();
    const group = change.getByRole('group', { name: `Kontaktperson, tiltak ${number}` });
    await group.getByText(CONTACT_TOGETHER).waitFor();
    // The one choice on the page: no separate «E-post til kontaktperson» to accept on its own.
    expect(await page.getByRole('radio', { name: 'Godta' }).count()).toBe(1);
    const v = await moderateA11yViolations(page);
    expect(v, describeViolations(v)).toEqual([]);

    // By keyboard: from «Godta» the arrow key moves to «Avvis», and Enter on «Lagre beslutningene» saves.
    await group.getByRole('radio', { name: 'Godta' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => group.getByRole('radio', { name: 'Avvis' }).isChecked()).toBe(true);
    const save = page.getByRole('button', { name: 'Lagre beslutningene (0 godtatt, 1 avvist)' });
    await save.focus();
    await page.keyboard.press('Enter');
    await page.getByText(/^Svaret ble avvist .* av Kari Koordinator/).waitFor();
    const m = await callApi<Measure>(page, 'measures:get', { id });
    expect({ name: m.contactName, email: m.contactEmail }).toEqual({
      name: 'Kari Endret i JD',
      email: 'ola.helse@hod.dep.no',
    });
    expect(app.consoleErrors).toEqual([]);
  });
});
