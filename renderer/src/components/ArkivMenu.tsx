// The Arkiv button in the header: the same file actions as the desktop app's Arkiv menu. The shell runs the
// native dialogs (and asks for confirmation before a restore); in the browser preview they answer that they are
// not available there.
import { Alert, Button, Dropdown } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { FileActionResult } from '../../../shared/api/file.contract.ts';
import { errorMessage, send } from '../api/client.ts';

type Action = 'file:new' | 'file:open' | 'file:saveCopy' | 'file:restoreBackup' | 'file:showInFolder';

const ACTIONS: { name: Action; label: string }[] = [
  { name: 'file:new', label: 'Ny portefølje…' },
  { name: 'file:open', label: 'Åpne…' },
  { name: 'file:saveCopy', label: 'Lagre en kopi…' },
  { name: 'file:restoreBackup', label: 'Gjenopprett fra sikkerhetskopi…' },
  { name: 'file:showInFolder', label: 'Vis filen i mappen' },
];

export function ArkivMenu() {
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'info' | 'danger'; text: string } | null>(null);
  const recent = useQuery({
    queryKey: ['file:recent'],
    queryFn: () => send('file:recent'),
    enabled: open,
    retry: false,
  });

  const run = async (call: () => Promise<FileActionResult>) => {
    setOpen(false);
    setNotice(null);
    try {
      const result = await call();
      if (result.message) setNotice({ kind: 'info', text: result.message });
    } catch (err) {
      setNotice({ kind: 'danger', text: errorMessage(err) });
    }
  };

  return (
    <div className="arkiv-menu">
      <Dropdown.TriggerContext>
        <Dropdown.Trigger variant="secondary" data-size="sm" onClick={() => setOpen((o) => !o)}>
          Arkiv
        </Dropdown.Trigger>
        <Dropdown open={open} onClose={() => setOpen(false)} placement="bottom-start">
          <Dropdown.List>
            {ACTIONS.slice(0, 2).map((a) => (
              <Dropdown.Item key={a.name}>
                <Dropdown.Button onClick={() => void run(() => send(a.name))}>{a.label}</Dropdown.Button>
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
                      onClick={() => void run(() => send('file:openRecent', { path: r.path }))}
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
                <Dropdown.Button onClick={() => void run(() => send(a.name))}>{a.label}</Dropdown.Button>
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
        >
          {notice.text}{' '}
          <Button variant="tertiary" data-size="sm" onClick={() => setNotice(null)}>
            Lukk
          </Button>
        </Alert>
      )}
    </div>
  );
}
