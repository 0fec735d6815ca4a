// When a page counts as ready in the browser scenarios and the profiler: what a user waits for, checked in the page
// (each function is serialised into Chromium, so it may use nothing from outside its body).

/** Key figures, and every chart card (four and status over time) drawn, or empty for the year: by recharts, or in the
 * first frame the server rendered (FirstFrameChart: the same bars, figures and axes) until recharts takes over. */
export function dashboardReady(): boolean {
  const cards = [...document.querySelectorAll('[data-chart]')];
  const figures = document.querySelector('[aria-label="Nøkkeltall"] li');
  return (
    !!figures &&
    cards.length >= 5 &&
    cards.every(
      (c) => !c.querySelector('.chart-card__chart') || c.querySelector('svg.recharts-surface, svg.chart-first-frame'),
    )
  );
}

export function registerReady(): boolean {
  return document.querySelector('[data-testid="register-row"]') !== null;
}

/** A measure's page with every section shown: status form, history, fields, budget and links. */
export function measureReady(): boolean {
  return (
    document.querySelector('.measure-summary') !== null && document.querySelectorAll('.detail-section').length >= 5
  );
}

/** Møtemodus with its first slide drawn. */
export function meetingReady(): boolean {
  return document.querySelector('.meeting__slide[data-slide]') !== null;
}

export const PAGE_READY: Record<string, () => boolean> = {
  oversikt: dashboardReady,
  tiltak: registerReady,
  'tiltak/id': measureReady,
  mote: meetingReady,
};
