// The plan frame: the facts from ../shared/domain/reference.json that the app seeds, in the app's own shape.
// Built by build-seed.ts into resources/seed/frame.json; never hand-edited.

export interface FrameNote {
  kind: 'theme' | 'known-measure';
  text: string;
  source: string | null;
}

export interface FramePart {
  number: number;
  title: string;
  notes: FrameNote[];
}

/** A measure whose number the reference gives: only then may it carry a title, owner and agencies. */
export interface FrameMeasure {
  number: number;
  part: number | null;
  title: string;
  owner: string | null;
  agencies: string[];
  source: string;
}

export interface FramePlan {
  code: string;
  title: string;
  /** «Handlingsplanen 2016»: how lists and filters name the plan. */
  shortName: string;
  kind: 'handlingsplan' | 'strategi';
  /** The plan's own word for its parts (glossary: the 2016 plan says hoveddel, the strategy innsatsområde). */
  partWord: string;
  partWordPlural: string;
  published: string | null;
  /** The first day of the month the plan was published. */
  startDate: string | null;
  measureCount: number;
  /** Ministries named by the plan, by abbreviation (empty when the sources do not name them). */
  ministries: string[];
  parts: FramePart[];
  knownMeasures: FrameMeasure[];
  sources: string[];
}

export interface FrameOrganisation {
  abbrev: string;
  name: string;
  kind: string;
  parent: string | null;
  validFrom: string | null;
  validTo: string | null;
  renamedFrom: string | null;
  note: string | null;
}

/** An obligation the reference gives (GRETA's recommendations), with its source and any caveat. */
export interface FrameObligation {
  code: string;
  source: 'greta';
  round: number | null;
  year: number | null;
  text: string;
  /** Where the reference found it; null when it names none. */
  sourceRef: string | null;
  strength: 'urges' | 'considers' | 'invites' | null;
  /** The reference's own caveat on the entry («tekst ikke verifisert»), shown as such. */
  verificationNote: string | null;
}

export interface Frame {
  about: string;
  plans: FramePlan[];
  organisations: FrameOrganisation[];
  obligations: FrameObligation[];
}
