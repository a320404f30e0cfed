/**
 * Session 43 (songmood): what the user used to listen to, or listens to as a rule, told as a story
 * and not asked for. "예전엔 잔잔한 노래 말고는 안 들었어" and "옛날엔 잔잔한 노래 말고 신나는 노래만
 * 들었는데 요즘은 달라" had got generic replies («아, 그런 일이 있었군요. 그래서 그 뒤엔 어떻게
 * 됐어요?», a glad reflection), "예전엔 슬픈 노래 듣는 거 좋아했는데" opened more sad songs, and "원래
 * 조용한 노래는 잘 안 들어" got «머릿속에서 계속 재생될 만큼 인상적이었나 봐요».
 *
 * The pattern is the sentence's ending: songs with a habit told (들었어, 듣던, 좋아했는데, 만 들어, 잘
 * 안 들어) and a time of life or of habit (예전엔, 학생 때, 원래, 평소엔), with no request verb
 * (틀어줘, 추천, 듣고 싶어, 없어?). "잔잔한 노래 말고 신나는 거 틀어줘" stays a request; a listening
 * told with a day ("어제 잔잔한 노래 들었는데") is an event; someone else's taste is their story.
 */

const nfc = (s: string): string => s.normalize('NFC').trim();

export type ListeningHabit = 'past' | 'changed' | 'usual';

/**
 * A kind of songs named ("잔잔한 노래", "신나는 거", "발라드"): "요즘 노래를 잘 안 들어" names none and
 * is no taste told (not listening at all may be the mood itself).
 */
const SONGS = /[가-힣](?:한|는|운|은|픈|른|인|던)\s?(?:노래|곡|음악)|(?:잔잔|신나|조용|차분|슬픈|밝은|우울한|어두운|시끄러|빠른|느린|경쾌|발랄|감성)[가-힣]{0,2}\s?(?:거|게|것|걸)|발라드|힙합|랩|재즈|클래식|팝송|케이팝|트로트|인디|댄스|아이돌|ost/iu;
/** Listening told as done (past) or as a rule (present). */
// 들어/들었 as a word of its own or after 만 ("노래만 들었어"): not 힘들었어, 들어가, 만들었어.
const LISTENED_PAST = /(?:(?<![가-힣])|(?<=만))(?:들었|듣던|듣곤)|듣고\s?살았|달고\s?살았|좋아했|좋아하던|즐겨\s?들|찾아\s?들었/u;
const LISTENS_NOW = /(?:(?<![가-힣])|(?<=만))(?:들어(?![가갔간와왔온오서줘주])|듣는\s?편|듣거든|듣는데|들음)|좋아해|좋아함|좋아하는\s?편|좋아하거든|좋아하는데|취향/u;
/** Songs made, not listened to: "예전엔 노래 만들었어". */
const MADE = /만들/u;
/** A time of life ("예전엔", "학생 때") or of habit ("원래", "평소엔", "…만 들어", "말고는 안 들어"). */
const TIME_OF_LIFE = /예전|옛날|전에는|전엔|한때|그땐|그때는|어릴\s?(?:때|적)|어렸을\s?때|학생\s?때|학창\s?시절|[0-9]{2}대\s?(?:때|초반|후반)|중학생|고등학생|대학생\s?때|회사\s?다닐\s?때/u;
const HABIT = /원래|평소|보통|주로|(?<![가-힣])늘|항상|맨날|자주|즐겨|만\s?(?:들|듣)|말고는\s?(?:안|잘\s?안)\s?(?:들|듣)|밖에\s?(?:안|잘\s?안)\s?(?:들|듣)|(?<![가-힣])(?:안|잘\s?안)\s?(?:들어|듣는|들었|듣게)/u;
/** A day named: a listening that happened, not a habit. */
const EVENT_DAY = /어제|아까|방금|오늘|지난\s?(?:주|밤|번)|그날|이번\s?주|엊그제/u;
/** It changed: "요즘은 달라", "지금은 안 들어", "이젠 잔잔한 게 좋아". */
const CHANGED = /(?:요즘|요새|지금|이제|이젠)(?:은|는)?\s?[^.?!]{0,14}(?:달라|다르|바뀌|바꼈|변했|안\s?들|잘\s?안\s?들|좋아|끌려|손이\s?가|들어|듣는|들음)|달라졌|바뀌었|바꼈/u;
/** Asked for after all: a request verb, or a question. */
const REQUEST = /틀어|추천|골라|들려\s?(?:줘|주|줄)|보여\s?(?:줘|주)|줘|주세요|줄래|줄\s?수|듣고\s?싶|들을래|들을\s?수\s?있|해\s?봐|ㄱㄱ|부탁|[?？]/u;
/** Someone else's taste, or a loss: their story, answered by what handles it. */
const SOMEONE_ELSE = /(?:엄마|아빠|어머니|아버지|부모님|남편|아내|와이프|형|오빠|언니|누나|동생|아들|딸|친구|남친|여친|애인|걔|그\s?사람|사람|할머니|할아버지|선배|후배|동료)(?:가|이|는|은|께서|도|랑|이랑|하고|와|과)\s|돌아가|세상을\s?떠|죽|장례|헤어/u;

/** The habit or taste told, or null when the text asks for songs, tells an event, or is someone else's. */
export function listeningHabit(text: string): ListeningHabit | null {
  const t = nfc(text);
  if (!t || t.length > 60 || !SONGS.test(t) || REQUEST.test(t) || SOMEONE_ELSE.test(t) || EVENT_DAY.test(t) || MADE.test(t)) return null;
  const past = LISTENED_PAST.test(t);
  const now = LISTENS_NOW.test(t);
  if (!past && !now) return null;
  const timeOfLife = TIME_OF_LIFE.test(t);
  if (!timeOfLife && !HABIT.test(t)) return null;
  if (timeOfLife && CHANGED.test(t)) return 'changed';
  if (past && timeOfLife) return 'past';
  // A habit now, or a past one told without a time ("잔잔한 노래만 들었어" reads as a while).
  return past ? 'past' : 'usual';
}

export const HABIT_PREFIX = 'listening-habit';

/** Said back as what it is, with a question about the user, never a song request answered. */
export const HABIT_REPLIES: Record<ListeningHabit, readonly string[]> = {
  past: [
    '예전엔 즐겨 듣던 노래 결이 따로 있었군요. 자주 듣던 노래에는 그 시절의 마음이 묻어 있곤 하죠. 그때는 어떤 마음으로 지냈어요?',
    '그 시절에 듣던 노래 이야기를 들려줘서 고마워요. 그 노래들을 떠올리면 어떤 장면이 먼저 생각나요?',
  ],
  changed: [
    '예전과 요즘 듣는 노래가 달라졌군요. 마음이 달라지면 손이 가는 노래도 달라지곤 하죠. 요즘 마음에는 어떤 변화가 있었어요?',
    '듣는 노래가 바뀐 만큼 마음에도 달라진 게 있었나 봐요. 언제쯤부터 그렇게 달라진 것 같아요?',
  ],
  usual: [
    "평소 즐겨 듣는 노래 결을 알려 줘서 고마워요. 노래는 지금 이야기에 담긴 마음을 보고 고르지만, 듣고 싶은 쪽이 있으면 '잔잔한 노래 틀어 줘', '신나는 노래 틀어 줘'처럼 말해 줘요. 그쪽으로 골라 볼게요.",
    '좋아하는 노래 결이 있다는 건 나를 잘 안다는 뜻이기도 해요. 그런 노래를 들으면 마음이 어떻게 달라져요?',
  ],
};
