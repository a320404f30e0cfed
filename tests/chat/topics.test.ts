import { describe, expect, it } from 'vitest';
import { askedTopics, presumesRemark, presumesSomeone, presumesTomorrow, questionSentences, toldTomorrow, toldTopics } from '../../src/chat/topics';
import { loadCorpus } from '../../scripts/dialogue/corpus';
import { EMOTIONS } from '../../src/ml/emotions';
import { wordlessTone } from '../../src/chat/wordless';

describe('question topics', () => {
  it('reads only the question sentences of a reply', () => {
    expect(questionSentences('잠도 제대로 못 잤겠어요. 요즘 잠은 좀 잘 자고 있어요?')).toEqual(['요즘 잠은 좀 잘 자고 있어요?']);
    // A reflection that mentions sleep asks nothing.
    expect(askedTopics('밤새 잠도 못 잤겠어요.')).toEqual([]);
  });

  it('finds one question worded differently across emotions', () => {
    expect(askedTopics('요즘 잠은 잘 자고 밥은 잘 챙겨 먹고 있어요?')).toEqual(['sleep', 'meals']);
    expect(askedTopics('그 불안함, 충분히 이해돼요. 요즘 잠은 좀 잘 자고 있어요?')).toEqual(['sleep']);
    for (const q of ['이런 마음을 누군가에게 털어놓은 적이 있어요?', '그 불안을 누군가와 나눠 본 적 있어요?', '그 일을 누군가에게 이야기해 봤어요?']) {
      expect(askedTopics(q), q).toContain('confided');
    }
    for (const q of ['그 순간 어떤 기분이 제일 먼저 들었어요?', '그 말을 들었을 때 어떤 마음이 들었어요?', '합격을 확인한 순간 어땠어요?']) {
      expect(askedTopics(q), q).toContain('moment_feeling');
    }
    expect(askedTopics('지금 그 화를 10점 만점으로 매기면 몇 점쯤이에요?')).toEqual(['score']);
    for (const q of ['축하는 어떻게 하기로 했어요?', '이 기쁨을 어떻게 축하하고 싶어요?']) expect(askedTopics(q), q).toEqual(['celebrate']);
    for (const q of ['이 기쁜 소식을 누구와 가장 먼저 나누고 싶어요?', '누구한테 제일 먼저 알렸어요?']) expect(askedTopics(q), q).toEqual(['share_news']);
  });

  it('leaves distinct questions apart', () => {
    expect(askedTopics('이 기쁨을 어떻게 누리고 싶어요?')).toEqual([]);
    expect(askedTopics('가장 화가 났던 순간은 언제였어요?')).toEqual([]);
    expect(askedTopics('불안할 때 몸은 어떤 반응을 보여요?')).toEqual(['body']);
  });

  it('reads what the user already told', () => {
    expect(toldTopics('밤마다 생각나서 잠이 안 와요')).toEqual(['sleep']);
    expect(toldTopics('잠도 안 오고 심장이 계속 두근거려')).toEqual(['sleep', 'body']);
    expect(toldTopics('친구들한테 말하기도 창피하고')).toEqual(['confided', 'someone']);
    // Kept quiet: whether they told anyone is answered, and the other's reaction is moot (session 41).
    expect(toldTopics('아무한테도 말 못 했어')).toEqual(['confided', 'their_reaction']);
    expect(toldTopics('기댈 사람이 하나도 없어')).toEqual(['support']);
    // NFD input reads the same.
    expect(toldTopics('밤마다 생각나서 잠이 안 와요'.normalize('NFD'))).toEqual(['sleep']);
    for (const t of ['잠깐 쉬고 싶어', '오늘 회사에서 혼났어']) expect(toldTopics(t), t).toEqual([]);
    expect(toldTopics('엄마랑 싸웠어')).toEqual(['someone', 'elder']);
    expect(toldTopics('친구랑 싸웠어')).toEqual(['someone']);
    // Told that it happens again and again: "이런 일이 처음이었어요?" is not asked (session 31).
    for (const t of ['상사가 맨날 소리 질러', '친구가 약속 또 늦었어', '자꾸 깜빡해', '벌써 세 번째야 벌써 3번']) expect(toldTopics(t), t).toContain('recurrence');
    for (const t of ['또래 친구가 없어', '오늘 처음 만났어']) expect(toldTopics(t), t).not.toContain('recurrence');
  });

  it('notes when the user brings in another person or a remark, and not a crowd', () => {
    for (const t of ['남친이 연락을 안 해', '팀장이 나만 빼고 회의했어', '형이 내 물건을 버렸어', '민지한테 서운해', '나보고 이기적이라고 했어', '걔가 먼저 그랬다니까', '의사가 수술해야 한대요']) {
      expect(toldTopics(t), t).toContain('someone');
    }
    for (const t of ['아무도 연락이 없네', '아무한테도 말 못 했어', '누구에게 말해야 할지 모르겠어', '요즘 그냥 다 지쳤어', '시험 망했어', '딸기 먹었어', '형편이 어려워', '사람들이 많아서 정신없어', '나도 그랬어']) {
      expect(toldTopics(t), t).not.toContain('someone');
    }
  });

  it('marks the replies that presume a person or a remark', () => {
    for (const r of ['그 사람에게 정말 바랐던 건 뭐였어요?', '그 말을 들었을 때 어떤 마음이 들었어요?', '상대는 그 뒤에 어떤 반응을 보였어요?', '믿었던 만큼 더 서운했겠어요.', '무시당한 것 같아서 마음이 쓰라렸겠어요.', '그런 대우를 받으면 누구라도 상처받아요.', '내 마음을 몰라준다는 게 참 서럽죠.', '그 순간 혼자 남겨진 것 같은 기분이었겠어요.']) {
      expect(presumesSomeone(r), r).toBe(true);
    }
    for (const r of ['혼자 삭이느라 힘들진 않았어요?', '그 일이 마음에 오래 남아 있는 이유가 뭘까요?', '그 상처를 안고 요즘은 어떻게 지내요?']) expect(presumesSomeone(r), r).toBe(false);
  });

  // "남자친구가 내 생일을 까먹어서 너무 속상해" was asked "그 말이 유독 아프게 다가온 이유가 있을까요?" (session 28).
  it('notes a remark told, apart from a person, and marks the replies that presume one', () => {
    for (const t of ['나보고 이기적이라고 했어', '팀장이 회의 때 막말을 했어', '엄마가 한 말이 계속 생각나', '친구가 카톡으로 욕했어', '시어머니 잔소리 때문에 힘들어']) {
      expect(toldTopics(t), t).toContain('remark');
    }
    for (const t of ['남자친구가 내 생일을 까먹어서 너무 속상해', '친구한테 말하기도 좀 그래요', '아무한테도 말 못 했어', '친구들이 나만 빼고 놀러 갔어']) {
      expect(toldTopics(t), t).not.toContain('remark');
    }
    expect(presumesRemark('그 말이 유독 아프게 다가온 이유가 있을까요?')).toBe(true);
    expect(presumesRemark('그 일이 마음에 오래 남아 있는 이유가 뭘까요?')).toBe(false);
  });

  // "시험 기간인데 공부가 손에 안 잡혀서 불안해" was told "…자두는 것도 내일을 위한 준비예요" (session 28).
  it('tells replies that presume the event is tomorrow, and turns that say it is close', () => {
    expect(presumesTomorrow('시험 전날 밤은 봐야 할 건 많은데 시간은 부족해서 마음이 쫓기죠.')).toBe(true);
    expect(presumesTomorrow('내일 시험은 어떤 과목이에요?')).toBe(true);
    expect(presumesTomorrow('시험 끝나면 제일 먼저 뭐 하고 싶어요?')).toBe(false);
    for (const t of ['내일 시험인데 아직 반도 못 봤어', '시험 D-1 아무것도 모르겠다', '낼 역사 시험인데', '몇 시간 뒤면 시험장인데']) expect(toldTomorrow(t), t).toBe(true);
    for (const t of ['시험 기간인데 공부가 손에 안 잡혀서 불안해', '다음 주에 면접 봐요', '']) expect(toldTomorrow(t), t).toBe(false);
  });

  it('gives most of the corpus follow-ups a topic where another follow-up asks the same', () => {
    const corpus = loadCorpus();
    const all = EMOTIONS.flatMap((e) => corpus.followups[e]);
    const byTopic = new Map<string, number>();
    for (const q of all) for (const t of askedTopics(q)) byTopic.set(t, (byTopic.get(t) ?? 0) + 1);
    // Every follow-up is a question, and the rules see the repeats they were written for.
    for (const q of all) expect(questionSentences(q).length, q).toBeGreaterThan(0);
    expect(byTopic.get('confided')).toBeGreaterThanOrEqual(5);
    expect(byTopic.get('sleep')).toBeGreaterThanOrEqual(2);
  });
});

describe('word-less tone', () => {
  it('reads laughing, crying and angry characters, and calls the rest plain', () => {
    expect(wordlessTone('ㅋㅋㅋㅋ')).toBe('warm');
    expect(wordlessTone('🥰')).toBe('warm');
    expect(wordlessTone('ㅜㅜㅜ')).toBe('heavy');
    expect(wordlessTone('ㅋㅋㅠㅠ')).toBe('heavy'); // mixed: the safer misreading
    expect(wordlessTone('🤬')).toBe('angry');
    expect(wordlessTone('🍕🍕🍕')).toBe('plain');
    expect(wordlessTone('...')).toBe('plain');
  });
});
