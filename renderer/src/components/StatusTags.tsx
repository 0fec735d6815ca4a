// Status and assessment as words first; colour is only an extra cue (never the only one).
import { Tag } from '@digdir/designsystemet-react';
import {
  ASSESSMENT_SHORT,
  STATUS_LABELS,
  type AssessmentCode,
  type StatusCode,
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

export function StatusTag({ value }: { value: StatusCode }) {
  return (
    <Tag data-color="neutral" data-size="sm">
      {STATUS_LABELS[value]}
    </Tag>
  );
}
