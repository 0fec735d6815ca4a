// The example dataset: the real frame with fictional, clearly labelled content, for demos, training and benchmarks.
// Never mixed with real data. It is alive on the day it is made: each plan's history runs from the plan's start to
// the end of the month before `now` (most measures were reported on in the last few months, a few of the newest
// plan's are not reported yet), and the budget has lines for this year. The same `now` gives the same file.
import type { Database } from 'better-sqlite3';
import type { AssessmentCode, StatusCode } from '../../../shared/domain/vocabulary.ts';
import { todayIso } from '../../../shared/format/nb.ts';
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
  /** Share of the newest plan's measures with no status reported yet (default 0.12). */
  unreportedShare?: number;
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

const DAY_MS = 86_400_000;
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const msOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The last day of the month before `now`'s (its calendar date where the user is): the history runs to there. */
export function endOfLastMonth(now: Date): string {
  const first = msOf(`${todayIso(now).slice(0, 8)}01`);
  return isoOf(first - DAY_MS);
}

/** Never a pair the status rules call unlikely (status-rules.ts): stopped is not assessed, done is green. */
function assessmentFor(rnd: () => number, status: StatusCode): AssessmentCode {
  if (status === 'fullfort' || status === 'viderefort') return 'gronn';
  if (status === 'avbrutt') return 'ikke-vurdert';
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

interface HistoryScope {
  measureId: number;
  topic: string;
  /** The plan's start and the history's end (ISO); no history when the end is before the start. */
  start: string;
  end: string;
  /** The last day of the plan's last year: measures finish towards it (a strategy to 2030 is mostly running). */
  planEnd: string;
  updates: number;
}

/**
 * One measure's history: the first report some weeks after the plan's start, the rest spread evenly, status moving
 * forward with the plan's time (started early, finished towards the plan's end). The last report is most often in
 * the last four months, a finished measure's too (coordinators confirm it each round), so Oversikt's stale figure and
 * «Endringer siden» look like a portfolio in use.
 */
function writeHistory(db: Database, rnd: () => number, h: HistoryScope): void {
  const span = Math.floor((msOf(h.end) - msOf(h.start)) / DAY_MS);
  if (span < 0) return;
  let status: StatusCode = 'ikke-startet';
  let previous = 0;
  const life = Math.max(1, (msOf(h.planEnd) - msOf(h.start)) / DAY_MS);
  for (let u = 0; u < h.updates; u++) {
    let day = Math.floor(((u + 0.15 + rnd() * 0.8) / h.updates) * span);
    const progress = day / life;
    if (status === 'ikke-startet' && (progress > 0.08 || rnd() < 0.5)) status = 'pagar';
    if (status === 'pagar' && progress > 0.75 && rnd() < 0.45)
      status = pick(rnd, ['fullfort', 'fullfort', 'viderefort', 'avbrutt'] as const);
    if (u === h.updates - 1 && rnd() < 0.85) day = span - Math.floor(rnd() * Math.min(120, span + 1));
    day = Math.min(span, Math.max(previous, day));
    previous = day;
    const date = isoOf(msOf(h.start) + day * DAY_MS);
    const assessment = assessmentFor(rnd, status);
    insertStatusUpdate(db, {
      measure_id: h.measureId,
      status,
      assessment,
      comment: commentFor(rnd, assessment, h.topic),
      author: pick(rnd, AUTHORS),
      effective_date: date,
      recorded_at: `${date}T10:00:00.000Z`,
    });
  }
}

export function applyExample(db: Database, frame: Frame, now: Date, opts: ExampleOptions = {}): void {
  const rnd = prng(opts.seed ?? 2016);
  const totalReal = frame.plans.reduce((s, p) => s + p.measureCount, 0);
  const size = opts.size ?? totalReal;
  const updates = opts.updatesPerMeasure ?? 6;
  const budgetYears = opts.budgetYearsPerMeasure ?? 3;
  const unreportedShare = opts.unreportedShare ?? 0.12;
  const created = now.toISOString();
  const end = endOfLastMonth(now);
  // Budget lines up to this year (by `now`); this year's is spent as far as the history runs.
  const thisYear = Number(todayIso(now).slice(0, 4));
  const elapsed = Number(end.slice(0, 4)) === thisYear ? Number(end.slice(5, 7)) / 12 : 0;
  insertOrganisations(db, frame);
  const orgs = listOrganisationRows(db);
  const orgId = new Map(orgs.map((o) => [o.abbrev, o.id]));
  const agenciesOf = (ministry: string) => orgs.filter((o) => o.parent_id === orgId.get(ministry)).map((o) => o.id);
  const newest = frame.plans.reduce<string | null>(
    (a, p) => (p.startDate && (!a || p.startDate > a) ? p.startDate : a),
    null,
  );

  let assigned = 0;
  const measureIds: number[] = [];
  frame.plans.forEach((plan, planIndex) => {
    const isLast = planIndex === frame.plans.length - 1;
    const count = isLast ? size - assigned : Math.round((size * plan.measureCount) / totalReal);
    assigned += count;
    const { planId, partIds } = insertPlanFrame(db, plan, planIndex);
    const ministries = plan.ministries.length > 0 ? plan.ministries : EXAMPLE_STRATEGY_MINISTRIES;
    const start = plan.startDate ?? `${thisYear - 1}-01-01`;
    const firstYear = Number(start.slice(0, 4));
    const endYear = plan.kind === 'strategi' ? 2030 : 2025;
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
        end_year: endYear,
        created_at: created,
      });
      measureIds.push(measureId);
      if (coOwner && orgId.has(coOwner)) insertCoOwner(db, measureId, orgId.get(coOwner)!);
      const agencies = agenciesOf(owner);
      if (agencies.length > 0) insertAgency(db, measureId, pick(rnd, agencies));

      const unreported = plan.startDate === newest && rnd() < unreportedShare;
      if (!unreported) writeHistory(db, rnd, { measureId, topic, start, end, planEnd: `${endYear}-12-31`, updates });
      for (let b = 0; b < budgetYears; b++) {
        const year = thisYear - b;
        if (year < firstYear) break;
        const allocated = Math.round(100 + rnd() * 19_900) * 1000;
        const [chapter, post] = pick(rnd, CHAPTERS);
        // The running year is partly spent.
        const share = (0.4 + rnd() * 0.6) * (year === thisYear ? elapsed : 1);
        insertBudgetLine(db, {
          measure_id: measureId,
          year,
          allocated_nok: allocated,
          spent_nok: Math.round((allocated * share) / 1000) * 1000,
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
