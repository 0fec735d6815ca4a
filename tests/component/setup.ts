import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom runs no animations and has no getAnimations(); Designsystemet's Spinner asks for the list on mount.
document.getAnimations ??= () => [];

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});
