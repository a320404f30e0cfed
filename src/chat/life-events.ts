/**
 * Life events: the grave (and a few big happy) things people tell a counsellor in a few words,
 * "엄마가 돌아가셨어요", "제가 암이래요", "지난주에 유산했어요". The intent classifier answers
 * what its corpus covers, and such news is told in too many ways, about too many people, for
 * an intent each (eight such intents wait in data/dialogue/pending/ because they cost held-out
 * accuracy). Read alone, a reading of neutral or an unsure score sent these turns to the generic
 * follow-ups: "제가 암이래요" got "요즘 즐겨 듣는 노래가 있어요?". The words that tell them are
 * few and plain, so rules find them: each event has the words that tell it, the words that mean
 * something else in the same text (유산 as an inheritance), the intents whose replies already fit
 * it, and its own replies, each of which fits whoever it happened to (the user, a parent, a
 * friend) and asks one gentle question.
 *
 * Precision matters more than recall here: a missed event falls back to the usual reflection and
 * follow-up, while a false one would answer "배고파 죽겠다" with condolences. The rules are
 * measured on data/eval/life_events.tsv (written apart from them) and on every example of the
 * intent corpus (tests/chat/life-events.test.ts).
 */
import type { EmotionId } from '../ml/emotions';

export type LifeEventId =
  | 'recovered'
  | 'pet_died'
  | 'pregnancy_loss'
  | 'infertility'
  | 'bereavement'
  | 'medical_emergency'
  | 'serious_illness'
  | 'surgery'
  | 'dementia'
  | 'accident_injury'
  | 'home_disaster'
  | 'theft'
  | 'scam'
  | 'pet_lost'
  | 'mental_health_care'
  | 'divorce_final'
  | 'just_married';

export interface LifeEvent {
  id: LifeEventId;
  /** The mood the event is answered in (the conversation's thread takes it). */
  emotion: EmotionId;
  /** Words that tell the event. */
  tells: RegExp;
  /** Words that, in the same text, say it is something else (a drama, a joke, another sense). */
  unless?: RegExp;
  /** Words the text must also hold (whom it happened to), where the event's own words are not enough. */
  needs?: RegExp;
  /** Intents whose replies already fit the event: a confident one answers as usual. */
  fits: readonly string[];
  /**
   * How grave the event is (3: a death or a loss, 2: a life in danger or a grave diagnosis, 1: the
   * rest). Within a story, an event told after a graver or equal one is a detail of it ("갑자기
   * 심장마비로요" after "엄마가 돌아가셨어요") and gets no reply of its own. Absent for good news,
   * which is always answered: it turns the story ("퇴원했어요!").
   */
  grave?: 1 | 2 | 3;
  /** The first reply when the event is told. */
  replies: readonly string[];
  /** Questions for the next turns of its story, preferred over the generic follow-ups. */
  questions: readonly string[];
}

// People close to the user: whose collapse or death the rules below recognise.
const PERSON =
  '(?:엄마|아빠|어머니|아버지|어머님|아버님|부모님|할머니|할아버지|외할머니|외할아버지|남편|아내|와이프|신랑|배우자|오빠|언니|누나|형|동생|남동생|여동생|아들|딸|아이|애기|친구|동료|선배|후배|삼촌|이모|고모|외삼촌|시어머니|시아버지|장모님|장인어른|사촌|조카)';
const PET = '(?:강아지|고양이|반려견|반려묘|반려동물|냥이|멍멍이|댕댕이|햄스터|앵무새|토끼|고슴도치|거북이|우리\\s?(?:집\\s?)?(?:강아지|고양이|개|냥이))';
// A pet, or a dog by its plain name or breed ("우리 개가 숲으로 뛰어 들어가서").
const PET_OR_DOG = `(?:${PET}|(?<![가-힣])개(?=[가는를도랑]|\\s|$)|누렁이|치와와|푸들|말티즈|시바견?|진돗개|포메|비숑|리트리버|웰시코기|코숏|냥이|앵무새)`;
// Long-term care or a diagnosis made long ago: a carer's story, for the intents rather than news.
const CARE_SINCE = '재활|간병|모시고|뒷바라지|돌봐|돌보|챙겨|다니느라|같이\\s?다녀|옆에서\\s?보기|또\\s?그럴까|병원\\s?다니|(?:지|시)고\\s?나서|[가-힣]\\s?후에|(?:진단|수술)\\s?(?:후로|이후로|받은\\s?지|한\\s?지)';
// Told as fiction or news, not as the user's life.
const FICTION = /드라마|영화|소설|웹툰|만화|예능|게임\s?(?:에서|속)|뉴스(?:에서|를\s?보|보다가)/;

export const LIFE_EVENTS: readonly LifeEvent[] = [
  {
    id: 'recovered',
    emotion: 'joy',
    tells: new RegExp(
      [
        '퇴원|완치|(?:수술|치료|항암|재활|시술)(?:이|가|은|도|을|를)?\\s?(?:잘\\s?|무사히\\s?|다\\s?)?(?:끝났|끝냈|끝나고|마쳤|마치|성공|잘\\s?됐|잘\\s?끝)|회복(?:했|됐|되셨|하셨)|회복실',
        '(?:조직\\s?검사|검사)\\s?결과(?:가|는)?\\s?(?:깨끗|이상\\s?없|괜찮)|깨끗하대|양성\\s?종양|깁스(?:를)?\\s?(?:풀|뺐|제거)|관해|치료\\s?종결|재발\\s?없이',
        '일반\\s?병실|나으셨|나으셔|다\\s?나았(?!나|는지)|아물었|의식(?:이)?\\s?돌아|깨어나셨|깨어났|자가\\s?호흡|인공\\s?호흡기\\s?(?:뗐|떼었|뺐)|마지막\\s?(?:항암|주사|치료|방사선)|(?:항암|방사선\\s?치료|치료)\\s?마지막',
        '다시\\s?걸을|걸어서\\s?(?:나왔|퇴원)|재활\\s?병원\\s?졸업|(?:병원|외래)(?:에)?\\s?안\\s?(?:오셔도|와도)\\s?된',
      ].join('|'),
    ),
    // Worry, pain or a turn for the worse in the same words is not the good news it looks like.
    unless: /아직|텐데|떨려|떨리|무너|눈물이|울었|울어|슬프|속상|겠죠|겠지|을까|ㄹ까|까요|걱정|불안|무서|재발(?!\s?없)|후유증|합병증|힘들|아파|아프|통증|다시\s?입원|(?<!(?:댁|집)으로\s?)돌아가|세상을|위독|못\s?했|안\s?됐|실패/,
    fits: ['life_health_good_result', 'conv_doesnt_feel_real', 'family_good_news'],
    replies: [
      '정말 다행이에요, 축하해요! 그동안 마음 졸이며 버텨 온 시간이 떠올라 저까지 마음이 찡해요. 지금 제일 하고 싶은 건 뭐예요?',
      '그 소식을 들으니 저까지 마음이 놓여요. 긴장이 풀리면서 피로가 한꺼번에 몰려올 수도 있으니 푹 쉬었으면 좋겠어요. 이 기쁜 소식을 누구와 제일 먼저 나눴어요?',
      '힘든 시간을 잘 지나왔네요. 앞으로는 몸도 마음도 천천히 회복하는 시간이었으면 해요. 지금 기분은 어때요?',
    ],
    questions: [
      '회복하고 나서 제일 하고 싶은 일은 뭐예요?',
      '그동안 곁에서 힘이 되어 준 사람이 있어요?',
    ],
  },
  {
    id: 'pet_died',
    emotion: 'sadness',
    tells: new RegExp(
      `무지개\\s?다리|(?:${PET}|반려동물)[^.?!]{0,6}(?:장례|화장터|화장(?:했|하고|을)|유골)|${PET}(?:가|이|를|는)?\\s?(?:결국\\s|어제\\s|오늘\\s|갑자기\\s)?(?:죽었|죽어|하늘나라|하늘로|세상을|떠났|떠나보|보내\\s?줬|숨을|안락사)`,
    ),
    fits: ['grief_pet_died', 'grief_reminders_everywhere', 'grief_moving_on_guilt', 'grief_death_anniversary'],
    replies: [
      '함께한 시간만큼 빈자리도 클 거예요. 가족을 잃은 슬픔이니 그렇게 아픈 게 당연해요. 그 아이를 떠올리면 가장 먼저 어떤 모습이 생각나요?',
      '집 안 곳곳에 남은 흔적 때문에 더 허전할 것 같아요. 충분히 슬퍼해도 괜찮아요. 그 아이는 어떤 성격이었어요?',
      '그동안 아끼고 사랑해 준 마음을 그 아이도 다 알았을 거예요. 떠나보낸 마음이 얼마나 허전할지요. 요즘 그 빈자리가 가장 크게 느껴지는 때는 언제예요?',
    ],
    grave: 3,
    questions: [
      '그 아이와 함께한 날들 중에 제일 행복했던 기억은 뭐예요?',
      '요즘 그 아이 생각이 가장 많이 나는 때는 언제예요?',
      '그 아이에게 못다 한 말이 있다면 어떤 말이에요?',
    ],
  },
  {
    id: 'pregnancy_loss',
    emotion: 'sadness',
    tells: new RegExp(
      [
        '유산(?:했|됐|되었|이래|이라|이\\s?됐|을\\s?(?:했|겪)|으로|\\s?판정|\\s?후|\\s?이후|하고|한\\s?지|된\\s?지|\\s?수술|\\s?처치|\\s?진단|돼서|되어서)|계류\\s?유산|자연\\s?유산|화학적\\s?유산|번째\\s?유산|사산|소파술|자궁\\s?외\\s?임신',
        '(?:아기|아가|태아|애기|쌍둥이)[^.?!]{0,12}(?:심장|심장\\s?소리|심박)(?:이|가|은|도)?\\s?(?:안\\s?(?:뛰|뛴|들)|멈|없|더\\s?(?:이상|는)|뛰지\\s?않)|(?:태아|아기)\\s?심정지|심장\\s?뛰는\\s?거[^.?!]{0,20}안\\s?뛴|심장\\s?소리(?:가)?\\s?(?:안\\s?들|멈|없)',
        '(?:뱃속\\s?|배\\s?속\\s?)?(?:아기|아가|애기)를[^.?!]{0,8}(?:잃었|떠나보|하늘나라|하늘로)|(?:뱃속|배\\s?속)에서\\s?(?:떠났|잃|멈|숨)|(?:아기|태아)가[^.?!]{0,12}(?:더\\s?(?:크지|자라지)\\s?않|멈춰|멈췄)|아기집[^.?!]{0,12}난황|하혈하고\\s?잃',
      ].join('|'),
    ),
    unless: /상속|재산|물려|문화\s?유산|세계\s?유산|유산\s?(?:분배|싸움|다툼|소송|문제|정리)|유산균|유산소/,
    fits: [],
    replies: [
      '기다리던 아기를 잃었다니, 그 마음을 어떻게 다 헤아릴 수 있을까요. 누구의 잘못도 아니에요. 몸은 좀 회복되고 있어요?',
      '말로 꺼내기조차 힘든 일을 들려줘서 고마워요. 아기를 기다리며 품었던 마음이 큰 만큼 슬픔도 깊을 거예요. 지금 이 슬픔을 함께 나눌 수 있는 사람이 곁에 있어요?',
      '주변에서는 금방 괜찮아질 거라 말해도, 당신에게는 분명한 이별이에요. 충분히 슬퍼해도 괜찮아요. 요즘 가장 마음을 무겁게 하는 건 어떤 생각이에요?',
      '몸도 마음도 한꺼번에 아픈 시간을 보내고 있겠어요. 혹시 스스로를 탓하고 있다면, 당신 탓이 아니라는 걸 꼭 말해 주고 싶어요. 요즘 잠은 좀 자고 있어요?',
    ],
    grave: 3,
    questions: [
      '요즘 몸은 좀 회복되고 있어요?',
      '이 슬픔을 함께 나눌 수 있는 사람이 곁에 있어요?',
      '요즘 가장 마음을 아프게 하는 순간은 언제예요?',
      '주변에서 들은 말 중에 유독 마음에 걸린 게 있었어요?',
    ],
  },
  {
    id: 'infertility',
    emotion: 'sadness',
    tells: new RegExp(
      [
        '시험관(?!\\s?(?:옆|앞|님|이\\s?(?:무섭|깐깐|엄격)))|난임|불임|인공\\s?수정|배아(?![파프퍼])|피검(?!사)|난자\\s?(?:채취|동결)|정자\\s?검사|(?<![A-Za-z])AMH|난소\\s?나이|배란\\s?(?:유도|주사)|과배란|비임신',
        '착상(?:이|이\\s?안|\\s?실패|\\s?증상|\\s?(?:됐|안\\s?됐|잘))|이식\\s?(?:실패|했|한\\s?지|후|날|결과)|이식만',
        '(?:임테기|임신\\s?테스트기?|테스트기)[^.?!]{0,12}(?:한\\s?줄|음성|안\\s?나|단호박)|(?:아기|아이|애기)가\\s?(?:잘\\s?)?안\\s?생|임신\\s?(?:시도|준비)[^.?!]{0,12}(?:년|개월|달)(?:째|이\\s?지)',
      ].join('|'),
    ),
    unless: /성공|기적|좋게|(?<!비)임신(?:이래|했|확인|이에요|입니다|이라)|두\s?줄|양성|실험|깨뜨|과학|소설|아이디어|작품|구상/,
    fits: ['marriage_pressure_for_baby', 'parenting_good_parent_worry'],
    replies: [
      '기대하고 애쓴 만큼 결과를 마주하는 순간이 얼마나 아팠을지요. 몸도 마음도 많이 지쳤을 것 같아요. 요즘 이 시간을 누구와 함께 견디고 있어요?',
      '희망을 품었다가 내려놓는 일을 되풀이하는 게 얼마나 고된지, 겪어 보지 않은 사람은 잘 모를 거예요. 당신 잘못이 아니에요. 지금 가장 마음을 무겁게 하는 건 뭐예요?',
      '기다리고 또 기다린 시간만큼 속상함도 클 거예요. 오늘은 결과보다 당신을 먼저 돌봐 주면 좋겠어요. 요즘 마음이 조금이라도 편해지는 순간이 있어요?',
    ],
    grave: 2,
    questions: [
      '지금까지 오는 동안 가장 힘들었던 순간은 언제였어요?',
      '요즘 당신을 위해 쉬어 가는 시간이 조금은 있어요?',
      '이 마음을 털어놓을 수 있는 사람이 곁에 있어요?',
    ],
  },
  {
    id: 'dementia',
    emotion: 'sadness',
    tells: new RegExp(
      [
        '치매|알츠하이머|인지\\s?(?:저하|장애)|배회|(?:저|나|날|절|저를|나를|자식|딸|아들|가족)(?:을|를|도)?\\s?(?:잘\\s?)?못\\s?알아(?:보|봐|봤|본|볼)|(?:저|나|날|절)(?:더러|보고|한테)\\s?(?:[가-힣]+\\s)?누구(?:냐고|세요|시냐|냐)',
        '같은\\s?(?:질문|말)을\\s?[^.?!]{0,10}(?:번|자꾸|계속)|길을\\s?(?:잃으|잊으|잃어버리셨|잊어버리셨)|기억\\s?(?:을\\s?)?못\\s?하(?:시|셔)|(?:가스\\s?)?불\\s?(?:켜\\s?놓고|을\\s?켜\\s?놓고)\\s?(?:잊|깜빡)|돌아가신\\s?[가-힣]+(?:를|을)\\s?(?:자꾸\\s)?찾으',
      ].join('|'),
    ),
    unless: /(?:나|내가|저|제가)\s?(?:완전\s|진짜\s|벌써\s|혹시\s)?치매|치매\s?(?:걸린\s?듯|온\s?듯|인가\s?봐|오나\s?봐)|ㅋㅋ|치매\s?예방|오랜만|살\s?(?:빠|쪄)|변해|몰라봤|돌아가셨|돌아가시고|세상을|장례|떠나셨|떠나시/,
    // Someone else: a person word or an honorific ("진단 받으셨어요"); "치매 시작인가 싶어" is a worry about oneself.
    needs: new RegExp(`${PERSON}|셨|으셔|께서|하셔|하심`),
    fits: ['conv_helpless_for_someone', 'family_caring_sick_parent', 'family_parents_aging', 'later_spouse_care', 'family_parent_health_worry'],
    replies: [
      '사랑하는 사람이 조금씩 달라져 가는 걸 지켜보는 건 정말 아픈 일이에요. 슬픔과 걱정이 한꺼번에 밀려올 것 같아요. 요즘 가장 마음이 쓰이는 건 어떤 부분이에요?',
      '함께 쌓아 온 기억이 흐려져 가는 걸 보는 마음이 얼마나 먹먹할지요. 그래도 곁에서 마음 쓰는 당신의 정성은 분명 전해질 거예요. 앞으로의 일을 함께 의논할 가족이 있어요?',
      '이런 소식은 한 번에 받아들이기 어려워요. 앞으로 어떻게 해야 할지 막막한 마음도 들 거예요. 요즘 당신 마음은 좀 어때요?',
    ],
    grave: 2,
    questions: [
      '요즘 그분의 어떤 모습이 가장 마음에 남아요?',
      '돌보는 일은 누구와 함께 나누고 있어요?',
      '그분과의 추억 중에 자주 떠오르는 게 있어요?',
    ],
  },
  {
    id: 'bereavement',
    emotion: 'sadness',
    tells: new RegExp(
      [
        '돌아가셨|돌아가시|돌아가신|세상(?:을)?\\s?(?:떠났|떠나|등졌|떴)|하늘나라|하늘로\\s?(?:갔|가셨|떠났|보냈)|숨을\\s?거두|숨지|운명하셨|별세|타계|사망(?:하셨|했|신고|\\s?신고|\\s?소식|\\s?진단)|유품',
        '장례|빈소|발인|영정|부고|사별|(?:49|사십구)재|삼우제|화장터|납골당|추모\\s?공원|임종|유골|상(?:을)?\\s?당(?:해|했|하)|상중',
        `${PERSON}(?:가|이|를|은|는|께서)?\\s?(?:갑자기\\s|사고로\\s|결국\\s)?(?:죽었|죽었대|죽었다는|떠나보냈|보내\\s?드렸|잃었)`,
        `${PERSON}(?:를|을)\\s?(?:먼저\\s)?(?:떠나\\s?)?보내\\s?(?:드리|드렸|고\\s?(?:나서|혼자|오늘|처음))`,
        '(?:갑자기|결국|사고로|스스로)\\s?(?:세상을\\s?떠|죽었|갔어|갔대)|주무시다\\s?(?:가)?\\s?가셨|편히\\s?가셨|먼저\\s?가셨',
      ].join('|'),
    ),
    // Someone else's loss ("친구 어머니 돌아가셨는데 뭐라고 해야 할지") is not the user's bereavement.
    unless: new RegExp(`${FICTION.source}|미리|(?:친구|동료|지인|선배|후배|팀장님?|부장님?|과장님?|상사|회사\\s?사람|이웃)(?:의|네)?\\s?(?:어머니|아버지|어머님|아버님|부모님|할머니|할아버지|엄마|아빠|남편|아내|장인|장모)`),
    fits: ['conv_helpless_for_someone', 'conv_birthday_alone', 'love_blind_date_report', 'grief_pet_died', 'grief_grandparent_died', 'grief_death_anniversary', 'grief_reminders_everywhere', 'grief_moving_on_guilt', 'conv_doesnt_feel_real', 'conv_cant_believe_it'],
    replies: [
      '소중한 분을 떠나보냈다니, 어떤 말로 위로해야 할지 조심스러워요. 지금은 슬픔을 추스르려 애쓰지 않아도 괜찮아요. 요즘 하루하루를 어떻게 지내고 있어요?',
      '너무 큰 일을 겪었네요. 이 이야기를 꺼내는 것만으로도 많은 힘이 들었을 거예요. 그분은 당신에게 어떤 분이셨어요?',
      '떠나보낸 뒤에는 슬픔보다 멍한 마음이 먼저 오기도 해요. 어떤 마음이 들든 다 자연스러운 거예요. 지금 곁에서 함께 슬퍼해 줄 사람이 있어요?',
      '그 큰 슬픔을 여기 털어놓아 줘서 고마워요. 이럴 때는 밥 한 끼, 잠 한숨 챙기는 것도 버거울 수 있어요. 요즘 몸은 좀 어때요?',
    ],
    grave: 3,
    questions: [
      '그분과 함께한 시간 중에 요즘 자주 떠오르는 장면이 있어요?',
      '그분께 미처 하지 못한 말이 있다면 어떤 말이에요?',
      '요즘 슬픔이 가장 크게 밀려오는 때는 언제예요?',
      '이 슬픔을 함께 나눌 수 있는 사람이 곁에 있어요?',
    ],
  },
  {
    id: 'medical_emergency',
    emotion: 'anxiety',
    tells: new RegExp(
      [
        `${PERSON}(?:가|이|께서)?\\s?(?:[가-힣]+\\s){0,3}쓰러(?:지|졌|져|진)`,
        '쓰러지셨|쓰러지셔서|(?:병원|응급실)(?:으로|에)?\\s?실려|실려\\s?(?:갔|가셨)|응급실|중환자실|(?<![A-Za-z])ICU|의식(?:이|을)?\\s?(?:없|잃|못\\s?찾|안\\s?돌아)',
        '심정지|심근\\s?경색|심장\\s?마비|뇌출혈|뇌경색|뇌졸중|중풍|구급차|(?<![0-9])119(?:를|에|\\s?(?:불|타|신고|왔|차))|응급\\s?수술|위독|인공\\s?호흡기|혼수\\s?상태|에크모|심폐\\s?소생술|(?<![A-Za-z])CPR',
      ].join('|'),
    ),
    unless: new RegExp(`${FICTION.source}|${CARE_SINCE}|웃|ㅋㅋ|완전\\s?쓰러|못\\s?뵀|돌아가|떠나시|떠나셨|근무|밤번|나이트|간호사|교대|당직|분위기|교육|훈련|자격증|수업|강의|소리|사이렌|쓰러져\\s?(?:자|잤|잠)|잠들`),
    fits: ['family_parent_health_worry', 'parenting_child_sick', 'health_panic_attack', 'pets_pet_sick'],
    replies: [
      '얼마나 놀라고 무서웠을지요. 갑자기 벌어진 일 앞에서는 정신이 하나도 없는 게 당연해요. 지금은 상황이 좀 어떤지 물어봐도 될까요?',
      '가슴이 철렁하는 순간이었겠어요. 지금도 마음이 많이 조마조마할 것 같아요. 지금 곁에 함께 있어 줄 사람이 있어요?',
      '그런 일을 겪고 나면 한동안 다른 건 아무것도 눈에 안 들어와요. 이렇게 이야기를 꺼내 줘서 다행이에요. 지금 당신 마음은 좀 어때요?',
    ],
    grave: 2,
    questions: [
      '지금은 상황이 좀 어떤지 물어봐도 될까요?',
      '그 소식을 들었을 때 어떤 생각이 제일 먼저 들었어요?',
      '지금 당신 곁에는 누가 있어요?',
      '기다리는 동안 끼니는 좀 챙겼어요?',
    ],
  },
  {
    id: 'serious_illness',
    emotion: 'anxiety',
    tells: new RegExp(
      [
        '(?:위|폐|간|췌장|대장|직장|유방|갑상선|자궁경부|자궁|난소|전립선|방광|신장|피부|혈액|뇌|식도|담낭|담도|구강|후두|골수|설|림프|소아)암',
        '(?<![가-힣])암(?:이래|이라|이에요|이었|이었어|이\\s?(?:생|재발|전이|퍼|발견|의심|있대)|\\s?(?:진단|판정|선고|확진|수술|센터|병동|환자|투병|치료|검사|세포|덩어리)|\\s?[0-9일이삼사]\\s?기|에\\s?걸|\\s?걸)',
        '종양|악성\\s?(?:종양|이래|이라|으로\\s?나|림프|세포|혹)|백혈병|림프종|육종|희귀\\s?(?:병|질환|난치)|난치병|불치병|시한부|전이(?:됐|되었|가|래)|재발(?:했|됐|이래|이라)|항암|방사선\\s?치료|루게릭|파킨슨|다발성\\s?경화|투석',
        '(?:큰|중한|몹쓸)\\s?병(?:이래|이라|에\\s?걸|을\\s?(?:진단|얻)|이\\s?생)|(?:장기|간|신장|골수|심장)\\s?이식',
      ].join('|'),
    ),
    // "암 걸릴 것 같아" is slang for maddening.
    unless: new RegExp(`${FICTION.source}|${CARE_SINCE}|암\\s?(?:걸릴|유발)|걸릴\\s?(?:것\\s?같|듯)|시한부\\s?(?:연애|인생|휴가|계약)`),
    fits: ['family_parent_health_worry', 'parenting_child_sick', 'life_health_waiting_results', 'pets_pet_sick', 'conv_will_it_be_ok', 'conv_helpless_for_someone'],
    replies: [
      '그런 소식을 들으면 한순간에 머릿속이 하얘지죠. 얼마나 놀라고 두려울지 다 헤아릴 수는 없지만, 혼자 감당하지 않았으면 좋겠어요. 지금 가장 걱정되는 건 어떤 부분이에요?',
      '큰 진단 앞에서는 무섭고 막막한 마음, 믿기지 않는 마음이 한꺼번에 밀려와요. 어떤 마음이든 다 자연스러운 거예요. 이 소식을 함께 나누고 기댈 수 있는 사람이 곁에 있어요?',
      '앞으로의 치료도, 일상도 한꺼번에 걱정될 것 같아요. 당장 모든 걸 정리하지 않아도 괜찮아요, 하루씩 가도 돼요. 소식을 들은 뒤로 잠은 좀 잘 수 있었어요?',
      '이야기해 줘서 고마워요. 이런 무게는 말로 꺼내는 것만으로도 조금은 나눠질 수 있어요. 요즘 하루는 어떻게 보내고 있어요?',
    ],
    grave: 2,
    questions: [
      '앞으로의 치료 이야기를 들으면서 가장 마음에 걸린 건 뭐였어요?',
      '이 소식을 들은 뒤로 잠은 좀 자고 있어요?',
      '지금 마음을 가장 무겁게 하는 생각은 뭐예요?',
      '기댈 수 있는 사람에게 이 소식을 나눠 봤어요?',
    ],
  },
  {
    id: 'surgery',
    emotion: 'anxiety',
    tells: new RegExp(
      [
        '(?<!대)수술(?:을|이|은|도|로|\\s)?\\s?(?:날짜|일정|날|전날|전이라|전\\s?검사|앞두|앞둔|받아야|받기로|받게|받아요|받습니다|하기로|해야|하게\\s?됐|잡혔|잡았|예정|들어가|들어갔|동의서|대기|실|하자|하재|하래|권유|예약|이\\s?(?:내일|모레|[가-힣]요일))',
        '(?:내일|모레|다음\\s?주|이번\\s?주|다음\\s?달|오늘|곧)\\s?(?:에\\s?)?(?:[가-힣]+\\s)?수술|전신\\s?마취|마취\\s?설명|입원\\s?수속',
        '(?:절제|봉합|제왕\\s?절개|시술)(?:술)?\\s?(?:을\\s?)?(?:받기로|하기로|날짜|예약|잡|날\\s?받|정했)|(?:떼는|떼기로|떼)\\s?(?:수술|로\\s?했|기로\\s?했)',
      ].join('|'),
    ),
    unless: FICTION,
    fits: ['conv_will_it_be_ok', 'later_body_aging', 'family_parent_health_worry', 'parenting_child_sick', 'pets_pet_sick'],
    replies: [
      '수술을 앞두고 있으면 이런저런 걱정이 꼬리를 물죠. 무서운 마음이 드는 게 당연해요. 지금 가장 걱정되는 건 어떤 부분이에요?',
      '날짜가 다가올수록 마음이 더 싱숭생숭할 것 같아요. 걱정되는 마음을 이렇게 꺼내 놓는 것도 큰 도움이 돼요. 수술하는 날 곁에 있어 줄 사람이 있어요?',
      '기다리는 시간이 제일 길게 느껴지죠. 걱정 때문에 뒤척이는 밤도 있을 것 같아요. 요즘 잠은 좀 자고 있어요?',
    ],
    grave: 1,
    questions: [
      '수술에 대해 가장 걱정되는 건 어떤 부분이에요?',
      '수술이 끝나고 나면 제일 먼저 하고 싶은 게 있어요?',
      '수술하는 날 곁에 있어 줄 사람이 있어요?',
    ],
  },
  {
    id: 'home_disaster',
    emotion: 'anxiety',
    tells: new RegExp(
      [
        '(?:집|방|가게|건물|아파트|옆집|윗집|아랫집|주방|부엌|베란다|시골집|댁)(?:에|이|에서|에서도)?\\s?불(?:이)?\\s?(?:났|나서|붙|남)|(?:합선|산불|실외기)[^.?!]{0,12}(?:불|타\\s?버렸|탔)|불난\\s?(?:뒤|후|집)|그을음|화재',
        '침수|물난리|(?<!눈)물바다|물에\\s?잠|까지\\s?(?:물에\\s?)?잠겼|누수|천장에서\\s?물|홍수|산사태|넘쳐서|지진(?:이|으로|에|\\s?피해|\\s?났|\\s?나서|\\s?때문에)|가스(?:가)?\\s?(?:폭발|새|터)|(?:보일러|건물|공장|집|아파트)(?:가|이)?\\s?폭발|폭발\\s?사고|(?:태풍|폭우|장마)(?:에|으로|때문에)\\s?(?:집|지붕|창문|가게|차)',
      ].join('|'),
    ),
    unless: new RegExp(`${FICTION.source}|머리에\\s?불|불난\\s?집에\\s?부채|발등에\\s?불|(?:화재|지진|대피)\\s?(?:훈련|경보\\s?오작동)|보험|단톡|톡방|채팅방|댓글|게시판|(?:노트북|폰|휴대폰|핸드폰|키보드)[^.?!]{0,8}침수|꽃병|물컵|컵|쏟`),
    fits: ['money_unexpected_expense'],
    replies: [
      '많이 놀랐겠어요. 무엇보다 다친 사람은 없는지 걱정돼요. 지금은 안전한 곳에 있어요?',
      '삶의 터전이 흔들리는 일을 겪으면 한동안 몸도 마음도 붕 떠 있는 것 같죠. 당장 해결할 일이 많아 막막할 것 같아요. 지금 가장 급한 건 어떤 일이에요?',
      '얼마나 정신없고 속상할지요. 물건이야 다시 마련할 수 있어도 놀란 마음은 쉽게 가라앉지 않아요. 지금 곁에서 도와줄 사람이 있어요?',
    ],
    grave: 1,
    questions: [
      '지금 지낼 곳은 마련됐어요?',
      '당장 도움을 받을 수 있는 곳이나 사람이 있어요?',
      '그 일을 겪은 뒤로 잠은 좀 자고 있어요?',
    ],
  },
  {
    id: 'accident_injury',
    emotion: 'anxiety',
    tells: new RegExp(
      [
        '교통\\s?사고|접촉\\s?사고|추돌|사고(?:가|를)?\\s?(?:났|나서|당했|당해|당하)|사고로|(?:차|오토바이|택시|버스|자전거|트럭|킥보드|뒤차|앞차)[^.?!]{0,10}(?:치였|치여|박았|받혔|받히|부딪|들이받|긁고)|(?:가드레일|전봇대|벽|차)을?\\s?들이받|뺑소니|폐차',
        '(?:다리|팔|발목|손목|발가락|손가락|갈비뼈|뼈|코뼈|쇄골|허리|무릎|어깨|팔목|인대|앞니)(?:가|를|이|뼈가)?\\s?(?:부러|골절|금이|파열|나갔|깨졌|끊어졌|늘어났)|골절|깁스|화상(?!\\s?(?:회의|통화|면접|수업|강의|채팅|카메라))|십자\\s?인대',
        '(?:넘어지|넘어져|넘어졌|굴러|떨어져|떨어졌|미끄러|추락|헛디뎌)[^.?!]{0,14}(?:다쳤|다쳐|부러|꿰맸|응급|피가|병원|나갔|깨졌|늘어)|꿰맸|크게\\s?다쳤|다쳐서\\s?(?:입원|병원)|다치셨|(?:기계|문)에\\s?(?:끼었|끼여|끼어)',
      ].join('|'),
    ),
    unless: new RegExp(`${FICTION.source}|사고\\s?(?:쳤|치|방식)|사고로\\s?(?:생각|이해)|뻔(?:했|한|하)|통제|정체|막혀|지연|늦었|지각|깁스(?:를)?\\s?(?:풀|뺐)|(?:부러|터|끊어)질\\s?(?:것|듯)`),
    fits: ['parenting_child_sick', 'family_parent_health_worry', 'pets_pet_sick', 'grief_pet_died', 'money_unexpected_expense'],
    replies: [
      '많이 놀랐겠어요. 사고는 순식간인데 놀란 마음은 한참 가라앉지 않죠. 다친 곳은 괜찮은지 걱정돼요. 지금 상황은 좀 어때요?',
      '그런 일을 겪으면 몸보다 마음이 더 오래 떨리기도 해요. 놀란 마음을 혼자 삼키지 않아도 돼요. 지금 곁에서 도와줄 사람이 있어요?',
      '얼마나 아프고 놀랐을지요. 당분간은 회복하는 걸 제일 먼저 생각해도 괜찮아요. 그 일이 있고 나서 요즘은 어떻게 지내고 있어요?',
    ],
    grave: 1,
    questions: [
      '몸은 좀 괜찮아요?',
      '그 순간이 자꾸 떠오르거나 놀란 마음이 남아 있진 않아요?',
      '처리할 일들 때문에 더 정신없지는 않아요?',
    ],
  },
  {
    id: 'scam',
    emotion: 'hurt',
    tells: new RegExp(
      [
        '보이스\\s?피싱|스미싱|(?<![가-힣])피싱|사기(?:를|에)?\\s?(?:당|맞|걸려|쳤|쳐서)|사기꾼|사기\\s?(?:피해|범|치고)|(?:분양|전세|중고|중고거래|투자|코인|주식|보험|취업|대출|로맨스|결혼|부동산|명의|티켓|공구|쇼핑몰|택배)\\s?사기|로맨스\\s?스캠|스캠|먹튀|사칭|리딩방|다단계|대포\\s?통장|벽돌',
        '(?:돈|입금|송금|계약금|보증금|선입금|수수료|투자금|곗돈)[^.?!]{0,15}(?:잠수|연락\\s?(?:두절|끊|이\\s?안|안\\s?돼|안\\s?받)|날랐|튀었|들고\\s?(?:도망|사라|잠적|튀)|떼였)|떼였|(?:들고|챙겨서?)\\s?(?:튀었|도망갔|잠적)',
        '(?:빌려\\s?가|가져\\s?가)[^.?!]{0,12}(?:연락이?\\s?(?:끊|두절|안\\s?돼)|잠수|차단)|(?:돈만|돈을?)\\s?(?:보내고|부치고|입금하고)[^.?!]{0,8}(?:당했|떼|못\\s?받|연락)|문자[^.?!]{0,12}(?:받고|보고|눌렀다가)[^.?!]{0,16}(?:돈|송금|입금|털리)',
        '속아서[^.?!]{0,15}(?:돈|대출|날렸|보냈)|(?:계정|사이트|판매자|쇼핑몰)(?:이|가)?\\s?(?:사라졌|없어졌|없어짐|잠수|폭파)',
      ].join('|'),
    ),
    // Fear of being scammed ("전세사기 무서워서 계약을 못 하겠어") is not having been scammed.
    unless: new RegExp(`${FICTION.source}|무서워|무섭|걱정|조심|얘기\\s?들|예방|당할까`),
    fits: ['money_jeonse_fraud', 'friends_money_not_returned', 'money_investment_loss', 'self_feel_foolish', 'freelance_unpaid', 'business_bad_review'],
    replies: [
      '믿고 한 일이 그렇게 돌아왔다니 얼마나 허탈하고 분할지요. 속인 사람이 잘못한 거지, 속은 당신이 어리석은 게 아니에요. 혹시 경찰이나 은행에는 알려 봤어요?',
      '이런 일을 당하면 잃은 것보다 스스로를 탓하는 마음이 더 아플 때가 많아요. 누구라도 속을 수 있게 짜인 수법이에요. 지금 가장 마음을 무겁게 하는 건 뭐예요?',
      '화도 나고 막막하고, 한동안 잠도 잘 안 올 것 같아요. 혼자 끙끙 앓지 않았으면 좋겠어요. 이 일을 털어놓을 수 있는 사람이 곁에 있어요?',
    ],
    grave: 1,
    questions: [
      '혹시 경찰이나 은행에는 알려 봤어요?',
      '이 일을 털어놓을 수 있는 사람이 곁에 있어요?',
      '요즘 스스로를 탓하는 마음이 들진 않아요?',
    ],
  },
  {
    id: 'theft',
    emotion: 'anger',
    tells: new RegExp(
      [
        '도둑(?:이|을|맞|질)|도난|소매치기|날치기|빈집\\s?털이|(?:집|빈집|차|가게|매장|사무실|방|금고|폰|휴대폰|핸드폰|지갑|가방)(?:이|가|을|를)?\\s?(?:싹\\s|다\\s)?털(?:렸|려)|털어\\s?갔',
        '(?:누가|누군가)\\s?(?:[가-힣]+\\s)?훔쳐|(?:지갑|폰|휴대폰|핸드폰|자전거|가방|택배|카드|물건|돈|현금|노트북|반지|목걸이|차)(?:을|를)?\\s?(?:누가\\s?)?훔쳐',
        '(?:누가|누군가|몰래)[^.?!]{0,20}(?:가져갔|가져감|가져\\s?갔|떼\\s?갔|따\\s?갔|빼돌|들고\\s?갔)|(?:깨고|따고|부수고)[^.?!]{0,15}가져갔|빼돌리',
      ].join('|'),
    ),
    unless: new RegExp(`${FICTION.source}|도둑\\s?맞은\\s?(?:기분|것\\s?같|느낌)|마음을\\s?훔|시간\\s?도둑|월급\\s?도둑|잠\\s?도둑|도둑\\s?고양이|밥\\s?도둑|늦게\\s?배운\\s?도둑|쏴서|쐈|한턱|ㅋㅋ`),
    fits: ['money_unexpected_expense'],
    replies: [
      '내 물건을 누가 가져갔다는 걸 알았을 때 얼마나 황당하고 화가 났을지요. 피해를 본 건 당신인데 마음까지 불안해지니 더 억울하죠. 혹시 신고는 할 수 있었어요?',
      '생각만 해도 불쾌하고 찜찜하겠어요. 물건도 물건이지만, 안전하다고 여겼던 곳이 흔들린 느낌이 더 클 수도 있어요. 지금 가장 마음에 걸리는 건 뭐예요?',
      '그런 일을 겪으면 한동안 자꾸 주변을 살피게 되죠. 당신 잘못이 아니에요. 그 일 이후로 마음은 좀 어때요?',
    ],
    grave: 1,
    questions: [
      '신고나 정지 같은 처리는 좀 됐어요?',
      '그 일 이후로 불안한 마음이 남아 있진 않아요?',
      '가장 아깝고 속상한 건 어떤 거예요?',
    ],
  },
  {
    id: 'pet_lost',
    emotion: 'anxiety',
    tells: new RegExp(
      [
        `${PET_OR_DOG}(?:가|이|를|을|는|이가)?[^.?!]{0,20}(?:(?:집을\\s?|밖으로\\s?|(?<![가-힣]))나갔(?:어|어요|는데|대|다)|나가서\\s?안|도망갔|도망쳤|달아났|뛰쳐나|뛰어\\s?들어가|날아가\\s?버|빠져나간|빠져나갔|안\\s?(?:들어와|돌아와|돌아오|들어오|보여)|잃어버|놓쳤|없어졌|사라졌|가출|실종|못\\s?찾)`,
        `(?:잃어버린|실종된|사라진|집\\s?나간)\\s?${PET}|${PET}\\s?(?:를|을)?\\s?(?:찾(?:아요|습니다|는\\s?중|고\\s?있|는\\s?전단))|${PET}[^.?!]{0,20}(?:전단지|실종\\s?(?:글|신고))`,
        '(?:목줄|리드줄|하네스)[^.?!]{0,12}(?:풀려|풀려서|놓쳤|놓쳐|빠져|빠졌)|외출냥|산책(?:시키다|하다|\\s?중에?)[^.?!]{0,10}(?:놓치|놓쳤|잃어버)|(?:[가-힣]{2,4})\\s?찾습니다',
      ].join('|'),
    ),
    unless: new RegExp(`${FICTION.source}|줄\\s?알았|줄\\s?알고|찾았(?:어|다|음|어요)|돌아왔(?:어|다|음|어요)`),
    fits: [],
    replies: [
      '얼마나 애가 타고 걱정될지요. 어디서 무얼 하고 있을지 생각만 해도 마음이 조마조마하죠. 마지막으로 본 게 언제, 어디쯤이었어요?',
      '가족이 사라진 것 같은 마음일 거예요. 찾는 동안 당신도 끼니와 잠을 조금은 챙겼으면 좋겠어요. 지금 함께 찾아 주는 사람이 있어요?',
      '걱정이 꼬리에 꼬리를 물 것 같아요. 가까운 곳에 숨어 있다가 돌아오는 경우도 많으니 너무 자책하지 않았으면 해요. 지금까지 어떤 방법으로 찾아봤어요?',
    ],
    grave: 1,
    questions: [
      '마지막으로 본 게 언제, 어디쯤이었어요?',
      '지금까지 어떤 방법으로 찾아봤어요?',
      '함께 찾아 주는 사람이 있어요?',
    ],
  },
  {
    id: 'mental_health_care',
    emotion: 'sadness',
    tells: new RegExp(
      [
        '정신과|정신\\s?건강\\s?의학과|신경\\s?정신과|(?:우울증|공황\\s?장애|불안\\s?장애|조울증|양극성\\s?장애|양극성|ADHD|adhd|강박증|PTSD|ptsd|섭식\\s?장애|식이\\s?장애)\\s?(?:진단|판정|약|치료|이래|래|이\\s?(?:있|생|왔|심해|도져)|프로그램)',
        '항우울제|항불안제|신경\\s?안정제|수면제\\s?(?:처방|먹)|(?:심리|정신|마음)\\s?상담|상담\\s?센터|상담실에?\\s?다니|상담(?:을)?\\s?(?:다니기|받기)\\s?시작|상담\\s?선생님(?:한테|께|이랑|과)\\s?(?:처음|얘기|말)|심리\\s?검사|트라우마\\s?치료|(?<![A-Za-z])EMDR|(?:약물?)\\s?치료\\s?(?:시작|받)',
      ].join('|'),
    ),
    unless: new RegExp(`${FICTION.source}|진로|대출|보험|고객|법률|세무|부동산|상담원|입시|취업\\s?상담|학부모\\s?상담|담임`),
    fits: ['conv_helpless_for_someone', 'work_taking_leave_to_rest', 'parenting_child_refuses_school', 'health_panic_attack', 'life_sleep_insomnia', 'life_health_hospital_nervous', 'parenting_good_parent_worry', 'friends_secret_told'],
    replies: [
      '마음이 힘들 때 전문가의 도움을 찾는 건 약해서가 아니라 나를 돌보려는 거예요. 여기까지 오는 데도 많은 마음이 들었을 것 같아요. 요즘 가장 힘든 건 어떤 부분이에요?',
      '병원이나 상담이라는 말이 처음엔 낯설고 무겁게 느껴질 수 있어요. 그래도 그건 당신이 약하다는 뜻이 아니에요. 지금 마음은 좀 어때요?',
      '마음의 병도 몸의 병처럼 돌보면 나아질 수 있어요. 서두르지 않아도 괜찮아요. 이 이야기를 누군가에게 털어놓은 적이 있어요?',
    ],
    grave: 1,
    questions: [
      '요즘 마음이 가장 힘든 때는 언제예요?',
      '이 이야기를 가까운 사람에게 해 본 적이 있어요?',
      '요즘 잠은 좀 자고 있어요?',
    ],
  },
  {
    id: 'divorce_final',
    emotion: 'sadness',
    tells: /이혼(?:을)?\s?(?:했|하게\s?됐|도장|서류|확정|판결|조정|신고|성립|절차가?\s?(?:끝|마무리)|이\s?(?:확정|성립|끝났|됐)|의사|처리|마무리)|이혼하고|협의\s?이혼|숙려\s?기간|이혼\s?소송이?\s?(?:끝|마무리)|이혼녀|이혼남|돌싱이\s?됐|오늘부로\s?돌싱|법적으로\s?남남|조정(?:이)?\s?성립/,
    unless: /부모님|엄마\s?아빠|엄마랑\s?아빠|아빠랑\s?엄마|엄마가\s?아빠|아빠가\s?엄마|할까|해야\s?할지|고민|생각\s?중|하고\s?싶/,
    fits: ['marriage_after_divorce', 'marriage_thinking_divorce', 'family_parents_divorcing', 'lonely_holidays_alone', 'conv_birthday_alone'],
    replies: [
      '끝을 맺기까지 얼마나 많은 날을 고민하고 버텼을지요. 후련함과 허전함이 뒤섞이는 것도 자연스러운 일이에요. 지금은 어떤 마음이 제일 크게 남아 있어요?',
      '삶의 한 부분을 정리하는 일이라 몸도 마음도 많이 지쳤을 것 같아요. 오늘만큼은 스스로를 다독여 줬으면 좋겠어요. 요즘 곁에서 힘이 되어 주는 사람이 있어요?',
      '큰 결정을 끝까지 마무리한 것만으로도 정말 애썼어요. 앞으로의 날들이 막막하게 느껴질 수도 있지만 천천히 가도 괜찮아요. 요즘 하루는 어떻게 보내고 있어요?',
    ],
    grave: 1,
    questions: [
      '요즘 하루는 어떻게 보내고 있어요?',
      '지금 가장 마음에 걸리는 건 어떤 부분이에요?',
      '곁에서 힘이 되어 주는 사람이 있어요?',
    ],
  },
  {
    id: 'just_married',
    emotion: 'joy',
    tells: new RegExp(
      [
        '결혼했(?:어|어요|습니다|다|네|지롱|거든)|결혼(?:함|했음)|결혼식(?:을)?\\s?(?:무사히\\s?|드디어\\s?)?(?:끝났|끝냈|마쳤|올렸|치렀)|결혼식\\s?끝나고|제\\s?결혼식이었|(?<![가-힣])식(?:을|이)?\\s?(?:올렸|끝났|마쳤|치렀)|(?<![가-힣])식\\s?(?:끝나고|했어)',
        '혼인\\s?신고|신혼\\s?여행|신행|폐백|유부(?:남|녀)(?:가)?\\s?(?:됐|된\\s?지)|품절(?:녀|남)|부부가\\s?됐|결혼하고\\s?(?:첫|처음)|결혼한\\s?지\\s?(?:이제\\s)?(?:열흘|일주일|며칠|사흘|한\\s?달|[0-9]+\\s?(?:일|주))(?!년)',
      ].join('|'),
    ),
    unless: new RegExp(
      `${FICTION.source}|친구|걔|쟤|동생|언니|오빠|누나|(?<![가-힣])형|사촌|동료|선배|후배|지인|축가|싸[워웠우움]|후회|힘들|지쳤|지쳐|이혼|속상|우울|외로|서운|짜증|화[가나]|불안|걱정|괜히|가야|다음\\s?(?:주|달)|예정|준비|앞두|가기\\s?전|무서|공포|설레서`,
    ),
    // A wedding attended or a family gathered: those replies ask how the day was, which fits one's own too.
    fits: ['marriage_pregnancy_news', 'life_travel_trip', 'conv_doesnt_feel_real', 'friends_wedding_attended', 'family_gathering'],
    replies: [
      '결혼 정말 축하해요! 두 사람이 함께 쓰는 첫 장이 열렸네요. 오늘 가장 기억에 남는 순간은 뭐였어요?',
      '새로운 시작을 진심으로 축하해요! 준비하느라 애쓴 시간만큼 뿌듯하고 설렐 것 같아요. 요즘 가장 기대되는 건 뭐예요?',
      '와, 정말 축하해요! 듣는 저까지 마음이 환해져요. 이 기쁜 소식을 누구와 제일 먼저 나눴어요?',
    ],
    questions: [
      '요즘 신혼 생활은 어때요?',
      '두 사람이 함께 꼭 해 보고 싶은 게 있어요?',
    ],
  },
];

const byId = new Map(LIFE_EVENTS.map((e) => [e.id, e]));

export function lifeEvent(id: string): LifeEvent | undefined {
  return byId.get(id as LifeEventId);
}

/** The first life event (in LIFE_EVENTS order) the text tells, or null. */
export function detectLifeEvent(userText: string): LifeEvent | null {
  const text = userText.normalize('NFC');
  for (const event of LIFE_EVENTS) {
    if (event.tells.test(text) && !event.unless?.test(text) && (!event.needs || event.needs.test(text))) return event;
  }
  return null;
}

/** Reply ids of life events, as in ConversationState.usedReplies: `life:<event>#<n>`. */
export const lifeReplyPrefix = (id: LifeEventId): string => `life:${id}`;
/** Question ids of life events, as in ConversationState.askedFollowups: `life:<event>?#<n>`. */
export const lifeQuestionPrefix = (id: LifeEventId): string => `life:${id}?`;
