// The Arkiv button in the header: the same file actions as the desktop app's Arkiv menu. The shell runs the
// native dialogs (and asks for confirmation before a restore); in the browser preview they answer that they are
// not available there. An action that replaces the open file (new, open, a recent file, restore) asks the leave
// question first when a form has unsaved changes; staying puts focus back on the Arkiv button. In the desktop app the
// native Arkiv menu and a file opened from the operating system come here too (arkivRequests.ts): the same question
// first, then the same operation; staying then puts focus back where the user was. Choosing an item closes the menu
// and puts focus back on the Arkiv button, then on the action's message when it has one (in the browser preview,
// «Ikke tilgjengelig …»); closing the message puts it back on the Arkiv button: never on <body>.
import { Alert, Button, Dropdown } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { ArkivRequest } from '../../../shared/api/arkiv-requests.ts';
import type { FileActionResult } from '../../../shared/api/file.contract.ts';
import { onArkivRequest } from '../api/arkivRequests.ts';
import { errorMessage, send } from '../api/client.ts';
import { focusFirst } from './returnFocus.ts';
import { afterLeaveQuestion } from '../app/router.ts';

type Action = 'file:new' | 'file:open' | 'file:saveCopy' | 'file:restoreBackup' | 'file:showInFolder';

/** `replaces`: the action puts another file (or a backup) in place of the open one, and the page with it. */
const ACTIONS: { name: Action; label: string; replaces: boolean }[] = [
  { name: 'file:new', label: 'Ny portefølje…', replaces: true },
  { name: 'file:open', label: 'Åpne…', replaces: true },
  { name: 'file:saveCopy', label: 'Lagre en kopi…', replaces: false },
  { name: 'file:restoreBackup', label: 'Gjenopprett fra sikkerhetskopi…', replaces: true },
  { name: 'file:showInFolder', label: 'Vis filen i mappen', replaces: false },
];

/** The operation a request from the shell runs: the one the same item of this menu runs. */
function operationFor(request: ArkivRequest): () => Promise<FileActionResult> {
  switch (request.action) {
    case 'new':
      return () => send('file:new');
    case 'open':
      return () => send('file:open');
    case 'restoreBackup':
      return () => send('file:restoreBackup');
    case 'openRecent':
      return () => send('file:openRecent', { path: request.path });
    case 'openFromSystem':
      return () => send('file:openFromSystem', { path: request.path });
  }
}

export function ArkivMenu() {
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'info' | 'danger'; text: string } | null>(null);
  const recent = useQuery({
    queryKey: ['file:recent'],
    queryFn: () => send('file:recent'),
    enabled: open,
    retry: false,
  });

  const trigger = useRef<HTMLButtonElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  /** The next message answers an item chosen in this menu: focus goes to it. */
  const focusNotice = useRef(false);
  useEffect(() => {
    if (!notice || !focusNotice.current) return;
    focusNotice.current = false;
    focusFirst([noticeRef.current, trigger.current]);
  }, [notice]);

  const run = async (call: () => Promise<FileActionResult>) => {
    setNotice(null);
    try {
      const result = await call();
      if (result.message) setNotice({ kind: 'info', text: result.message });
      else focusNotice.current = false;
    } catch (err) {
      setNotice({ kind: 'danger', text: errorMessage(err) });
    }
  };
  /** Closes the menu and runs the action; one that replaces the open file asks first about unsaved changes. */
  const choose = (call: () => Promise<FileActionResult>, replaces: boolean) => {
    setOpen(false);
    // The item chosen is hidden with the menu: focus goes back to the button that opened it.
    trigger.current?.focus();
    const go = () => {
      focusNotice.current = true;
      void run(call);
    };
    if (replaces) afterLeaveQuestion(go, trigger.current);
    else go();
  };
  const runRef = useRef(run);
  runRef.current = run;
  // Each request from the shell replaces the open file; staying puts focus back where the user was.
  useEffect(
    () =>
      onArkivRequest((request) => {
        setOpen(false);
        afterLeaveQuestion(() => void runRef.current(operationFor(request)), document.activeElement);
      }),
    [],
  );

  return (
    <div className="arkiv-menu">
      <Dropdown.TriggerContext>
        <Dropdown.Trigger ref={trigger} variant="secondary" data-size="sm" onClick={() => setOpen((o) => !o)}>
          Arkiv
        </Dropdown.Trigger>
        <Dropdown open={open} onClose={() => setOpen(false)} placement="bottom-start">
          <Dropdown.List>
            {ACTIONS.slice(0, 2).map((a) => (
              <Dropdown.Item key={a.name}>
                <Dropdown.Button onClick={() => choose(() => send(a.name), a.replaces)}>{a.label}</Dropdown.Button>
              </Dropdown.Item>
            ))}
          </Dropdown.List>
          {recent.data && recent.data.length > 0 && (
            <>
              <Dropdown.Heading>Åpne nylige</Dropdown.Heading>
              <Dropdown.List>
                {recent.data.map((r) => (
                  <Dropdown.Item key={r.path}>
                    <Dropdown.Button
                      title={r.path}
                      onClick={() => choose(() => send('file:openRecent', { path: r.path }), true)}
                    >
                      {r.fileName}
                    </Dropdown.Button>
                  </Dropdown.Item>
                ))}
              </Dropdown.List>
            </>
          )}
          <Dropdown.List>
            {ACTIONS.slice(2).map((a) => (
              <Dropdown.Item key={a.name}>
                <Dropdown.Button onClick={() => choose(() => send(a.name), a.replaces)}>{a.label}</Dropdown.Button>
              </Dropdown.Item>
            ))}
          </Dropdown.List>
        </Dropdown>
      </Dropdown.TriggerContext>
      {notice && (
        <Alert
          data-color={notice.kind}
          data-size="sm"
          className="arkiv-menu__notice"
          role={notice.kind === 'danger' ? 'alert' : 'status'}
          ref={noticeRef}
          tabIndex={-1}
          data-testid="arkiv-melding"
        >
          {notice.text}{' '}
          <Button
            variant="tertiary"
            data-size="sm"
            onClick={() => {
              setNotice(null);
              trigger.current?.focus();
            }}
          >
            Lukk
          </Button>
        </Alert>
      )}
    </div>
  );
}
