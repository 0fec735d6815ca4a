// The contact person in an input round's review. A name and an e-mail belong to one person, so the review shows them
// as one change, accepted or rejected together: a coordinator who rejects a new name and accepts a new e-mail would
// otherwise leave the measure with one person's name and another's e-mail. Apart from rounds.ts (which needs the
// field registry and zod) so the renderer can import it.

/** The answer's cells that make up the contact person, in the order the review shows them. */
export const CONTACT_FIELDS = ['contactName', 'contactEmail'] as const;

/** The change's name in the review, the CLI and the stored decisions. */
export const CONTACT_LABEL = 'Kontaktperson';

/** The item key of a measure's contact person («12:contact»). */
export const contactKey = (measureId: number) => `${measureId}:contact`;
export const isContactKey = (key: string) => /^\d+:contact$/.test(key);

/** Said at the choice, so a coordinator knows why the name comes with the e-mail. */
export const CONTACT_TOGETHER =
  'Navn og e-post er én endring: de godtas eller avvises sammen, så tiltaket ikke får navnet til én person og ' +
  'e-posten til en annen.';

/** The pair on one line, as a conflict shows it: «Kari Nordmann, kari@jd.dep.no», «(tomt)» parts left out. */
export const contactText = (name: string, email: string) =>
  [name.trim(), email.trim()].filter((s) => s !== '').join(', ');
