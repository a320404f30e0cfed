/**
 * The dialogue index on disk: data/dialogue-index.json (metadata, replies, settings) and
 * data/dialogue-index.bin (vectors). One pure encoder (used by build:dialogue-index) and one
 * pure parser (used by the browser after fetch() and by Node after readFile()).
 *
 * .bin layout, every section 4-byte aligned, offsets and lengths in the JSON's `bin.sections`:
 *   scales    float32[rows + safetyRows]   one quantisation scale per vector
 *   vectors   int8[(rows + safetyRows) × dim]  example vectors, then safety exemplar vectors
 *   rowIntent uint16[rows]                 intent index of each example row
 *   ngramOffsets uint32[rows + 1]          CSR offsets into ngramBuckets
 *   ngramBuckets uint16[…]                 hashed character n-grams of each example
 * Vector v is stored as round(v / scale) with scale = max|v| / 127; the parser dequantises and
 * re-normalises. The index holds no utterance text at all (held-out utterances are never
 * embedded into it); the replies, follow-ups and reflections the app speaks are in the JSON.
 */
import { EMOTIONS, isEmotionId, type EmotionId } from '../ml/emotions';
import { NGRAM_BUCKETS, NGRAM_ORDERS } from './ngram';
import type { DialogueIndex, IntentInfo, MetaAction, RetrievalSettings, SafetyCategory } from './types';

export const INDEX_FORMAT = 1;

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
  safetyReplies: Record<SafetyCategory, string[]>;
  exemplars: { rows: number; perIntent: number[] };
  /** How the n-gram features were hashed (must match src/chat/ngram.ts). */
  ngrams: { orders: number[]; buckets: number };
  safetyExemplars: { rows: number; labels: Array<SafetyCategory | 'none'> };
  bin: {
    bytes: number;
    /** FNV-1a of the .bin, so a stale cached .bin next to a new .json is caught. */
    checksum: string;
    sections: Record<'scales' | 'vectors' | 'rowIntent' | 'ngramOffsets' | 'ngramBuckets', BinSection>;
  };
}

export interface IndexBuildInput {
  modelVersion: string;
  dim: number;
  settings: RetrievalSettings;
  intents: IntentInfo[];
  followups: Record<EmotionId, string[]>;
  reflections: Record<EmotionId, string[]>;
  safetyReplies: Record<SafetyCategory, string[]>;
  /** Example vectors (rows × dim) and the intent index of each row. */
  vectors: Float32Array;
  rowIntent: number[];
  safetyVectors: Float32Array;
  safetyLabels: Array<SafetyCategory | 'none'>;
  /** Hashed n-grams per example row. */
  ngrams: Uint16Array[];
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
  const { dim } = input;
  const rows = input.rowIntent.length;
  const safetyRows = input.safetyLabels.length;
  if (input.vectors.length !== rows * dim) throw new Error('vectors do not match rowIntent × dim');
  if (input.safetyVectors.length !== safetyRows * dim) throw new Error('safety vectors do not match labels × dim');
  if (input.ngrams.length !== rows) throw new Error('one n-gram set per example row is required');
  const all = new Float32Array((rows + safetyRows) * dim);
  all.set(input.vectors, 0);
  all.set(input.safetyVectors, rows * dim);
  const { q, scales } = quantizeRows(all, dim);
  const ngramTotal = input.ngrams.reduce((s, g) => s + g.length, 0);

  const sections = {} as DialogueIndexJson['bin']['sections'];
  let cursor = 0;
  const place = (name: keyof typeof sections, length: number) => {
    sections[name] = { offset: cursor, length };
    cursor = align4(cursor + length);
  };
  place('scales', scales.byteLength);
  place('vectors', q.byteLength);
  place('rowIntent', rows * 2);
  place('ngramOffsets', (rows + 1) * 4);
  place('ngramBuckets', ngramTotal * 2);
  const bin = new Uint8Array(cursor);
  bin.set(new Uint8Array(scales.buffer, scales.byteOffset, scales.byteLength), sections.scales.offset);
  bin.set(new Uint8Array(q.buffer, q.byteOffset, q.byteLength), sections.vectors.offset);
  const view = new DataView(bin.buffer);
  input.rowIntent.forEach((v, i) => view.setUint16(sections.rowIntent.offset + 2 * i, v, true));
  let k = 0;
  input.ngrams.forEach((g, r) => {
    view.setUint32(sections.ngramOffsets.offset + 4 * r, k, true);
    for (const b of g) view.setUint16(sections.ngramBuckets.offset + 2 * k++, b, true);
  });
  view.setUint32(sections.ngramOffsets.offset + 4 * rows, k, true);
  // Float32 scales were copied as raw bytes: make sure they are little-endian on disk.
  scales.forEach((s, i) => view.setFloat32(sections.scales.offset + 4 * i, s, true));

  const perIntent = input.intents.map(() => 0);
  for (const i of input.rowIntent) perIntent[i] = (perIntent[i] ?? 0) + 1;
  const json: DialogueIndexJson = {
    format: INDEX_FORMAT,
    modelVersion: input.modelVersion,
    dim,
    settings: input.settings,
    intents: input.intents,
    followups: input.followups,
    reflections: input.reflections,
    safetyReplies: input.safetyReplies,
    exemplars: { rows, perIntent },
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

const META_ACTIONS: MetaAction[] = [
  'greeting',
  'thanks',
  'goodbye',
  'who_are_you',
  'what_can_you_do',
  'recommend_song',
  'complaint',
  'smalltalk_bot',
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
  if (!(j.settings?.topK >= 1) || typeof j.settings.margin !== 'number') fail('settings.topK/margin missing');
  const { dim } = j;
  const rows = j.exemplars.rows;
  const safetyRows = j.safetyExemplars.rows;
  const labels = j.safetyExemplars.labels;
  if (labels.length !== safetyRows) fail('safety labels do not match rows');
  const sec = j.bin.sections;
  // Copy each section into its own aligned buffer (the input may be a view at any offset).
  const slice = (s: BinSection) => bin.slice(s.offset, s.offset + s.length).buffer;
  const view = new DataView(bin.buffer, bin.byteOffset, bin.byteLength);
  const scales = new Float32Array(rows + safetyRows);
  for (let i = 0; i < scales.length; i++) scales[i] = view.getFloat32(sec.scales.offset + 4 * i, true);
  const q = new Int8Array(slice(sec.vectors));
  if (q.length !== (rows + safetyRows) * dim) fail('vector section has the wrong size');
  const all = dequantizeRows(q, scales, dim);
  const rowIntent = new Uint16Array(rows);
  for (let i = 0; i < rows; i++) {
    rowIntent[i] = view.getUint16(sec.rowIntent.offset + 2 * i, true);
    if (rowIntent[i]! >= intents.length) fail(`row ${i} points at a missing intent`);
  }
  const ngramOffsets = new Uint32Array(rows + 1);
  for (let i = 0; i <= rows; i++) ngramOffsets[i] = view.getUint32(sec.ngramOffsets.offset + 4 * i, true);
  const ngramBuckets = new Uint16Array(sec.ngramBuckets.length / 2);
  for (let i = 0; i < ngramBuckets.length; i++) ngramBuckets[i] = view.getUint16(sec.ngramBuckets.offset + 2 * i, true);
  if (ngramOffsets[rows] !== ngramBuckets.length) fail('n-gram section has the wrong size');
  const replies = j.safetyReplies as Record<string, unknown>;
  return {
    format: j.format,
    modelVersion: j.modelVersion,
    dim,
    intents,
    followups: perEmotion(j.followups, 'followups'),
    reflections: perEmotion(j.reflections, 'reflections'),
    safetyReplies: {
      suicide: stringList(replies?.suicide, 'safetyReplies.suicide'),
      violence: stringList(replies?.violence, 'safetyReplies.violence'),
    },
    settings: j.settings,
    vectors: all.subarray(0, rows * dim),
    rowIntent,
    safetyVectors: all.subarray(rows * dim),
    safetyLabels: labels,
    ngramOffsets,
    ngramBuckets,
  };
}
