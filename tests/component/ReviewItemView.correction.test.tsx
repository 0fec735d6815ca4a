// A value corrected with «Rett verdien» is kept only when its change is accepted: under «Avvis» the review says that
// rejecting the change drops the correction, so it is never dropped unsaid.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ReviewItem, ReviewPart } from '../../shared/api/rounds.contract.ts';
import { ReviewItemView, type Decision } from '../../renderer/src/components/rounds/ReviewItemView.tsx';

const NOTICE = 'Rettingen lagres ikke når endringen avvises.';

const part = (correction: ReviewPart['correction']): ReviewPart => ({
  label: 'Kontaktperson',
  old: 'Ola Helse',
  new: 'siri helse',
  changed: true,
  problem: null,
  earlier: null,
  correction,
});

const item = (correction: ReviewPart['correction']): ReviewItem => ({
  key: '12:field:contactName',
  label: 'Kontaktperson',
  parts: [part(correction)],
  problems: [],
  conflict: null,
  notes: [],
  decision: null,
});

function show(i: ReviewItem, decision: Decision) {
  render(
    <ReviewItemView item={i} measureNumber="3" decision={decision} editable onDecide={() => {}} onCorrect={() => {}} />,
  );
}

/** The field of the «Avvis» choice: the radio with its label and what is said under it. */
const avvis = () => screen.getByRole('radio', { name: 'Avvis' }).closest('.ds-field')!;

describe('review: a corrected value on a rejected change', () => {
  it('says under «Avvis» that the correction is not saved when the change is rejected', () => {
    show(item({ typed: 'Siri Helse', shown: 'Siri Helse', by: null }), 'reject');
    expect(screen.getByText('Rettet til: Siri Helse')).toBeTruthy();
    expect(avvis().textContent).toContain(NOTICE);
  });

  it('says it before the change is decided too', () => {
    show(item({ typed: 'Siri Helse', shown: 'Siri Helse', by: null }), undefined);
    expect(avvis().textContent).toContain(NOTICE);
  });

  it('says nothing of the kind on a change without a correction', () => {
    show(item(null), 'reject');
    expect(screen.queryByText(NOTICE)).toBeNull();
  });
});
