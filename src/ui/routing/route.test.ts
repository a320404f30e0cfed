import { describe, expect, it } from 'vitest';
import { entryLevel, historyStep, parseRoute, routeChain, routeHash, routeLevel, sameRoute, type Route } from './route';

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

describe('the back stack (session 39: tabs replace, a record pushes, back goes to 대화 once)', () => {
  const chat: Route = { tab: 'chat' };
  const settings: Route = { tab: 'settings' };
  const diary: Route = { tab: 'diary' };
  const list: Route = { tab: 'history' };
  const record: Route = { tab: 'history', record: { kind: 'conversation', id: 'c1' } };
  const other: Route = { tab: 'history', record: { kind: 'diary', id: 'd2' } };

  it('puts 대화 at 0, the other tabs at 1 and an open record at 2', () => {
    expect([chat, settings, diary, list, record].map(routeLevel)).toEqual([0, 1, 1, 1, 2]);
    expect(routeChain(record)).toEqual([chat, list, record]);
    expect(routeChain(settings)).toEqual([chat, settings]);
    expect(routeChain(chat)).toEqual([chat]);
  });

  it('adds one entry when leaving 대화 for a tab, and only replaces between tabs', () => {
    expect(historyStep(chat, 0, settings)).toEqual({ kind: 'write', replace: null, push: [settings] });
    expect(historyStep(settings, 1, diary)).toEqual({ kind: 'write', replace: diary, push: [] });
    expect(historyStep(diary, 1, list)).toEqual({ kind: 'write', replace: list, push: [] });
    expect(historyStep(list, 1, settings)).toEqual({ kind: 'write', replace: settings, push: [] });
  });

  it('pushes an opened record, so back closes it', () => {
    expect(historyStep(list, 1, record)).toEqual({ kind: 'write', replace: null, push: [record] });
    // From another tab straight to a record (기록 reopened with one open): the list goes below it.
    expect(historyStep(settings, 1, record)).toEqual({ kind: 'write', replace: list, push: [record] });
    expect(historyStep(chat, 0, record)).toEqual({ kind: 'write', replace: null, push: [list, record] });
    expect(historyStep(record, 2, other)).toEqual({ kind: 'write', replace: other, push: [] });
  });

  it('steps back instead of adding 대화 or the list on top', () => {
    expect(historyStep(settings, 1, chat)).toEqual({ kind: 'back', by: 1 });
    expect(historyStep(record, 2, list)).toEqual({ kind: 'back', by: 1 });
    expect(historyStep(record, 2, chat)).toEqual({ kind: 'back', by: 2 });
    // A record left for 설정: back to the list's entry, which is then replaced by 설정.
    expect(historyStep(record, 2, settings)).toEqual({ kind: 'back', by: 1 });
    expect(historyStep(list, 1, settings)).toEqual({ kind: 'write', replace: settings, push: [] });
  });

  it('does nothing when the entry already shows the place', () => {
    for (const r of [chat, settings, list, record]) expect(historyStep(r, routeLevel(r), r)).toEqual({ kind: 'stay' });
  });

  it('rebuilds an entry it did not write (a bookmark, a typed hash) as 대화 with the place on top', () => {
    expect(historyStep(null, 0, settings)).toEqual({ kind: 'write', replace: chat, push: [settings] });
    expect(historyStep(null, 0, record)).toEqual({ kind: 'write', replace: chat, push: [list, record] });
    expect(historyStep(null, 0, chat)).toEqual({ kind: 'write', replace: chat, push: [] });
    // The first visit without a hash only marks the entry.
    expect(historyStep(chat, 0, chat)).toEqual({ kind: 'stay' });
  });

  it('reads the level only from states the app wrote', () => {
    expect(entryLevel({ level: 1 })).toBe(1);
    expect(entryLevel({ level: 0 })).toBe(0);
    expect(entryLevel(null)).toBeNull();
    expect(entryLevel({ previous: '#history' })).toBeNull();
    expect(entryLevel({ level: 3 })).toBeNull();
    expect(entryLevel({ level: '1' })).toBeNull();
  });
});
