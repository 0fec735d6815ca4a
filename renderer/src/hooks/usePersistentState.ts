// UI preferences remembered between starts (last register view, report choices, last meeting date).
// localStorage is per app origin, so it works the same under app:// and in the browser preview.
import { useCallback, useState } from 'react';

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

export function usePersistentState<T>(key: string, fallback: T): [T, (v: T) => void] {
  const [value, setValue] = useState<T>(() => readPreference(key, fallback));
  const set = useCallback(
    (v: T) => {
      setValue(v);
      writePreference(key, v);
    },
    [key],
  );
  return [value, set];
}
