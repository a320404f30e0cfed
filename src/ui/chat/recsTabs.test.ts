import { describe, expect, it } from 'vitest';
import { RECS_TABS } from './recsTabs';

describe('RECS_TABS', () => {
  it('has the names the chat uses, one tab per mode', () => {
    expect(RECS_TABS.map((t) => [t.id, t.label])).toEqual([
      ['similar', '지금 내 감정과 비슷한 노래'],
      ['shift', '기분을 바꿔 줄 노래'],
    ]);
  });

  it('shows the end of each name on a narrow card, short enough for one line at 360 px', () => {
    for (const t of RECS_TABS) {
      expect(t.lead + t.short).toBe(t.label);
      expect(t.label.endsWith(t.short)).toBe(true);
      expect(t.short.trim()).toBe(t.short);
      // About 125 px of text per tab at 360 px: at most 8 syllables at 14 px.
      expect(t.short.replace(/\s/g, '').length).toBeLessThanOrEqual(8);
    }
  });
});
