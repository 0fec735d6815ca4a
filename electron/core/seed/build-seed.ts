// Builds resources/seed/frame.json from the shared reference. Run: npm run seed [-- REFERENCE.json]
// Rules: a measure gets content only where the reference gives its exact number; everything else the
// reference knows (themes, unnumbered or ranged measures) becomes a note on a part, never a measure.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Frame, FrameNote, FrameObligation, FramePart, FramePlan } from './frame.ts';

interface RefMeasure {
  number: number | string | null;
  part: number | null;
  title: string;
  owner?: string;
  agencies?: string[];
  source: string;
}
interface RefPlan {
  code: string;
  title: string;
  kind: 'handlingsplan' | 'strategi';
  published?: string;
  measureCount: number;
  ministries: string[] | string;
  parts: { number: number; title: string }[];
  knownMeasures?: RefMeasure[];
  publicSummaryThemes?: { part: number; theme: string }[];
  sources?: string[];
}
interface RefOrg {
  id: string;
  kind: string;
  name: string;
  parent?: string;
  validFrom?: string;
  validTo?: string;
  renamedFrom?: string;
  note?: string;
}
interface RefRecommendation {
  id: string;
  round?: number;
  year?: number;
  text: string;
  strength?: string;
  source?: string;
  verificationNote?: string;
}
interface Reference {
  about: string;
  plans: RefPlan[];
  organisations: RefOrg[];
  gretaRecommendations?: RefRecommendation[];
}

/** The word each kind of plan uses for its parts (the glossary: hoveddel in the 2016 plan, innsatsområde in the
 * strategy). A plan of another kind can be given its own words in the file. */
const PART_WORDS: Record<RefPlan['kind'], [string, string]> = {
  handlingsplan: ['hoveddel', 'hoveddeler'],
  strategi: ['innsatsområde', 'innsatsområder'],
};

/** «Handlingsplanen 2016», «Strategien 2025–2030»: the definite form and the plan's years. */
export function shortNameOf(p: Pick<RefPlan, 'kind' | 'title' | 'published'>): string {
  const span = /\((\d{4}[–-]\d{4})\)/.exec(p.title)?.[1];
  const years = span ?? p.published?.slice(0, 4) ?? '';
  return `${p.kind === 'strategi' ? 'Strategien' : 'Handlingsplanen'} ${years}`.trim();
}

function exactNumber(n: RefMeasure['number']): number | null {
  if (typeof n === 'number' && Number.isInteger(n)) return n;
  if (typeof n === 'string' && /^\d+$/.test(n.trim())) return Number(n);
  return null;
}

const STRENGTHS = ['urges', 'considers', 'invites'] as const;

/** A caveat the reference writes at the end of a text, «… (tekst ikke verifisert)»: a note, not part of the text. */
const TRAILING_CAVEAT = /\s*\(([^()]*ikke verifisert[^()]*)\)\s*$/i;

/** GRETA's recommendations as obligations: the text as given, a trailing caveat as the verification note. */
export function obligationsOf(recs: RefRecommendation[]): FrameObligation[] {
  return recs.map((r) => {
    const caveat = TRAILING_CAVEAT.exec(r.text);
    const strength = STRENGTHS.find((s) => s === r.strength) ?? null;
    return {
      code: r.id,
      source: 'greta',
      round: r.round ?? null,
      year: r.year ?? null,
      text: caveat ? r.text.slice(0, caveat.index).trim() : r.text.trim(),
      sourceRef: r.source ?? null,
      strength,
      verificationNote: r.verificationNote ?? caveat?.[1].trim() ?? null,
    };
  });
}

export function buildFrame(ref: Reference): Frame {
  const plans = ref.plans.map((p): FramePlan => {
    const notes = new Map<number, FrameNote[]>(p.parts.map((pt) => [pt.number, []]));
    for (const t of p.publicSummaryThemes ?? []) {
      notes.get(t.part)?.push({ kind: 'theme', text: t.theme, source: p.sources?.join('; ') || null });
    }
    const known = [];
    for (const m of p.knownMeasures ?? []) {
      const number = exactNumber(m.number);
      if (number !== null && number >= 1 && number <= p.measureCount) {
        known.push({
          number,
          part: m.part,
          title: m.title,
          owner: m.owner ?? null,
          agencies: m.agencies ?? [],
          source: m.source,
        });
      } else if (m.part !== null) {
        const which = m.number === null ? 'uten kjent nummer' : `nummer ${m.number}`;
        notes
          .get(m.part)
          ?.push({ kind: 'known-measure', text: `Kjent tiltak (${which}): ${m.title}`, source: m.source });
      }
    }
    return {
      code: p.code,
      title: p.title,
      shortName: shortNameOf(p),
      kind: p.kind,
      partWord: PART_WORDS[p.kind][0],
      partWordPlural: PART_WORDS[p.kind][1],
      published: p.published ?? null,
      startDate: p.published && /^\d{4}-\d{2}$/.test(p.published) ? `${p.published}-01` : null,
      measureCount: p.measureCount,
      ministries: Array.isArray(p.ministries) ? p.ministries : [],
      parts: p.parts.map((pt): FramePart => ({
        number: pt.number,
        title: pt.title,
        notes: notes.get(pt.number) ?? [],
      })),
      knownMeasures: known.sort((a, b) => a.number - b.number),
      sources: p.sources ?? [],
    };
  });
  return {
    about: ref.about,
    plans,
    organisations: ref.organisations.map((o) => ({
      abbrev: o.id,
      name: o.name,
      kind: o.kind,
      parent: o.parent ?? null,
      validFrom: o.validFrom ?? null,
      validTo: o.validTo ?? null,
      renamedFrom: o.renamedFrom ?? null,
      note: o.note ?? null,
    })),
    obligations: obligationsOf(ref.gretaRecommendations ?? []),
  };
}

export function frameJson(frame: Frame): string {
  return `${JSON.stringify(frame, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const refPath =
    process.argv[2] ?? fileURLToPath(new URL('../../../../shared/domain/reference.json', import.meta.url));
  const out = fileURLToPath(new URL('../../../resources/seed/frame.json', import.meta.url));
  writeFileSync(out, frameJson(buildFrame(JSON.parse(readFileSync(refPath, 'utf8')) as Reference)));
  console.log(`Skrev ${out} fra ${refPath}`);
}
