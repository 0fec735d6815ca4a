// The example dataset: the real frame with fictional, clearly labelled content and a deterministic
// history 2017–2025, for demos, training and benchmarks. Never mixed with real data.
import type { Database } from 'better-sqlite3';
import type { AssessmentCode, StatusCode } from '../../../shared/domain/vocabulary.ts';
import { insertBudgetLine } from '../repositories/budget.repo.ts';
import { insertAgency, insertCoOwner, insertMeasure } from '../repositories/measures.repo.ts';
import { listOrganisationRows } from '../repositories/organisations.repo.ts';
import { insertStatusUpdate } from '../repositories/statusUpdates.repo.ts';
import { insertLinkRow, listObligationRows } from '../repositories/obligations.repo.ts';
import { insertObligations, insertOrganisations, insertPlanFrame, setDataset } from './apply-frame.ts';
import type { Frame } from './frame.ts';

export interface ExampleOptions {
  /** Total number of measures, spread over the plans in proportion to their real size (default 44). */
  size?: number;
  updatesPerMeasure?: number;
  budgetYearsPerMeasure?: number;
  seed?: number;
}

/** mulberry32: small, fast and the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  'kompetanseheving',
  'informasjonsmateriell',
  'samarbeidsrutiner',
  'veileder',
  'kartlegging',
  'pilotprosjekt',
  'opplæringsprogram',
  'tilskuddsordning',
  'digital meldeløsning',
  'nettverksmøter',
];
const TARGETS = [
  'for politiet',
  'i barnevernet',
  'i helsetjenesten',
  'for utlendingsforvaltningen',
  'i arbeidslivet',
  'for kommunene',
  'for krisesentre',
  'i internasjonalt samarbeid',
];
const AUTHORS = ['Kari Eksempel', 'Ola Eksempel', 'Nina Testbruker', 'Per Prøvesen'];
const CHAPTERS: [number, number][] = [
  [440, 70],
  [470, 72],
  [440, 1],
  [761, 21],
  [840, 70],
  [634, 76],
];
// Five ministries for the strategy examples: the sources do not name them, so this is fiction.
const EXAMPLE_STRATEGY_MINISTRIES = ['JD', 'BFD', 'AID', 'HOD', 'UD'];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)];
}

function isoDay(year: number, dayOfYear: number): string {
  const d = new Date(Date.UTC(year, 0, 1 + dayOfYear));
  return d.toISOString().slice(0, 10);
}

function assessmentFor(rnd: () => number, status: StatusCode): AssessmentCode {
  if (status === 'fullfort' || status === 'viderefort') return 'gronn';
  if (status === 'ikke-startet') return rnd() < 0.5 ? 'ikke-vurdert' : 'gul';
  const r = rnd();
  return r < 0.6 ? 'gronn' : r < 0.85 ? 'gul' : 'rod';
}

function commentFor(rnd: () => number, a: AssessmentCode, topic: string): string {
  if (a === 'rod')
    return pick(rnd, [
      `Fiktiv kommentar: ${topic} er alvorlig forsinket.`,
      'Fiktiv kommentar: mangler finansiering i år.',
    ]);
  if (a === 'gul')
    return pick(rnd, ['Fiktiv kommentar: risiko for forsinkelse.', `Fiktiv kommentar: ${topic} venter på avklaring.`]);
  return rnd() < 0.5 ? 'Fiktiv kommentar: går etter planen.' : '';
}

export function applyExample(db: Database, frame: Frame, now: Date, opts: ExampleOptions = {}): void {
  const rnd = prng(opts.seed ?? 2016);
  const totalReal = frame.plans.reduce((s, p) => s + p.measureCount, 0);
  const size = opts.size ?? totalReal;
  const updates = opts.updatesPerMeasure ?? 6;
  const budgetYears = opts.budgetYearsPerMeasure ?? 3;
  const created = now.toISOString();
  insertOrganisations(db, frame);
  const orgs = listOrganisationRows(db);
  const orgId = new Map(orgs.map((o) => [o.abbrev, o.id]));
  const agenciesOf = (ministry: string) => orgs.filter((o) => o.parent_id === orgId.get(ministry)).map((o) => o.id);

  let assigned = 0;
  const measureIds: number[] = [];
  frame.plans.forEach((plan, planIndex) => {
    const isLast = planIndex === frame.plans.length - 1;
    const count = isLast ? size - assigned : Math.round((size * plan.measureCount) / totalReal);
    assigned += count;
    const { planId, partIds } = insertPlanFrame(db, plan, planIndex);
    const ministries = plan.ministries.length > 0 ? plan.ministries : EXAMPLE_STRATEGY_MINISTRIES;
    const firstYear = plan.kind === 'strategi' ? 2025 : 2017;
    const lastYear = 2025;
    for (let n = 1; n <= count; n++) {
      const topic = pick(rnd, TOPICS);
      const owner = pick(rnd, ministries);
      const coOwner =
        rnd() < 0.3
          ? pick(
              rnd,
              ministries.filter((m) => m !== owner),
            )
          : null;
      const measureId = insertMeasure(db, {
        plan_id: planId,
        number: String(n),
        sort_key: n,
        part_id: partIds.get(1 + Math.floor(rnd() * plan.parts.length)) ?? null,
        title: `Eksempeltiltak ${n}: ${topic} ${pick(rnd, TARGETS)} (fiktivt)`,
        description: 'Fiktiv beskrivelse laget for eksempeldata. Ikke et reelt tiltak.',
        title_pending: 0,
        owner_id: orgId.get(owner) ?? null,
        start_year: firstYear,
        end_year: plan.kind === 'strategi' ? 2030 : 2025,
        created_at: created,
      });
      measureIds.push(measureId);
      if (coOwner && orgId.has(coOwner)) insertCoOwner(db, measureId, orgId.get(coOwner)!);
      const agencies = agenciesOf(owner);
      if (agencies.length > 0) insertAgency(db, measureId, pick(rnd, agencies));

      // History: dates spread evenly over the plan's years, status moving forward.
      const span = (lastYear - firstYear + 1) * 360;
      let status: StatusCode = 'ikke-startet';
      for (let u = 0; u < updates; u++) {
        const day = Math.floor(((u + rnd() * 0.9) / updates) * span);
        const year = firstYear + Math.floor(day / 360);
        const date = isoDay(year, day % 360);
        const progress = u / Math.max(1, updates - 1);
        if (status === 'ikke-startet' && (progress > 0.1 || rnd() < 0.5)) status = 'pagar';
        if (status === 'pagar' && progress > 0.8 && rnd() < 0.35)
          status = pick(rnd, ['fullfort', 'fullfort', 'viderefort', 'avbrutt'] as const);
        const assessment = assessmentFor(rnd, status);
        insertStatusUpdate(db, {
          measure_id: measureId,
          status,
          assessment,
          comment: commentFor(rnd, assessment, topic),
          author: pick(rnd, AUTHORS),
          effective_date: date,
          recorded_at: `${date}T10:00:00.000Z`,
        });
      }
      for (let b = 0; b < budgetYears; b++) {
        const year = lastYear - b;
        if (year < firstYear) break;
        const allocated = Math.round(100 + rnd() * 19_900) * 1000;
        const [chapter, post] = pick(rnd, CHAPTERS);
        insertBudgetLine(db, {
          measure_id: measureId,
          year,
          allocated_nok: allocated,
          spent_nok: Math.round((allocated * (0.4 + rnd() * 0.6)) / 1000) * 1000,
          chapter,
          post,
          within_existing: rnd() < 0.2 ? 1 : 0,
        });
      }
    }
  });
  insertObligations(db, frame, created);
  exampleObligationLinks(db, measureIds, created, opts.seed ?? 2016);
  setDataset(db, 'example', created);
}

/**
 * GRETA's real recommendations with fictional links: every fourth obligation none, the others one to three measures,
 * chosen with a generator of their own so the measures and their history stay as they were before links existed.
 */
function exampleObligationLinks(db: Database, measureIds: number[], created: string, seed: number): void {
  const rnd = prng(seed + 16);
  listObligationRows(db).forEach((o, i) => {
    const chosen = new Set<number>();
    for (let k = 0; k < i % 4 && measureIds.length > 0; k++) chosen.add(pick(rnd, measureIds));
    for (const measureId of chosen)
      insertLinkRow(db, {
        obligation_id: o.id,
        measure_id: measureId,
        note: 'Fiktiv kobling (eksempeldata).',
        created_at: created,
        created_by: 'Eksempeldata',
      });
  });
}
