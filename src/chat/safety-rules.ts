/**
 * The rule half of the safety detector: lexical patterns over the compact form of a message
 * (NFC, lower case, Hangul syllables only, so spacing variants and inserted dots/digits/emoji
 * don't matter), after a small typo map. Written from general knowledge of how Korean speakers
 * disclose suicidal thoughts, self-harm, abuse and violence, not copied from the safety test set
 * (data/dialogue/safety/{positives,hard_negatives}.tsv). The last additions (plans such as
 * "죽으려고", "그만 살래", "끝내기로 결심"; plural aggressors; forced sex; "또 맞을") were written
 * after reading the detector's misses on that set, so its recall figure is optimistic. So were
 * "숨 쉬는 것도 지쳐/지겨워" (session 4, after a retrained embedding moved the model half), and
 * "다시는 안 돌아올 곳으로" (session 5: the session-4 exemplars for it stopped deciding once the
 * embedding was retrained again; a rule does not depend on the embedding), and "세상에 내 자리가
 * 없다" (session 6, the same way: after a retrain the model half let such a disclosure through).
 * Session 13: a bare "그만두고 싶다" (quitting a job, school, a class) is no longer a cue: in a work
 * conversation "솔직히 그만두고 싶다" got the crisis reply, the model half having matched it to the
 * exemplar "사는 게 벌 받는 것 같아 그만두고 싶어" (still cued by 사는). "다/전부 그만두고 싶어",
 * as ambiguous as "다 그만하고 싶어", became a weak hit.
 * Also session 13: a bodily cause right before "버틸 수가 없어" vetoes it ("너무 졸려서 …").
 *
 * Levels:
 *   strong: flagged on its own (explicit disclosure);
 *   weak:   ambiguous wording (e.g. "다 그만하고 싶어", "사는 게 지겨워"); the model half decides
 *           (nearest safety exemplar vs nearest contrast exemplar); with no model it is flagged.
 *   family: only a broad cue of the topic (죽-, 사라지-, 버티-, 때리-, 맞-, 무서워…); the model half
 *           decides; with no model it is never flagged. This lets the model catch indirect
 *           disclosures the rules don't spell out, while it can never raise an alarm on a message
 *           with no cue at all.
 * A veto removes a hit (hyperbole, media/game context, a task being "finished"); a downgrade turns
 * strong into weak (laughter, embarrassment-style exaggeration), so the model has the last word.
 */
import type { SafetyCategory } from './types';

export type RuleLevel = 'strong' | 'weak' | 'family';

export interface SafetyRule {
  id: string;
  category: SafetyCategory;
  level: RuleLevel;
  /** Pattern over the compact form. */
  re: RegExp;
  /** Vetoes checked on the whole compact message. */
  veto?: RegExp;
  /** Vetoes checked on the compact text just before the match (up to 10 syllables). */
  vetoBefore?: RegExp;
  /** Vetoes checked on the compact text just after the match (up to 10 syllables). */
  vetoAfter?: RegExp;
  /** Words like 자살/폭행 that also appear in news, dramas and lessons: vetoed in such context. */
  media?: boolean;
  /** Playful use exists (a friend's "죽을래?", "등짝 맞았어 ㅋㅋ"): laughter downgrades to weak. */
  jokeable?: boolean;
  /** Exaggeration-prone: these words just before the match downgrade it to weak. */
  downgradeBefore?: RegExp;
  /** Context anywhere in the message that makes the match ambiguous: downgrade to weak (model decides). */
  downgrade?: RegExp;
}

/** Common typos, slang and jamo variants, applied to the compact form in order. */
export const TYPO_MAP: Array<[RegExp, string]> = [
  // A missing ㅆ in past tenses: 맞앗어, 때렷어, 당햇어, 죽엇으면.
  [/앗(?=어|다|는|고|지|음|네|요|으|던|대|더)/gu, '았'],
  [/엇(?=어|다|는|고|지|음|네|요|으|던|대|더)/gu, '었'],
  [/햇(?=어|다|는|고|지|음|네|요|으|던|대|더)/gu, '했'],
  [/렷(?=어|다|는|고|지|음|네|요|으|던|대|더)/gu, '렸'],
  [/쳣(?=어|다|는|고|지|음|네|요|으|던|대|더)/gu, '쳤'],
  [/됏(?=어|다|는|고|지|음|네|요|으|던|대|더)/gu, '됐'],
  [/[듁쥭죾]/gu, '죽'],
  [/죽꼬|주꼬/gu, '죽고'],
  [/죽구/gu, '죽고'],
  [/주글/gu, '죽을'],
  [/주거(버|벌)/gu, '죽어$1'],
  [/죽어벌/gu, '죽어버릴'],
  [/(뒤|디)(지|져)고(싶|십|시|잡|파)/gu, '죽고$3'],
  [/(뒤|디)져버리/gu, '죽어버리'],
  [/(뒤|디)질래/gu, '죽을래'],
  [/고(십|시퍼|시프|시펑|싶퍼|잡|프다|퍼)/gu, '고싶'],
  [/죽고파/gu, '죽고싶'],
  [/[쟈]살/gu, '자살'],
  [/자[쌀샬]/gu, '자살'],
  [/자햬|쟈해/gu, '자해'],
  [/(살기|사는게)(실|시러|실어|실타|싫타)/gu, '$1싫'],
  [/극딴|극단젹/gu, '극단적'],
];

// Person words for the violence rules (who did it).
const PERSON =
  '(?:아빠|아버지|아부지|엄마|어머니|부모님?|새아빠|새엄마|계부|계모|양아버지|남편|아내|와이프|신랑|남친|남자친구|여친|여자친구|애인|전남친|전여친|전남편|전부인|전애인|오빠|형|누나|언니|동생|친척|삼촌|이모부|고모부|사촌|할아버지|할머니|시어머니|시아버지|시누|장인|장모|선배|후배|상사|팀장|부장|과장|실장|차장|사장|대표|교수|선생님?|쌤|담임|코치|감독|관장|친구들?|애들|걔네?|쟤네?|그사람|그놈|그새끼|그인간|그남자|그여자|누가|누군가|모르는사람|낯선사람|어떤사람|어떤남자|어떤아저씨|아저씨|남자애들?|반애들|일진|동기|점장|매니저|손님|룸메|룸메이트|동거인|동거남|동거녀|집주인)';

// Not violence: sport and games.
const SPORT_GAME =
  /(게임|롤에서|배그|피파|오버워치|발로란트|메이플|캐릭터|보스몹|레이드|복싱|권투|태권도|주짓수|합기도|유도장|스파링|킥복싱|격투기|씨름|레슬링|펜싱|검도|피구|야구공|축구공|농구공|공에|시합|경기중|운동회|대련|연극|뮤지컬|촬영장)/u;

/** Media, news, lessons and stories: the word is talked about, not disclosed. */
export const MEDIA_CONTEXT =
  /(뉴스|기사|영화|드라마|소설|웹툰|만화|애니|캐릭터|주인공|배우|연예인|가사|다큐|예능|유튜브|책에서|책을|수업|강의|교육|캠페인|예방|통계|보도|레포트|리포트|과제|논문|발표|토론|연구|문제집|줄거리|결말|원작|작가|등장인물|게임|범죄|사건|처벌|법안|판결|재판|시사|라디오|팟캐스트)/u;

/** Words that make a media mention personal again ("…보다가 나도 죽고 싶어졌어"). */
// "남 일 같지 않아요" after a news story of a suicide is identifying with it (session 31: "전세사기
// 피해자 극단적 선택 기사 보면 남 일 같지 않아요", from someone who had lost their savings, got a stock line).
export const DESIRE = /(싶|충동|할까|할래|하려고|생각이들|생각을해|생각을했|생각이나|생각만|나도죽|당했|당하고|당해|당한|남일같지않|남의일같지않|남일같지가않|내얘기같|나도그럴것같|나도그렇게될)/u;

const TASKS =
  /(과제|숙제|업무|프로젝트|시험|공부|빨래|설거지|청소|보고서|레포트|리포트|작업|마감|논문|원고|정주행|시즌|게임|일을|일도|일부터|일들|결재|정산|이사|연애|관계|썸|대화|싸움|회의|다이어트|정리|수업|학기|알바|계약|이번주|이번달|오늘안에|퇴근전)/u;

const EXAGGERATION = /(창피|쪽팔|부끄|민망|수치스|흑역사|이불킥|현타|오글)/u;

export const SAFETY_RULES: SafetyRule[] = [
  // ---- suicide: explicit wish or plan --------------------------------------------------------
  {
    id: 'want_to_die',
    category: 'suicide',
    level: 'strong',
    re: /죽고싶|죽어버리고싶|죽어버릴까|죽어버릴래|죽어버리려|죽어버렸으면|죽어버리면|죽어야겠|죽어야(끝|편|하나|할까|할거)|죽는게(나|낫|편|답|맞|차라리)|죽으면(편|끝|다해결|모든게|좋겠|되려나|그만)|죽을(생각|결심|용기|준비|계획)|죽고싶다는생각|죽음을(생각|계획|준비|택)|죽기로(했|결심|마음)|죽는방법|죽을방법|고통없이죽|안아프게죽|편하게죽(는|을|고|으)|쉽게죽는|죽으려(고|구|한다|해|합니다)|죽을거(야|예요|에요|다|라고)|그냥죽을래|나죽을래|난죽을래|죽는날(만)?(기다|바라)|죽을날(만)?(기다|바라)|차라리죽을|(그냥|차라리|확|이대로|콱)죽을까/u,
    vetoBefore: /(너|니|너희|너네|넌)$/u,
    vetoAfter: /^(냐|니|나요|냐고)/u,
    downgradeBefore: EXAGGERATION,
    jokeable: true,
  },
  {
    id: 'die_ambiguous',
    category: 'suicide',
    level: 'weak',
    re: /죽을래|죽었으면좋겠|죽을까(?!봐|바|싶)|죽어버릴/u,
    vetoBefore: /(너|니|너희|너네|넌|걔|걔가|그새끼가|그놈이)$/u,
    jokeable: true,
  },
  { id: 'suicide_word', category: 'suicide', level: 'strong', media: true, re: /자살(?=하|할|한|했|해|충동|시도|생각|각|을|이|률|기도|욕구|방법|위험|도|만|밖|뿐|같|사|유|까지|로|은|$)|ㅈㅅ하고싶/u },
  {
    id: 'self_harm_word',
    category: 'suicide',
    level: 'strong',
    media: true,
    re: /자해|자상행위|자살시도/u,
    // The compact form joins words: "혼자 해요", "이자 해결", "남자 해군", "피자 해 먹자" hold 자해
    // (session 30: "혼자 해요 알바 없이", a shop owner, got the crisis reply). A word ending in 자
    // before it, or a word the 해 begins, says it is not the word.
    vetoBefore: /(혼|남|여|투|감|상|모|액|글|숫|환|왕|효|피|만나|그러|먹|놀|보)$/u,
    vetoAfter: /^(결|군|체|석|녀|변|병|외)/u,
  },
  {
    id: 'end_life',
    category: 'suicide',
    level: 'strong',
    media: true,
    re: /극단적(인)?선택|극단선택|생을마감|삶을마감|인생을마감|목숨을?끊|스스로목숨|목숨을버리|삶을끝내|인생을끝내|내삶을끝|내인생을끝|세상(을)?떠나고싶|이세상을떠나|세상과작별|스스로생을|삶을놓|목숨을놓|끝낼거.{0,4}(내)?(인생|삶)|(내)?(인생|삶)(을|를)?(다)?끝낼(거|래|게)/u,
  },
  {
    id: 'method',
    category: 'suicide',
    level: 'strong',
    re: /번개탄|연탄(을)?피우|목을?매(달|고싶|려|면|는|볼|ㄹ|었|단)|목맬|수면제(를)?(모으|모아|모았|왕창|한꺼번|한번에|다먹|털어|한통|잔뜩|많이먹|사모)|약(을)?(모으|모아|모았|왕창|한꺼번에|한번에다|털어넣|잔뜩먹|한통다)|투신|뛰어내리(고싶|려|면|고|ㄹ까|면어떨)|뛰어내릴|(다리|옥상|난간|창문|베란다|건물)(위|에서|밖으로)?.{0,8}떨어지고싶|나를찌(르|를|른)|내몸을찌|몸을던지(고|려|면)|한강(물)?(수온|온도|에뛰어|다리에서|에서뛰어)|옥상(에서|에올라가)(뛰|떨어|죽)|떨어져죽|높은(곳|데)에서(뛰|떨어지)|굶어죽(고|을래|을까|으려)|칼로(손목|팔|나를|내몸)|손목(을)?(긋|그어|그었|그을|자르|잘라|긁)|손목에(칼|상처|흉터)|(칼|커터칼|커터|면도칼|면도날|가위|유리조각)(로|으로)?(팔|다리|손목|허벅지|몸)?(을|를|에)?(긋|그었|그어|그을|긁)|팔에(칼을|상처를내)|긋고싶|그어버리|그어버릴|나를해치|나자신을해치|스스로를?해치|스스로(에게)?상처(를)?(내|주)|몸에상처(를)?(내|냈)|상처(를)?내고싶|피가?(나도록|날때까지)(긁|뜯|때리|긋)|머리를?벽에(박|찧)|담뱃불로(지지|지졌|내)|내가나를때리|스스로를때리|나같은(건|게|사람은|애는|인간은)(없어져야|사라져야|죽어야|없는게|살가치|태어나지)/u,
    veto: /(버스|지하철|계단|놀이기구|번지|다이빙|낙하산|스카이다이빙|수영장|트램펄린|침대에서|차에서|꿈에서|꿈속|패러글라이딩|번지점프)/u,
  },
  // ---- suicide: indirect ----------------------------------------------------------------------
  {
    id: 'not_want_to_live',
    category: 'suicide',
    level: 'strong',
    re: /살기싫|살고싶지(가)?않|살고싶지도않|그만살고싶|더(이상|는)?살고싶지|살아있는게(싫|괴롭|지겹|죄|고통)|살아있고싶지|살아서뭐|그만살(래|까|려고|겠)|(살아갈|살아야할|살아야하는|살아가는|사는|살)(이유|의미|목적)(를|가|도|은|는|조차|마저|도이제)?(잃|없|모르|못찾|못느끼|안보|사라|하나도없|도무지)|살가치|살아갈자신이없|태어나지말|태어나지않았으면|안태어났으면|태어난게(죄|후회|잘못)|태어나서미안|존재하지않았으면|없었으면좋겠다는생각|살아있기(가)?싫|살자신이없|살의지가?없|삶의의지가?없|살고싶은(마음|생각|의지)이?없|죽어도(상관없|괜찮|아무렇지않|아쉽지않|될것같)|죽는게(무섭지|두렵지)않|죽음이(무섭지|두렵지)않|(차에|트럭에|버스에)(치였으면|치이고싶|치여서죽|뛰어들)|차도로뛰어들|안깨어나고싶|깨어나고싶지않|깨고싶지않|안깼으면|깨지않았으면|깨지말았으면|(나|날|저를|나를)(좀)?죽여(줘|줬으면|주면|주세요)|안일어나고싶|일어나지않았으면|안일어났으면|목숨(이|도)?아깝지않|(몸|팔|손목|허벅지|다리)에칼(을)?(대|댔|그|긋)|사고(라도)?(나서|나)죽(었으면|고싶)/u,
    vetoBefore: /(서울|여기|여기서|이동네|동네|동네에서|이집|이집에서|시골|한국|한국에서|이나라|지방|도시|기숙사|자취|원룸|고시원|반지하|이런집|이런동네|같이|혼자|부모님이랑|엄마랑|아빠랑|시댁|처가|룸메|이렇게|이런식으로|그렇게|월급으로|빚지고|눈치보며|참으며)$/u,
    downgrade: /(동네|서울|도시|시골|한국|이나라|기숙사|자취|원룸|고시원|층간소음|이사|월세|전세|집값|물가|날씨|더위|추위)/u,
  },
  {
    id: 'burden_absence',
    category: 'suicide',
    level: 'strong',
    // Others better off without me, or my death unnoticed. Session 41: one's absence merely
    // unnoticed ("나 하나 없어져도 아무도 모를걸") is `unnoticed_absence` below, weak.
    re: /(내가|나만|나하나|나같은건|나같은게|난|나|제가|저만|저하나|저같은건|저같은게|저는)(없어지면|사라지면|없으면|죽으면|없어져도|사라져도|죽어도|없는게|사라지는게).{0,12}(편|나을|낫|좋|행복|덜힘들|덜고생|덜괴로|부담)|(내가|나만|나하나|나같은건|나같은게|난|나|제가|저만|저하나|저같은건|저같은게|저는)(죽으면|죽어도).{0,12}(모를|몰라|아무도|상관|티도|슬퍼할|슬퍼나|신경|괜찮|다들|모두)|나같은(건|게|사람|애|인간)(은|는)?(이?세상에)?(없는게|없어지는게|사라지는게)(나|낫|편|좋)/u,
    vetoAfter: /^(안돌아|안돼|큰일|못|어떡|어떻게|일이안)/u,
  },
  {
    // Session 41: one's absence unnoticed, no death named and no one better off ("나 하나 없어져도
    // 아무도 모를걸", "내가 사라져도 아무도 신경 안 쓸 거야"): still flagged (weak, decisive), and
    // the first such turn gets the direct question (safety-check.ts), as "세상에 나 혼자" does.
    id: 'unnoticed_absence',
    category: 'suicide',
    level: 'weak',
    re: /(내가|나만|나하나|난|나|제가|저만|저하나|저는)(없어지면|사라지면|없으면|없어져도|사라져도|없는게|사라지는게).{0,12}(모를|몰라|아무도|상관|티도|슬퍼할|슬퍼나|신경|괜찮|다들|모두)/u,
    vetoAfter: /^(안돌아|안돼|큰일|못|어떡|어떻게|일이안)/u,
  },
  {
    id: 'disappear',
    category: 'suicide',
    level: 'strong',
    re: /사라지고싶|사라져버리고싶|사라져버릴까|사라져버렸으면|없어지고싶|없어져버리고싶|없어져버릴까|(내가|난|나는|제가|저는|나도|나같은건|나같은게|나그냥|나좀|나만)(그냥|차라리|이대로|조용히|확|아예)?(사라졌으면|없어졌으면|죽었으면)|이세상에서사라|세상에서사라지|흔적도없이사라|영원히잠들(고|었으면|면|수)|영영잠들|잠들어서(안|영영|다시는)?깨(지않|어나지않)|안깨어났으면|깨어나지않았으면|눈을?뜨지않았으면|눈(을)?안떴으면|다시는눈(을)?안뜨|유서(?!깊)/u,
    downgradeBefore: /(창피|쪽팔|부끄|민망|수치스|흑역사|이불킥|현타|오글|잠깐|며칠|여행|휴가|어디론가|잠수|출근|월요일|회사에서|학교에서)/u,
    vetoBefore: /(주말|휴일|방학|늦잠|연휴)$/u,
    jokeable: true,
  },
  {
    id: 'finish_all',
    category: 'suicide',
    level: 'strong',
    re: /다끝내고싶|다끝내버리|다끝낼까|끝내버리고싶|모든걸끝내|모든것을끝내|전부끝내고싶|이제끝내고싶|그만끝내고싶|여기서끝내고싶|이쯤에서끝내|다끝났으면좋겠|(다|인생|삶|내인생|모든걸|전부)끝낼거|끝내기로(결심|했|마음먹)|다끝내려(고|구)/u,
    veto: TASKS,
    jokeable: true,
  },
  {
    id: 'weary_of_life',
    category: 'suicide',
    level: 'weak',
    re: /사는게(너무|정말|진짜|참|좀|그냥|다|요즘|넘)*(싫|지겹|지겨|힘들|힘드|의미|고통|버겁|버거|괴로|괴롭)|(다|전부|아무)?(의미|낙|희망)(가|도|이)?없(어|어요|다|네|네요|음|습니다)(\.|…)*(사는게|사는것|살아도|살아서)|왜살아야|왜사는지|살아봤자|숨쉬는것(도|조차|마저)(싫|힘들|버겁|지쳐|지겹)|(다시는|다신)(안|못)돌아(올|오는)(곳|길)|세상(에|엔|에는)(내|제|나의|나를위한)?(자리|설자리|있을곳|설곳|머물곳|머물자리)(는|은|가|이|도)?(하나도|어디에도|아무데도)?없|돌아오지않을(곳|길)(으로|을)?(떠|가)|돌아올수없는(곳|길)(으로|을)(떠|가)|더이상버틸|더는못버티|버틸힘이없|견딜힘이없|버틸자신이없|이제그만하고싶|다그만하고싶|다그만두고싶|전부그만두고싶|모든걸그만|(^|이제|그냥)다내려놓고싶|(모든걸|전부)내려놓고싶|다포기하고싶|삶을포기|인생을포기|모든걸포기|내일이(안|오지않)왔으면|아침이(안|오지않)왔으면|내일이안오|마지막인사|신변정리|곁으로가고싶|따라가고싶|하늘나라(로|에)?가고|증발하고싶|소멸하고싶|괜히태어|이렇게살기싫|나만사라|세상에나혼자|아무도나를필요|짐이되는것같|짐덩어리|(?:내가|제가|나는|저는)(?:그냥|진짜|너무|완전|정말)?짐(?:같|인것같|처럼느껴|이라는생각)|없어도될사람|쓸모없는사람|살아있는게|아무의미가없|그만버티|버티고싶지않|더버틸수|버틸수가없|버티는게(너무)?(힘들|지쳐|버거)|(다|모든게|전부|모든것이|이모든게|그냥다)끝났으면|미련이없|미련없이떠|살맛이안|그만편해지|영원히편해지|영원히쉬고|내장례식|장례식에누가|마지막이었으면|오늘이마지막|나없이(도)?(다들|모두|잘|더)|나없는세상|짐이되고싶지|짐만되|민폐만끼치|존재자체가(민폐|짐)|상처(를)?(내면|내야|내는게|낼까)|팔을(계속|자꾸)?(긁|할퀴|꼬집|때리)|나를때리고싶|나자신을때리|스스로벌|피를보면|피가나면(진정|편해|마음)|죽음(에대해|을|만|이)(자꾸|계속|자주|매일)?(생각|떠올|끌려|가깝|편하)|죽어도여한|다포기할래|왜태어났|왜태어나서|삶이(고통|지옥|괴로|버거|무의미|의미없)|(차라리|그냥).{0,8}죽었으면|피를봐야|(나를|스스로를?|내몸을)아프게하고싶|나(하나)?없어도(세상|다들|모두|아무|잘)|높은(곳|데)(에|에서)?(가면|올라가면|서면|서있으면).{0,8}(생각|충동|무서|뛰어)|숨(을)?(멈추고|끊고)싶|숨쉬기(도)?싫|칼(을)?보면.{0,6}(생각|충동)|(나한테|나에게|스스로에게)벌(을)?(주고|줘야)|일부러(다치|상처|아프게)|몸(을)?망가뜨리고싶|머리를?쥐어뜯|(살아갈|살아야할|살아야하는|살아가는|사는)(이유|의미)(가|는|를|란)?(뭘까|뭔지|뭐야|뭐지|뭐예요|뭔가요|무엇)|고통(이|은|도)?(영원히|끝나지않|끝이없|끝날것같지않|계속될것)|(이제|더이상|더는|아무런?|다끝났(어|다|네)?)희망(이|도|은)?(하나도|전혀)?(없|안보)|희망(이|도)?(하나도|전혀)(없|안보)|(삶|인생|사는것|사는데|살)에?희망이없/u,
    veto: /(월요일|출근|시험|개학|학교가기|등교|회사가기|마감|발표|면접|다이어트|공부|과제|게임|드라마|영화)/u,
    // A bodily cause right before it: "너무 졸려서 버틸 수가 없어" is sleepiness, not despair.
    vetoBefore: /(졸려서|잠와서|잠이와서|배고파서|더워서|추워서|피곤해서|웃겨서|간지러워서|마려워서|배불러서)$/u,
    // "다 내려놓고 싶어" said alone is the same wish as "다 그만두고 싶어" (session 26: the model half
    // had caught it by a margin of 0.01, and a new encoder missed it by 0.002); with an object in
    // front ("걱정 다 내려놓고 싶어") or rest after it ("다 내려놓고 쉬고 싶어") it is not matched.
    // Leaving a job or a school: "마지막 인사 하고 퇴사했어 홀가분해" had the crisis reply (session 21).
    vetoAfter: /^(을|를)?(하고|드리고|나누고|했|드렸|나눴)(고|어|어요|는데|더니)?(퇴사|퇴직|나왔|전학|이사|졸업|은퇴|이직|출국|떠나왔|회사|학교|동료|팀)/u,
    jokeable: true,
  },
  // ---- violence and abuse ------------------------------------------------------------------------
  {
    id: 'violence_word',
    category: 'violence',
    level: 'strong',
    media: true,
    re: /성폭행|성추행|성폭력|강간|추행|성희롱|몰카|몰래카메라|불법촬영|스토킹|스토커|가정폭력|데이트폭력|학교폭력|학폭|아동학대|학대|폭행|감금|납치|폭력을?(당|휘두|쓰|써|행사)|폭력(에|을)시달|맞고살|맞고다녀|맞고다닌|맞으며자|맞으면서자|맞고자랐|매질|매를맞|매맞|두들겨맞|얻어맞|집단폭행|사이버불링|집단따돌림|체벌|알몸사진|나체사진|성관계영상|몸사진(을)?(보내|요구|달라)/u,
    veto: SPORT_GAME,
    jokeable: true,
  },
  {
    id: 'threat_word',
    category: 'violence',
    level: 'weak',
    media: true,
    re: /협박|위협(을|당|받|하|했|해)|흉기/u,
    jokeable: true,
  },
  {
    id: 'person_hits',
    category: 'violence',
    level: 'strong',
    re: new RegExp(
      `${PERSON}들?(가|이|는|도|께서|한테서|이랑|랑)?.{0,10}(때려|때리|때렸|때린|팼|패고|패서|팸|때림|패(?=$|요|곤|더라|기도|면서|는데|잖)|두들겨|손찌검|손을대|손을올|주먹으로|주먹질|발로차|발로찼|걷어차|걷어찼|발로참|발길질|밀쳐|밀치|목을?졸|머리채|뺨을|뺨때|물건을던|물건던|폭언|폭력|가뒀|가두고|가둬|만졌|만지|만져|더듬|해코지|죽여버린다|죽인다고|죽이겠다|죽여버리겠|가만안둔|가만두지않|찾아간다고|찾아오겠|유포|퍼뜨린다|퍼뜨리겠)`,
      'u',
    ),
    // A shove in a crowd with no apology ("지하철에서 어떤 아저씨가 밀치고 사과도 안함") is rudeness: it got
    // 112 and the women's emergency line (session 35).
    veto: /(밀치고(?:는)?사과|밀쳐놓고사과|밀치고(?:그냥)?(?:지나|가버|가더|쌩)|때려치|골때리|뼈때리|뒤통수|때려먹|때려넣|때려박|때려맞|멍때|때리고싶|패고싶|때려주고싶|패주고싶|머리를?만지|머리만져|머리쓰다듬|손잡|만져줬|만져주|만지작|폰만지|핸드폰만지|휴대폰만지|만지고놀|만지면서놀|고양이|강아지|냥이|댕댕이|아기|애기|조카)/u,
    jokeable: true,
  },
  {
    id: 'was_hit',
    category: 'violence',
    level: 'strong',
    re: new RegExp(
      `${PERSON}들?(한테|에게|한테서|께|에게서)(매일|자꾸|계속|또|많이|엄청|심하게|막|몇대|한대|두대|뺨|머리|배|얼굴|등|발로|주먹으로|몽둥이로|벨트로)?(을|를)?(맞았|맞고|맞아서|맞을까|맞는게|맞았던|맞은적|맞는다|맞음|맞았음|맞는중|맞을때|맞아|두들겨|얻어맞|매맞|뺨맞|발로차였|발길질|폭행|추행|성추행|협박|위협|스토킹)`,
      'u',
    ),
    veto: /(주사|백신|침을|링거|예방접종|비를|비맞|눈을맞|바람맞|점수|정답|답이|궁합|취향|사이즈|입맛|코드|박자|타이밍|잘맞|딱맞|안맞|말이맞|말이다맞|말맞|등짝|꿀밤|고양이|강아지|냥이|아기|애기|조카)/u,
    jokeable: true,
  },
  {
    id: 'abuse_signs',
    category: 'violence',
    level: 'strong',
    re: /회초리로|몽둥이로(맞|때)|벨트로(맞|때)|허리띠로(맞|때)|옷걸이로(맞|때)|효자손으로(맞|때)|맞을까봐(무서|두려|겁)|또맞을까|맞는게일상|맞은자국|온몸에멍|멍투성이|(물건|컵|리모컨|휴대폰|핸드폰|폰|의자|접시|병|재떨이|그릇)(을|를)?(나한테|내게|저한테|나에게|저에게|집어)던|술만(마시면|먹으면|드시면)(때리|던지|부수|폭력|손찌검|욕하|소리지르|무서)|집에(가기|들어가기)(가)?무서|(몸|가슴|엉덩이|허벅지|신체|속옷|치마속)(을|를)?(자꾸|계속|몰래|억지로|강제로)?(만지|만졌|만져|만짐|더듬|찍)|(억지로|강제로)성관계|성관계(를)?(강요|당했|당함|당한)|또맞을|또맞겠|억지로(만지|만졌|키스|뽀뽀|스킨십|관계|안으|끌어안|옷을)|강제로(만지|만졌|키스|뽀뽀|스킨십|관계|안으|끌고|옷을)|원치않는(스킨십|관계|신체접촉)|싫다는데(도)?(계속|자꾸|억지로)?(만지|만졌|키스|스킨십|관계)|(돈을?|용돈을?)(뺏|빼앗|뜯)|삥(뜯|을뜯)|빵셔틀|셔틀(시키|을시키|노릇)|왕따.{0,6}(때리|맞|뺏)|(헤어진|전남친|전여친|전애인|전남편|전아내|모르는사람|모르는남자|모르는여자|낯선사람|낯선남자|낯선여자|어떤남자|어떤여자|어떤사람|그사람).{0,10}((계속|자꾸|매일|밤마다|몰래)(집앞까지|집까지|회사앞까지|회사까지)?|(집앞|집|회사앞|회사|학교앞|학교)까지)(찾아|연락|따라|기다|쫓아)|미행|뒤를밟|쫓아오|(사진|영상)(을|를)?(유포|퍼뜨|뿌리겠|뿌린다|올리겠|올린다고)|(죽여버린다|죽인다|죽이겠다|죽여버리겠다|가만안둔다|가만두지않겠다)(고|며|면서|래|대|더라)|가만안둔대|가만안둔댔|가만두지않는대|죽여버린대|죽인대|죽이겠대|찾아온대|찾아간대|때릴까(봐|바)|맞을까(봐|바)|누가(자꾸|계속|몰래)?(따라와|따라오|쫓아)|강제로(끌|데려|잡아|눕|벗기)|밤에(내)?방에(들어와|들어오|몰래)/u,
    veto: SPORT_GAME,
    jokeable: true,
  },
  {
    // Someone waiting at or coming to one's door. A visit from a friend or family with a cake or
    // side dishes is not a disclosure ('친구가 집 앞까지 찾아와서 케이크 주고 갔어'); an ex or a
    // stranger doing it is caught by abuse_signs whatever they bring.
    id: 'waiting_at_door',
    category: 'violence',
    level: 'strong',
    re: /집앞(에서|까지)(기다|찾아|서있|숨어)|집앞에서있|집앞에와있|집앞에서?서성/u,
    veto: /(케이크|선물|꽃다발|꽃을|간식|반찬|음식|택배|서프라이즈|축하|생일|데리러|마중|주고갔|두고갔|놓고갔|주고가|두고가|놓고가)/u,
    // An ex is never a friendly visit, so the downgrade skips messages that name one.
    downgrade: /^(?!.*(헤어진|전남친|전여친|전애인|전남편|전아내|전와이프|전남자친구|전여자친구)).*(친구|엄마|아빠|어머니|아버지|부모님|언니|오빠|누나|형이|형아|동생|할머니|할아버지|남친|여친|남자친구|여자친구|남편|아내|와이프)/u,
  },
  {
    id: 'bruise',
    category: 'violence',
    level: 'weak',
    re: /멍이(들었|들도록|들게|생겼|잔뜩)|멍자국|집에있기무서|집이무서|무서워서집에/u,
    veto: /(부딪|넘어|운동|헬스|발목|책상|모서리|계단에서|자전거|스키|보드|축구|농구|멍때)/u,
    jokeable: true,
  },
  {
    id: 'violence_weak',
    category: 'violence',
    level: 'weak',
    re: /몰래(내|제)?(사진|영상)?(을|를)?(찍|촬영)|성적인(농담|말|사진|요구|발언|문자)|야한(사진|동영상|영상)(을|를)?(보내|요구|보여)|자꾸(터치|스킨십|안으려|만지려|뽀뽀)|가스라이팅|(밥을?|밥도)안줘|밥도안주|굶기|(못나가게|외출을?못하게|연락을?못하게|감시해|감시하고|폰검사|핸드폰검사)|(죽는다고|죽어버린다고|죽겠다고)(해|했|협박|난리)|난동|행패|카톡(을)?(다)?검사|합성(해서|한|사진|영상)|딥페이크|몸(을)?보여(달|주라)|맞는게무서/u,
    veto: SPORT_GAME,
    jokeable: true,
  },
  {
    id: 'bullying',
    category: 'violence',
    level: 'weak',
    media: true,
    re: /괴롭힘(을)?(당|받)|왕따(를)?당|(?:나|난|저|전|내가|제가)(?:진짜|완전|그냥|요즘|반에서|학교에서|회사에서)?(?:왕따|은따|찐따취급)(?:야|예요|에요|임|라서|라|인|이야|인것같|같아|됐|가됐)|따돌림(을)?당|(학교|집|반|교실|화장실|회사|기숙사|학원)에서.{0,4}(맞았|맞고|두들겨|얻어맞|맞음)/u,
    veto: /(주사|백신|예방접종|침을|비를|비맞|눈을맞|바람맞|점수|정답|답이|공에|피구|축구|야구|농구|게임)/u,
    jokeable: true,
  },
  {
    // How older people say they would rather die, asked about first (session 29: "이렇게 살아서
    // 뭐하나 싶어요", "그냥 빨리 가고 싶다는 생각도 들어요" after widowhood got "많이 속상했겠어요";
    // not_want_to_live's 살아서뭐 gives way after 이렇게, which is meant for a way of living).
    id: 'go_first',
    category: 'suicide',
    level: 'weak',
    re: /(?:그냥|이제|얼른|어서)?빨리(?:가고싶|갔으면|데려가)|이제그만가(?:도|고싶|야|면)|그만가고싶|(?:영감|남편|아내|집사람|할멈|그이|엄마|아빠|먼저간사람|먼저보낸사람)(?:곁|옆)으로(?:가고|가면|가야|갔으면|따라)|살만큼살았.{0,10}(?:그만|가도|미련|죽|떠나)|살아서뭐(?:하|해|할)|살아뭐(?:하|해|할)|오래살아서뭐|더살아서뭐/u,
    vetoBefore: /(?:집|집에|집으로|퇴근|여행|학교|회사|밖|놀러|자러|화장실|거기|저기|어디|데|곳|으로|로|에|에도|까지|휴가|방학|주말|군대|전역|졸업|시간이|시간|하루가|하루|주말이|방학이|날이|세월이|시간아|세월아|수업|회의|오늘이|오늘|하고|끝나고|끝나면|마치고|나서)$/u,
    vetoAfter: /^(?:다|어|어요|네|는데)?(?:여행|집|퇴근|학교|회사|놀러|거기|저기|휴가|고향|한국)/u,
    jokeable: true,
  },
  {
    id: 'farewell',
    category: 'suicide',
    level: 'family',
    re: /먼저갈게|먼저가있을|먼저떠날게|그동안고마웠|다들잘지내|잘있어|미리작별|작별인사|마지막인사|마지막으로(고마|미안|사랑)/u,
  },
  {
    id: 'disappear_wish',
    category: 'suicide',
    level: 'weak',
    // "그냥 다 사라졌으면 좋겠다 나도", a bullied teenager, had got "그 순간 울컥했을 마음이 느껴져요" (session 31).
    re: /(^|그냥|차라리|이대로|조용히|아예)(?:다|모두|전부|나도|나|내가|저도|제가)?(사라졌으면|없어졌으면)좋겠/u,
    jokeable: true,
  },
  // ---- broad cues: only the model half can flag these ---------------------------------------
  {
    id: 'suicide_family',
    category: 'suicide',
    level: 'family',
    re: /죽(고|을|는|음|어|으|었)|사라지|사라져|없어지|없어져|없어도|없이|떠나|끝내|끝낼|끝나버|끝났으면|그만(하|살|버티)|(다|전부|모두|모든걸|모든것을?|인생|삶을?|사는걸|세상)그만두|버티|견디|포기|놓아|내려놓|잠들(?!려고|려면|기(?:전|위해|까지|가|도|어렵|어려|힘들)|수(?:가)?없|지(?:를|도)?못|었다가)|깨어나|안깨|눈(을)?(안|못)?뜨|떠졌|멈췄으면|멈추고싶|영원히|마지막|작별|유서|(?:남길|남긴|남겨|마지막|작별)편지|편지(?:를|도)?(?:남기|남겨|남길|미리)|정리하|알약|수면제|약을|삼키|상처(?!(?:를|도)?(?:덜|안)?(?:주|줄|준|줬|줘|드리|드릴|드려))|긋|그었|긁|피가|칼|옥상|다리위|난간|아래로|뛰어|떨어지|목숨|생을|이번생|태어|(?<!혼자|혼자서|따로|같이|자취|둘이|셋이)(?:살아|살고|사는|살기)|살이유|짐이|짐만|쓸모|의미가없|의미를모르|이유가없|이유를모르|까닭|괴로|고통|지긋지긋|(?<!(마음|맘|머리|몸|발걸음|어깨|눈꺼풀|분위기|공기)(이|가|도|은|는)?(너무|좀|많이|조금|자꾸|계속|아직|아직도|괜히|엄청|정말|진짜|왠지|왜이렇게|요즘|살짝)*)무거워|버거|놓고싶|놓아버리|손을놓|가버리|없는편|내가없|견뎌|견딜|자신이없|내려다|충동|흉터|긴팔|희망이|물건을|나눠주|덜아프게|아프지않게|부질없|무의미|눈뜨기싫|눈뜨고싶지|전해줘|편히쉬|그만아프|아프고싶지않|기대도없|기대가없|날짜를정|계획을세|준비(는|가)?(다)?(됐|끝났)|마지막대화|마지막일지|끝이보이지|출구가없|벗어날방법(?!이있|이없을까|없을까|없나|을)|답이없(?!을까|나|는지|을지)|방법이없(?!을까|나|는지|을지|는걸까)|소용없|느껴지지않|무감각|텅비|미안해|미안하다|용서|안녕히/u,
    // Asking for a way out is not hopelessness: "방법이 없을까요", about a parent's debts, got the
    // crisis reply (session 31); "방법이 없어" still cues.
    // A letter is a farewell only when it is left behind or the last one: "편지 써야겠어요", to a son
    // just gone to the army, got the crisis reply (session 29).
    // "마음이 무거워요" is everyday heaviness, not a life too heavy to bear ("삶이 너무 무거워서"
    // still cues): "아직도 마음이 무거워요" got the crisis reply (session 19).
    // A feeling or a symptom that won't go away ("외로움이 사라지질 않아요", "두통이 없어지질 않아")
    // is not the self going away. Only for cues right after such a subject.
    // "잘 사는", "먹고 살기": others doing well, making a living ("다들 잘 사는 것 같은데 나만
    // 제자리야" got the crisis reply in session 20); "나 없이도 다들 잘 살 거야" is a strong rule's.
    // A reason to live found ("아이 덕분에 살아갈 이유가 생겼어" had the crisis reply, session 21),
    // and a wish to get away on holiday ("멀리 떠나고 싶다 휴가 언제 오냐").
    // "영원히 이 순간이 계속됐으면" is a wish to keep a happy moment.
    // 잠들 to get to sleep or unable to ("잠들려고 마시던 게 이제는 매일 밤이 돼 버렸어" got the crisis
    // reply in session 22) is sleeplessness, not a wish not to wake: the cue itself excludes it.
    // A day to get through ("오늘 하루 어떻게 버티죠", a Monday with a taxi fare and a card left at
    // home, got the crisis reply; session 36): "이번 주 어떻게 버티지" is a sigh; "어떻게 버텨야 할지
    // 모르겠다" alone, with nothing before it, still cues.
    // Someone else's medicine, in honorifics ("병원은 다니시는데 약을 자꾸 안 드세요", a mother's
    // depression, got the crisis reply; session 35).
    vetoAfter: /^(?:(갈|가는|야할|야하는|아갈|아가는)?(이유|의미|힘|목적|맛)(가|를|이|도|을)?(생겼|생긴|생기|찾았|찾은|찾게|되어|돼|됐|난다|나)|(이순간|이대로행복|함께|같이|행복|사랑|기억|간직|젊|친구)|(?:자꾸|잘|제때|꼬박꼬박|계속|통|전혀|하나도)*(?:안|못)?(?:드세요|드시|드셔|잡수|챙겨드|드려|드릴))/u,
    veto: /(휴가|여행|놀러|캠핑|비행기표|연차)/u,
    vetoBefore: /(?:(외로움|쓸쓸함|슬픔|우울감|걱정|불안감?|두통|통증|흉터|냄새|얼룩|여드름|뾰루지|붓기|부기|피로|스트레스|입맛|의욕|자신감|열정|설렘|미련|짜증|질투|잡음|소음|증상|기침|콧물|열이|멍이)(이|가|은|는|도|까지|마저|이나|가좀|이좀)?|잘|먹고|(?:오늘|오늘하루|하루|남은하루|이번주|내일|월요일|오후|회의|야근)(?:를|은|는|도|만)?(?:또)?어떻게)$/u,
  },
  {
    id: 'violence_family',
    category: 'violence',
    level: 'family',
    re: /때리|때려|때렸|때린|맞았|맞아|맞고|맞을|맞는|폭|추행|스토|협박|위협|따라오|따라와|따라다|쫓아|만지|만져|만졌|더듬|가둬|가두|가뒀|던지|던져|던졌|밀쳐|밀어|밀쳤|졸라|졸랐|멍|할퀴|발로|주먹|칼|무서워|무섭|무서운|강제로|억지로|손을올|손찌검|찾아와|찾아오|와있|기다리(?!어준|어줄)|문자가|사진|영상|퍼뜨|유포|두드려|이상한짓|쳐요|치고|매를|들었어|굶|안줘|안주고|기다려(?!준|줄|주|줘)|기다리고|비밀번호|들어와|들어오|흉|상처(?!(?:를|도)?(?:덜|안)?(?:주|줄|준|줬|줘|드리|드릴|드려))|다쳤|병원|신고|경찰|도망|숨어|겁|떨려|소리를?질러|소리지르|욕을|욕하|괴롭|따돌|왕따|빼앗|뺏|가져가|강요|시켜|싫다는데|거절했는데|몰래|찍|촬영|올린|올리|퍼뜨|보내라|찾아내|알아내|위치|추적|감시/u,
  },
];

/** English disclosures (rare, but cheap to catch). Checked on the lower-cased text. */
export const ENGLISH_RULES: Array<{ id: string; category: SafetyCategory; re: RegExp }> = [
  { id: 'en_suicide', category: 'suicide', re: /\b(suicid\w*|kill(ing)? myself|want(ed)? to die|wanna die|end (it all|my life)|self[- ]?harm\w*|cut(ting)? myself|hurt(ing)? myself)\b/u },
  { id: 'en_violence', category: 'violence', re: /\b(abused?|abusive|assaulted|raped?|molest\w*|stalk(ed|ing|er)|(beats?|hits?|hit|beat) me|domestic violence)\b/u },
];

/**
 * Passive wishes in English (session 40: "I'm so done with everything", "Honestly I just want to
 * disappear", "nobody would even notice" got the note that the bot reads Korean). Weak, decisive
 * hits: the first gets a direct question in English (safety-check.ts). Checked on the lower-cased
 * text with curly apostrophes straightened; tight, so "I'm done with my homework", "I want to
 * disappear into a good book" and "nobody would notice the typo" are not matched.
 */
export const ENGLISH_PASSIVE: RegExp[] = [
  /\b(?:just |really |honestly |kinda |kind of |sometimes )*(?:want(?:ed)?|wanna|wish i could) (?:to )?(?:disappear|vanish|not exist|stop existing|not be alive|not wake up|sleep forever)\s*(?:forever|for good|from (?:this|the) world|from everything)?\s*[.!…]*$/u,
  /\b(?:i'?m|i am|im) (?:so |just |really |honestly |completely )*done with (?:everything|it all|life|living|being alive|all of it)\b/u,
  /\b(?:nobody|no one|no-one)(?: would| will|'d)?(?: even| ever| really)? (?:notice|care|miss me)(?: if i(?:'m| was| were| am)? (?:gone|dead|died|disappeared|not here|wasn't here))?\s*[.!…]*$/u,
  /\bdon'?t want to (?:be here|be around|exist|be alive|live|wake up)(?: any ?more)\b|\bdon'?t want to (?:exist|be alive)\b|\bdon'?t want to live\s*[.!…]*$/u,
  /\bwhat'?s the point (?:of|in) (?:living|life|being alive|going on|waking up|even trying to live)\b|\bno reason to (?:live|keep living|go on)\b/u,
  /\b(?:sleep|go to sleep|fall asleep) and never wake up\b|\bnever wake up again\b|\bwish i (?:was|were) (?:dead|never born)\b|\bwish i (?:had )?never (?:been born|existed)\b|\bbetter off without me\b/u,
];

