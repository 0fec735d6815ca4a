// Issue 15 as a coordinator meets it, in real Chromium against `npm run web` on the example file: a round for the
// five ministries, the forms downloaded as one ZIP, three answers read in through the file field, every change
// decided (none is decided beforehand), a rule break rejected, a conflict resolved and everything accepted; a decided
// answer's page shows what was decided, as stored; the register, Oversikt and the period's report show the
// accepted values and the measure's history names the source; a rule-broken amount is corrected in the review,
// accepted, and shown as corrected afterwards. Every view is checked with axe.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM_SHEET } from '../../shared/domain/rounds.ts';
import { formatDate, formatNok, todayIso } from '../../shared/format/nb.ts';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { fillForm, type Fill } from '../support/rounds.ts';
import {
  callApi,
  describeViolations,
  moderateA11yViolations,
  sidewaysAt320,
  type AppInBrowser,
} from './support/browser.ts';
import { openAtInnspill } from './support/rounds.ts';

const MINISTRIES = ['AID', 'BFD', 'HOD', 'JD', 'UD'];

// Reading an answer runs in a worker the app gives up to a minute of wall time (answer-reader.ts); on a busy machine
// that is longer than a locator's default wait, so these tests wait as long as the app would.
describe('an input round for five ministries', { timeout: 240_000 }, () => {
  const tmp = tempDir();
  let app: AppInBrowser;
  let page: Page;
  const forms = new Map<string, { bytes: Buffer; ids: number[] }>();
  /** The address of HOD's answer, opened again once it is decided. */
  let hodAnswer = '';

  /** axe finds nothing, and at 400 % zoom the view reflows (WCAG 1.4.10). */
  const a11yClean = async () => {
    const v = await moderateA11yViolations(page);
    expect(v, describeViolations(v)).toEqual([]);
    expect(await sidewaysAt320(page)).toEqual({ width: 320, past: [] });
  };

  /** Sends a filled form through «Les inn svar» and waits for its review. */
  async function readIn(ministry: string, fill: Fill): Promise<Buffer> {
    const bytes = await fillForm(forms.get(ministry)!.bytes, fill);
    // A refusal still shown for the file read before goes once this one is taken, a moment after: wait for it to go,
    // so that it is not taken below for this file's.
    const refused = await page.$('#svarfil-feil');
    await page.getByLabel('Velg svarfilen (.xlsx), eller slipp den her').setInputFiles({
      name: `Svar fra ${ministry}.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: bytes,
    });
    await refused?.waitForElementState('hidden');
    const review = page.getByRole('heading', { level: 1, name: `Gjennomgang: svar fra ${ministry}` });
    // The review, or the refusal at the field (then the test says why instead of timing out).
    await review.or(page.getByRole('alert')).first().waitFor({ timeout: 90_000 });
    if (!(await review.isVisible()))
      throw new Error(`Svaret ble ikke lest inn: ${await page.getByRole('alert').allInnerTexts()}`);
    return bytes;
  }

  async function backToRound() {
    await page.getByRole('link', { name: /^Innspill T\d 20\d\d$/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Les inn svar' }).waitFor();
  }

  beforeAll(async () => {
    app = await openAtInnspill(portfolioFile(tmp.dir, 'eksempel.tilt', true), { acceptDownloads: true });
    page = app.page;
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  it('says before a round is made that the chosen period is closed', async () => {
    const previous = page.locator('#runde-periode optgroup[label="Tertialer"] option').nth(1);
    const key = (await previous.getAttribute('value'))!;
    const label = (await previous.textContent())!.replace(/ \(.*\)$/, '');
    await callApi(page, 'periods:close', { period: key });
    await page.reload();
    const periodField = page.getByLabel('Periode', { exact: true });
    await periodField.selectOption(key);
    const notice = page.getByText(`${label} er lukket: godtatte svar blir korrigeringer etter lukking.`);
    await notice.waitFor();
    await a11yClean();
    const current = page.locator('#runde-periode optgroup[label="Tertialer"] option').first();
    await periodField.selectOption((await current.getAttribute('value'))!);
    await notice.waitFor({ state: 'detached' });
    await callApi(page, 'periods:reopen', { period: key, reason: 'Lukket bare for testen.' });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Innspill' }).waitFor();
  });

  it('makes a round for the current tertial, with every ministry that has measures', async () => {
    await page.getByText('Slik gjør du en innspillsrunde').click();
    await page.getByText('Lagre beslutningene:').waitFor();
    await a11yClean();
    const deadline = new Date(Date.now() + 20 * 86_400_000);
    await page.getByLabel('Frist for svar').fill('31.02.2026');
    await page.getByRole('button', { name: 'Lag innspillsrunde' }).click();
    await page.getByText('Datoen 31.02.2026 finnes ikke: måned 02 har 28 dager.').waitFor();
    await page.getByLabel('Frist for svar').fill(formatDate(todayIso(deadline)));
    await page.getByRole('button', { name: 'Lag innspillsrunde' }).click();
    await page.getByRole('heading', { level: 2, name: 'Les inn svar' }).waitFor();
    for (const m of MINISTRIES) await page.getByTestId(`mottaker-${m}`).getByText('Skjema ikke laget').waitFor();
    await a11yClean();
  });

  it('downloads every form as one ZIP, and records that the forms were made', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Last ned alle skjemaer (ZIP)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Innspill T\d 20\d\d – alle skjemaer\.zip$/);
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    for (const name of Object.keys(zip.files)) {
      const ministry = /– (\w+)\.xlsx$/.exec(name)![1];
      const bytes = await zip.files[name].async('nodebuffer');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      const ids: number[] = [];
      wb.getWorksheet(FORM_SHEET)!.eachRow((r, n) => void (n > 1 && ids.push(Number(r.getCell(1).value))));
      forms.set(ministry, { bytes, ids });
    }
    expect([...forms.keys()].sort()).toEqual(MINISTRIES);
    await page.getByTestId('mottaker-HOD').getByText('Skjema laget').waitFor();
    await page.getByTestId('mottaker-JD').getByRole('checkbox', { name: 'Sendt til JD' }).click();
    await page
      .getByTestId('mottaker-JD')
      .getByText(/^Sendt \d\d\.\d\d\.\d{4}$/)
      .waitFor();
  });

  it('HOD: nothing is decided beforehand; a rule break is rejected; saving waits for every change', async () => {
    const [ok, broken] = forms.get('HOD')!.ids;
    await readIn('HOD', {
      [ok]: {
        'Ny status': 'Fullført',
        'Ny vurdering': 'Grønn',
        Kommentar: 'Levert til kommunene.',
        'Dato (dd.mm.åååå)': formatDate(todayIso()),
      },
      [broken]: { 'Ny status': 'Pågår', 'Ny vurdering': 'Rød (alvorlig forsinket)', 'Rapportert av': 'Per Helse' },
    });
    const bad = page.getByTestId(`endring-${broken}:status`);
    await bad.getByText('Gul og rød vurdering må begrunnes: skriv en kommentar.').waitFor();
    expect(await bad.getByRole('radio', { name: 'Godta' }).isDisabled()).toBe(true);
    expect(await bad.getByRole('radio', { name: 'Avvis' }).isChecked()).toBe(true);
    const good = page.getByTestId(`endring-${ok}:status`);
    expect(await good.getByRole('radio', { name: 'Godta' }).isChecked()).toBe(false);
    expect(await good.getByRole('radio', { name: 'Avvis' }).isChecked()).toBe(false);
    await page.getByText('1 av 2 endringer er ikke avgjort ennå.').waitFor();
    await a11yClean();
    await page.getByRole('button', { name: 'Lagre beslutningene (0 godtatt, 1 avvist)' }).click();
    await page.getByText('Ingenting er lagret: velg Godta eller Avvis for hver endring som ikke er avgjort.').waitFor();
    // The first undecided change's choice has the focus; the keyboard decides it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`valg-${ok}:status`);
    await page.keyboard.press('Space');
    await page.getByText('Alle 2 endringene er avgjort.').waitFor();
    await page.getByText('Ingenting er lagret', { exact: false }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Lagre beslutningene (1 godtatt, 1 avvist)' }).click();
    await page.getByText(/^Svaret ble godtatt .* av Kari Koordinator: 1 endring godtatt, 1 avvist\./).waitFor();
    hodAnswer = page.url();
    await backToRound();
    await page
      .getByTestId('mottaker-HOD')
      .getByText(/^Godtatt \d\d\.\d\d\.\d{4}$/)
      .waitFor();
  });

  it('HOD, opened again: each change with its decision, the value before and in the answer, no conflict', async () => {
    const [ok, broken] = forms.get('HOD')!.ids;
    await page.goto(hodAnswer);
    await page.getByRole('heading', { level: 1, name: 'Gjennomgang: svar fra HOD' }).waitFor();
    const good = page.getByTestId(`endring-${ok}:status`);
    await good.waitFor();
    // Decided: nothing to choose, and no comparison with the portfolio as it is now (which has the answer’s values).
    expect(await page.getByText('Endret i porteføljen etter at skjemaet ble laget', { exact: false }).count()).toBe(0);
    expect(await page.getByRole('radio').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Lagre/ }).count()).toBe(0);
    await good.getByRole('table', { name: /^Statusoppdatering \(tiltak \S+\) Godtatt$/ }).waitFor();
    const status = good.getByRole('row', { name: /^Status / });
    const [before, after] = await status.getByRole('cell').allInnerTexts();
    expect(after).toBe('Fullført');
    expect(before).not.toBe('Fullført');
    await good.getByRole('columnheader', { name: 'Før' }).waitFor();
    const bad = page.getByTestId(`endring-${broken}:status`);
    await bad.getByRole('table', { name: /\) Avvist$/ }).waitFor();
    await bad.getByText('Gul og rød vurdering må begrunnes: skriv en kommentar.').first().waitFor();
    await a11yClean();
    await backToRound();
  });

  it('JD: a measure changed after the form was made shows both values, and must be decided', async () => {
    const [id] = forms.get('JD')!.ids;
    await callApi(page, 'status:record', {
      measureId: id,
      status: 'avbrutt',
      assessment: 'ikke-vurdert',
      comment: 'Stanset av departementet.',
      author: 'Ola Annen',
    });
    await readIn('JD', { [id]: { 'Ny status': 'Pågår', 'Ny vurdering': 'Gul', Kommentar: 'Forsinket anskaffelse.' } });
    const item = page.getByTestId(`endring-${id}:status`);
    await item
      .getByText(
        /^Endret i porteføljen etter at skjemaet ble laget\. I skjemaet: .*Nå: Avbrutt Ikke vurdert \(Ola Annen/,
      )
      .waitFor();
    await a11yClean();
    await page.getByRole('button', { name: 'Lagre beslutningene (0 godtatt, 0 avvist)' }).click();
    await page.getByText('Ingenting er lagret: velg Godta eller Avvis for hver endring som ikke er avgjort.').waitFor();
    await item.getByRole('radio', { name: 'Godta' }).check();
    await page.getByRole('button', { name: 'Lagre beslutningene (1 godtatt, 0 avvist)' }).click();
    await page.getByText(/^Svaret ble godtatt .*: 1 endring godtatt, 0 avvist\./).waitFor();
    await backToRound();
  });

  it('UD: a clean answer is accepted whole, and the same file again changes nothing', async () => {
    const [id] = forms.get('UD')!.ids;
    const fill = { [id]: { 'Ny status': 'Videreført', 'Ny vurdering': 'Grønn', 'Rapportert av': 'Unni Ute' } };
    const sent = await readIn('UD', fill);
    await page.getByRole('button', { name: 'Godta alle uten regelbrudd' }).click();
    await page.getByRole('button', { name: 'Lagre beslutningene (1 godtatt, 0 avvist)' }).click();
    await page.getByText(/^Svaret ble godtatt/).waitFor();
    await backToRound();
    await page.getByLabel('Velg svarfilen (.xlsx), eller slipp den her').setInputFiles({
      name: 'kopi.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: sent,
    });
    await page.getByText(/^«kopi\.xlsx» er samme fil som ble lest inn .*; ingenting er endret\.$/).waitFor();
    await page.getByLabel('Velg svarfilen (.xlsx), eller slipp den her').setInputFiles({
      name: 'svar.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Tiltak;Status\n1;Pågår\n'),
    });
    await page.getByText(/^Filen er tekst \(for eksempel CSV\), ikke en Excel-arbeidsbok\./).waitFor();
    await a11yClean();
  });

  it('BFD: a rule-broken amount is corrected with the keyboard, accepted, and shown as corrected', async () => {
    const [id] = forms.get('BFD')!.ids;
    // Every review the page asks for is answered (none asks to correct an answer once it is decided).
    const failed: string[] = [];
    const watch = (r: Response) => {
      if (!r.url().includes('rounds%3Areview')) return;
      void r
        .json()
        .then((b: { ok: boolean; error?: { message: string } }) => void (b.ok || failed.push(b.error!.message)))
        .catch(() => undefined);
    };
    page.on('response', watch);
    // A line with a spent amount of its own, so the form has a «Brukt» cell to find it by.
    await callApi(page, 'budget:add', {
      measureId: id,
      year: Number(todayIso().slice(0, 4)),
      allocatedNok: 8_000_000,
      spentNok: 5_221_000,
    });
    const [round] = await callApi<{ id: number }[]>(page, 'rounds:list', {});
    const file = await callApi<{ base64: string }>(page, 'rounds:forms', { roundId: round.id, recipient: 'BFD' });
    const bytes = Buffer.from(file.base64, 'base64');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(FORM_SHEET)!;
    const headers = (ws.getRow(1).values as unknown[]).map(String);
    let spent = '';
    ws.eachRow((r, n) => {
      if (n === 1 || Number(r.getCell(1).value) !== id) return;
      r.eachCell((c, col) => {
        if (/^Brukt /.test(headers[col]) && c.value === 5_221_000) spent = headers[col];
      });
    });
    expect(spent).not.toBe('');
    forms.set('BFD', { bytes, ids: forms.get('BFD')!.ids });
    await readIn('BFD', { [id]: { [spent]: 'ca. 6 mill' } });
    const change = page.locator(`[data-testid^="endring-${id}:budget:"]`);
    await change
      .getByText(/Beløpet «ca\. 6 mill» er ikke et helt antall kroner/)
      .first()
      .waitFor();
    expect(await change.getByRole('radio', { name: 'Godta' }).isDisabled()).toBe(true);

    // «Rett verdien» opens the field with the answer's value, from the keyboard.
    const open = change.getByRole('button', { name: /^Rett verdien: Brukt / });
    await open.focus();
    await page.keyboard.press('Enter');
    const field = change.getByRole('textbox', { name: /^Rettet verdi: Brukt / });
    await expect.poll(() => field.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await field.inputValue()).toBe('ca. 6 mill');
    // A value the budget form would refuse is refused here too, at the field, and the change still cannot be accepted.
    await field.fill('6 mill');
    await page.keyboard.press('Enter');
    await change.getByText('Beløpet må være hele kroner.').first().waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await change.getByRole('radio', { name: 'Godta' }).isDisabled()).toBe(true);
    await a11yClean();
    // Escape leaves the answer's value as it was, and the focus on the button that opened the field.
    await page.keyboard.press('Escape');
    await field.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toMatch(/^Rett verdien: Brukt /);
    await change
      .getByText(/Beløpet «ca\. 6 mill» er ikke et helt antall kroner/)
      .first()
      .waitFor();
    await page.keyboard.press('Enter');
    expect(await field.inputValue()).toBe('ca. 6 mill');
    await field.fill('6 000 000');
    await page.keyboard.press('Enter');
    await change.getByText(`Rettet til: ${formatNok(6_000_000)}`, { exact: true }).waitFor();
    await field.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toMatch(/^Endre rettingen: Brukt /);
    // The answer's own value stays beside the correction; the rule break is gone, so the change may be accepted.
    await change.getByRole('cell', { name: /^ca\. 6 mill/ }).waitFor();
    expect(await change.getByText(/er ikke et helt antall kroner/).count()).toBe(0);
    // Only an accepted change keeps its correction: «Avvis» says so, as its description.
    const describedBy = (e: Element) =>
      (e.getAttribute('aria-describedby') ?? '').split(' ').map((x) => document.getElementById(x)?.textContent);
    await expect
      .poll(() => change.getByRole('radio', { name: 'Avvis' }).evaluate(describedBy))
      .toContain('Rettingen lagres ikke når endringen avvises.');
    await a11yClean();
    const accept = change.getByRole('radio', { name: 'Godta' });
    await expect.poll(() => accept.isDisabled()).toBe(false);
    await accept.focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Lagre beslutningene (1 godtatt, 0 avvist)' }).click();
    await page.getByText(/^Svaret ble godtatt .* av Kari Koordinator: 1 endring godtatt, 0 avvist\./).waitFor();

    // Opened again: the answer's value and the correction, with who made it.
    const decided = page.url();
    await page.goto(`${app.web.url}#/innspill`);
    await page.goto(decided);
    await page.getByRole('heading', { level: 1, name: 'Gjennomgang: svar fra BFD' }).waitFor();
    await change.getByRole('table', { name: /\) Godtatt$/ }).waitFor();
    await change.getByRole('cell', { name: /^ca\. 6 mill/ }).waitFor();
    await change.getByText(`Rettet til: ${formatNok(6_000_000)} (av Kari Koordinator)`, { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: /^Rett verdien/ }).count()).toBe(0);
    await a11yClean();

    // The measure's history: the amount written, and the correction named.
    await page.goto(`${app.web.url}#/tiltak/${id}`);
    await page.getByRole('heading', { level: 2, name: 'Historikk' }).waitFor();
    await page
      .getByTestId('timeline')
      .getByText(
        new RegExp(
          `^Rettet verdi fra innspill: Brukt \\d{4} \\(.*\\): «ca\\. 6 mill» fra innspill BFD T\\d 20\\d\\d, ` +
            `rettet av koordinator til ${formatNok(6_000_000)}$`,
        ),
      )
      .waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Gjennomgang: svar fra BFD' }).waitFor();
    page.off('response', watch);
    expect(failed).toEqual([]);
    await backToRound();
  });

  it('the register, Oversikt and the period’s report show what was accepted; history names the source', async () => {
    const [hod] = forms.get('HOD')!.ids;
    const [jd] = forms.get('JD')!.ids;
    await page.goto(`${app.web.url}#/tiltak/${hod}`);
    await page.getByRole('heading', { level: 2, name: 'Historikk' }).waitFor();
    const history = page.getByTestId('timeline');
    await history
      .getByText(/^Innspill godtatt: Innspillsrunde T\d 20\d\d, HOD, fil «Svar fra HOD\.xlsx», SHA-256 [0-9a-f]{64}$/)
      .waitFor();
    await history.getByText('Levert til kommunene.').waitFor();
    await page.goto(`${app.web.url}#/oversikt`);
    await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor();
    await page.getByText('«Forsinket anskaffelse.»').first().waitFor();
    await page.goto(`${app.web.url}#/tiltak`);
    const row = page.locator(`[data-testid="register-row"]:has(a[href="/tiltak/${jd}?fra=tiltakslisten"])`);
    await row.getByText('Pågår').waitFor();
    const info = await callApi<{ period: string }[]>(page, 'rounds:list', {});
    const pack = await callApi<unknown>(page, 'documents:preview', { kind: 'pack', period: info[0].period });
    expect(JSON.stringify(pack)).toContain('Forsinket anskaffelse.');
    expect(app.consoleErrors).toEqual([]);
  });
});
