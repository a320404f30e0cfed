/**
 * The dialogue index on disk: data/dialogue-index.json (metadata, replies, settings) and
 * data/dialogue-index.bin (vectors). One pure encoder (used by build:dialogue-index) and one
 * pure parser (used by the browser after fetch() and by Node after readFile()).
 *
 * .bin layout, every section 4-byte aligned, offsets and lengths in the JSON's `bin.sections`:
 *   scales     float32[intents + safetyRows]  one quantisation scale per vector
 *   vectors    int8[(intents + safetyRows) × dim]  intent centroids, then safety exemplar vectors
 *   features   uint16[F]      hashed n-gram buckets of the intent classifier, ascending
 *   idf        float32[F]     their IDF
 *   offsets    uint32[F + 1]  CSR: feature f's (intent, weight) pairs
 *   pairScales float32[F]     one weight scale per feature
 *   pairIntent uint16[P]      intent of each pair
 *   pairWeight int8[P]        weight of each pair, round(w / scale)
 *   bias       float32[intents]
 * Vector v is stored as round(v / scale) with scale = max|v| / 127; the parser dequantises and
 * re-normalises. The index holds no utterance text at all (held-out utterances never enter it);
 * the replies, follow-ups and reflections the app speaks are in the JSON.
 */
import { EMOTIONS, isEmotionId, type EmotionId } from '../ml/emotions';
import type { IntentModelData } from './intent-model';
import { NGRAM_BUCKETS, NGRAM_ORDERS } from './ngram';
import { SAFETY_REPLY_POOLS, type DialogueIndex, type IntentInfo, type MetaAction, type RetrievalSettings, type SafetyCategory, type SafetyReplyPool } from './types';

export const INDEX_FORMAT = 2;

export interface BinSection {
  offset: number;
  length: number;
}

export interface DialogueIndexJson {
  format: number;
  modelVersion: string;
  dim: number;
  settings: RetrievalSettings;
  intents: IntentInfo[];
  followups: Record<EmotionId, string[]>;
  reflections: Record<EmotionId, string[]>;
  safetyReplies: Record<SafetyReplyPool, string[]>;
  /** The intent classifier: feature and pair counts, the centroid-cosine weight, the examples it was trained on. */
  intentModel: { features: number; pairs: number; cosWeight: number; examples: number };
  /** How the n-gram features were hashed (must match src/chat/ngram.ts). */
  ngrams: { orders: number[]; buckets: number };
  safetyExemplars: { rows: number; labels: Array<SafetyCategory | 'none'> };
  bin: {
    bytes: number;
    /** FNV-1a of the .bin, so a stale cached .bin next to a new .json is caught. */
    checksum: string;
    sections: Record<SectionName, BinSection>;
  };
}

type SectionName = 'scales' | 'vectors' | 'features' | 'idf' | 'offsets' | 'pairScales' | 'pairIntent' | 'pairWeight' | 'bias';

export interface IndexBuildInput {
  modelVersion: string;
  dim: number;
  settings: RetrievalSettings;
  intents: IntentInfo[];
  followups: Record<EmotionId, string[]>;
  reflections: Record<EmotionId, string[]>;
  safetyReplies: Record<SafetyReplyPool, string[]>;
  /** Intent centroids (intents × dim). */
  vectors: Float32Array;
  safetyVectors: Float32Array;
  safetyLabels: Array<SafetyCategory | 'none'>;
  intentModel: IntentModelData;
  /** How many example utterances the intent model was trained on (for the record). */
  examples: number;
}

export function checksum(bytes: Uint8Array): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i]!;
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const align4 = (n: number) => (n + 3) & ~3;

/** Quantise rows of a row-major matrix to int8 with one scale per row. */
export function quantizeRows(values: Float32Array, dim: number): { q: Int8Array; scales: Float32Array } {
  const rows = dim ? values.length / dim : 0;
  const q = new Int8Array(values.length);
  const scales = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    let max = 0;
    for (let d = 0; d < dim; d++) max = Math.max(max, Math.abs(values[r * dim + d]!));
    const scale = max / 127 || 1;
    scales[r] = scale;
    for (let d = 0; d < dim; d++) q[r * dim + d] = Math.max(-127, Math.min(127, Math.round(values[r * dim + d]! / scale)));
  }
  return { q, scales };
}

/** Dequantise and L2-normalise rows. */
export function dequantizeRows(q: Int8Array, scales: Float32Array, dim: number): Float32Array {
  const out = new Float32Array(q.length);
  for (let r = 0; r < scales.length; r++) {
    let norm = 0;
    for (let d = 0; d < dim; d++) {
      const v = q[r * dim + d]! * scales[r]!;
      out[r * dim + d] = v;
      norm += v * v;
    }
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dim; d++) out[r * dim + d]! /= norm;
  }
  return out;
}

export function encodeDialogueIndex(input: IndexBuildInput): { json: DialogueIndexJson; bin: Uint8Array } {
  const { dim, intentModel: m } = input;
  const rows = input.intents.length;
  const safetyRows = input.safetyLabels.length;
  if (input.vectors.length !== rows * dim) throw new Error('vectors must be one centroid per intent');
  if (input.safetyVectors.length !== safetyRows * dim) throw new Error('safety vectors do not match labels × dim');
  if (m.bias.length !== rows) throw new Error('intent model biases do not match the intents');
  const all = new Float32Array((rows + safetyRows) * dim);
  all.set(input.vectors, 0);
  all.set(input.safetyVectors, rows * dim);
  const { q, scales } = quantizeRows(all, dim);
  const F = m.features.length;
  const P = m.pairIntent.length;
  // Pair weights: int8 with one scale per feature (a feature's weights share a magnitude).
  const pairScales = new Float32Array(F);
  const pairQ = new Int8Array(P);
  for (let f = 0; f < F; f++) {
    let max = 0;
    for (let p = m.offsets[f]!; p < m.offsets[f + 1]!; p++) max = Math.max(max, Math.abs(m.pairWeight[p]!));
    const scale = max / 127 || 1;
    pairScales[f] = scale;
    for (let p = m.offsets[f]!; p < m.offsets[f + 1]!; p++) pairQ[p] = Math.round(m.pairWeight[p]! / scale);
  }

  const sections = {} as DialogueIndexJson['bin']['sections'];
  let cursor = 0;
  const place = (name: SectionName, length: number) => {
    sections[name] = { offset: cursor, length };
    cursor = align4(cursor + length);
  };
  place('scales', scales.length * 4);
  place('vectors', q.byteLength);
  place('features', F * 2);
  place('idf', F * 4);
  place('offsets', (F + 1) * 4);
  place('pairScales', F * 4);
  place('pairIntent', P * 2);
  place('pairWeight', P);
  place('bias', rows * 4);
  const bin = new Uint8Array(cursor);
  const view = new DataView(bin.buffer);
  const f32 = (name: SectionName, arr: ArrayLike<number>) => {
    for (let i = 0; i < arr.length; i++) view.setFloat32(sections[name].offset + 4 * i, arr[i]!, true);
  };
  f32('scales', scales);
  bin.set(new Uint8Array(q.buffer, q.byteOffset, q.byteLength), sections.vectors.offset);
  m.features.forEach((v, i) => view.setUint16(sections.features.offset + 2 * i, v, true));
  f32('idf', m.idf);
  m.offsets.forEach((v, i) => view.setUint32(sections.offsets.offset + 4 * i, v, true));
  f32('pairScales', pairScales);
  m.pairIntent.forEach((v, i) => view.setUint16(sections.pairIntent.offset + 2 * i, v, true));
  bin.set(new Uint8Array(pairQ.buffer, pairQ.byteOffset, pairQ.byteLength), sections.pairWeight.offset);
  f32('bias', m.bias);

  const json: DialogueIndexJson = {
    format: INDEX_FORMAT,
    modelVersion: input.modelVersion,
    dim,
    settings: input.settings,
    intents: input.intents,
    followups: input.followups,
    reflections: input.reflections,
    safetyReplies: input.safetyReplies,
    intentModel: { features: F, pairs: P, cosWeight: m.cosWeight, examples: input.examples },
    ngrams: { orders: [...NGRAM_ORDERS], buckets: NGRAM_BUCKETS },
    safetyExemplars: { rows: safetyRows, labels: input.safetyLabels },
    bin: { bytes: bin.length, checksum: checksum(bin), sections },
  };
  return { json, bin };
}

function fail(msg: string): never {
  throw new Error(`dialogue index: ${msg}`);
}

function stringList(v: unknown, what: string): string[] {
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) fail(`${what} must be a list of strings`);
  return v as string[];
}

function perEmotion(v: unknown, what: string): Record<EmotionId, string[]> {
  if (!v || typeof v !== 'object') fail(`${what} missing`);
  const out = {} as Record<EmotionId, string[]>;
  for (const e of EMOTIONS) {
    const list = stringList((v as Record<string, unknown>)[e], `${what}.${e}`);
    if (list.length === 0) fail(`${what}.${e} is empty`);
    out[e] = list;
  }
  return out;
}

export const META_ACTIONS: readonly MetaAction[] = [
  'greeting',
  'thanks',
  'goodbye',
  'who_are_you',
  'what_can_you_do',
  'recommend_song',
  'complaint',
  'smalltalk_bot',
  'conversation',
  'out_of_scope',
  'privacy',
];

/** Parses and validates the JSON + binary pair into a searchable index. */
export function parseDialogueIndex(rawJson: unknown, rawBin: ArrayBuffer | Uint8Array): DialogueIndex {
  const j = rawJson as DialogueIndexJson;
  if (!j || typeof j !== 'object') fail('not an object');
  if (j.format !== INDEX_FORMAT) fail(`format ${String(j.format)} is not supported (expected ${INDEX_FORMAT})`);
  if (typeof j.modelVersion !== 'string' || !(j.dim > 0)) fail('modelVersion/dim missing');
  const bin = rawBin instanceof Uint8Array ? rawBin : new Uint8Array(rawBin);
  if (bin.length !== j.bin?.bytes) fail(`binary is ${bin.length} bytes, expected ${j.bin?.bytes}`);
  if (checksum(bin) !== j.bin.checksum) fail('binary checksum mismatch (the .json and .bin are from different builds)');
  const intents: IntentInfo[] = (j.intents ?? []).map((it, i) => {
    if (!it || typeof it.id !== 'string') fail(`intent ${i} has no id`);
    if (it.kind !== 'retrieval' && it.kind !== 'meta') fail(`intent ${it.id}: bad kind`);
    if (!isEmotionId(it.emotion)) fail(`intent ${it.id}: bad emotion`);
    if (it.kind === 'meta' && !META_ACTIONS.includes(it.action as MetaAction)) fail(`intent ${it.id}: bad action`);
    const replies = stringList(it.replies, `intent ${it.id} replies`);
    if (replies.length === 0) fail(`intent ${it.id} has no replies`);
    const info: IntentInfo = { id: it.id, kind: it.kind, topic: String(it.topic ?? ''), emotion: it.emotion, replies };
    if (it.action) info.action = it.action;
    return info;
  });
  if (intents.length === 0) fail('no intents');
  if (j.ngrams?.orders?.join() !== NGRAM_ORDERS.join() || j.ngrams.buckets !== NGRAM_BUCKETS) {
    fail('n-gram features were hashed differently (rebuild with npm run build:dialogue-index)');
  }
  if (typeof j.settings?.threshold !== 'number' || typeof j.settings.margin !== 'number') fail('settings.threshold/margin missing');
  const { dim } = j;
  const rows = intents.length;
  const safetyRows = j.safetyExemplars.rows;
  const labels = j.safetyExemplars.labels;
  if (labels.length !== safetyRows) fail('safety labels do not match rows');
  const F = j.intentModel?.features ?? -1;
  const P = j.intentModel?.pairs ?? -1;
  if (!(F >= 0 && P >= 0) || typeof j.intentModel.cosWeight !== 'number') fail('intentModel missing');
  const sec = j.bin.sections;
  const want: Record<SectionName, number> = {
    scales: (rows + safetyRows) * 4, vectors: (rows + safetyRows) * dim, features: F * 2, idf: F * 4,
    offsets: (F + 1) * 4, pairScales: F * 4, pairIntent: P * 2, pairWeight: P, bias: rows * 4,
  };
  for (const [name, len] of Object.entries(want)) {
    const s = sec?.[name as SectionName];
    if (!s || s.length !== len || s.offset + s.length > bin.length) fail(`section ${name} has the wrong size`);
  }
  const view = new DataView(bin.buffer, bin.byteOffset, bin.byteLength);
  const f32 = (name: SectionName, n: number) => {
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) out[i] = view.getFloat32(sec[name].offset + 4 * i, true);
    return out;
  };
  const scales = f32('scales', rows + safetyRows);
  const q = new Int8Array(bin.slice(sec.vectors.offset, sec.vectors.offset + sec.vectors.length).buffer);
  const all = dequantizeRows(q, scales, dim);
  const features = new Uint16Array(F);
  for (let i = 0; i < F; i++) features[i] = view.getUint16(sec.features.offset + 2 * i, true);
  const offsets = new Uint32Array(F + 1);
  for (let i = 0; i <= F; i++) offsets[i] = view.getUint32(sec.offsets.offset + 4 * i, true);
  if (offsets[F] !== P) fail('intent model offsets do not match the pairs');
  const pairScales = f32('pairScales', F);
  const pairIntent = new Uint16Array(P);
  const pairWeight = new Float32Array(P);
  for (let f = 0; f < F; f++) {
    for (let p = offsets[f]!; p < offsets[f + 1]!; p++) {
      pairIntent[p] = view.getUint16(sec.pairIntent.offset + 2 * p, true);
      if (pairIntent[p]! >= rows) fail(`intent model pair ${p} points at a missing intent`);
      pairWeight[p] = view.getInt8(sec.pairWeight.offset + p) * pairScales[f]!;
    }
  }
  const replies = j.safetyReplies as Record<string, unknown>;
  return {
    format: j.format,
    modelVersion: j.modelVersion,
    dim,
    intents,
    followups: perEmotion(j.followups, 'followups'),
    reflections: perEmotion(j.reflections, 'reflections'),
    safetyReplies: Object.fromEntries(SAFETY_REPLY_POOLS.map((p) => [p, stringList(replies?.[p], `safetyReplies.${p}`)])) as Record<SafetyReplyPool, string[]>,
    settings: j.settings,
    vectors: all.subarray(0, rows * dim),
    safetyVectors: all.subarray(rows * dim),
    safetyLabels: labels,
    intentModel: { features, idf: f32('idf', F), offsets, pairIntent, pairWeight, bias: f32('bias', rows), cosWeight: j.intentModel.cosWeight },
  };
}
