// What the user typed, chose or ticked in the server's page before the scripts took it over. The page's fields take
// keys from its first frame, but React's state does not know what went into them: hydration leaves the typed text in
// the field, and the next render put the state's value back (a date typed in «Vis endringer siden» was gone). So at
// takeover each changed field is given to React as a change by the user, and its handlers run as if it were typed
// then. A select is noted when it changes and before hydration, which selects the state's option again.
type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** The selects the user changed before takeover, and the value chosen in each. */
const chosen = new Map<HTMLSelectElement, string>();

const selectedByServer = (s: HTMLSelectElement) => [...s.options].find((o) => o.defaultSelected) ?? s.options[0];

function noteChoice(e: Event): void {
  if (e.isTrusted && e.target instanceof HTMLSelectElement) chosen.set(e.target, e.target.value);
}

/** Notes the selects in the server's page that the user has changed, and those changed from now until takeover. Call
 * before hydrating. */
export function noteChoicesBeforeTakeover(root: HTMLElement): void {
  for (const s of root.querySelectorAll('select'))
    if (!s.multiple && s.options.length > 0 && s.value !== selectedByServer(s).value) chosen.set(s, s.value);
  root.addEventListener('change', noteChoice, true);
}

/** Sets `value` on `el` as the user's input: past React's own record of the value, so React sees a change. */
function nativeSet(el: Control, value: string): void {
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')?.set?.call(el, value);
}

/** A task's wait: React renders what one change did before the next is given (each handler sees the last one's
 * state; two in one task wrote the address from the same old state, and the second undid the first). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** What the user changed before takeover, each as the change to give React again. Read all at once: a render the
 * first change causes can put the state's value back in another field. */
function changesBeforeTakeover(root: HTMLElement): (() => void)[] {
  const changes: (() => void)[] = [];
  for (const el of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
    if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
      // Hydration kept the box as the user left it and recorded the state's value as its default.
      const ticked = el.checked;
      if (ticked === el.defaultChecked || (el.type === 'radio' && !ticked)) continue;
      changes.push(() => {
        el.checked = !ticked; // through React's record: what it thinks the box shows
        el.click(); // the user's tick again, with React's handlers listening
      });
    } else if (el.value !== el.defaultValue) {
      const typed = el.value;
      const [start, end, focused] = [el.selectionStart, el.selectionEnd, el === document.activeElement];
      changes.push(() => {
        el.value = el.defaultValue; // through React's record: what it thinks the field holds
        nativeSet(el, typed);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        if (focused && start !== null) el.setSelectionRange(start, end);
      });
    }
  }
  for (const [select, value] of chosen) {
    if (!select.isConnected) continue;
    changes.push(() => {
      nativeSet(select, value);
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }
  chosen.clear();
  return changes;
}

/** Gives React what was typed, chosen or ticked before takeover, one change per task, then calls `done`. Call once the
 * page has committed (PageShown). */
export function carryTypedBeforeTakeover(root: HTMLElement, done: () => void): void {
  root.removeEventListener('change', noteChoice, true);
  const changes = changesBeforeTakeover(root);
  if (changes.length === 0) return done();
  void (async () => {
    for (const change of changes) {
      change();
      await nextTask();
    }
  })().finally(done);
}
