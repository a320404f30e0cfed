/**
 * Session 43: a message sent to the wrong room, then who was in it ("팀장님도 있는 방인데") and facing
 * them again ("내일 출근 어떻게 하지"), had got stock worry lines (story-frame.ts sentToWrongPerson).
 */
import { describe, expect, it } from 'vitest';
import { sentToWrongPerson, storyFrameTurn, watcherIn } from '../../src/chat/story-frame';
import { realModelPresent, talkThrough, useShippedChat } from './helpers';

const SENT = ['단톡방에 엄마한테 보낼 메시지를 잘못 보냈어'];
const GOSSIP = ['팀장 뒷담한 걸 팀장한테 보냄'];

describe('who was in the room, and facing them again', () => {
  it('someone who matters in that room', () => {
    for (const t of ['팀장님도 있는 방인데', '엄마까지 들어와 있는 단톡이야', '부장님도 같이 있는 방이야 ㅠㅠ', '교수님도 있는 단톡방이었어'])
      expect(sentToWrongPerson(t, SENT), t).toBe('watcher');
    expect(watcherIn('부장님도 같이 있는 방이야')).toBe('부장님');
  });
  it('facing them again', () => {
    for (const t of ['내일 출근 어떻게 하지', '얼굴 어떻게 봐', '회사 가기 무섭다', '내일 학교 어떻게 가냐', '마주치면 어떡해'])
      expect(sentToWrongPerson(t, SENT), t).toBe('face');
  });
  it('not without a message sent to the wrong room, nor as a question, nor the earlier turns', () => {
    expect(sentToWrongPerson('팀장님도 있는 방인데', ['오늘 회의 길었어'])).toBeNull();
    expect(sentToWrongPerson('내일 출근 어떻게 하지', ['오늘 팀장님한테 혼났어'])).toBeNull();
    expect(sentToWrongPerson('팀장님도 있는 방인데 어떡하지?', SENT)).toBeNull();
    expect(sentToWrongPerson('아직 안 읽었어', SENT)).toBe('unread');
    expect(sentToWrongPerson('헐 방금 읽었어', SENT)).toBe('read');
    expect(sentToWrongPerson('팀장님도 있는 방인데', ['카톡 보냈어', '오늘 날씨 좋다', '점심 뭐 먹지', '배고파'])).toBeNull();
  });
  it('a message about someone is no laughing matter', () => {
    const light = storyFrameTurn('내일 출근 어떻게 하지', { story: SENT })!.reply;
    const grave = storyFrameTurn('내일 출근 어떻게 하지', { story: GOSSIP })!.reply;
    expect(light).toMatch(/웃고 넘어가요/u);
    expect(grave).not.toMatch(/웃고 넘어가요|잊는 경우가 많아요/u);
    expect(grave).toMatch(/사과/u);
    expect(storyFrameTurn('부장님도 있는 방이야', { story: GOSSIP })!.reply).toMatch(/^부장님까지 있는 방이라/u);
  });
});

describe.skipIf(!realModelPresent())('the wrong room, told in turns (shipped model)', () => {
  const shipped = useShippedChat();
  it('who was there and tomorrow are said back, not met with stock worry', async () => {
    const rs = await talkThrough(shipped().engine, ['아 진짜 쪽팔려', ...SENT, '팀장님도 있는 방인데', '다들 읽었어 ㅠㅠ', '내일 출근 어떻게 하지']);
    expect(rs[2]!.reply).toMatch(/^팀장님까지 있는 방이라/u);
    expect(rs[4]!.reply).toMatch(/다시 얼굴 볼 생각/u);
    for (const r of rs.slice(2)) expect(r.reply).not.toMatch(/그 걱정이 없다면|그 답을 제가 정해 드릴 수는 없지만/u);
  }, 60_000);
});
