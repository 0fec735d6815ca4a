// How Møtemodus names a measure, on every slide alike.
import type { Plan } from '../../../../shared/domain/types.ts';
import { placeholderTitle } from '../../../../shared/domain/vocabulary.ts';

/**
 * A measure on a slide: «Handlingsplanen 2016, tiltak 16 (HOD): Veilede …», or «…, tiltak 17 (tittel ikke fylt inn)»
 * for a title not filled in (`titlePending`, or the placeholder «Tiltak 17» where a row does not say), so the
 * placeholder never reads as a title.
 */
export function measureOnSlide(
  m: { planCode: string; number: string; title: string; titlePending?: boolean },
  plan: (code: string) => Plan | undefined,
  owner?: string | null,
): string {
  const name = `${plan(m.planCode)?.shortName ?? m.planCode}, tiltak ${m.number}${owner ? ` (${owner})` : ''}`;
  const pending = m.titlePending ?? m.title === placeholderTitle(m.number);
  return pending ? `${name} (tittel ikke fylt inn)` : `${name}: ${m.title}`;
}
