/**
 * Others' success set against the user's own standstill (session 39, invent). After a twelfth
 * failed interview, "친구들은 다 취업했는데 저만 제자리인 것 같아요" was told "취업 축하해요! 그동안
 * 애쓴 시간이 드디어 결실을 맺었네요" (joy-thread.ts read 취업했 as the user's own win: its test for
 * someone else's news knew "친구가" but not "친구들은" nor "다들"), and the next turn was "그냥 다
 * 포기하고 싶어요". The same family went astray elsewhere: "다들 합격했는데 나만 ㅠㅠ" got the
 * good-news reply "합격이라니, 정말 축하해요!" (good-news.ts), "동생은 붙었는데 난 또 떨어졌어" a
 * long exam preparation the user never told ("몇 년을 한 목표에 쏟아왔기에"), "친구는 벌써 집 샀는데
 * 나는 아직 월세야" "그런 대우를 받으면 누구라도 상처받아요".
 *
 * A comparison is: someone else (다들, 남들, 친구들, 동기, 동생 …) with a success (취업, 합격, 붙었,
 * 승진, 결혼, 집 샀 …) joined by a "but" (는데, 지만) and then the user (나만, 저만, 난, 나는 …) or
 * nothing more. Not when the user shares the news ("나도 붙었어"), is glad for them ("축하해 주고
 * 싶어"), or has succeeded too ("저는 오늘 합격했어요!"). The pain of the comparison is answered,
 * and no news is congratulated.
 */

export const OTHERS_AHEAD_PREFIX = 'others_ahead';

const nfc = (s: string) => s.normalize('NFC').trim();

/** Someone else, or everyone else, as the subject. */
const OTHERS =
  '(?:다들|남들|모두들?|주변(?:\\s?사람들?)?|(?:(?:내|제|우리)\\s?)?(?:친한\\s?)?(?:친구|동기|또래|동창|동갑|후배|선배|동료|입사\\s?동기|졸업\\s?동기|과\\s?동기)들?|(?:내|제|우리\\s?)?(?:동생|남동생|여동생|언니|오빠|형|누나|사촌(?:동생|언니|오빠|형|누나)?|쌍둥이)|애들|같이\\s?(?:준비한|공부한|시작한|졸업한)\\s?(?:애들|사람들|친구들?))';
/** A success: a job, a pass, a promotion, a wedding, a house, settling down. */
const SUCCESS =
  '(?:취업|취직|입사|합격|최합|붙|승진|진급|정규직|결혼|시집|장가|집\\s?(?:사|샀|장만)|내\\s?집\\s?마련|자리\\s?(?:잡|를\\s?잡)|이직|임용|잘\\s?(?:나가|풀리|풀렸|됐|되)|앞서|성공|연애|애인\\s?생|애\\s?낳|졸업|대리|과장|팀장|의사|변호사)';
/** The others' success, then a "but": "친구들은 다 취업했는데", "동생은 붙었는데", "다들 합격했지만". */
const OTHERS_SUCCEEDED = new RegExp(
  `(?:^|\\s)${OTHERS}(?:은|는|이|가|도)?\\s(?:(?:벌써|이미|다|모두|전부|하나둘|하나\\s?둘|어느새|먼저|척척)\\s?)*(?:[가-힣]+\\s){0,2}?${SUCCESS}[가-힣]*?(?:는데|던데|지만|건만|은데|인데|ㄴ데)`,
  'u',
);
/** The user set against them: "나만", "저만", "난", "나는 아직", "나 혼자". */
const SELF_AFTER = /(?:는데|던데|지만|건만|은데|인데)\s?[,.…~]*\s?(?:(?:왜|정작|결국|아직(?:도)?|근데|그런데)\s?)?(?:나만|저만|난(?![가-힣])|나는|저는|전(?=\s)|나\s?혼자|저\s?혼자|내가|제가|나\s|저\s|내\s?(?:인생|자리|처지)|제\s?(?:인생|자리|처지))/u;
/** Nothing after the "but": the comparison left to speak for itself ("친구는 승진했는데…"). */
const ENDS_AFTER_BUT = /(?:는데|던데|지만|건만|은데|인데)(?:요)?\s*[.…~ㅠㅜ]*\s*$/u;
/** The user shares the success, or is glad for them: not a comparison that hurts. */
const GLAD_FOR_THEM =
  /(?:나도|저도|우리도)\s?(?:[가-힣]+\s)?(?:붙|합격|취업|됐|했|성공)|드디어\s?(?:나|저)|축하|기뻐|기쁘|기뻤|다행|잘됐다|잘\s?됐으면|부럽지\s?않|자랑스럽|뿌듯/u;
/** The user's own success told after the "but" ("저는 오늘 합격했어요!"), not negated. */
const OWN_SUCCESS_AFTER = /(?:나는|저는|난|전|나도|저도)\s?(?:오늘|어제|이번에|드디어|방금)?\s?(?:[가-힣]+\s)?(?:취업|합격|붙었|승진|입사|결혼)(?:했|함|됐|해|이|!)(?![^.?!]*(?:못|안\s?됐|떨어))/u;
/** Hearsay or a question about the others: "다들 합격했대?" is asked, not compared. */
const ASKED = /[?？]\s*$|했(?:대|냐|니)\s*[?？]?$/u;

/**
 * Whether the turn sets others' success against the user's own standstill: "친구들은 다 취업했는데
 * 저만 제자리인 것 같아요", "다들 합격했는데 나만", "친구는 승진했는데", "동생은 붙었는데 난". Not
 * someone's news told gladly ("동생이 합격했는데 너무 기뻐요", "친구가 취업했는데 축하 선물 뭐 하지"),
 * nor the user's own success beside theirs ("다들 붙었는데 나도 붙었어!").
 */
export function comparesWithOthers(text: string): boolean {
  const t = nfc(text);
  const m = OTHERS_SUCCEEDED.exec(t);
  if (!m) return false;
  const rest = t.slice(m.index);
  if (GLAD_FOR_THEM.test(rest) || OWN_SUCCESS_AFTER.test(rest) || ASKED.test(t)) return false;
  return SELF_AFTER.test(rest) || ENDS_AFTER_BUT.test(rest);
}

/** The story before tells a failure of the user's own (떨어졌, 탈락, 불합격 …). */
const FAILED_BEFORE = /떨어|탈락|불합격|낙방|실패|안\s?됐|못\s?붙|광탈|서류\s?컷/u;

/** Replies to the comparison: the pain of it, no congratulation, nothing the user did not say. */
export function othersAheadReplies(earlier: readonly string[]): string[] {
  const failed = earlier.slice(-4).some((e) => FAILED_BEFORE.test(nfc(e)));
  return [
    ...(failed
      ? ['결과를 받은 뒤라 주변 소식이 더 크게 들리죠. 주변은 앞서가는데 나만 멈춰 있는 것 같은 마음, 그럴 만해요. 그래도 남의 속도가 지금까지 버텨 온 시간의 값을 정하진 않아요.']
      : []),
    '주변은 앞으로 가는데 나만 멈춰 있는 것 같으면 그 비교가 제일 아프죠. 주변 소식이 들릴 때마다 마음이 더 작아졌겠어요. 요즘 그 생각이 제일 크게 드는 때는 언제예요?',
    '남들과 나를 나란히 놓으면 마음이 조급하고 초라해지기 쉬워요. 그래도 사람마다 시간표는 다 달라요. 지금 제일 마음에 걸리는 건 뭐예요?',
  ];
}
