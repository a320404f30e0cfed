/**
 * The app's services, created once and shared by every tab. Import from here, never start a
 * second worker, database or sync client.
 *
 *   import { initServices, modelStatus, settings, updateSetting, getDb, recommendSongs,
 *            rateSong, analyzeText, openConversation, dataVersion } from '../services';
 *
 * What is here:
 * - the ML worker (src/ml/client.ts) with its load progress → `modelStatus()`;
 *   `retryModel()` restarts it after a failed load, fetching the model files again;
 * - the local database (src/store openStore) → `getDb()`, `storageStatus()`, storage-error
 *   notices (`storageNotice()`), writes a full disk refused and still held (`keptWritesView()`,
 *   `saveKeptWrites()`, `keptWritesSaved()`), and the settings → `settings()`, `updateSetting()`;
 *   the theme setting is applied to `<html data-theme>`;
 * - the dialogue index + chat engine (src/chat) → `getChatEngine()`, `dialogueStatus()`;
 * - the song catalogue + recommender (src/recommend) → `getCatalogue()`, `recommendSongs()`,
 *   `rateSong()`, `clearSongRating()`, `latestFeedback()`; feedback from the store, community rankings from
 *   src/sync only when the user turned sync on (default off: no network at all);
 * - `online()`, the install prompt (`installAvailable()`, `promptInstall()`), the active tab
 *   (`activeTab()`, `setActiveTab()`), and `dataVersion()` — bumped whenever conversations,
 *   feedback or diary entries change, so lists can refetch.
 * - chat session controls re-exported from ./chat/session: `openConversation(id)` (history →
 *   chat tab, restores messages and state) and `startNewConversation()`.
 *
 * Nothing in this module touches the network except same-origin fetches of the app's own
 * files (model, /data/*), which the service worker serves offline.
 */
import { createSignal } from 'solid-js';
import { createChatEngine, fetchDialogueIndex, type ChatEngine, type DialogueIndex } from '../chat';
import { EMOTIONS, mixFromArray, type EmotionMix } from '../ml/emotions';
import { ModelLoadError, startAnalyzer, type Analyzer, type ReadyInfo } from '../ml/client';
import type { WireAnalysis } from '../ml/protocol';
import {
  fetchCatalogue,
  feedbackSignalsFrom,
  recommend,
  type Catalogue,
  type Recommendation,
  type RecommendationMode,
} from '../recommend';
import {
  addFeedback,
  clearFeedback,
  DEFAULT_SETTINGS,
  getAllSettings,
  listFeedback,
  listRecommendations,
  newFeedback,
  keptWrites as keptWritesOf,
  newRecommendation,
  onKeptWritesChange,
  onStorageError,
  openStore,
  retryKeptWrites,
  recordRecommendations,
  setSetting,
  songShowingsSince,
  type KeptWritesState,
  type MaumDB,
  type Message,
  type RecommendationSource,
  type SettingKey,
  type Settings,
  type StorageErrorEvent,
} from '../store';
import { modelErrorMessage } from './modelErrors';
import { syncServerUrl } from './settings/syncServer';

export type { Recommendation, RecommendationMode, Settings };

// -------------------- signals

export type ModelPhase = 'loading' | 'ready' | 'error';

export interface ModelFileProgress {
  file: string;
  loaded: number;
  total: number;
}

export interface ModelStatus {
  phase: ModelPhase;
  /** Per-file download progress (model, tokenizer, config), in the order they started. */
  files: ModelFileProgress[];
  /** Bytes received / expected, all files together (total is 0 until sizes are known). */
  loaded: number;
  total: number;
  /** 0..100 (0 while the sizes are unknown). */
  percent: number;
  /** Set when ready: backend ('webgpu' | 'wasm'), threads, model version, load time. */
  info?: ReadyInfo;
  /** Set on error: a Korean sentence for the user… */
  error?: string;
  /** …and the technical reason, for the small print. */
  detail?: string;
}

export type LoadPhase = 'loading' | 'ready' | 'error';

export interface LoadStatus {
  phase: LoadPhase;
  /** Korean text for the user when phase is 'error'. */
  error?: string;
  detail?: string;
}

export interface StorageStatusView {
  /** 'pending' until the database is open. */
  mode: 'pending' | 'persistent' | 'memory';
  /** Korean text for the user in memory mode. */
  message?: string;
}

export interface StorageNotice {
  id: number;
  /** Korean text from src/store (e.g. "저장 공간이 부족해 기록을 저장하지 못했어요. 대화는 계속할 수 있어요."). */
  message: string;
  kind: StorageErrorEvent['kind'];
}

/** Chat writes a full disk refused, kept to be written later (src/store/keptWrites.ts). */
export interface KeptWritesView {
  /** Writes waiting for space. */
  pending: number;
  /** How many of them survive a reload (copied to localStorage). */
  keptLocally: number;
}

export type TabId = 'chat' | 'diary' | 'history' | 'settings';

const [modelStatus, setModelStatus] = createSignal<ModelStatus>({ phase: 'loading', files: [], loaded: 0, total: 0, percent: 0 });
const [dialogueStatus, setDialogueStatus] = createSignal<LoadStatus>({ phase: 'loading' });
const [catalogueStatus, setCatalogueStatus] = createSignal<LoadStatus>({ phase: 'loading' });
const [storageStatus, setStorageStatus] = createSignal<StorageStatusView>({ mode: 'pending' });
const [storageNotice, setStorageNotice] = createSignal<StorageNotice | null>(null);
const [keptWritesView, setKeptWritesView] = createSignal<KeptWritesView | null>(null);
const [keptWritesSaved, setKeptWritesSaved] = createSignal(0);
const [settings, setSettings] = createSignal<Settings>({ ...DEFAULT_SETTINGS });
const [online, setOnline] = createSignal(typeof navigator === 'undefined' ? true : navigator.onLine !== false);
const [activeTab, setActiveTab] = createSignal<TabId>('chat');
const [dataVersion, setDataVersion] = createSignal(0);
const [installAvailable, setInstallAvailable] = createSignal(false);

export {
  /** Model load progress / readiness / error. */
  modelStatus,
  /** The dialogue index (needed by the chat). */
  dialogueStatus,
  /** The song catalogue (needed for recommendations). */
  catalogueStatus,
  /** Persistent (IndexedDB) or memory-only storage. */
  storageStatus,
  /** The latest storage error notice (null when none or dismissed). */
  storageNotice,
  /** Writes a full disk refused and the app still holds (null when none). */
  keptWritesView,
  /** Bumped each time held writes were all written at last (the notice says so, briefly). */
  keptWritesSaved,
  /** Current settings (defaults until the store has answered). */
  settings,
  /** navigator.onLine, kept current. */
  online,
  /** The tab on screen. */
  activeTab,
  setActiveTab,
  /** Bumped whenever stored conversations, feedback or diary entries change. */
  dataVersion,
  /** True while the browser offers to install the app (beforeinstallprompt). */
  installAvailable,
};

/** Tell lists (history, diary) that stored data changed. */
export function notifyDataChanged(): void {
  setDataVersion((v) => v + 1);
}

export function dismissStorageNotice(): void {
  setStorageNotice(null);
}

/** True while the user asked the OS to reduce motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function formatMB(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

// -------------------- model

let analyzer: Analyzer | null = null;
let analyzerGeneration = 0;

/**
 * On the very first visit the service worker is installing and precaching the model, the ONNX
 * runtime and the data files; fetching them from the page at the same time downloads
 * everything twice. Resolves once the new service worker controls the page (it claims it as
 * soon as the precache is complete), at once when a worker already controls it or none can
 * (no support, dev server, registration failed), and after 30 s at the latest.
 */
let precached: Promise<void> | null = null;
function firstInstallSettled(): Promise<void> {
  precached ??= new Promise<void>((resolve) => {
    const sw = typeof navigator !== 'undefined' ? navigator.serviceWorker : undefined;
    if (!sw || sw.controller || import.meta.env.DEV) return resolve();
    sw.addEventListener('controllerchange', () => resolve(), { once: true });
    setTimeout(resolve, 30_000);
    // Registration failed or never happened: nothing will take control, don't wait for it.
    setTimeout(() => void sw.getRegistration().then((r) => r || resolve(), () => resolve()), 3_000);
  });
  return precached;
}

/** Bytes the service worker has precached so far (Content-Length of the cached responses). */
async function precachedBytes(): Promise<number> {
  if (typeof caches === 'undefined') return 0;
  let total = 0;
  for (const name of await caches.keys()) {
    if (!name.startsWith('workbox-precache')) continue;
    const cache = await caches.open(name);
    for (const req of await cache.keys()) {
      total += Number((await cache.match(req))?.headers.get('content-length') ?? 0);
    }
  }
  return total;
}

/** While the first install precaches, show what has arrived (the worker reports per file after). */
function showPrecacheProgress(generation: number): void {
  const file = '오프라인용 앱 파일';
  const tick = () =>
    void precachedBytes().then((loaded) => {
      if (generation !== analyzerGeneration || loaded === 0) return;
      setModelStatus((s) => (s.phase === 'loading' && s.total === 0 ? { ...s, files: [{ file, loaded, total: 0 }], loaded } : s));
    }, () => undefined);
  const timer = setInterval(tick, 400);
  void firstInstallSettled().then(() => clearInterval(timer));
}

function startModel(fresh = false): Analyzer {
  const generation = ++analyzerGeneration;
  const files = new Map<string, ModelFileProgress>();
  setModelStatus({ phase: 'loading', files: [], loaded: 0, total: 0, percent: 0 });
  showPrecacheProgress(generation);
  const a = startAnalyzer(
    {
      fresh,
      onProgress: (p) => {
        if (generation !== analyzerGeneration) return;
        files.set(p.file, { file: p.file, loaded: p.loaded, total: p.total });
        let loaded = 0;
        let total = 0;
        for (const f of files.values()) {
          loaded += f.loaded;
          total += f.total;
        }
        const percent = total > 0 ? Math.min(100, Math.round((100 * loaded) / total)) : 0;
        setModelStatus((s) => (s.phase === 'loading' ? { ...s, files: [...files.values()], loaded, total, percent } : s));
      },
    },
    undefined,
    firstInstallSettled(),
  );
  a.ready.then(
    (info) => {
      if (generation !== analyzerGeneration) return;
      setModelStatus((s) => ({ ...s, phase: 'ready', info, loaded: s.total || s.loaded, percent: 100 }));
    },
    (err: unknown) => {
      if (generation !== analyzerGeneration) return;
      const detail = err instanceof Error ? err.message : String(err);
      const error = modelErrorMessage({
        reason: err instanceof ModelLoadError ? err.reason : undefined,
        refreshed: err instanceof ModelLoadError && err.refreshed,
        offline: typeof navigator !== 'undefined' && navigator.onLine === false,
      });
      setModelStatus((s) => ({ ...s, phase: 'error', error, detail }));
    },
  );
  return a;
}

/** The app's one ML worker (started on first call). */
export function getAnalyzer(): Analyzer {
  analyzer ??= startModel();
  return analyzer;
}

/** Restarts what failed: the model worker, the dialogue index, the song catalogue. */
export function retryModel(): void {
  if (modelStatus().phase === 'error') {
    analyzer?.terminate();
    // Fetched again past the service worker's and the browser's caches: a broken copy is replaced.
    analyzer = startModel(true);
    engine = null;
  }
  if (dialogueStatus().phase === 'error') {
    indexPromise = null;
    engine = null;
  }
  if (catalogueStatus().phase === 'error') cataloguePromise = null;
  void getChatEngine().catch(() => undefined);
  void getCatalogue().catch(() => undefined);
}

/** Analyse short texts in the worker (one sentence or message each). */
export async function analyzeText(texts: string[]): Promise<WireAnalysis[]> {
  return getAnalyzer().analyze(texts);
}

/** Analyse a long text (a diary entry) piece by piece; one combined analysis. */
export async function analyzeLong(text: string): Promise<WireAnalysis> {
  return getAnalyzer().analyzeLong(text);
}

/** Resolves when the model is ready (rejects when it failed). */
export function modelReady(): Promise<ReadyInfo> {
  return getAnalyzer().ready;
}

// -------------------- store

let storePromise: Promise<MaumDB> | null = null;
let noticeId = 0;

/** The app's database (IndexedDB, or memory when the browser refuses it). Never rejects. */
export function getDb(): Promise<MaumDB> {
  storePromise ??= (async () => {
    onStorageError((event) => {
      setStorageNotice({ id: ++noticeId, message: event.message, kind: event.kind });
    });
    // Before the store opens: it writes what a full disk refused last time first of all.
    onKeptWritesChange(followKeptWrites);
    const opened = await openStore();
    setStorageStatus(
      opened.status.mode === 'memory'
        ? { mode: 'memory', ...(opened.status.message ? { message: opened.status.message } : {}) }
        : { mode: 'persistent' },
    );
    const loaded = await getAllSettings(opened.db);
    setSettings(loaded);
    applyTheme(loaded.theme);
    if (loaded.syncEnabled) void getSync();
    return opened.db;
  })();
  return storePromise;
}

function followKeptWrites(state: KeptWritesState): void {
  const before = keptWritesView();
  if (state.pending > 0) {
    setKeptWritesView({ pending: state.pending, keptLocally: state.keptLocally });
    return;
  }
  setKeptWritesView(null);
  if (state.change === 'written' && before) {
    // The generic "could not save" notice is no longer true.
    setStorageNotice(null);
    setKeptWritesSaved((n) => n + 1);
  }
  if (state.change === 'written') notifyDataChanged();
}

/**
 * Tries the writes a full disk refused again (the page regains focus or comes back into view,
 * the user made room). Resolves true when nothing waits any more.
 */
export async function saveKeptWrites(): Promise<boolean> {
  if (!keptWritesView()) return true;
  return retryKeptWrites(await getDb());
}

/** The messages a full disk refused, oldest first (for a file of them when the chat on screen is another one). */
export async function keptMessages(): Promise<Message[]> {
  const db = await getDb();
  return keptWritesOf(db).flatMap((w) => (w.op === 'addMessage' ? [w.message] : []));
}

export const THEME_CACHE_KEY = 'maum.theme';

function applyTheme(theme: Settings['theme']): void {
  if (typeof document === 'undefined') return;
  const html = document.documentElement;
  if (theme === 'system') html.removeAttribute('data-theme');
  else html.setAttribute('data-theme', theme);
  // A copy for the next start, so the page paints in the right theme before the database opens.
  try {
    if (theme === 'system') localStorage.removeItem(THEME_CACHE_KEY);
    else localStorage.setItem(THEME_CACHE_KEY, theme);
  } catch {
    // No localStorage: the theme follows once the settings are read.
  }
}

/**
 * Changes one setting: stored, applied at once (theme → <html data-theme>, gauge threshold →
 * the chat engine, sync → starts or stops the community sync). Resolves false when the value
 * is invalid or could not be stored (the new value still applies for this session).
 */
export async function updateSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<boolean> {
  const db = await getDb();
  const stored = await setSetting(db, key, value);
  setSettings((s) => ({ ...s, [key]: value }));
  if (key === 'theme') applyTheme(value as Settings['theme']);
  if (key === 'gaugeThreshold') {
    engine = null;
    void import('./chat/session').then((m) => m.refreshGauge());
  }
  if (key === 'syncEnabled') {
    const sync = await getSync(value === true);
    await sync?.setEnabled(value === true);
  }
  return stored;
}

// -------------------- sync

type SyncModule = typeof import('../sync');
type CommunitySyncInstance = InstanceType<SyncModule['CommunitySync']>;
let syncPromise: Promise<CommunitySyncInstance | null> | null = null;
let syncUrl = '';

/**
 * The community sync client, created (lazily, with its module) only when the setting is on
 * and a server is configured (설정's server address, else VITE_SYNC_URL). Null otherwise:
 * nothing is ever sent. A changed server address gets a fresh client.
 */
export function getSync(create = settings().syncEnabled): Promise<CommunitySyncInstance | null> {
  const serverUrl = syncServerUrl();
  if (syncPromise && syncUrl === serverUrl) return syncPromise;
  if (syncPromise) {
    void syncPromise.then((old) => old?.dispose());
    syncPromise = null;
  }
  if (!create || !serverUrl) return Promise.resolve(null);
  syncUrl = serverUrl;
  syncPromise = (async () => {
    const [mod, db] = await Promise.all([import('../sync'), getDb()]);
    const sync = new mod.CommunitySync({
      serverUrl,
      storage: localStorage,
      queue: new mod.DexieSyncQueue(db.syncQueue),
      // src/store types the table as CommunityCacheRecord (ranking fields flattened) while
      // src/sync stores {key, ranking, fetchedAt}; Dexie stores either (keyPath 'key').
      cache: new mod.DexieCommunityCache(db.communityCache as unknown as ConstructorParameters<SyncModule['DexieCommunityCache']>[0]),
    });
    if (settings().syncEnabled && !sync.enabled) await sync.setEnabled(true);
    return sync;
  })().catch((err: unknown) => {
    console.warn('community sync unavailable', err);
    return null;
  });
  return syncPromise;
}

// -------------------- chat

let indexPromise: Promise<DialogueIndex> | null = null;
let engine: { engine: ChatEngine; threshold: number } | null = null;
let enginePromise: Promise<ChatEngine> | null = null;

function loadIndex(): Promise<DialogueIndex> {
  indexPromise ??= (async () => {
    setDialogueStatus({ phase: 'loading' });
    try {
      await firstInstallSettled();
      const index = await fetchDialogueIndex(import.meta.env.BASE_URL);
      return index;
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      setDialogueStatus({ phase: 'error', error: '대화 자료를 불러오지 못했어요. 다시 시도해 주세요.', detail });
      throw err;
    }
  })();
  return indexPromise;
}

/**
 * The chat engine over the loaded model and dialogue index, with the gauge threshold from
 * the settings. Waits for the model; rejects when the model or the index cannot be loaded
 * (`modelStatus()` / `dialogueStatus()` then say why).
 */
export function getChatEngine(): Promise<ChatEngine> {
  const threshold = settings().gaugeThreshold;
  if (engine && engine.threshold === threshold) return Promise.resolve(engine.engine);
  enginePromise ??= (async () => {
    try {
      const a = getAnalyzer();
      const [info, index] = await Promise.all([a.ready, loadIndex(), getDb()]);
      const gaugeThreshold = settings().gaugeThreshold;
      let created: ChatEngine;
      try {
        created = createChatEngine({
          analyze: (texts) => a.analyze(texts),
          index,
          modelVersion: info.version,
          gaugeThreshold,
          // "아이유 노래로 추천해줘" names the singer's songs once the catalogue has loaded.
          songNames: () => loadedCatalogue?.songs ?? null,
          // Replies presuming bedtime wait for the evening (src/chat/texting.ts, session 38).
          clock: () => new Date(),
        });
      } catch (err) {
        const detail = err instanceof Error ? err.message : String(err);
        setDialogueStatus({
          phase: 'error',
          error: '대화 자료가 지금의 감정 모델과 맞지 않아요. 앱을 새로고침해 주세요.',
          detail,
        });
        throw err;
      }
      engine = { engine: created, threshold: gaugeThreshold };
      setDialogueStatus({ phase: 'ready' });
      return created;
    } finally {
      enginePromise = null;
    }
  })();
  return enginePromise;
}

// -------------------- songs

let cataloguePromise: Promise<Catalogue> | null = null;
let loadedCatalogue: Catalogue | null = null;

/** The song catalogue (/data/songs.json + songs.bin), loaded once. */
export function getCatalogue(): Promise<Catalogue> {
  cataloguePromise ??= (async () => {
    setCatalogueStatus({ phase: 'loading' });
    try {
      await firstInstallSettled();
      const catalogue = await fetchCatalogue(`${import.meta.env.BASE_URL}data/`);
      setCatalogueStatus({ phase: 'ready' });
      loadedCatalogue = catalogue;
      return catalogue;
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      setCatalogueStatus({ phase: 'error', error: '노래 목록을 불러오지 못했어요. 다시 시도해 주세요.', detail });
      cataloguePromise = null;
      throw err;
    }
  })();
  return cataloguePromise;
}

/** How far back songs shown before make a song step back (recommend.ts `recent`). */
const RECENT_SHOWINGS_MS = 14 * 24 * 60 * 60 * 1000;

export interface RecommendSongsInput {
  /** The emotion mix to recommend for (EmotionMix or 7 numbers in EMOTIONS order). */
  mix: EmotionMix | readonly number[];
  mode: RecommendationMode;
  /** Unit embedding of the user's own words (similar mode), optional. */
  embedding?: Float32Array | null;
  /** Seed of the list (same seed, same list). Use hashString(sourceId + mode + page). */
  seed: number;
  /** Song ids not to offer (e.g. already shown in this conversation for "다른 곡 추천"). */
  exclude?: Iterable<string>;
  /** How many (default 5). */
  k?: number;
  /** When given, the shown list is recorded in the store (history) for this source. */
  record?: { source: RecommendationSource; sourceId: string };
  /** Session 38: only this singer's songs (a singer asked for in the chat; none in the catalogue: no filter). */
  artist?: string | null;
  /** The user's own words, so a title clashing with their topic is not put first (src/recommend/titles.ts). */
  texts?: readonly string[];
}

/**
 * Songs for a mood, with the user's feedback (disliked songs never come back, in either list;
 * a liked song comes back when the mood fits: src/recommend/likedPicks.ts) and, when sync is on, the community ranking. Rejects only when the
 * catalogue cannot be loaded.
 */
export async function recommendSongs(input: RecommendSongsInput): Promise<Recommendation[]> {
  const [catalogue, db] = await Promise.all([getCatalogue(), getDb()]);
  const mix = Array.isArray(input.mix) ? mixFromArray(input.mix as number[]) : (input.mix as EmotionMix);
  const rows = await listFeedback(db);
  let community: Map<string, number> | undefined;
  const sync = settings().syncEnabled ? await getSync() : null;
  if (sync) {
    try {
      const ranking = await sync.communityRanking(mix, input.mode);
      if (ranking) community = new Map(ranking.songs.map((s) => [s.songId, s.score]));
    } catch {
      // Community ranking is a nicety; recommend from local signals alone.
    }
  }
  // Songs this person was shown in the last two weeks, in other conversations and diary entries.
  const recent = await songShowingsSince(db, Date.now() - RECENT_SHOWINGS_MS, input.record?.sourceId);
  const list = recommend(catalogue, {
    mix,
    recent,
    embedding: input.embedding ?? null,
    modelVersion: modelStatus().info?.version,
    k: input.k ?? 5,
    seed: input.seed,
    mode: input.mode,
    exclude: input.exclude ?? [],
    feedback: feedbackSignalsFrom(rows, community),
    artist: input.artist ?? null,
    ...(input.texts ? { texts: input.texts } : {}),
  });
  if (input.record && list.length > 0) {
    const songIds = list.map((r) => r.song.id);
    // The same list shown again (e.g. after a reload) is not recorded twice.
    const before = (await listRecommendations(db, input.record.sourceId)).filter((r) => r.mode === input.mode).at(-1);
    if (!before || before.songIds.join() !== songIds.join()) {
      await recordRecommendations(db, newRecommendation({ ...input.record, mode: input.mode, songIds }));
      notifyDataChanged();
    }
  }
  return list;
}

export interface RateSongInput {
  songId: string;
  mode: RecommendationMode;
  liked: boolean;
  /** The mood the song was recommended for. */
  mood: EmotionMix | readonly number[];
  /** Conversation id or diary entry id. */
  sourceId: string;
}

/**
 * Saves a like/dislike at once as the song's one current rating (replacing any earlier one)
 * and queues it for the community when sync is on, where it takes back the song's earlier
 * rating too (좋아요 → 별로예요 counts once, as a dislike). Resolves false when it could not be stored
 * (a storage notice is shown, and the song keeps the rating it had: session 40, a like that was not
 * saved no longer shows as given).
 */
export async function rateSong(input: RateSongInput): Promise<boolean> {
  const db = await getDb();
  const mood = Array.isArray(input.mood)
    ? [...(input.mood as number[])]
    : EMOTIONS.map((id) => (input.mood as EmotionMix)[id]);
  const had = sessionFeedback.get(input.songId);
  sessionFeedback.set(input.songId, input.liked);
  const ok = await addFeedback(
    db,
    newFeedback({ songId: input.songId, mode: input.mode, liked: input.liked, mood, sourceId: input.sourceId }),
  );
  if (!ok) restoreSessionFeedback(input.songId, had);
  notifyDataChanged();
  if (!ok) return false;
  const sync = settings().syncEnabled ? await getSync() : null;
  if (sync) {
    void sync
      .recordFeedback({ songId: input.songId, mode: input.mode, liked: input.liked, emotion: mixFromArray(mood) })
      .catch(() => undefined);
  }
  return ok;
}

/**
 * Removes a song's rating (a pressed button tapped again, or 다시 추천받기). With sync on, the
 * community stops counting it too (dropped if not yet sent, else retracted). False if not stored.
 */
export async function clearSongRating(songId: string): Promise<boolean> {
  const db = await getDb();
  const had = sessionFeedback.get(songId);
  sessionFeedback.set(songId, null);
  const ok = await clearFeedback(db, songId);
  if (!ok) restoreSessionFeedback(songId, had);
  notifyDataChanged();
  if (!ok) return false;
  const sync = settings().syncEnabled ? await getSync() : null;
  if (sync) void sync.clearFeedback(songId).catch(() => undefined);
  return ok;
}

/** Ratings given or cleared in this session (shown at once, before the store has answered). */
const sessionFeedback = new Map<string, boolean | null>();

/** A press the store refused: the song shows what it showed before. */
function restoreSessionFeedback(songId: string, had: boolean | null | undefined): void {
  if (had === undefined) sessionFeedback.delete(songId);
  else sessionFeedback.set(songId, had);
}

/**
 * The current rating of each song (true = liked, false = disliked; absent = none). One rating
 * per song, whichever list it was given in; `_mode` is kept for callers of the old signature.
 */
export async function latestFeedback(songIds: readonly string[], _mode?: RecommendationMode): Promise<Map<string, boolean>> {
  const db = await getDb();
  const rows = await listFeedback(db);
  const out = new Map<string, boolean>();
  const wanted = new Set(songIds);
  for (const r of rows) if (wanted.has(r.songId)) out.set(r.songId, r.liked);
  for (const id of songIds) {
    const s = sessionFeedback.get(id);
    if (s === null) out.delete(id);
    else if (s !== undefined) out.set(id, s);
  }
  return out;
}

// -------------------- install prompt

interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

let deferredInstall: BeforeInstallPromptEvent | null = null;

/** Shows the browser's install dialog (only while `installAvailable()`). */
export async function promptInstall(): Promise<boolean> {
  const e = deferredInstall;
  if (!e) return false;
  deferredInstall = null;
  setInstallAvailable(false);
  await e.prompt();
  const choice = await e.userChoice.catch(() => ({ outcome: 'dismissed' as const }));
  return choice.outcome === 'accepted';
}

// -------------------- start

let started = false;

/**
 * Starts everything the app needs, once: database + settings, the model worker, the
 * dialogue index and the catalogue (all from the app's own origin), online/offline and
 * install-prompt listeners. Safe to call more than once.
 */
export function initServices(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  window.addEventListener('online', () => setOnline(true));
  window.addEventListener('offline', () => setOnline(false));
  window.addEventListener('beforeinstallprompt', (e) => {
    e.preventDefault();
    deferredInstall = e as BeforeInstallPromptEvent;
    setInstallAvailable(true);
  });
  window.addEventListener('appinstalled', () => {
    deferredInstall = null;
    setInstallAvailable(false);
  });
  void getDb();
  getAnalyzer();
  void getChatEngine().catch(() => undefined);
  void getCatalogue().catch(() => undefined);
}

// Chat session controls (for the history tab): open a stored conversation, start a new one.
export { openConversation, startNewConversation } from './chat/session';
