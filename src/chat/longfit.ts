/**
 * Session 37 (longfit): replies picked for the wrong situation deep in long conversations. A
 * tester talked to the bot for 13–21 turns per conversation (17 conversations); the intents and
 * the reflections that answered these turns were right for the words but wrong for the story:
 *
 * - "그 말이 너무 상처였어요" right after the user quoted her husband ("그게 뭐가 어렵냐고 하더라고요")
 *   was taken as a complaint about the bot ("제 대답이 마음에 닿지 못했네요"): {@link aboutTheirWords}.
 * - "아까 말한 태우 선배한테 연락해서 물어볼까" (a coworker who quit) got the reply for texting an ex
 *   ("다시 잡고 싶은 마음이 드는 건…"): {@link notAnEx}.
 * - "면접 얘기는 됐고, 준호 생각하면 또 열받아" (the interview is tomorrow) got the reply about an
 *   interview gone badly: {@link setAside}; plans and future events ("다음달에 또 다른 친구 결혼식
 *   있음", "여행 다녀와서 또 얘기해드릴게요", "이번에 못하면 좀 곤란해요") got replies that presume the
 *   event happened: {@link notYetHappened}.
 * - "회사에 휴가 내야하는데 눈치보여ㅠ" (a daughter whose mother has cancer) got the working parent's
 *   reply («일과 아이 사이에서»), though no child was ever named: {@link noChildInStory}.
 * - "고마워요 말할 데가 없었는데 좀 풀렸어요" got «믿었던 만큼 더 서운했겠어요»: thanks with relief is
 *   thanks ({@link thanksWithRelief}), and a reflection that presumes a betrayal waits for one
 *   ({@link presumesBetrayal}, {@link toldBetrayal}).
 * - Joy read in turns of a sad story: "초코 생각하면서 들을게요" the day a dog died got «이 기쁜 소식을
 *   누구와…»; a new 팀장 making her rewrite a plan five times got «미소가 지어지는 이야기»
 *   ({@link sadStory}); "다행이기도 한데 너무 보고싶어요" got a relief reflection and a playful question
 *   ({@link reliefButLonging}).
 * - "음 괜찮네" after the songs opened got the previous reply word for word ({@link notAgain}).
 */

const nfc = (s: string): string => s.normalize('NFC');

// ——— "그 말" after someone's words were quoted ———

/** "그 말", "그 소리", "그런 얘기": words pointed back to. */
const THAT_REMARK = /(?:^|\s)(?:그|그런|저런|그\s?한)\s?(?:말|소리|얘기|이야기|말투|한마디)(?:이|가|은|는|을|를|에|도|만|들)?(?:\s|$|[.,!?ㅠㅜ])/u;
/** The bot as the one who spoke: "네 말", "방금 한 말", "그 대답", "너". */
const TO_THE_BOT = /(?:네|니|너의|당신|쉼표)\s?(?:말|대답|답|답변|얘기)|(?:방금|아까|지금)\s?(?:그\s?)?(?:네가\s|니가\s|너가\s)?(?:한\s)?(?:말|대답|답변)|대답|답변|(?:^|\s)(?:너|넌|니가|네가|너가|너는)(?:\s|$)/u;
/** Someone's words quoted or reported in the turn before. */
const QUOTED = /(?:라고|냐고|자고|다고|래서|대서)\s?(?:하|했|해|그러|그랬|말|소리|물어|묻)|(?:하|그러|말하|말씀하)(?:더라|시더라|셨|더군|던데)|(?:말했|그랬|말하셨|그러셨)(?:어요|어|대요|대|다)|이러더|뭐라고\s?(?:했|하|그러)|[?？]\s?(?:라고|하고)/u;

/**
 * "그 말이 너무 상처였어요" right after the user told what someone said: the hurt is from that
 * person's words, not a complaint about the bot (a complaint names the bot: "네 말", "방금 그 대답").
 */
export function aboutTheirWords(text: string, earlier: readonly string[]): boolean {
  const t = nfc(text);
  if (!THAT_REMARK.test(t) || TO_THE_BOT.test(t)) return false;
  return earlier.slice(-2).some((e) => QUOTED.test(nfc(e)));
}

/** The intents that answer a complaint about the bot's replies. */
export const COMPLAINT_INTENTS: ReadonlySet<string> = new Set(['meta_complaint_weird_answer', 'meta_complaint_not_understand', 'meta_complaint_repetitive']);

// ——— contacting someone who is not an ex ———

/** Someone from work, school or friends, named as the one to contact. */
const NOT_A_PARTNER = /선배|후배|동기|동료|팀장|부장|과장|차장|대리|사수|상사|교수|선생님|쌤|친구(?!\s?(?:였던|이었던))|사장|매니저|거래처/u;
/** Contacting one of them: "태우 선배한테 연락해서 물어볼까". */
const CONTACT_OTHER = new RegExp(`(?:${NOT_A_PARTNER.source})(?:님)?(?:한테|에게|께|랑|이랑)\\s?(?:[가-힣]+\\s){0,2}(?:연락|전화|톡|카톡|문자|디엠|물어)`, 'u');
/** A romance in the story: an ex, a break-up, a partner. */
const ROMANCE = /전\s?(?:남친|여친|애인|남자\s?친구|여자\s?친구)|헤어|이별|사귀|사귄|사겼|사귈|그만하자|그만\s?만나|연애|남친|여친|남자\s?친구|여자\s?친구|애인|차였|재회|썸|고백|짝사랑|바람/u;

/** An ex, a break-up or getting back together: what the ex's replies presume. */
const EX_WORDS =
  /전\s?(?:남친|여친|애인|남자\s?친구|여자\s?친구)|전남친|전여친|헤어|이별|차였|차임|찼어|찼다|재회|다시\s?(?:잡|만나|사귀)|잡고\s?싶|연락\s?(?:끊|안\s?한\s?지)|차단/u;

/**
 * The ex's replies ("다시 잡고 싶은 마음이 드는 건…") for a turn about contacting a coworker, a
 * teacher or a friend (a girlfriend elsewhere in the story does not make him an ex), or in a story
 * of a few turns that never spoke of an ex, a break-up or a romance.
 */
export function notAnEx(text: string, earlier: readonly string[]): boolean {
  const t = nfc(text);
  if (CONTACT_OTHER.test(t) && !ROMANCE.test(t)) return true;
  return earlier.length >= 2 && ![t, ...earlier.slice(-6).map(nfc)].some((s) => EX_WORDS.test(s) || ROMANCE.test(s));
}

export const EX_CONTACT_INTENT = 'breakup_urge_to_contact_ex';

// ——— a subject set aside ———

const SET_ASIDE = /([가-힣]{1,6}?)\s?(?:얘기|이야기|애기|얘긴|이야긴)(?:는|은|도)?\s?(?:됐고|됐어|됐다|그만하고|그만\s?하고|나중에|말고|접고|넘어가|치우고|빼고)/u;

/** "면접 얘기는 됐고, …": the subject the turn moves away from ("면접"), or null. */
export function setAside(text: string): string | null {
  const m = SET_ASIDE.exec(nfc(text));
  const word = m?.[1]?.replace(/(?:그|이|저)$/u, '');
  return word && word.length >= 2 ? word : null;
}

// ——— events still ahead ———

/**
 * Intents whose replies presume the event has happened: an interview done or gone badly, a trip
 * being taken, a wedding attended, a promotion missed.
 */
export const HAPPENED_INTENTS: ReadonlySet<string> = new Set(['job_interview_went_badly', 'job_interview_done', 'life_travel_trip', 'friends_wedding_attended', 'work_promotion_missed']);

/** A time ahead, a plan, or a condition: the event has not happened. */
const AHEAD =
  /(?:^|\s)(?:내일|낼|모레|내일모레|다음\s?(?:달|주|주말|번)|다음달|담달|담주|이번\s?주말|며칠\s?(?:뒤|후))(?:에|은|는|도|이|엔)?(?:\s|$)|[0-9]+\s?일\s?(?:뒤|후)에|예정|앞두|앞둔|(?:다녀|갔다|보고|하고)\s?(?:오면|올게|올께|올\s?게)|와서[^.?!]{0,14}(?:[할줄갈볼올]게|드릴게|[할줄]께)|(?:못\s?하|안\s?되|떨어지|붙으|안\s?하)면\s|(?:갈|볼|할|될)\s?(?:거야|거예요|건데|계획)/u;

/** A turn that speaks of the event as still ahead ("다음달에 또 다른 친구 결혼식 있음", "면접도 잘 보고 올게"). */
export function notYetHappened(text: string): boolean {
  const t = nfc(text);
  return AHEAD.test(t) && !/(?:다녀왔|갔다\s?왔|보고\s?왔|끝났|마쳤|떨어졌|누락|탈락)/u.test(t);
}

// ——— a child never named ———

/** A child of the user's, or what only a parent would say. */
const KID =
  /아이(?!고|구|돌|디|템|스|폰|패드)|애(?:가|를|는|들|랑|한테|기|도)\s|우리\s?애|아들|딸(?!기)|자식|육아|어린이집|유치원|워킹맘|워킹대디|복직|아기|애기|첫째|둘째|막내|기저귀|등원|하원|재롱|이모님|베이비시터|산후|학부모/u;

/** The working parent's replies ("일과 아이 사이에서…") in a story that has gone on without a child. */
export const WORKING_PARENT_INTENT = 'parenting_working_parent_guilt';

/** A story of a few turns in which no child of the user's was ever named, nor in this turn. */
export function noChildInStory(text: string, earlier: readonly string[]): boolean {
  return earlier.length >= 2 && ![text, ...earlier].some((s) => KID.test(nfc(s)));
}

// ——— thanks and betrayal ———

const THANKS = /고마|감사|땡큐|덕분/u;
const EASED = /(?:좀|조금|많이|한결|다)\s?풀렸|풀리는\s?(?:것|거)\s?같|후련|가벼워졌|가벼워진|나아졌|나아진|편해졌|편해진|숨\s?(?:좀\s)?트|정리(?:가\s?)?(?:좀\s)?(?:됐|된\s?(?:것|거))/u;
const NOT_EASED = /날씨|추위|더위|매듭|오해|(?:엄마|아빠|남편|아내|친구|동생|애|아이|아들|딸)(?:가|는|도|이)\s|[?？]|풀릴까|나아질/u;

/** "고마워요 말할 데가 없었는데 좀 풀렸어요": thanks to the bot and a weight eased, not a story. */
export function thanksWithRelief(whole: string): boolean {
  const t = nfc(whole);
  return t.length <= 60 && THANKS.test(t) && EASED.test(t) && !NOT_EASED.test(t);
}

/** Reflections that presume a betrayal or broken trust ("믿었던 만큼 더 서운했겠어요"). */
const BETRAYAL_REFLECTION = /믿었던|배신|뒤통수|등을\s?돌/u;
/** A betrayal, a trust broken, someone who turned away, told by the user. */
const BETRAYAL_TOLD = /믿었|믿고|배신|뒤통수|바람|속였|속인|거짓말|등\s?돌|모른\s?척|외면|약속(?:을|도)?\s?(?:어기|안\s?지|깨)|뒷담|험담|흘렸|퍼뜨|손절/u;

export function presumesBetrayal(reply: string): boolean {
  return BETRAYAL_REFLECTION.test(reply);
}

export function toldBetrayal(texts: readonly string[]): boolean {
  return texts.some((t) => BETRAYAL_TOLD.test(nfc(t)));
}

// ——— joy inside a sad story ———

/** A death, a pet's included: the story of a loss. */
const LOSS =
  /돌아가|세상을?\s?떠|장례|빈소|하늘나라|무지개\s?다리|죽었|죽어서|숨을?\s?거두|떠나보|떠났(?!어요?\s?(?:여행|놀러))|보내줬|화장(?:하러|터|장|했)|유골|납골|사망|잃었|안락사|(?:품에서|곁에서|품에)\s?(?:갔|떠)|별이\s?됐/u;
/** A grievance at work or with someone: made to redo, humiliated, overworked, blamed. */
const GRIEVANCE =
  /야근|(?:다섯|세|네|여러|몇|[0-9]+)\s?번(?:이나|씩)?\s?(?:다시|고치|수정)|다시\s?(?:쓰라|하라|해\s?오라|써\s?오라)|최선이냐|무시(?:당|하|해)|혼났|혼나|깨졌|까였|소리\s?(?:지르|질러|질렀)|갑질|떠넘|억울|열받|빡치|빡쳐|짜증|화가?\s?나|배신|바람(?:을|피|폈)|따졌|우기|창피|망신|모욕|인수인계도?\s?(?:제대로\s)?(?:못|안)|마감이?\s?(?:세|몇|[0-9])/u;

/** The last turns tell a loss or a grievance (or this turn does): joy not named there is no good news. */
export function sadStory(text: string, earlier: readonly string[]): boolean {
  return [...earlier.slice(-6), text].some(sadTurn);
}

/** This very turn tells a loss or a grievance ("…다섯 번이나 다시 쓰라고 하셨거든요"). */
export function sadTurn(text: string): boolean {
  return LOSS.test(nfc(text)) || GRIEVANCE.test(nfc(text));
}

/** Relief that gives way to missing someone: "다행이기도 한데 너무 보고싶어요". */
const RELIEF_BUT_LONGING =
  /(?:다행|안심|마음이?\s?놓)[^.?!]{0,10}(?:한데|하지만|지만|인데|은데|는데|긴\s?한데|기도\s?한데|기도\s?하고)[^.?!]{0,16}(?:보고\s?싶|그립|그리워|생각나|허전|슬퍼|슬프|눈물|울컥)/u;

export function reliefButLonging(text: string): boolean {
  return RELIEF_BUT_LONGING.test(nfc(text));
}

export const RELIEF_LONGING_LEAD = '다행이라는 마음과 그래도 너무 보고 싶은 마음이 함께 있군요. 그리운 만큼 많이 아꼈다는 뜻이에요.';

// ——— the previous reply, word for word ———

/** Said instead of the previous reply repeated word for word (`action`: songs stay open). */
export function notAgain(kind: string, action: string | undefined): string {
  if (action === 'open_recommendations' || action === 'more_recommendations') return '노래는 그대로 틀어 둘게요. 듣다가 떠오르는 이야기가 있으면 언제든 들려줘요.';
  if (kind === 'safety') return '한 번 더 말해 둘게요.';
  return '네, 듣고 있어요. 지금 마음에 남아 있는 걸 조금 더 들려줄래요?';
}

/**
 * Whether an intent's replies presume what the story says otherwise (then the turn is not answered
 * from it): a complaint about the bot after someone else's words were quoted, an ex for a coworker,
 * a subject the turn sets aside, an event still ahead told as past, a child never named.
 */
export function heldByStory(intent: { id: string; replies: readonly string[] }, text: string, earlier: readonly string[]): boolean {
  if (COMPLAINT_INTENTS.has(intent.id) && aboutTheirWords(text, earlier)) return true;
  if (intent.id === EX_CONTACT_INTENT && notAnEx(text, earlier)) return true;
  if (HAPPENED_INTENTS.has(intent.id) && notYetHappened(text)) return true;
  if (intent.id === WORKING_PARENT_INTENT && noChildInStory(text, earlier)) return true;
  const aside = setAside(text);
  return !!aside && intent.replies.some((r) => r.includes(aside));
}
