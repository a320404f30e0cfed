/**
 * Safety first: detects disclosures of suicidal thoughts / self-harm ('suicide') and of abuse or
 * violence ('violence') with a rule + model hybrid.
 *
 * 1. Rules (src/chat/safety-rules.ts) run on the compact form of the message, so spacing
 *    variants ("죽 고 싶 다"), inserted dots/digits ("자.살", "자1살") and common typos
 *    ("죽고싶댜", "주글래", "뒤지고 싶다") read the same. Hyperbole never reaches a rule ("배고파
 *    죽겠다", "웃겨 죽는 줄" and "죽이는 맛" contain no trigger), and explicit vetoes remove
 *    game/sport/media/task contexts.
 * 2. A strong hit flags the turn, and so does a weak one (ambiguous wording such as "다 그만하고
 *    싶어": recall first). The model half decides the rest: a hit softened by laughter or
 *    exaggeration ("죽고 싶다 ㅋㅋ", "창피해서 사라지고 싶어") and a message with only a broad
 *    topic cue (죽-, 버티-, 맞-, 무서워…). The turn's sentence embedding is compared with the
 *    safety exemplars shipped in the dialogue index (data/dialogue/safety/exemplars.tsv:
 *    disclosures and everyday look-alikes): flagged when the mean cosine of its k nearest
 *    disclosure exemplars beats that of its k nearest contrast exemplars by more than `margin`
 *    (playful hits) or `familyMargin` (broad cues only; stricter, since such messages are mostly
 *    harmless). The model can only confirm a lexical cue, never raise an alarm on its own.
 * 3. Without a model (rule-only mode) strong and weak hits are flagged, playful ones and broad
 *    cues are not.
 */
import { baseForm, compactForm, hasLaughter } from './normalize';
import { DESIRE, ENGLISH_PASSIVE, ENGLISH_RULES, MEDIA_CONTEXT, SAFETY_RULES, TYPO_MAP, type RuleLevel, type SafetyRule } from './safety-rules';
import type { SafetyCategory, SafetyReplyPool } from './types';

export interface RuleHit {
  rule: string;
  category: SafetyCategory;
  level: RuleLevel;
  /** The matched compact text. */
  match: string;
  /** Softened from strong, or weak and playful (laughter): without a model it is not flagged. */
  playful: boolean;
}

export interface RuleVerdict {
  /** The compact, typo-corrected form the rules saw. */
  compact: string;
  hits: RuleHit[];
}

/** The model half: exemplar vectors (rows × dim, L2-normalised) and their labels. */
export interface SafetyModel {
  vectors: Float32Array;
  labels: ReadonlyArray<SafetyCategory | 'none'>;
  dim: number;
  /** Flag a playful hit when (nearest disclosures − nearest contrasts) cosine exceeds this. */
  margin: number;
  /** Flag a broad-cue-only message when the margin exceeds this (default: `margin`). */
  familyMargin?: number;
  /** Mean of the k nearest of each side (default 1: the nearest). */
  k?: number;
}

export interface SafetyVerdict {
  category: SafetyCategory | null;
  /** What decided: a rule (strong or weak hit) or the model (playful hit, broad cue). */
  source: 'rule' | 'model' | null;
  hits: RuleHit[];
  /** Model margin for the hit's category, when computed. */
  margin?: number;
}

const WINDOW = 10;
/** Said as a joke ("장난으로 죽을래 하면서 웃었어"). */
const PLAYFUL = /(장난으로|장난이|장난치|농담으로|농담이|웃으면서|웃었)/u;
const PRONOUN = /(^|\s)(나|난|내가|나도|나를|날|나한테|나에게|내|저|전|제가|저도|저를|저한테|제|우리)(\s|$)/u;

export function compactForSafety(raw: string): string {
  // "ㅈㅅ" is usually 죄송, but "ㅈㅅ하고 싶다/할까" is 자살.
  const pre = raw.normalize('NFC').replace(/ㅈ\s*ㅅ(?=\s*(하고|할까|할래|하려|각|충동|생각|시도))/gu, '자살');
  let c = compactForm(pre);
  for (const [re, to] of TYPO_MAP) c = c.replace(re, to);
  return c;
}

const globalPatterns = new WeakMap<RegExp, RegExp>();

function firstUnvetoed(rule: SafetyRule, compact: string): RegExpExecArray | null {
  let g = globalPatterns.get(rule.re);
  if (!g) globalPatterns.set(rule.re, (g = new RegExp(rule.re.source, rule.re.flags.includes('g') ? rule.re.flags : `${rule.re.flags}g`)));
  for (const m of compact.matchAll(g)) {
    const before = compact.slice(Math.max(0, m.index - WINDOW), m.index);
    const after = compact.slice(m.index + m[0].length, m.index + m[0].length + WINDOW);
    if (rule.vetoBefore?.test(before) || rule.vetoAfter?.test(after)) continue;
    return m as RegExpExecArray;
  }
  return null;
}

/** The rule half on its own. */
export function ruleCheck(raw: string): RuleVerdict {
  const compact = compactForSafety(raw);
  const base = baseForm(raw);
  const laughing = hasLaughter(raw) || PLAYFUL.test(compact);
  const hits: RuleHit[] = [];
  for (const rule of SAFETY_RULES) {
    if (rule.veto?.test(compact)) continue;
    // The first match whose surroundings don't veto it: "외로움이 사라지질 않아" vetoes its 사라지,
    // not a later cue in the same message.
    const m = firstUnvetoed(rule, compact);
    if (!m) continue;
    const before = compact.slice(Math.max(0, m.index - WINDOW), m.index);
    if (rule.media && MEDIA_CONTEXT.test(compact) && !DESIRE.test(compact) && !PRONOUN.test(base)) continue;
    let level = rule.level;
    let playful = false;
    if (rule.jokeable && laughing) {
      level = 'weak';
      playful = true;
    }
    if (rule.downgradeBefore?.test(before) || rule.downgrade?.test(compact)) {
      level = 'weak';
      playful = true;
    }
    hits.push({ rule: rule.id, category: rule.category, level, match: m[0], playful });
  }
  for (const rule of ENGLISH_RULES) {
    const m = rule.re.exec(base);
    if (m) hits.push({ rule: rule.id, category: rule.category, level: 'strong', match: m[0], playful: false });
  }
  // Passive wishes in English (session 40): weak but decisive; the first gets a direct question.
  const en = base.replace(/[’‘]/gu, "'");
  for (const re of ENGLISH_PASSIVE) {
    const m = re.exec(en);
    if (m) {
      hits.push({ rule: 'en_passive', category: 'suicide', level: 'weak', match: m[0], playful: false });
      break;
    }
  }
  return { compact, hits };
}

/**
 * Mean cosine of the k nearest disclosure exemplars of `category` minus that of the k nearest
 * contrast exemplars.
 */
export function exemplarMargin(embedding: ArrayLike<number>, model: SafetyModel, category: SafetyCategory): number {
  const k = Math.max(1, model.k ?? 1);
  const pos: number[] = [];
  const neg: number[] = [];
  const { vectors, labels, dim } = model;
  for (let r = 0; r < labels.length; r++) {
    const label = labels[r];
    if (label !== category && label !== 'none') continue;
    let dot = 0;
    const off = r * dim;
    for (let d = 0; d < dim; d++) dot += vectors[off + d]! * (embedding[d] ?? 0);
    (label === 'none' ? neg : pos).push(dot);
  }
  const topMean = (xs: number[]) => {
    if (xs.length === 0) return -1;
    const top = xs.sort((a, b) => b - a).slice(0, k);
    return top.reduce((s, x) => s + x, 0) / top.length;
  };
  return topMean(pos) - topMean(neg);
}

function pick(hits: RuleHit[]): SafetyCategory {
  // Suicide first when a message discloses both: its reply also carries the crisis lines.
  return hits.some((h) => h.category === 'suicide') ? 'suicide' : 'violence';
}

/**
 * The hybrid decision. Pass the turn's embedding and the safety model for the full detector;
 * leave them out for the rule half alone.
 */
export function detectSafety(raw: string, opts: { embedding?: ArrayLike<number>; model?: SafetyModel | null } = {}): SafetyVerdict {
  const { hits } = ruleCheck(raw);
  if (hits.length === 0) return { category: null, source: null, hits };
  const decisive = hits.filter((h) => h.level === 'strong' || (h.level === 'weak' && !h.playful));
  if (decisive.length > 0) return { category: pick(decisive), source: 'rule', hits };
  const model = opts.model;
  if (!model || !opts.embedding || model.labels.length === 0) return { category: null, source: null, hits };
  // Only playful weak hits and broad cues are left: the model decides.
  let best: { category: SafetyCategory; margin: number; needed: number } | null = null;
  for (const category of ['suicide', 'violence'] as const) {
    const own = hits.filter((h) => h.category === category);
    if (own.length === 0) continue;
    const needed = own.some((h) => h.level !== 'family') ? model.margin : (model.familyMargin ?? model.margin);
    const margin = exemplarMargin(opts.embedding, model, category);
    if (!best || margin - needed > best.margin - best.needed) best = { category, margin, needed };
  }
  if (best && best.margin > best.needed) return { category: best.category, source: 'model', hits, margin: best.margin };
  return { category: null, source: null, hits, ...(best ? { margin: best.margin } : {}) };
}

/** Hits that speak of bullying (at school or work), as against abuse at home or by a partner. */
const BULLYING = /왕따|따돌|괴롭|셔틀|삥/u;
/** Who hurts someone at home or in a couple: then it is abuse, whatever the word (1366 fits). */
const DOMESTIC = /남편|아내|와이프|남친|남자친구|여친|여자친구|애인|엄마|아빠|아버지|어머니|부모|새아빠|새엄마|계부|계모|시어머니|시아버지|시댁|처가|장모|장인|동거|집에서/u;

/** Family doing the hitting (compact form). */
const DOMESTIC_HITS = new RegExp(`(?:${DOMESTIC.source})(?:이|가|은|는|께서|한테|에게)?.{0,10}(?:때리|때렸|때려|때린|폭력|손찌검|맞았|맞아|맞고|패|밀쳤|던졌)`, 'u');

/**
 * Which reply pool a flagged verdict takes: a violence disclosure about bullying gets the
 * bullying replies (117, 1388, 1350), since the domestic-violence line 1366 is the wrong help for
 * "아들이 학교에서 왕따를 당하는 것 같아요".
 */
export function replyPool(verdict: SafetyVerdict, raw: string): SafetyReplyPool | null {
  if (verdict.category !== 'violence') return verdict.category;
  const compact = compactForSafety(raw);
  // A child of the user's hit by a classmate is school violence too ("우리 애가 친구한테 맞고 왔어요"
  // was given the women's emergency line 1366, session 29).
  const bullying = verdict.hits.some((h) => h.category === 'violence' && (h.rule === 'bullying' || BULLYING.test(h.match))) || (CHILD_OF_USER.test(compact) && AMONG_PEERS.test(compact));
  // Family named beside a child hurt at school is not the one who hurt ("첫째가 학교에서 맞고 왔는데
  // 남편은 별일 아니래" had got 1366, session 32), unless the turn says they hit.
  const schoolChild = CHILD_OF_USER.test(compact) && AMONG_PEERS.test(compact) && !DOMESTIC_HITS.test(compact);
  return bullying && (schoolChild || !DOMESTIC.test(compact)) ? 'bullying' : 'violence';
}

/** The user's child (or grandchild), on the compact form: then the replies spoken to a parent come first. */
const CHILD_OF_USER = /(?:우리|제|내)(?:애|아이|아들|딸|자녀|손주|손자|손녀|막내|큰애|작은애)|(?:아들|딸|자녀|손주|손자|손녀|큰애|작은애|딸아이|아들놈|첫째|둘째|셋째|막내)(?:이|가|는|을|를|도)/u;

/** Among children and at school: a child's peers, not a partner or family. */
const AMONG_PEERS = /학교|친구|반애|같은반|반에서|선배|후배|학원|동급생|애들|교실|가해자|가해학생/u;
/** The user's child did it: then only the reply about stopping it together fits. */
const CHILD_DID_IT = /가해자|가해학생|때렸대|괴롭혔대|괴롭힌대|때린대/u;

/** Where bullying at work happens: then the replies that give the labour ministry's 1350 come first. */
const WORKPLACE = /직장|회사|상사|팀장|부장|과장|대리|동료|사수|선임|알바|사장|출근|근무/u;

/**
 * Whether a reply of the pool suits the place the message speaks of. "직장 내 괴롭힘 당하는 것
 * 같아요" was answered "학교에서 일어나는 일이라면 … 117" (session 20); a preference, not a filter,
 * so a pool never runs dry.
 */
export function suitsSetting(pool: SafetyReplyPool, reply: string, raw: string): boolean {
  const compact = compactForSafety(raw);
  // A parent telling of their child's bullying is not told "도움을 청하는 건 고자질이 아니라…" (session 29).
  if (pool === 'bullying' && CHILD_OF_USER.test(compact)) return CHILD_DID_IT.test(compact) ? reply.includes('누가 겪고 있든') : /아이|누가 겪고 있든/.test(reply);
  if (pool === 'bullying' && WORKPLACE.test(compact)) return reply.includes('1350');
  return true;
}
