// Møtemodus's slides as they are built: a part with no measures in the selection gets no slide of its own (QA: a new
// frame, with almost every measure not yet placed, gave seven «0 tiltak» slides in a row); a title not filled in
// reads so on every slide (the status grid's slide showed the placeholder «Tiltak 17» as if it were a title).
import { describe, expect, it } from 'vitest';
import type { DashboardOverview, PartStatusRow } from '../../shared/api/dashboard.contract.ts';
import type { CoverageResult } from '../../shared/api/obligations.contract.ts';
import type { RegisterResult } from '../../shared/api/register.contract.ts';
import { measureOnSlide } from '../../renderer/src/components/meeting/measureOnSlide.ts';
import { buildSlides, pageTextsHeading, type PageText } from '../../renderer/src/components/meeting/slides.tsx';
import type { Plan } from '../../shared/domain/types.ts';

const part = (partId: number | null, partNumber: number | null, total: number) =>
  ({
    planCode: 'handlingsplan-2016',
    planTitle: 'Handlingsplan',
    partId,
    partNumber,
    partTitle: `Del ${partNumber}`,
    total,
  }) as unknown as PartStatusRow;

describe('Møtemodus slides', () => {
  it('has a slide for every part with measures, and none for an empty part', () => {
    const overview = {
      asOf: '2026-11-28',
      keyFigures: {},
      assessmentByMinistry: [],
      statusByPart: [part(1, 1, 1), part(2, 2, 0), part(3, 3, 0), part(null, null, 25)],
    } as unknown as DashboardOverview;
    const slides = buildSlides({
      overview,
      state: { filter: {} },
      changes: { rows: [], total: 0, since: '2026-09-01' },
      flagged: { rows: [], total: 0 },
      stale: { rows: [], ids: [], noStatus: 0, orgs: {} } as unknown as RegisterResult,
      coverage: { obligations: [], counts: {}, total: 0 } as unknown as CoverageResult,
      chartWidth: 800,
      plan: () => undefined,
    });
    expect(slides.map((s) => s.key).filter((k) => k.startsWith('del-'))).toEqual([
      'del-handlingsplan-2016-1',
      'del-handlingsplan-2016-uten',
    ]);
  });
});

describe('a measure named on a slide', () => {
  const plan = () => ({ shortName: 'Handlingsplanen 2016' }) as Plan;
  it('says a title is not filled in (from the row or the placeholder), never the placeholder as a title', () => {
    const m = { planCode: 'handlingsplan-2016', number: '17', title: 'Tiltak 17' };
    expect(measureOnSlide(m, plan)).toBe('Handlingsplanen 2016, tiltak 17 (tittel ikke fylt inn)');
    expect(measureOnSlide({ ...m, title: 'Veilede', titlePending: true }, plan, 'HOD')).toBe(
      'Handlingsplanen 2016, tiltak 17 (HOD) (tittel ikke fylt inn)',
    );
    expect(measureOnSlide({ ...m, title: 'Veilede helsepersonell' }, plan, 'HOD')).toBe(
      'Handlingsplanen 2016, tiltak 17 (HOD): Veilede helsepersonell',
    );
  });

  it('heads the texts Enter shows whole by what they are: comments, reasons, or both', () => {
    const comment: PageText = { who: 'Tiltak 1', text: 'Levert.', kind: 'comment' };
    const reason: PageText = { who: 'Tiltak 2 – T2 2026, korrigert etter lukking', text: 'Feil dato.', kind: 'reason' };
    expect(pageTextsHeading([comment])).toBe('Hele kommentaren');
    expect(pageTextsHeading([comment, comment])).toBe('Kommentarene i sin helhet');
    expect(pageTextsHeading([reason])).toBe('Hele begrunnelsen');
    expect(pageTextsHeading([reason, reason])).toBe('Begrunnelsene i sin helhet');
    expect(pageTextsHeading([comment, reason])).toBe('Kommentarer og begrunnelser i sin helhet');
  });
});
