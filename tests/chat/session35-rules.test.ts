/**
 * What session 35 found talking to the app (and its helpers: long stories, older users, teenagers,
 * mixed feelings) and the rules that answer it.
 */
import { describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import { detectLifeEvent } from '../../src/chat/life-events';
import { doneBySomeoneElse, presumesUnsaid } from '../../src/chat/intent-guards';
import { asksReassurance } from '../../src/chat/asks-reassurance';
import { asksIfDisorder, weighsTwoWays } from '../../src/chat/asks-advice';
import { detectGoodNews, speaksOfTheLiving } from '../../src/chat/life-events';
import { namesFeeling } from '../../src/chat/feeling-words';
import { asksAboutApp } from '../../src/chat/asks-about-app';
import { asksForSongs } from '../../src/chat/asks-for-songs';
import { songDirection, talksAboutSongs } from '../../src/chat/talks-about-songs';
import { declinesSongs } from '../../src/chat/asks-for-songs';
import { panicNow, panicReplies, GET_OFF_REPLY } from '../../src/chat/panic-now';
import { correctedCause, deniedFeeling, feelingNamedInstead } from '../../src/chat/correction';
import { mixedFeelings } from '../../src/chat/feeling-words';
import { deniedWishRest, OTHERS_AT_RISK_REPLIES, PAST_RISK_REPLY, toldOthersAtRisk, toldPastRisk } from '../../src/chat/safety-check';
import { mocksBlame } from '../../src/chat/sarcasm';
import { cannotReachThem, ENGLISH_CRISIS_AGAIN, ENGLISH_CRISIS_REPLY, OVERDOSE_AGAIN, OVERDOSE_HELP_COMING, OVERDOSE_REPLY, OVERDOSE_TAKEN_BACK, soundsYoung, takesItBack, TAKEN_BACK_REPLY, toldOverdose, UNREACHABLE_REPLY, YOUTH_LINE } from '../../src/chat/overdose';
import { storyPresumesUnsaid } from '../../src/chat/intent-guards';
import { detectSafety } from '../../src/chat/safety';
import { toldDuration } from '../../src/chat/told-duration';
import { toldMisfortune, toldResolved } from '../../src/chat/misfortune';
import { practicalTopic } from '../../src/chat/practical-help';
import { GRIEF_TURN_REPLIES, griefTurn } from '../../src/chat/grief-turns';
import { feelsBetter, RELIEF_REFLECTIONS } from '../../src/chat/relief';
import { fakeAnalyze, fakeIndex, realModelPresent, talkThrough, useShippedChat } from './helpers';

const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60 });

describe('feeling better', () => {
  it('is told apart from a body healing, someone else, a hope, a doubt and better that did not last', () => {
    const cases: Array<[string, boolean]> = [
      ['고마워요 조금 나아진 것 같아요', true],
      ['조금 나아진 것 같아요', true],
      ['덕분에 한결 편해졌어', true],
      ['이제 좀 괜찮아진 것 같아', true],
      ['말하고 나니까 마음이 좀 풀렸어', true],
      ['훨씬 낫다 진짜', true],
      ['감기가 좀 나아졌어', false],
      ['엄마가 좀 괜찮아지셨어', false],
      ['언제쯤 나아질까', false],
      ['나아진 줄 알았는데 아니었어', false],
      ['괜찮아졌다가 다시 우울해졌어', false],
      ['하나도 안 나아졌어', false],
      ['나아진 게 하나도 없어', false],
      ['괜찮아진 척하는 거야', false],
    ];
    for (const [text, want] of cases) expect(feelsBetter(text), text).toBe(want);
  });

  it('is no self-blame: the self-blame intent needs a sign of blame', () => {
    expect(presumesUnsaid('self_blame_all_my_fault', '조금 나아진 것 같아요')).toBe(true);
    expect(presumesUnsaid('self_blame_all_my_fault', '다 제 탓인 것 같아요')).toBe(false);
    expect(presumesUnsaid('self_blame_all_my_fault', '제가 조금만 더 참았으면 괜찮았을 거예요')).toBe(false);
  });

  it('is answered by the intent about feeling better', async () => {
    const rs = await talkThrough(engine(), ['회사 일이 너무 많아서 매일 야근이에요', '고마워요 조금 나아진 것 같아요']);
    expect(rs[1]!.intent).toBe('meta_thanks_felt_better');
  });
});

describe('someone remembered, someone else doing, someone lost missed', () => {
  it('"가끔 생각나" is no blank mind; "생각이 안 나" still is', () => {
    expect(presumesUnsaid('conv_dont_know', '근데 가끔 생각나')).toBe(true);
    expect(presumesUnsaid('conv_dont_know', '보고 싶다')).toBe(true);
    expect(presumesUnsaid('conv_dont_know', '딱히 생각나는 건 없어요')).toBe(false);
    expect(presumesUnsaid('conv_dont_know', '아무 생각이 안 나')).toBe(false);
  });

  it('a parent or a spouse leaving work is news of the family, not one’s own job loss', () => {
    const cases: Array<[string, string | null]> = [
      ['아빠가 회사 그만두셨어', 'family_quit'],
      ['남편이 회사를 그만뒀어요', 'family_quit'],
      ['엄마가 가게 접으셨어', 'family_quit'],
      ['아버지 올해 퇴직하셨어요', 'family_quit'],
      ['아빠가 회사 그만두신대', 'family_quit'],
      ['아빠가 명퇴하셨어', 'job_loss'],
      ['아빠가 회사 그만두고 싶어 하셔', null],
      ['남편이 담배를 끊었어요 아니 그만뒀어요', null],
      ['엄마가 다음 달에 은퇴하신대', null],
    ];
    for (const [text, want] of cases) expect(detectLifeEvent(text)?.id ?? null, text).toBe(want);
  });

  it('what someone else does, told without a subject after them, is not the user’s day', () => {
    expect(doneBySomeoneElse('life_daily_watching_drama', '그냥 티비만 보고 있어', '아빠가 회사 그만두셨어')).toBe(true);
    expect(doneBySomeoneElse('life_daily_watching_drama', '아빠는 하루 종일 티비만 봐', undefined)).toBe(true);
    expect(doneBySomeoneElse('life_daily_watching_drama', '나는 그냥 티비만 보고 있어', '아빠가 회사 그만두셨어')).toBe(false);
    expect(doneBySomeoneElse('life_daily_watching_drama', '요즘 드라마 정주행 중이야', '오늘 회사에서 혼났어')).toBe(false);
    expect(doneBySomeoneElse('work_scolded_by_boss', '그냥 티비만 보고 있어', '아빠가 회사 그만두셨어')).toBe(false);
  });

  it('in a story of loss, what the one lost used to do is missed', async () => {
    expect(griefTurn('할머니가 끓여주던 된장찌개가 먹고싶다')).toBe('longing');
    expect(griefTurn('엄마 목소리 한번만 더 듣고 싶어')).toBe('longing');
    expect(griefTurn('된장찌개 먹었어')).toBeNull();
    const rs = await talkThrough(engine(), ['할머니 돌아가신지 일년 됐어', '할머니가 끓여주던 된장찌개가 먹고싶다']);
    expect(GRIEF_TURN_REPLIES.longing).toContain(rs[1]!.reply);
  });
});

describe('relief and doubt about it', () => {
  it('"이런 생각하는 내가 이상한가" is asked as a question about oneself', () => {
    expect(asksReassurance('이런 생각하는 내가 이상한가')).toBe('weird');
    expect(asksReassurance('내가 너무 예민한가?')).toBe('weird');
    expect(asksReassurance('이상한 가게에 갔어')).toBeNull();
  });
});

describe('safety: a wish denied, someone else’s medicine', () => {
  it('"그래도 죽을 생각은 없어요 걱정마세요" is a denial; doors left open are not', () => {
    expect(deniedWishRest('그래도 죽을 생각은 없어요 걱정마세요 허허')).not.toBeNull();
    expect(deniedWishRest('죽을 생각은 없어요')).not.toBeNull();
    expect(deniedWishRest('죽을 용기는 없어요')).toBeNull();
    expect(deniedWishRest('가끔 죽고 싶은데 자살 생각은 없어')).toBeNull();
    expect(deniedWishRest('죽고 싶은 건 아닌데 근데 사라지고 싶어')).toBeNull();
  });

  it('a mother who will not take her pills is no overdose cue; saving pills still is', () => {
    expect(detectSafety('병원은 다니시는데 약을 자꾸 안 드세요').category).toBeNull();
    expect(detectSafety('약을 모아두고 있어').category).toBe('suicide');
  });
});

describe('session 35 guards', () => {
  it('keep intents off turns that say otherwise', () => {
    const held: Array<[string, string]> = [
      ['school_teacher_scolded', '선생님 말씀좀 여쭙겠습니다'],
      ['meta_goodbye', '다음에 다시 볼까 고민중입니다'],
      ['family_parents_fighting', '두명이 싸우는데 다들 편가름'],
      ['friends_moving_away', '베프가 남친생김'],
      ['self_sns_comparison', '인스타 스토리는 올리면서 내 톡은 안봄'],
      ['breakup_ex_contacted_me', '걔가 갑자기 연락 끊음'],
      ['later_retired_long_days', '이십년 넘게 다닌 회사인데 허탈하네요'],
      ['later_retired_long_days', '퇴직하고 텃밭을 가꾸고 있는데 참 좋네요'],
      ['work_forced_retirement_hidden', '자영업 하다가 빚만 지고 폐업했습니다'],
      ['life_health_feeling_unwell', '한편으로는 너무 부럽고 배 아파요'],
      ['meta_compliment_bot', '넌 너무 착해서 탈이야'],
      ['family_parents_divorcing', '엄마가 재혼하신대'],
      ['family_dad_harsh_words', '아빠 생각도 나고'],
      ['conv_bittersweet', '가고나니 허전하긴 하지만 그래도 행복한 하루였네요'],
      ['meta_complaint_not_understand', '아니 친구가 나쁜 뜻으로 한 건 아닌 거 알아'],
      ['conv_no', '근데 원하던 데는 아니에요'],
      ['meta_complaint_weird_answer', '반말하면서 소리지르고 감'],
      ['health_drinking_too_much', '저 술 못 마시는데 빼면 분위기 깨진다고 눈치 줘요'],
      ['conv_sorry_for_venting', '그러고 나면 또 미안하고'],
    ];
    for (const [id, text] of held) expect(presumesUnsaid(id, text), `${id}: ${text}`).toBe(true);
    const kept: Array<[string, string]> = [
      ['school_teacher_scolded', '선생님이 반 애들 앞에서 나 혼냈어'],
      ['meta_goodbye', '다음에 또 올게요'],
      ['family_parents_fighting', '엄마 아빠가 또 싸워'],
      ['friends_moving_away', '베프가 다음 달에 지방으로 이사 가 ㅠㅠ'],
      ['breakup_ex_contacted_me', '전남친한테 연락 왔어'],
      ['later_retired_long_days', '은퇴하고 나니 하루가 너무 길어요'],
      ['meta_compliment_bot', '너 진짜 말 잘한다'],
      ['conv_no', '아니 그건 아니야'],
      ['conv_sorry_for_venting', '맨날 우는소리만 해서 미안해'],
    ];
    for (const [id, text] of kept) expect(presumesUnsaid(id, text), `${id}: ${text}`).toBe(false);
    expect(asksAboutApp('반말하면서 소리지르고 감')).not.toBe('banmal');
  });

  it('corrections say back the word named instead, and own a misreading only when it was made', () => {
    expect(deniedFeeling('아니 화가 난 건 아니고 그냥 억울해요')).toBe('anger');
    expect(feelingNamedInstead('아니 화가 난 건 아니고 그냥 억울해요')).toEqual({ word: '억울한', emotion: 'hurt', guilt: false });
    expect(feelingNamedInstead('아니 슬픈 건 아니고 그냥 미안한 거야')?.guilt).toBe(true);
    expect(correctedCause('무슨 말? 걔가 나한테 뭐라 한 건 없어. 그냥 피하는 거야')).toBeDefined();
  });

  it('mixed feelings: envy, pride, guilt, and a turn left open', () => {
    expect(mixedFeelings('진짜 축하하는 마음은 있는데 한편으로는 너무 부럽고 배 아파요')).toEqual({ glad: '축하하는', hurting: '부러운' });
    expect(mixedFeelings('동생이 서울대 붙었어요 진짜 자랑스러운데 좀 씁쓸하네요')).toEqual({ glad: '자랑스러운', hurting: '씁쓸한' });
    expect(mixedFeelings('기쁜데 기뻐하면 안 될 것 같아요')).toEqual({ glad: '기쁜', hurting: '미안한' });
    expect(mixedFeelings('시원하기도 하고 죄책감도 들어')).toEqual({ glad: '후련한', hurting: '미안한' });
  });

  it('songs: ㅊㅊ is a request, a clause is no singer, singers named by likeness are', () => {
    expect(asksForSongs('노래 ㅊㅊ 해주세여')).toBe(true);
    expect(talksAboutSongs('우울한데 노래 추천해줘')).toBeNull();
    expect(talksAboutSongs('나훈아나 이미자 같은 노래도 있나요?')).toBe('artist');
    expect(talksAboutSongs('아이유 노래 틀어줘')).toBe('artist');
  });

  it('"이게 우울증인가요?" is asked, and answered with where to go', () => {
    expect(asksIfDisorder('이게 우울증인가요?')).toBe('mood');
    expect(asksIfDisorder('나 공황장애일까')).toBe('other');
    expect(asksIfDisorder('우울증 약 먹고 있어요')).toBeNull();
  });

  it('a term set by someone else is no time spent; a slow recovery is no recovery', () => {
    expect(toldDuration('한달동안 폰 없이 살라는데 ㄹㅇ 말이됨?')).toBeNull();
    expect(toldDuration('3년 사귀었어')).toBe('3년');
    expect(toldResolved('근데 연세가 있으셔서 회복이 오래 걸린대요')).toBe(false);
    expect(toldMisfortune('근데 연세가 있으셔서 회복이 오래 걸린대요')).toBe(true);
    expect(toldResolved('수술 잘 끝났고 회복 중이래')).toBe(true);
  });

  it('a diet with a day of fasting again is an eating worry; a busy day without lunch is not', () => {
    expect(detectLifeEvent('오늘도 하루종일 굶음')?.id).toBe('eating_restriction');
    expect(detectLifeEvent('오늘도 바빠서 하루종일 굶음')).toBeNull();
  });
});

describe('session 35, second round', () => {
  it('the user’s own confession, no answer told, is met with the courage and the question', () => {
    const cases: Array<[string, string | null]> = [
      ['나 오늘 고백함', 'confessed'],
      ['걔한테 고백했어', 'confessed'],
      ['고백받음', 'confessed_to'],
      ['고백하고 싶어', null],
      ['고백했는데 차였어', null],
      ['친구가 고백했대', null],
      ['어제 고백했는데 아직 답이 없어', null],
    ];
    for (const [text, want] of cases) expect(detectGoodNews(text)?.id ?? null, text).toBe(want);
    expect(presumesUnsaid('love_confess_success', 'ㅋㅋㅋ 미쳤지')).toBe(true);
    expect(presumesUnsaid('love_confess_success', '걔도 나 좋아했대 ㅠㅠㅠ 미쳤다')).toBe(false);
  });

  it('a daughter’s rejection told by her mother is not the user’s', () => {
    expect(presumesUnsaid('job_final_round_rejected', '이번에도 최종면접에서 떨어졌다고 방에서 나오질 않아요')).toBe(true);
    expect(presumesUnsaid('job_final_round_rejected', '대표 면접에서 떨어졌대 너무 아쉬워')).toBe(false);
  });

  it('not known by a parent with dementia is the illness’s doing', () => {
    expect(griefTurn('지난주엔 아버지가 저를 보고 누구냐고 하셨어요', ['아버지가 치매 초기세요'])).toBe('not_recognised');
    expect(griefTurn('지난주엔 아버지가 저를 보고 누구냐고 하셨어요')).toBeNull();
  });

  it('a dilemma, each way with its cost, is told apart', () => {
    expect(weighsTwoWays('요양원에 모시자니 죄책감이 들고, 집에서 모시자니 제 생활이 없을 것 같고..')).toBe(true);
    expect(weighsTwoWays('요양원에 모시려고 알아보는 중이에요')).toBe(false);
  });

  it('slang and strength name joy; treatment is someone alive', () => {
    expect(namesFeeling('개좋아 ㅋㅋㅋ', 'joy')).toBe(true);
    expect(namesFeeling('그래도 손주 웃는거 보면 힘이 납니다', 'joy')).toBe(true);
    expect(toldMisfortune('밤새도 다 못할듯 ㅋㅋㅋ 현타옴')).toBe(true);
    expect(speaksOfTheLiving('매주 항암 치료 받으러 가요')).toBe(true);
    expect(speaksOfTheLiving('항암 치료 받다가 돌아가셨어요')).toBe(false);
  });
});

describe('session 35, third round', () => {
  it('a panic attack happening now is told from one told afterwards or feared', () => {
    expect(panicNow('지금 지하철인데 숨이 잘 안쉬어져요')).toBe(true);
    expect(panicNow('어떡해요 심장 너무 빨리 뛰어요')).toBe(true);
    expect(panicNow('지금 어떻게 해야돼요 빨리요', ['어떡해요 심장 너무 빨리 뛰어요'])).toBe(true);
    expect(panicNow('내려야 되나요', ['회사 가는 길이야'], true)).toBe(true);
    expect(panicNow('이제 좀 괜찮아졌어요', [], true)).toBe(false);
    expect(panicNow('어제 지하철에서 공황 왔었어')).toBe(false);
    expect(panicNow('발표하다 숨 막힐까 봐 걱정돼')).toBe(false);
    expect(panicReplies(['지금 지하철인데 숨이 잘 안쉬어져요'])[0]).toMatch(/다음 역/u);
    expect(panicReplies(['지금 집인데 숨이 잘 안쉬어져요'])[0]).not.toMatch(/역/u);
  });

  it('grounds a panic attack over several turns, and answers "내려야 되나요"', async () => {
    const rs = await talkThrough(engine(), ['지금 지하철인데 숨이 잘 안쉬어져요', '어떡해요 심장 너무 빨리 뛰어요', '내려야 되나요', '지금 어떻게 해야돼요 빨리요']);
    expect(rs[0]!.reply).toMatch(/119/u);
    expect(rs[2]!.reply).toBe(GET_OFF_REPLY);
    for (const r of rs) expect(r.reply).not.toMatch(/정해 드릴 수는 없지만|언제 그 걱정이/u);
  });

  it('app questions in more words', () => {
    const cases: Array<[string, string]> = [
      ['근데 이거 남편이 제 폰 보면 다 볼 수 있는 거예요?', 'who_can_see'],
      ['개발자도 못봄?', 'who_can_see'],
      ['그럼 오늘 대화는 지워야겠네요 어떻게 지워요?', 'delete'],
      ['지울 수 있나요', 'delete'],
      ['혹시 학습에 쓰이나요?', 'training'],
      ['동기화 기능은 뭐예요?', 'sync'],
      ['어제도 왔었는데 내가 한 얘기 기억나?', 'memory'],
      ['지금 몇 퍼센트예요?', 'gauge'],
      ['얼마나 더 얘기해야 돼요?', 'gauge'],
      ['아까 추천받은 노래 나중에 어디서 다시 봐요?', 'find_later'],
    ];
    for (const [text, want] of cases) expect(asksAboutApp(text), text).toBe(want);
  });

  it('songs: too bright, remembering, a glad mood denied, declines in more words', () => {
    expect(songDirection('너무 밝은데요 더 슬픈 노래 없어요?', null)).toBe('match');
    expect(songDirection('그 아이 생각나는 노래 있을까요', null)).toBe('match');
    expect(songDirection('근데 이 노래 왜 나온거? 나 지금 신나는 기분 아닌데', null)).toBe('match');
    expect(songDirection('좀 더 조용한 노래는 없어요?', null)).toBe('calm');
    expect(songDirection('신나는 노래 틀어줘', null)).toBe('lift');
    expect(declinesSongs('노래 안 틀어줘도 돼요 그냥 들어주세요')).toBe(true);
    expect(declinesSongs('노래는 됐고 그냥 좀 들어줘')).toBe(true);
    expect(declinesSongs('노래 추천해줘')).toBe(false);
  });

  it('a death long ago, told as background, is no news of a death; a shove with no apology is no assault', () => {
    expect(detectLifeEvent('엄마랑 단둘이 살아, 아빠는 어릴 때 돌아가셨고')).toBeNull();
    expect(detectLifeEvent('아빠가 어제 돌아가셨어요')?.id).toBe('bereavement');
    expect(detectSafety('퇴근길엔 지하철에서 어떤 아저씨가 밀치고 사과도 안함').category).toBeNull();
    expect(detectSafety('남편이 밀쳐서 넘어졌어').category).toBe('violence');
  });
});

describe('session 35, angry adults', () => {
  it('blame taken in mockery is told from blame taken', () => {
    expect(mocksBlame('아 네네 다 제 잘못이죠')).toBe(true);
    expect(mocksBlame('네~ 제가 다 잘못했네요 죄송합니다~')).toBe(true);
    expect(mocksBlame('다 제 잘못이에요')).toBe(false);
    expect(mocksBlame('네네 알겠습니다')).toBe(false);
  });

  it('a verdict asked for is not given', () => {
    expect(asksReassurance('와이프랑 싸웠는데 내가 잘못한거 맞지?')).toBe('who_wrong');
    expect(asksReassurance('객관적으로 말해봐 누가 잘못했어')).toBe('who_wrong');
  });

  it('a colleague is no teenager, a boiler no fraud, a boss no customer, a wife no best friend', () => {
    expect(storyPresumesUnsaid('parenting_teen_shuts_out', ['회사 동기가 내 험담을 하고 다녔대'])).toBe(true);
    expect(presumesUnsaid('parenting_teen_shuts_out', '사춘기 아들이 말을 안 해요')).toBe(false);
    expect(presumesUnsaid('money_jeonse_fraud', '보일러가 2주째 고장이에요')).toBe(true);
    expect(presumesUnsaid('money_jeonse_fraud', '집주인이 잠적했어요')).toBe(false);
    expect(storyPresumesUnsaid('anger_rude_customer', ['사장님이 또 소리질럿어요ㅠ'])).toBe(true);
    expect(presumesUnsaid('anger_rude_customer', '알바하는데 손님이 반말로 소리 질렀어요')).toBe(false);
    expect(presumesUnsaid('friends_fight_with_best_friend', '와이프랑 싸웠는데 내가 잘못한거 맞지?')).toBe(true);
  });
});

describe('session 35, worries not yet facts', () => {
  it('a feared or searched illness is no diagnosis; a feared eviction is no night outside; a feared break-up no plan to end it', () => {
    expect(detectLifeEvent('30대 초반인데 유방암일까봐 너무 무서워요')).toBeNull();
    expect(detectLifeEvent('인터넷 찾아보니까 림프종일수도 있대')).toBeNull();
    expect(detectLifeEvent('엄마가 유방암 진단 받았어요')?.id).toBe('serious_illness');
    expect(practicalTopic('말하면 쫓겨날까봐 무서워', ['이번달 월세를 못 낼 것 같아'])).not.toBe('no_place');
    expect(practicalTopic('집에서 쫓겨났어요 갈 데가 없어요')).toBe('no_place');
    expect(practicalTopic('근데 물어봤다가 진짜 헤어지자고 하면 어떡해')).not.toBe('breakup_talk');
    expect(practicalTopic('헤어지자고 어떻게 말하지')).toBe('breakup_talk');
  });

  it('what to do tonight, English at work, and a worry asked about are not what the intents presume', () => {
    expect(presumesUnsaid('meta_bot_what_doing', '지금 뭐 하는게 제일 나음?')).toBe(true);
    expect(presumesUnsaid('meta_language', '영어로 회의하는게 너무 스트레스예요')).toBe(true);
    expect(presumesUnsaid('meta_language', '국어요')).toBe(true);
    expect(presumesUnsaid('meta_language', '영어로 대화 가능해요?')).toBe(false);
    expect(presumesUnsaid('self_am_i_too_sensitive', '이런 걱정 하는게 유난인가요')).toBe(true);
    expect(asksReassurance('이런 걱정 하는게 유난인가요')).toBe('weird');
  });

  it('a meal skipped is no meal to talk about; a song questioned is asked why', () => {
    expect(presumesUnsaid('life_daily_what_i_ate', '밥도 안 먹었고')).toBe(true);
    expect(presumesUnsaid('life_daily_what_i_ate', '저녁으로 라면 먹었어요')).toBe(false);
    expect(asksAboutApp('이 노래가 제 상황이랑 무슨 상관이에요?')).toBe('why_song');
  });
});

describe('session 35, safety round', () => {
  it('medicine taken in excess is told from a dose, a plan, a question and someone else’s', () => {
    expect(toldOverdose('아까 타이레놀 스무알 먹었는데')).toBe(true);
    expect(toldOverdose('방금 수면제 한 통 다 먹었어')).toBe(true);
    expect(toldOverdose('수면제 한 열알 정도', ['어제 약을 좀 많이 먹었어'])).toBe(true);
    expect(toldOverdose('어제 약을 좀 많이 먹었어')).toBe(true);
    expect(toldOverdose('타이레놀 두 알 먹었어 머리 아파서')).toBe(false);
    expect(toldOverdose('감기약 먹었는데 졸려')).toBe(false);
    expect(toldOverdose('약을 몇 알 먹어야 해?')).toBe(false);
    expect(toldOverdose('비타민 다섯 개 먹었어')).toBe(false);
    expect(toldOverdose('강아지가 초콜릿을 많이 먹었어')).toBe(false);
  });

  it('an overdose gets 119 first, again on the next turns, and ends when help comes or it is taken back', async () => {
    const a = await talkThrough(engine(), ['아까 타이레놀 스무알 먹었는데', '속이 좀 울렁거려', '119 불렀어']);
    expect(a.map((r) => r.reply)).toEqual([OVERDOSE_REPLY, OVERDOSE_AGAIN, OVERDOSE_HELP_COMING]);
    expect(a[0]!.kind).toBe('safety');
    expect(a[0]!.reply.indexOf('119')).toBeLessThan(20);
    const b = await talkThrough(engine(), ['방금 수면제 한 통 다 먹었어', '농담이야 ㅋㅋ', '그냥 힘들어서']);
    expect(b[1]!.reply).toBe(OVERDOSE_TAKEN_BACK);
    expect(b[2]!.kind).not.toBe('safety');
  });

  it('a friend at risk who cannot be reached gets 112 and 119 now', async () => {
    expect(cannotReachThem('지금 전화도 안 받아')).toBe(true);
    const rs = await talkThrough(engine(), ['친구가 죽고 싶다고 카톡 보냈어', '지금 전화도 안 받아']);
    expect(rs[1]!.reply).toBe(UNREACHABLE_REPLY);
  });

  it('a crisis in English is answered in English, and again differently', async () => {
    const rs = await talkThrough(engine(), ['I want to die', 'please help me']);
    expect(rs.map((r) => r.reply)).toEqual([ENGLISH_CRISIS_REPLY, ENGLISH_CRISIS_AGAIN]);
    for (const r of rs) expect(r.safety).toBe('suicide');
  });

  it('a young person in crisis also gets 1388; a remark taken back after the crisis reply keeps the door open', async () => {
    expect(soundsYoung(['저 고1인데요'])).toBe(true);
    expect(soundsYoung(['회사 다닌 지 3년째예요'])).toBe(false);
    const rs = await talkThrough(engine(), ['저 고1인데요', '죽고 싶어요']);
    expect(rs[1]!.kind).toBe('safety');
    expect(rs[1]!.reply).toContain(YOUTH_LINE);
    expect(takesItBack('ㅋㅋ 농담 농담')).toBe(true);
    const roof = await talkThrough(engine(), ['여기서 뛰어내리면 어떨까 생각함', 'ㅋㅋ 농담 농담']);
    expect(roof[0]!.kind).toBe('safety');
    expect(roof[1]!.reply).toBe(TAKEN_BACK_REPLY);
  });
});

describe('session 35, risk told of a friend or of the past', () => {
  it('a friend’s warning signs across turns are the friend’s; self-harm long past is past', () => {
    expect(toldOthersAtRisk('어제는 나한테 그동안 고마웠다고 카톡 보냄', ['친구가 요즘 좀 이상해'])).toBe(true);
    expect(toldOthersAtRisk('어제는 나한테 그동안 고마웠다고 카톡 보냄')).toBe(false);
    expect(toldOthersAtRisk('갑자기 자기 물건을 다 나눠주고 있어', ['친구가 요즘 좀 이상해'])).toBe(true);
    expect(toldPastRisk('중학교 때 자해를 했었어요')).toBe(true);
    expect(toldPastRisk('중학교 때 자해를 했었는데 요즘 다시 하고 싶어')).toBe(false);
    expect(toldPastRisk('어제 자해했어요')).toBe(false);
  });
});

describe('session 35, school and work', () => {
  it('a stomach ache before work is no infertility; an idea adopted, a start next week, an unanswered e-mail and a letter sent are not what the intents presume', () => {
    expect(detectLifeEvent('매일 아침 회사 가기 전에 배아픔')).toBeNull();
    expect(detectLifeEvent('배아 이식 실패했어요')?.id).toBe('infertility');
    expect(presumesUnsaid('work_endless_meetings', '오늘 회의에서 제 아이디어 채택됐어요')).toBe(true);
    expect(presumesUnsaid('work_arrived_at_work', '다음주 월요일부터 출근')).toBe(true);
    expect(presumesUnsaid('uni_professor_unfair', '교수님한테 메일 보냈는데 답장이 없어서 불안해요')).toBe(true);
    expect(presumesUnsaid('uni_professor_unfair', '성적 정정 메일 보냈는데 교수님이 읽씹하셨어 ㅡㅡ')).toBe(false);
    expect(presumesUnsaid('job_cover_letter_stuck', '자소서 진짜 몇날며칠 고쳐서 냈는데')).toBe(true);
    expect(presumesUnsaid('job_cover_letter_stuck', '자소서 한 줄도 못 쓰겠어')).toBe(false);
  });
});

describe('session 35, quiet days', () => {
  it('the wind, busy friends, a birthday no one knows, a hopeful plan', () => {
    expect(presumesUnsaid('breakup_cheated_on', '바람 시원하더라')).toBe(true);
    expect(presumesUnsaid('breakup_cheated_on', '남친이 바람피웠어요')).toBe(false);
    expect(presumesUnsaid('later_children_distant', '가끔 전화는 하는데 다들 바빠서')).toBe(true);
    expect(presumesUnsaid('later_children_distant', '자식들이 바쁘다고 통 연락이 없어요')).toBe(false);
    expect(presumesUnsaid('conv_dont_know', '근데 아무도 몰라요')).toBe(true);
    expect(presumesUnsaid('conv_will_it_be_ok', '조금씩 정 붙여봐야죠')).toBe(true);
    expect(presumesUnsaid('conv_will_it_be_ok', '결국엔 다 괜찮아지겠지?')).toBe(false);
  });

  it('a birthday no one knew of, told in two turns', async () => {
    const rs = await talkThrough(engine(), ['저 오늘 생일이에요', '근데 아무도 몰라요']);
    expect(rs[1]!.intent).toBe('life:birthday_alone');
  });
});

describe('session 35 conversations (fake model)', () => {
  it('a "but" right after good news keeps the gladness with what weighs on it', async () => {
    const e = createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60 });
    const rs = await talkThrough(e, ['취업했어요 너무 기뻐!!', '근데 원하던 데는 아니에요']);
    expect(rs[1]!.reply).toMatch(/마음에 걸리는/u);
  });
});

describe.skipIf(!realModelPresent())('session 35 turns with the shipped model', () => {
  const shipped = useShippedChat();

  it('relief named after parents’ divorce is said back, though the model reads anger', async () => {
    const rs = await talkThrough(shipped().engine, ['부모님이 이혼하셨어', '솔직히 좀 후련해', '이런 생각하는 내가 이상한가']);
    expect(RELIEF_REFLECTIONS.some((r) => rs[1]!.reply.startsWith(r))).toBe(true);
    expect(rs[2]!.reply).toMatch(/이상하지 않|이상한 게 아니/u);
  }, 60_000);

  it('feeling better after the songs gets no self-blame question', async () => {
    const rs = await talkThrough(shipped().engine, ['요즘 너무 지쳐요', '회사 일이 너무 많아서 매일 야근이에요', '노래 추천해줘', '고마워요 조금 나아진 것 같아요']);
    expect(rs[3]!.reply).not.toMatch(/자책|몰아세우/u);
    expect(rs[3]!.intent).toBe('meta_thanks_felt_better');
  }, 60_000);

  it('an early request that names a feeling hears it first', async () => {
    const [r] = await talkThrough(shipped().engine, ['노래추천 ㄱㄱ 개우울함']);
    expect(r!.action).toBe('need_more');
    expect(r!.reply).toMatch(/^마음이 많이 가라앉아 있군요\./u);
    expect(r!.reply).not.toMatch(/기분이 어떤지/u);
  }, 60_000);

  it('a widow who says she has no thought of dying is believed', async () => {
    const rs = await talkThrough(shipped().engine, ['남편이 작년에 먼저 갔어요', '자식들은 다 바쁘고', '그래도 죽을 생각은 없어요 걱정마세요 허허']);
    expect(rs[2]!.kind).not.toBe('safety');
    expect(rs[2]!.reply).toMatch(/109/u);
  }, 60_000);

  it('a friend giving things away and saying thanks is answered as the friend’s risk; self-harm five years ago calmly', async () => {
    const rs = await talkThrough(shipped().engine, ['친구가 요즘 좀 이상해', '갑자기 자기 물건을 다 나눠주고 있어', '어제는 나한테 그동안 고마웠다고 카톡 보냄']);
    expect(OTHERS_AT_RISK_REPLIES).toContain(rs[2]!.reply);
    const past = await talkThrough(shipped().engine, ['중학교 때 자해를 했었어요']);
    expect(past[0]!.reply).toBe(PAST_RISK_REPLY);
    expect(past[0]!.safety).toBe('suicide');
  }, 60_000);

  it('a father who quit "그냥 티비만 보고 있어", is not the user resting', async () => {
    const rs = await talkThrough(shipped().engine, ['아빠가 회사 그만두셨어', '그냥 티비만 보고 있어']);
    expect(rs[0]!.intent).toBe('life:family_quit');
    expect(rs[1]!.reply).not.toMatch(/휴식|쉬어 가는/u);
  }, 60_000);
});
