/**
 * Session 38 (younga): young users' talk (src/chat/young-talk.ts). Sarcasm read as joy, tears after
 * good news read as grief, a brave face read as happy tears, talk to the bot about the bot, English
 * disclosures turned away, weeks of anhedonia answered with a template.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import {
  anhedoniaReply,
  asksIfBotDislikes,
  braveFace,
  doubtEmpathyReplies,
  doubtsEmpathy,
  englishDisclosure,
  ENGLISH_AGAIN_REPLY,
  HOW_ARE_YOU_REPLY,
  ironicOpener,
  ironyKind,
  KOREAN_ONCE,
  laughAfterLetdown,
  petAfterEnglish,
  tearsOfJoy,
  weeksOfAnhedonia,
  youngTurn,
} from '../../src/chat/young-talk';
import { fakeAnalyze, fakeIndex, realModelPresent, talkThrough, useShippedChat } from './helpers';

const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60 });

// The fake index is trained once; on a busy machine that takes a while.
beforeAll(() => {
  fakeIndex();
}, 600_000);

describe('sarcasm: glowing words with a wink', () => {
  it('an opener of glowing words and ^^ only is one; content or a plain ~ is not', () => {
    const cases: Array<[string, boolean]> = [
      ['아 좋아 죽겠네 진짜^^', true],
      ['아 너무 좋다^^', true],
      ['ㅋㅋ 오늘도 역시 레전드 하루^^', true],
      ['최고의 하루네^^', true],
      ['오늘 날씨 너무 좋다^^', false],
      ['너무 좋다~', false],
      ['아 좋아 죽겠네 진짜', false],
      ['합격해서 좋아 죽겠네^^', false],
      ['친구가 좋다고 했어^^', false],
    ];
    for (const [text, want] of cases) expect(ironicOpener(text), text).toBe(want);
  });

  it('reads the opener, the bad events after it and the closing glow, and not good news', () => {
    expect(ironyKind('아 좋아 죽겠네 진짜^^', [], false)).toBe('open');
    expect(ironyKind('팀플 무임승차 3명', ['아 좋아 죽겠네 진짜^^'], false)).toBe('sting');
    expect(ironyKind('발표도 나 혼자함', ['아 좋아 죽겠네 진짜^^', '팀플 무임승차 3명'], false)).toBe('sting');
    expect(ironyKind('지각하고', ['ㅋㅋ 오늘도 역시 레전드 하루^^'], false)).toBe('sting');
    expect(ironyKind('최고의 하루~', ['지각하고', '폰 떨궈서 액정 깨지고', '비까지 옴'], false)).toBe('close');
    expect(ironyKind('시험 망해서 기분 아주 좋다^^', [], false)).toBe('sting');
    // Meant: after good news, or with a real reason, or with no wink.
    expect(ironyKind('아 좋아 죽겠네 진짜^^', ['수시 최초합!!!!!'], false)).toBeNull();
    expect(ironyKind('아 좋아 죽겠네 진짜^^', ['오늘 생일이라 선물 받음'], true)).toBeNull();
    expect(ironyKind('떨어졌지만 그래도 최고의 하루~', ['지각하고'], false)).toBeNull();
    expect(ironyKind('최고의 하루', ['지각하고', '비까지 옴'], false)).toBeNull();
    // A hurt further back is sarcasm.ts's: no question whether it is meant.
    expect(ironyKind('아 너무 좋다 진짜^^', ['알바 잘림', 'ㅋㅋ 3일만에', '사장이 나랑 안맞는대', 'ㅇㅇ'], false)).toBeNull();
    expect(ironyKind('최고의 하루~', ['어제 시험 망했는데', '오늘 친구들이랑 놀았어'], false)).toBeNull();
    expect(ironyKind('최고의 하루~', ['지각하고', 'ㅋ'], false)).toBe('close');
    // A bad event with no ironic opener before it is not sarcasm; nor is a feeling after a sting.
    expect(ironyKind('팀플 무임승차 3명', ['오늘 날씨 너무 좋다^^'], false)).toBeNull();
    expect(ironyKind('팀플 무임승차 3명', [], false)).toBeNull();
    expect(ironyKind('ㄹㅇ 현타옴', ['아 너무 좋다^^', '오늘 시험 망함ㅋㅋ'], false)).toBeNull();
    // Good news after the opener ends it.
    expect(ironyKind('근데 지각함', ['아 너무 좋다^^', '장학금 당첨됨'], false)).toBeNull();
  });

  it('in the engine: the sting is answered, not cheered', async () => {
    const rs = await talkThrough(engine(), ['아 좋아 죽겠네 진짜^^', '팀플 무임승차 3명', '발표도 나 혼자함']);
    expect(rs[0]!.reply).toMatch(/수상/u);
    expect(rs[1]!.reply).toMatch(/^\^\^가 더 무섭네요/u);
    expect(rs[2]!.reply).toMatch(/발표까지 혼자 다 떠안았으면 진짜 화났겠어요/u);
    for (const r of rs) expect(r.reply).not.toMatch(/미소|환해|기뻤|축하/u);
  });
});

describe('tears after good news; a brave face after a letdown', () => {
  it('tears after good news are joy; after bad news or denied they are not', () => {
    expect(tearsOfJoy('엄마 울었음', ['수시 최초합!!!!!', 'ㅇㅇ 서울대는 아니고ㅋㅋ', '그래도 인서울'])).toEqual({ who: '엄마', self: false, with: null });
    expect(tearsOfJoy('나도 울음ㅋㅋ', ['수시 최초합!!!!!', '그래도 인서울', '엄마 울었음'])).toEqual({ who: null, self: true, with: '엄마' });
    expect(tearsOfJoy('합격 소식 듣고 아빠가 우셨어', [])?.who).toBe('아빠');
    expect(tearsOfJoy('엄마 울었음', ['할머니 돌아가셨어'])).toBeNull();
    expect(tearsOfJoy('엄마 울었음', ['수시 최초합!!!!!', '근데 동생은 떨어졌어'])).toBeNull();
    expect(tearsOfJoy('엄마 울었음', [])).toBeNull();
    expect(tearsOfJoy('근데 친구는 떨어져서 울었어', ['나 합격했어'])).toBeNull();
    expect(tearsOfJoy('나 안 울었음', ['수시 최초합!!!!!'])).toBeNull();
    expect(tearsOfJoy('아빠가 전화로 한참 우셨어', ['나 오늘 합격했어!!!'])).toBeNull();
    expect(tearsOfJoy('엄마랑 같이 울었어 ㅠㅠ', ['나 오늘 합격했어!!!'])?.self).toBe(true);
    expect(tearsOfJoy('근데 엄마는 울었어 내가 멀리 가서', ['나 합격했어'])).toBeNull();
    expect(tearsOfJoy('엄마가 서운해서 울었어', ['수시 최초합!!!!!'])).toBeNull();
  });

  it('a brave face after disappointing news, and a bare laugh right after it', () => {
    expect(braveFace('괜찮아 안울어', ['최애 열애설남', 'ㅋㅋㅋㅋㅋㅋ'])).toBe(true);
    expect(braveFace('하나도 안 슬퍼', ['썸남한테 차였어'])).toBe(true);
    expect(braveFace('괜찮아 안울어', ['수시 최초합!!!!!'])).toBe(false);
    expect(braveFace('괜찮아 안울어', [])).toBe(false);
    expect(braveFace('안 울었는데 엄마가 울었어', ['최애 열애설남'])).toBe(false);
    expect(laughAfterLetdown('ㅋㅋㅋㅋㅋㅋ', ['최애 열애설남'])).toBe(true);
    expect(laughAfterLetdown('ㅋㅋㅋㅋㅋㅋ', ['친구가 웃긴 영상 보내줌'])).toBe(false);
    expect(laughAfterLetdown('ㅋㅋㅋ 웃기다', ['최애 열애설남'])).toBe(false);
  });

  it('in the engine: tears after 최초합 are congratulated; a brave face is not told of happy tears', async () => {
    const rs = await talkThrough(engine(), ['수시 최초합!!!!!', '그래도 인서울', '엄마 울었음', '나도 울음ㅋㅋ']);
    expect(rs[2]!.reply).toMatch(/엄마가 우셨다니.*축하해요/u);
    expect(rs[3]!.reply).toMatch(/^엄마랑 같이 울었다니, 그동안 얼마나 애썼는지 보여요\. 축하해요!/u);
    expect(rs[2]!.reply + rs[3]!.reply).not.toMatch(/속상|울컥하는 순간/u);
    const fan = await talkThrough(engine(), ['최애 열애설남', 'ㅋㅋㅋㅋㅋㅋ', '괜찮아 안울어', 'ㅠㅠㅠㅠㅠ 거짓말']);
    expect(fan[1]!.reply).toMatch(/웃고는 있지만/u);
    expect(fan[2]!.reply).toMatch(/괜찮은 척 안 해도 돼요/u);
    expect(fan[2]!.reply).not.toMatch(/기쁨의 눈물/u);
    expect(fan[3]!.reply).toMatch(/솔직하게 말해 줘서 고마워요/u);
  });
});

describe('talk to the bot about the bot', () => {
  it('"너도 나 싫지?" is asked of the bot; someone else is not', () => {
    for (const t of ['너도 나 싫지?', '너도 내가 싫어?', '넌 나 싫어하지?', '너도 날 귀찮아하지ㅋㅋ']) expect(asksIfBotDislikes(t), t).toBe(true);
    for (const t of ['걔도 나 싫지?', '너도 나 싫다고 한 걔 알지?', '나 너 싫어', '너도 오이 싫지?']) expect(asksIfBotDislikes(t), t).toBe(false);
  });

  it('doubts about the bot’s empathy, not a friend’s or homework copied', () => {
    for (const t of ['너 진짜 공감하는거 맞아?', '복붙같은데', '템플릿이네', '맨날 똑같은 말만 하네']) expect(doubtsEmpathy(t), t).toBe(true);
    for (const t of ['ㅇㅇ 진짜 공감함', '그 가사 진짜 공감해', '친구가 공감을 못해줘', '과제 복붙했다가 걸림', '공감이 안 돼서 힘들어', '엄마는 맨날 똑같은 말만 해', '부장님은 맨날 같은 소리만 함']) expect(doubtsEmpathy(t), t).toBe(false);
  });

  it('a copy-paste complaint is owned honestly and says back what the user told', () => {
    const [reply] = doubtEmpathyReplies(['단톡방에서 나만 빼고 새 방 팠대', 'ㅇㅇ'], '복붙같은데');
    expect(reply).toMatch(/복붙처럼 느껴지죠/u);
    expect(reply).toMatch(/프로그램/u);
    expect(reply).toContain('"단톡방에서 나만 빼고 새 방 팠대"');
  });

  it('in the engine: "너도 나 싫지?" after being left out is answered for the user', async () => {
    const rs = await talkThrough(engine(), ['단톡방에서 나만 빼고 새 방 팠대', '괜찮은척함', '너도 나 싫지?', 'ㅋㅋ 농담']);
    expect(rs[2]!.reply).toMatch(/^전혀요\. 그런 일 겪으면 다들 나를 싫어하나 싶어지죠/u);
    expect(rs[2]!.reply).not.toMatch(/지치거나 외로워/u);
    expect(rs[3]!.reply).toMatch(/농담이어도 괜찮아요/u);
  });
});

describe('English', () => {
  it('reads clear disclosures, not jokes, phones or denials', () => {
    const cases: Array<[string, string | null]> = [
      ['my dog died', 'pet_died'],
      ['My cat passed away yesterday', 'pet_died'],
      ['my grandma died last week', 'someone_died'],
      ['im sad today', 'sad'],
      ["I'm so lonely", 'lonely'],
      ['my gf broke up with me', 'broke_up'],
      ['my phone died', null],
      ['i almost died laughing', null],
      ['im not sad', null],
      ['hello', null],
      ['how are you', null],
      ['오늘 너무 sad해', null],
    ];
    for (const [text, want] of cases) expect(englishDisclosure(text), text).toBe(want);
  });

  it('asks for Korean at most once and remembers the dog in Korean', () => {
    const asked = ['foreign_greeting#1'];
    expect(youngTurn('how are you', { story: ['hello'], used: asked, gladBefore: false })?.reply).toBe(HOW_ARE_YOU_REPLY);
    expect(youngTurn('what do you do', { story: ['hello'], used: asked, gladBefore: false })?.reply).toBe(ENGLISH_AGAIN_REPLY);
    // Not asked yet: language.ts asks, once.
    expect(youngTurn('what do you do', { story: [], used: [], gladBefore: false })).toBeNull();
    const first = youngTurn('my dog died', { story: [], used: [], gladBefore: false })!;
    expect(first.reply).toMatch(/^강아지가 세상을 떠났군요/u);
    expect(first.reply).toContain(KOREAN_ONCE);
    expect(youngTurn('my dog died', { story: [], used: asked, gladBefore: false })!.reply).not.toMatch(/한국어/u);
    expect(petAfterEnglish('ㅠㅠ 14년 같이 살았는데', ['im sad today', 'my dog died'])).toMatch(/^강아지랑 14년이나 같이 살았으면 가족이었죠/u);
    expect(petAfterEnglish('ㅠㅠ 14년 같이 살았는데', ['im sad today'])).toBeNull();
  });

  it('in the engine: one request for Korean, the grief answered, the dog kept', async () => {
    const rs = await talkThrough(engine(), ['hello', 'how are you', 'im sad today', 'my dog died', 'ㅠㅠ 14년 같이 살았는데']);
    const asks = rs.filter((r) => /한국어/u.test(r.reply));
    expect(asks.length).toBe(1);
    expect(rs[3]!.reply).toMatch(/강아지가 세상을 떠났군요/u);
    expect(rs[4]!.reply).toMatch(/강아지랑 14년이나/u);
  });

  it('self-harm in English still gets the English crisis reply first', async () => {
    const rs = await talkThrough(engine(), ['hello', 'i hurt myself']);
    expect(rs[1]!.kind).toBe('safety');
  });
});

describe('weeks of anhedonia', () => {
  it('needs a length of weeks and not wanting things in two turns', () => {
    const story = ['그냥 다 귀찮아', '학교도 가기싫고', '게임도 재미없고', '아무것도 하기싫음'];
    expect(weeksOfAnhedonia('몇주째 이럼', story)).toBe('몇 주째');
    expect(weeksOfAnhedonia('한 달 넘게 이래', story)).toBe('한 달 넘게');
    expect(weeksOfAnhedonia('몇주째 이럼', ['요즘 야근이 많아'])).toBeNull();
    expect(weeksOfAnhedonia('몇주째 야근 중', [])).toBeNull();
    expect(weeksOfAnhedonia('3주 동안 여행 갔다 와서 일하기 싫다', ['회사 가기 싫다'])).toBeNull();
    expect(weeksOfAnhedonia('그냥 다 귀찮아', story)).toBeNull();
  });

  it('the reply names the length, asks about sleep and meals, and points to someone to talk to', () => {
    const teen = anhedoniaReply('몇 주째', ['학교도 가기싫고'], '몇주째 이럼');
    expect(teen).toMatch(/^몇 주째 이렇다면/u);
    expect(teen).toMatch(/잠은 잘 자고, 밥은/u);
    expect(teen).toMatch(/학교 상담 선생님.*1388/u);
    const adult = anhedoniaReply('한 달 넘게', ['회사 가기 싫어'], '한 달 넘게 이래');
    expect(adult).toMatch(/정신건강복지센터/u);
    expect(adult).not.toMatch(/1388/u);
  });

  it('in the engine', async () => {
    const rs = await talkThrough(engine(), ['그냥 다 귀찮아', '학교도 가기싫고', '게임도 재미없고', '아무것도 하기싫음', '몇주째 이럼']);
    expect(rs[4]!.reply).toMatch(/^몇 주째 이렇다면/u);
    expect(rs[4]!.reply).toMatch(/1388/u);
  });
});

describe.skipIf(!realModelPresent())('session 38 (younga) with the shipped model', () => {
  const shipped = useShippedChat();

  it('c24: sarcasm after a free-ridden group project', async () => {
    const rs = await talkThrough(shipped().engine, ['아 좋아 죽겠네 진짜^^', '팀플 무임승차 3명', '발표도 나 혼자함']);
    expect(rs[2]!.reply).toMatch(/혼자 다 떠안았으면 진짜 화났겠어요/u);
    for (const r of rs) expect(r.reply).not.toMatch(/미소가 지어지|환해지|기뻤어요/u);
  }, 60_000);

  it('c42: "최고의 하루~" after a day gone wrong', async () => {
    const rs = await talkThrough(shipped().engine, ['ㅋㅋ 오늘도 역시 레전드 하루^^', '지각하고', '폰 떨궈서 액정 깨지고', '비까지 옴', '최고의 하루~']);
    expect(rs[4]!.reply).toMatch(/하나도 안 풀린 하루/u);
    expect(rs[4]!.reply).not.toMatch(/기쁨|벅차/u);
  }, 60_000);

  it('a genuinely happy "좋아 죽겠네^^" after good news stays joy', async () => {
    const rs = await talkThrough(shipped().engine, ['수시 최초합!!!!!', '아 좋아 죽겠네 진짜^^']);
    expect(rs[1]!.reply).not.toMatch(/수상|무섭|안 풀린/u);
  }, 60_000);

  it('c44 and c26 end to end', async () => {
    const rs = await talkThrough(shipped().engine, ['수시 최초합!!!!!', 'ㅇㅇ 서울대는 아니고ㅋㅋ', '그래도 인서울', '엄마 울었음', '나도 울음ㅋㅋ']);
    expect(rs[3]!.reply).not.toMatch(/속상/u);
    expect(rs[4]!.reply).toMatch(/엄마랑 같이 울었다니/u);
    const en = await talkThrough(shipped().engine, ['hello', 'how are you', 'im sad today', 'my dog died', 'ㅠㅠ 14년 같이 살았는데']);
    expect(en.filter((r) => /한국어/u.test(r.reply)).length).toBe(1);
    expect(en[4]!.reply).toMatch(/강아지랑 14년이나/u);
  }, 90_000);
});

describe('bad events the young tell', () => {
  it('are read in a few words, not in ordinary plans', async () => {
    const { toldBadEvent } = await import('../../src/chat/young-talk');
    for (const t of ['팀플 무임승차 3명', '발표도 나 혼자함', '지각하고', '폰 떨궈서 액정 깨지고', '비까지 옴', '모의고사 또 4등급']) expect(toldBadEvent(t), t).toBe(true);
    for (const t of ['나 혼자 해외여행 가', '혼자 하는 게 편해', '비 오면 좋겠다', '책 읽는 중', '오늘 1등급 나옴']) expect(toldBadEvent(t), t).toBe(false);
  });
});

describe('a doubt after a story', () => {
  it('owns it and says back the story, the second time too', () => {
    const story = ['학원에서 선생님한테 혼났어', '다들 보는 앞에서'];
    const first = youngTurn('너 진짜 공감하는거 맞아?', { story, used: [], gladBefore: false })!;
    expect(first.reply).toMatch(/프로그램/u);
    expect(first.reply).toContain('"학원에서 선생님한테 혼났어"');
    const second = youngTurn('복붙같은데', { story: [...story, '너 진짜 공감하는거 맞아?'], used: [first.id], gladBefore: false })!;
    expect(second.reply).not.toBe(first.reply);
    expect(second.reply).toContain('"학원에서 선생님한테 혼났어"');
  });
});

describe('near misses kept for the older rules', () => {
  it('"I feel tired today" is no disclosure (language.ts asks for Korean); everyone’s tears are not named', () => {
    expect(englishDisclosure('I feel tired today')).toBeNull();
    expect(tearsOfJoy('소식 듣고 다들 눈물 흘리더라', ['나 오늘 합격했어!!!'])).toBeNull();
  });
});
