// UI preferences remembered between starts (last register view, report choices, last meeting date).
// localStorage is per app origin, so it works the same under app:// and in the browser preview.
import { useCallback, useEffect, useState } from 'react';
import { useFirstFrame } from './useFirstFrame.ts';

const PREFIX = 'tiltaksportefoljen:';

export function readPreference<T>(key: string, fallback: T): T {
  try {
    const raw = window.localStorage.getItem(PREFIX + key);
    return raw === null ? fallback : (JSON.parse(raw) as T);
  } catch {
    return fallback;
  }
}

export function writePreference<T>(key: string, value: T): void {
  try {
    window.localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the preference is simply not remembered.
  }
}

/** A preference in state. The server's render (and the browser's hydration of it) has the fallback, as the server
 * cannot read the browser's storage; the stored value follows at once after. */
export function usePersistentState<T>(key: string, fallback: T): [T, (v: T) => void] {
  const firstFrame = useFirstFrame();
  const [value, setValue] = useState<T>(() => (firstFrame ? fallback : readPreference(key, fallback)));
  useEffect(() => {
    if (firstFrame) setValue(readPreference(key, fallback));
    // Once, after the hydration: later renders are the browser's own.
  }, []);
  const set = useCallback(
    (v: T) => {
      setValue(v);
      writePreference(key, v);
    },
    [key],
  );
  return [value, set];
}
