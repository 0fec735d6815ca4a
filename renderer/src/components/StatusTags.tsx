// Status and assessment as words first; colour is only an extra cue (never the only one).
import { Tag } from '@digdir/designsystemet-react';
import {
  ASSESSMENT_SHORT,
  NO_STATUS,
  STATUS_LABELS,
  type AsOfStatus,
  type AssessmentCode,
} from '../../../shared/domain/vocabulary.ts';

const ASSESSMENT_COLOR: Record<AssessmentCode, 'neutral' | 'success' | 'warning' | 'danger'> = {
  'ikke-vurdert': 'neutral',
  gronn: 'success',
  gul: 'warning',
  rod: 'danger',
};

const ASSESSMENT_SYMBOL: Record<AssessmentCode, string> = { 'ikke-vurdert': '–', gronn: '●', gul: '▲', rod: '■' };

export function AssessmentTag({ value }: { value: AssessmentCode }) {
  return (
    <Tag data-color={ASSESSMENT_COLOR[value]} data-size="sm" className="assessment-tag">
      <span aria-hidden="true" className="assessment-tag__symbol">
        {ASSESSMENT_SYMBOL[value]}
      </span>
      {ASSESSMENT_SHORT[value]}
    </Tag>
  );
}

/** «Ingen status registrert» looks like a gap, not a status: a dashed outline and the charts' hatching. */
export function StatusTag({ value }: { value: AsOfStatus }) {
  const none = value === NO_STATUS;
  return (
    <Tag data-color="neutral" data-size="sm" className={none ? 'status-tag status-tag--none' : 'status-tag'}>
      {none && <span aria-hidden="true" className="status-tag__hatch" />}
      {STATUS_LABELS[value]}
    </Tag>
  );
}
