import { describe, expect, it } from 'vitest';
import { GAP, SONGS_PEEK, besideScroll, songsOutOfView, type SongsLayout } from './songsScroll';

/** Desktop at 1280×800, scrolled past the header: the bar ends at 60, the column sticks at 68. */
const column = { top: 68, bottom: 784, height: 716 };

describe('songsOutOfView', () => {
  it('is false for a title just below the bar and above the dock', () => {
    expect(songsOutOfView({ top: 84, bottom: 110 }, 60, 844)).toBe(false);
  });

  it('is true under the sticky bar, above the window or low behind the dock', () => {
    expect(songsOutOfView({ top: 30, bottom: 56 }, 60, 844)).toBe(true);
    expect(songsOutOfView({ top: -200, bottom: -174 }, 60, 844)).toBe(true);
    expect(songsOutOfView({ top: 700, bottom: 726 }, 60, 844)).toBe(true);
  });
});

describe('besideScroll', () => {
  it('is null on a phone (no column of its own)', () => {
    expect(besideScroll({ viewport: 844, barBottom: 60, title: { top: 900, bottom: 926 } })).toBeNull();
  });

  it('scrolls a column that went past the chart back to it, and the page not at all', () => {
    // The column was scrolled 330 px: the chart card starts 330 px above the column's top.
    const layout: SongsLayout = {
      viewport: 800,
      barBottom: 60,
      column,
      chart: { top: 68 + 2 - 330, bottom: 68 + 2 - 330 + 300 },
      title: { top: 68 + 2 - 330 + 316, bottom: 68 + 2 - 330 + 342 },
    };
    const s = besideScroll(layout)!;
    expect(s.page).toBe(0);
    expect(s.column).toBe(2 - 330 - GAP); // back to the top: the chart shows whole
    // After it, the chart's top is inside the column and the songs start in view.
    expect(layout.chart!.top - s.column).toBeGreaterThanOrEqual(column.top);
    expect(layout.title.bottom - s.column + SONGS_PEEK).toBeLessThanOrEqual(column.bottom);
  });

  it('goes to the songs when the chart and the first song cannot both fit (a short window)', () => {
    const short = { top: 68, bottom: 468, height: 400 };
    const layout: SongsLayout = {
      viewport: 484,
      barBottom: 60,
      column: short,
      chart: { top: 70, bottom: 370 },
      title: { top: 386, bottom: 412 },
    };
    expect(besideScroll(layout)!.column).toBe(386 - 68 - GAP);
  });

  it('scrolls the page down until the column fits below the bar, no further', () => {
    // At the top of the page: the header shows, the column runs past the window's bottom.
    const layout: SongsLayout = {
      viewport: 800,
      barBottom: 60,
      column: { top: 170, bottom: 886, height: 716 },
      chart: { top: 172, bottom: 472 },
      title: { top: 488, bottom: 514 },
    };
    expect(besideScroll(layout)!.page).toBe(886 - (800 - GAP));
    // A column taller than the room below the bar stops with its top just below the bar.
    const tall = { ...layout, column: { top: 90, bottom: 900, height: 810 } };
    expect(besideScroll(tall)!.page).toBe(90 - (60 + GAP));
  });

  it('scrolls the page back up when the column went under the bar', () => {
    const layout: SongsLayout = {
      viewport: 800,
      barBottom: 60,
      column: { top: -100, bottom: 616, height: 716 },
      chart: { top: -98, bottom: 202 },
      title: { top: 218, bottom: 244 },
    };
    expect(besideScroll(layout)!.page).toBe(-100 - (60 + GAP));
  });
});
