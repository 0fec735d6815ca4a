// The contact person in the review is one change (QA MED-6): its table shows the name and the e-mail, and the choice
// says that they are accepted or rejected together; by keyboard, one choice decides both. Other changes say nothing
// of the kind.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ReviewItem, ReviewPart } from '../../shared/api/rounds.contract.ts';
import { CONTACT_TOGETHER } from '../../shared/domain/round-contact.ts';
import { ReviewItemView } from '../../renderer/src/components/rounds/ReviewItemView.tsx';

const part = (label: string, old: string, now: string): ReviewPart => ({
  label,
  old,
  new: now,
  changed: old !== now,
  problem: null,
  earlier: null,
  correction: null,
});

const contact: ReviewItem = {
  key: '16:contact',
  label: 'Kontaktperson',
  parts: [
    part('Kontaktperson', 'Kari Endret i JD', 'Per Helsesen'),
    part('E-post til kontaktperson', 'kari@jd.dep.no', 'per.helsesen@hod.dep.no'),
  ],
  problems: [],
  conflict: { atForm: 'Ola Helse, kari@jd.dep.no', now: 'Kari Endret i JD, kari@jd.dep.no', by: null, at: null },
  notes: [],
  decision: null,
};

function show(item: ReviewItem) {
  const decided: string[] = [];
  render(
    <ReviewItemView
      item={item}
      measureNumber="16"
      decision={undefined}
      editable
      onDecide={(d) => decided.push(d)}
      onCorrect={() => {}}
    />,
  );
  return decided;
}

describe('review: the contact person', () => {
  it('shows the name and the e-mail in one table, and one choice that says they go together', () => {
    show(contact);
    const table = screen.getByRole('table', { name: 'Kontaktperson (tiltak 16)' });
    expect([...table.querySelectorAll('tbody tr')].map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^KontaktpersonKari Endret i JDPer Helsesen/),
      expect.stringMatching(/^E-post til kontaktpersonkari@jd\.dep\.noper\.helsesen@hod\.dep\.no/),
    ]);
    const group = screen.getByRole('group', { name: 'Kontaktperson, tiltak 16' });
    expect(group.textContent).toContain(CONTACT_TOGETHER);
    expect(screen.getAllByRole('radio')).toHaveLength(2);
  });

  it('is decided by keyboard with one choice for both', async () => {
    const decided = show(contact);
    const user = userEvent.setup();
    screen.getByRole('radio', { name: 'Godta' }).focus();
    await user.keyboard(' ');
    expect(decided).toEqual(['accept']);
  });

  it('says nothing of the kind on another change', () => {
    show({ ...contact, key: '16:field:endYear', label: 'Sluttår', parts: [part('Sluttår', '2027', '2028')] });
    expect(screen.queryByText(CONTACT_TOGETHER, { exact: false })).toBeNull();
  });
});
