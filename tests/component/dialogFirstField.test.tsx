// A form dialog opens in its first field, and its opening animation's end does not take back a user who has already
// moved on: Designsystemet's Dialog focuses [autofocus] when the animation ends (300 ms), and a keyboard user who had
// typed a date, pressed Enter and been sent to the field in error was put back in the first field (the e2e
// «Nytt navn» test failed on it on a quiet machine).
import { Dialog } from '@digdir/designsystemet-react';
import { fireEvent, render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { useFirstFieldFocus } from '../../renderer/src/components/dialogClose.ts';

// jsdom has <dialog> without showModal(); the browser's focuses the [autofocus] element, as this one does.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
    this.querySelector<HTMLElement>('[autofocus]')?.focus();
  };
});

function Form() {
  useFirstFieldFocus('first');
  return (
    <>
      <label htmlFor="first">Nytt navn</label>
      <input id="first" />
      <label htmlFor="second">Gjelder fra</label>
      <input id="second" />
    </>
  );
}

function open() {
  render(
    <Dialog open closeButton="Lukk dialogen">
      <Form />
    </Dialog>,
  );
  const dialog = document.querySelector('dialog');
  if (!dialog) throw new Error('no dialog');
  return dialog;
}

describe('a form dialog’s first field', () => {
  it('has focus when the dialog opens, and keeps it when the opening animation ends', () => {
    const dialog = open();
    const first = screen.getByLabelText('Nytt navn');
    expect(document.activeElement).toBe(first);
    fireEvent.animationEnd(dialog);
    expect(document.activeElement).toBe(first);
  });

  it('does not take focus back at the animation’s end once the user has moved to another field', () => {
    const dialog = open();
    const second = screen.getByLabelText('Gjelder fra');
    second.focus();
    fireEvent.animationEnd(dialog);
    expect(document.activeElement).toBe(second);
    expect(screen.getByLabelText('Nytt navn').hasAttribute('autofocus')).toBe(false);
  });
});
