/**
 * What four helpers found in session 34 (terse and glad users, money and family, loss, talk after
 * the songs) and the rules that answer it: good news told in a few words, someone let go named by
 * a name only.
 */
import { describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import { GOOD_NEWS } from '../../src/chat/good-news';
import { detectGoodNews, detectLifeEvent, LIFE_EVENTS } from '../../src/chat/life-events';
import { asksAboutApp } from '../../src/chat/asks-about-app';
import { asksForSongs } from '../../src/chat/asks-for-songs';
import { presumesUnsaid, storyPresumesUnsaid } from '../../src/chat/intent-guards';
import { asksReassurance } from '../../src/chat/asks-reassurance';
import { GRIEF_TURN_REPLIES, griefTurn, NO_TEARS_REPLIES, tearsWontCome } from '../../src/chat/grief-turns';
import { namesRelief } from '../../src/chat/relief';
import { wantsGladness } from '../../src/chat/feeling-words';
import { toldMisfortune } from '../../src/chat/misfortune';
import { practicalTopic, threatOverDebt } from '../../src/chat/practical-help';
import { songDirection, songModeFor, talksAboutSongs } from '../../src/chat/talks-about-songs';
import { mixFromArray } from '../../src/ml/emotions';
import { loadCorpus } from '../../scripts/dialogue/corpus';
import { fakeAnalyze, fakeIndex, realModelPresent, talkThrough, useShippedChat } from './helpers';

const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60 });

describe('good news told in a few words', () => {
  it('is told by its kind, and not when it is someone else’s, wished for, feared or gone wrong', () => {
    const cases: Array<[string, string | null]> = [
      ['합격함 ㅋㅋ', 'passed'],
      ['나 붙었어!!', 'passed'],
      ['서류 붙음', 'passed'],
      ['여친생김', 'new_partner'],
      ['남친 생겼어 ㅎㅎ', 'new_partner'],
      ['기말 끝났다', 'ordeal_over'],
      ['방학이다!!', 'ordeal_over'],
      ['남친이랑 화해함', 'made_up'],
      ['퇴사했다', 'quit_job'],
      ['친구는 합격했는데 나는 떨어졌어', null],
      ['동생 면접 붙었대!!', null],
      ['합격했으면 좋겠다', null],
      ['스티커가 붙었어', null],
      ['전남친 새 여친 생김', null],
      ['짝사랑하던 애 커플됐다 ㅋㅋ 하 씁쓸', null],
      ['기말 끝났는데 망했어', null],
      ['시험 끝나면 뭐하지', null],
      ['퇴사하고 싶다', null],
      ['친한 동료 퇴사함ㅠ', null],
      ['엄마랑 화해하고 싶은데 어떻게 해', null],
      ['나 이제 자유다', 'ordeal_over'],
      ['마지막 과제 제출함', 'ordeal_over'],
      ['군대 전역했습니다', 'discharged'],
      ['전역까지 100일 남았다', null],
      ['울었어 ㅠㅠ 너무 좋아서', 'happy_tears'],
      ['신부 입장할 때 갑자기 눈물이 터짐ㅋㅋ', 'happy_tears'],
      ['너무 슬퍼서 울었어', null],
      ['드디어 헤어졌다ㅋㅋ', 'breakup_relief'],
      ['헤어졌는데 오히려 좋아', 'breakup_relief'],
      ['헤어지고 싶은데 못 하겠어', null],
      ['오늘 아들 군대 보냈어요', 'sent_to_army'],
      ['다음 주에 아들 군대 보내야 해요', null],
      ['나 오늘 고백받음', 'confessed_to'],
      ['고백했는데 거절당했어', null],
      ['5시 칼퇴', 'early_off'],
      ['칼퇴하고 싶다', null],
      ['사실 오늘 생일이었어요 아무도 몰라요', 'birthday_alone'],
      ['오늘 생일이었는데 친구들이 파티해줬어', null],
    ];
    for (const [t, id] of cases) expect(detectGoodNews(t)?.id ?? null, t).toBe(id);
    // Read apart from the life events: their probe sets count good news as none of theirs.
    for (const [t] of cases) expect(GOOD_NEWS.map((e) => e.id), t).not.toContain(detectLifeEvent(t)?.id);
    expect(LIFE_EVENTS.some((e) => GOOD_NEWS.includes(e))).toBe(false);
  });

  it('rarely takes an example of the intent corpus away from its own intent', () => {
    let examples = 0;
    let taken = 0;
    for (const it of loadCorpus().intents) {
      for (const text of [...it.examples, ...it.heldout]) {
        examples++;
        const e = detectGoodNews(text);
        if (e && !e.fits.includes(it.id)) taken++;
      }
    }
    expect(examples).toBeGreaterThan(20000);
    expect(taken / examples).toBeLessThanOrEqual(0.0005);
  });

  it('each kind has replies and questions, asked as questions', () => {
    for (const e of GOOD_NEWS) {
      expect(e.replies.length).toBeGreaterThanOrEqual(3);
      expect(e.questions.length).toBeGreaterThanOrEqual(2);
      for (const q of [...e.replies, ...e.questions]) expect(q).toMatch(/\?$/u);
    }
  });

});

describe('someone let go, named by a name only', () => {
  it('is a loss, not a parcel or a son sent to the army', () => {
    expect(detectLifeEvent('보리를 보내줬어요')?.id).toBe('let_go');
    expect(detectLifeEvent('오늘 콩이를 떠나보냈어')?.id).toBe('let_go');
    expect(detectLifeEvent('그 사람을 보내줬어요')?.id).toBe('let_go');
    expect(detectLifeEvent('택배를 보내줬어요')).toBeNull();
    expect(detectLifeEvent('아들을 군대에 보냈어')).toBeNull();
    expect(detectLifeEvent('엄마를 보내드렸어요')?.id).not.toBe('let_go');
    expect(detectLifeEvent('해피 오늘 보내줬어')?.id).toBe('let_go');
    expect(detectLifeEvent('남자친구랑 정리했어요 5년 만났어요')?.id).toBe('let_go');
    expect(detectLifeEvent('드디어 헤어졌다ㅋㅋ')).toBeNull();
  });

  it('keeps its story in sadness: the years told after it are a measure of the loss', async () => {
    const rs = await talkThrough(engine(), ['보리를 보내줬어요', '12년 같이 살았는데']);
    expect(rs[0]!.intent).toBe('life:let_go');
    expect(rs[1]!.reply).not.toMatch(/뜻깊|기대되는/u);
  });
});

describe('money and family stories told the other way round', () => {
  it('nowhere to stay is answered with a place for tonight, asked or not; a boring weekend is not', () => {
    expect(practicalTopic('갈데가 없어요', ['집주인이 월세 밀렸다고 나가래요', '두달 밀렸어요'])).toBe('no_place');
    expect(practicalTopic('오늘 잘 곳이 없어')).toBe('no_place');
    expect(practicalTopic('주말에 갈 데가 없어 심심해')).toBeNull();
    expect(presumesUnsaid('life_mood_bored', '갈데가 없어요 집주인이 나가래요')).toBe(true);
    expect(presumesUnsaid('life_mood_bored', '너무 심심한데 뭐 하지')).toBe(false);
  });

  it('unpaid wages get the labour office, not the steps for a loan', () => {
    expect(practicalTopic('이거 받을 수 있는 방법 있나요?', ['사장님이 알바비 떼먹고 잠수탔어요', '3주치요'])).toBe('wage');
    expect(practicalTopic('어떻게 받아내지?', ['친구한테 500 빌려줬는데 1년째 안 갚아'])).toBe('money_owed');
  });

  it('a debt grown past control gets where help is, asked or not', () => {
    expect(practicalTopic('처음엔 조금이었는데 돌려막기 하다보니 천만원 넘었어요')).toBe('debt');
    expect(practicalTopic('빚 다 갚았어!')).toBeNull();
  });

  it('a reminder to pay is no illegal collection; a debt growing is misfortune', () => {
    expect(threatOverDebt('카드값이 밀려서 독촉 문자가 계속 와요')).toBe(false);
    expect(threatOverDebt('가족들한테 연락하겠다고 협박해요', ['대출 앱에서 돈을 빌렸는데 못 갚았어요'])).toBe(true);
    expect(toldMisfortune('처음엔 조금이었는데 돌려막기 하다보니 천만원 넘었어요')).toBe(true);
  });

  it('the borrower is not the lender, money sent to a parent is not money asked of them', () => {
    expect(presumesUnsaid('friends_money_not_returned', '내가 친구한테 돈 빌렸는데 아직 못갚았어')).toBe(true);
    expect(presumesUnsaid('friends_money_not_returned', '친구한테 돈 빌려줬는데 안 갚아요')).toBe(false);
    expect(presumesUnsaid('money_asking_parents', '엄마가 용돈 보내달래서 보냈어')).toBe(true);
    expect(presumesUnsaid('money_asking_parents', '집에 손 벌리긴 싫고')).toBe(true);
    expect(presumesUnsaid('money_asking_parents', '생활비 모자라서 엄마한테 또 손 벌렸어요')).toBe(false);
  });

  it('a brother dodging a shared bill is not missing; a fight over an inheritance is not the death', () => {
    expect(detectLifeEvent('형이랑 반반 내기로 했는데 형이 연락을 안받아')).toBeNull();
    expect(detectLifeEvent('할머니 돌아가시고 나서 큰아빠랑 아빠가 땅 때문에 소송중이에요')).toBeNull();
    expect(detectLifeEvent('아버지 돌아가시고 나서 형제들끼리 유산 때문에 싸우고 있어요')).toBeNull();
    expect(detectLifeEvent('아버지 돌아가시고 나서 너무 힘들어요')?.id).toBe('bereavement');
    expect(detectLifeEvent('동생이 어제부터 연락이 안 돼요')?.id).toBe('family_missing');
  });
});

describe('loss and glad days: what the turn does not say is not presumed', () => {
  it('guards hold back intents that misread the turn, and some hold for the whole story', () => {
    const held: Array<[string, string]> = [
      ['conv_will_it_be_ok', '선생님이 편하게 갔대'],
      ['conv_better_than_expected', '따뜻했는데'],
      ['health_drinking_too_much', '매주 금요일마다 같이 술 마셨는데'],
      ['life_mood_tears_no_reason', '근데 이상하게 눈물이 안 나요'],
      ['work_boss_late_task', '5시 칼퇴'],
      ['love_confess_rejected', '근데 거절함'],
      ['life_mood_want_to_escape', '또 가고싶다'],
      ['life_health_feeling_unwell', '속이 다 시원하네'],
      ['grief_pet_died', '수진이가 오늘 아침에 떠났어'],
      ['conv_dont_know', 'ㅋㅋㅋㅋㅋㅋ'],
      ['meta_greeting_first', 'ㅎㅎ'],
      ['meta_compliment_bot', '뿌듯하네요'],
    ];
    for (const [id, t] of held) expect(presumesUnsaid(id, t), `${id}: ${t}`).toBe(true);
    expect(presumesUnsaid('love_confess_rejected', '고백했는데 차였어')).toBe(false);
    expect(presumesUnsaid('grief_pet_died', '우리 초코가 오늘 떠났어')).toBe(false);
    expect(presumesUnsaid('life_mood_tears_no_reason', '요즘 이유 없이 눈물이 나')).toBe(false);
    expect(storyPresumesUnsaid('military_enlisting_soon', ['오늘 아들 군대 보냈어요'])).toBe(true);
    expect(storyPresumesUnsaid('military_enlisting_soon', ['다음 달에 입대해요'])).toBe(false);
    expect(storyPresumesUnsaid('life_mood_want_to_escape', ['또 가고싶다'])).toBe(false);
  });

  it('asks whether a choice was right are answered; tears that will not come are told apart', () => {
    expect(asksReassurance('나 잘한거 맞지?')).toBe('right_choice');
    expect(asksReassurance('옳은 결정이었을까')).toBe('right_choice');
    expect(asksReassurance('잘한 건지 모르겠어요')).toBe('right_choice');
    expect(asksReassurance('오늘 잘했어')).toBeNull();
    expect(tearsWontCome('근데 이상하게 눈물이 안 나요')).toBe(true);
    expect(tearsWontCome('눈물이 계속 나요')).toBe(false);
    expect(namesRelief('속이 다 시원하네')).toBe(true);
    expect(namesRelief('시원섭섭해')).toBe(false);
  });

  it('a wish to be glad today is granted; an elder who "went" from a care home has died', () => {
    expect(wantsGladness('그래도 오늘은 좀 기뻐하고 싶어요')).toBe(true);
    expect(wantsGladness('기뻐하고 싶은데 못 하겠어')).toBe(false);
    expect(detectLifeEvent('우리 할아버지 요양원에 계시다가 어제 가셨어')?.id).toBe('bereavement');
    expect(detectLifeEvent('엄마가 오늘 가셨어')).toBeNull();
    expect(detectLifeEvent('할머니가 치매 진단 받으셨어')?.id).toBe('dementia');
  });

  it('in a story of loss, gladness remembered and a lighter day are grief’s', () => {
    expect(griefTurn('그래도 보리 덕분에 행복했던 건 맞아')).toBe('grateful');
    expect(griefTurn('오늘 처음으로 안 울고 하루를 보냈어요')).toBe('lighter');
    expect(griefTurn('장례 치르고 방금 집에 왔어요')).toBeNull();
    expect(detectLifeEvent('초롱이 떠난지 49일 됐어요')?.id).toBe('let_go');
    expect(detectLifeEvent('보리 보낸 지 일주일 됐어')?.id).toBe('let_go');
    expect(detectLifeEvent('보리 떠난지 오늘로 일주일이야')?.id).toBe('let_go');
    expect(detectLifeEvent('아들 군대 보낸 지 한 달 됐어')).toBeNull();
    expect(detectLifeEvent('마지막에 나를 못 알아보셨어')).toBeNull();
    expect(detectLifeEvent('할머니가 나를 못 알아보셔')?.id).toBe('dementia');
    expect(detectLifeEvent('회사에서 명퇴 얘기가 나왔다던데 나한텐 말 안해줘')).toBeNull();
  });

  it('gladness remembered late in a story of loss is still grief’s', async () => {
    const rs = await talkThrough(engine(), ['보리 떠난지 오늘로 일주일이야', '산책 시간 되면 아직도 목줄 쪽을 봐', '근데 또 집이 너무 조용해서 힘들어', '보리 좋아하던 공원도 못 가겠어', '아직도 밥그릇을 못 치웠어', '그래도 보리 덕분에 행복했던 건 맞아']);
    expect(GRIEF_TURN_REPLIES.grateful).toContain(rs.at(-1)!.reply);
  });

  it('a lighter day after a loss is not cheered', async () => {
    const rs = await talkThrough(engine(), ['초롱이 떠난지 49일 됐어요', '오늘 처음으로 안 울고 하루를 보냈어요']);
    expect(GRIEF_TURN_REPLIES.lighter).toContain(rs[1]!.reply);
  });

  it('tears that will not come in a story of loss get numbness named, not tears that will not stop', async () => {
    const rs = await talkThrough(engine(), ['할머니 돌아가셨어요', '장례 치르고 방금 집에 왔어요', '근데 이상하게 눈물이 안 나요']);
    expect(NO_TEARS_REPLIES).toContain(rs[2]!.reply);
  });
});

describe('talk about the songs', () => {
  it('calm, cooled down or less sad opens the shift list, whatever the mood', () => {
    for (const t of ['화 좀 식히고 싶어 노래 틀어줘', '좀 덜 슬픈 걸로 바꿔주세요', '차분한 노래로 바꿔줘']) expect(songDirection(t, null), t).toBe('calm');
    expect(songDirection('슬픈 노래 추천해주세요', null)).toBe('match');
    expect(songModeFor('calm', mixFromArray([0.8, 0.1, 0, 0, 0, 0, 0.1]))).toBe('shift');
    expect(songModeFor('calm', mixFromArray([0, 0.1, 0.8, 0, 0, 0, 0.1]))).toBe('shift');
  });

  it('more of these is not songs declined; who sang it and saving are asked', () => {
    expect(talksAboutSongs('더 밝은 노래는 말고 이런 노래 더 없어요?')).toBe('more');
    expect(talksAboutSongs('이거 누가 부른 거예요?')).toBe('who_sings');
    expect(talksAboutSongs('방금 그 노래 가사가 너무 세다 더 화나')).toBe('too_strong');
    expect(talksAboutSongs('왜 분노가 서린 노래를 추천해? 더 화나잖아')).toBe('too_strong');
    for (const t of ['첫 번째 노래 왜 추천한 거야? 사랑 노래잖아', '기쁜 날엔 왜 슬픈 노래도 같이 추천해요?']) expect(asksAboutApp(t), t).toBe('why_song');
    expect(asksAboutApp('엄마는 왜 맨날 트로트 노래만 틀어')).toBeNull();
    for (const t of ['이 노래들 저장할 수 있어?', '이 노래 어디에 저장해?', '이거 저장해줘', '플레이리스트에 담아줘', '저장은 어떻게 해요?']) expect(asksAboutApp(t), t).toBe('find_later');
  });

  it('requests without 추천 are requests', () => {
    expect(asksForSongs('빡치는데 화 식히는 노래 좀')).toBe(true);
    expect(asksForSongs('이런 날엔 어떤 노래가 어울릴까요')).toBe(true);
    expect(asksForSongs('어제 들은 노래 좋더라')).toBe(false);
  });
});

describe.skipIf(!realModelPresent())('session 34 conversations (shipped model and index)', () => {
  const shipped = useShippedChat();

  it('terse good news is congratulated, not asked how the user feels', async () => {
    for (const line of ['합격함 ㅋㅋ', '여친생김', '기말 끝났다']) {
      const [r] = await talkThrough(shipped().engine, [line]);
      expect(r!.reply, line).toMatch(/축하|잘됐|수고|고생/u);
      expect(r!.intent, line).toMatch(/^life:/u);
    }
  }, 60_000);

  it('a pet let go by its name gets no cheer', async () => {
    const rs = await talkThrough(shipped().engine, ['보리를 보내줬어요', '12년 같이 살았는데']);
    for (const r of rs) expect(r.reply).not.toMatch(/좋은 기운|뜻깊|기대되는/u);
  }, 60_000);
});
