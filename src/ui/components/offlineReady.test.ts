import { describe, expect, it } from 'vitest';
import { NOTED_KEY, OFFLINE_NOTE, readNoted, showOfflineNote, writeNoted, type NoteStore } from './offlineReady';

const fakeStore = (): NoteStore & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};

describe('offline-ready note', () => {
  const base = { swReady: true, modelReady: true, notedBefore: false, dismissed: false };
  it('waits for both the cached files and the opened model', () => {
    expect(showOfflineNote(base)).toBe(true);
    expect(showOfflineNote({ ...base, modelReady: false })).toBe(false); // files cached, model still opening
    expect(showOfflineNote({ ...base, swReady: false })).toBe(false); // model open, files still caching
  });
  it('goes when closed and does not come back on a later visit', () => {
    expect(showOfflineNote({ ...base, dismissed: true })).toBe(false);
    expect(showOfflineNote({ ...base, notedBefore: true })).toBe(false);
  });
  it('remembers that it was said', () => {
    const store = fakeStore();
    expect(readNoted(store)).toBe(false);
    writeNoted(store);
    expect(store.data.get(NOTED_KEY)).toBe('1');
    expect(readNoted(store)).toBe(true);
    expect(readNoted(null)).toBe(false);
    const broken: NoteStore = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    };
    expect(readNoted(broken)).toBe(false);
    expect(() => writeNoted(broken)).not.toThrow();
  });
  it('says what is true, in 해요체', () => {
    expect(OFFLINE_NOTE).toMatch(/요$/);
    expect(OFFLINE_NOTE).toContain('인터넷 없이도');
  });
});
