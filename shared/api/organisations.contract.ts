// Maintaining the organisation registry: add, rename from a date, retire, delete when unused.
// (`organisations:list` lives in portfolio.contract.ts with the other reads.)
import { z } from 'zod';
import { ORG_KINDS } from '../domain/organisations.ts';
import type { Organisation } from '../domain/types.ts';
import { op } from './op.ts';
import { id, isoDate } from './schemas.ts';

export const MAX_ORG_NAME_LENGTH = 200;
export const MAX_ORG_ABBREV_LENGTH = 20;

export const orgAbbreviation = z
  .string({ error: 'Skriv en forkortelse.' })
  .trim()
  .min(1, { error: 'Skriv en forkortelse.' })
  .max(MAX_ORG_ABBREV_LENGTH, { error: `Forkortelsen kan ikke være lengre enn ${MAX_ORG_ABBREV_LENGTH} tegn.` })
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} .&-]*$/u, {
    error: 'Forkortelsen kan bare ha bokstaver, tall, mellomrom, punktum, & og bindestrek.',
  });

export const orgName = z
  .string({ error: 'Skriv navnet.' })
  .trim()
  .min(1, { error: 'Skriv navnet.' })
  .max(MAX_ORG_NAME_LENGTH, { error: `Navnet kan ikke være lengre enn ${MAX_ORG_NAME_LENGTH} tegn.` });

export const orgKind = z.enum(ORG_KINDS, { error: 'Velg en type organisasjon fra listen.' });

const expectedVersion = z.number({ error: 'Versjon mangler.' }).int().positive();

export const addOrganisationInput = z
  .object({
    abbrev: orgAbbreviation,
    name: orgName,
    kind: orgKind,
    parentId: id.nullable().optional(),
    validFrom: isoDate.nullable().optional(),
  })
  .strict();

export const renameOrganisationInput = z
  .object({
    id,
    expectedVersion,
    /** The first day the new name applies; the old row closes the day before. */
    fromDate: isoDate,
    abbrev: orgAbbreviation,
    name: orgName,
  })
  .strict();

/** The day a retirement starts: asked for in the dialog, so an empty field gets its own sentence. */
const RETIRED_FROM_MISSING = 'Skriv datoen organisasjonen er avviklet fra.';
export const retiredFromDate = z
  .string({ error: RETIRED_FROM_MISSING })
  .trim()
  .min(1, { error: RETIRED_FROM_MISSING })
  .pipe(isoDate);

export const retireOrganisationInput = z
  .object({
    id,
    expectedVersion,
    /** The first day it is retired (today, a day back to its «gyldig fra», or ahead); null reopens it. */
    retiredFrom: retiredFromDate.nullable(),
  })
  .strict();
export const deleteOrganisationInput = z.object({ id, expectedVersion }).strict();

export const organisationsContract = {
  'organisations:add': op(addOrganisationInput).returns<Organisation>('organisations', 'history'),
  'organisations:rename': op(renameOrganisationInput).returns<Organisation>('organisations', 'history'),
  'organisations:retire': op(retireOrganisationInput).returns<Organisation>('organisations', 'history'),
  'organisations:delete': op(deleteOrganisationInput).returns<{ id: number }>('organisations', 'history'),
};
