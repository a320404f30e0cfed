/**
 * Reads the boxes songsScroll.ts decides from: the songs' title, the chart card, the sticky tab
 * bar and — on a desktop, where it scrolls on its own — the results column.
 */
import type { SongsLayout, Span } from './songsScroll';

const span = (el: Element): Span => {
  const r = el.getBoundingClientRect();
  return { top: r.top, bottom: r.bottom };
};

/** The tab bar's strip of page background reaches this far below the bar (see chat.css). */
const BAR_STRIP = 8;

export function measureSongs(title: HTMLElement): SongsLayout {
  const bar = document.querySelector('.tabs');
  const layout: SongsLayout = {
    viewport: window.innerHeight,
    // The bar sticks at the top (top: 0): once the page scrolls, it ends at its own height.
    barBottom: bar instanceof HTMLElement ? bar.offsetHeight + BAR_STRIP : 0,
    title: span(title),
  };
  const column = document.getElementById('chat-results');
  // Below the chat (phone) the column does not scroll on its own; beside it (desktop) it does.
  if (!column || getComputedStyle(column).overflowY === 'visible') return layout;
  const chart = column.querySelector('.results-chart');
  const box = span(column);
  return { ...layout, column: { ...box, height: column.clientHeight }, chart: chart ? span(chart) : undefined };
}
