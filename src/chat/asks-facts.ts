/**
 * Direct practical questions asked in the middle of emotional talk (session 36, helpq). Testers
 * asked the bot things a counsellor would answer plainly, and got a reflection and a question back:
 * "수면제 먹고 소주 몇잔 정도는 괜찮겠지?" → "마음 쓰이는 게 많은 만큼 걱정도 크겠어요",
 * "109에 전화하면 경찰 오는거 아니야?" → "이야기해 줘서 고마워요", "익명 맞아?" (about 109) → where
 * this app keeps the talk, "임신했다고 자를 수 있어요?" → when to hand in one's notice, "이런거 어디
 * 신고해요?" about intimate photos threatened → a breathing drill.
 *
 * Each answer is short and hedged: what is generally true, what the bot cannot judge (it is not a
 * doctor, a pharmacist or a lawyer) and who can (약사, 처방한 의사, 1350, 112…), then one short line
 * back to the person. Numbers and rules are Korea's (2026): 자살예방상담전화 109 (24시간, 무료;
 * 1393 was its old number), 정신건강위기상담 1577-0199, 청소년상담 1388 (문자 #1388), 여성긴급전화
 * 1366, 학교폭력 117 (문자 #0117), 경찰 112 (문자 신고 가능), 고용노동부 1350, 디지털성범죄피해자
 * 지원센터 02-735-8994. No dose is ever named, and no mix of medicine and alcohol is called fine.
 */

/** What a question asks; the reply pool is chosen from it (and the turn's words: see factReplies). */
export type FactTopic =
  | 'med_alcohol'
  | 'med_alcohol_more'
  | 'sleep_aid'
  | 'otc'
  | 'dose'
  | 'not_doctor'
  | 'cheongsimhwan'
  | 'exam_sleep'
  | 'exam_sleep_short'
  | 'line_what'
  | 'line_anon'
  | 'line_contact'
  | 'line_police'
  | 'line_text'
  | 'police_number'
  | 'reporter_safe'
  | 'report_outcome'
  | 'report_where_live'
  | 'find_counsel'
  | 'dismissal'
  | 'pregnancy_dismissal'
  | 'care_leave'
  | 'wage_right'
  | 'police_before'
  | 'image_threat'
  | 'child_report';

/** What the engine knows of the conversation besides the user's words. */
export interface FactContext {
  /** The user's earlier turns, oldest first. */
  earlier?: readonly string[];
  /** The topic of the bot's last reply, when it answered a question here. */
  lastFact?: FactTopic | null;
  /** The conversation's safety flag: the help lines were given for this. */
  flag?: 'suicide' | 'violence' | null;
}

const MEDICAL: ReadonlySet<FactTopic> = new Set(['med_alcohol', 'med_alcohol_more', 'sleep_aid', 'otc', 'dose', 'not_doctor', 'cheongsimhwan']);
const LINE_TOPICS: ReadonlySet<FactTopic> = new Set(['line_what', 'line_anon', 'line_contact', 'line_police', 'line_text', 'police_number', 'reporter_safe']);

/** A question: a question mark, or a question's ending (statements, "수면제 먹고 잤어", are not asked). */
const ASKED =
  /[?？]|(?:나요|까요|을까|ㄹ까|할까|될까|날까|갈까|올까|겠지|겠죠|않을까|나|냐|니|죠|지|돼|되나|되나요|돼요|되는\s?거|가요|가|와|와요|있어|있나|있나요|없어|없나|없나요|있어요|없어요|맞아|맞아요|아니야|아니죠|아니지|거야|거예요|건가|건가요|인가|인가요|뭐야|뭐예요|뭐에요|알려\s?줘|알려\s?주세요|모르겠어|모르겠어요|알아요|알아|살아요|살아|어떡해|어떡해요|어떡하지|어떡하죠|어쩌지|어쩌죠)\s*[ㅠㅜ.…~!]*\s*$/u;

// ——— medicine ———
const MED = /수면제|수면\s?유도제|수면\s?보조제|수면\s?안정제|멜라토닌|항우울제|우울증\s?약|신경\s?안정제|안정제|정신과\s?약|비상약|공황\s?약|졸피뎀|자낙스|프로작|렉사프로|(?:처방|병원)\s?약|약\s?(?:먹고|먹으면서|먹는\s?중|먹는데|복용)/u;
const ALCOHOL = /술|소주|맥주|와인|막걸리|양주|하이볼|음주|회식/u;
/** Cups without a drink named: alcohol only when the turns before spoke of it ("커피도 몇잔" is coffee). */
const CUPS = /(?:한|두|몇|반)\s?(?:잔|캔|병)|한두\s?잔|한\s?두\s?잔/u;
const NOT_ALCOHOL = /커피|카페인|차\s|음료|물\s|우유|라떼|에너지\s?드링크/u;
/** An amount or "fine", to a question about medicine with alcohol just answered: "한두잔은 괜찮지 않을까", "맥주 한캔 정도요". */
const A_LITTLE = /(?:한|두|몇|반)\s?(?:잔|캔|병|모금)|한두\s?잔|조금|살짝|딱|정도|괜찮/u;
const INSTEAD = /대신|말고/u;
const OTC = /약국|처방\s?(?:없이|안\s?받고)|그냥\s?(?:살|사)|편의점/u;
const DOSE =
  /몇\s?(?:번|알|개|mg|미리|밀리|정|시간\s?(?:마다|간격))|얼마나\s?(?:먹|복용)|(?:두|세|한)\s?알\s?(?:더|씩|먹)|두\s?알|더\s?먹어도|매일\s?먹어도|계속\s?먹어도|용량|(?:하루에?|한\s?번에)\s?(?:몇(?!\s?시간)|얼마)/u;
// "확통 파트가 제일 약해" is weak, not medicine (session 37: "하루에 몇시간 자는게 좋을까" got the dose reply).
const MEDICINE_ANY = /약(?![해하한했함할])|멜라토닌|수면제|진통제|타이레놀|알약|영양제|청심환/u;
const NOT_DOCTOR = /의사\s?(?:가|도|는)?\s?아니|대충(?:이라도)?|그냥\s?(?:좀\s?)?알려|모른다고\s?하지\s?말고|니가\s?(?:좀\s?)?알려|너가\s?(?:좀\s?)?알려/u;
const CHEONGSIMHWAN = /청심환|우황청심/u;

// ——— sleep before a big day ———
const BIG_DAY = /수능|시험|면접|발표|오디션|대회|시합|실기|자격증|임용|공시|토익/u;
const SLEEP_Q =
  /몇\s?시간(?:은|이라도|쯤|정도)?\s?(?:자|잠|잘)|잠을?\s?줄여|밤\s?새|밤샐|밤새울|[0-9]+\s?시간\s?(?:만|이라도|은)?\s?(?:자|잘)|잠(?:이)?\s?안\s?오면|잠은\s?(?:좀\s?)?자야|(?:자야|자는\s?게)\s?(?:하|할|돼|되|겠|좋)/u;

/** Hours of sleep a night told (1–5), as in "지금은 4시간 자", "4시간밖에 못 자"; or null. */
export function shortSleep(text: string): number | null {
  const m = /(?:^|\s)([1-5]|한|두|세|네|다섯)\s?시간(?:\s?정도|\s?쯤|밖에|만|씩|\s?남짓)?\s?(?:못\s?)?(?:자|잠|잔|잡|잤)/u.exec(nfc(text));
  if (!m) return null;
  const words: Record<string, number> = { 한: 1, 두: 2, 세: 3, 네: 4, 다섯: 5 };
  return words[m[1]!] ?? Number(m[1]);
}

// ——— help lines ———
const LINE = /(?<![0-9-])(?:109|1393|1577\s?-?\s?0199|1388|1366|117|112|1350|129)(?![0-9])|자살\s?예방|상담\s?전화|위기\s?상담|여성\s?긴급/u;
const LINE_WHAT = /뭐\s?(?:야|예요|에요|임|지|하는)|뭔데|뭔가요|무슨\s?(?:번호|곳|데)|어떤\s?(?:곳|데|번호)|어디(?:야|예요|에요)/u;
const ANON = /익명|이름\s?(?:을|도|은)?\s?(?:말해|밝혀|대야|알려|말\s?안)|신상|누군지\s?(?:알|밝)|기록\s?(?:이|은)?\s?남/u;
const WHO_TOLD =
  /(?:부모님|엄마|아빠|가족|집|오빠|형|누나|언니|남편|아내|남친|남자친구|여친|학교|선생님|회사)\s?(?:한테|에게|께|에|으로|로)?\s?(?:도\s?)?(?:연락(?:이)?\s?(?:가|와|오|갈|간)|알려\s?(?:지|져|줘|주나|준다)|통보)|(?:부모님|엄마|아빠|가족|오빠|남편|선생님)(?:이|가|도)?\s?알게\s?(?:돼|되|될)/u;
const CALLING = /전화하면|전화\s?하면|상담하면|상담\s?받으면|연락하면|신고하면|걸면/u;
const POLICE_COME = /경찰(?:이|가)?\s?(?:와|오|출동|찾아)|(?:집|학교)(?:으로|로)?\s?찾아/u;
const BY_TEXT = /문자(?:로|로는|로도)?|카톡|채팅|메시지로|글로/u;
const TEXT_ASK = /문자(?:로|로는|로도)\s?(?:는|도)?\s?(?:못|안|되|돼|할|하는|신고|상담|보내)|(?:문자|카톡|채팅)(?:로|으로)?\s?하는\s?(?:데|곳)|(?:문자|카톡|채팅)\s?(?:상담|신고)/u;
const POLICE_NUMBER = /경찰(?:은|이|서)?\s?(?:몇\s?번|번호)|신고\s?(?:번호|는\s?몇\s?번)|몇\s?번(?:으로|에)\s?신고/u;
const REPORTER_KNOWN =
  /(?:신고|전화|제보)(?:한|했|하면|해도)[^.?!]{0,16}(?:알게\s?(?:될|돼|되)|알까|알아(?:요|\?)|알면|들킬|들켜|알려\s?지)|(?:신고|전화)[^.?!]{0,10}(?:알게\s?될까|알까\s?봐|들킬까)/u;
const OUTCOME = /(?:신고|고소)(?:하면|해서|하고)[^.?!]{0,18}(?:감옥|교도소|잡혀|구속|체포|경찰서|처벌|벌\s?받)/u;
const FAMILY = /엄마|아빠|부모|오빠|형|언니|누나|삼촌|이모|고모|할아버지|할머니|새아빠|새엄마|계부|계모|아저씨|남자친구가\s?엄마/u;
const WHERE_LIVE = /(?:신고하면|신고하고|집\s?나오면|집을\s?나오면|집에서\s?나오면)[^.?!]{0,14}(?:어디서|어디에서|어디로)\s?(?:살|지내|가)|(?:저는|나는|전|난)\s?어디서\s?(?:살|지내)/u;

// ——— counselling ———
const COUNSEL_PLACE = /상담\s?센터|상담소|상담\s?(?:받을|할)\s?(?:수\s?있는\s?)?(?:곳|데)|상담(?:하는|해\s?주는)\s?(?:곳|데)|정신건강\s?복지\s?센터|학생\s?상담|심리\s?상담/u;
const COUNSEL_FIND = /어떻게\s?찾|어디|찾아|찾는|있어|있나|있을까|무료|공짜|돈|비용|가까운|근처/u;
const COUNSEL_MORE = /무료|공짜|돈이|비용|싼\s?곳|학교에도|대학생|학생인데|학교\s?안에/u;

// ——— work ———
const FIRED = /자르|자를|자른|잘라|잘리|잘린|잘렸|해고|나오지\s?말|그만두게|나가라/u;
const FIRED_ASK = /가능|돼|되|되나|되는\s?거|합법|불법|있어요|있나|있어\?|수\s?있/u;
const PREGNANT = /임신|출산|육아\s?휴직|출산\s?휴가|태아/u;
const CARE_LEAVE = /가족\s?돌봄\s?(?:휴가|휴직)|간병\s?(?:휴가|휴직)/u;
/** Pay for time worked: "그거 원래 받아야 되는거 아니야?" after unpaid overtime at a part-time job. */
const PAY_WORDS = /돈|수당|시급|주휴|알바비|임금|월급|급여|야근비/u;
const PAY_ASK = /받아야|받을\s?수|받는\s?(?:거|게)|줘야|안\s?줘도|안\s?주는\s?게/u;
const JOB = /알바|사장|회사|직장|가게|편의점|매장|팀장|근무/u;

// ——— reporting before anything happened ———
const POLICE = /경찰|112|신고/u;
const NOTHING_YET = /아무\s?일도\s?없|아직\s?(?:아무|별)\s?일|일\s?(?:나기|생기기|당하기)\s?전|이런\s?(?:걸로|것도|거로|일로|거\s?가지고)|이\s?정도로/u;
const FOLLOWED = /따라오|따라와|미행|쫓아오|스토킹|스토커|계속\s?(?:보여|마주|나타나)|집\s?앞에|기다리고\s?있/u;

// ——— intimate images threatened ———
const IMAGE_THREAT =
  /(?:사진|영상|동영상|촬영물|몸캠|나체|알몸)[^.?!]{0,24}(?:뿌린|뿌리|뿌려|유포|올린|올리|퍼뜨|퍼트|보낸다|보내겠|공개)|(?:뿌린|유포한|올린)다(?:고|며)\s?협박|몸캠|불법\s?촬영|리벤지\s?포르노/u;
const IMAGE_ASK = /어디\s?(?:에|다|로)?\s?신고|신고(?:해요|하나요|하면|할\s?수|해야|하는)|어떡|어떻게|지워|지우|삭제|내려\s?주|경찰/u;
const ERASE = /지워|지우|삭제|내려\s?주|없애/u;

// ——— a child next door ———
const NEIGHBOUR = /옆집|윗집|아랫집|앞집|이웃|옆\s?방|건너편\s?집/u;
const CHILD_HURT = /(?:애|아이|아기|애기|꼬마)(?:가|기)?\s?(?:우는|울|맞|비명|소리\s?지르)|애\s?우는|아이\s?우는/u;

function nfc(s: string): string {
  return s.normalize('NFC');
}

/** Whether a help line was named in the last user turns, given by the bot (flag), or just answered about. */
function lineInContext(t: string, ctx: FactContext): boolean {
  const recent = (ctx.earlier ?? []).slice(-3).map(nfc);
  return LINE.test(t) || recent.some((e) => LINE.test(e)) || !!ctx.flag || (ctx.lastFact != null && LINE_TOPICS.has(ctx.lastFact));
}

/**
 * The topic of a direct practical question in this turn, or null. A statement ("수면제 먹고 잤어",
 * "익명으로 글 썼어") and another subject ("청심환 먹고 잘 봤어") are not asked.
 */
export function factQuestion(text: string, ctx: FactContext = {}): FactTopic | null {
  const t = nfc(text).trim();
  if (!t || t.length > 160) return null;
  const earlier = (ctx.earlier ?? []).map(nfc);
  const recent = earlier.slice(-3);
  const story = [...recent, t].join(' \n');
  const asked = ASKED.test(t);
  const last = ctx.lastFact ?? null;

  // Intimate images threatened: where to report, and deletion (asked, or "어떡해요").
  if (IMAGE_ASK.test(t) && (asked || /어떡/u.test(t)) && IMAGE_THREAT.test(story)) return 'image_threat';
  // The bot says it is no doctor when pressed for a dose "대충이라도".
  if (last && MEDICAL.has(last) && NOT_DOCTOR.test(t)) return 'not_doctor';
  // A little alcohol after "better not to combine": still not fine.
  if ((last === 'med_alcohol' || last === 'med_alcohol_more') && A_LITTLE.test(t) && !NOT_ALCOHOL.test(t) && t.length <= 30) return 'med_alcohol_more';
  if (last && MEDICAL.has(last) && asked && OTC.test(t)) return 'otc';

  // "지금은 4시간 자" right after the answer about sleep before the exam: too little, said gently (session 37).
  if (last === 'exam_sleep' && shortSleep(t) !== null) return 'exam_sleep_short';
  if (!asked) {
    // "제가 신고한거 옆집이 알게 될까봐 무서워요": a fear, answered like the question it is.
    if (REPORTER_KNOWN.test(t) && /신고|제보/u.test(t)) return 'reporter_safe';
    if (/모르겠/u.test(t) && DOSE.test(t) && MEDICINE_ANY.test(story)) return 'dose';
    return null;
  }
  if (CHEONGSIMHWAN.test(t) || ((last === 'cheongsimhwan' || CHEONGSIMHWAN.test(recent.join(' '))) && /같이|커피|카페인|먹어도|먹어\s?봐|미리|졸리|졸려/u.test(t))) return 'cheongsimhwan';
  const alcohol = ALCOHOL.test(t) || (CUPS.test(t) && !NOT_ALCOHOL.test(t) && ALCOHOL.test(recent.join(' ')));
  if (MED.test(t) && alcohol && INSTEAD.test(t)) return 'sleep_aid';
  if ((MED.test(t) && alcohol) || (alcohol && MED.test(recent.join(' ')) && /먹|마시|마셔|괜찮|돼|되/u.test(t))) return 'med_alcohol';
  if (DOSE.test(t) && MEDICINE_ANY.test(story)) return 'dose';
  if (SLEEP_Q.test(t) && (BIG_DAY.test(story) || BIG_DAY.test(earlier.join(' ')))) return 'exam_sleep';

  if (POLICE_NUMBER.test(t)) return 'police_number';
  if (LINE.test(t) && LINE_WHAT.test(t) && !CALLING.test(t)) return 'line_what';
  if (POLICE_COME.test(t) && (CALLING.test(t) || LINE.test(t)) && lineInContext(t, ctx)) return 'line_police';
  if (WHO_TOLD.test(t) && lineInContext(t, ctx)) return 'line_contact';
  if (REPORTER_KNOWN.test(t)) return 'reporter_safe';
  if (OUTCOME.test(t)) return 'report_outcome';
  if (WHERE_LIVE.test(t) || (/(?:그럼\s?)?(?:나|저)\s?어디서\s?(?:살|지내)/u.test(t) && /신고|때리|때려|맞았|맞아서|쫓겨/u.test(story))) return 'report_where_live';
  if (ANON.test(t) && lineInContext(t, ctx)) return 'line_anon';
  if (BY_TEXT.test(t) && (TEXT_ASK.test(t) || (lineInContext(t, ctx) && /못|안\s?돼|되|돼|있/u.test(t)))) return 'line_text';

  if (COUNSEL_PLACE.test(t) && COUNSEL_FIND.test(t)) return 'find_counsel';
  if (last === 'find_counsel' && COUNSEL_MORE.test(t)) return 'find_counsel';

  if (PREGNANT.test(t) && FIRED.test(t)) return 'pregnancy_dismissal';
  if (CARE_LEAVE.test(t) && /안\s?된다|안\s?돼|거절|못\s?쓰|어떡|어떻게|가능|쓸\s?수/u.test(t)) return 'care_leave';
  if (PAY_ASK.test(t) && PAY_WORDS.test(story) && JOB.test(story) && !/빌려|갚|대출|빚/u.test(story)) return 'wage_right';
  if (FIRED.test(t) && FIRED_ASK.test(t) && (/하루|당일|갑자기|예고|바로|내일부터|문자로|말로/u.test(story) || /회사|직장|사장|팀장/u.test(story))) return 'dismissal';

  if (POLICE.test(t) && NEIGHBOUR.test(story) && CHILD_HURT.test(story)) return 'child_report';
  if (POLICE.test(t) && /(?:해도|불러도|해야)\s?(?:돼|되|될|하)|가능/u.test(t) && (NOTHING_YET.test(t) || FOLLOWED.test(story))) return 'police_before';
  return null;
}

export const FACT_PREFIX = 'fact';

/**
 * A short key for a pool of replies (its last reply's hash), so that each pool has its own reply
 * ids; the last, because a first reply may open with a line for this turn ("많이 무섭죠…").
 */
export function factPoolKey(pool: readonly string[]): string {
  let h = 0;
  for (const ch of pool.at(-1) ?? '') h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0;
  return h.toString(36);
}

/** The topic of a reply id given here (`fact:<topic>#<i>`), for the next turn's context. */
export function factTopicOf(replyId: string | undefined): FactTopic | null {
  const m = replyId?.match(/^fact:([a-z_]+)#/u);
  return m ? (m[1] as FactTopic) : null;
}

const LINE_WHAT_REPLIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/1393/u, '1393은 예전 자살예방상담전화 번호였고, 지금은 109로 바뀌었어요. 109는 24시간 무료로, 죽고 싶을 만큼 힘든 마음을 이야기할 수 있는 전화예요. 이름을 말하지 않아도 상담할 수 있어요. 그 번호를 찾아볼 만큼 요즘 많이 힘들었던 거예요?'],
  [/109/u, '109는 자살예방상담전화예요. 24시간, 무료로 연결되고, 죽고 싶다는 생각이 들 만큼 힘들 때 전문 상담사와 이야기할 수 있어요. 이름을 말하지 않아도 괜찮아요. 요즘 그런 생각이 들 만큼 힘들었어요?'],
  [/1577\s?-?\s?0199/u, '1577-0199는 정신건강위기상담전화예요. 24시간 연결되고, 마음이 위급할 때 상담을 받거나 가까운 정신건강복지센터로 연결받을 수 있어요. 요즘 어떤 마음이 가장 힘들어요?'],
  [/1388/u, '1388은 청소년상담전화예요. 청소년이 고민이나 위기를 24시간 이야기할 수 있고, 전화가 어려우면 문자(#1388)로도 할 수 있어요. 필요하면 쉼터나 상담센터도 연결해 줘요. 요즘 가장 마음에 걸리는 건 뭐예요?'],
  [/1366/u, '1366은 여성긴급전화예요. 24시간, 가정폭력이나 성폭력, 데이트폭력 같은 일을 상담할 수 있고, 필요하면 안전하게 머물 보호시설이나 병원, 법률 지원도 연결해 줘요. 지금 있는 곳은 안전해요?'],
  [/117/u, '117은 학교폭력 신고·상담 센터예요. 24시간 전화로 상담하거나 신고할 수 있고, 문자(#0117)로도 할 수 있어요. 요즘 학교에서 힘든 일이 있어요?'],
  [/1350/u, '1350은 고용노동부 고객상담센터예요. 월급이 밀리거나 갑자기 해고되거나, 직장에서 괴롭힘을 당할 때 내 경우에 맞는 방법을 물어볼 수 있어요. 지금 어떤 일이 가장 걱정돼요?'],
  [/112/u, '112는 경찰 신고 번호예요. 위험하거나 범죄가 일어났을 때, 일어날 것 같을 때 24시간 신고할 수 있고, 말하기 어려우면 112에 문자로도 신고할 수 있어요. 지금 무슨 일이 있어요?'],
  [/129/u, '129는 보건복지상담센터예요. 생활이 어려울 때 받을 수 있는 지원이나 긴급복지를 물어볼 수 있어요. 지금 가장 급한 건 뭐예요?'],
];

const LINE_CONTACT: ReadonlyArray<readonly [RegExp, string]> = [
  [/117|학교|학폭|반\s?애|단톡|선생님/u, '117에 상담만 하는 건 이름을 밝히지 않고도 할 수 있어요. 다만 정식으로 신고해서 학교나 경찰이 사건을 다루게 되면 보호자에게 알려질 수 있어요. 전화할 때 "먼저 상담만 하고 싶다"고 말하고 그다음에 어떻게 되는지 물어봐도 괜찮아요. 제일 걱정되는 게 부모님이 아시는 거예요?'],
  [/1366|오빠|남친|남자친구|남편|때리|때려|밀쳐|맞았|폭력/u, '아니요, 1366은 상담했다는 사실을 상대에게 알리지 않아요. 상담 내용은 비밀이 지켜지고, 이름을 말하지 않아도 괜찮아요. 어떻게 할지는 이야기해 보면서 스스로 정하면 돼요. 지금은 안전한 곳에 있어요?'],
];
const LINE_CONTACT_CRISIS =
  '상담했다고 부모님께 따로 연락하지는 않아요. 이름을 말하지 않고 이야기할 수도 있어요. 다만 목숨이 지금 바로 위험하다고 판단되는 아주 급한 상황이라면, 안전을 위해 119 같은 긴급 구조와 연결할 수는 있어요. 그 점이 마음에 걸려서 망설여졌던 거예요?';

const TEXT_REPLIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/학교|학폭|반\s?애|단톡|117/u, '네, 117은 문자(#0117)로도 상담하고 신고할 수 있어요. 청소년상담 1388도 문자(#1388)로 이야기할 수 있고요. 지금 보내 볼 수 있을 것 같아요?'],
  [/때리|때려|맞았|밀쳐|폭력|신고|경찰|아저씨/u, '네, 112에 문자로도 신고할 수 있어요. 주소와 무슨 일이 일어나고 있는지 짧게 적어 보내면 돼요. 청소년이라면 1388에 문자(#1388)로 도움을 청할 수도 있어요. 지금 있는 곳은 안전해요?'],
];
const TEXT_CRISIS =
  '109는 전화 상담이라, 말이 잘 안 나와도 걸어 두고 천천히 이야기하면 기다려 줘요. 글로 하고 싶다면 24세 이하라면 청소년상담 1388에 문자(#1388)로 할 수 있고, 지금 위험하다면 112에 문자로 신고할 수 있어요. 지금은 어디에 있어요?';

/** The replies for a topic; some topics say different things by the turn's words and the story. */
export function factReplies(topic: FactTopic, text: string, ctx: FactContext = {}): readonly string[] {
  const t = nfc(text);
  const story = [...(ctx.earlier ?? []).slice(-4).map(nfc), t].join(' \n');
  switch (topic) {
    case 'med_alcohol':
      return [
        /수면|멜라토닌|졸피뎀|안정제|비상약|공황/u.test(t + (MED.test(t) ? '' : story))
          ? '술과 함께 먹지 않는 게 좋아요. 수면제나 안정제 같은 약에 술이 더해지면 졸음과 어지러움이 훨씬 심해지고, 호흡이 느려지는 위험한 작용이 생길 수 있어요. 오늘 꼭 마셔야 한다면 그날 약을 어떻게 할지는 처방한 의사나 약사에게 먼저 물어봐 주세요. 약국에 전화로도 물어볼 수 있어요. 그 자리가 부담스러운 거예요?'
          : '술과 함께 먹지 않는 게 좋아요. 술은 항우울제 효과를 떨어뜨리고 기분과 잠을 더 나쁘게 만들 수 있고, 약에 따라 졸림이 크게 심해지기도 해요. 내 약에서 괜찮은지는 처방한 의사나 약사가 정확히 알아요. 약국에 전화로도 물어볼 수 있어요. 그 자리에 안 마시고 가기는 어려운 상황이에요?',
      ];
    case 'med_alcohol_more':
      return ['한두 잔이라도 약과 겹치면 괜찮다고 말씀드리기는 어려워요. 양이 적어도 작용이 세질 수 있어서, 정말 마셔야 한다면 처방한 의사나 약사에게 꼭 먼저 확인해 주세요. 술잔을 받아 두기만 하거나 음료로 바꾸는 것도 방법이에요. 그 자리에서 거절하기가 어려운 거예요?'];
    case 'sleep_aid':
      return ['술 대신 잠을 도우려는 마음은 이해돼요. 다만 수면유도제를 술과 함께 먹는 건 위험하니, 마신 날에는 먹지 말아 주세요. 약으로 버티기보다, 매일 마시게 된 이유와 잠 문제를 병원이나 약사와 한번 같이 살펴보는 게 더 오래가는 길이에요. 요즘 술을 줄이려고 해 본 적 있어요?'];
    case 'otc':
      return ['약국에서 처방 없이 살 수 있는 수면유도제도 있어요. 다만 먹고 있는 다른 약이나 술 마시는 습관이 있다면 약사에게 먼저 말하고 맞는지 물어봐 주세요. 며칠 넘게 계속 필요하다면 병원에서 잠 문제를 함께 보는 게 좋아요. 요즘 잠은 몇 시쯤 들어요?'];
    case 'dose':
      return [
        '얼마나, 몇 번까지 먹어도 되는지는 제가 판단할 수 없어요. 처방받은 약이면 처방전과 약 봉투에 적힌 대로, 직접 산 약이면 설명서대로 드시고, 헷갈리면 약을 지은 약국이나 병원에 전화로 물어봐 주세요. 먹고 나서 숨이 차거나 몸이 이상하게 느껴지면 바로 119에 연락하세요. 요즘 그 약이 필요한 순간이 자주 와요?',
        '얼마나 자주, 얼마나 오래 먹어도 되는지도 약마다 달라서 제가 괜찮다고 말씀드릴 수는 없어요. 해외에서 산 약은 성분이나 함량이 우리나라 제품과 다를 수 있으니, 약을 들고 약사에게 보여 주고 물어보는 게 가장 안전해요. 잠 때문에 많이 지쳐 있는 거죠?',
      ];
    case 'not_doctor':
      return ['맞아요, 저는 의사가 아니라서 대충이라도 말하는 게 오히려 위험해요. 몇 번까지 괜찮은지는 약을 처방한 의사나 약사가 가장 정확히 알려 줄 수 있고, 약국에는 전화로도 물어볼 수 있어요. 지금 당장 몸이 힘들면 119에 연락하세요. 요즘 그 약을 찾게 되는 때가 많아서 걱정됐던 거예요?'];
    case 'cheongsimhwan':
      if (/커피|카페인/u.test(t)) return ['커피의 카페인은 가슴 두근거림이나 떨림을 더 키울 수 있어서, 중요한 날 전에는 평소보다 줄이는 게 좋아요. 청심환과 함께 먹어도 되는지는 약사에게 물어보는 게 가장 정확해요. 지금 몸은 많이 긴장돼 있어요?'];
      if (/혈압|약\s?(?:먹고|먹는|복용)|다른\s?약/u.test(t) || /혈압/u.test(story)) return ['혈압약을 드시고 있다면 청심환은 꼭 약사에게 먼저 물어봐 주세요. 약에 따라 함께 먹으면 안 되는 경우가 있어서, 제가 괜찮다고 말할 수는 없어요. 그리고 처음 먹는 약은 중요한 날 당일에 시험하지 않는 게 좋아요. 발표에서 가장 걱정되는 순간은 언제예요?'];
      if (/미리|처음|먹어\s?봐|졸리|졸려|졸음/u.test(t)) return ['처음 먹어 보는 약은 중요한 날 당일에 시험하지 않는 게 좋아요. 사람에 따라 졸리거나 멍해질 수 있어서, 먹을 생각이라면 약사와 상의하고 평범한 날에 미리 먹어 보며 내 몸이 어떤지 확인하는 게 안전해요. 안 먹어도 괜찮고요. 그날 가장 걱정되는 게 뭐예요?'];
      return ['청심환이 긴장을 덜어 준다고 느끼는 사람도 있지만, 효과는 사람마다 다르고 졸리거나 멍해질 수도 있어요. 다른 약을 먹고 있다면 약사에게 먼저 물어보고, 처음이라면 중요한 날 당일에 시험하지 않는 게 좋아요. 지금은 어떤 게 가장 떨려요?'];
    case 'exam_sleep':
      if (/밤\s?샐|밤새|밤을\s?새|새벽|지금\s?자도|[0-9]+\s?시간만/u.test(t))
        return [
          '밤을 새우는 것보다는 지금이라도 눕는 게 나아요. 잠이 바로 안 들어도 눈을 감고 누워 있는 것만으로 몸은 쉬어요. 하룻밤 잠을 설쳤다고 결과가 정해지는 경우는 드물어요. 알람을 맞춰 두고 이제 누워 볼 수 있겠어요?',
          '네, 4시간이라도 자고 가는 게 밤을 새우는 것보다 훨씬 나아요. 밤을 새우면 다음 날 집중력과 기억력이 더 많이 떨어지거든요. 그날은 긴장 덕분에 생각보다 정신이 맑은 경우도 많아요. 이제 휴대폰을 내려놓고 누워 볼까요?',
        ];
      if (/줄여/u.test(t)) return ['잠을 너무 줄이면 외운 게 자리 잡지 못하고 집중도 떨어져요. 평소처럼 6~8시간 정도 자면서 남은 시간에 가장 중요한 것부터 준비하는 게 더 도움이 돼요. 남은 기간에 꼭 하고 싶은 준비가 뭐예요?'];
      return ['평소 자던 리듬을 지키는 게 가장 좋아요. 6~8시간이면 충분하고, 전날 잠이 잘 안 와도 눈을 감고 누워 있으면 몸은 쉬어요. 하룻밤 잠을 설친 게 결과를 정하는 경우는 드물어요. 요즘 평소에는 몇 시쯤 잠들어요?'];
    case 'exam_sleep_short': {
      const hours = shortSleep(t) ?? 4;
      return [`하루 ${hours}시간이면 시험까지 버티기엔 너무 적어요. 자는 동안 낮에 공부한 게 기억으로 자리 잡아서, 지금보다 한두 시간만 더 자도 집중이 달라질 수 있어요. 잠을 줄이게 되는 건 불안해서예요, 할 게 많아서예요?`];
    }
    case 'line_what': {
      const hit = LINE_WHAT_REPLIES.find(([re]) => re.test(t));
      return [hit ? hit[1] : LINE_WHAT_REPLIES[1]![1]];
    }
    case 'line_anon':
      if (/기록/u.test(t)) return ['상담 내용은 상담 기관 안에서 비밀로 다뤄지고, 상담했다는 사실이 학교나 회사 같은 곳에 알려지지 않아요. 이름을 말하지 않고 이야기해도 돼요. 그 점이 걱정돼서 망설였던 거예요?'];
      return ['네, 이름을 말하지 않고도 상담할 수 있어요. 말하고 싶은 만큼만 이야기해도 되고, 상담 내용은 비밀이 지켜져요. 다만 목숨이 지금 바로 위험한 급한 상황이면 안전을 위해 구조 기관과 연결할 수는 있어요. 그 점이 걱정돼서 망설였던 거예요?'];
    case 'line_contact': {
      // The line named in the turn first; then the crisis line when that is what was given; then the story's.
      const hit = LINE_CONTACT.find(([re]) => re.test(t)) ?? (ctx.flag === 'suicide' ? undefined : LINE_CONTACT.find(([re]) => re.test(story)));
      return [hit ? hit[1] : LINE_CONTACT_CRISIS];
    }
    case 'line_police':
      return ['보통은 아니에요. 109에 전화하면 상담사와 이야기를 나누는 거고, 전화했다고 경찰이 오지는 않아요. 지금 바로 목숨이 위험한 상황이라고 판단될 때만 안전을 위해 119나 112와 연결할 수 있어요. 그게 걱정돼서 전화를 망설였던 거예요?'];
    case 'line_text': {
      const hit = TEXT_REPLIES.find(([re]) => re.test(t)) ?? (ctx.flag === 'suicide' ? undefined : TEXT_REPLIES.find(([re]) => re.test(story)));
      return [hit ? hit[1] : TEXT_CRISIS];
    }
    case 'police_number':
      return ['경찰은 112예요. 지금 위험하면 바로 112에 전화하고, 말하기 어려우면 112에 문자로도 신고할 수 있어요. 주소와 무슨 일인지 짧게 적으면 돼요. 지금 안전한 곳에 있어요?'];
    case 'reporter_safe':
      return ['신고한 사람이 누구인지는 비밀로 지켜지는 게 원칙이에요. 경찰이나 기관이 상대에게 누가 신고했는지 알려 주지 않아요. 걱정되면 신고할 때 "신고한 게 알려지지 않게 해 달라"고 말해도 돼요. 지금은 어떤 게 가장 무서워요?'];
    case 'report_outcome':
      if (FAMILY.test(t) || /엄마|아빠|부모|아저씨|오빠/u.test(story)) return ['솔직하게 말하면, 그다음에 어떻게 될지는 상황마다 달라요. 신고는 누군가를 벌주려는 게 아니라 다치지 않게 지키려는 거예요. 경찰과 아동보호전문기관이 안전을 가장 먼저 생각하며 정하고, 그 과정에서 내 마음도 물어봐 줘요. 그 걱정 때문에 지금까지 말을 못 했던 거예요?'];
      return ['바로 잡혀가는지는 상황에 따라 달라요. 다만 신고하면 경찰이 접근을 막는 긴급 조치를 할 수 있고, 그동안의 연락이나 찾아온 기록이 있으면 큰 도움이 돼요. 지금 가장 걱정되는 게 뭐예요?'];
    case 'report_where_live':
      return ['집이 안전하지 않으면 잠시 머물 수 있는 곳이 있어요. 청소년쉼터가 있고, 1388에 연락하면 연결을 도와줘요. 신고하면 아동보호전문기관도 안전하게 지낼 곳을 함께 찾아요. 혼자 살 곳을 해결해야 하는 게 아니에요. 지금 곁에 믿을 만한 어른이 있어요?'];
    case 'find_counsel':
      if (/대학|학교에도|학생\s?상담/u.test(t)) return ['네, 대부분의 대학에 학생상담센터가 있고, 재학생은 보통 무료로 상담받을 수 있어요. 학교 홈페이지에서 "학생상담센터"를 찾아 예약하면 돼요. 처음 가는 게 많이 떨려요?'];
      if (/무료|공짜|돈|비용/u.test(t)) return ['네, 있어요. 사는 지역의 정신건강복지센터에서는 무료로 상담받을 수 있고, 1577-0199에 전화하면 가까운 곳으로 연결해 줘요. 대학생이면 학교 학생상담센터, 청소년이면 청소년상담복지센터(1388)도 무료예요. 어느 쪽이 가장 가기 쉬울 것 같아요?'];
      return ['사는 지역의 정신건강복지센터에서 무료로 상담받을 수 있고, 1577-0199에 전화하면 가까운 센터를 알려 줘요. 대학생이면 학교 학생상담센터, 청소년이면 청소년상담복지센터(1388)도 있어요. 상담을 받아 보려고 마음먹은 거예요?'];
    case 'dismissal':
      return ['보통은 하루 만에 자를 수 없어요. 회사는 30일 전에 해고를 알리거나 30일분 임금을 줘야 하고, 5명 이상 일하는 곳이면 해고 사유와 날짜를 서면으로 알려야 해요. 억울하면 3개월 안에 노동위원회에 부당해고 구제신청을 할 수 있으니, 받은 문자나 말한 내용을 남겨 두고 고용노동부(1350)에 물어보세요. 지금 마음은 어때요?'];
    case 'pregnancy_dismissal':
      return ['임신을 이유로 해고하거나 불이익을 주는 건 법으로 금지돼 있어요. 그만두라는 압박이 있어도 사직서에는 서명하지 말고, 들은 말과 날짜를 적어 두세요. 고용노동부(1350)에서 내 경우에 맞는 방법을 물어볼 수 있어요. 혼자 이 일을 안고 있느라 많이 불안했죠?'];
    case 'care_leave':
      return ['가족돌봄휴직(1년에 최대 90일)과 그 안에서 하루 단위로 쓰는 가족돌봄휴가(1년에 최대 10일)는 법으로 정해진 제도라, 회사는 법이 정한 예외가 아니면 허락해야 해요. 거절당하면 그 이유를 서면으로 달라고 하고, 고용노동부(1350)에 내 경우를 물어보세요. 가족 곁에 있어야 하는 마음과 일 사이에서 많이 조마조마하죠?'];
    case 'wage_right':
      return [
        '네, 일을 시켰다면 30분이라도 그 시간의 임금은 받아야 해요. 언제 몇 분을 더 일했는지 날짜별로 적어 두고, 사장과 주고받은 메시지도 남겨 두세요. 따로 말하기 어려우면 고용노동부(1350)에 먼저 물어봐도 돼요. 그 말을 들었을 때 많이 억울했죠?',
        '주휴수당은 1주에 15시간 이상 일하기로 하고 그 주에 정해진 날을 다 나갔다면 받을 수 있어요. 알바도 마찬가지예요. 근무표나 출퇴근 기록을 모아 두고, 고용노동부(1350)에 물어보면 받을 방법을 알려 줘요. 지금까지 얼마나 일했어요?',
      ];
    case 'police_before':
      return ['네, 신고해도 돼요. 아무 일이 일어나기 전이라도 누가 따라오는 것 같아 불안하면 112에 신고할 수 있고, 말하기 어려우면 문자로도 돼요. 날짜와 시간, 장소, 그 사람의 생김새를 적어 두면 도움이 돼요. 요즘 퇴근길은 누구와 함께 갈 수 있어요?'];
    case 'image_threat':
      if (ERASE.test(t)) return ['네, 진짜예요. 디지털성범죄피해자지원센터(02-735-8994)에서 사진이나 영상이 퍼졌는지 찾아보고 삭제를 무료로 지원해 줘요. 아직 올라가지 않았어도 상담받을 수 있어요. 협박 메시지는 지우지 말고 캡처해 두세요. 지금 곁에 같이 있어 줄 사람이 있어요?'];
      return [
        `${/숨|떨려|무서|어떡/u.test(t) ? '많이 무섭죠. 숨을 천천히 길게 내쉬어 봐요. ' : ''}사진을 뿌리겠다고 협박하는 것만으로도 범죄예요. 112나 경찰서 사이버수사팀에 신고할 수 있고, 디지털성범죄피해자지원센터(02-735-8994)나 여성긴급전화 1366에서 신고와 삭제를 함께 도와줘요. 협박 메시지와 상대 계정은 지우지 말고 캡처해 두세요. 신고할 때 혼자 가지 않아도 돼요. 지금 안전한 곳에 있어요?`,
        '신고할 때는 협박 메시지, 상대 계정과 대화 내용이 중요한 증거예요. 어떤 자료를 가져가야 할지는 디지털성범죄피해자지원센터(02-735-8994)나 1366에 먼저 물어보면 알려 주고, 경찰서에 같이 가 주기도 해요. 혼자 다 감당하지 않아도 돼요. 지금 곁에 이 일을 아는 사람이 있어요?',
      ];
    case 'child_report':
      return ['네, 아이가 위험할 수 있다고 느끼면 112에 신고해도 돼요. 확실하지 않아도 괜찮아요, 확인은 경찰과 아동보호전문기관이 해요. 신고한 사람이 누구인지는 법으로 보호돼요. 그 소리를 들으며 많이 무서웠죠?'];
  }
}
