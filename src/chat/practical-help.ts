/**
 * Practical questions inside a story, where a counsellor would give the next concrete step and
 * where to turn: "어디에 신고해요?" about a boss's abuse, "내용증명 같은거 보내야돼?" about money
 * never paid back, "집주인한테 뭐라고 말해야 하나요" with the rent two months late, "파산 신청 같은
 * 거 해야 되나요", "헤어지자고 어떻게 말해야 할까요", "퇴사 한달 전이면 될까요". Session 33's helper
 * asked about seventy such questions: seven factual ones got no answer at all, and the rest mostly
 * a generic "write it down and sleep on it" or a question back ("이 일이 어떻게 흘러가면 당신 마음이
 * 가장 편할 것 같아요?").
 *
 * Each reply gives the widely given first steps and the public services that handle the matter
 * (Korean numbers: 고용노동부 1350, 학교폭력 117, 경찰 112, 금융감독원 1332, 신용회복위원회
 * 1600-5500, 대한법률구조공단 132, 보건복지상담센터 129, 여성긴급전화 1366), then asks one thing
 * back. They are first steps, not legal advice, and say where the real advice is free.
 */

import { youngAtHome } from './danger-now';

export type PracticalTopic = 'report' | 'no_place' | 'wage' | 'collection' | 'scam_check' | 'money_owed' | 'lend' | 'rent' | 'debt' | 'quit' | 'breakup_talk' | 'ex_message' | 'propose' | 'pregnancy_work';

/** A question: a question mark, or a question's ending. Statements ("월세 낼 돈이 없어") are not asked. */
const ASKED =
  /[?？]\s*[ㅠㅜ.…~]*\s*$|(?:뭐라고|어떻게|어케|어떡|어디에?)\s?(?:[가-힣]+\s?){0,2}[가-힣]*(?:지|까|나|죠)(?=\s|$|[?？.…~ㅠㅜ])|(?:까|까요|나요|되나|되나요|하나|하나요|맞나|맞나요|맞아요|건가|건가요|걸까|걸까요|될까|될까요|할까|할까요|하죠|하지|되죠|돼요|해요|돼|하냐|되냐|됨|함|어떡해|어떡하지|어떡하죠|어쩌지|어쩌죠|모르겠어|모르겠어요|모르겠네|알려\s?(?:줘|주세요|줄래))\s*[ㅠㅜ.…~]*\s*$/u;

/** Asking what to do, where to go, or how: any of these with a topic below. */
const ASKS_HOW_OR_WHERE =
  /어떻게|어떡|어케|어캐|어쩌|어디(?:에|로|서|다가)?\s|어디(?:에|로|서)?\s?(?:신고|연락|알려|말해|물어|상담|전화|가야|가면|문의)|뭐라고|무슨\s?말|방법|(?:해야|봐야|내야|써야|가야|받아야|줘야|보내야)\s?(?:돼|되|하|할|해|됨|함)|(?:하면|보내면|가면|받으면|내면)\s?(?:돼|되|될|되나)|해도\s?(?:돼|되|될)|(?:할|될|받을|갈|낼)\s?수\s?(?:있|없)|이면\s?(?:돼|될|되)|인가요|일까|맞(?:나|아요|죠|을까)|[?？]\s*[ㅠㅜ.…~]*\s*$/u;

const REPORT = /신고|고발|제보|고소|노동부|노동청|인권센터|고충\s?(?:처리|상담|위원)|괴롭힘\s?(?:맞|인가|에\s?해당|일까|이에요|이야|인\s?거)|경찰에|112/u;
const WORK = /회사|직장|상사|팀장|부장|과장|차장|대리|사장|동료|선배가|회식|출근|퇴근|야근|알바|사장님|매니저|점장|괴롭힘|갑질|인사팀/u;
const SCHOOL = /학폭|학교\s?폭력|반\s?(?:애들|친구)|담임|선생님|같은\s?반|왕따|따돌|일진|중학|고등학|초등학|중딩|고딩|초딩|교실|급식|학교에서\s?(?:애들|친구)/u;
const SEXUAL = /성희롱|성추행|성폭력|몸을?\s?(?:만지|더듬)|만졌|더듬|불법\s?촬영|몰카|스토킹|스토커/u;
const FRAUD = /사기|보이스\s?피싱|피싱|스미싱|중고\s?거래|당근|번개장터|입금했|송금했|보냈는데|잠수|먹튀|로맨스\s?스캠|투자\s?(?:리딩|사기)|리딩방/u;
const ACADEMIC = /교수|대학원|대학교|연구실|랩실|논문|조교|지도\s?교수|석사|박사|저자|학위|학과/u;
// A threat, not a reminder: "카드값이 밀려서 독촉 문자가 계속 와요" is a lawful reminder, and had got
// the illegal-collection reply (session 34).
const COLLECTION_THREAT = /협박|찾아와|찾아온|찾아왔|찾아오|알리겠|연락하겠|뿌리겠|전화\s?(?:폭탄|수십)|(?:밤|새벽)[^.?!]{0,10}(?:전화|연락|문자)|욕(?:을|하|설)|불법\s?추심|겁을?\s?(?:줘|주)/u;
const DEBT_WORDS = /빚|대출|사채|대부|카드\s?(?:값|빚|론)|연체|이자|채무|갚|상환|돈\s?(?:빌린|빌려)/u;

// "열받아 내가 왜 사과해야돼" is anger, not money to get back (session 38 retr: it had got 소액사건심판).
const MONEY_OWED = /(?<!열\s?)받아\s?내(?!가|\s가)|(?<!열\s?)받아낼|돌려\s?받|못\s?받|안\s?갚|갚지\s?않|안\s?돌려|갚으라고|갚게\s?(?:하|만)|내용증명|지급명령|소액\s?(?:재판|소송|심판|사건)|떼였|떼인|떼먹|빌려\s?준\s?(?:돈|거)|빌려줬는데|빌려\s?줬는데/u;
const LEND = /(?:돈|[0-9]+\s?만\s?원?|천만|백만)\s?(?:을|를|좀)?\s?(?:빌려\s?(?:달래|달라|줘야|줄까|줘도|주는|줄지)|꿔\s?(?:달래|달라|줘야|줄까))|빌려\s?(?:달래|달라고|달라는데|줘야\s?(?:하나|할까|돼)|줄까|줘도\s?(?:될까|돼))/u;
const RENT = /월세|집세|방세|관리비/u;
const LATE = /밀렸|밀린|밀려|연체|못\s?(?:내|냈|드려|드렸)|늦어|늦었|늦게|못\s?낼/u;
const DEBT = /개인\s?회생|파산|채무\s?조정|신용\s?회복|빚|대출|카드\s?(?:값|빚|론)|연체|사채|대부|돌려\s?막|이자/u;
// "그만두라는 식으로 말해요" is someone pushing the user out, not the user quitting (session 36).
const QUIT =
  /(?:퇴사(?!\s?(?:하라|시키|압박|권유|종용))|그만두(?!라|게\s?(?:하|만))|그만둔|사표(?!\s?(?:쓰라|내라))|사직(?!\s?(?:하라|권고|압박))|관두(?!라)|퇴직(?!\s?(?:하라|권고|압박))|그만\s?둔다)[^.?!]{0,24}(?:언제|며칠|몇\s?주|얼마\s?전|한\s?달|[0-9]+\s?(?:주|일|달)|통보|말씀|말하|말해|얘기|꺼내|알리|인수인계|내야|써야|전에)|(?:언제|얼마\s?전에?|한\s?달\s?전|한달\s?전)[^.?!]{0,12}(?:말해|말씀|얘기|통보|알려)/u;
const BEING_LEFT = /(?:헤어지자(?:고|는)|그만\s?만나자(?:고|는)|이별\s?통보)[^.?!]{0,6}(?:하면|할까|할\s?것\s?같|들을까|받을까|받으면|들으면|하지\s?않을까)|(?:차일까|차이면|떠날까|떠나면|버림받을까)/u;
const BREAKUP_TALK = /헤어지자(?:고|는)|이별(?:을)?\s?(?:통보|말|고하|얘기)|헤어지(?:는|자는)\s?(?:말|얘기)|헤어지려면|헤어지고\s?싶다고|(?:그만\s?만나자|정리하자|끝내자)(?:고|는)/u;
const EX = /헤어|전\s?남친|전\s?여친|전\s?애인|전남친|전여친|이별|재회|다시\s?(?:만나|시작)/u;
// How to write it, not whether to ("다시 연락해도 될까" is the intents' to weigh).
const MESSAGE = /(?:카톡|문자|메시지|톡|디엠|DM|연락)[^.?!]{0,12}(?:뭐라고|어떻게)|뭐라고\s?(?:보내|카톡|문자|연락|쓰)/u;
const PROPOSE = /프로포즈|프러포즈|청혼/u;

/** Another bill fallen behind: "카드값도 밀려있고" is no rent late. */
const OTHER_BILL = /카드|대출|빚|이자|통신비|학자금|보험|할부|폰\s?요금|핸드폰\s?요금/u;

/**
 * The rent itself late: a late payment told with the rent, or right after it, and of no other bill.
 * "월세 내고 나면 통장에 10만원 남아" then "카드값도 밀려있고" had got advice about telling the landlord
 * first (session 40, c07): the rent was paid, the card bill was late.
 */
export function rentLate(texts: readonly string[]): boolean {
  const all = texts.map((e) => e.normalize('NFC'));
  return all.some((s, i) => LATE.test(s) && !(OTHER_BILL.test(s) && !RENT.test(s)) && (RENT.test(s) || (i > 0 && RENT.test(all[i - 1]!) && !/내고\s?(?:나면|나니|났|남)|냈/u.test(all[i - 1]!))));
}

/** Which domain a report is about, from the question and the story before it. */
export type ReportDomain = 'sexual' | 'home_child' | 'school' | 'academic' | 'work' | 'fraud' | 'neighbour' | 'other';

/** Noise from next door: "윗집 층간소음 … 경찰 불러도 되나요?" had got the 직장/학폭 list (session 36). */
const NEIGHBOUR_NOISE = /층간\s?소음|(?:윗집|아랫집|옆집|이웃)[^.?!]{0,30}(?:소음|시끄|쿵쿵|뛰|소리)/u;

export function reportDomain(story: string): ReportDomain {
  if (SEXUAL.test(story)) return 'sexual';
  // A university before a school: "학교에 신고하는 방법" from a graduate student is no bullying case.
  if (ACADEMIC.test(story)) return 'academic';
  // A child or teen hurt at home is no school-violence case: "저 고등학생인데 이거 신고하면 엄마가
  // 잡혀가요?" after "엄마가 술만 마시면 때려요" had got the 117 script (session 36, danger-now.ts).
  if (youngAtHome(story)) return 'home_child';
  if (SCHOOL.test(story)) return 'school';
  if (WORK.test(story)) return 'work';
  if (FRAUD.test(story)) return 'fraud';
  if (NEIGHBOUR_NOISE.test(story)) return 'neighbour';
  return 'other';
}

/** Physical harm: then it is violence whatever the story, and the violence replies answer. */
const PHYSICAL = /때리|때렸|때려|맞았|맞아|폭행|다쳤|칼|흉기|목을|밀쳤|끌고/u;

/**
 * A threat over a debt, told in this turn with the debt in it or in the turns before:
 * "가족들한테 연락하겠다고 협박해요" after a loan app, "어제는 회사 앞까지 찾아왔어요" after 사채.
 */
export function threatOverDebt(text: string, earlier: readonly string[] = []): boolean {
  const t = text.normalize('NFC');
  if (!COLLECTION_THREAT.test(t) || PHYSICAL.test(t)) return false;
  return DEBT_WORDS.test(t) || earlier.slice(-3).some((e) => DEBT_WORDS.test(e.normalize('NFC')));
}

/**
 * Money sent, or asked for, on a stranger's word for fees abroad, customs or an investment ("비행기값이랑
 * 세관비 보내달래서 800 보냈어", told as a plain fact; session 33): the shape of a romance or
 * investment scam, checked gently before more is sent.
 */
const ASKED_TO_SEND = /(?:보내\s?달래|보내\s?달라고|보내\s?달라길래|보내\s?달라는|입금해\s?달래|입금해\s?달라|송금해\s?달래|송금해\s?달라|빌려\s?달래서)/u;
const SCAM_FEES = /세관|통관|관세|비행기\s?(?:값|표)|항공권|수수료|보증금\s?(?:내야|보내)|해외|군인|파병|유엔|UN|의사인데|투자|코인|리딩|수익금|출금|인출|선물\s?(?:받으려면|찾으려면)|택배\s?(?:받으려면|비용)/u;
export function soundsLikeScam(text: string, earlier: readonly string[] = []): boolean {
  const t = text.normalize('NFC');
  const story = [...earlier.slice(-3).map((e) => e.normalize('NFC')), t].join(' \n');
  return ASKED_TO_SEND.test(t) && SCAM_FEES.test(story) && !/사기|신고|경찰/u.test(story);
}

/**
 * Nowhere to stay, told or asked: "갈데가 없어요" after an eviction notice had got the reply about
 * boredom (session 34). A place for tonight comes before anything else.
 */
// A fear of it ("말하면 쫓겨날까봐 무서워", a late rent) is not being out tonight (session 35: it got 112).
const NO_PLACE = /(?:잘|지낼|머물|살|묵을)\s?(?:데|곳|집)(?:가|이|도)?\s?(?:없|하나도\s?없)|길바닥|노숙|(?:집|방)에서\s?쫓겨(?!날\s?까|나면|날\s?수도|날\s?것)|쫓겨(?:났|나게|날(?!\s?까|\s?수도|\s?것|지))/u;
const GO_NOWHERE = /갈\s?(?:데|곳)(?:가|이|도)?\s?(?:없|하나도\s?없)/u;
const HOUSING = /집주인|월세|보증금|전세|방\s?빼|나가래|나가라고|쫓겨|집에서|짐\s?(?:싸|빼)|가출|이사\s?(?:갈|가야)|계약\s?(?:끝|만료)/u;
const DEBT_SPIRAL = /돌려\s?막|빚(?:이|만)?\s?(?:계속\s?|자꾸\s?)?(?:늘어|불어|쌓여)|신용\s?불량|연체(?:가|된\s?지)\s?[0-9]/u;
/** Quitting named: "언제 말해야 할지" alone is not about quitting (session 37: a pregnancy got the resignation notice). */
const QUIT_WORDS = /퇴사|사표|사직|그만두|그만둔|그만\s?둘|관두|퇴직|이직|그만\s?다니/u;
/** A pregnancy in the story. */
const PREGNANT = /임신|[0-9]+\s?주(?:차|째)|산부인과|태아|입덧|초음파|아기\s?심장|심장\s?소리|태명|출산\s?예정|예정일|두\s?줄/u;
/** Telling work: when, how or what to say to the company or a boss. */
const TELL_WORK =
  /(?:회사|직장|팀장|상사|부장|과장|팀에|팀원|인사팀|사장|윗분|위에)[^.?!]{0,20}(?:언제|어떻게|어케|뭐라고|어느\s?(?:때|시점))[^.?!]{0,12}(?:말|얘기|알리|알려|보고)|(?:언제|어떻게|어케|뭐라고|어느\s?(?:때|시점))[^.?!]{0,12}(?:회사|직장|팀장|상사|부장|팀에)[^.?!]{0,10}(?:말|얘기|알리|알려|보고)/u;
/** Wages unpaid: the labour office's route, not a loan's ("알바비 떼먹고 잠수탔어요"). */
const WAGES = /알바비|월급|급여|임금|주휴|시급|퇴직금|일당|체불|인건비/u;

/** The practical topic of a question, or null. `earlier`: the user's last turns, oldest first. */
export function practicalTopic(text: string, earlier: readonly string[] = []): PracticalTopic | null {
  const t = text.normalize('NFC').trim();
  if (!t || t.length > 200) return null;
  // Money asked for on a stranger's word: checked, asked or not.
  if (soundsLikeScam(t, earlier)) return 'scam_check';
  // Nowhere to stay tonight: answered, asked or not.
  const lately = [...earlier.slice(-3).map((e) => e.normalize('NFC')), t].join(' \n');
  if (NO_PLACE.test(t) || (GO_NOWHERE.test(t) && HOUSING.test(lately))) return 'no_place';
  // A debt grown past control ("돌려막기 하다보니 천만원 넘었어요"): where help is, asked or not (session 34).
  if (DEBT_SPIRAL.test(t)) return 'debt';
  // A threat over a debt is answered with where to report it, asked or not.
  if (threatOverDebt(t, earlier) && !/파산|회생|채무\s?조정/u.test(t)) return 'collection';
  if (!ASKED.test(t)) return null;
  if (/파산|회생|채무\s?조정/u.test(t) && ASKS_HOW_OR_WHERE.test(t)) return 'debt';
  const story = [...earlier.map((e) => e.normalize('NFC')), t].join(' \n');
  const recent = earlier.slice(-3).map((e) => e.normalize('NFC')).join(' \n');
  const how = ASKS_HOW_OR_WHERE.test(t);
  // Threats over a debt are illegal collection, whatever else the question names.
  if ((REPORT.test(t) || how) && COLLECTION_THREAT.test(story) && DEBT_WORDS.test(story)) return 'collection';
  if (REPORT.test(t)) return 'report';
  if (PROPOSE.test(t) && how) return 'propose';
  // The fear of being left ("물어봤다가 진짜 헤어지자고 하면 어떡해") is no question of how to end it (session 35).
  if (BREAKUP_TALK.test(t) && how && !BEING_LEFT.test(t)) return 'breakup_talk';
  // When to tell work of a pregnancy (session 37): not the resignation notice.
  if (TELL_WORK.test(t) && PREGNANT.test(story) && !QUIT_WORDS.test(t)) return 'pregnancy_work';
  if (QUIT.test(t) && how && QUIT_WORDS.test(story)) return 'quit';
  if (MESSAGE.test(t) && EX.test(`${recent} ${t}`)) return 'ex_message';
  if (LEND.test(t)) return 'lend';
  // Pay named with no sign it went unpaid ("시급 만원 받고 이런 대우 받아야 하나", a rude customer) is no unpaid wage (session 38 retr).
  if ((MONEY_OWED.test(t) || how) && WAGES.test(recent + ' ' + t) && /(?:못|안)\s?받|(?<!열\s?)받아\s?(?:내(?!가|\s가)|낼)|받을\s?(?:수|방법)|돌려\s?받|떼|안\s?(?:주|줘|준)|못\s?(?:받|줘)|밀렸|체불|잠수/u.test(recent + ' ' + t)) return 'wage';
  if (MONEY_OWED.test(t) && how) return 'money_owed';
  if (rentLate([...earlier, t]) && (how || /집주인|주인\s?(?:분|집)/u.test(t))) return 'rent';
  if (DEBT.test(t) && how) return 'debt';
  // A short question names no topic ("어떻게 받아내지?", "한달 전이면 될까요"): the story's.
  if (t.length <= 30 && how) {
    if (MONEY_OWED.test(recent) || (/받아\s?내|받아낼|돌려\s?받/u.test(t) && /돈|만\s?원|빌려/u.test(recent))) return 'money_owed';
    if ((QUIT.test(recent) && QUIT_WORDS.test(recent)) || (/퇴사|사표|그만두|관두/u.test(recent) && /언제|전이면|전에|통보|며칠|한\s?달/u.test(t))) return 'quit';
    if (PROPOSE.test(recent)) return 'propose';
    if (DEBT.test(recent) && /파산|회생|갚|이자|상환|신청/u.test(t)) return 'debt';
  }
  return null;
}

const REPORT_REPLIES: Record<ReportDomain, string> = {
  work: '반복해서, 지위나 관계를 이용해 업무에 필요한 정도를 넘어 괴롭힌다면 근로기준법이 정한 직장 내 괴롭힘에 해당할 수 있어요. 날짜와 들은 말, 곁에 있던 사람을 그때그때 적어 두고 메시지나 녹음도 남겨 두세요. 신고는 회사의 인사팀이나 고충 처리 창구에 할 수 있고, 회사가 제대로 다루지 않으면 고용노동부(국번 없이 1350)에서 상담하거나 진정을 넣을 수 있어요. 지금은 무엇이 가장 버거워요?',
  home_child:
    '집에서 어른이 아이를 때리거나 위협하는 일은 112에 전화나 문자로 신고할 수 있어요. 아동학대 신고도 112로 해요. 신고한다고 곧바로 누가 감옥에 가는 건 아니고, 경찰과 아동보호전문기관이 먼저 아이가 안전한지부터 살펴요. 청소년상담전화 1388(문자 #1388)에서도 비밀을 지키며 어떻게 할지 같이 생각해 줘요. 이 일을 알고 있는 어른이 있어요?',
  school:
    '학교폭력은 117(학교폭력 신고센터, 문자는 #0117)로 언제든 신고하거나 상담할 수 있고, 담임 선생님이나 학교의 학교폭력 담당 선생님께 알려도 돼요. 있었던 일을 날짜별로 적어 두고, 메시지나 사진은 지우지 말고 남겨 두세요. 믿을 수 있는 어른 한 명과 함께 움직이면 훨씬 덜 외로워요. 이 일을 알고 있는 어른이 있어요?',
  sexual:
    '직장에서 있었던 일이면 회사의 고충 처리 창구나 고용노동부(1350)에, 그 밖의 일이면 경찰(112)에 신고할 수 있어요. 여성긴급전화 1366은 24시간 상담을 받고, 신고하러 갈 때 동행도 도와줘요. 그때 상황을 날짜와 함께 적어 두고 메시지 같은 증거는 지우지 말아 주세요. 지금은 안전한 곳에 있어요?',
  academic:
    '대학에는 인권센터와, 논문 저자나 연구 부정 문제를 다루는 연구윤리 창구가 있어요. 익명으로 상담만 먼저 받아 볼 수 있는 곳도 많아요. 초안 파일, 메일, 메시지처럼 내가 한 일을 보여 주는 자료는 날짜가 남게 보관해 두세요. 학교 밖에서는 대한법률구조공단(132)에서 무료로 법률 상담을 받을 수 있어요. 알리고 나면 어떤 점이 가장 걱정돼요?',
  fraud:
    '돈을 보낸 지 얼마 안 됐다면 먼저 보낸 은행에 전화해 지급정지를 요청하고, 경찰(112)이나 경찰청 사이버범죄 신고시스템에 신고하세요. 대화 내용, 입금 내역, 상대의 계정과 계좌는 캡처해 두고요. 누구라도 속을 수 있게 짜인 수법이니 자신을 너무 탓하지 않았으면 해요. 신고는 해 두었어요?',
  neighbour:
    '층간소음은 먼저 관리사무소에 알리는 게 순서이고, 한국환경공단의 층간소음 이웃사이센터(1661-2642)에 상담과 중재를 신청할 수 있어요. 한밤중 소음이 심하거나, 찾아갔다가 말다툼이나 위협이 생길 것 같으면 직접 부딪히기보다 112에 도움을 청하세요. 언제, 얼마나 들리는지 날짜와 시간을 적어 두면 도움이 돼요. 잠을 못 자서 몸은 많이 지쳤죠?',
  other:
    '어디에 알릴지는 어떤 일인지에 따라 달라요. 직장 일이면 고용노동부(1350), 학교폭력이면 117, 범죄나 위협이면 경찰(112), 법적인 도움이 필요하면 대한법률구조공단(132)에서 무료로 상담받을 수 있어요. 어떤 일인지 조금 더 들려주면 맞는 곳을 같이 찾아볼게요.',
};

export const PRACTICAL_REPLIES: Readonly<Record<Exclude<PracticalTopic, 'report'>, readonly string[]>> = {
  no_place: [
    '갈 곳이 없다는 게 얼마나 막막하고 무서울지요. 지금은 오늘 밤 지낼 곳이 먼저예요. 주민센터나 보건복지상담센터(국번 없이 129)에 연락하면 긴급복지지원으로 임시 거처와 생계비를 알아봐 줄 수 있어요. 늦은 밤이거나 위험하다고 느끼면 112에 도움을 청해도 돼요. 오늘 밤은 어디서 지낼 수 있을 것 같아요?',
    '집주인이 나가라고 해도 계약 기간이 남았거나 정해진 절차 없이 하루아침에 내쫓을 수는 없어요. 대한법률구조공단(132)에서 내 경우를 무료로 물어볼 수 있고, 129에서는 주거 지원을 함께 찾아 줄 거예요. 잠깐이라도 머물 수 있는 가족이나 친구가 있어요?',
  ],
  wage: [
    '일한 만큼의 돈을 못 받는 건 빌려준 돈과 달리 임금 체불이라, 나라가 받아 내는 길이 따로 있어요. 고용노동부(국번 없이 1350)에 상담하거나 노동포털에서 진정을 넣으면 근로감독관이 사장에게 연락해요. 일한 날짜와 시간, 근무표, 사장과 주고받은 문자, 입금 내역을 모아 두세요. 사장이 끝내 주지 않거나 가게가 문을 닫았다면 나라가 먼저 주는 대지급금도 있어요. 몇 주, 얼마나 밀려 있어요?',
    '진정은 알바도, 근로계약서가 없어도 넣을 수 있어요. 계약서가 없었다면 그것 자체도 사장의 잘못이에요. 카톡이나 출퇴근 기록, 같이 일한 사람의 말도 증거가 돼요. 혼자 사장에게 따지기 어렵다면 1350에 먼저 물어보는 게 가장 빨라요. 이 일로 지금 생활은 많이 빠듯해요?',
  ],
  scam_check: [
    '혹시 직접 만난 적 없는 사람이 세관비나 비행기값, 수수료 같은 돈을 보내 달라고 한 거라면, 요즘 많이 일어나는 사기 수법과 닮아 있어요. 더 보내기 전에 잠깐 멈춰 주세요. 이미 보냈다면 보낸 은행에 바로 지급정지를 요청하고 112에 상담해 보세요. 그 사람과는 어떻게 알게 됐어요?',
  ],
  collection: [
    '빚이 있어도 협박하거나, 가족이나 직장에 알리겠다고 겁을 주거나, 찾아와 위협하는 건 불법 추심이에요. 통화는 녹음하고 문자는 지우지 말고, 위협을 느끼면 바로 112에 신고하세요. 금융감독원(국번 없이 1332)에서 불법 사금융 피해 상담을 받을 수 있고, 대한법률구조공단(132)을 통해 채무자대리인을 무료로 지원받을 수도 있어요. 지금 혼자서 그 연락을 다 받고 있어요?',
    '찾아오거나 밤늦게 연락하는 것, 가족이나 직장에 빚을 알리겠다는 것 모두 법이 금지하는 추심이에요. 위협을 느끼는 순간에는 112에 바로 신고해도 돼요. 금융감독원 불법사금융 신고센터(1332)에 연락하면 대응 방법과 채무자대리인 지원을 안내받을 수 있어요. 이 일을 함께 알고 있는 사람이 곁에 있어요?',
  ],
  money_owed: [
    '먼저 갚을 날짜와 금액을 정해 달라고 메시지로 요청해 두세요. 말보다 글이 남는 게 중요해요. 그래도 미루면 내용증명으로 공식적으로 요구할 수 있고, 그다음에는 법원의 지급명령이나 소액사건심판(3천만 원 이하)처럼 비교적 간단한 절차가 있어요. 이체 내역과 빌려 달라던 메시지는 꼭 남겨 두고, 대한법률구조공단(132)에서 무료로 상담받을 수 있어요. 돈만큼이나 그 사람과의 관계도 마음에 걸려요?',
    "내용증명은 '언제 얼마를 빌려줬고, 언제까지 갚아 달라'는 내용을 적어 우체국에서 보내는 문서예요. 그것만으로 돈을 받아 내는 힘이 생기진 않지만, 정식으로 요구했다는 기록이 남고 상대에게 가볍게 넘길 일이 아니라는 신호가 돼요. 그래도 안 갚으면 법원 전자소송 사이트에서 지급명령을 신청할 수 있어요. 그렇게까지 하는 게 마음으로는 어때요?",
  ],
  lend: [
    "돈을 빌려줄 때는 '돌려받지 못해도 괜찮은 만큼만'이 많이 쓰는 기준이에요. 빌려준다면 금액과 갚을 날짜를 메시지로 남겨 두고, 어렵다면 \"요즘 나도 여유가 없어서 이번엔 어려워\"처럼 짧게 말해도 충분해요. 거절한다고 관계가 끝나는 건 아니에요. 그 사람과는 어떤 사이예요?",
    '빌려주기로 했다면 받지 못해도 생활이 흔들리지 않을 금액인지 먼저 따져 보고, 언제까지 얼마인지를 메시지로 남겨 두세요. 거절하기로 했다면 이유를 길게 대지 않아도 돼요. 이 부탁을 받고 마음이 제일 불편한 부분은 뭐예요?',
  ],
  rent: [
    "밀린 게 있을 때는 집주인이 먼저 연락하기 전에 내가 먼저 알리는 쪽이 신뢰를 지켜요. \"사정이 생겨 늦어지고 있다, 언제까지 얼마를 먼저 보내겠다\"처럼 날짜와 금액을 구체적으로 말하면 대화가 한결 쉬워져요. 형편이 어려우면 주민센터나 보건복지상담센터(129)에 주거급여나 긴급복지지원을 받을 수 있는지 물어보세요. 지금 가장 급한 건 뭐예요?",
    "집주인에게는 문자로 먼저 사정을 알리고, 통화나 만남에서 갚을 계획을 말하면 돼요. 예를 들어 \"이번 달 말까지 한 달 치를 먼저 보내고, 나머지는 다음 달 ○일까지 보내겠습니다\"처럼요. 약속한 날짜를 지키는 게 다음 대화를 훨씬 쉽게 해 줘요. 당장 보낼 수 있는 금액은 있어요?",
  ],
  debt: [
    '빚은 혼자 버틸수록 이자와 불안이 같이 커져요. 신용회복위원회(1600-5500)에서 갚는 기간을 늘리거나 이자를 줄이는 채무조정을 상담받을 수 있고, 개인회생이나 파산이 맞는지는 대한법률구조공단(132)에서 무료로 물어볼 수 있어요. 새 대출로 돌려막기 전에 상담부터 받아 보세요. 갚아야 할 게 모두 얼마인지 한번 정리해 본 적 있어요?',
    '개인회생은 일정한 소득이 있을 때 보통 3년 동안 갚을 수 있는 만큼 갚고 나머지를 줄이는 제도이고, 파산은 갚을 능력이 거의 없을 때 빚을 정리하는 제도예요. 어느 쪽이 맞는지는 소득과 빚의 종류에 따라 달라서, 대한법률구조공단(132)이나 신용회복위원회(1600-5500)에 먼저 상담해 보는 게 가장 빨라요. 상담 전에 빚의 목록을 적어 두면 도움이 돼요. 그 목록을 정리하는 것부터 해 볼 수 있을 것 같아요?',
  ],
  quit: [
    '보통 한 달 전에는 알리는 게 관례예요. 근로계약서나 회사 규정에 정해 둔 기간이 있으면 그걸 따르고요. 직속 상사에게 먼저, 되도록 직접 말하는 게 좋고, 그동안 고마웠던 점과 인수인계 계획을 함께 전하면 마무리가 한결 부드러워져요. 말을 꺼내는 순간이 가장 걱정돼요?',
    "말할 때는 \"개인적인 사정으로 ○월 ○일까지 근무하고 그만두려고 합니다. 그때까지 인수인계는 잘 마무리하겠습니다\" 정도로 짧고 분명하면 충분해요. 이유를 자세히 말하고 싶지 않다면 그래도 괜찮아요. 붙잡으면 어떻게 대답할지도 미리 정해 두면 덜 흔들려요. 언제쯤 말할 생각이에요?",
  ],
  breakup_talk: [
    '헤어짐을 전할 때는 문자보다 얼굴을 보고, 길지 않게 말하는 편이 서로를 존중하는 길이에요. 이유는 하나만 솔직하게 말하고 상대를 탓하는 말은 아껴 두세요. 미안한 마음에 여지를 남기면 오히려 더 오래 아프게 할 수 있어요. 상대가 크게 화낼까 걱정된다면 사람이 있는 곳에서 만나는 게 좋아요. 꼭 전하고 싶은 말이 있어요?',
    "\"그동안 고마웠어. 그런데 내 마음이 예전 같지 않아서, 이대로 만나는 건 너한테도 미안한 일 같아\"처럼 고마움과 결정을 함께 말하면 덜 날카로워요. 이유를 더 물으면 한두 가지만 솔직하게 답하고, 결정을 되묻는 말에는 같은 대답을 차분히 되풀이해도 돼요. 그 사람은 어떻게 반응할 것 같아요?",
  ],
  ex_message: [
    "다시 연락한다면 짧고 부담 없는 한마디가 좋아요. \"잘 지내? 문득 생각나서 연락해 봤어\" 정도로, 답을 재촉하거나 지난 일을 따지는 말은 빼고요. 답이 없거나 늦어도 그것 또한 그 사람의 대답일 수 있다는 걸 마음 한쪽에 두세요. 연락해서 어떤 걸 바라고 있어요?",
    '보내기 전에, 답이 없어도 괜찮을지 스스로에게 먼저 물어보세요. 괜찮다면 짧고 가벼운 한마디가 좋아요. 밤늦은 시간이나 술을 마신 뒤에는 피하는 게 좋고요. 보내고 나서 가장 걱정되는 건 뭐예요?',
  ],
  // Session 37. 근로기준법 제74조: 임신 12주 이내 또는 32주 이후 하루 2시간 근로시간 단축 (32주는
  // 2025년 2월 개정부터; hedged and sent to 1350), 임신 중 시간외근로 금지; 제70조: 야간·휴일근로 제한.
  pregnancy_work: [
    '언제 알려야 한다는 정해진 규칙은 없어요. 안정기로 여기는 12주가 지나고 알리는 사람이 많지만, 일찍 알리면 임신 초기(12주 이내)와 후기(32주 이후)에 쓸 수 있는 하루 2시간 근로시간 단축을 신청할 수 있고, 야근이나 밤·휴일 근무에서도 보호받을 수 있어요. 제도는 바뀌기도 하니 고용노동부(1350)에 한 번 확인해 보면 정확해요. 회사에 말하는 것에서 가장 마음에 걸리는 건 뭐예요?',
    '말할 때는 직속 상사에게 먼저, 따로 시간을 잡아 짧게 전하면 충분해요. "임신 ○주인데, 병원 진료나 몸 상태 때문에 조정이 필요할 수 있어서 미리 말씀드려요" 정도면 돼요. 임신을 이유로 불이익을 주는 건 법으로 금지되어 있어요. 말을 꺼낼 때 어떤 반응이 가장 걱정돼요?',
  ],
  propose: [
    '프러포즈는 거창한 이벤트보다 두 사람에게 의미 있는 장소와 진심을 담은 몇 문장이 더 오래 남아요. 반지는 미리 준비하기도 하지만, 취향을 잘 모르겠다면 마음을 먼저 전하고 반지는 함께 고르는 사람도 많아요. 두 사람에게 특별한 장소가 있어요?',
    '반지 사이즈가 걱정이라면 평소 끼는 반지를 잠깐 빌려 재 보거나, 그날은 간단한 반지로 마음을 전하고 나중에 같이 고르는 방법도 있어요. 결혼 이야기를 이미 나눠 봤다면 부담은 훨씬 덜하고요. 그 순간에 꼭 하고 싶은 말이 있어요?',
  ],
};

/** The replies for a practical question: a report's by what it is about (the question and the story). */
export function practicalReplies(topic: PracticalTopic, text: string, earlier: readonly string[] = []): readonly string[] {
  if (topic !== 'report') return PRACTICAL_REPLIES[topic];
  return [REPORT_REPLIES[reportDomain([...earlier, text].join(' \n').normalize('NFC'))]];
}

export const PRACTICAL_PREFIX = 'practical';

/** Asked a third time: where the rest can be asked, rather than the same steps again. */
export const PRACTICAL_MORE: Readonly<Record<PracticalTopic, string>> = {
  no_place: '오늘 밤 지낼 곳이 가장 먼저예요. 129나 가까운 주민센터, 위급하면 112에 연락해 주세요. 지금 있는 곳은 안전해요?',
  wage: '앞에서 말한 것처럼 기록을 모아 고용노동부(1350)에 진정하는 게 가장 확실한 길이에요. 내 경우에 맞는 방법은 대한법률구조공단(132)에서도 무료로 물어볼 수 있어요. 어느 단계가 가장 막막해요?',
  report: '앞에서 말한 곳들이 가장 먼저 두드려 볼 곳이에요. 내 상황에 꼭 맞는 방법은 대한법률구조공단(132)처럼 무료로 상담해 주는 곳에서 물어보면 가장 확실해요. 이 과정에서 가장 막막한 부분은 어디예요?',
  scam_check: '의심이 드는 것만으로도 충분히 멈출 이유가 돼요. 같은 사람이 다시 돈을 청하면 보내지 말고, 대화 내용과 계좌는 캡처해 두세요. 경찰(112)이나 금융감독원(1332)에서 사기인지 함께 확인해 줄 거예요. 지금 마음이 어때요?',
  collection: '앞에서 말한 것처럼 기록을 남기고 112와 1332에 알리는 게 먼저예요. 혼자 감당하기 어렵다면 대한법률구조공단(132)에서 내 상황에 맞는 방법을 무료로 물어볼 수 있어요. 지금 가장 무서운 건 뭐예요?',
  money_owed: '앞에서 말한 순서(글로 요청, 내용증명, 지급명령이나 소액사건심판)가 가장 흔히 밟는 길이에요. 내 경우에 맞는지는 대한법률구조공단(132)에서 무료로 물어보면 가장 확실해요. 어느 단계가 가장 마음에 걸려요?',
  lend: '정답이 있는 일은 아니에요. 빌려줘도 마음이 편할지, 거절해도 마음이 편할지 두 가지를 떠올려 보면 조금 선명해질 거예요. 어느 쪽이 더 마음에 걸려요?',
  rent: '앞에서 말한 것처럼 먼저 연락하고, 낼 수 있는 날짜와 금액을 분명히 하는 게 가장 중요해요. 지원 제도는 주민센터나 129에서 내 형편에 맞게 알려 줄 거예요. 지금 가장 막막한 부분은 어디예요?',
  debt: '어떤 제도가 맞는지는 소득과 빚에 따라 달라서, 신용회복위원회(1600-5500)나 대한법률구조공단(132)에 직접 물어보는 게 가장 빨라요. 상담을 받는 데 망설여지는 게 있어요?',
  quit: '나머지는 회사마다 달라서, 근로계약서와 취업규칙을 한번 확인해 보면 가장 정확해요. 말을 꺼낸 뒤의 일 가운데 가장 걱정되는 건 뭐예요?',
  breakup_talk: '어떤 말을 고르든, 결정을 분명하게 전하고 상대의 감정을 탓하지 않는 게 가장 중요해요. 그 자리를 떠올리면 어떤 순간이 가장 걱정돼요?',
  ex_message: '어떤 말을 보내든, 답이 어떻든 괜찮을 수 있는 마음이 먼저예요. 보내고 싶은 마음과 망설여지는 마음 가운데 지금은 어느 쪽이 더 커요?',
  pregnancy_work: '알리는 때는 몸 상태와 회사 분위기를 보고 스스로 정해도 괜찮아요. 내 경우에 쓸 수 있는 제도는 고용노동부(1350)에 물어보면 가장 정확해요. 지금 가장 걱정되는 부분은 뭐예요?',
  propose: '무엇보다 두 사람다운 방식이면 충분해요. 준비하면서 가장 떨리는 부분은 어디예요?',
};
