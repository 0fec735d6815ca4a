// The in-app help for input rounds: the round step by step, as the coordinator does it.
import { Details, Paragraph } from '@digdir/designsystemet-react';
import '../../styles/rounds.css';
import '../../styles/ds/details.css';

export function RoundHelp({ open = false }: { open?: boolean }) {
  return (
    <Details defaultOpen={open} className="round-help">
      <Details.Summary>Slik gjør du en innspillsrunde</Details.Summary>
      <Details.Content>
        <ol>
          <li>
            <strong>Ny innspillsrunde:</strong> velg perioden (for eksempel T2 2026) og fristen. Uten valg av mottakere
            spørres hvert departement som er ansvarlig eller medansvarlig for et tiltak; etater kan tas med.
          </li>
          <li>
            <strong>Last ned skjemaene</strong> (ett Excel-skjema per mottaker, eller alle i én ZIP) og send dem med
            e-post. Kryss av «Sendt» når et skjema er sendt. Skjemaet viser hva porteføljen har i dag (låste, blå
            kolonner; for en periode som er over, statusen per periodens siste dag) og har gule kolonner for ny status,
            vurdering, kommentar, dato, hvem som rapporterer, kontaktperson, start- og sluttår og brukt beløp i år.
          </li>
          <li>
            <strong>Les inn svar</strong> når skjemaene kommer tilbake. Filen kjennes igjen på innholdet (runde og
            mottaker), aldri på filnavnet. Et svar fra en annen runde, en annen mottaker, et skjema der låste celler er
            endret, eller en fil som ikke er et skjema, avvises med en forklaring – og ingenting lagres.
          </li>
          <li>
            <strong>Gå gjennom svaret:</strong> for hvert tiltak vises hver endring som nå → i svaret, med hvem som
            rapporterte. Ingen endring er valgt på forhånd: godta eller avvis hver endring, et helt tiltak, eller bruk
            «Godta alle uten regelbrudd». Kontaktperson og e-post er én endring og godtas eller avvises sammen.
            Regelbrudd (gul eller rød uten kommentar, dato utenfor perioden eller frem i tid, ukjent status, negativt
            eller ugyldig beløp, sluttår før startår) vises ved feltet og kan ikke godtas – avvis dem, be om et rettet
            svar, eller rett verdien selv med «Rett verdien» (for eksempel «ca. 6 mill» til 6 000 000). Den rettede
            verdien sjekkes som feltet ellers, og verdien i svaret vises ved siden av. Er tiltaket endret etter at
            skjemaet ble laget, vises begge verdiene, og du velger selv. «Merk:» under en endring sier det tabellen ikke
            viser – for eksempel at tiltaket har en nyere status, at datoen er i en lukket periode eller endrer statusen
            ved slutten av en, eller at et sluttår ligger langt etter planperioden – og hindrer ikke at den godtas.
          </li>
          <li>
            <strong>Lagre beslutningene:</strong> når hver endring er godtatt eller avvist, skrives alt på én gang,
            etter en sikkerhetskopi. Historikken til hvert tiltak sier hvilken runde, mottaker og fil (navn og SHA-256)
            endringen kom fra (og hvilke verdier du rettet), og svaret viser siden hver endring som godtatt eller
            avvist, med verdien før, verdien i svaret og din retting. Leser du inn samme fil igjen, skjer ingenting; et
            rettet svar fra samme mottaker gås gjennom mot det første.
          </li>
        </ol>
        <Paragraph data-size="sm">
          Oversikten over mottakerne viser hvem som har fått skjema, hvem som har svart, hvem som er godkjent, og hvem
          som har passert fristen.
        </Paragraph>
      </Details.Content>
    </Details>
  );
}
