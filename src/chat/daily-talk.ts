/**
 * Session 39 (daily): ordinary days told plainly — routines, errands, plans, small facts — with
 * little or no feeling. A hunt of 27 such conversations found the bot inventing what was not said:
 *
 * - intents picked by one word (`dailyMisfit`): "어제 밤을 새웠어요" matched a hangover («기억이
 *   가물가물하면 괜히 더 신경 쓰이고 민망하죠»), "그래도 여전히 졸려요" the good-night goodbye,
 *   "생각보다 할 만해" "I don't know", "지금은 자고 있어" (a dog) "what is the bot doing", "어제
 *   새벽까지 게임했어" a parent's worry about a child gaming, "몸이 좀 가벼워진 것 같아요" feeling
 *   unwell, "30분 정도 걸려" boredom, "비 오는 날은 버스 타" a rainy day's low mood, "새로 카페 알바
 *   시작했어" a coffee break, "도서관 갔다 왔어" studying now, "이사 온 지 한 달 됐어요" moving day,
 *   "회의가 세 개나 있었어요" endless meetings,
 *   "그 말이 계속 마음에 남아" a complaint that the bot repeats itself;
 * - generic follow-ups naming a feeling the model read into a plain fact (`dailyReport`): "박스가
 *   스무 개나 돼요" (anxiety 0.91) «걱정 때문에 쉬어도 쉬는 것 같지 않았겠어요», "하루에 단어 20개씩
 *   외워" (sadness 0.68) «마음이 정말 무겁게 느껴졌겠어요», "우유를 깜빡했네요" «남한테 쉽게 말하기
 *   어려운 마음», "그래도 계속 해보려고" «많이 속상했겠어요», "날씨만 좋으면 좋겠다" «그 기쁨을 충분히
 *   누렸으면».
 *
 * Such a turn now gets a short, warm reply that follows its topic (exercise, a move, cooking, the
 * commute, the weather, a hobby, errands, a pet, a show, chores, plans, work, sleep, money, looks)
 * and asks one curious thing, naming no feeling the user did not say. Not when the turn or the
 * story just before it tells a feeling, a hardship or someone's words ("근데 사실 살 빼라는 말 들어서
 * 시작한 거야"; "근데 여기 친구들이랑 멀어지는 게 좀 외로울 것 같아" after a move keeps its loneliness).
 */

const nfc = (s: string): string => s.normalize('NFC').trim();

// ── Intents picked by one word ────────────────────────────────────────────────────────────────

/**
 * Signs that a daily turn is not what an intent's replies presume. Kept apart from
 * intent-guards.ts's AVOIDS (same contract: no example or held-out line of the intent matches;
 * tests/chat/session39-daily.test.ts checks the corpus).
 */
const DAILY_AVOIDS: Readonly<Record<string, RegExp>> = {
  // A night up for work or study, with no drink in it, is no hangover.
  life_daily_hangover: /밤을?\s?(?:새웠|샜|새고|새서|샌)|밤샜|밤새(?:웠|움|고|서|서요)?\s?(?:과제|공부|일|작업|게임|시험)|과제|마감|철야|공부하느라|시험\s?공부/u,
  // Sleepy, still or again, is no goodnight: nothing says they are leaving.
  meta_good_night: /^(?!.*(?:잘게|잘래|잔다|자러|자야|굿|잘\s?자|주무|이만|들어갈|누울|꿈)).*(?:여전히|아직도?|계속|자꾸|하루\s?종일|그래도|너무|엄청|좀)\s?(?:좀\s|너무\s|엄청\s)?(?:졸려|졸리|졸림|피곤)/u,
  // A small good report ("생각보다 할 만해") is no "I don't know".
  conv_dont_know: /할\s?만(?:해|하|함|했)|생각보다\s?(?:괜찮|쉽|재밌|재미있|좋|잘\s?(?:돼|되|됐))/u,
  // Someone at home asleep or playing, told as a fact, is no question to the bot.
  meta_bot_what_doing: /^(?!.*(?:너|넌|쉼표|쉼쉼|[?？])).*(?:자고|놀고|쉬고|먹고)\s?있(?:어|어요|음|네|네요|더라)\s*[.~!ㅎㅋ]*$/u,
  // "그 말이 계속 마음에 남아": someone's words that stayed, not the bot repeating itself.
  meta_complaint_repetitive: /마음에\s?(?:계속\s)?남|가슴에\s?남|신경\s?쓰여|살\s?빼라/u,
  // One's own late night of gaming is no parent's worry about a child.
  parenting_child_gaming_withdrawn: /^(?:어제|오늘|요즘|주말에?|밤새|새벽까지|밤늦게까지|[가-힣]+\s)?\s?(?:[가-힣]+\s){0,2}게임\s?(?:했어|했어요|했다|했네|함|하다\s?잤|하고\s?잤)\s*[.~!ㅋㅎ]*$/u,
  // A body that feels lighter is no body unwell.
  life_health_feeling_unwell: /가벼워|가뿐|개운|상쾌|좋아진|좋아졌|나아진|나아졌|건강해/u,
  // A commute's length is no boredom.
  life_mood_bored: /^(?!.*(?:심심|지루|따분|무료|할\s?(?:게|거)\s?없)).*(?:[0-9]+|한|두|세)\s?(?:분|시간)\s?(?:정도|쯤|넘게|이나)?\s?걸려/u,
  // "비 오는 날은 버스 타": a habit, not a rainy day now; "비 온대" a forecast.
  life_daily_rainy_day: /우산\s?(?:챙겼|챙겨\s?(?:왔|나왔|갔))|비\s?오는\s?날(?:은|엔|에는)\s?(?:[가-힣]+\s){0,2}(?:버스|지하철|택시|자전거|차)[를을]?\s?타|비\s?(?:온대|온다네|온다더라|올\s?거래|온다고\s?(?:하|했))/u,
  // Working at a café or learning to make coffee is no coffee break.
  life_daily_coffee_break: /알바|아르바이트|바리스타|커피\s?(?:만드|만들|내리는\s?법|배우)|라떼\s?아트|카페\s?(?:일|취업|창업|오픈)/u,
  // Been and come back is no studying now.
  school_studying_now: /갔다\s?(?:왔|옴)|다녀(?:왔|옴)|빌렸|빌려\s?왔|반납/u,
  // Meetings counted plainly ("오늘 회의가 세 개나 있었어요") are no complaint about endless meetings.
  work_endless_meetings: /^(?!.*(?:길|끝이\s?없|결론|하루\s?종일|계속|지겨|지쳐|지친|힘들|짜증|답답|ㅠ|ㅜ)).*회의가?\s?(?:[0-9]+|두|세|네|다섯|여섯)\s?(?:개|번|건)/u,
  // A move a month ago is no moving day.
  move_moving_day: /이사\s?(?:온|한|간|오고|하고)\s?(?:지|후로?|뒤로?)?\s?(?:벌써\s)?(?:[0-9]+|한|두|세|네|몇|반)\s?(?:달|주|개월|년|해)/u,
};

/** Whether a daily turn is not what the intent's replies presume (held back; the turn gets a reply of its own). */
export function dailyMisfit(intentId: string, text: string): boolean {
  return DAILY_AVOIDS[intentId]?.test(nfc(text)) ?? false;
}

/** For the corpus check in the tests. */
export const DAILY_AVOIDS_IDS: readonly string[] = Object.keys(DAILY_AVOIDS);

// ── Plain reports of the day ─────────────────────────────────────────────────────────────────

export type DailyTopic =
  | 'exercise' | 'move' | 'cooking' | 'commute' | 'weather' | 'learning' | 'books' | 'errand' | 'pet'
  | 'show' | 'chores' | 'outing' | 'work' | 'sleep' | 'deadline' | 'money' | 'looks' | 'family_food' | 'newjob' | 'settled' | 'game' | 'checkup';

/** Topic words, most specific first. */
const TOPICS: ReadonlyArray<readonly [DailyTopic, RegExp]> = [
  ['deadline', /마감|제출|과제/u],
  ['checkup', /건강\s?검진|검진|금식|내시경|피\s?검사|채혈/u],
  ['sleep', /밤을?\s?새|밤샜|밤새웠|졸려|졸리|졸림|늦잠|낮잠|일찍\s?(?:자|잘|잤)/u],
  ['settled', /이사\s?(?:온|한)\s?(?:지|후|뒤)|이사\s?와서|새\s?동네/u],
  ['newjob', /(?:알바|아르바이트|일|직장|회사)\s?(?:을\s|를\s)?(?:새로\s)?시작|새로\s?(?:[가-힣]+\s)?(?:알바|아르바이트|일|직장|회사)|첫\s?출근|입사/u],
  ['move', /이사|이삿짐|짐\s?(?:싸|정리|풀|빼)|박스|새\s?집|새\s?동네|전입/u],
  ['outing', /(?:등산|캠핑|여행|나들이|소풍|한강|공원|바다|산)\s?(?:을\s|도\s|에\s)?(?:다녀왔|다녀옴|갔다\s?왔|갔다\s?옴)/u],
  ['exercise', /운동|헬스|요가|필라테스|러닝|조깅|달리기|(?<!(?:가슴|심장|맥박)(?:이|도)?\s?)(?:뛰어|뛰었|뛰고|뛰는)|수영|등산|스트레칭|홈트|만보|걷기|PT|크로스핏|클라이밍|배드민턴|테니스|골프/u],
  ['pet', /강아지|고양이|댕댕|냥이|반려|멍멍이|사료|개껌|캣타워/u],
  ['family_food', /반찬|본가|친정|엄마\s?밥|집밥/u],
  ['cooking', /요리|끓였|끓여|볶았|볶아|구웠|만들어\s?먹|해\s?먹|레시피|찌개|국을|카레|파스타|김밥|샌드위치|도시락|(?:아침|점심|저녁)(?:은|으로|밥|\s?메뉴)|맛있게\s?(?:됐|되)|배달/u],
  ['commute', /출근길|퇴근길|출퇴근|지하철|버스|전철|통근|환승|자전거로|차\s?막/u],
  ['weather', /비\s?(?:와|온|오|옴|내)|비가|우산|날씨|장마|눈이\s?(?:와|온|오)|덥|더워|춥|추워|흐리|흐려|맑|햇살|바람이\s?(?:불|세|차|많)/u],
  ['game', /게임|배그|닌텐도|플스|보드게임/u],
  ['learning', /뜨개|목도리|그림\s?(?:그리|배우|배워)|악기|기타|피아노|우쿨렐레|배우|배워|공부|영어|일본어|중국어|단어|자격증|취미|베이킹|캘리|코딩|라떼\s?아트|유튜브\s?보면서\s?따라|따라\s?하/u],
  ['show', /드라마|예능|영화|넷플|유튜브|웹툰|애니|[0-9]+\s?화|시즌|정주행|한\s?편씩/u],
  ['books', /도서관|(?<![가-힣])책(?!임|상)|만화책|동화책|그림책|소설|에세이|독서(?!실)|읽고\s?있|읽었/u],
  ['chores', /(?:방|옷장|책상|서랍|냉장고|집|창고|베란다|신발장|부엌|주방|화장실|옷|장\s?본\s?거)\s?(?:을\s|를\s)?정리|청소|빨래|설거지|분리수거|버릴\s?(?:옷|물건|거|게)|세탁/u],
  ['errand', /마트|장\s?(?:보|봤|본|봐)|쇼핑|샀|사\s?왔|우유|택배|다이소|편의점|심부름|은행|우체국|세탁소/u],
  ['money', /가계부|지출|커피값|용돈|저축|적금|아끼\s?(?:려고|는\s?중|고\s?있|기로)|절약|예산/u],
  ['looks', /머리\s?(?:잘랐|했|자르|염색|파마)|단발|염색|파마|네일|안경/u],
  ['outing', /산책|나들이|벚꽃|단풍|꽃구경|공원|한강|주말|캠핑|여행|약속|계획|놀러|나들이|소풍|갔다\s?왔|다녀왔|구경/u],
  ['work', /회의|출근|퇴근|업무|근무|일정/u],
];

/** A feeling, a hardship or someone's words: not a plain report. */
const NOT_PLAIN = new RegExp(
  [
    // Feelings, hurting or strong.
    /힘들|힘드|힘듦|지쳐|지친|지침|피곤|아프|아파|아팠|다쳐|다쳤|짜증|화나|화가|열받|(?<!깜)빡|싫|걱정|불안|무서|무섭|두려|긴장|떨려|속상|서운|섭섭|외로|외롭|쓸쓸|우울|슬퍼|슬프|허전|허무|눈물|울었|울고|울어|억울|창피|민망|쪽팔|부끄|후회|현타|멘붕|정신\s?없|설레|신나|신난|행복|기뻐|기쁘|드디어|최고|대박|!{2,}|ㅠ|ㅜ|[ㅋ]{2,}|\.{3}|…/u.source,
    // Hardship, loss and trouble.
    /혼나|혼났|욕|맞았|싸웠|싸움|다퉜|헤어|망했|망쳤|망함|실패|떨어졌|잘렸|스트레스|답답|막막|귀찮|최악|미치|미쳤|죽|떠났|떠나보|무지개|하늘나라|보냈|잃어|사고|병원|수술|돌아가|장례|이혼|빚|대출|부담|놓쳤|놓침|지각|늦었|시험|면접|발표|결과|승진|심사|고민|어떡|어쩌|곤란|틀리|틀렸|잘못|실수|;;|고맙|고마|감사/u.source,
    // Not done, not going well, again.
    /안\s?(?:먹|자|잤|놀|움직|나와|일어나|샀|사|했|갔|됐|돼|되|외워|풀려|잡혀)|못\s|못(?:했|해|함|할|하)|제대로|결국|아무것도|아무도|없어서|혼자|(?:^|\s)또\s/u.source,
    // Someone's words, a wish about life, the turn itself about talk.
    /사실|솔직히|말이|말을|얘기|(?:다|라|냐|자)고\s?(?:했|하|그러|말)|(?:하|라)래|마음에\s?남|신경\s?쓰|때문에|싶어|싶다|싶기|맞나|뭘\s?위해|갈게|잘게|간다\s*$|하러\s?(?:간다|갈게|가야)|암튼|얘기해\s?(?:드릴|줄)/u.source,
  ].join('|'),
  'u',
);

/** Someone else as the subject ("엄마가 좀 질려하심", "동료가 회의에서…"): their story, not a plain report. */
const SOMEONE_SUBJECT =
  /(?:^|\s)(?:[가-힣]{0,3})(?:친구|엄마|아빠|어머니|아버지|부모님|동생|언니|누나|오빠|형|걔|쟤|남친|여친|남편|아내|와이프|동료|팀장|부장|과장|사장|선생님|교수님|할머니|할아버지|아이|아들|딸|다들|사람들|집사람|영감|선배|후배|팀원|마누라|신랑|손주|손자|손녀|며느리|사위|두\s?분)(?:가|이|는|도|께서|님이|님은|님께서|들이|들은|들도)(?:\s|$)/u;
/** …unless they gave something ("엄마가 반찬을 잔뜩 싸 주셨어요"). */
const GAVE = /(?:싸|사|해|챙겨|보내)\s?주(?:셨|었|셔서|심|더라)/u;

/** A plain daily text: a topic of its own, no feeling, hardship or someone else's story. */
function plainDaily(s: string): boolean {
  return topicOf(s) !== null && !NOT_PLAIN.test(s) && !(SOMEONE_SUBJECT.test(s) && !GAVE.test(s));
}

/** A question, to the bot or about what to do: not a report. */
const ASKS = /[?？]|(?:까|니|냐|나요|는지|을지|ㄹ지|할지)\s*[~.ㅎㅋ]*$/u;

/** A small good report ("생각보다 할 만해", "맛있게 됐어", "시원해요", "재밌었어"). */
const GLAD = /할\s?만(?:해|하|함|했)|괜찮(?:아|네|더라|던데|았)|재밌|재미있|맛있|시원해|가벼워|가뿐|개운|좋아(?:요|$)|좋더라|좋네|잘\s?(?:됐|되)|뿌듯|신기|귀엽|귀여워|예쁘|예뻐|마음에\s?들/u;

/** A small resolve or plan to keep at it ("그래도 계속 해보려고", "다음 달엔 좀 줄여보려고요"). */
const RESOLVE =
  /(?:계속|꾸준히|다시|더|좀|조금씩|일찍)\s?(?:[가-힣]+\s)?(?:해|줄여|늘려|바꿔|나가|일어나|자|가|챙겨|써|모아|시작해)\s?(?:보려고|볼게|봐야지|볼래|보려구|보려고요|보려고\s?해요|야지|야겠|려고|려고요|려구)/u;

/** A wish for how it goes ("날씨만 좋으면 좋겠다"). */
const WISH = /(?:면|으면|했으면|였으면)\s?(?:좋겠|좋을\s?텐데)/u;

/** A small slip in the day ("우유를 깜빡했네요"). */
const SLIP = /깜빡|(?:놓고|두고)\s?(?:왔|나왔)|잊어버렸|까먹었네|까먹고\s?(?:왔|안)/u;

/** A small snag in something being learned ("근데 자꾸 까먹어", "라떼아트는 아직 어려워"). */
const SNAG = /어렵|어려워|서툴|잘\s?안\s?(?:돼|되)|자꾸\s?(?:까먹|틀려|헷갈|잊어)|아직\s?(?:못|잘\s?못|서툴|어려)/u;

/** A small worry easing ("오늘은 좀 먹더라고요" after a cat off its food). */
const EASED = /(?:오늘은|이제|다시|그래도)\s?(?:좀|조금|잘|다시)?\s?(?:먹|잘\s?먹|나아|괜찮아|움직|놀|잘\s?자)(?:더라|었|었어|어요|네|았|아졌|졌)/u;

export type DailyKind = 'plain' | 'glad' | 'resolve' | 'wish' | 'slip' | 'snag' | 'eased';

export interface DailyReport {
  topic: DailyTopic | null;
  kind: DailyKind;
}

export function topicOf(text: string): DailyTopic | null {
  const t = nfc(text);
  for (const [topic, re] of TOPICS) if (re.test(t)) return topic;
  return null;
}

/** A short turn that goes on with the story rather than opening another ("그나저나 …" opens one). */
const OPENS_NEW = /^(?:그나저나|아\s?맞다|참|아\s?그리고)\s/u;

/**
 * A plain report of the day, with its topic (the turn's, or for a short turn the story's) and its
 * kind; null when the turn or the two turns before tell a feeling, a hardship or someone's words,
 * ask something, or speak of nothing daily. `eased` is the one kind that follows a small worry.
 */
export function dailyReport(text: string, story: readonly string[] = [], opts: { heavy?: boolean; hurting?: number } = {}): DailyReport | null {
  const t = nfc(text);
  if (!t || t.length > 40 || ASKS.test(t)) return null;
  const before = story.slice(-2).map(nfc);
  const last = before.at(-1);
  const own = topicOf(t);
  // A short turn with no topic of its own goes on with the last turn's, when that was a plain daily
  // text and this one names no one ("지금은 자고 있어" after the dog's walk; not "15년 같이 살았어").
  const quiet = before.every((s) => !NOT_PLAIN.test(s) && !(SOMEONE_SUBJECT.test(s) && !GAVE.test(s)));
  const lastTopic = before.map(topicOf).reverse().find((x) => x !== null) ?? null;
  const borrowed = !own && t.length <= 20 && !OPENS_NEW.test(t) && last !== undefined && quiet ? lastTopic : null;
  // A small worry eased ("오늘은 좀 먹더라고요" after "고양이가 요즘 밥을 잘 안 먹어요").
  if (EASED.test(t) && !NOT_PLAIN.test(t) && before.some((s) => /안\s?(?:먹|자|놀|움직)|못\s?(?:먹|자)|걱정|기운이?\s?없/u.test(s))) return { topic: own ?? lastTopic, kind: 'eased' };
  const topic = own ?? borrowed;
  if (!topic) return null;
  if (NOT_PLAIN.test(t) || (SOMEONE_SUBJECT.test(t) && !GAVE.test(t))) return null;
  // Right after a feeling, a hardship or someone's words, the day's facts go on with that story;
  // so in a heavy thread, unless the turns before were plain daily texts themselves (a thread made
  // heavy only by an intent's mood: "회의가 세 개나 있었어요" matched endless meetings).
  if (before.some((s) => NOT_PLAIN.test(s))) return null;
  if (opts.heavy && !(before.length > 0 && before.every(plainDaily))) return null;
  // A hurting reading the model is sure of speaks unless the turn's own words say what it is about.
  if ((opts.hurting ?? 0) >= 0.9 && !own) return null;
  const kind: DailyKind = WISH.test(t) ? 'wish' : RESOLVE.test(t) ? 'resolve' : SLIP.test(t) ? 'slip' : SNAG.test(t) ? 'snag' : GLAD.test(t) ? 'glad' : 'plain';
  return { topic, kind };
}

// ── Replies ──────────────────────────────────────────────────────────────────────────────────

/** Plain reports: the topic taken up, one curious question, no feeling named. */
export const DAILY_PLAIN: Readonly<Record<DailyTopic, readonly string[]>> = {
  exercise: [
    '운동까지 챙기려는 계획이군요. 보통 어떤 운동을 해요?',
    '조금씩 운동이 하루에 자리 잡아 가고 있군요. 보통 어느 시간대에 하는 게 제일 잘 맞아요?',
    '꾸준히 몸을 움직이는 중이네요. 하고 나면 몸은 좀 어때요?',
    '그렇게 하나씩 루틴이 생기네요. 운동할 때 같이 듣는 음악이 있어요?',
  ],
  settled: [
    '새 동네에 조금씩 익숙해지는 중이군요. 요즘 자주 가게 된 곳이 생겼어요?',
    '새 집에서의 하루가 그려지네요. 주말엔 보통 어떻게 보내요?',
  ],
  newjob: [
    '새로 시작했군요! 요즘은 어떤 것부터 배우고 있어요?',
    '첫날은 하나하나가 다 새롭죠. 같이 일하는 사람들은 어때 보였어요?',
  ],
  move: [
    '짐이 생각보다 많죠, 싸다 보면 끝이 없어 보이고요. 새로 지낼 곳은 지금 집이랑 어떤 점이 달라요?',
    '이사 준비가 하나씩 진행되고 있군요. 새 집에 가면 제일 먼저 자리 잡아 주고 싶은 물건이 있어요?',
    '새로 지낼 곳 이야기를 들으니 저도 궁금해지네요. 그 동네는 어떤 곳이에요?',
  ],
  cooking: [
    '직접 챙겨 먹는 한 끼, 듣기만 해도 좋네요. 요즘 자주 해 먹는 메뉴가 있어요?',
    '오늘 식탁이 그려지네요. 요리할 때 나만의 방식 같은 게 있어요?',
    '바쁜 날엔 한 끼 챙기는 것도 일이죠. 남은 끼니는 좀 든든하게 먹을 수 있어요?',
  ],
  family_food: [
    '집에서 싸 준 반찬이 냉장고에 있으면 며칠은 든든하죠. 제일 먼저 꺼내 먹고 싶은 게 뭐예요?',
    '본가에 다녀온 흔적이 냉장고에 가득하네요. 가서는 어떻게 지내다 왔어요?',
  ],
  commute: [
    '출퇴근길도 하루의 꽤 큰 부분이죠. 오가는 동안엔 보통 뭘 하면서 가요?',
    '오가는 길이 그려지네요. 가는 길에 듣는 음악이나 팟캐스트가 있어요?',
    '그날그날 맞춰 가며 다니는군요. 요즘 오가는 길에 새로 눈에 들어온 게 있어요?',
  ],
  game: [
    '게임하다 보면 시간이 순식간에 가죠. 요즘 하는 건 어떤 게임이에요?',
    '한번 잡으면 놓기 어렵죠. 보통 혼자 해요, 아니면 친구들이랑 같이 해요?',
  ],
  weather: [
    '날씨까지 챙기는 하루네요. 오늘은 밖에 나갈 일이 많아요?',
    '오늘 하늘이 어떤지 그려지네요. 이런 날엔 보통 뭘 하면서 지내요?',
    '날씨는 마음대로 안 되니 두고 보는 수밖에 없죠. 오늘은 어떤 하루 보낼 계획이에요?',
  ],
  checkup: [
    '검진 전날은 챙길 게 은근히 많죠. 내일은 아침 일찍 가요?',
    '금식하는 동안엔 배고픈 게 제일 고비죠. 끝나고 제일 먼저 먹고 싶은 게 있어요?',
    '끝나고 나면 든든하게 챙겨 먹어요. 오늘 밤은 조금 일찍 쉬어도 좋겠어요.',
  ],
  show: [
    '한 편씩 챙겨 보는 재미가 있죠. 어떤 이야기인지 한 줄로 소개해 줄 수 있어요?',
    '꽤 따라가고 있네요. 요즘 제일 눈에 들어오는 인물이 있어요?',
  ],
  books: [
    '책 고르는 시간도 쏠쏠한 재미죠. 요즘은 어떤 쪽 책에 손이 가요?',
    '읽을 게 생겼네요. 그중에 제일 먼저 펼쳐 보고 싶은 건 어떤 거예요?',
    '읽다가 마음에 남는 문장이 있으면 저한테도 들려줘요.',
  ],
  learning: [
    '하나를 거의 끝냈네요, 꾸준히 해 온 게 보여요. 완성되면 제일 먼저 어떻게 하고 싶어요?',
    '새로운 걸 하나씩 익혀 가는 중이군요. 처음엔 어떻게 시작하게 됐어요?',
    '조금씩 쌓여 가는 게 보이네요. 하다 보면 제일 재미있는 순간은 언제예요?',
    '손에 익어 가는 과정이 그려져요. 이걸 다 하고 나면 해 보고 싶은 다음 목표가 있어요?',
  ],
  chores: [
    '집안일 하나 끝내면 공간이 달라 보이죠. 정리하다가 의외로 나온 물건은 없었어요?',
    '그렇게 하나씩 비워 내는 중이군요. 다 치우고 나면 뭘 하면서 쉬고 싶어요?',
  ],
  errand: [
    '장 볼 거 미리 적어 두면 한결 편하죠. 꼭 사야 할 게 있어요?',
    '장 보는 것도 은근히 일이죠. 오늘 산 것 중에 제일 기다려지는 게 있어요?',
    '오늘 할 일 하나 해냈네요. 이따가는 뭐 하면서 지낼 생각이에요?',
  ],
  pet: [
    '그 아이의 하루가 그려지네요. 요즘 제일 좋아하는 놀이가 뭐예요?',
    '잘 놀고 푹 쉬는 게 제일이죠. 집에서는 보통 어떻게 지내요?',
  ],
  outing: [
    '바깥 풍경이 그려지네요. 요즘 자주 걷는 길이나 좋아하는 곳이 있어요?',
    '계획을 들으니 하루가 그려지네요. 가서 제일 해 보고 싶은 게 뭐예요?',
    '다녀온 이야기가 궁금해요. 가서 제일 기억에 남는 건 뭐였어요?',
  ],
  work: [
    '하루가 꽤 빼곡하네요. 오늘 남은 일정은 어떻게 돼요?',
    '바쁘게 돌아가는 하루가 그려져요. 일 끝나고는 보통 뭘 하면서 쉬어요?',
  ],
  sleep: [
    '밤을 새운 다음 날은 몸이 먼저 알아요. 오늘 밤엔 몇 시쯤 잘 수 있을 것 같아요?',
    '잠이 모자란 날은 하루가 길게 느껴지죠. 오늘은 좀 일찍 쉴 수 있어요?',
  ],
  deadline: [
    '마감이 걸려 있으면 어쩔 수 없이 몰아서 하게 되죠. 이제 다 끝났어요, 아니면 아직 남았어요?',
    '마감 앞에선 시간이 참 빨리 가죠. 어떤 과제였어요?',
  ],
  money: [
    '돈이 어디로 가는지 들여다보면 의외의 게 보이죠. 적어 보니 제일 많이 나가는 곳은 어디였어요?',
    '하나씩 살펴보는 중이군요. 이번 달에 정해 둔 목표가 있어요?',
  ],
  looks: [
    '머리를 바꾸면 하루가 새로워 보이죠. 오랜만에 바꾼 거예요?',
    '새 스타일이 궁금해지네요. 주변에서는 뭐라고 해요?',
  ],
};

/** A small good report: glad with them, no more than they said. */
export const DAILY_GLAD: readonly string[] = [
  '생각보다 할 만하다니 반가운 얘기예요. 해 보니 어떤 점이 제일 괜찮았어요?',
  '몸이 먼저 알아주나 봐요. 요즘 제일 달라진 게 느껴지는 순간은 언제예요?',
  '반가운 얘기네요. 어떤 점이 제일 마음에 들어요?',
  '듣는 저도 반갑네요. 다음엔 또 뭘 해 보고 싶어요?',
];

/** A resolve to keep at it or a small plan. */
export const DAILY_RESOLVE: readonly string[] = [
  '좋은 생각이에요. 해 보고 어땠는지 또 들려줘요.',
  '그렇게 마음먹은 것, 응원할게요. 조금씩이라도 이어 가면 분명 남는 게 있을 거예요.',
];

/** A wish for how it goes. */
export const DAILY_WISH: readonly string[] = [
  '정말 그렇게 되면 좋겠네요, 저도 같이 바랄게요. 준비는 어디까지 했어요?',
  '그렇게만 되면 좋겠어요. 혹시 안 되면 대신 할 만한 것도 생각해 뒀어요?',
];

/** A small slip. */
export const DAILY_SLIP: readonly string[] = [
  '아, 그런 날 꼭 하나씩 빠뜨리게 되죠. 급한 거예요, 아니면 다음에 챙겨도 괜찮아요?',
];

/** A snag in something being learned. */
export const DAILY_SNAG: readonly string[] = [
  '처음엔 다들 그래요, 익숙해지는 데는 시간이 좀 걸리죠. 요즘은 어떤 부분이 제일 까다로워요?',
  '하다 보면 그런 구간이 꼭 있죠. 그래도 여기까지 해 온 게 어디예요. 어떤 방법으로 하고 있어요?',
];

/** A small worry easing. */
export const DAILY_EASED: readonly string[] = [
  '조금이라도 나아졌다니 다행이에요. 지켜보는 동안 마음이 쓰였을 텐데, 지금은 좀 어때요?',
];

export const DAILY_PREFIX = 'daily';

/** The pool and the id prefix for a report. */
export function dailyPool(report: DailyReport): { pool: readonly string[]; prefix: string } {
  switch (report.kind) {
    case 'glad':
      return { pool: DAILY_GLAD, prefix: `${DAILY_PREFIX}:glad` };
    case 'resolve':
      return { pool: DAILY_RESOLVE, prefix: `${DAILY_PREFIX}:resolve` };
    case 'wish':
      return { pool: DAILY_WISH, prefix: `${DAILY_PREFIX}:wish` };
    case 'slip':
      return { pool: DAILY_SLIP, prefix: `${DAILY_PREFIX}:slip` };
    case 'snag':
      return { pool: DAILY_SNAG, prefix: `${DAILY_PREFIX}:snag` };
    case 'eased':
      return { pool: DAILY_EASED, prefix: `${DAILY_PREFIX}:eased` };
    default:
      return { pool: report.topic ? DAILY_PLAIN[report.topic] : [], prefix: `${DAILY_PREFIX}:${report.topic ?? 'none'}` };
  }
}

/**
 * Replies that fit only some reports: the words they take up must be in the turn or the two
 * turns before ("밤을 새운 다음 날은…" needs a night up, "다녀온 이야기가…" a trip made).
 */
const REPLY_NEEDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['생각보다 할 만하다니', /할\s?만/u],
  ['운동까지 챙기려는', /갈까|할까|려고|생각\s?중|예정/u],
  ['몸이 먼저 알아주나', /가벼워|가뿐|개운|몸이/u],
  ['하나를 거의 끝냈네요', /거의\s?다|완성|다\s?(?:떴|만들|그렸)/u],
  ['그날그날 맞춰 가며', /날은|날엔|때는|때엔/u],
  ['밤을 새운 다음 날', /밤을?\s?새|밤샜|밤새/u],
  ['금식하는 동안엔', /금식|배고/u],
  ['검진 전날은', /내일|전날|검진/u],
  ['장 볼 거 미리', /가야|갈\s?거|갈게|려고|내일|할\s?거|사야/u],
  ['날씨는 마음대로 안 되니', /아직|안\s?(?:오|와|온)|그쳤|오락가락|모르겠/u],
  ['잠이 모자란 날은', /밤을?\s?새|밤샜|밤새|졸려|졸리|졸림|못\s?잤|늦게\s?잤|늦잠/u],
  ['짐이 생각보다 많죠', /짐|박스/u],
  ['새 집에 가면', /(?:다음|이번)\s?(?:주|달)|곧|앞두|이사\s?가|짐\s?싸/u],
  ['읽다가 마음에 남는 문장', /빌렸|읽|소설|에세이|시집|만화/u],
  ['장 보는 것도', /장\s?(?:보|봤|본|봐)|마트/u],
  ['다녀온 이야기가', /다녀왔|다녀옴|갔다\s?(?:왔|옴)|갔었|놀다\s?왔/u],
  ['계획을 들으니', /려고|기로|예정|갈\s?거|할\s?거|(?:이번|다음)\s?(?:주|달)/u],
  ['하루가 꽤 빼곡', /회의|일정|업무|바빴|[0-9]+\s?개|(?:두|세|네)\s?개/u],
  ['머리를 바꾸면', /머리|단발|염색|파마/u],
  ['꽤 따라가고 있네요', /[0-9]+\s?화|시즌|까지\s?봤|정주행/u],
  ['집에서 싸 준 반찬', /반찬/u],
  ['본가에 다녀온', /본가|친정|다녀/u],
  ['직접 챙겨 먹는 한 끼', /끓였|끓여|만들|해\s?먹|요리|볶|구웠|레시피/u],
  ['오늘 식탁이 그려지네요', /끓였|끓여|만들|해\s?먹|요리|볶|구웠|레시피|먹었/u],
  ['바쁜 날엔 한 끼', /때웠|대충|간단히|급하게/u],
  ['어떤 과제였어요', /과제/u],
  ['적어 보니', /가계부|적어|기록/u],
  ['처음엔 어떻게 시작하게', /시작|배우|배워/u],
  ['읽을 게 생겼네요', /빌렸|샀|사\s?왔|생겼/u],
  ['첫날은 하나하나가', /첫\s?(?:날|출근)|오늘\s?처음/u],
  ['급한 거예요, 아니면', /깜빡|놓고|두고|잊어/u],
];

/** Replies that ask what the story already told ("처음엔 어떻게 시작하게 됐어요?" after "새로 … 시작했어"). */
const REPLY_AVOIDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['꾸준히 몸을 움직이는', /갈까|할까|려고|생각\s?중|예정/u],
  ['장 보는 것도', /가야|갈\s?거|려고|내일|할\s?거/u],
  ['오늘 할 일 하나', /가야|갈\s?거|려고|내일|할\s?거/u],
  ['조금씩 운동이 하루에', /갈까|할까|려고|생각\s?중|예정/u],
  ['처음엔 어떻게 시작하게', /시작했|시작한|계기|때문에/u],
];

export function dailyReplyFits(reply: string, text: string, story: readonly string[] = []): boolean {
  const avoid = REPLY_AVOIDS.find(([start]) => reply.includes(start));
  if (avoid && [...story.slice(-2), text].some((s) => avoid[1].test(nfc(s)))) return false;
  const need = REPLY_NEEDS.find(([start]) => reply.includes(start));
  if (!need) return true;
  return need[1].test([...story.slice(-2), text].map(nfc).join(' '));
}

/** An unused reply that fits the report, or null (the turn then goes the usual way). */
export function pickDaily(
  report: DailyReport,
  text: string,
  story: readonly string[],
  used: ReadonlySet<string>,
  rnd: () => number,
): { id: string; text: string } | null {
  const { pool, prefix } = dailyPool(report);
  const free = pool.map((t, i) => ({ id: `${prefix}#${i}`, text: t })).filter((x) => !used.has(x.id) && dailyReplyFits(x.text, text, story));
  // A reply that takes up what this very turn tells comes first ("생각보다 할 만해" → «할 만하다니»).
  const own = free.find((x) => REPLY_NEEDS.some(([start, re]) => x.text.includes(start) && re.test(nfc(text))));
  if (own) return own;
  const general = free.filter((x) => !REPLY_NEEDS.some(([start]) => x.text.includes(start)));
  const pool2 = general.length > 0 ? general : free;
  if (pool2.length === 0) return null;
  return pool2[Math.floor(rnd() * pool2.length) % pool2.length]!;
}

// ── Words that stayed ────────────────────────────────────────────────────────────────────────

/**
 * Someone's words that stayed with the user ("그 말이 계속 마음에 남아" after "살 빼라는 말 들어서
 * 시작한 거야"). It had matched the complaint that the bot repeats itself and, held back, got a
 * neutral «이번 주는 어떻게 지나가고 있어요?»: a remark that stings, told plainly. Not the bot's
 * words ("네 말이", "쉼표 말이"), not a good word kept ("그 말이 힘이 돼").
 */
const STAYED = /(?:그|그런|그\s?사람|엄마|아빠|친구|[가-힣]+(?:이|가|의))\s?말(?:이|은|들이)?\s?(?:계속|자꾸|아직도?|며칠째|하루\s?종일)?\s?(?:마음에|가슴에|머리에|귀에)?\s?(?:남아|남네|남더라|남았|걸려|맴돌|박혀|꽂혀)/u;
const STAYED_NOT = /(?:너|네|니|쉼표|당신)(?:의)?\s?말|힘이\s?(?:돼|됐|되)|위로|고마|좋았|따뜻/u;

export function wordsStayed(text: string, story: readonly string[] = []): boolean {
  const t = nfc(text);
  if (!STAYED.test(t) || STAYED_NOT.test(t)) return false;
  // "그 말" needs a remark in the story ("…라는 말 들어서", "…하래", "…라고 했어").
  return !/^그\s?말/u.test(t) || story.slice(-3).some((s) => /말|래|라고|다고|하더/u.test(nfc(s)));
}

export const WORDS_STAYED_REPLIES: readonly string[] = [
  '그 말이 계속 마음에 남아 있군요. 가볍게 던진 말이어도 듣는 쪽에서는 오래 곱씹게 되죠. 그 말을 처음 들었을 때 어떤 생각이 들었어요?',
  '쉽게 털어지지 않는 말이 있죠. 그 말이 떠오를 때면 지금은 주로 어떤 마음이 들어요?',
];
export const WORDS_STAYED_PREFIX = 'daily:stayed';

// ── Lonely in a new place ────────────────────────────────────────────────────────────────────

/**
 * A move that is lonely: "근데 여기 친구들이랑 멀어지는 게 좀 외로울 것 같아" (before) or "아는 사람이
 * 없어서 사실 좀 외로워요" (after), in a story of a move. It had got «그 마음, 충분히 이해돼요» and
 * «많이 속상했겠어요»: the loneliness of the place never said back. Not negated ("안 외로워").
 */
const LONELY = /외로|외롭|쓸쓸|허전|아는\s?사람(?:이|도)?\s?(?:하나도\s?|아무도\s?|한\s?명도\s?)?없/u;
const LONELY_DENIED = /(?:안|별로|하나도\s?안|전혀\s?안)\s?(?:외로|외롭|쓸쓸|허전)|(?:외롭|쓸쓸|허전)(?:진|지는|지)\s?않/u;
const NEW_PLACE = /이사|새\s?(?:집|동네)|낯선\s?(?:곳|동네|도시)|타지|전학|전근|발령|(?:서울|지방|부산|해외)(?:로|에)\s?(?:왔|올라|내려|가)|자취\s?시작/u;

export type LonelyWhen = 'ahead' | 'now';

export function newPlaceLonely(text: string, story: readonly string[] = []): LonelyWhen | null {
  const t = nfc(text);
  if (!LONELY.test(t) || LONELY_DENIED.test(t) || ASKS.test(t)) return null;
  if (!NEW_PLACE.test(t) && !story.slice(-4).some((s) => NEW_PLACE.test(nfc(s)))) return null;
  if (/것\s?같|까\s?봐|(?:ㄹ|을|울)\s?까|(?:멀어|떠나)(?:지는|는)\s?게/u.test(t)) return 'ahead';
  // "거기엔 아는 사람이 하나도 없거든" before a move still ahead ("다음 주에 이사 가").
  const told = [...story.slice(-4), t].map(nfc).join(' ');
  return /(?:다음|이번)\s?(?:주|달)|곧|앞두|이사\s?(?:가|갈)|거기(?:엔|는|에는)/u.test(told) && !/이사\s?(?:온|왔|한\s?지)|이사\s?와서/u.test(told) ? 'ahead' : 'now';
}

export const NEW_PLACE_LONELY_REPLIES: Readonly<Record<LonelyWhen, readonly string[]>> = {
  ahead: [
    '정든 사람들과 멀어진다고 생각하면 외로울 것 같은 마음이 드는 게 당연해요. 이사 가서도 계속 연락하고 싶은 사람이 있어요?',
    '익숙한 사람들을 두고 떠나는 거라 마음 한쪽이 허전할 수 있어요. 새 동네에서 이것만은 있었으면 하는 게 있어요?',
  ],
  now: [
    '새로운 곳에서 아는 사람 없이 지내면 외로운 게 당연해요. 요즘 그런 시간엔 주로 어떻게 보내요?',
    '낯선 동네에서 혼자 하루를 채우는 게 생각보다 길게 느껴지죠. 가끔 연락하는 예전 친구들은 있어요?',
  ],
};
export const NEW_PLACE_LONELY_PREFIX = 'daily:lonely';
