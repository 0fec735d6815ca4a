// The contact person in an answer's review: its name and e-mail as one change (shared/domain/round-contact.ts), shown
// together and written together, so accepting or rejecting it never splits one person's name from their e-mail.
// Every other registry field stays a change of its own (round-review-items.ts).
import type { ReviewItem } from '../../../shared/api/rounds.contract.ts';
import { fieldDef, parseCell } from '../../../shared/domain/measure-fields.ts';
import { CONTACT_FIELDS, CONTACT_LABEL, contactKey, contactText } from '../../../shared/domain/round-contact.ts';
import { cellText } from '../../../shared/domain/rounds.ts';
import type { AnswerRowContent, FormMeasure } from '../rounds/answer-content.ts';
import type { CurrentMeasure } from './round-measures.ts';
import { formulaNotes, part, type Planned } from './round-review-items.ts';

/**
 * The contact person, when the answer changed its name or its e-mail: both fields, now → in the answer, each with its
 * rule; a conflict when the portfolio changed either after the form was made. Accepting writes the answer's pair (a
 * field the answer left as the form had it is written too, so the pair stays one person); a rule break in either
 * blocks both.
 */
export function contactItem(
  row: AnswerRowContent,
  form: FormMeasure,
  cur: CurrentMeasure,
): { item: ReviewItem; planned: Planned | null } | null {
  const raw = (k: (typeof CONTACT_FIELDS)[number]) => cellText(row.cells[`field:${k}`] ?? null);
  if (CONTACT_FIELDS.every((k) => raw(k) === form[k].trim())) return null;
  const read = CONTACT_FIELDS.map((k) => ({ k, label: fieldDef(k).label, r: parseCell(k, raw(k)) }));
  const parts = read.map(({ k, label, r }) =>
    part(label, cur[k], r.ok ? String(r.value ?? '') : raw(k), r.ok ? null : r.message),
  );
  const problems = read.flatMap(({ label, r }) => (r.ok ? [] : [`${label}: ${r.message}`]));
  const moved = CONTACT_FIELDS.some((k) => cur[k] !== form[k]);
  return {
    item: {
      key: contactKey(cur.id),
      label: CONTACT_LABEL,
      parts,
      problems,
      conflict: moved
        ? {
            atForm: contactText(form.contactName, form.contactEmail),
            now: contactText(cur.contactName, cur.contactEmail),
            by: null,
            at: null,
          }
        : null,
      notes: formulaNotes(
        row,
        CONTACT_FIELDS.map((k) => `field:${k}`),
        Object.fromEntries(read.map(({ k, label }) => [`field:${k}`, label])),
      ),
      decision: null,
    },
    planned:
      problems.length === 0
        ? {
            kind: 'field',
            measureId: cur.id,
            changes: Object.fromEntries(read.map(({ k, r }) => [k, r.ok ? r.value : null])),
          }
        : null,
  };
}

/**
 * An earlier answer's items with its contact person as one change: one decided before name and e-mail were reviewed
 * together stored them as two («12:field:contactName», «12:field:contactEmail»), merged here under the pair's key so
 * a later answer still shows «Første svar» at each.
 */
export function withContactPairs(items: ReviewItem[]): ReviewItem[] {
  const out: ReviewItem[] = [];
  for (const i of items) {
    const m = /^(\d+):field:(contactName|contactEmail)$/.exec(i.key);
    if (!m) {
      out.push(i);
      continue;
    }
    const key = contactKey(Number(m[1]));
    const pair = out.find((x) => x.key === key);
    if (pair) pair.parts = [...pair.parts, ...i.parts];
    else out.push({ ...i, key, label: CONTACT_LABEL, parts: [...i.parts] });
  }
  return out;
}
