/**
 * Session 37 (longfit): replies picked for the wrong situation deep in long conversations
 * (/tmp/s37/hunt/long: 17 conversations of 13–21 turns). Detectors with their near misses, the
 * engine with the fake encoder, and the testers' turns with the shipped model.
 */
import { describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import { aboutTheirWords, heldByStory, noChildInStory, notAgain, notAnEx, notYetHappened, presumesBetrayal, reliefButLonging, sadStory, sadTurn, setAside, thanksWithRelief, toldBetrayal } from '../../src/chat/longfit';
import { factQuestion, factReplies, shortSleep } from '../../src/chat/asks-facts';
import { practicalReplies, practicalTopic } from '../../src/chat/practical-help';
import { presumesUnsaid } from '../../src/chat/intent-guards';
import { loadCorpus } from '../../scripts/dialogue/corpus';
import { fakeAnalyze, fakeIndex, realModelPresent, talkThrough, useShippedChat } from './helpers';

const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60 });

describe('sleep hours are no medicine dose (c11 T13–T14)', () => {
  const exam = ['나 고3인데 수능 D-30이야', '괜찮아 수능 때문에 다들 정신없으니까', '다시 공부 얘기하면 수학 확통 파트가 제일 약해'];
  it('"하루에 몇시간 자는게 좋을까" before the exam is the sleep question', () => {
    expect(factQuestion('하루에 몇시간 자는게 좋을까', { earlier: exam })).toBe('exam_sleep');
    // "약해" (weak) is no medicine, even without an exam in the story.
    expect(factQuestion('하루에 몇시간 자는게 좋을까', { earlier: ['수학 확통 파트가 제일 약해'] })).toBeNull();
  });
  it('a dose question about medicine still gets the dose reply', () => {
    expect(factQuestion('하루에 몇 알까지 먹어도 돼?', { earlier: ['수면제 처방받았어'] })).toBe('dose');
    expect(factQuestion('하루에 몇 번 먹어도 돼?', { earlier: ['두통약 먹었는데 안 들어'] })).toBe('dose');
  });
  it('four hours told after it is too little, said gently; not before the answer, and not enough sleep', () => {
    expect(factQuestion('지금은 4시간 자', { earlier: exam, lastFact: 'exam_sleep' })).toBe('exam_sleep_short');
    expect(factQuestion('지금은 4시간 자', { earlier: exam })).toBeNull();
    expect(factQuestion('지금은 7시간 자', { earlier: exam, lastFact: 'exam_sleep' })).not.toBe('exam_sleep_short');
    expect(shortSleep('지금은 4시간 자')).toBe(4);
    expect(shortSleep('세 시간밖에 못 자')).toBe(3);
    expect(shortSleep('8시간 자는데도 피곤해')).toBeNull();
    expect(shortSleep('4시간 공부했어')).toBeNull();
    const [reply] = factReplies('exam_sleep_short', '지금은 4시간 자', { earlier: exam });
    expect(reply).toMatch(/4시간/u);
    expect(reply).toMatch(/적어요/u);
    expect(reply).not.toMatch(/약|119/u);
  });
});

describe('telling work about a pregnancy is no resignation notice (c13 T13)', () => {
  const story = ['나 임신했어ㅠㅠ 7주래', '작년에 한번 유산했었어. 그래서 12주까지는 조심하래', '산부인과 선생님은 아기 심장소리 잘 들린다고 했어', '그 소리 듣는데 눈물 나더라'];
  it('is its own topic, with the shortened hours and 1350, and no notice period', () => {
    expect(practicalTopic('아 그리고 회사에는 언제 말해야 할지 모르겠어', story)).toBe('pregnancy_work');
    const [first] = practicalReplies('pregnancy_work', '회사에는 언제 말해야 할지 모르겠어', story);
    expect(first).toMatch(/12주/u);
    expect(first).toMatch(/근로시간 단축/u);
    expect(first).toMatch(/1350/u);
    expect(first).not.toMatch(/한 달 전|인수인계|관례/u);
  });
  it('"언제 말해야 할지" without quitting or a pregnancy is neither; quitting still is', () => {
    expect(practicalTopic('회사에는 언제 말해야 할지 모르겠어', ['요즘 남자친구랑 자주 싸워'])).toBeNull();
    expect(practicalTopic('퇴사한다고 언제 말해야 할까요?', [])).toBe('quit');
    expect(practicalTopic('한달 전이면 될까요?', ['회사 그만두려고 해요'])).toBe('quit');
    // Quitting while pregnant is still quitting.
    expect(practicalTopic('퇴사한다고 팀장님께 언제 말해야 할까요?', story)).toBe('quit');
  });
});

describe('"그 말" after someone else’s words is about them (c12 T7)', () => {
  const quoted = ['시어머니가 명절에 일주일 지내시겠다고 하셨는데 남편이 묻지도 않고 된다고 했어요', '제가 서운하다고 했더니 그게 뭐가 어렵냐고 하더라고요'];
  it('detects the words pointed back to after a quote', () => {
    expect(aboutTheirWords('그 말이 너무 상처였어요', quoted)).toBe(true);
    expect(aboutTheirWords('그 소리 듣는데 눈물 나더라', ['엄마가 너 때문에 못 살겠다고 했어'])).toBe(true);
  });
  it('not a complaint that names the bot, nor "그 말" with no one quoted', () => {
    expect(aboutTheirWords('네 말이 너무 상처였어', quoted)).toBe(false);
    expect(aboutTheirWords('방금 한 말 좀 상처다', quoted)).toBe(false);
    expect(aboutTheirWords('그 대답은 좀 별로야', quoted)).toBe(false);
    expect(aboutTheirWords('그 말이 너무 상처였어요', ['요즘 회사 일이 많아요', '주말에도 출근했어요'])).toBe(false);
  });
  it('holds the complaint intent only then', () => {
    const complaint = { id: 'meta_complaint_weird_answer', replies: ['제 대답이 마음에 닿지 못했네요.'] };
    expect(heldByStory(complaint, '그 말이 너무 상처였어요', quoted)).toBe(true);
    expect(heldByStory(complaint, '대답이 이상해', quoted)).toBe(false);
  });
});

describe('guilt toward someone is no apology for venting (c10 T12)', () => {
  it('"그게 너무 미안해요" is held from conv_sorry_for_venting; apologies for talking are not', () => {
    expect(presumesUnsaid('conv_sorry_for_venting', '그게 너무 미안해요')).toBe(true);
    expect(presumesUnsaid('conv_sorry_for_venting', '그래서 더 미안해')).toBe(true);
    expect(presumesUnsaid('conv_sorry_for_venting', '이런 얘기해서 미안해')).toBe(false);
    expect(presumesUnsaid('conv_sorry_for_venting', '징징대서 미안')).toBe(false);
    expect(presumesUnsaid('conv_sorry_for_venting', '내 얘기만 계속해서 미안 ㅠㅠ')).toBe(false);
  });
});

describe('a coworker is no ex (c08 T13)', () => {
  const burnout = ['리드 개발자 태우 선배가 갑자기 퇴사해서 그 일까지 내가 떠안았어', '응 인수인계도 제대로 못 받았어', '여자친구 지현이랑도 자주 싸워. 내가 예민해서'];
  it('a senior from work, even with a girlfriend in the story, or a story without any romance', () => {
    expect(notAnEx('아까 말한 태우 선배한테 연락해서 물어볼까 생각도 했어', burnout)).toBe(true);
    expect(notAnEx('연락해볼까 고민 중이야', ['회사 일이 너무 많아', '팀장이 또 뭐라 했어'])).toBe(true);
  });
  it('not a break-up story, nor an ex who was a senior', () => {
    expect(notAnEx('다시 민지 얘기로 돌아가면, 연락해볼까 고민 중이야', ['3년 사귄 민지랑. 걔가 먼저 그만하자고 하더라', '밤에 잠이 안 와'])).toBe(false);
    expect(notAnEx('전 남친이 과 선배였는데 연락해볼까', [])).toBe(false);
    expect(notAnEx('연락해볼까 고민 중이야', [])).toBe(false);
  });
});

describe('events still ahead and subjects set aside (c06 T13, c05 T17, c06 T21, c09 T21, c15 T14)', () => {
  it('a plan, a time ahead or a condition is not yet happened', () => {
    for (const t of ['아 근데 다음달에 또 다른 친구 결혼식 있음ㅋㅋ', '여행 다녀와서 또 얘기해드릴게요', '아 면접도 잘 보고 올게', '과장 승진인데 이번에 못하면 좀 곤란해요', '내일 면접이야', '면접 앞두고 잠이 안 와']) {
      expect(notYetHappened(t), t).toBe(true);
    }
  });
  it('what happened is not held', () => {
    for (const t of ['친구 결혼식 다녀왔어', '면접 완전 망쳤어', '이번 승진에서 나만 떨어졌어', '어제 여행에서 돌아왔어요 벌써 또 가고 싶다', '내일이 와도 면접 끝났다는 게 안 믿겨 끝났어']) {
      expect(notYetHappened(t), t).toBe(false);
    }
  });
  it('no example of those intents is held by the turn alone', () => {
    const ids = ['job_interview_went_badly', 'job_interview_done', 'life_travel_trip', 'friends_wedding_attended', 'work_promotion_missed', 'parenting_working_parent_guilt', 'breakup_urge_to_contact_ex', 'meta_complaint_weird_answer'];
    const corpus = loadCorpus();
    const held = corpus.intents.filter((it) => ids.includes(it.id)).flatMap((it) => it.examples.filter((e) => heldByStory(it, e, [])).map((e) => `${it.id}: ${e}`));
    expect(held).toEqual([]);
  });
  it('"X 얘기는 됐고" sets X aside', () => {
    expect(setAside('면접 얘기는 됐고, 준호 생각하면 또 열받아')).toBe('면접');
    expect(setAside('회사 얘기는 나중에 하고, 동욱이 반응 어떨지 너무 궁금해')).toBe('회사');
    expect(setAside('면접 얘기 좀 해도 돼?')).toBeNull();
    expect(setAside('그 얘기는 됐고')).toBeNull();
    const interview = { id: 'job_interview_went_badly', replies: ['면접을 마치고도 얼굴이 화끈거리는 그 기분, 참 괴롭죠.'] };
    expect(heldByStory(interview, '면접 얘기는 됐고, 준호 생각하면 또 열받아', [])).toBe(true);
  });
});

describe('facts never told (c03 T7, c05 T19, c07 T17)', () => {
  it('a working parent’s replies wait for a child', () => {
    const mum = ['엄마가 지난주에 유방암 진단 받으셨어', '아빠는 돌아가셨고 형은 미국에 있어서 내가 다 챙겨야돼', '응 혼자 감당하는 느낌이야'];
    expect(noChildInStory('회사에 휴가 내야하는데 눈치보여ㅠ', mum)).toBe(true);
    expect(noChildInStory('회사에 휴가 내야하는데 눈치보여ㅠ', ['어린이집에서 애가 열난다고 전화 왔어', '데리러 가야 해'])).toBe(false);
    expect(noChildInStory('아이 학교 상담 주간인데 휴가를 못 냈어', mum)).toBe(false);
    expect(noChildInStory('복직한 지 열흘째예요', [])).toBe(false);
  });
  it('a birthday remembered is no birthday today', () => {
    expect(presumesUnsaid('life_joy_birthday', '참 하은이가 제 생일엔 케이크 만들어줬었어요 그래서 더 잘해주고 싶어요')).toBe(true);
    expect(presumesUnsaid('life_joy_birthday', '작년 생일에는 혼자 보냈어')).toBe(true);
    expect(presumesUnsaid('life_joy_birthday', '오늘 내 생일이야!')).toBe(false);
    expect(presumesUnsaid('life_joy_birthday', '가족들이랑 생일 케이크 먹었어')).toBe(false);
  });
  it('thanks with relief is thanks; relief about others or the weather is not', () => {
    expect(thanksWithRelief('고마워요 말할 데가 없었는데 좀 풀렸어요')).toBe(true);
    expect(thanksWithRelief('고마워 너 덕분에 좀 정리됐어')).toBe(true);
    expect(thanksWithRelief('말할 데가 없었는데 좀 풀렸어요')).toBe(false);
    expect(thanksWithRelief('고마워 근데 날씨가 좀 풀렸어')).toBe(false);
    expect(thanksWithRelief('엄마가 좀 풀렸어 고마워')).toBe(false);
    expect(thanksWithRelief('고마운데 언제쯤 풀릴까?')).toBe(false);
  });
  it('a betrayal reflection waits for a betrayal told', () => {
    expect(presumesBetrayal('믿었던 만큼 더 서운했겠어요.')).toBe(true);
    expect(presumesBetrayal('마음이 많이 아팠겠어요.')).toBe(false);
    expect(toldBetrayal(['오늘 아들을 군대에 보냈어요', '고마워요 말할 데가 없었는데 좀 풀렸어요'])).toBe(false);
    expect(toldBetrayal(['제일 친한 친구가 내 비밀을 다 퍼뜨렸어'])).toBe(true);
    expect(toldBetrayal(['남편이 바람폈어'])).toBe(true);
  });
});

describe('joy in a sad story (c10 T6, T16; c02 T3)', () => {
  it('a loss or a grievance in the story or the turn', () => {
    expect(sadStory('초코 생각하면서 들을게요', ['오늘 아침에 초코가 무지개다리를 건넜어요', '내일 화장하러 가요. 김포에 있는 반려동물 장례식장이요'])).toBe(true);
    expect(sadStory('이번 달 내내 야근했어요. 새로 온 박 팀장님이 기획안을 다섯 번이나 다시 쓰라고 하셨거든요', [])).toBe(true);
    expect(sadStory('초코랑 산책하고 왔어요', ['오늘 날씨 좋다'])).toBe(false);
    expect(sadStory('오늘 화장 새로 해봤어', ['주말에 친구 만나'])).toBe(false);
    expect(sadStory('제주도로 떠났어요 여행!', [])).toBe(false);
    expect(sadTurn('새로 온 박 팀장님이 기획안을 다섯 번이나 다시 쓰라고 하셨거든요')).toBe(true);
    expect(sadTurn('동기 수진이가 커피 사주면서 위로해줬어요')).toBe(false);
    expect(sadTurn('기획안 한 번에 통과됐어요!')).toBe(false);
  });
  it('relief that gives way to missing someone', () => {
    expect(reliefButLonging('네 제 품에서요. 그래서 다행이기도 한데 너무 보고싶어요')).toBe(true);
    expect(reliefButLonging('안심은 되는데 그래도 그리워요')).toBe(true);
    expect(reliefButLonging('정말 다행이에요')).toBe(false);
    expect(reliefButLonging('보고 싶었는데 만나서 다행이야')).toBe(false);
    expect(reliefButLonging('아내는 모시고 오는 거 괜찮다는데 미안해서요')).toBe(false);
  });
});

describe('the previous reply is never repeated word for word', () => {
  it('gives another line, keeping the songs open or the help lines', () => {
    expect(notAgain('meta', 'open_recommendations')).toMatch(/노래/u);
    expect(notAgain('followup', undefined)).not.toBe('');
    expect(notAgain('safety', undefined)).toBe('한 번 더 말해 둘게요.');
  });
  it('a turn that would give the last reply again gives another', async () => {
    const e = engine();
    const s0 = e.newConversation();
    for (const text of ['오늘 회사에서 너무 힘들었어', '응', '노래 추천해줘']) {
      const first = await e.reply(s0, text);
      // The same turn from the same state gives the same reply, unless that reply was the last one.
      expect((await e.reply(s0, text)).reply).toBe(first.reply);
      const again = await e.reply({ ...s0, lastReply: first.reply }, text);
      expect(again.reply, text).not.toBe(first.reply);
      expect(again.action, text).toBe(first.action);
    }
  }, 120_000);
  it('the state keeps the last reply through a turn', async () => {
    const [a, b] = await talkThrough(engine(), ['오늘 회사에서 너무 힘들었어', '팀장이 또 소리 질렀어']);
    expect(a!.state.lastReply).toBe(a!.reply);
    expect(b!.state.lastReply).toBe(b!.reply);
  });
});

describe('session 37 long conversations (fake model)', () => {
  it('sleep asked before the exam, then four hours told', async () => {
    const rs = await talkThrough(engine(), ['나 고3인데 수능 D-30이야', '다시 공부 얘기하면 수학 확통 파트가 제일 약해', '하루에 몇시간 자는게 좋을까', '지금은 4시간 자']);
    expect(rs[2]!.reply).not.toMatch(/먹어도|약/u);
    expect(rs[2]!.reply).toMatch(/6~8시간/u);
    expect(rs[3]!.reply).toMatch(/4시간이면[^.]*적어요/u);
  });
  it('a pregnancy told, then when to tell work', async () => {
    const rs = await talkThrough(engine(), ['나 임신했어ㅠㅠ 7주래', '산부인과 선생님은 아기 심장소리 잘 들린다고 했어', '아 그리고 회사에는 언제 말해야 할지 모르겠어']);
    expect(rs[2]!.reply).toMatch(/12주/u);
    expect(rs[2]!.reply).not.toMatch(/관례|인수인계/u);
  });
});

describe.skipIf(!realModelPresent())('session 37 turns with the shipped model', () => {
  const shipped = useShippedChat();

  it('c12: "그 말이 너무 상처였어요" after the husband’s words is no complaint about the bot', async () => {
    const rs = await talkThrough(shipped().engine, [
      '안녕하세요. 요즘 남편이랑 사이가 안좋아요',
      '시어머니가 명절에 저희집에서 일주일 지내시겠다고 하셨는데 남편이 저한테 묻지도 않고 된다고 했어요',
      '제가 서운하다고 했더니 그게 뭐가 어렵냐고 하더라고요',
      '그 말이 너무 상처였어요',
    ]);
    expect(rs[3]!.intent).not.toBe('meta_complaint_weird_answer');
    expect(rs[3]!.reply).not.toMatch(/제 대답|믿었던/u);
  }, 60_000);

  it('c10: guilt toward a dog, relief with longing, and songs heard thinking of him', async () => {
    const rs = await talkThrough(shipped().engine, [
      '저 오늘 너무 슬퍼요',
      '오늘 아침에 키우던 강아지 초코가 무지개다리를 건넜어요',
      '마지막에 제 품에서 갔어요',
      '네 제 품에서요. 그래서 다행이기도 한데 너무 보고싶어요',
      '제가 회사 때문에 요즘 초코랑 많이 못 놀아줬어요',
      '그게 너무 미안해요',
      '내일 화장하러 가요. 김포에 있는 반려동물 장례식장이요',
      '노래 들려주세요',
      '고마워요',
      '초코 생각하면서 들을게요',
    ]);
    expect(rs[3]!.reply).toMatch(/보고 싶은/u);
    expect(rs[3]!.reply).not.toMatch(/제목|놓였다니/u);
    expect(rs[5]!.intent).not.toBe('conv_sorry_for_venting');
    expect(rs[5]!.reply).not.toMatch(/여기는 힘든 이야기/u);
    expect(rs[9]!.reply).not.toMatch(/기쁜|좋네요|소식/u);
  }, 60_000);

  it('c08: a coworker to contact is no ex, and the songs line is not said twice', async () => {
    const rs = await talkThrough(shipped().engine, [
      '요즘 그냥 다 귀찮아',
      '리드 개발자 태우 선배가 갑자기 퇴사해서 그 일까지 내가 떠안았어',
      '여자친구 지현이랑도 자주 싸워. 내가 예민해서',
      '가끔은 그냥 다 그만두고 사라지고 싶다는 생각도 들어',
      '죽고 싶다는 건 아니고 그냥 어디 멀리 가버리고 싶다는 거야',
      '아까 말한 태우 선배한테 연락해서 물어볼까 생각도 했어',
      '노래나 좀 들려줘',
      '음 괜찮네',
    ]);
    expect(rs[5]!.intent).not.toBe('breakup_urge_to_contact_ex');
    expect(rs[5]!.reply).not.toMatch(/다시 잡고/u);
    expect(rs[7]!.reply).not.toBe(rs[6]!.reply);
  }, 60_000);

  it('c06, c09: a subject set aside and a wedding next month', async () => {
    const a = await talkThrough(shipped().engine, ['걔 폰에 다른 여자랑 카톡한거 봤어', '아 근데 나 내일 면접이야', '면접 얘기는 됐고, 준호 생각하면 또 열받아']);
    expect(a[2]!.intent).not.toBe('job_interview_went_badly');
    expect(a[2]!.reply).not.toMatch(/면접/u);
    const b = await talkThrough(shipped().engine, ['친구 결혼식 때문에 서운한 일 있었어', '아 근데 다음달에 또 다른 친구 결혼식 있음ㅋㅋ']);
    expect(b[1]!.reply).not.toMatch(/어땠어요|다녀온|하루였네요/u);
  }, 60_000);

  it('c03, c05, c07: no child, no birthday today, no betrayal invented', async () => {
    const a = await talkThrough(shipped().engine, ['엄마가 지난주에 유방암 진단 받으셨어', '아빠는 돌아가셨고 형은 미국에 있어서 내가 다 챙겨야돼', '응 혼자 감당하는 느낌이야', '회사에 휴가 내야하는데 눈치보여ㅠ']);
    expect(a[3]!.reply).not.toMatch(/아이/u);
    const b = await talkThrough(shipped().engine, ['사귄 지 1주년 기념이에요. 여자친구 이름은 하은이에요', '참 하은이가 제 생일엔 케이크 만들어줬었어요 그래서 더 잘해주고 싶어요']);
    expect(b[1]!.reply).not.toMatch(/생일 축하/u);
    const c = await talkThrough(shipped().engine, ['오늘 아들을 군대에 보냈어요', '집에 오니까 민재 방이 텅 비어있네요', '고마워요 말할 데가 없었는데 좀 풀렸어요']);
    expect(c[2]!.reply).not.toMatch(/믿었던|서운/u);
    expect(c[2]!.intent).toBe('meta_thanks_felt_better');
  }, 60_000);

  it('c02, c14: a grievance at work and a mishap are not good news', async () => {
    const a = await talkThrough(shipped().engine, ['안녕하세요', '회사 때문에 너무 지쳐요', '이번 달 내내 야근했어요. 새로 온 박 팀장님이 기획안을 다섯 번이나 다시 쓰라고 하셨거든요']);
    expect(a[2]!.reply).not.toMatch(/미소|기뻤|기쁜/u);
    const b = await talkThrough(shipped().engine, ['입사 3개월차 신입인데 오늘 진짜 최악이었어', '거래처에 보낼 메일에 단가를 0 하나 더 붙여서 보냈어', '이정민 대리님이 발견해서 다행히 정정 메일 보냈어', '근데 부장님이 회의 때 그 얘기를 꺼내셨어. 다들 웃었는데 나는 얼굴이 빨개졌어']);
    expect(b[3]!.reply).not.toMatch(/좋은 소식|기쁜/u);
  }, 60_000);
});
