/**
 * Session 43 (longtalk): fewer generic follow-ups in long talks (src/chat/said-back.ts). In a hurting
 * story, someone's kindness, someone's words reported and better days recalled had got stock lines
 * («네, 무슨 말인지 알 것 같아요. 그래서 그 뒤엔 어떻게 됐어요?»); now they are said back with the person
 * and asked about. The conversations below are new ones, not the lines of data/eval/long_talks/.
 */
import { describe, expect, it } from 'vitest';
import { betterDaysTold, kindnessTold, saidBackTurn, wordsReported, type SaidBackContext } from '../../src/chat/said-back';
import { realModelPresent, talkThrough, useShippedChat } from './helpers';

const hurting: SaidBackContext = { hurting: true, used: [], allowed: () => true };

describe('kindnessTold: someone did something kind for the user', () => {
  it('names who did it, by name, title or relation', () => {
    const cases: Array<[string, string]> = [
      ['옆자리 선배가 점심 사주면서 괜찮다고 해줬어', '옆자리 선배'],
      ['엄마가 수고했다고 꼭 안아주셨어', '엄마'],
      ['남편이 어제 내 얘기 끝까지 들어줬어', '남편'],
      ['친구가 떡볶이 사줘서 좀 나아졌어', '친구'],
      ['민지가 집까지 데려다줬어', '민지'],
      ['딸이 엄마 울지 말라고 휴지를 가져다줬어요', '딸'],
      ['김 과장님이 처음엔 다 그런다고 해주셨어요', '김 과장님'],
    ];
    for (const [text, who] of cases) expect(kindnessTold(text), text).toBe(who);
  });

  it('not a wish, a refusal, the user’s own deed, favouritism, a bare 해줬 or a question', () => {
    for (const t of [
      '누가 좀 위로해줬으면 좋겠어',
      '아무도 위로해주지 않았어',
      '오빠가 안 도와줬어',
      '사장님도 내 편 안 들어줌',
      '내가 친구 위로해줬어',
      '엄마가 동생만 챙겨줘',
      '팀장님이 흔쾌히 허락해주셨어요',
      '친구가 위로해줬는데 별로 위로가 안 됐어',
      '엄마가 밥 사줬어?',
      '회사가 도와줬어',
    ])
      expect(kindnessTold(t), t).toBeNull();
  });
});

describe('wordsReported: someone’s words told as reported speech', () => {
  it('finds the speaker and the words alone', () => {
    expect(wordsReported('어제 엄마가 너는 왜 맨날 그 모양이냐고 했어')).toEqual({ who: '엄마', quote: '너는 왜 맨날 그 모양이냐' });
    expect(wordsReported('오늘은 팀장님이 회의 때 이것도 못하냐고 하셨어요')).toEqual({ who: '팀장님', quote: '이것도 못하냐' });
    expect(wordsReported('동생이 나보고 뚱뚱하다고 했어')).toEqual({ who: '동생', quote: '뚱뚱하다' });
    expect(wordsReported('시어머니가 애는 언제 낳냐고 물어보셨어')).toEqual({ who: '시어머니', quote: '애는 언제 낳냐' });
    expect(wordsReported('새로 온 박 팀장님이 기획안이 이게 최선이냐고 하셨어요')).toEqual({ who: '박 팀장님', quote: '기획안이 이게 최선이냐' });
  });

  it('not the user’s own words, a question back, a plan or words said before someone else spoke', () => {
    for (const t of [
      '내가 먼저 미안하다고 했어',
      '제가 싫다고 했어요',
      '엄마가 뭐라고 했어?',
      '남친한테 헤어지자고 할까',
      '아까 말한 그 팀장님이 원래 그런 사람이라고 다른 팀 사람들도 그러더라고요',
      '그냥 괜찮다고 했어',
    ])
      expect(wordsReported(t), t).toBeNull();
  });
});

describe('betterDaysTold: better days recalled', () => {
  it('reads when, what was good, and with whom', () => {
    expect(betterDaysTold('성훈씨랑 처음엔 정말 좋았거든요')).toBe('성훈 씨');
    expect(betterDaysTold('엄마랑은 예전에 사이가 좋았어요')).toBe('엄마');
    expect(betterDaysTold('원래 지수랑 제일 친했었어')).toBe('지수');
    expect(betterDaysTold('신혼 때는 주말마다 같이 등산 다녔어요')).toBe('');
    expect(betterDaysTold('예전엔 매일 내 배 위에서 잤었는데')).toBe('');
    expect(betterDaysTold('원래 중학교 때부터 맨날 붙어다녔었는데')).toBe('');
  });

  it('not a denial, a question, the present, or a past with nothing good in it', () => {
    for (const t of ['좋았던 적이 한 번도 없어', '처음엔 좋았었나?', '요즘 같이 밥 먹는 것도 불편해', '원래 그런 사람이야', '예전에 혼자 여행 갔었어', '예전엔 같이 밥 먹었어', '지금도 사이 좋아'])
      expect(betterDaysTold(t), t).toBeNull();
  });
});

describe('saidBackTurn', () => {
  it('says the person back, once per variant, only in a hurting story and when its question may be asked', () => {
    const first = saidBackTurn('엄마가 수고했다고 꼭 안아주셨어', hurting);
    expect(first?.reply).toMatch(/^엄마가 그렇게 마음 써 주셨군요\./u);
    const second = saidBackTurn('친구가 떡볶이 사줘서 좀 나아졌어', { ...hurting, used: [first!.id] });
    expect(second?.reply).toMatch(/^친구가 곁에 있어 줬군요\./u);
    expect(saidBackTurn('친구가 떡볶이 사줘서 좀 나아졌어', { ...hurting, used: [first!.id, second!.id] })).toBeNull();
    expect(saidBackTurn('남자친구가 케이크 사줬어', { ...hurting, hurting: false })).toBeNull();
    expect(saidBackTurn('남편이랑 연애할 때는 정말 좋았어', { ...hurting, allowed: () => false })).toBeNull();
    expect(saidBackTurn('어제 엄마가 너는 왜 맨날 그 모양이냐고 했어', hurting)?.reply).toBe('엄마한테 너는 왜 맨날 그 모양이냐는 말을 들었군요. 그 말이 어떻게 들렸어요?');
    expect(saidBackTurn('남편이랑 연애할 때는 정말 좋았어', hurting)?.reply).toMatch(/^남편과 좋았던 시간이 있었군요\./u);
  });
});

describe.skipIf(!realModelPresent())('session 43 long talks with the shipped model', () => {
  const shipped = useShippedChat();
  const last = async (lines: string[]) => (await talkThrough(shipped().engine, lines)).at(-1)!;

  it('someone’s kindness in a hard day is said back with the person, not a stock line', async () => {
    const senior = await last(['요즘 회사 때문에 너무 지쳐', '오늘 발표하다가 말도 더듬고 망쳤어', '옆자리 선배가 점심 사주면서 괜찮다고 해줬어']);
    expect(senior.reply).toMatch(/^옆자리 선배가 그렇게 마음 써 줬군요\./u);
    expect(senior.reply).not.toMatch(/미소가 지어지는|기뻤어요/u);
    const mum = await last(['시험 떨어져서 너무 우울해', '집에 오는 길에 계속 울었어', '엄마가 수고했다고 꼭 안아주셨어']);
    expect(mum.reply).toMatch(/^엄마가 그렇게 마음 써 주셨군요\./u);
  }, 60_000);

  it('someone’s words are said back and asked about', async () => {
    const mum = await last(['요즘 집에 있는 게 너무 답답해', '엄마랑 계속 부딪혀', '어제 엄마가 너는 왜 맨날 그 모양이냐고 했어']);
    expect(mum.reply).toMatch(/^엄마한테 너는 왜 맨날 그 모양이냐는 말을 들었군요\./u);
    const boss = await last(['회사 가기가 너무 싫어', '팀장님 때문에 숨이 막혀', '오늘은 팀장님이 회의 때 이것도 못하냐고 하셨어요']);
    expect(boss.reply).toMatch(/^팀장님한테 이것도 못하냐는 말을 들었군요\./u);
  }, 60_000);

  it('better days recalled in a hurting story are met as such', async () => {
    const friend = await last(['친구랑 크게 싸웠어', '걔 때문에 너무 속상해', '원래 중학교 때부터 맨날 붙어다녔었는데']);
    expect(friend.reply).toMatch(/좋았던 시간이 있었군요/u);
    const cat = await last(['우리 고양이가 어제 떠났어', '아직도 믿기지가 않아', '예전엔 매일 내 배 위에서 잤었는데']);
    expect(cat.reply).toMatch(/좋았던 시간이 있었군요/u);
    const wife = await last(['요즘 아내랑 사이가 너무 멀어졌어', '집에서 말 한마디 안 해', '신혼 때는 주말마다 같이 등산 다녔어요']);
    expect(wife.reply).toMatch(/좋았던 시간이 있었군요/u);
  }, 60_000);

  it('no glad reading of a pet’s memory after its death when the talk goes back to it', async () => {
    for (const lines of [
      ['강아지 보리가 어제 무지개다리 건넜어요', '너무 보고 싶어요', '보리 생각하면서 들을게요'],
      ['우리 고양이 까미가 어제 하늘나라 갔어요', '아직 실감이 안 나요', '까미 생각하면서 잘게요'],
    ]) {
      const pet = await last(lines);
      expect(pet.reply, lines.at(-1)).toMatch(/^(?:보리|까미) 얘기군요\./u);
      expect(pet.reply, lines.at(-1)).not.toMatch(/기쁜|기뻤|기쁨|미소가 지어지는|좋은 기운|참 좋네요/u);
    }
  }, 60_000);

  it('near misses keep their replies: a glad gift, a wish, the user’s own words, a present unease', async () => {
    const gift = await last(['오늘 생일이었어!', '남자친구가 케이크 사줬어']);
    expect(gift.reply).not.toMatch(/마음 써|든든하죠/u);
    const wish = await last(['요즘 너무 외로워', '누가 좀 위로해줬으면 좋겠어']);
    expect(wish.reply).not.toMatch(/마음 써|든든하죠/u);
    const own = await last(['동생이랑 싸웠어', '너무 짜증나', '내가 먼저 미안하다고 했어']);
    expect(own.reply).not.toMatch(/말을 들었군요|고 했군요/u);
    const now = await last(['남편이랑 싸웠어', '요즘 같이 밥 먹는 것도 불편해']);
    expect(now.reply).not.toMatch(/좋았던 시간|웃던 때/u);
  }, 60_000);
});
