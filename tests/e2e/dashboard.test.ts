// Oversikt and Møtemodus as a coordinator uses them before and during a meeting, in real Chromium.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSESSMENT_SERIES, STATUS_SERIES } from '../../shared/charts/palette.ts';
import { EXAMPLE_DATA_LABEL } from '../../shared/domain/vocabulary.ts';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import {
  describeViolations,
  openApp,
  seriousA11yViolations,
  type AppInBrowser,
  type WebApp,
} from './support/browser.ts';

const SHOTS = new URL('../../test-output/meeting/', import.meta.url).pathname;
const IMAGES = new URL('../../test-output/chart-images/', import.meta.url).pathname;

/** The text a saved SVG draws (its <text> elements), unescaped. */
const svgTexts = (svg: string) =>
  [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );

describe('dashboard and meeting mode on the example file', () => {
  const tmp = tempDir();
  let web: WebApp;
  let app: AppInBrowser;
  let page: Page;
  let errors: string[] = [];

  const route = () => page.evaluate(() => decodeURIComponent(window.location.pathname + window.location.search));

  beforeAll(async () => {
    app = await openApp(portfolioFile(tmp.dir, 'eksempel.tilt', true), {
      acceptDownloads: true,
      // The last meeting date the coordinator stored: the example history has changes after it.
      initScript: () => {
        const key = 'tiltaksportefoljen:lastMeetingDate';
        if (!window.localStorage.getItem(key)) window.localStorage.setItem(key, JSON.stringify('2025-06-30'));
      },
    });
    ({ web, page } = app);
    errors = app.consoleErrors;
    await page.goto(`${web.url}#/oversikt`);
    await page.locator('[data-chart="assessment-ministry"] .recharts-surface').waitFor();
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  it('shows key figures, the charts with text summaries, and the changes since the stored meeting date', async () => {
    // waits until visible, or fails at the timeout
    await page.getByRole('list', { name: 'Nøkkeltall' }).getByText('Tiltak', { exact: true }).waitFor();
    for (const chart of [
      'status-handlingsplan-2016',
      'status-strategi-2025-2030',
      'assessment-ministry',
      'status-over-time',
    ]) {
      const card = page.locator(`[data-chart="${chart}"]`);
      await card.locator('.recharts-surface').waitFor();
      await expect
        .poll(() => card.locator('.chart-seg').count(), { timeout: 10_000, message: chart })
        .toBeGreaterThan(2);
      await expect.poll(() => card.locator('.chart-card__summary').textContent(), { timeout: 10_000 }).toMatch(/\d/);
    }
    // waits until visible, or fails at the timeout
    await page.getByRole('heading', { name: 'Endringer siden 30.06.2025' }).waitFor();
    await expect.poll(() => page.locator('.changes-table tbody tr').count(), { timeout: 10_000 }).toBeGreaterThan(3);
  });

  it('offers every chart as a table', async () => {
    const card = page.locator('[data-chart="assessment-ministry"]');
    await card.getByText('Vis som tabell').click();
    await card
      .getByRole('table')
      .getByRole('rowheader', { name: /Helse- og omsorgsdepartementet/ })
      .waitFor(); // waits until visible, or fails at the timeout
  });

  it('keeps every chart’s names apart at 320 px (400 % zoom): bars lie down, names beside them', async () => {
    // Per chart, the names on each axis whose boxes overlap another's, and where the years are drawn.
    const crowded = () =>
      page.evaluate(() => {
        const out: string[] = [];
        for (const chart of document.querySelectorAll('[data-chart]'))
          for (const axis of chart.querySelectorAll('.recharts-xAxis-tick-labels, .recharts-yAxis-tick-labels')) {
            const ticks = [...axis.querySelectorAll('.recharts-cartesian-axis-tick-label')];
            const boxes = ticks.map((t) => t.getBoundingClientRect());
            for (let i = 0; i < boxes.length; i++)
              for (let j = i + 1; j < boxes.length; j++) {
                const [a, b] = [boxes[i], boxes[j]];
                if (
                  a.left < b.right - 0.5 &&
                  b.left < a.right - 0.5 &&
                  a.top < b.bottom - 0.5 &&
                  b.top < a.bottom - 0.5
                )
                  out.push(
                    `${chart.getAttribute('data-chart')}: «${ticks[i].textContent}» over «${ticks[j].textContent}»`,
                  );
              }
          }
        return out;
      });
    const yearsOn = () =>
      page
        .locator('[data-chart="status-over-time"] .recharts-cartesian-axis-tick-label')
        .filter({ hasText: '2016' })
        .evaluate((t) => (t.closest('.recharts-xAxis-tick-labels') ? 'under the bars' : 'beside the bars'));
    const restore = page.viewportSize()!;
    await page.setViewportSize({ width: 320, height: 640 });
    try {
      await expect.poll(yearsOn, { timeout: 10_000 }).toBe('beside the bars');
      expect(await crowded()).toEqual([]);
    } finally {
      await page.setViewportSize(restore);
    }
    await expect.poll(yearsOn, { timeout: 10_000 }).toBe('under the bars');
    expect(await crowded()).toEqual([]);
  });

  it('has no serious or critical accessibility violations on the dashboard', async () => {
    const v = await seriousA11yViolations(page);
    expect(v, describeViolations(v)).toEqual([]);
  });

  it('saves a chart as SVG and PNG that reads on its own: whole title, filter, data kind and legend', async () => {
    const card = page.locator('[data-chart="assessment-ministry"]');
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: /som SVG/ }).click(),
    ]);
    expect(svg.suggestedFilename()).toMatch(/^vurdering-per-departement-\d{4}-\d{2}-\d{2}\.svg$/);
    const text = readFileSync((await svg.path())!, 'utf8');
    expect(text).toContain(
      '<text x="16" y="28" font-size="20" font-weight="600" fill="#111111">Vurdering per departement</text>',
    );
    const lines = svgTexts(text);
    expect(lines.some((l) => /^Per \d{2}\.\d{2}\.\d{4}$/.test(l))).toBe(true);
    // The legend: each series' name, colour and pattern, as on screen.
    for (const s of ASSESSMENT_SERIES) {
      expect(lines).toContain(s.label);
      expect(text).toContain(`fill="${s.color}"`);
    }
    expect(text).toContain('url(#pat-cross)');
    expect(text).toContain('<pattern id="pat-cross"');
    // The example file says so; without a filter there is no «Utvalg» line.
    expect(lines).toContain(EXAMPLE_DATA_LABEL);
    expect(lines.some((l) => l.startsWith('Utvalg'))).toBe(false);
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: /som PNG/ }).click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    expect(
      readFileSync((await png.path())!)
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
  });

  it('saves the long-titled chart, filtered: the whole title inside the image, the filter in words', async () => {
    await page.goto(`${web.url}#/oversikt?plan=handlingsplan-2016&ministry=JD`);
    const card = page.locator('[data-chart="status-handlingsplan-2016"]');
    await card.locator('.recharts-surface').waitFor();
    const title = 'Status per hoveddel – Regjeringens handlingsplan mot menneskehandel';
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: /som SVG/ }).click(),
    ]);
    const text = readFileSync((await svg.path())!, 'utf8');
    const lines = svgTexts(text);
    const words = lines.join(' ').split(/\s+/);
    for (const word of title.split(' ')) expect(words).toContain(word);
    expect(lines).toContain('Utvalg: Handlingsplanen 2016 · departement JD');
    expect(lines).toContain(EXAMPLE_DATA_LABEL);
    for (const s of STATUS_SERIES) expect(lines).toContain(s.label);
    // Drawn, in Inter (the page's font) and in Arial (where Inter is not installed), no text of the head runs past
    // the image's right edge: the title was cut off there.
    const overflow = await page.evaluate((doc) => {
      const host = document.createElement('div');
      host.innerHTML = doc;
      document.body.appendChild(host);
      const root = host.querySelector('svg')!;
      const width = Number(root.getAttribute('width'));
      const out: string[] = [];
      for (const font of [root.getAttribute('font-family')!, 'Arial, sans-serif']) {
        root.setAttribute('font-family', font);
        for (const t of root.querySelectorAll<SVGTextElement>(':scope > text, .chart-image-legend text')) {
          const box = t.getBoundingClientRect();
          const right = box.right - root.getBoundingClientRect().left;
          if (right > width) out.push(`${font}: «${t.textContent}» ends at ${Math.round(right)} of ${width}`);
        }
      }
      host.remove();
      return out;
    }, text);
    expect(overflow).toEqual([]);
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: /som PNG/ }).click(),
    ]);
    mkdirSync(IMAGES, { recursive: true });
    await png.saveAs(join(IMAGES, 'status-handlingsplan-2016-jd.png'));
    await svg.saveAs(join(IMAGES, 'status-handlingsplan-2016-jd.svg'));
    await page.goto(`${web.url}#/oversikt`);
    await page.locator('[data-chart="assessment-ministry"] .recharts-surface').waitFor();
  });

  it('opens the register filtered to a ministry’s rød measures, by mouse and by keyboard', async () => {
    // Whichever ministries have rød and grønn measures in the example file.
    const chart = page.locator('[data-chart="assessment-ministry"]');
    const segment = async (assessment: string) =>
      (await chart.locator(`.chart-seg[data-segment$=":${assessment}"]`).first().getAttribute('data-segment'))!;
    const red = await segment('rod');
    await page.locator(`[data-segment="${red}"]`).click();
    await expect.poll(() => route(), { timeout: 10_000 }).toBe(`/tiltak?ministry=${red.split(':')[0]}&assessment=rod`);
    await page.goBack();
    const green = await segment('gronn');
    await page.locator(`[data-segment="${green}"]`).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => route(), { timeout: 10_000 })
      .toBe(`/tiltak?ministry=${green.split(':')[0]}&assessment=gronn`);
  });

  it('keeps the filter in the URL and narrows the register links by it', async () => {
    await page.goto(`${web.url}#/oversikt?plan=handlingsplan-2016&year=2024`);
    await page.getByText('Per 31.12.2024 · budsjettår 2024').waitFor();
    await expect
      .poll(() => page.getByLabel('Plan', { exact: true }).inputValue(), { timeout: 10_000 })
      .toBe('handlingsplan-2016');
    await page.getByLabel('Departement', { exact: true }).selectOption('HOD');
    await expect
      .poll(() => route(), { timeout: 10_000 })
      .toBe('/oversikt?plan=handlingsplan-2016&ministry=HOD&year=2024');
    const hod = page.locator('[data-chart="assessment-ministry"] .chart-seg[data-segment^="HOD:"]').first();
    const assessment = (await hod.getAttribute('data-segment'))!.split(':')[1];
    await hod.click();
    await expect
      .poll(() => route(), { timeout: 10_000 })
      .toBe(`/tiltak?plan=handlingsplan-2016&ministry=HOD&assessment=${assessment}&asOf=2024-12-31`);
  });

  it('stores the meeting date, and "Endringer siden" starts from it next time', async () => {
    await page.goto(`${web.url}#/oversikt`);
    await page.getByLabel('Vis endringer siden').fill('2025-09-01');
    await page.getByRole('heading', { name: 'Endringer siden 01.09.2025' }).waitFor();
    await page.getByRole('button', { name: 'Lagre som møtedato' }).click();
    await page.getByText('Lagret møtedato: 01.09.2025.', { exact: false }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Endringer siden 01.09.2025' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => window.localStorage.getItem('tiltaksportefoljen:lastMeetingDate')), {
        timeout: 10_000,
      })
      .toBe('"2025-09-01"');
  });

  it('meeting mode says on every slide which measures it shows when the dashboard is filtered', async () => {
    const footer = page.locator('.meeting__footer');
    await page.goto(`${web.url}#/mote?plan=strategi-2025-2030&ministry=BFD`);
    await page.locator('[data-slide="oversikt"]').waitFor();
    await expect
      .poll(() => footer.textContent(), { timeout: 10_000 })
      .toContain('Utvalg: Strategien 2025–2030 · departement BFD');
    await page.keyboard.press('ArrowRight');
    await page.getByText(/^Lysbilde 2 av \d+$/).waitFor();
    expect(await footer.textContent()).toContain('Utvalg: Strategien 2025–2030 · departement BFD');
    // The whole portfolio: nothing said (the slides are kept as they were, so go by the key to the first).
    await page.goto(`${web.url}#/mote`);
    await page.keyboard.press('Home');
    await page.getByText(/^Lysbilde 1 av \d+$/).waitFor();
    await expect.poll(() => footer.textContent(), { timeout: 10_000 }).toMatch(/^Per \d{2}\.\d{2}\.\d{4}/);
    expect(await footer.textContent()).not.toContain('Utvalg');
    await page.keyboard.press('Escape');
  });

  it('meeting mode moves with the arrow keys and Page Up/Down, shows each slide, and leaves with Esc', async () => {
    mkdirSync(SHOTS, { recursive: true });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${web.url}#/oversikt`);
    await page.getByRole('button', { name: 'Møtemodus' }).click();
    await page.locator('[data-slide="oversikt"]').waitFor();
    await page.getByText(/^Lysbilde 1 av \d+$/).waitFor();
    const total = Number((await page.getByText(/^Lysbilde 1 av \d+$/).textContent())!.match(/av (\d+)/)![1]);
    expect(total).toBeGreaterThanOrEqual(1 + 8 + 1 + 1); // overview, 8 parts, changes, gul/rød
    await expect
      .poll(() => page.getByRole('button', { name: /Lagre|Registrer|Endre/ }).count(), { timeout: 10_000 })
      .toBe(0);
    const v = await seriousA11yViolations(page);
    expect(v, describeViolations(v)).toEqual([]);
    const seen: string[] = [];
    for (let i = 1; i <= total; i++) {
      await page.getByText(`Lysbilde ${i} av ${total}`).waitFor();
      const slide = page.locator('[data-slide]');
      seen.push((await slide.getAttribute('data-slide'))!);
      if (seen.at(-1) === 'endringer-1')
        await expect
          .poll(() => slide.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 })
          .toMatch(/^Endringer siden 01\.09\.2025/);
      await page.screenshot({ path: join(SHOTS, `slide-${String(i).padStart(2, '0')}.png`) });
      await page.keyboard.press(i % 2 ? 'ArrowRight' : 'PageDown');
    }
    expect(seen[0]).toBe('oversikt');
    expect(seen.filter((s) => s.startsWith('del-'))).toHaveLength(8);
    expect(seen.some((s) => s.startsWith('endringer-'))).toBe(true);
    expect(seen.some((s) => s.startsWith('gul-rod-'))).toBe(true);
    // Last, the measures to chase: not updated for six months, the unreported ones among them.
    expect(seen.at(-1)).toMatch(/^ikke-oppdatert-/);
    const stale = page.locator('[data-slide^="ikke-oppdatert-"]');
    expect(await stale.locator('.meeting__lead').textContent()).toMatch(
      /^\d+ tiltak er ikke oppdatert på 6 måneder, \d+ av dem har ingen status registrert\.$/,
    );
    expect(await stale.locator('.meeting-flagged__item').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-slide="endringer-1"]').count(), { timeout: 10_000 }).toBe(0);
    await page.keyboard.press('ArrowLeft');
    await page.getByText(`Lysbilde ${total - 1} av ${total}`).waitFor();
    await page.keyboard.press('PageUp');
    await page.getByText(`Lysbilde ${total - 2} av ${total}`).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor();
    await expect.poll(() => route(), { timeout: 10_000 }).toBe('/oversikt');
    expect(errors).toEqual([]);
  });
});
