/**
 * A school subject that went well, told in an exam story (session 41). A teenager's "모의고사
 * 망함ㅋㅋ / 수학 진짜 개못봄 ㅠㅠ / 근데 국어는 잘봄" got the reply about writing in Korean (국어 read as
 * the language), and once that was guarded, a stock line. The good subject is a small bright spot in
 * a bad day: said back by name, without turning the whole day glad.
 */
const nfc = (text: string): string => text.normalize('NFC');

const SUBJECTS = ['국어', '영어', '수학', '과학', '사회', '한국사', '탐구', '물리', '화학', '생명과학', '지구과학', '경제', '윤리', '역사', '지리', '문학', '독서', '화작', '언매', '확통', '미적', '기하'] as const;

/** "국어는 잘봄", "영어 1등급 나옴", "수학 100점 받았어", "과학은 만점". */
const WENT_WELL = new RegExp(
  `(?<![가-힣])(?<!한)(${SUBJECTS.join('|')})(?:은|는|도|만|이|가)?\\s?(?:시험|점수|성적)?(?:은|는|도|이|가)?\\s?(?:진짜\\s|완전\\s|꽤\\s|좀\\s|그래도\\s)?` +
    `(?:잘\\s?(?:봄|봤|봐|쳤|침|나왔|나옴|나와)|[12]\\s?등급|만점|백점|100\\s?점|9[0-9]\\s?점|올랐|오름|올림|대박)`,
  'u',
);
/** Not when the same turn turns it down ("국어 잘 봐야 하는데", "잘 봤으면 좋겠다", "잘 본 줄 알았는데 망함"). */
const NOT_WELL = /못|망|안\s?(?:나왔|나옴|봤|됐)|떨어|봐야|봤으면|봤으니|볼\s?수|보고\s?싶|줄\s?알았|는데\s?(?:망|못|아니)|[?？]|(?:할|될)\s?까/u;

export function subjectWentWell(text: string): string | null {
  const t = nfc(text);
  const m = WENT_WELL.exec(t);
  if (!m || NOT_WELL.test(t)) return null;
  return m[1] ?? null;
}

export const SUBJECT_WELL_PREFIX = 'subject_well';

/** An exam or a subject that went badly, told earlier ("모의고사 망함ㅋㅋ", "수학 진짜 개못봄 ㅠㅠ"). */
export function examWentBadly(text: string): boolean {
  return /망함|망했|망쳤|개못|못\s?(?:봄|봤|쳤)|떨어졌|폭망|말아먹|조졌/u.test(nfc(text));
}

/** Replies; {s} is the subject with its topic particle ("국어는", "영어는"). After a bad exam, the bright spot beside it. */
const AFTER_BAD: readonly string[] = [
  '{s} 잘 봤다니 정말 다행이에요! 아쉬운 과목이 있으면 잘한 게 가려지기 쉬운데, 잘한 건 잘한 거예요. {s} 원래 자신 있던 과목이에요?',
  '그래도 {s} 잘 나왔네요! 그건 그동안 해 온 게 그대로 나온 거예요. 이번 시험에서 제일 마음에 걸리는 건 어느 쪽이에요?',
];
const PLAIN: readonly string[] = [
  '와, {s} 잘 봤다니 정말 잘됐어요! 그동안 해 온 게 그대로 나온 거예요. 오늘 기분이 좀 어때요?',
  '{s} 잘 나왔다니 뿌듯하겠어요! 어떻게 준비했는지 들려줄래요?',
];

/** "국어" → "국어는", "수학" → "수학은" (받침이 있으면 은). */
function withTopic(subject: string): string {
  const last = subject.charCodeAt(subject.length - 1) - 0xac00;
  const batchim = last >= 0 && last <= 11171 && last % 28 !== 0;
  return `${subject}${batchim ? '은' : '는'}`;
}

/** The reply for the subject, the first one not used yet in this conversation (null when both were). */
export function subjectWellReply(subject: string, used: ReadonlySet<string>, afterBad: boolean): { id: string; text: string } | null {
  const [pool, key] = afterBad ? [AFTER_BAD, 'bad'] : [PLAIN, 'plain'];
  for (let i = 0; i < pool.length; i++) {
    const id = `${SUBJECT_WELL_PREFIX}#${key}${i}`;
    if (!used.has(id)) return { id, text: pool[i]!.replaceAll('{s}', withTopic(subject)) };
  }
  return null;
}
