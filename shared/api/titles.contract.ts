// Filling in titles for some or all of a plan's measures at once (one per measure, in number order).
import { z } from 'zod';
import { op } from './op.ts';
import { planCode } from './schemas.ts';

export const MAX_TITLE_LINES = 1000;

export const fillTitlesInput = z
  .object({
    planCode,
    /**
     * One title per measure, in number order; an empty one, or none after the last, keeps the measure's title.
     * Checked one by one in the service, so each line gets its message.
     */
    titles: z
      .array(z.string({ error: 'Hver tittel må være tekst.' }), { error: 'Titlene mangler.' })
      .max(MAX_TITLE_LINES, { error: 'For mange linjer.' }),
    /** measure id → the version shown in the preview; a measure changed since then is a conflict. */
    expectedVersions: z.record(z.string().regex(/^\d+$/), z.number().int().positive(), {
      error: 'Forhåndsvisningen mangler versjoner.',
    }),
  })
  .strict();

export interface FillTitlesResult {
  planCode: string;
  /** Measures whose title or pending mark changed. */
  changed: number;
  /** Titles still pending in the plan after saving (0 after a full fill-in). */
  pendingLeft: number;
}

export const titlesContract = {
  'measures:fillTitles': op(fillTitlesInput).returns<FillTitlesResult>('measures'),
};
