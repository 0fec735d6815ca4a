// Arkiv's actions that replace the open file ask the leave question while a form has unsaved changes, and run only
// when the user agrees; a dialog puts focus back where the user was (or where the answer leads), never on <body>.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ArkivRequest } from '../../shared/api/arkiv-requests.ts';
import { LEAVE_QUESTION, LeaveDialog } from '../../renderer/src/app/LeaveDialog.tsx';
import { useUnsavedChanges } from '../../renderer/src/app/router.ts';
import { ArkivMenu } from '../../renderer/src/components/ArkivMenu.tsx';
import { ConfirmDialog } from '../../renderer/src/components/ConfirmDialog.tsx';
import { focusFirst } from '../../renderer/src/components/returnFocus.ts';
import { installBridge } from './bridge.ts';

// jsdom has <dialog> without showModal() and close().
beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

let bridge: ReturnType<typeof installBridge> | null = null;
afterEach(() => bridge?.remove());

/** A form with text typed and not saved while `dirty`. */
function Draft({ dirty }: { dirty: boolean }) {
  useUnsavedChanges(dirty);
  return null;
}

function arkiv(dirty: boolean) {
  bridge = installBridge({ 'file:recent': () => [], 'file:open': () => ({ done: false }) });
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <Draft dirty={dirty} />
      <ArkivMenu />
      <LeaveDialog />
    </QueryClientProvider>,
  );
  const calls = bridge.calls;
  return { user: userEvent.setup(), opened: () => calls.filter((c) => c.name === 'file:open').length };
}

const item = (name: string) => screen.getByRole('button', { name, hidden: true });

describe('Arkiv and unsaved changes', () => {
  it('asks before «Åpne…»; «Bli på siden» opens nothing and puts focus on the Arkiv button', async () => {
    const { user, opened } = arkiv(true);
    const trigger = screen.getByRole('button', { name: 'Arkiv' });
    await user.click(trigger);
    await user.click(item('Åpne…'));
    await screen.findByText(LEAVE_QUESTION);
    expect(opened()).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Bli på siden' }));
    expect(screen.queryByText(LEAVE_QUESTION)).toBeNull();
    expect(opened()).toBe(0);
    expect(document.activeElement).toBe(trigger);

    await user.click(trigger);
    await user.click(item('Åpne…'));
    await user.click(await screen.findByRole('button', { name: 'Forlat siden' }));
    expect(opened()).toBe(1);
  });

  it('opens at once when nothing is unsaved', async () => {
    const { user, opened } = arkiv(false);
    await user.click(screen.getByRole('button', { name: 'Arkiv' }));
    await user.click(item('Åpne…'));
    expect(opened()).toBe(1);
    expect(screen.queryByText(LEAVE_QUESTION)).toBeNull();
  });
});

/** The desktop app's window.tiltakArkiv: the shell's Arkiv requests (native menu, a file from the OS), fired here. */
function shellRequests() {
  const listeners = new Set<(r: ArkivRequest) => void>();
  window.tiltakArkiv = {
    onRequest(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  return {
    listening: () => listeners.size,
    fire: (r: ArkivRequest) => act(() => listeners.forEach((l) => l(r))),
    remove: () => delete window.tiltakArkiv,
  };
}

let shell: ReturnType<typeof shellRequests> | null = null;
afterEach(() => shell?.remove());

function fromNativeMenu(dirty: boolean) {
  shell = shellRequests();
  bridge = installBridge({
    'file:recent': () => [],
    'file:new': () => ({ done: false }),
    'file:open': () => ({ done: false }),
    'file:openRecent': () => ({ done: false }),
    'file:restoreBackup': () => ({ done: false }),
    'file:openFromSystem': () => ({ done: true }),
  });
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <Draft dirty={dirty} />
      <main>
        <h1>Tiltak 2</h1>
        <input aria-label="Statuskommentar" />
      </main>
      <ArkivMenu />
      <LeaveDialog />
    </QueryClientProvider>,
  );
  const calls = bridge.calls;
  return {
    user: userEvent.setup(),
    fire: shell.fire,
    ran: () => calls.filter((c) => c.name !== 'file:recent'),
  };
}

describe('the native Arkiv menu and a file opened from the OS (desktop app) ask the same question', () => {
  it('with unsaved edits, asks before anything runs; «Bli på siden» runs nothing, focus back in field', async () => {
    const { user, fire, ran } = fromNativeMenu(true);
    expect(shell!.listening()).toBe(1);
    const field = screen.getByLabelText('Statuskommentar');
    await user.type(field, 'Forsinket');
    for (const request of [
      { action: 'open' },
      { action: 'new' },
      { action: 'restoreBackup' },
      { action: 'openRecent', path: '/d/Forrige.tilt' },
      { action: 'openFromSystem', path: '/d/Dobbeltklikket.tilt' },
    ] as ArkivRequest[]) {
      fire(request);
      await screen.findByText(LEAVE_QUESTION);
      expect(ran()).toEqual([]);
      await user.click(screen.getByRole('button', { name: 'Bli på siden' }));
      expect(screen.queryByText(LEAVE_QUESTION)).toBeNull();
      expect(ran()).toEqual([]);
      expect(document.activeElement).toBe(field);
    }
  });

  it('«Forlat siden» runs the same operation as the Arkiv button would, with the file named', async () => {
    const { user, fire, ran } = fromNativeMenu(true);
    fire({ action: 'openFromSystem', path: '/d/Dobbeltklikket.tilt' });
    await user.click(await screen.findByRole('button', { name: 'Forlat siden' }));
    await waitFor(() =>
      expect(ran()).toEqual([{ name: 'file:openFromSystem', input: { path: '/d/Dobbeltklikket.tilt' } }]),
    );
  });

  it('asked twice before answering: one question, the last request runs, once', async () => {
    const { user, fire, ran } = fromNativeMenu(true);
    fire({ action: 'open' });
    await screen.findByText(LEAVE_QUESTION);
    fire({ action: 'new' });
    expect(screen.getAllByText(LEAVE_QUESTION)).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Forlat siden' }));
    await waitFor(() => expect(ran().map((c) => c.name)).toEqual(['file:new']));
  });

  it('without unsaved edits, runs at once', async () => {
    const { fire, ran } = fromNativeMenu(false);
    fire({ action: 'openRecent', path: '/d/Forrige.tilt' });
    await waitFor(() => expect(ran()).toEqual([{ name: 'file:openRecent', input: { path: '/d/Forrige.tilt' } }]));
    fire({ action: 'open' });
    await waitFor(() => expect(ran().map((c) => c.name)).toEqual(['file:openRecent', 'file:open']));
    expect(screen.queryByText(LEAVE_QUESTION)).toBeNull();
  });
});

/** A button that opens a ConfirmDialog; `gone` takes the button out of the page when the dialog is answered. */
function Asker({ cancelFocus, gone = false }: { cancelFocus?: string; gone?: boolean }) {
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState(true);
  const close = () => {
    setOpen(false);
    if (gone) setShown(false);
  };
  return (
    <main>
      <h1>Tiltak 2</h1>
      <input id="felt" aria-label="Felt" />
      <button id="reserve">Reserve</button>
      {shown && <button onClick={() => setOpen(true)}>Spør</button>}
      <ConfirmDialog
        text={open ? 'Sikker?' : null}
        title="Spørsmål"
        confirmLabel="Ja"
        cancelLabel="Nei"
        cancelFocus={cancelFocus}
        returnFocus="reserve"
        onConfirm={close}
        onCancel={close}
      />
    </main>
  );
}

describe('focus after a ConfirmDialog', () => {
  it('goes back to the button that opened it', async () => {
    const user = userEvent.setup();
    render(<Asker />);
    await user.click(screen.getByRole('button', { name: 'Spør' }));
    await user.click(screen.getByRole('button', { name: 'Ja', hidden: true }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Spør' }));
  });

  it('goes to the field the safe answer names', async () => {
    const user = userEvent.setup();
    render(<Asker cancelFocus="felt" />);
    await user.click(screen.getByRole('button', { name: 'Spør' }));
    await user.click(screen.getByRole('button', { name: 'Nei', hidden: true }));
    expect(document.activeElement).toBe(screen.getByLabelText('Felt'));
  });

  it('goes to the fallback when the opener is gone', async () => {
    const user = userEvent.setup();
    render(<Asker gone />);
    await user.click(screen.getByRole('button', { name: 'Spør' }));
    await user.click(screen.getByRole('button', { name: 'Ja', hidden: true }));
    expect(document.activeElement?.id).toBe('reserve');
  });
});

describe('focusFirst', () => {
  it('skips what is gone or disabled, and ends on the page heading, never <body>', () => {
    document.body.innerHTML =
      '<main><h1>Oversikt</h1><button id="av" disabled>Av</button><button id="på">På</button></main>';
    const removed = document.createElement('button');
    expect(focusFirst([removed, 'finnes-ikke', 'av', 'på'])?.id).toBe('på');
    const h1 = focusFirst([removed, 'av']);
    expect(h1?.tagName).toBe('H1');
    expect(document.activeElement).toBe(h1);
    expect(h1?.getAttribute('tabindex')).toBe('-1');
    document.body.innerHTML = '';
  });
});
