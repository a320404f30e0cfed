import { describe, expect, it } from 'vitest';
import {
  EARLY_ANNOUNCEMENT,
  EARLY_LINE,
  FULL_ANNOUNCEMENT,
  FULL_OPEN_ANNOUNCEMENT,
  GAUGE_HINT,
  GAUGE_LINES,
  OPEN_EARLY_LINE,
  gaugeAnnouncement,
  gaugeHint,
  gaugeLine,
  isGoodbyeTurn,
  offerEarlySongs,
  type GaugeStep,
} from './gaugeCopy';

describe('gaugeHint (session 40)', () => {
  it('says what the gauge is for while it fills, from the first look', () => {
    for (const gauge of [0, 0.1, 0.49, 0.99]) expect(gaugeHint({ gauge, songsOpen: false })).toBe(GAUGE_HINT);
    expect(GAUGE_HINT).toContain('노래를 골라 드려요');
    expect(GAUGE_HINT).not.toContain('당신');
    expect(GAUGE_HINT).not.toMatch(/\d/);
  });
  it('is gone once the songs are open or can be opened', () => {
    expect(gaugeHint({ gauge: 1, songsOpen: false })).toBe('');
    expect(gaugeHint({ gauge: 0.6, songsOpen: true })).toBe('');
    expect(gaugeHint({ gauge: 0.6, songsOpen: false, earlyOffered: true })).toBe('');
  });
});

describe('gaugeLine', () => {
  const line = (gauge: number, threshold = 100, songsOpen = false) => gaugeLine({ gauge, threshold, songsOpen });
  it('invites the first words', () => {
    expect(line(0)).toBe('편하게 이야기를 들려주세요');
  });
  it('says how much more in sentences, never in characters', () => {
    expect(line(0.14)).toBe('몇 문장 더 들려주세요');
    expect(line(0.57)).toBe('두세 문장만 더 들려주세요');
    expect(line(0.76)).toBe('한두 문장만 더 들려주세요');
    expect(line(0.97)).toBe('한두 문장만 더 들려주세요');
    for (const g of [0.01, 0.3, 0.5, 0.7, 0.9, 0.99]) expect(line(g)).not.toMatch(/\d/);
  });
  it('follows the threshold setting', () => {
    // 60 % of a 300-character threshold leaves 120 characters: more than a few sentences.
    expect(line(0.6, 300)).toBe('몇 문장 더 들려주세요');
    expect(line(0.6, 60)).toBe('한두 문장만 더 들려주세요');
  });
  it('full, then songs open', () => {
    expect(line(1)).toBe('이제 감정을 확인해 볼 수 있어요');
    expect(line(1, 100, true)).toBe('노래를 골라 뒀어요');
  });
  it('songs opened before the gauge is full: picked from the talk so far, more makes them fit better', () => {
    // The bar still shows 55–76 %: the line must not say the picking is done.
    for (const g of [0.01, 0.3, 0.55, 0.68, 0.76, 0.99]) {
      expect(line(g, 100, true)).toBe(OPEN_EARLY_LINE);
      expect(line(g, 100, true)).not.toBe('노래를 골라 뒀어요');
    }
    expect(OPEN_EARLY_LINE).toBe('지금까지 이야기로 골랐어요 · 더 들려주면 더 잘 맞춰요');
  });
  it('beside the early-songs button it says the songs can be seen now, never asks for more first', () => {
    const early = (gauge: number, threshold = 100) => gaugeLine({ gauge, threshold, songsOpen: false, earlyOffered: true });
    expect(early(0.57)).toBe(EARLY_LINE);
    expect(early(0.3)).toBe(EARLY_LINE); // a goodbye below half
    expect(EARLY_LINE).toContain('지금 봐도');
    for (const g of [0.2, 0.5, 0.57, 0.76, 0.99]) {
      for (const t of [60, 100, 300]) expect(early(g, t)).not.toMatch(/들려주세요$/);
    }
    // Full or open: the gauge's own lines win.
    expect(early(1)).toBe('이제 감정을 확인해 볼 수 있어요');
    expect(gaugeLine({ gauge: 0.6, threshold: 100, songsOpen: true, earlyOffered: true })).toBe(OPEN_EARLY_LINE);
  });
  it('agrees with offerEarlySongs: whenever the button is offered, the line is the early one', () => {
    for (let g = 0; g <= 1; g += 0.01) {
      for (const leaving of [false, true]) {
        const offered = offerEarlySongs({ gauge: g, leaving, songsOpen: false, safety: false });
        const l = gaugeLine({ gauge: g, threshold: 100, songsOpen: false, earlyOffered: offered });
        if (offered) expect(l).toBe(EARLY_LINE);
        else expect(l).not.toBe(EARLY_LINE);
      }
    }
  });
  it('only says lines from the list', () => {
    for (let g = 0; g <= 1; g += 0.01) for (const t of [60, 100, 200]) {
      expect(GAUGE_LINES).toContain(line(g, t));
      expect(GAUGE_LINES).toContain(line(g, t, true));
      expect(GAUGE_LINES).toContain(gaugeLine({ gauge: g, threshold: t, songsOpen: false, earlyOffered: true }));
    }
  });
});

describe('offerEarlySongs', () => {
  const base = { gauge: 0.3, leaving: false, songsOpen: false, safety: false };
  it('from half of the gauge', () => {
    expect(offerEarlySongs(base)).toBe(false);
    expect(offerEarlySongs({ ...base, gauge: 0.5 })).toBe(true);
    expect(offerEarlySongs({ ...base, gauge: 0.57 })).toBe(true);
  });
  it('on a goodbye once something was told', () => {
    expect(offerEarlySongs({ ...base, leaving: true })).toBe(true);
    expect(offerEarlySongs({ ...base, gauge: 0, leaving: true })).toBe(false);
  });
  it('not when full (the gauge has its own button), open, or after a safety turn', () => {
    expect(offerEarlySongs({ ...base, gauge: 1 })).toBe(false);
    expect(offerEarlySongs({ ...base, gauge: 0.8, songsOpen: true })).toBe(false);
    expect(offerEarlySongs({ ...base, gauge: 0.8, safety: true })).toBe(false);
  });
});

describe('isGoodbyeTurn', () => {
  const actions: Record<string, string> = { meta_good_night: 'goodbye', meta_goodbye: 'goodbye', meta_thanks: 'thanks' };
  const action = (id: string) => actions[id];
  it('a goodbye intent', () => {
    expect(isGoodbyeTurn({ intent: 'meta_good_night' }, action, [])).toBe(true);
    expect(isGoodbyeTurn({ intent: 'meta_goodbye' }, action, [])).toBe(true);
  });
  it('a leaving turn answered by the engine', () => {
    expect(isGoodbyeTurn({ intent: null }, action, ['pushback:leave:sleep'])).toBe(true);
  });
  it('anything else', () => {
    expect(isGoodbyeTurn({ intent: 'meta_thanks' }, action, ['work_stress#0'])).toBe(false);
    expect(isGoodbyeTurn({ intent: null }, action, [])).toBe(false);
  });
});

describe('gaugeAnnouncement (session 41)', () => {
  const filling: GaugeStep = { full: false, early: false, songsOpen: false, safety: false };
  const step = (gauge: number, songsOpen = false, leaving = false, safety = false): GaugeStep => ({
    full: gauge >= 1,
    early: offerEarlySongs({ gauge, leaving, songsOpen, safety }),
    songsOpen,
    safety,
  });

  it('keeps quiet on an ordinary turn: the reply is announced, the gauge line is not', () => {
    expect(gaugeAnnouncement(step(0.1), step(0.2))).toBe('');
    expect(gaugeAnnouncement(step(0.2), step(0.45))).toBe('');
    expect(gaugeAnnouncement(step(0.55), step(0.7))).toBe('');
    expect(gaugeAnnouncement(step(1), step(1))).toBe('');
    // Songs already open (asked for in the chat at 17 %): more talk says nothing.
    expect(gaugeAnnouncement(step(0.17, true), step(0.3, true))).toBe('');
    expect(gaugeAnnouncement(step(0.3, true), step(0.6, true))).toBe('');
  });
  it('speaks once when the songs can be opened early (half the gauge, or a goodbye)', () => {
    expect(gaugeAnnouncement(step(0.45), step(0.55))).toBe(EARLY_ANNOUNCEMENT);
    expect(gaugeAnnouncement(step(0.2), step(0.25, false, true))).toBe(EARLY_ANNOUNCEMENT);
    expect(gaugeAnnouncement(step(0.55), step(0.6))).toBe('');
  });
  it('speaks once when the gauge fills, in words that fit whether the songs are open', () => {
    expect(gaugeAnnouncement(step(0.8), step(1))).toBe(FULL_ANNOUNCEMENT);
    expect(gaugeAnnouncement(filling, step(1))).toBe(FULL_ANNOUNCEMENT);
    expect(gaugeAnnouncement(step(0.8, true), step(1, true))).toBe(FULL_OPEN_ANNOUNCEMENT);
    expect(FULL_OPEN_ANNOUNCEMENT).not.toContain('확인해 볼 수');
  });
  it('never after a safety turn', () => {
    expect(gaugeAnnouncement(step(0.8), step(1, false, false, true))).toBe('');
    expect(gaugeAnnouncement(step(0.45), { ...step(0.55), safety: true })).toBe('');
  });
  it('says no numbers and no 당신', () => {
    for (const line of [EARLY_ANNOUNCEMENT, FULL_ANNOUNCEMENT, FULL_OPEN_ANNOUNCEMENT]) {
      expect(line).not.toMatch(/\d/);
      expect(line).not.toContain('당신');
    }
  });
});
