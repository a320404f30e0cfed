/**
 * What four helpers found in session 33 (practical questions inside stories, talk about songs and
 * the app, rare life situations) and the rules that answer it: the next concrete step and where to
 * turn, anger not named without a sign of it, good news' replies kept from misfortune, "상처를 덜
 * 줄까요" no crisis, the app's own questions answered, genres not found inside words.
 */
import { describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import { answersNobody, NOBODY_REPLIES } from '../../src/chat/answers-nobody';
import { asksAboutApp } from '../../src/chat/asks-about-app';
import { asksForSongs } from '../../src/chat/asks-for-songs';
import { mixedFeelings, showsAnger } from '../../src/chat/feeling-words';
import { asksReassurance } from '../../src/chat/asks-reassurance';
import { keepsIdentitySecret, presumesUnsaid } from '../../src/chat/intent-guards';
import { detectLifeEvent } from '../../src/chat/life-events';
import { PRACTICAL_MORE, PRACTICAL_REPLIES, practicalTopic, reportDomain, soundsLikeScam, threatOverDebt } from '../../src/chat/practical-help';
import { ruleCheck } from '../../src/chat/safety';
import { declinedKind, talksAboutSongs } from '../../src/chat/talks-about-songs';
import { fakeAnalyze, fakeIndex, realModelPresent, talkThrough, useShippedChat } from './helpers';

describe('practical questions inside a story', () => {
  it('are told by their topic, from the question or, when short, from the story before it', () => {
    const cases: Array<[string, string[], string | null]> = [
      ['어디에 신고해요?', ['상사가 저한테만 반말하고 소리 질러요'], 'report'],
      ['직장 내 괴롭힘 맞나요?', [], 'report'],
      ['어떻게 받아내지?', ['친구한테 500 빌려줬는데 1년째 안 갚아'], 'money_owed'],
      ['내용증명 같은거 보내야돼?', ['친구한테 500 빌려줬는데 1년째 안 갚아'], 'money_owed'],
      ['집주인한테 뭐라고 말해야 하나요', ['월세 두 달 밀렸어요'], 'rent'],
      ['파산 신청 같은 거 해야 되나요', ['사채를 썼는데 이자가 감당이 안 돼요'], 'debt'],
      ['한달 전이면 될까요', ['퇴사 통보하는 게 너무 무서워요'], 'quit'],
      ['헤어지자고 어떻게 말해야 상처를 덜 줄까요', [], 'breakup_talk'],
      ['뭐라고 보내지 카톡', ['헤어진 지 두 달 됐는데 다시 연락하고 싶어'], 'ex_message'],
      ['어떻게 하면 좋을까요?', ['여자친구한테 프로포즈하려고 하는데요'], 'propose'],
      ['친구가 돈을 빌려달래요 빌려줘야 할까요?', [], 'lend'],
      ['가족들한테 연락하겠다고 협박해요', ['대출 앱에서 돈을 빌렸는데 못 갚았어요'], 'collection'],
      // Statements, and questions on no such topic, are not.
      ['월세가 두 달 밀렸어요', [], null],
      ['경찰에 신고했어요', [], null],
      ['어떻게 해야 할지 모르겠어', ['요즘 너무 우울해'], null],
      ['뭐라고 보내지 카톡', ['친구 생일이 내일이야'], null],
      ['남자친구랑 헤어졌는데 다시 연락해도 될까', [], null],
    ];
    for (const [t, earlier, topic] of cases) expect(practicalTopic(t, earlier), t).toBe(topic);
  });

  it('reports go where the story is: work, school, a scam, a university', () => {
    expect(reportDomain('팀장이 회의 때마다 소리 질러요 어디에 신고해요?')).toBe('work');
    expect(reportDomain('반 애들이 단톡방에서 저를 욕해요 신고할 수 있어요?')).toBe('school');
    expect(reportDomain('중고거래로 입금했는데 잠수탔어요 어디 신고해?')).toBe('fraud');
    expect(reportDomain('지도교수가 논문에서 제 이름을 뺐어요')).toBe('academic');
    expect(reportDomain('대학원 교수님이 논문에서 제 이름을 뺐어요 학교에 신고하는 방법도 있나요?')).toBe('academic');
  });

  it('money sent on a stranger’s word for fees abroad is checked as a likely scam, asked or not', () => {
    expect(soundsLikeScam('비행기값이랑 세관비 보내달래서 800 보냈어', ['미군인데 한국에 오고 싶대'])).toBe(true);
    expect(practicalTopic('수익금 출금하려면 수수료 먼저 입금해 달래', [])).toBe('scam_check');
    expect(soundsLikeScam('엄마가 용돈 좀 보내달래서 보냈어')).toBe(false);
    expect(soundsLikeScam('세관비 보내달래서 보냈는데 사기였어')).toBe(false);
  });

  it('a threat over a debt is illegal collection, a blow is violence', () => {
    expect(threatOverDebt('어제는 회사 앞까지 찾아왔어요', ['사채를 썼는데 이자가 감당이 안 돼요'])).toBe(true);
    expect(threatOverDebt('어제는 회사 앞까지 찾아왔어요', ['헤어진 전남친이 자꾸 연락해요'])).toBe(false);
    expect(threatOverDebt('돈 안 갚는다고 때렸어요', ['사채를 썼어요'])).toBe(false);
  });

  const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60 });

  it('get the first steps, then the next ones when asked again, before anything else', async () => {
    const rs = await talkThrough(engine(), ['친구한테 500 빌려줬는데 1년째 안 갚아', '어떻게 받아내지?', '내용증명 같은거 보내야돼?']);
    expect(rs[1]!.reply).toBe(PRACTICAL_REPLIES.money_owed[0]);
    expect(rs[2]!.reply).toBe(PRACTICAL_REPLIES.money_owed[1]);
  });
});

describe('anger is named only with a sign of it', () => {
  it('reads the signs', () => {
    for (const t of ['진짜 화나', '팀장이 또 소리 질렀어', '왜 나만 맨날 이래', '돈을 안 갚아', '어이가 없네 ㅡㅡ']) expect(showsAnger(t), t).toBe(true);
    for (const t of ['친구가 돈을 빌려달래요', '그래도 애들 학원비는 벌어야지', '상의 안 하고 빌려준 건 제 잘못 맞아요', '카톡으로 하는 건 별로지?', '오늘은 좀 지치네 술 한잔 하고 싶다']) {
      expect(showsAnger(t), t).toBe(false);
    }
  });
});

describe('the app, the songs and the words around them', () => {
  it("answers the app's own questions", () => {
    const cases: Array<[string, string | null]> = [
      ['너 감정 분석 어떻게 하는 거야?', 'how_emotions'],
      ['내가 신난 거 어떻게 알았어?', 'how_emotions'],
      ['걔가 내 기분 어떻게 알아', null],
      ['근데 좋아요 누르면 뭐가 달라져요?', 'feedback_buttons'],
      ['이 노래 저장할 수 있어요?', 'feedback_buttons'],
      ['왜 이런 노래들 골랐어?', 'why_song'],
      ['재생 버튼 어딨어?', 'play'],
      ['기록 지워줘', 'delete'],
      ['그럼 폰 잃어버리면?', 'new_device'],
      ['폰 잃어버렸는데 어떻게 해', null],
      ['다른 사람도 내 얘기 봐?', 'who_can_see'],
      ['너 내 말 이해하는 거 맞아?', 'listening'],
      ['내 감정이 틀리게 나오면 어떡해?', 'emotion_wrong'],
      ['나중에 다시 보려면 어디서 봐요?', 'find_later'],
      ['엄마는 내 말 이해 못 해', null],
    ];
    for (const [t, q] of cases) expect(asksAboutApp(t), t).toBe(q);
  });

  it('finds no genre inside a word, and reads typos, places, other kinds and singers', () => {
    for (const t of ['어제 저녁부터 연락도 없어', '걔한테 연락 없어요', '내 기록 없어졌어']) expect(talksAboutSongs(t), t).toBeNull();
    expect(talksAboutSongs('락 음악 없어?')).toBe('genre');
    expect(talksAboutSongs('힙합으로')).toBe('genre');
    expect(asksForSongs('노래 추쳔해죠')).toBe(true);
    expect(talksAboutSongs('2번쨰 노래 조타')).toBe('liked');
    expect(talksAboutSongs('첫 곡 별로')).toBe('disliked');
    expect(talksAboutSongs('두번째꺼 괜찮네')).toBe('liked');
    expect(talksAboutSongs('이런 노래 더 없어?')).toBe('more');
    expect(talksAboutSongs('이별 노래 말고요')).toBe('other_kind');
    expect(declinedKind('이별 노래 말고요')).toBe('이별');
    expect(talksAboutSongs('노래 말고 그냥 얘기 들어줘')).toBe('declined');
    expect(talksAboutSongs('아이유 노래 틀어줘')).toBe('artist');
    expect(talksAboutSongs('아이유 노래는 없어?')).toBe('artist');
    expect(talksAboutSongs('이별 노래 틀어줘')).toBeNull();
    expect(talksAboutSongs('그 노래 이름은 기억이 안나는데 혹시 찾아줄 수 있어요?')).toBe('find_song');
  });

  const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60 });

  it('a user too tired to tell more gets the songs from a little less', async () => {
    const tired = await talkThrough(engine(), ['요즘 너무 우울해요 회사 일이 하나도 손에 안 잡혀요', '노래 듣기도 귀찮은데 그냥 뭐라도 틀어줘']);
    expect(tired.at(-1)!.gauge).toBeLessThan(0.4);
    expect(tired.at(-1)!.action).toBe('open_recommendations');
    // Session 37: one threshold for every request, so a plain one after a feeling told opens too.
    const plain = await talkThrough(engine(), ['요즘 너무 우울해요 회사 일이 하나도 손에 안 잡혀요', '노래 틀어줘']);
    expect(plain.at(-1)!.action).toBe('open_recommendations');
    const none = await talkThrough(engine(), ['노래 틀어줘']);
    expect(none.at(-1)!.action).toBe('need_more');
  });

  it('"이별 노래 말고요" once songs were shown opens the other list', async () => {
    const rs = await talkThrough(engine(), ['요즘 너무 우울해요 회사 일이 하나도 손에 안 잡혀요', '퇴근하고 집에 오면 아무것도 못 하고 누워만 있어요 눈물만 나요', '노래 추천해줘', '이별 노래 말고요']);
    expect(rs.at(-1)!.action).toBe('open_recommendations');
    expect(rs.at(-1)!.songMode).toBe('shift');
  });
});

describe('stories told apart', () => {
  it('an own diagnosis is no family illness, a friend’s pregnancy no own news, a planned proposal no engagement', () => {
    expect(detectLifeEvent('저 1형 당뇨 진단 받았어요 스물다섯인데')?.id).not.toBe('family_unwell');
    expect(detectLifeEvent('엄마가 당뇨 진단 받으셨어요')?.id).toBe('family_unwell');
    expect(detectLifeEvent('수술은 잘 끝났는데 회복이 느리대요')?.id).not.toBe('recovered');
    expect(detectLifeEvent('수술 잘 끝났대요')?.id).toBe('recovered');
    expect(detectLifeEvent('친구 단톡방에 또 임신 소식 올라왔는데 축하한다는 말이 안 나오더라')?.id).not.toBe('pregnancy_news');
    expect(presumesUnsaid('dating_got_engaged', '여자친구한테 프로포즈하려고 하는데요')).toBe(true);
    expect(presumesUnsaid('dating_got_engaged', '어제 프로포즈 받았어요')).toBe(false);
    expect(presumesUnsaid('conv_what_if_it_goes_wrong', '제가 잘못되면 우리 애는 어떡하나 그 생각만 나요')).toBe(true);
    expect(keepsIdentitySecret('저 게이인데 아직 아무한테도 말 안했어요')).toBe(true);
    expect(keepsIdentitySecret('부모님께 커밍아웃했는데 잘 받아주셨어')).toBe(false);
  });

  it('"상처를 덜 줄까요" is no cue of self-harm, "스스로에게 상처를 줘" still is', () => {
    expect(ruleCheck('헤어지자고 어떻게 말해야 상처를 덜 줄까요').hits).toHaveLength(0);
    expect(ruleCheck('스스로에게 상처를 주고 싶어').hits.some((h) => h.category === 'suicide')).toBe(true);
  });
});

/** The third helper's terse answers: short words read as what they answer. */
describe('terse answers', () => {
  it('"아니" to a question about someone to lean on is no one; "그래서 여기다 말하는거" is telling here', () => {
    expect(answersNobody('아니', ['support'])).toBe('no_one');
    expect(answersNobody('없어요', ['confided'])).toBe('told_no_one');
    expect(answersNobody('아니', ['mood_now'])).toBeNull();
    expect(answersNobody('아니 그게 아니라 회사 때문이야', ['support'])).toBeNull();
    expect(answersNobody('그래서 여기다 말하는거', [])).toBe('telling_here');
  });

  it('intents that misread a short answer are held back', () => {
    const held: Array<[string, string]> = [
      ['breakup_initiated_guilt', '걔가 찼어'],
      ['love_confess_success', '고백받았어ㅎㅎ'],
      ['life_event_presentation_tomorrow', '발표 잘끝남'],
      ['conv_nothing_much', '그냥 다'],
      ['conv_dont_know', '어제 필름 끊겨서 기억이 안나'],
      ['conv_short_agree', 'ㅇㅇ 사과해야하나'],
      ['life_sleep_insomnia', '잠만잠'],
      ['life_mood_want_to_escape', '빨리 집에 데려오고 싶다'],
    ];
    for (const [id, t] of held) expect(presumesUnsaid(id, t), `${id}: ${t}`).toBe(true);
    for (const [id, t] of [['breakup_initiated_guilt', '내가 먼저 헤어지자고 했어'], ['conv_short_agree', 'ㅇㅇ'], ['life_sleep_insomnia', '잠이 안 와']] as const) {
      expect(presumesUnsaid(id, t), `${id}: ${t}`).toBe(false);
    }
  });

  it('living alone is no cue of self-harm; a surgery heard of is someone else’s; a pet sent off is a pet’s death', () => {
    expect(ruleCheck('혼자살아').hits).toHaveLength(0);
    expect(ruleCheck('살고 싶지 않아').hits.length).toBeGreaterThan(0);
    expect(detectLifeEvent('수술해야된대')?.id).not.toBe('surgery');
    expect(detectLifeEvent('다음 주에 수술 받아요')?.id).toBe('surgery');
    expect(detectLifeEvent('고양이 보냄')?.id).toBe('pet_died');
  });

  const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60 });

  it('a death told after a pet is named is the pet’s; "아니" after the bot asked about support is answered as no one', async () => {
    const pet = await talkThrough(engine(), ['우리 고양이가 많이 아팠어', '하늘나라로 갔어']);
    expect(pet.at(-1)!.intent).toBe('life:pet_died');
    expect(pet.at(-1)!.reply).not.toMatch(/그분/u);
    const e = engine();
    const first = await e.reply(e.newConversation(), '회사에서 너무 힘들었어');
    const none = await e.reply({ ...first.state, lastAsked: ['support'] }, '아니');
    expect(NOBODY_REPLIES.no_one).toContain(none.reply);
    const other = await e.reply({ ...first.state, lastAsked: ['mood_now'] }, '아니');
    expect(NOBODY_REPLIES.no_one).not.toContain(other.reply);
  });

  it('a terse user who told a story over five short turns gets the songs from a fifth of the gauge', async () => {
    const rs = await talkThrough(engine(), ['우울함', '회사일임', '팀장때문', '3년째임', '다 싫음', '노래 틀어줘']);
    const last = rs.at(-1)!;
    expect(last.gauge).toBeGreaterThanOrEqual(0.2);
    expect(last.gauge).toBeLessThan(0.4);
    expect(last.action).toBe('open_recommendations');
  });
});

/** The last two helpers' glad moods and long conversations. */
describe('glad moods and long stories', () => {
  it('intents that invert what was said are held back, their own examples kept', () => {
    const held: Array<[string, string]> = [
      ['self_hate', '나 자신이 좀 자랑스러워'],
      ['self_hate', '이런 날이 계속됐으면'],
      ['life_sleep_good_sleep', '어젯밤에 걱정돼서 한숨도 못잤거든요'],
      ['exam_long_term_test_prep', '임용 합격이요'],
      ['meta_bot_what_doing', '뭐 살지 고민중 ㅋㅋ'],
      ['friends_fight_with_best_friend', '제일 친한 친구한테 배신당햇어'],
      ['breakup_just_broke_up', '헤어질까'],
      ['love_gift_idea_partner', '여자친구랑 헤어질까 고민중입니다'],
      ['meta_recommend_song_focus', '보리 생각하면서 들을 노래 있을까요'],
      ['meta_privacy', '내용증명 같은거 보내야돼?'],
    ];
    for (const [id, t] of held) expect(presumesUnsaid(id, t), `${id}: ${t}`).toBe(true);
  });

  it('two feelings named together, glad and hurting, are both said back; relief is one feeling', () => {
    expect(mixedFeelings('뿌듯함하고 서운함이 같이 와요')).toEqual({ glad: '뿌듯한', hurting: '서운한' });
    expect(mixedFeelings('기쁜데 슬프고')).toEqual({ glad: '기쁜', hurting: '슬픈' });
    expect(mixedFeelings('걱정했는데 다행이야')).toBeNull();
    expect(mixedFeelings('슬프지만 기쁘지 않아')).toBeNull();
    expect(presumesUnsaid('friends_wedding_attended', '딸 결혼식이었어요')).toBe(true);
  });

  it('reassurance asked: doing well, forgiven, a choice of one’s own', () => {
    expect(asksReassurance('나 잘하고 있는거 맞지?')).toBe('doing_ok');
    expect(asksReassurance('보리가 저 원망하진 않겠죠?')).toBe('forgiven');
    expect(asksReassurance('제가 이혼한 게 잘못인가요?')).toBe('my_fault');
    expect(asksReassurance('걔가 잘하고 있는 건지 모르겠어')).toBeNull();
  });

  const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60 });

  it('a practical question asked a third time gets where to ask, not another answer', async () => {
    const rs = await talkThrough(engine(), ['친구한테 500 빌려줬는데 1년째 안 갚아', '어떻게 받아내지?', '다른 방법은 없어?', '내용증명 같은거 보내야돼?']);
    expect(rs.at(-1)!.reply).toBe(PRACTICAL_MORE.money_owed);
  });

  it('a request right after the bot suggested some music opens the songs from a fifth of the gauge', async () => {
    const e = engine();
    const first = await e.reply(e.newConversation(), '오늘 야근하고 너무 지쳤어요');
    const asked = await e.reply({ ...first.state, lastSuggestedSongs: true }, '그럼 조용한 노래 틀어주세요');
    expect(asked.gauge).toBeLessThan(0.4);
    expect(asked.action).toBe('open_recommendations');
  });
});

describe.skipIf(!realModelPresent())('session 33 conversations (shipped model and index)', () => {
  const shipped = useShippedChat();
  const talk = talkThrough;

  it('a break-up question gets advice, not the crisis reply; a loan on the family house no congratulations', async () => {
    const [breakup] = await talk(shipped().engine, ['헤어지자고 어떻게 말해야 상처를 덜 줄까요']);
    expect(breakup!.safety).toBeNull();
    expect(breakup!.reply).not.toMatch(/109|1577/u);
    const [loan] = await talk(shipped().engine, ['형이 아버지 집 담보로 대출을 받았대요']);
    expect(loan!.reply).not.toMatch(/경사|축하/u);
  }, 60_000);

  it('names no anger the turn does not show', async () => {
    for (const line of ['친구가 돈을 빌려달래요', '그래도 애들 학원비는 벌어야지', '오늘은 좀 지치네 술 한잔 하고 싶다']) {
      const [r] = await talk(shipped().engine, [line]);
      expect(r!.reply, line).not.toMatch(/분한|화가 나는|화를 느끼|어이없고|억울하고 답답/u);
    }
  }, 60_000);

  it('threats over a debt get 112 and 1332, not the women’s line', async () => {
    const rs = await talk(shipped().engine, ['대출 앱에서 빌린 돈을 못 갚고 있어요', '가족들한테 연락하겠다고 협박해요']);
    expect(rs[1]!.reply).toMatch(/1332/u);
    expect(rs[1]!.reply).not.toMatch(/1366/u);
  }, 60_000);
});
