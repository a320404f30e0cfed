/**
 * Questions about the app itself: the gauge, how songs are chosen, whether it costs anything or
 * works offline, whether a person or a counsellor is answering, whether it remembers. They got
 * deflections, anger reflections or a filler "네, …" that read as yes to "상담사야?" (session 31).
 * Each gets a plain, true answer. Privacy ("내 얘기 저장돼?") is the meta_privacy intent's.
 */
export type AppQuestion = 'gauge' | 'how_songs' | 'cost' | 'offline' | 'identity' | 'long_message' | 'listening' | 'memory';

const RULES: ReadonlyArray<readonly [AppQuestion, RegExp]> = [
  ['gauge', /게이지|(?:위에|위의|저|이)\s?(?:막대|바|퍼센트|%)(?:는|가|은)?\s?(?:뭐|왜|무슨)|퍼센트(?:가|는)?\s?(?:뭐|왜|무슨)|(?:몇|100)\s?(?:%|퍼센트)\s?(?:되면|돼야|차면)|(?:다|가득)\s?차면\s?(?:뭐|어떻게)/u],
  ['how_songs', /(?:노래|곡|음악)(?:는|은|을|들은)?\s?(?:어떻게|뭘\s?보고|무슨\s?기준으로?|어떤\s?기준으로?|뭐\s?보고)\s?(?:골라|고르|정해|추천|찾)|추천\s?(?:기준|방식|원리)|(?:어떻게|뭘\s?보고)\s?추천/u],
  ['cost', /(?:이\s?앱|이거|여기|쉼표)?\s?(?:무료|공짜|유료)(?:야|예요|에요|인가요|임|냐|인가|지)|(?:이\s?앱|이거|여기|쉼표|쓰는\s?데|쓰려면)\s?(?:돈|요금)\s?(?:내야|들어|드나|드는|받아)|광고\s?(?:있|나와|떠|없|보여)[^.]*\?|광고\s?(?:있어|나와)\s?$/u],
  ['offline', /(?:인터넷|와이파이|wifi|데이터|네트워크)\s?(?:없어도|없이|안\s?(?:돼도|되도|될\s?때|터져도)|끊겨도|꺼도)|오프라인(?:에서도|으로도|에서|이어도|도)|비행기\s?모드/iu],
  ['identity', /^(?:너|넌|쉼표|당신|혹시|그럼|근데|이거|여기|이\s?앱|얘)?\s?(?:진짜\s?)?(?:상담사|상담\s?선생님|의사|전문가|진짜\s?사람|사람|AI|에이아이|인공지능|로봇|챗봇|GPT|지피티|챗\s?GPT|ChatGPT|봇)(?:야|이야|예요|이에요|세요|인가요|이세요|임|냐|이냐|인가|지|이지)\s?\??\s*$|^(?:너|넌)?\s?(?:사람|AI|인공지능)\s?(?:이야|야)\s?(?:AI|인공지능|사람|로봇)(?:야|이야)?\s?\??\s*$/iu],
  ['identity', /(?:이\s?시간에|지금)?\s?누가\s?(?:대답|답장|답|읽)(?:해\s?주|해주|하|을|는)/u],
  ['long_message', /길게\s?(?:써도|적어도|말해도|얘기해도)|몇\s?(?:자|글자)까지|글자\s?수\s?(?:제한|몇)/u],
  ['listening', /(?:내|제)\s?말\s?(?:듣고\s?(?:있|있는)|듣는\s?거|듣긴|들리)|듣고\s?있(?:어|어요|는\s?거)\s?\??\s*$/u],
  ['memory', /(?:저번에|지난번에|전에|어제)\s?(?:한|했던|말한)\s?(?:얘기|이야기|말)\s?(?:기억|알)|(?:나|저)를?\s?기억(?:해|하|나)/u],
];

export function asksAboutApp(text: string): AppQuestion | null {
  const t = text.normalize('NFC').trim();
  if (t.length > 60) return null;
  for (const [q, re] of RULES) if (re.test(t)) return q;
  return null;
}

export const APP_ANSWERS: Record<AppQuestion, readonly string[]> = {
  gauge: [
    '위에 있는 게이지는 제가 이야기를 얼마나 들었는지 보여 줘요. 이야기를 나눌수록 차오르고, 가득 차면 지금 마음을 차트로 보여 드리고 어울리는 노래를 골라 드려요. 그 전에도 노래를 청하면 들은 만큼으로 골라 볼게요. 채워지는 속도는 설정에서 바꿀 수 있어요.',
  ],
  how_songs: [
    '대화에서 읽은 감정의 비율과 닮은 감정을 가진 노래를 찾고, 가사의 뜻이 지금 이야기와 얼마나 가까운지도 함께 봐요. "기분을 바꿔 줄 노래"를 고르면 지금 마음에서 조금 더 밝은 쪽으로 천천히 옮겨 가는 노래를 골라요. 감정은 이 기기 안에서만 읽어요.',
  ],
  cost: ['돈을 내지 않아도 되고 광고도 없어요. 대화와 기록은 이 기기 안에만 저장돼요. 편하게 이야기해 줘요.'],
  offline: [
    '네, 한 번 열어 둔 뒤에는 인터넷이 없어도 대화하고 노래 추천까지 받을 수 있어요. 감정을 읽는 것도 이 기기 안에서 해요. 노래를 실제로 재생할 때만 인터넷이 필요해요.',
  ],
  identity: [
    '저는 사람 상담사가 아니라, 이 기기 안에서 돌아가는 작은 대화 프로그램이에요. 이야기를 들으며 마음을 정리하는 데 곁에 있을게요. 전문가의 도움이 필요하면 정신건강위기상담전화 1577-0199나 가까운 정신건강복지센터를 찾을 수 있어요. 오늘은 어떤 이야기를 하고 싶어요?',
  ],
  long_message: ['네, 길게 써도 괜찮아요. 한 번에 2,000자까지 적을 수 있고, 더 길면 나눠서 보내 주면 돼요. 편하게 다 털어놔 줘요.'],
  listening: ['네, 듣고 있어요. 제 대답이 엇나갔다면 미안해요. 지금 제일 하고 싶은 이야기를 한 번 더 들려줄래요?'],
  memory: [
    '지난 대화는 이 기기의 "기록" 탭에 남아 있어요. 다만 새 대화에서는 지난 이야기를 제가 이어서 기억하지는 못해요. 그때 이야기를 조금 들려주면 거기서부터 이어서 들을게요.',
  ],
};
export const APP_ANSWER_PREFIX = 'app';
