/**
 * A panic attack happening now: "지금 지하철인데 숨이 잘 안쉬어져요", "어떡해요 심장 너무 빨리
 * 뛰어요", "지금 어떻게 해야돼요 빨리요". All four turns got stock lines in session 35 ("그 답을 제가
 * 정해 드릴 수는 없지만…", "하루 중 언제 그 걱정이 제일 커져요?" during the attack itself). In the
 * moment a counsellor grounds: a long breath out, somewhere to sit, the wave passes, and when to
 * call 119 (chest pain, fainting): not a reflection and a question about the past.
 */

/** The body in acute alarm. */
const ALARM =
  /숨(?:이|을|도)?\s?(?:잘\s?)?(?:안\s?쉬어|안\s?쉬|못\s?쉬|막혀|막히|가빠|차올라|넘어가)|과호흡|심장(?:이)?\s?(?:너무\s?|막\s?|미친\s?듯이\s?|엄청\s?)?(?:빨리\s?|쿵쾅\s?)?(?:뛰어|뛰|두근|터질)|가슴(?:이)?\s?(?:너무\s?)?(?:조여|답답해\s?죽|터질)|공황(?:이)?\s?(?:왔|온\s?것\s?같|오는\s?것\s?같|발작\s?(?:온|왔|같))|(?:손|몸)(?:이|발이)?\s?(?:막\s?)?(?:떨려|덜덜)|쓰러질\s?(?:것\s?같|듯)/u;
/** Now, here, help: what makes it the moment, not a story about one. */
const NOW = /지금|방금|갑자기|어떡|어떻게|빨리|살려|도와|내려야|못\s?버티|미치겠/u;
/** Told as past or as a worry about the future, not happening: "어제 지하철에서 공황 왔었어". */
const NOT_NOW = /었었|였었|어제|그저께|지난번|저번에|예전에|때마다|할까\s?봐|올까\s?봐|오면\s?어떡|될까\s?봐/u;
const GET_OFF = /내려야|내릴까|내려도|내리면|내릴게/u;
/** Calmer already: the feeling-better reply answers it. */
const CALMER = /괜찮아졌|나아졌|가라앉았|진정됐|진정이\s?됐|살\s?것\s?같/u;
const TRANSIT = /지하철|전철|버스|기차|비행기|엘리베이터|차\s?안|차에서|광역/u;

/**
 * A real threat in the story (photos to be spread, someone following, hitting): breathlessness
 * there is fear of a real danger, and "몸이 보내는 경보가 크지만 위험한 건 아니에요" is wrong to say
 * (session 36: "진짜 올리면 어떡해요 숨이 안쉬어져요" after a threat to post intimate photos).
 */
const REAL_THREAT = /협박|뿌린다|뿌리겠|유포|퍼뜨리|따라오|따라와|미행|스토킹|스토커|때리|때려|맞았|죽인다|죽이겠|찾아온다|찾아오겠/u;
/** A body alarm that comes on habitually ("요즘 … 숨이 막혀", "학교 가면 숨이 안 쉬어져요"), not now. */
const HABITUAL = /요즘|자주|가면|하면|때면|매일|맨날/u;

/**
 * Session 40: trembling hands from worry ("낼 기말인데…" / "불안해서 손이 떨려" / "다 망하면 어떡하지 이런
 * 생각만 계속 나") had got this script with "정신이 아득해지면 바로 119에 전화하세요". Trembling alone,
 * told with a worry (an exam, "망하면 어떡하지"), is anxiety, not an attack: only breath, the heart,
 * the chest or fainting make it one.
 */
const TREMBLE_ONLY = /^(?:손|몸)(?:이|발이)?\s?(?:막\s?)?(?:떨려|덜덜)$/u;
const WORRY = /불안해서|불안하니까|걱정(?:돼서|되서|이\s?돼서)|긴장(?:돼서|되서|해서)|시험|기말|중간고사|수능|면접|발표|망하면|망할까|망치면|떨어지면|떨어질까|(?:하|되|지|으)면\s?어떡하지|어떡하지\s?(?:이런|그런)\s?생각/u;
function alarmIn(x: string, context: readonly string[]): boolean {
  const m = ALARM.exec(x);
  if (!m) return false;
  if (!TREMBLE_ONLY.test(m[0].trim())) return true;
  // Trembling: an attack only with another sign in the turn, never with a worry near it.
  const rest = x.slice(0, m.index) + x.slice(m.index + m[0].length);
  if (ALARM.test(rest)) return true;
  return ![x, ...context].some((c) => WORRY.test(c));
}

/** Whether the turn (or, for a bare plea, the turn before) tells a panic attack happening now. */
export function panicNow(text: string, earlier: readonly string[] = [], grounding = false): boolean {
  const t = text.normalize('NFC');
  if (NOT_NOW.test(t)) return false;
  if ([...earlier.slice(-3), t].some((e) => REAL_THREAT.test(e.normalize('NFC')))) return false;
  const near = earlier.slice(-2).map((e) => e.normalize('NFC'));
  if (alarmIn(t, near) && NOW.test(t)) return true;
  // While the bot is grounding, a plea or a question goes on with it ("내려야 되나요", "빨리요").
  if (grounding && (NOW.test(t) || GET_OFF.test(t) || /[?？]|나요|까요|돼요|되나/u.test(t)) && t.length <= 30 && !CALMER.test(t)) return true;
  // "내려야 되나요", "빨리요" right after the body's alarm.
  const before = earlier.at(-1)?.normalize('NFC') ?? '';
  return alarmIn(before, [t, ...near]) && !NOT_NOW.test(before) && !HABITUAL.test(before) && NOW.test(t) && t.length <= 30;
}

export const PANIC_PREFIX = 'panic-now';
/** "내려야 되나요": answered yes. */
export const GET_OFF_REPLY =
  '네, 다음 역에서 내려서 앉아 숨을 고르는 게 좋아요. 내리는 건 전혀 부끄러운 일이 아니에요. 내쉬는 숨을 길게 하면서 천천히 움직여요. 내려서 앉으면 말해 줘요.';
export function asksToGetOff(text: string): boolean {
  return GET_OFF.test(text.normalize('NFC'));
}
/** Replies for the moment, in order: the first grounds, the next keep grounding. */
export function panicReplies(story: readonly string[]): readonly string[] {
  const transit = story.some((s) => TRANSIT.test(s.normalize('NFC')));
  const sit = transit ? '다음 역이나 정류장에서 내려 앉을 수 있는 곳에 앉아요' : '앉을 수 있는 곳이 있으면 앉아요';
  return [
    `지금 많이 무섭죠. 같이 천천히 해 봐요. 넷을 세며 들이쉬고, 여섯을 세며 길게 내쉬어요. ${sit}. 이런 파도는 보통 몇 분 안에 가장 높아졌다가 가라앉아요. 가슴이 조이듯 아프거나 정신이 아득해지면 바로 119에 전화하세요. 지금 앉을 수 있어요?`,
    '잘하고 있어요. 내쉬는 숨을 들이쉬는 숨보다 길게, 한 번만 더 해 봐요. 발바닥이 바닥에 닿는 느낌, 손에 쥔 물건의 감촉에 주의를 옮겨 봐요. 지금 숨은 조금 어때요?',
    '괜찮아요, 여기 있을게요. 몸이 보내는 경보가 크지만 위험한 건 아니에요. 눈에 보이는 것 다섯 가지를 하나씩 천천히 세어 봐요. 조금 가라앉으면 말해 줘요.',
  ];
}
