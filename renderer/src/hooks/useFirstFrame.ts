// Whether this render is the server's, or the browser's hydration of it (which must render the same): the server
// cannot see what the browser alone knows (a box's size, localStorage), so such a render uses what the server
// assumed and the browser's own value follows in the next render.
import { useSyncExternalStore } from 'react';

const never = () => () => {};

/** True on the server and in the browser's hydration of its render; false once the page is the browser's own. */
export const useFirstFrame = (): boolean =>
  useSyncExternalStore(
    never,
    () => false,
    () => true,
  );
