import { describe, expect, it } from 'vitest';
import { SERVER_EXPLAINER, sendingLine, syncStateText, whenLabel, type SendingStatus } from './syncCopy';

describe('community sync copy', () => {
  it('says why the switch cannot be turned on without a server, and nothing when it can', () => {
    const none = syncStateText(false, false);
    expect(none.state).toBe('꺼짐');
    expect(none.reason).toContain('서버가 없어서 켤 수 없어요');
    expect(none.reason).toContain("'고급'");
    expect(syncStateText(false, true)).toEqual({ state: '꺼짐', reason: '' });
    expect(syncStateText(true, true)).toEqual({ state: '켜짐', reason: '' });
    expect(syncStateText(true, false).reason).toBe('');
  });

  it('explains the server as optional and run by its host, without naming an address', () => {
    const text = SERVER_EXPLAINER.join(' ');
    expect(SERVER_EXPLAINER.length).toBeLessThanOrEqual(2);
    expect(text).toContain('쓰지 않아도');
    expect(text).toContain('운영하는');
    expect(text).not.toMatch(/https?:\/\//);
    expect(text).not.toContain('당신');
  });
});

describe('sendingLine', () => {
  // Tuesday 24 November 2026, 14:05 local time.
  const now = new Date(2026, 10, 24, 14, 5).getTime();
  const idle: SendingStatus = { pending: 0, retracting: 0, online: true, lastSentAt: null, lastFailedAt: null, nextTryAt: null };

  it('says when ratings last went out, and that nothing waits', () => {
    expect(sendingLine(idle, now)).toEqual({ text: '아직 보낸 평가가 없어요.', lastSent: '', tone: 'ok' });
    const sent = sendingLine({ ...idle, lastSentAt: new Date(2026, 10, 24, 14, 2).getTime() }, now);
    expect(sent).toEqual({ text: '남긴 평가를 모두 보냈어요.', lastSent: '마지막으로 보낸 때: 오늘 오후 2:02', tone: 'ok' });
  });

  it('says the server could not be reached, what waits, and when it tries again', () => {
    const failing = { ...idle, pending: 1, lastFailedAt: now - 1_000, nextTryAt: now + 20_000 };
    expect(sendingLine(failing, now)).toEqual({
      text: '서버에 연결하지 못했어요 · 보내지 않은 평가 1개 · 잠시 뒤 다시 보낼게요',
      lastSent: '',
      tone: 'problem',
    });
    const later = sendingLine({ ...failing, pending: 3, retracting: 1, nextTryAt: new Date(2026, 10, 24, 14, 35).getTime() }, now);
    expect(later.text).toBe('서버에 연결하지 못했어요 · 보내지 않은 평가 2개 · 보내지 않은 평가 취소 1개 · 오후 2:35쯤 다시 보낼게요');
  });

  it('waits for the internet while offline, and says 곧 while a send is due', () => {
    expect(sendingLine({ ...idle, pending: 2, online: false, lastFailedAt: now }, now).text).toBe('보내지 않은 평가 2개 · 인터넷에 연결되면 보낼게요');
    expect(sendingLine({ ...idle, pending: 1, nextTryAt: now + 2_000 }, now)).toMatchObject({ text: '보내지 않은 평가 1개 · 곧 보낼게요', tone: 'waiting' });
  });

  it('names the day: 오늘, 어제, or the date', () => {
    // Record days, as everywhere in the app: 00:40 belongs to the evening before.
    expect(whenLabel(new Date(2026, 10, 24, 0, 40).getTime(), now)).toBe('어제 새벽 12:40');
    expect(whenLabel(new Date(2026, 10, 24, 9, 0).getTime(), now)).toBe('오늘 오전 9:00');
    expect(whenLabel(new Date(2026, 10, 23, 23, 30).getTime(), now)).toBe('어제 밤 11:30');
    expect(whenLabel(new Date(2026, 10, 20, 9, 5).getTime(), now)).toBe('11월 20일 오전 9:05');
  });
});
