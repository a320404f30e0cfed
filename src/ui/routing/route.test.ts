import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, sameRoute } from './route';

describe('tab routes in the URL hash', () => {
  it('reads the tabs, with no hash as 대화', () => {
    expect(parseRoute('')).toEqual({ tab: 'chat' });
    expect(parseRoute('#')).toEqual({ tab: 'chat' });
    expect(parseRoute('#settings')).toEqual({ tab: 'settings' });
    expect(parseRoute('#history')).toEqual({ tab: 'history' });
    expect(parseRoute('#diary')).toEqual({ tab: 'diary' });
  });

  it('reads an open record on 기록', () => {
    expect(parseRoute('#history/conversation/052c440f-909f')).toEqual({
      tab: 'history',
      record: { kind: 'conversation', id: '052c440f-909f' },
    });
    expect(parseRoute('#history/diary/a%2Fb')).toEqual({ tab: 'history', record: { kind: 'diary', id: 'a/b' } });
    expect(parseRoute('#history/song/x')).toEqual({ tab: 'history' });
    expect(parseRoute('#history/diary/%E0')).toEqual({ tab: 'history' });
  });

  it('ignores hashes that are not routes (the skip link\'s #main)', () => {
    expect(parseRoute('#main')).toBeNull();
    expect(parseRoute('#panel-chat')).toBeNull();
  });

  it('writes hashes that read back the same', () => {
    const routes = [
      { tab: 'chat' as const },
      { tab: 'settings' as const },
      { tab: 'history' as const },
      { tab: 'history' as const, record: { kind: 'conversation' as const, id: 'c-1/2' } },
    ];
    for (const r of routes) expect(parseRoute(routeHash(r))).toEqual(r);
    expect(routeHash({ tab: 'chat' })).toBe('');
    expect(routeHash({ tab: 'settings', record: { kind: 'diary', id: 'x' } })).toBe('#settings');
    expect(sameRoute({ tab: 'history', record: null }, { tab: 'history' })).toBe(true);
  });
});
