// The Arkiv button offers the same file actions as the desktop menu and shows their answers.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ArkivMenu } from '../../renderer/src/components/ArkivMenu.tsx';
import { installBridge, type Answers } from './bridge.ts';

let bridge: ReturnType<typeof installBridge> | null = null;
afterEach(() => bridge?.remove());

function setup(answers: Answers) {
  bridge = installBridge(answers);
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <ArkivMenu />
    </QueryClientProvider>,
  );
  return { user: userEvent.setup(), calls: bridge.calls };
}

const button = (name: string) => screen.getByRole('button', { name, hidden: true });

describe('Arkiv', () => {
  it('lists the file actions in bokmål and runs the chosen one, showing its message', async () => {
    const { user, calls } = setup({
      'file:recent': () => [],
      'file:saveCopy': () => ({ done: true, message: 'Kopien er lagret som «/d/kopi.tilt».' }),
    });
    await user.click(screen.getByRole('button', { name: 'Arkiv' }));
    for (const label of [
      'Ny portefølje…',
      'Åpne…',
      'Lagre en kopi…',
      'Gjenopprett fra sikkerhetskopi…',
      'Vis filen i mappen',
    ])
      expect(button(label)).toBeTruthy();
    await user.click(button('Lagre en kopi…'));
    expect((await screen.findByRole('status')).textContent).toMatch(/^Kopien er lagret som «\/d\/kopi\.tilt»\./);
    expect(calls.map((c) => c.name)).toContain('file:saveCopy');
  });

  it('offers recent files and opens the one chosen by its path', async () => {
    const { user, calls } = setup({
      'file:recent': () => [{ path: '/d/Forrige.tilt', fileName: 'Forrige.tilt' }],
      'file:openRecent': () => ({ done: true }),
    });
    await user.click(screen.getByRole('button', { name: 'Arkiv' }));
    await user.click(await screen.findByRole('button', { name: 'Forrige.tilt', hidden: true }));
    expect(calls.find((c) => c.name === 'file:openRecent')?.input).toEqual({ path: '/d/Forrige.tilt' });
  });

  it('in the browser preview, says the action is not available there', async () => {
    const { user } = setup({});
    await user.click(screen.getByRole('button', { name: 'Arkiv' }));
    await user.click(button('Åpne…'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Ikke tilgjengelig i nettleservisningen/);
    await user.click(screen.getByRole('button', { name: 'Lukk' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
