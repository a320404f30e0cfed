/**
 * Guards on intents whose replies presume what a short turn may not say (src/chat/intent-guards.ts).
 */
import { describe, expect, it } from 'vitest';
import { isHungerOnly, presumesUnsaid, scoldsTheBot } from '../../src/chat/intent-guards';
import { loadCorpus } from '../../scripts/dialogue/corpus';

describe('intent guards', () => {
  it('hold back the sick-child, feeling-unwell and tangled-feelings intents from a turn with no sign of what their replies presume, and no example of their own', () => {
    expect(presumesUnsaid('parenting_child_sick', '아이가 말을 안 들어서 힘들어')).toBe(true);
    expect(presumesUnsaid('parenting_child_sick', '애가 열이 나서 밤새 못 잤어')).toBe(false);
    expect(presumesUnsaid('parenting_child_sick', '아이가 구내염 때문에 물도 안 마셔요')).toBe(false);
    // "밥도 못 먹겠어" after a break-up is grief, not a stomach upset: feeling unwell needs the body.
    expect(presumesUnsaid('life_health_feeling_unwell', '밥도 못 먹겠어')).toBe(true);
    expect(presumesUnsaid('life_health_feeling_unwell', '아침부터 머리가 지끈거려')).toBe(false);
    // Relief is not a tangle of feelings; a tangle is told by not knowing, mixing or two feelings at once.
    expect(presumesUnsaid('mood_mixed_up_feelings', '안심이 돼요')).toBe(true);
    expect(presumesUnsaid('mood_mixed_up_feelings', '이제 좀 마음이 놓여요')).toBe(true);
    expect(presumesUnsaid('mood_mixed_up_feelings', '시원섭섭하면서도 좀 허전하고 그래')).toBe(false);
    expect(presumesUnsaid('mood_mixed_up_feelings', '기쁜데 눈물이 나')).toBe(false);
    // Other intents are not guarded.
    expect(presumesUnsaid('parenting_exhausted', '아이가 말을 안 들어서 힘들어')).toBe(false);
    const held = loadCorpus()
      .intents.flatMap((it) => [...it.examples, ...it.heldout].filter((t) => presumesUnsaid(it.id, t)).map((t) => `${it.id}: ${t}`));
    expect(held).toEqual([]);
  });

  // Session 29: confident intents whose replies told users what they had not said.
  it('hold back intents whose replies presume a child, money, a quarrel, a failure, a proposal, a family, the bot, a death, a leave of absence or a goodbye', () => {
    const held: Array<[string, string]> = [
      ['parenting_child_left_out', '친구가 없어요'],
      ['marriage_money_fight', '남편이랑 또 싸웠어요'],
      ['family_fight_with_mom', '엄마랑 통화했어'],
      ['school_exam_failed', '중간고사 기간이에요'],
      ['dating_got_engaged', '결혼 1주년이에요 ㅎㅎ'],
      ['job_parents_pressure', '취업 준비 너무 힘들다ㅠ'],
      ['meta_who_are_you', '이름은 초코예요'],
      ['meta_privacy', '내일 또 말 걸어볼까?'],
      ['meta_language', '국어요'],
      ['grief_grandparent_died', '할머니가 요양원 들어가셨어'],
      ['uni_leave_of_absence', '수학이요'],
      ['meta_goodbye', '네 줄여볼게요'],
    ];
    for (const [id, t] of held) expect(presumesUnsaid(id, t), `${id}: ${t}`).toBe(true);
    const kept: Array<[string, string]> = [
      ['parenting_child_left_out', '우리 애가 반에서 친구가 없대요'],
      ['marriage_money_fight', '남편이 카드값 때문에 또 화냈어요'],
      ['family_fight_with_mom', '엄마랑 통화하다가 또 싸웠어'],
      ['school_exam_failed', '중간고사 완전 망했어'],
      ['dating_got_engaged', '남친한테 프러포즈 받았어!!'],
      ['meta_who_are_you', '너 이름이 뭐야?'],
      ['meta_privacy', '내 대화 서버에 저장돼?'],
      ['meta_language', '한국어 잘 못해요'],
      ['grief_grandparent_died', '할머니가 어제 돌아가셨어'],
      ['grief_grandparent_died', '할머니가 가셨어'],
      ['meta_goodbye', '오늘은 이만 잘게'],
      ['uni_leave_of_absence', '한 학기 쉴까 고민돼'],
    ];
    for (const [id, t] of kept) expect(presumesUnsaid(id, t), `${id}: ${t}`).toBe(false);
  });

  it('hold back intents whose replies a turn contradicts: someone else ended it, was promoted or enlisted; a loan refused; medicine, not a meal', () => {
    const held: Array<[string, string]> = [
      ['breakup_initiated_guilt', '2년 만났는데 걔가 먼저 헤어지자고 했어'],
      ['work_promotion', '회사 동기가 먼저 승진했어'],
      ['work_promotion', '나만 승진 누락됐어'],
      ['love_confess_rejected', '대출 거절당했어요'],
      ['military_enlisting_soon', '아들 훈련소 들어가는 거 보고 왔어요'],
      ['life_daily_what_i_ate', '약은 먹었어'],
      ['life_daily_what_i_ate', '아침에 뭐 잘못 먹었나봐'],
      ['money_budgeting', '카드는 정지했어'],
      ['work_scolded_by_boss', '교수님한테 혼났어'],
      ['marriage_wedding_prep_stress', '결혼 준비하다가 파혼했어요'],
      ['parenting_child_gaming_withdrawn', '폰을 자꾸 보게 돼요'],
      ['life_sleep_insomnia', '잠은 8시간 자는데도 그래'],
      ['meta_language', '영어'],
      ['school_teacher_scolded', '담임쌤이 너무 좋아'],
      ['money_tight_general', '돈도 뺏겼어'],
      ['longdistance_miss_partner', '손주는 영상통화로만 봐요'],
      ['friends_secret_told', '내가 걔 비밀을 다른 애한테 말했거든'],
      ['friends_want_to_cut_off', '걔가 나 차단했어'],
      ['conv_short_agree', '암이래'],
    ];
    for (const [id, t] of held) expect(presumesUnsaid(id, t), `${id}: ${t}`).toBe(true);
    const kept: Array<[string, string]> = [
      ['breakup_initiated_guilt', '내가 먼저 헤어지자고 했는데 마음이 안 좋아'],
      ['work_promotion', '나 드디어 과장 승진했어!'],
      ['love_confess_rejected', '고백했는데 차였어'],
      ['military_enlisting_soon', '다음 달에 입대해요'],
      ['life_daily_what_i_ate', '점심에 김치찌개 먹었어'],
      ['meta_language', '영어로 써도 돼?'],
      ['school_teacher_scolded', '선생님한테 혼나서 기분이 안 좋아'],
      ['conv_short_agree', '응 맞아'],
    ];
    for (const [id, t] of kept) expect(presumesUnsaid(id, t), `${id}: ${t}`).toBe(false);
  });

  it('find hunger told alone, and not hunger inside another story or with the body unwell', () => {
    for (const t of ['배고파', '아 배고프다', '배고파 죽겠어 ㅠㅠ', '출출하다', '배고픈데 뭐 먹지', '배가 너무 고파요', '진짜 배고파요'.normalize('NFD')]) {
      expect(isHungerOnly(t), t).toBe(true);
    }
    for (const t of ['배고파서 라면 끓였어', '배고픈데 속이 쓰려', '배고프다고 했더니 엄마가 화냈어', '긴장 풀리니까 배고프다 ㅋㅋ 면접 끝났어', '배가 아파', '']) {
      expect(isHungerOnly(t), t).toBe(false);
    }
    // Only the meals intent's own examples are hunger alone.
    const others = loadCorpus()
      .intents.filter((it) => it.id !== 'life_daily_what_i_ate')
      .flatMap((it) => [...it.examples, ...it.heldout].filter(isHungerOnly).map((t) => `${it.id}: ${t}`));
    expect(others).toEqual([]);
  });

  // Session 30.
  it('hold back complaints about the bot that are about someone else, praise that is a complaint, a bad score that went well, life after divorce for a widow', () => {
    expect(presumesUnsaid('meta_complaint_not_understand', '내가 말을 심하게 했어')).toBe(true);
    expect(presumesUnsaid('meta_complaint_not_understand', '그게 아니라니까')).toBe(false);
    expect(presumesUnsaid('meta_complaint_repetitive', '뭐라고 말해야 그만 물어보실까요')).toBe(true);
    expect(presumesUnsaid('meta_compliment_bot', '너랑 얘기하기 싫어')).toBe(true);
    expect(presumesUnsaid('school_suneung_bad_score', '나 오늘 수능 가채점했는데 생각보다 잘나옴')).toBe(true);
    expect(presumesUnsaid('school_suneung_bad_score', '모의고사 때는 잘 나왔는데 수능만 망함')).toBe(false);
    expect(presumesUnsaid('marriage_after_divorce', '아이들은 다 출가했고 혼자 있어요')).toBe(true);
  });

  it('find scolding of the bot, and not of oneself or reported words', () => {
    for (const t of ['너랑 얘기하기 싫어', '너 왜이렇게 말을 못해', '넌 진짜 최악이야'.normalize('NFD')]) expect(scoldsTheBot(t), t).toBe(true);
    for (const t of ['나 너무 바보 같아', '친구가 너랑 얘기하기 싫대', '너 말 진짜 잘한다']) expect(scoldsTheBot(t), t).toBe(false);
    const taken = loadCorpus()
      .intents.filter((it) => !it.id.startsWith('meta_complaint'))
      .flatMap((it) => [...it.examples, ...it.heldout].filter(scoldsTheBot).map((e) => `${it.id}: ${e}`));
    expect(taken).toEqual([]);
  });

  it('hold back money running short without money, a misunderstanding that is the story going on, a song request that tells what one listens to', () => {
    expect(presumesUnsaid('money_tight_general', '요즘 너무 지쳐')).toBe(true);
    expect(presumesUnsaid('money_tight_general', '이번 달 진짜 너무 쪼들려')).toBe(false);
    expect(presumesUnsaid('meta_complaint_not_understand', '내 잘못도 아닌데')).toBe(true);
    expect(presumesUnsaid('meta_recommend_song_general', '요즘 뉴진스 노래 자주 들어')).toBe(true);
    expect(presumesUnsaid('meta_recommend_song_general', '요즘 자주 듣는 노래 말고 새 노래 추천해줘')).toBe(false);
  });

  // Session 31: each of these had got an intent whose replies told the user a story not theirs.
  it('hold back intents whose replies put the user in another role or another event', () => {
    const held: Array<[string, string]> = [
      ['parenting_child_gaming_withdrawn', '근데 사실 요즘 밤마다 게임하느라 잠을 못자'],
      ['parenting_child_gaming_withdrawn', 'ㅇㅇ 공부 안한건 맞는데 게임 얘기까지 하면서 뭐라하니까 빡침'],
      ['friends_wedding_attended', '다음주가 결혼식이에요'],
      ['friends_wedding_attended', '한국 남편이랑 결혼해서 5년 살았어요'],
      ['military_enlisting_soon', '오늘 아들 군대 보냈어요'],
      ['military_enlisting_soon', '작년에 전역했는데 아직도 꿈에 나와'],
      ['work_arrived_at_work', '남편이 아침에 아무 말도 없이 출근했어요'],
      ['uni_exchange_accepted', '연락처 교환했어요'],
      ['meta_thanks', '고맙기도 하고 뭔가 허하네'],
      ['meta_greeting_again', '저는 기억도 안 나는데 ㅋㅋ'],
    ];
    for (const [id, t] of held) expect(presumesUnsaid(id, t), `${id}: ${t}`).toBe(true);
    const kept: Array<[string, string]> = [
      ['parenting_child_gaming_withdrawn', '애가 밤새 게임만 해요'],
      ['friends_wedding_attended', '친구 결혼식 다녀왔어'],
      ['military_enlisting_soon', '다음주에 입대해요'],
      ['work_arrived_at_work', '출근했어요'],
      ['uni_exchange_accepted', '교환학생 붙었어!'],
      ['meta_thanks', '들어줘서 고마워'],
      ['meta_greeting_again', '나 또 왔어'],
    ];
    for (const [id, t] of kept) expect(presumesUnsaid(id, t), `${id}: ${t}`).toBe(false);
  });
});
