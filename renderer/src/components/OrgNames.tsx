// Organisations as the tables show them: the abbreviation, with the full name (as of the record's date) on hover.
import type { OrgRef } from '../../../shared/domain/types.ts';

const Unfilled = () => <span className="unfilled">Ikke fylt inn</span>;

function OrgAbbr({ org }: { org: OrgRef }) {
  return <abbr title={org.name}>{org.abbrev}</abbr>;
}

/** Organisations joined by ", ", or «Ikke fylt inn» when there are none. */
export function OrgList({ orgs }: { orgs: OrgRef[] }) {
  if (orgs.length === 0) return <Unfilled />;
  return orgs.map((o, i) => (
    <span key={o.id}>
      {i > 0 && ', '}
      <OrgAbbr org={o} />
    </span>
  ));
}

/** The responsible ministry, then any co-owners: «JD (med BFD, HOD)». */
export function Owners({ owner, coOwners }: { owner: OrgRef | null; coOwners: OrgRef[] }) {
  if (!owner && coOwners.length === 0) return <Unfilled />;
  return (
    <>
      {owner ? <OrgAbbr org={owner} /> : <Unfilled />}
      {coOwners.length > 0 && (
        <span className="register__co">
          {' '}
          (med <OrgList orgs={coOwners} />)
        </span>
      )}
    </>
  );
}
