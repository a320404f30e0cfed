/**
 * Where to scroll when the songs are brought into view ("노래 보기", or songs asked for in the
 * chat). Pure: it takes the measured boxes (viewport coordinates) and returns how far to scroll.
 *
 * - Phone (results below the chat, no scroll container of their own): the songs' title lands
 *   just below the sticky tab bar (the title's scroll-margin-top does this in the browser; here
 *   the same offset is worked out for the decision whether to scroll at all).
 * - Desktop (results beside the chat, in a sticky column that scrolls on its own): the column
 *   scrolls back so the emotion chart shows whole above the songs, and the page scrolls only as
 *   much as it takes to show the whole column below the tab bar. Only when the chart and the
 *   start of the songs cannot both fit does the column scroll down to the songs' title.
 */

export interface Span {
  top: number;
  bottom: number;
}

/** The results column when it scrolls on its own (beside the chat). */
export interface ColumnBox extends Span {
  /** Its visible height (clientHeight). */
  height: number;
}

export interface SongsLayout {
  /** window.innerHeight */
  viewport: number;
  /** Where the sticky tab bar ends (with the strip of background under it) once it sticks. */
  barBottom: number;
  /** The songs' title ("어울리는 노래"). */
  title: Span;
  /** The emotion chart's card, above the songs (desktop only). */
  chart?: Span;
  /** Set on a desktop, where the results column scrolls on its own; absent on a phone. */
  column?: ColumnBox;
}

/** Scroll distances (positive: down) for the page and for the results column. */
export interface SongsScroll {
  page: number;
  column: number;
}

/** Room kept between the tab bar (or the column's edge) and what is brought into view. */
export const GAP = 8;
/** How much of the first song must show under the title for the songs to count as visible. */
export const SONGS_PEEK = 160;

/**
 * True when the songs' title is not comfortably in view: above the viewport, under the sticky
 * tab bar, or below `share` of the viewport's height (where the dock covers it on a phone).
 */
export function songsOutOfView(title: Span, barBottom: number, viewport: number, share = 0.6): boolean {
  return title.top < barBottom || title.bottom > viewport * share;
}

/** The scroll that shows the chart and the songs on a desktop; null on a phone (no column). */
export function besideScroll(layout: SongsLayout): SongsScroll | null {
  const { column, chart, title } = layout;
  if (!column) return null;
  const inner = (y: number) => y - column.top; // position inside the column's visible area
  // First choice: the chart's top at the column's top, if the songs still start in view.
  const chartTop = chart ? inner(chart.top) : inner(title.top);
  let scroll = chartTop - GAP;
  if (inner(title.bottom) - scroll + SONGS_PEEK > column.height) scroll = inner(title.top) - GAP;
  // The page: the whole column between the tab bar and the bottom of the window.
  const top = column.top;
  const bottom = column.top + column.height;
  let page = 0;
  if (top < layout.barBottom + GAP) page = top - (layout.barBottom + GAP);
  else if (bottom > layout.viewport - GAP) page = Math.min(bottom - (layout.viewport - GAP), top - (layout.barBottom + GAP));
  return { page: Math.round(page), column: Math.round(scroll) };
}
