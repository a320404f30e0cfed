/**
 * Names told with no role word (session 38, care).
 *
 * A tester said "3년 사귄 민지랑. 홍대 카페에서 만나서 얘기했는데 걔가 먼저 그만하자고 하더라" after "나 어제
 * 헤어졌어", and later "다시 민지 얘기로 돌아가면, 연락해볼까 고민 중이야" and "민지한테 연락은 안 하기로
 * 했어": the name was never kept, since long-memory.ts `peopleTold` reads a name only beside a role
 * word (남편 성훈, 박 팀장님, 강아지 초코). People speak of an ex, a friend or a partner by the bare
 * name. `bareNamesTold` reads one only in tight frames where the word can hardly be anything but a
 * person:
 *   - after 사귄 / 사귀던 / 사귀는 ("3년 사귄 민지랑"), or 만난 / 만나던 / 좋아하던 after a length of
 *     time ("2년 만난 지훈이가");
 *   - before a verb of a relationship: "민지랑 헤어졌어", "수진이랑 싸웠어", "지훈이한테 차였어";
 *   - as the one who got in touch: "민지가 먼저 연락 왔어", "지훈이가 헤어지자고 했어";
 *   - as the one the user would contact: "민지한테 연락해볼까".
 * Ordinary nouns in the same frames ("회사랑 연락", "친구랑 싸웠어", "오늘이랑", "카톡이 왔어",
 * "과장님한테 연락") are left out by a stop list of roles, titles, places, times and things.
 * Pure functions.
 */

const nfc = (text: string): string => text.normalize('NFC');

function batchim(syllable: string): boolean {
  const c = syllable.charCodeAt(0);
  return c >= 0xac00 && c <= 0xd7a3 && (c - 0xac00) % 28 !== 0;
}

/** Words that stand where a name could but are none: people by role, places, times, things. */
const NOT_NAME = new RegExp(
  '^(?:' +
    [
      // people by role or relation
      '남편|아내|와이프|신랑|남친|여친|남자친구|여자친구|애인|전남친|전여친|전애인|전남편|전아내|친구|절친|베프|동기|동창|동료|선배|후배|상사|부하|팀원|직원|사원|신입|막내|알바|알바생|손님|고객|사장|점장|매니저|교수|선생|담임|코치|감독|룸메|룸메이트|집주인|이웃|옆집|윗집|아랫집|기사|친척|사촌|삼촌|이모|고모|외삼촌|숙모|할머니|할아버지|엄마|아빠|어머니|아버지|어머님|아버님|부모|부모님|시어머니|시아버지|시댁|처가|장모|장인|아들|딸|아이|애기|아기|동생|남동생|여동생|언니|누나|오빠|형|형님|조카|손자|손녀|짝꿍|짝|반장|팀장|과장|부장|대리|차장|실장|주임|대표|원장|의사|간호사|상담사|가족|식구|사람|남자|여자|애|얘|걔|쟤|그애|그사람|그분|이분|저분|상대|상대방|자기|자기야|누구|누가|아무|아무도|모두|다들|우리|저희|너|너희|나|저|제|내|강아지|고양이|반려견|반려묘',
      // places and bodies
      '회사|직장|학교|학원|병원|은행|택배|가게|카페|식당|부대|군대|센터|본사|지점|사무실|거래처|경찰|나라|정부|집|방|동네|고향|교회|성당|절|헬스장',
      // times
      '오늘|어제|내일|모레|요즘|주말|평일|아까|방금|지금|이번|다음|저번|올해|작년|내년|처음|마지막|매일|아침|점심|저녁|밤|새벽',
      // things and talk
      '카톡|문자|전화|연락|메시지|디엠|톡|폰|핸드폰|사진|선물|돈|일|얘기|이야기|말|마음|생각|기분|노래|음악|음식|영화|게임|공부|시험|결혼|연애|이별|사랑|관계|사이|지|적|곳|날|때|거|것|게|건|뭐|뭔가|그거|이거|저거|그게|이게|그냥|다시|진짜|정말|너무|먼저|결국|드디어|이제|또|다|좀|잘',
    ].join('|') +
    ')$',
  'u',
);

/** A name of two or three syllables; "지훈이" is 지훈 (이 after a final consonant is no part of it). */
const NAME = '([가-힣]{2,4}?)';
const LENGTH = '(?:[0-9]+\\s?(?:년|달|개월|주|일)|(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\\s?(?:해|달)|몇\\s?(?:년|달)|오래|오랫동안|반년|일\\s?년|이\\s?년|삼\\s?년)(?:\\s?(?:동안|가까이|넘게|이나|씩이나|째))?';
const PARTICLE = '(?:이랑|랑|하고|이하고|와|과|가|이가|는|이는|한테|이한테|에게|이에게|를|이를|을|의|이의|이)';

/** Frames that make a name of the word, each with the tie it tells (a partner, or only someone). */
const FRAMES: ReadonlyArray<readonly [RegExp, 'partner' | null]> = [
  // "3년 사귄 민지랑", "사귀던 수진이가", "사귀는 지훈이한테".
  [new RegExp(`(?:사귄|사귀던|사귀었던|사귀는|사귀고\\s?있는)\\s${NAME}${PARTICLE}?(?=[\\s,.!?~…]|$)`, 'gu'), 'partner'],
  // "2년 만난 지훈이랑", "오래 좋아하던 민지가": only after a length of time.
  [new RegExp(`${LENGTH}\\s?(?:을\\s|를\\s)?(?:만난|만나던|만났던|만나온|만나\\s?온|연애한|연애하던|좋아하던|좋아했던|짝사랑하던|짝사랑한)\\s${NAME}${PARTICLE}?(?=[\\s,.!?~…]|$)`, 'gu'), 'partner'],
  // "민지랑 헤어졌어", "수진이하고 사귀기로 했어", "지훈이랑 결혼해요".
  [new RegExp(`(?:^|[\\s,.!?~…])${NAME}(?:이랑|랑|이하고|하고|와|과)\\s?(?:(?:어제|오늘|결국|드디어|방금|지난주에?|얼마\\s?전에?|완전히|진짜|그냥)\\s)?(?:헤어졌|헤어지|헤어진|헤어질|사귀|사귄|사귈|연애|결혼하|결혼했|결혼할|썸\\s?타|썸을|재회|다시\\s?만나|이별)`, 'gu'), 'partner'],
  [new RegExp(`(?:^|[\\s,.!?~…])${NAME}(?:이랑|랑|이하고|하고|와|과)\\s?(?:(?:어제|오늘|결국|또|크게|대판|진짜|완전)\\s)?(?:싸웠|싸움|다퉜|다투|말다툼|절교|손절|화해)`, 'gu'), null],
  // "지훈이한테 차였어", "민지한테 고백했어", "민지한테 연락해볼까", "민지한테 연락은 안 하기로 했어".
  [new RegExp(`(?:^|[\\s,.!?~…])${NAME}(?:이한테|한테|이에게|에게)(?:서)?\\s?(?:차였|차임|고백|이별\\s?통보|헤어지자)`, 'gu'), 'partner'],
  [new RegExp(`(?:^|[\\s,.!?~…])${NAME}(?:이한테|한테|이에게|에게)\\s?(?:다시\\s|먼저\\s)?(?:연락|카톡|문자|전화|디엠)(?:은|을|를|도)?\\s?(?:해\\s?볼까|해볼까|할까|하고\\s?싶|해야|하지\\s?말|안\\s?하기로|하지\\s?않기로|안\\s?할|할지|했|했는데|해\\s?봤)`, 'gu'), null],
  // "민지가 먼저 연락 왔어"; "지훈이가 헤어지자고 했어", "수진이가 그만하자고 하더라".
  [new RegExp(`(?:^|[\\s,.!?~…])${NAME}(?:이가|가|이는|는)\\s?(?:먼저\\s|다시\\s|갑자기\\s|어제\\s|오늘\\s)*(?:연락|카톡|문자|전화|디엠)(?:이|가|을|를)?\\s?(?:왔|와|옴|했|보냈)`, 'gu'), null],
  [new RegExp(`(?:^|[\\s,.!?~…])${NAME}(?:이가|가|이는|는)\\s?(?:먼저\\s|갑자기\\s|어제\\s|오늘\\s)*(?:헤어지자|그만하자|그만\\s?만나자|사귀자|고백)`, 'gu'), 'partner'],
];

export interface BareName {
  name: string;
  /** 'partner' when the frame tells a romance (사귄, 헤어졌, 차였); null when only someone. */
  tie: 'partner' | null;
}

/** "수진이" → "수진"; "민지" stays. */
function stem(word: string): string {
  if (word.length >= 3 && word.endsWith('이') && batchim(word[word.length - 2]!)) return word.slice(0, -1);
  return word;
}

/** Whether a word read in a frame may be a name. */
export function mayBeName(word: string): boolean {
  const w = stem(word);
  if (w.length < 2 || w.length > 3) return false;
  if (NOT_NAME.test(w) || NOT_NAME.test(word)) return false;
  // A stop word with its particle read as one word ("지가", "회사가", "오늘이", "카톡이").
  for (const p of ['이랑', '랑', '하고', '이가', '가', '은', '는', '이', '을', '를', '도', '의', '와', '과', '한테']) {
    if (word.length > p.length && word.endsWith(p) && NOT_NAME.test(word.slice(0, -p.length))) return false;
  }
  // Titles and plurals: "과장님", "친구들", "팀장님이".
  if (/님$|들$|씨$|네$/u.test(w)) return false;
  // Words ending in a particle-like syllable read whole ("오늘이", "카톡이", "회사가"): the stem is checked above.
  return true;
}

/** The bare names a turn tells in a tight frame, first told first. */
export function bareNamesTold(text: string): BareName[] {
  const t = nfc(text);
  const found: BareName[] = [];
  for (const [re, tie] of FRAMES) {
    re.lastIndex = 0;
    for (const m of t.matchAll(re)) {
      const word = m[1]!;
      if (!mayBeName(word)) continue;
      const name = stem(word);
      const at = found.findIndex((f) => f.name === name);
      if (at >= 0) {
        if (tie && !found[at]!.tie) found[at] = { name, tie };
        continue;
      }
      found.push({ name, tie });
    }
  }
  return found;
}

// ── Using a kept name later ──────────────────────────────────────────────────────────────────

/** An ended romance told ("헤어졌어", "그만하자고 하더라", "차였어", "이별"). */
const BREAKUP = /헤어졌|헤어지자|헤어진|헤어졌어|그만하자|그만\s?만나자|차였|차임|이별|전\s?남친|전\s?여친|전\s?애인|깨졌어|끝났어/u;

/** Whether the story (the texts the person was told in and before) tells a break-up. */
export function toldBreakUp(texts: readonly string[]): boolean {
  return texts.some((t) => BREAKUP.test(nfc(t)));
}

export type NameTurn = 'contacted' | 'weighs' | 'decided';

/**
 * What a turn that names a kept ex says of getting in touch: they got in touch ("민지가 연락 왔어요"),
 * the user weighs getting in touch ("민지한테 연락해볼까", "다시 민지 얘기로 돌아가면, 연락해볼까 고민 중이야"),
 * or decided not to ("민지한테 연락은 안 하기로 했어"). Null for anything else. A question to the bot
 * about the name ("민지 이름 기억해?") is long-memory.ts's.
 */
export function nameTurn(text: string, name: string): NameTurn | null {
  const t = nfc(text);
  const who = `${name}(?:이)?`;
  if (!new RegExp(`(?:^|[^가-힣])${who}`, 'u').test(t) || /기억|이름/u.test(t)) return null;
  const contact = '(?:연락|카톡|문자|전화|디엠|DM)';
  if (new RegExp(`${who}(?:가|는|한테서|에게서|한테|쪽에서)\\s?(?:먼저\\s|다시\\s|갑자기\\s|어제\\s|오늘\\s|또\\s)*${contact}(?:이|가|을|를|도)?\\s?(?:왔|와|옴|했|보냈)`, 'u').test(t) && !/(?:^|[\s,.])(?:내가|제가|나는|저는|나도|저도)\s?(?:먼저\s)?(?:연락|카톡|문자|전화)/u.test(t)) return 'contacted';
  if (new RegExp(`${contact}(?:은|을|를|도)?\\s?(?:안\\s?하기로|하지\\s?않기로|안\\s?할래|안\\s?하려고|끊기로)`, 'u').test(t)) return 'decided';
  if (new RegExp(`${contact}(?:을|를)?\\s?(?:해\\s?볼까|해볼까|할까|하고\\s?싶|할지|해\\s?봐도|해도\\s?될까)|${contact}(?:을|를)?\\s?[^.?!]{0,10}(?:고민|말까)`, 'u').test(t)) return 'weighs';
  return null;
}

/** How a bare name is called: "민지", "수진이". */
export function calledBare(name: string): string {
  return batchim(name[name.length - 1]!) ? `${name}이` : name;
}

/** The reply that ties a turn back to the ex named before (once for each kind). */
export function nameTurnReply(kind: NameTurn, name: string): string {
  const called = calledBare(name);
  switch (kind) {
    case 'contacted':
      return `헤어진 ${called}한테서 연락이 왔군요. 어떤 연락이었는지, 받고 나서 마음이 어땠는지 들려줄래요?`;
    case 'weighs':
      return `${called}한테 다시 연락해 볼지 마음이 오가는군요. 그만큼 쉽게 정리되지 않는 마음이 남아 있는 거겠죠. 연락해서 정말 전하고 싶은 말이 뭔지, 여기 먼저 적어 보면 어떨까요?`;
    case 'decided':
      return `${called}한테 연락하지 않기로 마음먹었군요. 쉽지 않은 결정이었을 텐데, 스스로 정한 걸 응원할게요. 그렇게 정하고 나니 지금 마음은 어때요?`;
  }
}

export const NAME_TURN_PREFIX = 'care:name';

/** The people kept by long-memory.ts, as far as this module reads them. */
interface KeptPerson {
  name: string;
  role: string;
  said?: string;
  tie?: 'partner';
}

/**
 * A turn that names an ex kept earlier, about getting in touch: the reply that ties it to the
 * break-up ("헤어진 민지한테서 연락이 왔군요…"), once for each kind and name. Null when no kept ex is
 * named, the story told no break-up, or the reply was given.
 */
export function exNameTurn(text: string, people: readonly KeptPerson[], earlier: readonly string[], used: readonly string[]): { id: string; reply: string } | null {
  for (const p of [...people].reverse()) {
    if (p.tie !== 'partner' || p.role !== '') continue;
    const kind = nameTurn(text, p.name);
    if (!kind || !toldBreakUp([p.said ?? '', ...earlier])) continue;
    const id = `${NAME_TURN_PREFIX}:${kind}:${p.name}`;
    if (used.includes(id)) return null;
    return { id, reply: nameTurnReply(kind, p.name) };
  }
  return null;
}
