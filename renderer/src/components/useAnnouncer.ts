// The measure page's two voices: a polite live region for what happened («Lagret»), and an alert for what failed.
import { useCallback, useState } from 'react';
import { errorMessage } from '../api/client.ts';

export interface Announcer {
  announcement: string;
  alert: string;
  announce(text: string): void;
  fail(err: unknown): void;
  clear(): void;
}

export function useAnnouncer(): Announcer {
  const [announcement, setAnnouncement] = useState('');
  const [alert, setAlert] = useState('');
  const announce = useCallback((text: string) => {
    setAlert('');
    // Clearing first makes a screen reader repeat "Lagret" for a second save.
    setAnnouncement('');
    window.setTimeout(() => setAnnouncement(text), 30);
  }, []);
  const fail = useCallback((err: unknown) => setAlert(errorMessage(err)), []);
  const clear = useCallback(() => setAlert(''), []);
  return { announcement, alert, announce, fail, clear };
}
