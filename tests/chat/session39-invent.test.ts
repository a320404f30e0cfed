/**
 * Session 39 (invent): invented facts and feelings, and filler that does not fit, found by testers
 * talking about songs (/tmp/s39/hunt/songs): others' success read as the user's own good news, a
 * licence named for a pass of anything, a wish to cry read as a wish to run away, a wedding ahead
 * treated as attended, a duet read as jealousy, a birthday met with gloom, gladness turned down
 * met with joy, and requests no rule caught answered as stories never told.
 */
import { describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import { comparesWithOthers, othersAheadReplies } from '../../src/chat/others-ahead';
import { asksTheBot, asksWhenTold, CRY_REPLIES, deniesGladness, gladOccasion, mildMood, namesUnsaid, NOT_CAUGHT_REPLIES, NOT_CAUGHT_SONG_REPLIES, notCaughtReplies, presumesToldEvent, wantsToCry } from '../../src/chat/told-nothing';
import { detectWin, joyTurn } from '../../src/chat/joy-thread';
import { detectGoodNews } from '../../src/chat/life-events';
import { presumesUnsaid } from '../../src/chat/intent-guards';
import { fakeAnalyze, fakeIndex, realModelPresent, talkThrough, useShippedChat } from './helpers';

const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60 });

describe('others ahead (others-ahead.ts)', () => {
  it('finds others’ success set against the user’s standstill', () => {
    for (const text of [
      '친구들은 다 취업했는데 저만 제자리인 것 같아요',
      '다들 합격했는데 나만',
      '다들 합격했는데 나만 ㅠㅠ',
      '다들 합격했는데 나만 떨어졌어',
      '친구는 승진했는데',
      '친구는 승진했는데 난 아직도 그대로야',
      '동생은 붙었는데 난',
      '동생은 붙었는데 난 또 떨어졌어',
      '동기들은 다 결혼했는데 나만 혼자야',
      '친구는 벌써 집 샀는데 나는 아직 월세야',
      '동기들 다 취업했는데 나만 백수 ㅠㅠ',
      '같이 준비한 친구들은 다 붙었는데 저만 떨어졌어요',
    ]) {
      expect(comparesWithOthers(text), text).toBe(true);
    }
  });

  it('leaves the user’s own news, gladness for others, hearsay asked and other stories alone', () => {
    for (const text of [
      '나 취업했어!',
      '드디어 합격했어요 ㅠㅠ',
      '동생이 합격했대요 축하해 주고 싶어요',
      '친구가 취업했는데 축하 선물 뭐 하지',
      '다들 붙었는데 나도 붙었어!',
      '친구들은 다 취업했는데 저는 오늘 합격했어요!',
      '동생이 합격했는데 너무 기뻐요',
      '친구가 결혼했는데 축가 불러야 돼',
      '다들 합격했대?',
      '친구가 이직했는데 연락이 없어',
      '형은 결혼했는데 전부 내가 챙겨야 해',
      '친구들이랑 합격 축하 파티 했는데 재밌었어',
      '오늘 면접 봤는데 나만 떨었어',
    ]) {
      expect(comparesWithOthers(text), text).toBe(false);
    }
  });

  it('is no win nor good news of the user’s, at the cause', () => {
    expect(detectWin('친구들은 다 취업했는데 저만 제자리인 것 같아요')).toBeNull();
    expect(detectWin('다들 취업했는데 저만 백수예요')).toBeNull();
    expect(detectWin('동기들은 승진했는데 나만 그대로')).toBeNull();
    expect(joyTurn('친구들은 다 취업했는데 저만 제자리인 것 같아요', '친구들은 다 취업했는데 저만 제자리인 것 같아요', { joyStory: false, laughedOff: false })).toBeNull();
    expect(detectGoodNews('다들 합격했는데 나만 ㅠㅠ')).toBeNull();
    // The user's own wins still are.
    expect(detectWin('나 취업했어!')?.kind).toBe('win');
    expect(detectWin('승진했어요!')?.kind).toBe('win');
    expect(detectWin('동생 전역했어')?.kind).toBe('win');
    expect(detectGoodNews('합격함 ㅋㅋ')?.id).toBe('passed');
  });

  it('answers the pain of comparison, with no congratulation', () => {
    const replies = [...othersAheadReplies(['오늘 면접 떨어졌다는 연락 받았어요']), ...othersAheadReplies([])];
    for (const r of replies) expect(r).not.toMatch(/축하|잘됐|결실|제자리/u);
    expect(othersAheadReplies(['오늘 면접 떨어졌다는 연락 받았어요'])[0]).toMatch(/결과를 받은 뒤라/u);
    expect(othersAheadReplies(['오늘 날씨 좋다'])[0]).not.toMatch(/결과를 받은 뒤라/u);
  });
});

describe('intents whose replies presume what was not told (intent-guards.ts)', () => {
  it('a wish to cry is no wish to run away', () => {
    expect(presumesUnsaid('life_mood_want_to_escape', '울고 싶어서')).toBe(true);
    expect(presumesUnsaid('life_mood_want_to_escape', '그냥 실컷 울고 싶어')).toBe(true);
    expect(presumesUnsaid('life_mood_want_to_escape', '그냥 다 두고 어디론가 떠나고 싶다')).toBe(false);
    expect(presumesUnsaid('life_mood_want_to_escape', '도망가고 싶다')).toBe(false);
  });

  it('a wedding song asked for is no wedding attended', () => {
    expect(presumesUnsaid('friends_wedding_attended', '친구 결혼식 축가 추천해줘')).toBe(true);
    expect(presumesUnsaid('friends_wedding_attended', '친구 결혼식 다녀왔어')).toBe(false);
    expect(presumesUnsaid('friends_wedding_attended', '오늘 친구 결혼식에서 축가 불렀어 ㅎㅎ')).toBe(false);
  });

  it('a duet to sing is no jealousy over a partner’s friend', () => {
    expect(presumesUnsaid('dating_jealous_partner_friend', '여자 둘이 부를 거야')).toBe(true);
    expect(presumesUnsaid('dating_jealous_partner_friend', '남친 여사친이 너무 신경 쓰여요')).toBe(false);
    expect(presumesUnsaid('dating_jealous_partner_friend', '여친이 남사친이랑 둘이 밥 먹는대.. 괜찮은 척했는데 안 괜찮아')).toBe(false);
  });
});

describe('told nothing (told-nothing.ts)', () => {
  it('finds requests and questions to the bot that tell nothing of the user', () => {
    for (const text of ['봄날 있어?', '친구 결혼식 축가 추천해줘', '추천해줘 너가 좋아하는 걸로', '화날 때 듣는 노래 없냐', '이거 말고 폴킴 다른 노래', '너무 유명한 거 말고', '헤이 쉼표 노래 하나 불러줘', '박효신 같은 거', '다른 가수는요?', '성시경 없어?', '그럼 1절만이라도', '밝은 걸로 부탁해요', '그것도 말고', '그럼 비슷한 느낌으로']) {
      expect(asksTheBot(text), text).toBe(true);
    }
    for (const text of ['요즘 너무 지쳐서 뭐 들을 만한 거 없어?', '엄마 생신인데 엄마가 임영웅 팬이야', '잔나비 노래야', '돈 없어', '할 게 없어', '나 남친 있어', '회사에서 야근만 3주째야', '그냥 다 싫어', '울고 싶어서', '오늘 면접 봤는데 떨어졌어 위로해줘', '아빠가 좋아하던 노래라서', '그냥 집으로 가는 중']) {
      expect(asksTheBot(text), text).toBe(false);
    }
  });

  it('says honestly it did not catch the request, about songs when songs were asked', () => {
    expect(notCaughtReplies('봄날 있어?')).toBe(NOT_CAUGHT_REPLIES);
    expect(notCaughtReplies('화날 때 듣는 노래 없냐')).toBe(NOT_CAUGHT_SONG_REPLIES);
    for (const r of [...NOT_CAUGHT_REPLIES, ...NOT_CAUGHT_SONG_REPLIES]) expect(r).toMatch(/알아듣지|못 알아들었/u);
    // A mood named for the songs is said back in the way to ask.
    expect(notCaughtReplies('밝은 거 줘')[0]).toMatch(/"밝은 노래 틀어줘"/u);
    expect(notCaughtReplies('머 잔잔한거')[0]).toMatch(/"잔잔한 노래 틀어줘"/u);
  });

  it('names no licence for a pass of anything', () => {
    expect(namesUnsaid('이 자격증으로 해보고 싶은 게 있어요?', ['오늘 합격 발표 났어!!!'])).toBe(true);
    expect(namesUnsaid('이 자격증으로 해보고 싶은 게 있어요?', ['정처기 붙었어'])).toBe(false);
    expect(namesUnsaid('이 자격증으로 해보고 싶은 게 있어요?', ['자격증 시험 봤는데', '합격했어!'])).toBe(false);
    expect(namesUnsaid('합격 축하해요!', ['오늘 합격 발표 났어!!!'])).toBe(false);
  });

  it('asks about "그때" only when an event was told', () => {
    expect(presumesToldEvent('그때 어떤 생각이 제일 먼저 들었어요?', '여자 둘이 부를 거야')).toBe(true);
    expect(presumesToldEvent('그 순간 어떤 기분이 제일 먼저 들었어요?', '엄마 생신인데 엄마가 임영웅 팬이야')).toBe(true);
    expect(presumesToldEvent('그때 어떤 생각이 제일 먼저 들었어요?', '좋은 의미로 울었어 ㅎㅎ')).toBe(false);
    expect(presumesToldEvent('그때 어떤 생각이 제일 먼저 들었어요?', '어제 팀장이 소리 질렀어')).toBe(false);
    expect(presumesToldEvent('조금 더 자세히 들려줄래요?', '여자 둘이 부를 거야')).toBe(false);
  });

  it('asks no "since when" right after how long was told', () => {
    expect(asksWhenTold('언제부터 이런 마음이 들기 시작했어요?', '헤어진 지 일주일 됐어')).toBe(true);
    expect(asksWhenTold('언제부터 이런 마음이 들기 시작했어요?', '회사에서 야근만 3주째야')).toBe(true);
    expect(asksWhenTold('언제부터 이런 마음이 들기 시작했어요?', '헤어졌어')).toBe(false);
    expect(asksWhenTold('지금 곁에 기댈 수 있는 사람이 있어요?', '헤어진 지 일주일 됐어')).toBe(false);
  });

  it('a glad occasion told plainly, not a lonely or grieving one', () => {
    expect(gladOccasion('엄마 생신인데 엄마가 임영웅 팬이야')).toBe(true);
    expect(gladOccasion('다음 주가 결혼기념일이야')).toBe(true);
    expect(gladOccasion('오늘 생일인데 아무도 몰라')).toBe(false);
    expect(gladOccasion('돌아가신 아빠 생신이라 마음이 그래')).toBe(false);
    expect(gladOccasion('생일 선물 뭐 하지?')).toBe(false);
    expect(gladOccasion('엄마랑 싸웠어')).toBe(false);
  });

  it('gladness turned down', () => {
    expect(deniesGladness('아니 너무 신나는 건 싫고')).toBe(true);
    expect(deniesGladness('밝은 거 말고')).toBe(true);
    expect(deniesGladness('신나는 노래 틀어줘')).toBe(false);
    expect(deniesGladness('오늘 너무 신나!')).toBe(false);
    expect(deniesGladness('싫은 일이 끝나서 신나')).toBe(false);
  });

  it('a wish to cry, not tears of laughter nor a wish not to cry', () => {
    expect(wantsToCry('울고 싶어서')).toBe(true);
    expect(wantsToCry('그냥 펑펑 울고 싶어')).toBe(true);
    expect(wantsToCry('울고 싶지 않아')).toBe(false);
    expect(wantsToCry('웃겨서 울고 싶다 ㅋㅋ')).toBe(false);
    expect(wantsToCry('기뻐서 울고 싶어')).toBe(false);
    expect(wantsToCry('울고 싶어?')).toBe(false);
    for (const r of CRY_REPLIES) expect(r).not.toMatch(/떠나|도망/u);
  });

  it('a low mood told as slight', () => {
    expect(mildMood('기뷴이 꿀꿀햐')).toBe(true);
    expect(mildMood('그냥 그래')).toBe(true);
    expect(mildMood('너무 힘들어')).toBe(false);
  });
});

describe('the engine (fake model)', () => {
  it('answers others ahead as comparison, not congratulation', async () => {
    const [r] = await talkThrough(engine(), ['친구들은 다 취업했는데 저만 제자리인 것 같아요']);
    expect(r!.reply).not.toMatch(/축하|잘됐|결실/u);
    const turns = await talkThrough(engine(), ['오늘 면접 떨어졌다는 연락 받았어요. 벌써 열두 번째예요.', '다들 취업했는데 저만 백수예요']);
    expect(turns[1]!.reply).not.toMatch(/축하|잘됐|결실/u);
  }, 240_000);

  it('answers a wish to cry with leave to cry', async () => {
    const turns = await talkThrough(engine(), ['우울해', '울고 싶어서']);
    expect(turns[1]!.reply).not.toMatch(/떠날|떠나고|도망/u);
  });
});

describe.skipIf(!realModelPresent())('session 39 (invent) conversations with the shipped model', () => {
  const shipped = useShippedChat();

  it('c41: friends all employed after a twelfth failure is not congratulated', async () => {
    const turns = await talkThrough(shipped().engine, ['오늘 면접 떨어졌다는 연락 받았어요. 벌써 열두 번째예요.', '이번엔 진짜 붙을 줄 알았는데 최종에서 떨어졌어요', '부모님 얼굴 보기가 너무 미안해요', '친구들은 다 취업했는데 저만 제자리인 것 같아요']);
    expect(turns[3]!.reply).not.toMatch(/축하|결실|잘됐/u);
    expect(turns[3]!.reply).toMatch(/제자리|앞서|비교|뒤처|조급/u);
  }, 60_000);

  it('the comparison family: no congratulation, no invented story', async () => {
    for (const text of ['다들 합격했는데 나만 ㅠㅠ', '친구는 승진했는데', '동생은 붙었는데 난 또 떨어졌어', '친구는 벌써 집 샀는데 나는 아직 월세야']) {
      const [r] = await talkThrough(shipped().engine, [text]);
      expect(r!.reply, text).not.toMatch(/축하|결실|잘됐|몇 년|그런 대우/u);
    }
  }, 60_000);

  it('c10: a pass announced is congratulated without naming a licence', async () => {
    const [r] = await talkThrough(shipped().engine, ['오늘 합격 발표 났어!!!']);
    expect(r!.reply).toMatch(/축하|잘됐|기쁜/u);
    expect(r!.reply).not.toMatch(/자격증/u);
  }, 60_000);

  it('c11: "울고 싶어서" is no wish to run away', async () => {
    const turns = await talkThrough(shipped().engine, ['우울해', '그냥 다 싫어', '더 슬픈 노래 듣고 싶어', '울고 싶어서']);
    expect(turns[3]!.reply).not.toMatch(/떠날|떠나|아무도 나를 모르는/u);
    expect(turns[3]!.reply).toMatch(/울어도/u);
  }, 60_000);

  it('c31: a wedding song asked for is no wedding attended, a duet no jealousy', async () => {
    const turns = await talkThrough(shipped().engine, ['친구 결혼식 축가 추천해줘', '여자 둘이 부를 거야']);
    expect(turns[0]!.reply).not.toMatch(/오늘 유독|함께했군요|다녀/u);
    expect(turns[1]!.reply).not.toMatch(/질투|쿨한 척|그때/u);
  }, 60_000);

  it('c28: a mother’s birthday is met with no gloom', async () => {
    const turns = await talkThrough(shipped().engine, ['임영웅 노래 추천해줘', '엄마 생신인데 엄마가 임영웅 팬이야']);
    expect(turns[1]!.reply).not.toMatch(/무겁|잠은|힘들었|속상/u);
  }, 60_000);

  it('c39: gladness turned down after a break-up is not hailed', async () => {
    const turns = await talkThrough(shipped().engine, ['헤어진 지 일주일 됐어', '매일 걔 인스타 들어가봐', '노래 들으면 다 내 얘기 같아', '이별 노래 말고 기분 좀 전환되는 걸로', '아니 너무 신나는 건 싫고']);
    expect(turns[0]!.reply).not.toMatch(/언제부터/u);
    expect(turns[4]!.reply).not.toMatch(/좋네요|기쁜|좋은 기분|반짝/u);
  }, 60_000);

  it('c13/c23/c43: requests no rule caught are not met with a story never told', async () => {
    const a = await talkThrough(shipped().engine, ['BTS 노래 추천해줘', '방탄 노래 중에 위로되는 거', '봄날 있어?']);
    expect(a[2]!.reply).not.toMatch(/그때 어떤 생각|잘 듣고 있어요/u);
    const b = await talkThrough(shipped().engine, ['폴킴 노래 틀어줘', '폴킴 모든 날 모든 순간 좋아', '이거 말고 폴킴 다른 노래']);
    expect(b[2]!.reply).not.toMatch(/그렇게 지내고 있었군요/u);
  }, 60_000);
});
