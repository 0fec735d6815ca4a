// Hjelp (#/hjelp): «Slik bruker du Tiltaksporteføljen» — the round a coordinator does each tertial, and where things
// are. Only what the app does; nothing about the measures themselves (that is the file's content, from its sources).
import { Heading, Link, List, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { DASHBOARD_STALE_MONTHS } from '../../../shared/api/view-params.ts';
import { DATE_PATTERN_LABEL } from '../../../shared/format/nb.ts';
import { hrefFor } from '../app/router.ts';
import '../styles/ds/list.css';
import '../styles/settings.css';

export function HelpPage() {
  return (
    <article className="help">
      <Heading level={1} data-size="lg">
        Slik bruker du Tiltaksporteføljen
      </Heading>
      <Paragraph>
        Tiltaksporteføljen følger opp tiltakene i regjeringens planer mot menneskehandel: status, vurdering, historikk
        og budsjett, i én fil. Hvert tertial (T1 januar–april, T2 mai–august, T3 september–desember) går en koordinator
        gjennom de fire stegene under.
      </Paragraph>

      <HelpSection id="hjelp-finn" title="1. Finn tiltakene">
        <List.Item>
          <Link href={hrefFor('/tiltak')}>Tiltak</Link> viser alle tiltakene. Filtrer på plan, hoveddel eller
          innsatsområde, departement, etat, status og vurdering, eller søk i nummer, tittel, beskrivelse, kommentarer og
          organisasjonsnavn. Tasten <kbd>/</kbd> hopper til søkefeltet.
        </List.Item>
        <List.Item>
          «Ikke oppdatert på» finner tiltak uten ny status de siste månedene; Oversikt teller dem som ikke er oppdatert
          på {DASHBOARD_STALE_MONTHS} måneder.
        </List.Item>
        <List.Item>
          Pil opp og ned flytter mellom radene, Enter åpner tiltaket og mellomrom velger raden. Med flere rader valgt
          kan du sette hoveddel eller innsatsområde og ansvarlig departement for alle på én gang (og angre det med
          Angre).
        </List.Item>
        <List.Item>
          Titler som ikke er fylt inn, er merket «Tittel ikke fylt inn». Under{' '}
          <Link href={hrefFor('/titler')}>Fyll inn titler</Link> limer du inn titlene i en plan, alle på én gang eller
          noen få med nummeret foran («16. …»), fra Word, e-post eller rader fra Excel, og ser hva som blir lagret før
          du lagrer. Tiltak uten linje beholder tittelen de har.
        </List.Item>
      </HelpSection>

      <HelpSection id="hjelp-status" title="2. Registrer status">
        <List.Item>
          Åpne tiltaket og fyll inn «Registrer status»: status (ikke startet, pågår, fullført, avbrutt eller
          videreført), vurdering (ikke vurdert, grønn, gul eller rød) og dato. Gul og rød må begrunnes med en kommentar.
        </List.Item>
        <List.Item>
          Datoer skrives som {DATE_PATTERN_LABEL}, for eksempel 30.04.2026. Pil opp og ned i datofeltet flytter én dag.
        </List.Item>
        <List.Item>
          Historikken blir aldri skrevet over: en ny status er en ny linje. Angre (Ctrl+Z) er også en ny, logget
          endring; for en status er det en korrigering.
        </List.Item>
        <List.Item>
          Under «Opplysninger om tiltaket» fyller du inn det planen ikke gir, og velger ansvarlig og medansvarlige
          departementer og etatene som gjennomfører tiltaket. Listen over departementer og etater holdes under{' '}
          <Link href={hrefFor('/innstillinger')}>Innstillinger</Link>.
        </List.Item>
        <List.Item>
          Under «Budsjett» legger du til én budsjettlinje per år med bevilget og brukt beløp i hele kroner, og gjerne
          kapittel og post.
        </List.Item>
        <List.Item>
          «Forrige» og «Neste» øverst på tiltaket går gjennom tiltakene i samme rekkefølge og utvalg som sist på
          Tiltak-siden.
        </List.Item>
      </HelpSection>

      <HelpSection id="hjelp-oversikt" title="3. Se på Oversikt">
        <List.Item>
          <Link href={hrefFor('/oversikt')}>Oversikt</Link> viser nøkkeltall og diagrammer for utvalget du velger. Hvert
          tall og hver søyle er en lenke til de samme tiltakene i Tiltak, og «Vis som tabell» viser tallene bak
          diagrammet.
        </List.Item>
        <List.Item>
          «Endringer siden» viser hva som er endret siden en dato; lagre datoen for siste møte med «Lagre som møtedato».
        </List.Item>
        <List.Item>
          Møtemodus viser det samme i stor skrift til møtet: piltastene blar, Enter viser lange kommentarer i sin
          helhet, og Esc avslutter.
        </List.Item>
      </HelpSection>

      <HelpSection id="hjelp-rapport" title="4. Lukk tertialet og lag rapporten">
        <List.Item>
          Når tertialet er slutt og statusene er registrert, lukker du det under{' '}
          <Link href={hrefFor('/rapporter', { rapport: 'perioder' })}>Rapporter › Perioder</Link> med «Lukk …» på
          periodens rad (året lukkes på samme måte). Da fryses status for hvert tiltak slik den ble rapportert. En
          senere endring som endrer det som ble rapportert, må begrunnes og merkes «korrigert etter lukking». En periode
          kan gjenåpnes med en begrunnelse.
        </List.Item>
        <List.Item>
          <Link href={hrefFor('/rapporter', { rapport: 'pakke' })}>Rapportpakken</Link> for et tertial eller et år
          samler sammendrag, diagrammer, avvik, endringer, korrigeringer og statustabellene, på bokmål eller engelsk,
          som rapportert eller som korrigert.
        </List.Item>
        <List.Item>
          «Statustabell per dato» under <Link href={hrefFor('/rapporter')}>Rapporter</Link> viser hvert tiltak per en
          dato du velger, med planer, gruppering og kolonner. Forhåndsvisningen viser nøyaktig det som skrives til
          filen. «Statusrutenett» og «Sammenlign perioder» viser flere perioder ved siden av hverandre.
        </List.Item>
        <List.Item>
          Statustabellen lastes ned som Word, Excel, PDF, CSV eller JSON, på bokmål eller engelsk, og viser hvert tiltak
          slik det var registrert på datoen du valgte.
        </List.Item>
        <List.Item>Tiltak-siden kan også skrives ut som den er filtrert, med «Skriv ut».</List.Item>
        <List.Item>
          Dekningstabellen for NIMs oppfølging og GRETAs spørreskjema lastes ned under{' '}
          <Link href={hrefFor('/forpliktelser')}>Forpliktelser</Link>: hver forpliktelse med tiltakene som svarer på den
          og hvordan de står, per dato eller for en periode, på bokmål eller engelsk (som rapportpakken).
        </List.Item>
      </HelpSection>

      <section aria-labelledby="hjelp-innspill">
        <Heading level={2} data-size="md" id="hjelp-innspill">
          Innspill fra departementene
        </Heading>
        <List.Ordered>
          <List.Item>
            Under <Link href={hrefFor('/innspill')}>Innspill</Link> lager du en innspillsrunde for en periode, med
            frist. Hvert departement som er ansvarlig eller medansvarlig for et tiltak, blir mottaker (etater kan tas
            med).
          </List.Item>
          <List.Item>
            Last ned skjemaene (ett Excel-skjema per mottaker, eller alle i én ZIP), send dem, og kryss av «Sendt».
            Runden viser hvem som har svart, hvem som er godkjent, og hvem som har passert fristen.
          </List.Item>
          <List.Item>
            «Les inn svar»: velg eller slipp svarfilen. Den kjennes igjen på innholdet, ikke på navnet; et svar fra en
            annen runde, et endret skjema eller en fil som ikke er skjemaet, avvises med en forklaring.
          </List.Item>
          <List.Item>
            Gå gjennom svaret: ingen endring er valgt på forhånd. Godta eller avvis hver endring, et helt tiltak, eller
            bruk «Godta alle uten regelbrudd». Regelbrudd vises ved feltet og kan bare avvises; er tiltaket endret etter
            at skjemaet ble laget, vises begge verdiene og du velger.
          </List.Item>
          <List.Item>
            «Lagre beslutningene» skriver alt på én gang etter en sikkerhetskopi, når hver endring er godtatt eller
            avvist. Historikken sier hvilken runde, mottaker og fil endringen kom fra, og svaret viser siden hva som ble
            godtatt og avvist, med verdien før. Samme fil to ganger endrer ingenting.
          </List.Item>
        </List.Ordered>
      </section>

      <section aria-labelledby="hjelp-filen">
        <Heading level={2} data-size="md" id="hjelp-filen">
          Filen og sikkerhetskopiene
        </Heading>
        <Paragraph>
          Alt ligger i én porteføljefil. Arkiv-menyen åpner, lager og kopierer filer og gjenoppretter fra en
          sikkerhetskopi. Før den første endringen hver dag lages en sikkerhetskopi ved siden av filen; under{' '}
          <Link href={hrefFor('/innstillinger')}>Innstillinger</Link> ser du hvor, og kan velge en ekstra mappe for
          kopiene. Der holder du også listen over departementer og etater.
        </Paragraph>
      </section>
    </article>
  );
}

/** One numbered step: its heading names the section for screen readers, the points say how. */
function HelpSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Heading level={2} data-size="md" id={id}>
        {title}
      </Heading>
      <List.Unordered>{children}</List.Unordered>
    </section>
  );
}
