import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers/dispatch.ts';
import { listAudit } from '../../electron/core/repositories/audit.repo.ts';
import { listMeasures } from '../../electron/core/services/measures.service.ts';
import { fillTitles } from '../../electron/core/services/titles.service.ts';
import { buildTitlePreview, guessTitleColumn, parseTitleLines, pastedRows } from '../../shared/domain/titles.ts';
import { memoryPortfolio, snapshot, type TestPortfolio } from '../support/portfolio.ts';

const PLAN = 'strategi-2025-2030';
const actor = { now: new Date('2026-11-23T09:00:00Z'), user: 'Kari Koordinator' };

function plan(p: TestPortfolio, code = PLAN) {
  return listMeasures(p.db, { planCode: code, asOf: '2026-11-23' });
}

function versions(p: TestPortfolio, code = PLAN): Record<string, number> {
  return Object.fromEntries(plan(p, code).map((m) => [String(m.id), m.version]));
}

const eighteen = Array.from({ length: 18 }, (_, i) => `Strategitiltak nummer ${i + 1}`);

async function expectRefused(
  p: TestPortfolio,
  input: unknown,
  code: string,
  check: (e: { message: string; fields?: Record<string, string> }) => void = () => {},
) {
  const before = snapshot(p.db);
  const r = await dispatch('measures:fillTitles', input, () => p);
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.error.code).toBe(code);
    check(r.error);
  }
  expect(snapshot(p.db)).toBe(before);
}

describe('filling in the titles of a plan', () => {
  it('sets every title, clears the pending mark, bumps versions and audits each change', () => {
    const p = memoryPortfolio();
    const before = plan(p);
    expect(before.filter((m) => m.titlePending)).toHaveLength(18);
    const r = fillTitles(
      p.db,
      { planCode: PLAN, titles: eighteen.map((t) => ` ${t} `), expectedVersions: versions(p) },
      actor,
    );
    expect(r).toEqual({ planCode: PLAN, changed: 18, pendingLeft: 0 });
    const after = plan(p);
    expect(after.map((m) => m.title)).toEqual(eighteen);
    expect(after.every((m, i) => !m.titlePending && m.version === before[i].version + 1)).toBe(true);
    expect(listAudit(p.db, 'measure', after[2].id).map((a) => [a.field, a.old_value, a.new_value, a.author])).toEqual(
      expect.arrayContaining([
        ['title', 'Tiltak 3', 'Strategitiltak nummer 3', 'Kari Koordinator'],
        ['title_pending', '1', '0', 'Kari Koordinator'],
      ]),
    );
    // The other plan is untouched.
    expect(plan(p, 'handlingsplan-2016').filter((m) => m.titlePending)).toHaveLength(25);
  });

  it('leaves a measure whose title is unchanged alone, and overwrites a filled-in one when asked', () => {
    const p = memoryPortfolio();
    const code = 'handlingsplan-2016';
    const titles = plan(p, code).map((m) => (m.titlePending ? `Ny tittel ${m.number}` : m.title));
    const r = fillTitles(p.db, { planCode: code, titles, expectedVersions: versions(p, code) }, actor);
    expect(r).toEqual({ planCode: code, changed: 25, pendingLeft: 0 });
    const m16 = plan(p, code)[15];
    titles[15] = 'Endret tittel 16';
    fillTitles(p.db, { planCode: code, titles, expectedVersions: versions(p, code) }, actor);
    expect(plan(p, code)[15]).toMatchObject({ title: 'Endret tittel 16', version: m16.version + 1 });
  });

  it('leaves a line kept as «Tiltak N» unfilled (as the measure’s edit does), and unfills one set back', () => {
    const p = memoryPortfolio();
    const before = plan(p);
    const titles = before.map((m, i) => (i % 2 === 0 ? `Tiltak ${m.number}` : `Ekte tittel ${m.number}`));
    const r = fillTitles(p.db, { planCode: PLAN, titles, expectedVersions: versions(p) }, actor);
    expect(r).toEqual({ planCode: PLAN, changed: 9, pendingLeft: 9 });
    const after = plan(p);
    expect(after[0]).toMatchObject({ title: 'Tiltak 1', titlePending: true, version: before[0].version });
    expect(after[1]).toMatchObject({ title: 'Ekte tittel 2', titlePending: false, version: before[1].version + 1 });
    expect(listAudit(p.db, 'measure', after[0].id)).toEqual([]);
    // A filled-in title written back as «Tiltak 2» makes it unfilled again, logged as such.
    titles[1] = 'Tiltak 2';
    const back = fillTitles(p.db, { planCode: PLAN, titles, expectedVersions: versions(p) }, actor);
    expect(back).toEqual({ planCode: PLAN, changed: 1, pendingLeft: 10 });
    expect(plan(p)[1]).toMatchObject({ title: 'Tiltak 2', titlePending: true });
    expect(listAudit(p.db, 'measure', after[1].id).map((a) => [a.field, a.old_value, a.new_value])).toEqual(
      expect.arrayContaining([
        ['title', 'Ekte tittel 2', 'Tiltak 2'],
        ['title_pending', '0', '1'],
      ]),
    );
  });

  it('takes titles for the first measures and keeps the rest; refuses more lines than measures, or none', async () => {
    const p = memoryPortfolio();
    const before = plan(p);
    const r = fillTitles(p.db, { planCode: PLAN, titles: eighteen.slice(0, 3), expectedVersions: versions(p) }, actor);
    expect(r).toEqual({ planCode: PLAN, changed: 3, pendingLeft: before.filter((m) => m.titlePending).length - 3 });
    const after = plan(p);
    expect(after.slice(0, 3).map((m) => [m.title, m.titlePending])).toEqual(
      eighteen.slice(0, 3).map((t) => [t, false]),
    );
    expect(after.slice(3)).toEqual(before.slice(3));
    await expectRefused(
      p,
      { planCode: PLAN, titles: [...eighteen, 'En til'], expectedVersions: versions(p) },
      'invalid',
      (e) =>
        expect(e.fields?.titles).toBe(
          'Du har limt inn 19 linjer, men planen har 18 tiltak. Skriv én tittel per linje, i nummerrekkefølge.',
        ),
    );
    for (const titles of [[], ['', '  ']])
      await expectRefused(p, { planCode: PLAN, titles, expectedVersions: versions(p) }, 'invalid', (e) =>
        expect(e.fields?.titles).toBe('Ingen titler å lagre. Lim inn minst én tittel.'),
      );
  });

  it('keeps the title of a measure whose line is blank, and refuses an over-long title at its line', async () => {
    const p = memoryPortfolio();
    const before = plan(p);
    const gap = [...eighteen];
    gap[4] = '   ';
    fillTitles(p.db, { planCode: PLAN, titles: gap, expectedVersions: versions(p) }, actor);
    const after = plan(p);
    expect(after[4]).toEqual(before[4]);
    expect(listAudit(p.db, 'measure', after[4].id)).toEqual([]);
    expect(after[5].title).toBe(eighteen[5]);
    const long = [...eighteen];
    long[17] = 'x'.repeat(501);
    await expectRefused(p, { planCode: PLAN, titles: long, expectedVersions: versions(p) }, 'invalid', (e) =>
      expect(e.fields).toEqual({ 'titles.17': 'Tiltak 18: Tittelen kan ikke være lengre enn 500 tegn (den har 501).' }),
    );
  });

  it('does not hold a change elsewhere in the plan against a save that leaves that measure alone', () => {
    const p = memoryPortfolio();
    const preview = versions(p);
    const third = plan(p)[2];
    fillTitles(p.db, { planCode: PLAN, titles: ['', '', 'Fra et annet vindu'], expectedVersions: preview }, actor);
    expect(plan(p)[2].version).toBe(third.version + 1);
    // The stale preview fills in measures 1 and 2 only: measure 3's newer version is no conflict.
    const r = fillTitles(p.db, { planCode: PLAN, titles: ['Ett', 'To'], expectedVersions: preview }, actor);
    expect(r.changed).toBe(2);
    expect(plan(p)[2].title).toBe('Fra et annet vindu');
  });

  it('refuses when a measure changed since the preview (conflict), naming it', async () => {
    const p = memoryPortfolio();
    const preview = versions(p);
    const third = plan(p)[2];
    // Changed from the earlier version of this test, which let lines left as «Tiltak N» count as filled in (and so
    // bump every measure): such a line now leaves its measure unfilled and untouched, so the other window fills in
    // real titles to bump them all.
    fillTitles(
      p.db,
      {
        planCode: PLAN,
        titles: eighteen.map((t, i) => (i === 2 ? 'Endret i et annet vindu' : `Fra et annet vindu ${i + 1}`)),
        expectedVersions: preview,
      },
      { ...actor, user: 'Ola Annen' },
    );
    // Every measure was bumped by that save; the stale preview must not win.
    await expectRefused(p, { planCode: PLAN, titles: eighteen, expectedVersions: preview }, 'conflict', (e) =>
      expect(e.message).toMatch(
        /^Tiltak 1 \(og 17 andre\) er endret av Ola Annen etter at forhåndsvisningen ble laget/,
      ),
    );
    const stale = { ...versions(p), [String(third.id)]: third.version };
    await expectRefused(p, { planCode: PLAN, titles: eighteen, expectedVersions: stale }, 'conflict', (e) =>
      expect(e.message).toMatch(/^Tiltak 3 er endret av Ola Annen/),
    );
    const missing = versions(p);
    delete missing[String(third.id)];
    await expectRefused(p, { planCode: PLAN, titles: eighteen, expectedVersions: missing }, 'conflict');
  });

  it('refuses bad input at the boundary', async () => {
    const p = memoryPortfolio();
    await expectRefused(p, { planCode: 'plan-x', titles: eighteen, expectedVersions: versions(p) }, 'invalid', (e) =>
      expect(e.fields?.planCode).toBe(
        `Ukjent plan «plan-x». Planene i filen er: handlingsplan-2016, strategi-2025-2030.`,
      ),
    );
    await expectRefused(p, { planCode: PLAN, titles: 'a\nb', expectedVersions: versions(p) }, 'invalid');
    await expectRefused(p, { planCode: PLAN, titles: [1, 2], expectedVersions: versions(p) }, 'invalid');
    await expectRefused(p, { planCode: PLAN, titles: eighteen }, 'invalid');
    await expectRefused(p, { planCode: PLAN, titles: eighteen, expectedVersions: { abc: 1 } }, 'invalid');
  });
});

describe('pasted text and its preview', () => {
  it('ignores blank lines before and after, and strips numbering that matches the line', () => {
    const lines = parseTitleLines(
      '\n\n1. Første\nTiltak 2: Andre\r\n3) Tredje\n4\tFjerde\n5 – Femte\n7. Ikke sju\n2025-planen følges opp\n\n\n',
    );
    expect(lines.map((l) => l.title)).toEqual([
      'Første',
      'Andre',
      'Tredje',
      'Fjerde',
      'Femte',
      '7. Ikke sju',
      '2025-planen følges opp',
    ]);
  });

  it('splits rows pasted from Excel into cells and takes the title column (a guess, or the one chosen)', () => {
    const excel =
      'Nr.\tTittel\tAnsvarlig\n' +
      '1\tStyrke samarbeidet mellom etatene\tJD\n' +
      '2\t"Bedre informasjon\ntil ofre"\tHOD\n' +
      '3\tTiltak 3\tBFD\n';
    const measures = ['Nr.', '1', '2', '3'].map((n, i) => ({
      id: i + 1,
      number: n === 'Nr.' ? '0' : n,
      title: `Tiltak ${n}`,
      titlePending: true,
      version: 1,
    }));
    expect(pastedRows(excel)).toMatchObject({ columns: 3 });
    expect(guessTitleColumn(pastedRows(excel))).toBe(1);
    const lines = parseTitleLines(excel, ['0', '1', '2', '3']);
    // A cell quoted by Excel keeps its line break as a space and stays one title.
    expect(lines.map((l) => l.title)).toEqual([
      'Tittel',
      'Styrke samarbeidet mellom etatene',
      'Bedre informasjon til ofre',
      'Tiltak 3',
    ]);
    expect(parseTitleLines(excel, [], 2).map((l) => l.title)).toEqual(['Ansvarlig', 'JD', 'HOD', 'BFD']);
    // «Tiltak 3» left as it is: not a title, so the measure stays unfilled (not a problem, not «Ny»).
    const pv = buildTitlePreview(measures.slice(1), excel.split('\n').slice(1).join('\n'));
    expect(pv.rows.map((r) => [r.newTitle, r.stillPending, r.unchanged, r.problem])).toEqual([
      ['Styrke samarbeidet mellom etatene', false, false, null],
      ['Bedre informasjon til ofre', false, false, null],
      ['Tiltak 3', true, true, null],
    ]);
    expect(pv.ok).toBe(true);
  });

  it('keeps the title where a line is blank in the middle or missing at the end', () => {
    const measures = [1, 2, 3, 4].map((n) => ({
      id: n,
      number: String(n),
      title: `Tiltak ${n}`,
      titlePending: true,
      version: 1,
    }));
    const pv = buildTitlePreview(measures, 'En\n\nTre');
    expect(pv.rows.map((r) => [r.newTitle, r.problem])).toEqual([
      ['En', null],
      [null, null],
      ['Tre', null],
      [null, null],
    ]);
    expect(pv).toMatchObject({ ok: true, given: 2, byNumber: false, countMessage: null });
  });

  it('places numbered lines on the measures they name, in any order, and Excel rows by their «Nr.» column', () => {
    const measures = Array.from({ length: 26 }, (_, i) => ({
      id: 100 + i,
      number: String(i + 1),
      title: `Tiltak ${i + 1}`,
      titlePending: true,
      version: 1,
    }));
    const placed = (text: string) =>
      buildTitlePreview(measures, text)
        .rows.filter((r) => r.newTitle !== null)
        .map((r) => [r.number, r.newTitle]);
    expect(placed('16. Veiledning til helsepersonell\nTiltak 3: Bedre informasjon\n\n')).toEqual([
      ['3', 'Bedre informasjon'],
      ['16', 'Veiledning til helsepersonell'],
    ]);
    expect(buildTitlePreview(measures, '16. A\n3. B')).toMatchObject({ byNumber: true, given: 2, ok: true });
    // From the plan's table in Excel: a heading row, then the rows for 7 and 21 (Nr., Tittel, Ansvarlig).
    expect(placed('Nr.\tTittel\tAnsvarlig\n21\tStyrke samarbeidet\tJD\n7.\tBedre informasjon til ofre\tHOD')).toEqual([
      ['7', 'Bedre informasjon til ofre'],
      ['21', 'Styrke samarbeidet'],
    ]);
    // A line without a number, a number the plan lacks, or the same number twice: in order, as pasted.
    expect(placed('16. A\nB')).toEqual([
      ['1', '16. A'],
      ['2', 'B'],
    ]);
    expect(placed('16. A\n27. B')[1]).toEqual(['2', '27. B']);
    expect(placed('16. A\n16. B').map((r) => r[0])).toEqual(['1', '2']);
  });

  it('marks lines that would overwrite a filled-in title, and counts lines against measures', () => {
    const measures = [
      { id: 1, number: '1', title: 'Tiltak 1', titlePending: true, version: 1 },
      { id: 2, number: '2', title: 'Veiledning til helsepersonell', titlePending: false, version: 3 },
      { id: 3, number: '3', title: 'Samme', titlePending: false, version: 1 },
    ];
    const pv = buildTitlePreview(measures, 'A\nB\nSamme\n');
    expect(pv.rows.map((r) => [r.newTitle, r.overwrites, r.unchanged])).toEqual([
      ['A', false, false],
      ['B', true, false],
      ['Samme', false, true],
    ]);
    expect(pv.ok).toBe(true);
    expect(buildTitlePreview(measures, 'A\nB\nC\nD')).toMatchObject({
      countMessage: 'Du har limt inn 4 linjer, men planen har 3 tiltak. Skriv én tittel per linje, i nummerrekkefølge.',
      ok: false,
    });
    expect(buildTitlePreview(measures, 'A').countMessage).toBeNull();
    expect(buildTitlePreview(measures, '\n\n')).toMatchObject({ countMessage: null, given: 0, ok: false });
  });
});
