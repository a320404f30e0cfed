import { describe, expect, it } from 'vitest';
import { COMMUNITY_SYNC_NOTICE } from './privacyNotice.ts';

describe('COMMUNITY_SYNC_NOTICE', () => {
  const text = JSON.stringify(COMMUNITY_SYNC_NOTICE);

  it('names everything that is sent', () => {
    for (const item of ['노래 번호', '좋아요/별로예요', '추천 방식', '0.1 단위로 뭉뚱그린 감정 비율', '날짜(일 단위)', '매달 새로 정하는 번호']) {
      expect(COMMUNITY_SYNC_NOTICE.sent.some((line) => line.includes(item)), item).toBe(true);
    }
    // Plain words on the screen (session 40): no "곡 ID" or "임의의 설치 ID" in the list.
    for (const line of COMMUNITY_SYNC_NOTICE.sent) expect(line).not.toMatch(/ID|임의의/);
  });

  it('names what is never sent, and says it is off by default', () => {
    expect(COMMUNITY_SYNC_NOTICE.neverSent).toEqual(['대화 내용', '일기', '정확한 시각', '기기 정보']);
    expect(text).toContain('기본값은 꺼짐');
  });

  it('does not call it anonymous: it says a month of ratings shares one install id', () => {
    expect(text).not.toContain('익명');
    expect(COMMUNITY_SYNC_NOTICE.summary).toContain('이름이나 기기 정보는 보내지 않아요');
    expect(COMMUNITY_SYNC_NOTICE.summary).toContain('한 달 동안 남긴 평가는 같은 번호로 묶여요');
    expect(COMMUNITY_SYNC_NOTICE.details.some((line) => line.includes('한 달 동안은 같은 번호'))).toBe(true);
    expect(text).not.toContain('당신');
  });
});
