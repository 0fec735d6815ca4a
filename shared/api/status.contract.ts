// Recording status updates and reading a measure's history.
import { z } from 'zod';
import type { StatusUpdate } from '../domain/types.ts';
import { op } from './op.ts';
import { assessmentCode, author, id, isoDate, longText, statusCode } from './schemas.ts';

export const recordStatusInput = z
  .object({
    measureId: id,
    status: statusCode,
    assessment: assessmentCode,
    comment: longText.default(''),
    effectiveDate: isoDate.optional(),
    author: author.optional(),
    /** Needed when the date is inside a closed reporting period: why the period is corrected after closing. */
    correctionReason: longText.optional(),
  })
  .strict();

export const statusContract = {
  'status:record': op(recordStatusInput).returns<StatusUpdate>('status', 'history'),
  'status:history': op(z.object({ measureId: id }).strict()).reads<StatusUpdate[]>('status'),
};
