// «Rett verdien»: the coordinator corrects one value of an answer in the review, before accepting it (an amount
// written «ca. 6 mill», an e-mail with «(at)»). The field opens with the answer's value; «Bruk rettingen» sends it to
// the core, which checks it with the field's own rules: a bad value is named at the field, which stays open, and the
// change cannot be accepted with it; a good one closes the field and is shown «Rettet til: …» beside the answer's.
// Escape or «Avbryt» closes the field and leaves the correction as it was before it was opened.
import { Button, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ReviewPart } from '../../../../shared/api/rounds.contract.ts';
import '../../styles/ds/validation-message.css';

export function CorrectionEditor(props: {
  part: ReviewPart;
  /** «Brukt 2026 (kap. 440, post 70), tiltak 16»: what the buttons and the field name. */
  what: string;
  /** The core has not yet answered for the corrections as they are now. */
  checking: boolean;
  onCorrect(value: string | null): void;
  /** Whether the field is open: the cell then shows the rule break at the field only. */
  onOpen(open: boolean): void;
}) {
  const { part, what, checking, onCorrect, onOpen } = props;
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  /** What was sent with «Bruk rettingen», until the core's check of it is back. */
  const [sent, setSent] = useState<string | null>(null);
  /** The correction when the field was opened, restored by «Avbryt». */
  const [before, setBefore] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const checked = sent !== null && !checking && part.correction?.typed === sent;
  const error = checked ? part.problem : null;

  useEffect(() => onOpen(open), [open]);
  useEffect(() => {
    if (!checked) return;
    if (error) input.current?.focus();
    else {
      setOpen(false);
      setSent(null);
    }
  }, [checked, error]);
  // Focus follows the field: into it when it opens, back to the button when it closes.
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) input.current?.focus();
    else if (wasOpen.current) button.current?.focus();
    wasOpen.current = open;
  }, [open]);

  function start() {
    setBefore(part.correction?.typed ?? null);
    setText(part.correction?.typed ?? part.new);
    setSent(null);
    setOpen(true);
  }

  function apply(e: FormEvent) {
    e.preventDefault();
    setSent(text);
    onCorrect(text);
  }

  function cancel() {
    onCorrect(before);
    setSent(null);
    setOpen(false);
  }

  if (!open)
    return (
      <div className="review-correct">
        <Button
          ref={button}
          type="button"
          variant="tertiary"
          data-size="sm"
          onClick={start}
          aria-label={`${part.correction ? 'Endre rettingen' : 'Rett verdien'}: ${what}`}
        >
          {part.correction ? 'Endre rettingen' : 'Rett verdien'}
        </Button>
        {part.correction && (
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            onClick={() => onCorrect(null)}
            aria-label={`Angre rettingen: ${what}`}
          >
            Angre rettingen
          </Button>
        )}
      </div>
    );
  return (
    <form className="review-correct review-correct--open" onSubmit={apply} noValidate>
      <Textfield
        ref={input}
        data-size="sm"
        label={`Rettet verdi: ${what}`}
        description={`I svaret: ${part.new || '(tomt)'}`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            cancel();
          }
        }}
        error={error ?? undefined}
      />
      {/* Said also when Enter was pressed in the field, where the focus already is. */}
      <span role="status" className="visually-hidden">
        {error ? `Rettingen kan ikke brukes: ${error}` : ''}
      </span>
      <div className="review-correct__buttons">
        <Button type="submit" data-size="sm" disabled={sent !== null && !checked}>
          {sent !== null && !checked ? 'Sjekker …' : 'Bruk rettingen'}
        </Button>
        <Button type="button" variant="secondary" data-size="sm" onClick={cancel}>
          Avbryt
        </Button>
      </div>
    </form>
  );
}
