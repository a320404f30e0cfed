import { describe, expect, it } from 'vitest';
import { keptAnnouncement, keptNoticeCopy } from './storageNoticeCopy';

describe('what the storage notice says while writes are held', () => {
  it('says what is saved and what is not, every time', () => {
    for (const view of [
      { pending: 3, keptLocally: 3 },
      { pending: 3, keptLocally: 1 },
      { pending: 3, keptLocally: 0 },
    ]) {
      const copy = keptNoticeCopy(view);
      expect(copy.title).toBe('저장 공간이 가득 찼어요');
      expect(copy.state).toMatch(/^그 전 기록은 그대로지만, 최근 이야기는 기록에 저장하지 못했어요\./);
      expect(copy.advice).toMatch(/지난 대화를 지우면 공간이 생기고/);
      expect(copy.advice).toMatch(/파일로/);
    }
  });

  it('promises a reload keeps them only when every held write is copied to localStorage', () => {
    expect(keptNoticeCopy({ pending: 4, keptLocally: 4 }).state).toMatch(/창을 닫아도 괜찮아요/);
    for (const view of [
      { pending: 4, keptLocally: 3 },
      { pending: 4, keptLocally: 0 },
    ]) {
      const state = keptNoticeCopy(view).state;
      expect(state).not.toMatch(/괜찮아요/);
      expect(state).toMatch(/창을 닫으면 .*사라져요/);
    }
    expect(keptNoticeCopy({ pending: 4, keptLocally: 3 }).state).toMatch(/앞부분만/);
  });

  it('announces the same text the screen shows, in one line', () => {
    const view = { pending: 2, keptLocally: 2 };
    const copy = keptNoticeCopy(view);
    expect(keptAnnouncement(view)).toBe(`${copy.title}. ${copy.state} ${copy.advice}`);
  });
});
