// Designsystemet's spinner for waits the user notices. It appears only after a moment: a quick load shows
// no flash, and each spinner that mounts calls document.getAnimations() (a forced style recalculation of
// the whole page), which cost the Oversikt's first paint about 80 ms when every card mounted one.
import { Spinner } from '@digdir/designsystemet-react';
import { useEffect, useState, type ComponentProps } from 'react';

export const SPINNER_DELAY_MS = 300;

export function LoadingSpinner(props: ComponentProps<typeof Spinner>) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setShown(true), SPINNER_DELAY_MS);
    return () => clearTimeout(t);
  }, []);
  return shown ? <Spinner {...props} /> : null;
}
