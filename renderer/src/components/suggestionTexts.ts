// What Designsystemet's Suggestion says to a screen reader, in bokmål: its web components speak English («No
// selected», «%d hits») unless given their texts as data-sr-* attributes.

/** On <Suggestion>: the combobox's announcements («%d» is a count). */
export const COMBOBOX_TEXTS_NB = {
  'data-sr-added': 'Lagt til',
  'data-sr-clear': 'Tøm feltet',
  'data-sr-empty': 'Ingen valgt',
  'data-sr-found': 'Gå til venstre for å finne %d valgte',
  'data-sr-invalid': 'Ugyldig verdi',
  'data-sr-items': 'Valgte',
  'data-sr-of': 'av',
  'data-sr-remove': 'Trykk for å fjerne',
  'data-sr-removed': 'Fjernet',
  'data-sr-toggle': 'Alternativer',
};

/** On <Suggestion.List>: how many options are shown. */
export const LIST_TEXTS_NB = { singular: '%d treff', plural: '%d treff', 'data-sr-of': 'av' };
