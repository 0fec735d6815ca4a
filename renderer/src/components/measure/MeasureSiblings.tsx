// «Forrige» and «Neste» on a measure's page, in the register's order: the view the coordinator last had on the Tiltak
// page (its filter and sort, remembered there), so going through a filtered list needs no trip back to it. The order
// is the list as it was when the round began: recording a status here does not reshuffle it (nor refetch it — the
// keys are not an operation's, so writes leave them be; another window's change does refresh them). Shown only when
// the measure was opened from the register (or through Forrige/Neste from there), and not for a deleted measure:
// that is in no list.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { RegisterResult } from '../../../../shared/api/register.contract.ts';
import { send } from '../../api/client.ts';
import { useRoute } from '../../app/router.ts';
import { readPreference } from '../../hooks/usePersistentState.ts';
import { registerQuery } from '../../hooks/registerQuery.ts';
import {
  FROM_PARAM,
  FROM_REGISTER,
  measureHrefFromRegister,
  paramsToView,
  REGISTER_PATH,
  REMEMBERED_KEY,
} from '../../pages/register/registerView.ts';

/** The register view as last shown (the URL query the Tiltak page remembered), and its href. */
function rememberedView() {
  const query = readPreference<string>(REMEMBERED_KEY, '');
  return { view: paramsToView(new URLSearchParams(query)), href: `#${REGISTER_PATH}${query ? `?${query}` : ''}` };
}

/** `deleted`: the measure is in the recycle bin. */
export function MeasureSiblings({ id, deleted }: { id: number; deleted: boolean }) {
  const fromRegister = useRoute().params.get(FROM_PARAM) === FROM_REGISTER;
  return fromRegister && !deleted ? <Siblings id={id} /> : null;
}

function Siblings({ id }: { id: number }) {
  const { view, href } = rememberedView();
  const client = useQueryClient();
  const list = registerQuery(view.filter, view.sort);
  const register = useQuery({
    queryKey: ['siblings:order', view.filter, view.sort],
    queryFn: list.queryFn,
    // The register's own answer, when it was just on screen: no second query for the same list.
    initialData: () => client.getQueryData<RegisterResult>(list.queryKey),
    staleTime: Infinity,
  });
  const ids = register.data?.ids ?? [];
  const at = ids.indexOf(id);
  const prev = at > 0 ? ids[at - 1] : null;
  const next = at >= 0 && at < ids.length - 1 ? ids[at + 1] : null;
  const near = [prev, next].filter((x): x is number => x !== null);
  const asOf = register.data?.asOf ?? '';
  // The neighbours' numbers, so the links say where they go.
  const rows = useQuery({
    queryKey: ['siblings:rows', asOf, near] as const,
    queryFn: () => send('measures:rows', { ids: near, asOf }),
    enabled: near.length > 0 && asOf !== '',
  });
  if (at < 0) return null;
  const label = (other: number) => {
    const r = rows.data?.rows.find((x) => x.id === other);
    return r ? `tiltak ${r.number}` : 'tiltak';
  };
  const filtered = Object.keys(view.filter).length > 0;
  return (
    <nav aria-label="Bla mellom tiltakene i tiltakslisten" className="measure-siblings">
      {prev !== null ? (
        <a href={measureHrefFromRegister(prev)} rel="prev">
          <span aria-hidden="true">← </span>Forrige: {label(prev)}
        </a>
      ) : (
        <span className="muted">Første i listen</span>
      )}
      <a href={href} className="measure-siblings__pos">
        {at + 1} av {ids.length} i tiltakslisten{filtered ? ' (filtrert)' : ''}
      </a>
      {next !== null ? (
        <a href={measureHrefFromRegister(next)} rel="next">
          Neste: {label(next)}
          <span aria-hidden="true"> →</span>
        </a>
      ) : (
        <span className="muted">Siste i listen</span>
      )}
    </nav>
  );
}
