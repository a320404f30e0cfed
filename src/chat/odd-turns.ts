/**
 * Odd turns an input tester found misread (session 40, shorthand). Each function answers one
 * failure of /tmp conversations rerun through the CLI:
 *
 * - `aloneAmongHappy`: "다들 행복해 보이는데 나만 혼자인 것 같더라" (back from a friend's wedding)
 *   was read as a compliment heard («요즘 좋아 보인다는 말을 들었군요!»). Others looking happy and
 *   the user alone among them is loneliness.
 * - `speechLevelSwitch`: "근데 존댓말 불편하다 그냥 반말할게" got «그렇게 화가 나는 건…» (불편 read as
 *   anger), "아 그냥 말 놓을게" «…단어 하나만 꺼내 볼까요?». A switch to 반말 is welcome; the bot's
 *   own speech stays 해요체.
 * - `sorryShorthand`: "ㅈㅅ합니다 말을 좀 두서없이 할게요", "ㅈㅅ 두번 보냄" (ㅈㅅ = 죄송) got the
 *   "can't believe it" reply. An apology for rambling or a double send is met with "괜찮아요".
 *   Safety reads ㅈㅅ itself first (ㅈㅅ하고 싶다 is not this).
 * - `keepsMood`: "이 기분 이어갈 노래 추천해줘" after a happy day opened «기분을 바꿔 줄 노래부터»:
 *   a wish to keep the mood is the list of the mood itself.
 * - `weighsBreakup`: "헤어져야 하나 싶어" after fights got «그렇게 화가 나는 건 그만큼 중요한 일이었기
 *   때문이에요…». Weighing a breakup is answered as weighing: both sides, no push.
 * - `longDiaryReply`: a 700-character diary of a bad day got «이야기해 줘서 고마워요. 그 얘기를 하면서
 *   마음은 좀 어때요?». A long turn of several events is answered with the first hard event and the
 *   good one told, in the user's words where a short phrase can be taken reliably.
 */

const nfc = (s: string) => s.normalize('NFC').trim();

// ── Alone among happy others ───────────────────────────────────────────────────────────────

/** Others seen happy: "다들 행복해 보이는데", "커플들만 보이고", "남들은 다 즐거워 보여". */
const OTHERS_HAPPY =
  /(?:다들|모두|남들|사람들|애들|친구들|커플들?|다른\s?사람들?|주변\s?사람들?|걔네|걔들)(?:은|는|이|도|만)?\s?(?:다\s?|전부\s?|하나같이\s?)?(?:행복해|즐거워|좋아|신나|웃고|밝아|잘\s?지내|들떠)\s?(?:보이|보여|보였|있|하|하는|하더)/u;
/** The user apart: "나만 혼자인 것 같더라", "나만 외톨이", "나 혼자 겉도는". */
const ME_ALONE = /(?:나만|저만|나\s?혼자|저\s?혼자|나는|난)\s?(?:[가-힣]+\s)?(?:혼자|외톨이|겉도|동떨어|소외|쓸쓸|외로|외롭|초라|빠진|끼지\s?못|못\s?끼|남겨)/u;

/** "다들 행복해 보이는데 나만 혼자인 것 같더라": others happy, the user alone among them. */
export function aloneAmongHappy(text: string): boolean {
  const t = nfc(text);
  if (/[?？]\s*$/u.test(t)) return false;
  return OTHERS_HAPPY.test(t) && ME_ALONE.test(t) && !/(?:안|않)\s?(?:외로|외롭|쓸쓸)|외롭지\s?않|혼자\s?아니/u.test(t);
}

export const ALONE_AMONG_HAPPY_REPLIES: readonly string[] = [
  '다들 즐거워 보이는 자리에서 나만 혼자인 것 같으면 그 외로움이 더 크게 느껴지죠. 그 자리에 있는 동안 마음이 어땠어요?',
  '웃음이 가득한 곳일수록 혼자라는 느낌이 더 또렷해지기도 해요. 그런 마음이 든 게 이상한 게 아니에요. 돌아오는 길엔 어떤 생각이 들었어요?',
];

// ── Switching to 반말 ───────────────────────────────────────────────────────────────────────

/** Said plainly: "반말할게", "말 놓을게", "존댓말 불편해", "편하게 말할게". */
const SWITCH_TELL =
  /반말\s?(?:할게|할래|하자|해야지|할\s?거|쓸게|쓸래|쓰자|로\s?(?:할게|할래|하자|갈게|간다|말할게|얘기할게))|말\s?(?:을\s?)?(?:놓을게|놓을래|놓자|놓겠|놓는다|놀게|놓고\s?(?:할게|얘기할게))|존댓말\s?(?:이\s?|은\s?)?(?:불편|어색|힘들|싫|안\s?(?:할게|쓸게|할래)|그만|못\s?하겠)|편하게\s?(?:말할게|말할래|얘기할게|할게)/u;
/** Asked: "편하게 말해도 돼?", "반말해도 돼요?", "말 놔도 될까?". */
const SWITCH_ASK = /(?:반말|말\s?(?:을\s?)?(?:놔|놓아)|편하게\s?(?:말|얘기))\s?(?:해)?\s?도\s?(?:돼|되|될까|괜찮)/u;
/** Someone else's speech, or the bot asked to switch: "팀장이 반말해", "너도 반말해". */
const NOT_MINE = /(?:팀장|상사|부장|사장|선배|후배|걔|그\s?사람|손님|친구|애가|애들)(?:이|가|은|는|도)\s?[^.]{0,8}반말|너도|너는|넌|쉼표도|쉼표야\s?반말|반말\s?(?:해\s?줘|해줘|해\s?주|써\s?줘|하라고|하더|하던|해서\s?기분|한다고)/u;

/** "그냥 반말할게" ('tell'), "편하게 말해도 돼?" ('ask'), or null; a short turn that says only that. */
export function speechLevelSwitch(text: string): 'tell' | 'ask' | null {
  const t = nfc(text);
  if (t.length > 30 || NOT_MINE.test(t)) return null;
  if (SWITCH_ASK.test(t)) return 'ask';
  if (SWITCH_TELL.test(t)) return 'tell';
  return null;
}

/** The welcome, then back to the thread when there is one. */
export function speechLevelReply(kind: 'tell' | 'ask', storyTold: boolean): string {
  const yes = kind === 'ask' ? '그럼요, 편하게 말해요!' : '편하게 말해요!';
  return storyTold
    ? `${yes} 말투는 편한 대로 하면 돼요. 아까 하던 얘기, 편하게 이어서 들려줄래요?`
    : `${yes} 말투는 편한 대로 하면 돼요. 오늘은 어떤 얘기를 하고 싶어요?`;
}

// ── ㅈㅅ for 죄송 ───────────────────────────────────────────────────────────────────────────

const SORRY = /(?:^|\s)(?:ㅈㅅ|죄송|미안|ㅁㅇ|쏘리|ㅈㅅㅈㅅ)(?:합니다|해요|해|요|함|ㅠ|ㅜ|\s|$|[.!~])/u;
const RAMBLE = /두서\s?없|횡설수설|정리가?\s?(?:안|잘\s?안)|말이?\s?(?:좀\s?)?(?:길|길어|많|꼬|두서)|뒤죽박죽|왔다\s?갔다/u;
const DOUBLE = /(?:두\s?번|2번|두번|또|같은\s?(?:거|걸|말))\s?(?:보냄|보냈|보내|쳤|올렸|눌렀)|중복|잘못\s?(?:보냄|보냈|눌렀)|^(?:ㅈㅅ|죄송|미안|쏘리)(?:해요|합니다|해)?\s?오타|오타\s?(?:ㅈㅅ|죄송|미안|쏘리)/u;

/** "ㅈㅅ합니다 말을 좀 두서없이 할게요" ('ramble'), "ㅈㅅ 두번 보냄" ('double'), or null. */
export function sorryShorthand(text: string): 'ramble' | 'double' | null {
  const t = nfc(text);
  if (t.length > 40 || !SORRY.test(t)) return null;
  if (DOUBLE.test(t)) return 'double';
  if (RAMBLE.test(t)) return 'ramble';
  return null;
}

export const SORRY_SHORTHAND_REPLIES: Record<'ramble' | 'double', readonly string[]> = {
  ramble: ['괜찮아요, 두서없어도 다 들을게요. 생각나는 대로 편하게 말해 줘요.'],
  double: ['괜찮아요, 신경 쓰지 않아도 돼요. 하던 얘기 편하게 이어서 들려줘요.'],
};

// ── Keeping the mood with songs ─────────────────────────────────────────────────────────────

const KEEP = /(?:기분|느낌|분위기|텐션|여운|마음|행복|설렘)(?:을|를|이|)?\s?(?:좀\s?|계속\s?|쭉\s?|더\s?)?(?:이어\s?(?:갈|가|가는|가게|줄)|이어갈|유지(?:할|하는|해\s?줄|시켜|하게)|계속\s?(?:느끼|가져\s?갈|이어|유지|갈)|오래\s?(?:가|느끼|간직|남)|그대로\s?(?:가|이어|느끼|유지|간직)|간직(?:할|하고)|더\s?(?:즐길|누릴))/u;
const NOT_KEEP = /싫|말고|벗어나|바꾸|바꿔|바뀌|끊|털어|잊|떨쳐|풀(?:고|어|리)|안\s?좋|나쁜|우울|슬픈|짜증/u;

/** "이 기분 이어갈 노래 추천해줘", "이 텐션 유지할 노래": the mood kept, not shifted. */
export function keepsMood(text: string): boolean {
  const t = nfc(text);
  return KEEP.test(t) && !NOT_KEEP.test(t);
}

export const KEEP_MOOD_OPEN = '좋아요, 지금 이 기분을 이어 갈 노래부터 보여 드릴게요. 마음에 드는 곡이 있으면 카드 아래 버튼으로 알려 줘요.';

// ── Swamped by a task ───────────────────────────────────────────────────────────────────────

const SWAMPED = /(?:^|\s)(과제|숙제|시험|공부|야근|마감|발표|보고서|회의|알바|프로젝트|레포트|리포트|업무|일|육아|이사|준비|실험|논문)\s?(?:때문에|땜에|땜시|하느라|하다가)\s?(?:진짜\s?|완전\s?|거의\s?|오늘\s?)?(?:죽는\s?줄|죽을\s?뻔|죽겠|죽을\s?것\s?같|뒤지는\s?줄|뒤질\s?뻔)/u;

/**
 * "오늘 과제 때문에 죽는 줄": a task that swamped the day, said as hyperbole (the noun), or null.
 * It had matched the hot-weather intent (its examples say "쪄 죽는 줄"). Safety reads the turn first.
 */
export function swampedBy(text: string): string | null {
  const m = SWAMPED.exec(nfc(text));
  return m ? m[1]! : null;
}

export function swampedReplies(task: string): readonly string[] {
  return [`${task} 때문에 정말 정신없는 하루였나 봐요. 아직 남아 있어요, 아니면 이제 한숨 돌렸어요?`];
}

// ── A meeting gone wrong ────────────────────────────────────────────────────────────────────

const MEETING_WRONG = /(?:회의|미팅)(?:에서|이|가|은|는|도|를|을)?\s?(?:완전\s?|진짜\s?|다\s?|또\s?|제대로\s?|그냥\s?|개\s?)?(?:망했|망함|망쳤|말아\s?먹|폭망|조졌|죽\s?쒔)/u;

/**
 * "오늘 meeting 완전 망했어" (read "회의 완전 망했어"): no intent covers a meeting gone wrong, and the
 * nearest was too many meetings. Presentations, exams and interviews have intents of their own.
 */
export function meetingWentWrong(text: string): boolean {
  const t = nfc(text);
  return MEETING_WRONG.test(t) && !/(?:안|않)\s?망|망한\s?줄\s?알았는데|[?？]\s*$/u.test(t);
}

export const MEETING_WRONG_REPLIES: readonly string[] = ['회의가 생각대로 안 풀렸군요. 그런 날은 회의가 끝나고도 계속 마음에 걸리죠. 그 자리에서 어떤 일이 있었어요?'];

// ── Weighing a breakup ──────────────────────────────────────────────────────────────────────

const WEIGHS_BREAKUP =
  /(?:헤어져야|헤어지는\s?게\s?(?:맞|나을|낫)|헤어질까|헤어질지|그만\s?만나야|그만\s?만날까|그만\s?만나는\s?게\s?(?:맞|나을|낫)|이별해야|끝내야|정리해야)\s?(?:하나|할까|되나|될까|하는\s?(?:건지|걸까|지)|할지|나|는지|지|까|싶|고민|생각|모르)/u;
/** Someone else's relationship, or a decision already made. */
const NOT_WEIGHING = /(?:친구|언니|동생|누나|오빠|형|엄마|아빠)(?:가|는|도|이)\s?[^.]{0,15}(?:헤어|그만\s?만나)|헤어졌|헤어지기로|헤어질\s?거야|안\s?헤어|절대|헤어지자고\s?했/u;
/** Words of a relationship in the turn or the story: a partner named, a fight, dating. */
const RELATIONSHIP = /남친|여친|남자\s?친구|여자\s?친구|애인|연애|사귀|그\s?사람|걔|오빠|자기|연인|남편|아내|와이프|헤어|그만\s?만나/u;

/** "헤어져야 하나 싶어", "그만 만나야 하나": a breakup weighed, not decided. */
export function weighsBreakup(text: string, story: readonly string[] = []): boolean {
  const t = nfc(text);
  if (!WEIGHS_BREAKUP.test(t) || NOT_WEIGHING.test(t)) return false;
  // "끝내야 하나", "정리해야 하나" only in a story of a relationship.
  if (/헤어|그만\s?만나|이별/u.test(t)) return true;
  return [...story, t].some((s) => RELATIONSHIP.test(nfc(s)));
}

export const WEIGHS_BREAKUP_REPLIES: readonly string[] = [
  '헤어져야 하나 싶을 만큼 마음이 많이 지쳤나 봐요. 쉽게 정할 수 없는 게 당연해요. 이 관계에서 아직 지키고 싶은 것과 더는 견디기 힘든 것, 각각 어떤 게 떠올라요?',
  '그런 생각까지 들었다면 그동안 혼자 많이 애썼을 것 같아요. 어느 쪽이 맞다고 서둘러 정하지 않아도 돼요. 헤어지는 쪽을 떠올리면 어떤 마음이 들고, 계속 만나는 쪽을 떠올리면 또 어떤 마음이 들어요?',
];

// ── A long diary of many events ─────────────────────────────────────────────────────────────

/** At least this many letters and sentences make a turn a diary of the day. */
export const DIARY_MIN_CHARS = 250;
export const DIARY_MIN_SENTENCES = 3;

const sentencesOf = (t: string): string[] =>
  t
    .split(/(?<=[.!?？。…])\s+|(?<=(?:어|요|다|지|네|야|음|함))\s*[.!?]+\s*|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s.length >= 4);

/** The particle "와/과" after a word. */
const withWa = (w: string): string => {
  const c = w.charCodeAt(w.length - 1) - 0xac00;
  return c >= 0 && c <= 11171 && c % 28 !== 0 ? `${w}과` : `${w}와`;
};

type Finder = (t: string) => string | null;

/** Hard events a day's story tells, each as a short noun phrase said back in the user's words. */
const HARD_EVENTS: readonly Finder[] = [
  (t) => (/지각/u.test(t) ? (/아침/u.test(t) ? '아침 지각' : '지각') : null),
  (t) => {
    const m = /(지하철|버스|전철|기차)[^.,]{0,15}(고장|멈|연착|지연)/u.exec(t);
    return m ? (m[2] === '고장' ? `고장 난 ${m[1]}` : `${m[1]} 지연`) : null;
  },
  (t) => {
    const m = /(팀장님|팀장|부장님|부장|과장님|과장|상사|사장님|사장|교수님|선생님|선배)[^.]{0,25}?(한\s?소리|혼나|혼났|혼내|뭐라|화내|소리\s?지르|소리\s?질|깨졌|깨짐)/u.exec(t);
    if (!m) return null;
    return /한\s?소리/u.test(m[2]!) ? `${m[1]}의 한 소리` : `${m[1]}한테 혼난 일`;
  },
  (t) => {
    const m = /(?:다들|사람들|모두|여러\s?사람|다른\s?사람들)\s?앞에서[^.]{0,12}?(지적|망신|혼|깨|소리)/u.exec(t);
    if (!m) return null;
    return m[1] === '지적' ? '사람들 앞에서 지적받은 일' : m[1] === '망신' ? '사람들 앞에서 망신당한 일' : '사람들 앞에서 혼난 일';
  },
  (t) => {
    const m = /(엄마|아빠|어머니|아버지|남편|아내|남친|여친|동생|언니|오빠|누나|형)(?:한테|랑|와|과|하고|가|이|께서)?[^.]{0,40}?(언성|싸웠|싸움|다퉜|말다툼|큰소리)/u.exec(t);
    return m ? `${withWa(m[1]!)}의 말다툼` : null;
  },
  (t) => {
    const m = /(시험|면접)[^.]{0,10}(망|떨어|탈락)/u.exec(t);
    return m ? (m[1] === '시험' ? '망친 시험' : '떨어진 면접') : null;
  },
  (t) => (/야근|밤새\s?(?:일|일했|작업)/u.test(t) ? '야근' : null),
];

/** The good moment of a bad day: "고양이 사진 보고 잠깐 웃었어", "친구 덕분에 좋았어". */
const GOOD_MOMENT = /([가-힣]+(?:\s[가-힣]+){0,4})\s(?:보고|덕분에|먹고|듣고|받고)\s(?:[가-힣]+\s){0,2}(?:잠깐\s|조금\s|좀\s|그나마\s)?(?:웃었|웃음|좋았|행복했|힘이\s?났|기분\s?(?:이\s?)?좋아|위로가\s?됐|풀렸)/u;
/** Words before the good thing that are not part of it. */
const LEAD_WORDS = /^(?:그래도|그나마|근데|그런데|하지만|그리고|오늘|저녁에|아침에|점심에|밤에|퇴근길에|퇴근하고|자기\s?전에|잠깐|마지막에|그러다|그러다가)$/u;

function goodMoment(t: string): { what: string; laughed: boolean } | null {
  const m = GOOD_MOMENT.exec(t);
  if (!m) return null;
  const laughed = /웃었|웃음/u.test(m[0]);
  const words = m[1]!.split(/\s/u);
  while (words.length > 0 && LEAD_WORDS.test(words[0]!)) words.shift();
  if (words.length === 0 || words.length > 4) return null;
  const verb = /보고/u.test(m[0]) ? '보고' : /먹고/u.test(m[0]) ? '먹고' : /듣고/u.test(m[0]) ? '듣고' : /받고/u.test(m[0]) ? '받고' : null;
  return { what: verb ? `${words.join(' ')} ${verb}` : `${words.join(' ')} 덕분에`, laughed };
}

/** Words of a hurt or a trouble: a diary with none is a glad one. */
const HURTING = /힘들|힘드|속상|서럽|서러|눈물|울었|울고|울컥|짜증|화가|화나|화도|우울|지쳐|지친|지쳤|혼났|혼나|싸웠|다퉜|버티|막막|불안|걱정|외로|괴로|답답|미치겠|최악|망했|ㅠ|ㅜ/u;
/** A day told: its hours. */
const DAY_TOLD = /오늘|아침|점심|오후|저녁|퇴근|출근/u;

/** Whether a turn is a long diary of several events (DIARY_MIN_CHARS, DIARY_MIN_SENTENCES). */
export function isLongDiary(text: string): boolean {
  const t = nfc(text);
  return t.length >= DIARY_MIN_CHARS && sentencesOf(t).length >= DIARY_MIN_SENTENCES;
}

/**
 * A reply for a long diary: the first hard event and the last one told ("아침 지각부터 엄마와의
 * 말다툼까지"), then the good moment if there was one ("친구가 보내준 고양이 사진 보고 잠깐 웃었다니
 * 다행이에요"); with no event found, a reply that honours the length. Null for a turn that is no diary.
 */
export function longDiaryReply(text: string): string | null {
  const t = nfc(text);
  if (!isLongDiary(t)) return null;
  const found: Array<{ at: number; phrase: string }> = [];
  for (const sentence of sentencesOf(t)) {
    for (const find of HARD_EVENTS) {
      const phrase = find(sentence);
      if (phrase && !found.some((f) => f.phrase === phrase)) found.push({ at: t.indexOf(sentence), phrase });
    }
  }
  found.sort((a, b) => a.at - b.at);
  // A glad diary is not this reply's ("오늘은 좋은 일이 많았어! …").
  if (found.length === 0 && !HURTING.test(t)) return null;
  const good = goodMoment(t);
  const first = found[0]?.phrase;
  const last = found.length >= 2 ? found.at(-1)!.phrase : null;
  const hard = first
    ? last
      ? `${first}부터 ${last}까지, 하루에 힘든 일이 정말 많이 겹쳤네요. 하나만 있어도 지치는 일들이에요.`
      : `${first}부터 시작해서, 하루에 힘든 일이 정말 많이 겹쳤네요.`
    : DAY_TOLD.test(t)
      ? '하루에 많은 일이 겹쳤네요. 이렇게 길게 적어 준 만큼 마음에 쌓인 게 많았을 것 같아요.'
      : '이렇게 길게 적어 준 만큼 마음에 쌓인 게 많았던 것 같아요. 하나하나 다 무게가 있는 이야기예요.';
  const glad = good ? ` 그 와중에 ${good.what} ${good.laughed ? '잠깐이라도 웃을 수 있었다니' : '좋은 순간이 있었다니'}, 그 순간이 있어서 다행이에요.` : '';
  return `${hard}${glad} 그중에 지금 제일 마음에 남아 있는 건 어떤 거예요?`;
}

export const ODD_PREFIX = 'odd';
