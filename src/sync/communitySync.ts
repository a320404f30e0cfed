import { localDay } from './calendar.ts';
import type { CommunityCache } from './communityCache.ts';
import { fetchCommunity, sendFeedback, type FetchLike, type SendOutcome } from './communityApi.ts';
import { currentInstallId, forgetInstallId, type KeyValueStorage } from './installId.ts';
import { browserNetwork, type NetworkStatus } from './network.ts';
import {
  MAX_EVENTS_PER_BATCH,
  type CommunityRanking,
  type EmotionMixInput,
  type FeedbackEvent,
  type RecommendationMode,
} from './protocol.ts';
import { quantiseEmotion } from './quantiseEmotion.ts';
import { DEFAULT_RETRY_POLICY, retryDelay, type RetryPolicy } from './retryDelay.ts';
import type { OutgoingRecord, SyncQueue } from './syncQueue.ts';

export interface CommunitySyncOptions {
  /** Base URL of the community server, e.g. https://sync.example. */
  serverUrl: string;
  /** Holds the on/off setting and the monthly install id; `localStorage` in the app. */
  storage: KeyValueStorage;
  queue: SyncQueue;
  cache: CommunityCache;
  fetch?: FetchLike;
  network?: NetworkStatus;
  randomUUID?: () => string;
  /** Source of jitter for back-off, in [0, 1). */
  random?: () => number;
  retry?: RetryPolicy;
  /** Wait this long after a like before sending, so likes in quick succession share a batch. */
  batchDelayMs?: number;
  /** A cached ranking younger than this is used without asking the server. */
  rankingMaxAgeMs?: number;
  requestTimeoutMs?: number;
}

export interface FeedbackInput {
  songId: string;
  mode: RecommendationMode;
  liked: boolean;
  /** The emotion the recommendation was made for; rounded to tenths before it is queued. */
  emotion: EmotionMixInput;
}

const ENABLED_KEY = 'communitySync.enabled';
/** When the server last answered a batch (epoch ms), kept so 설정 can say it after a reload. */
const LAST_SENT_KEY = 'communitySync.lastSentAt';

/** What the client knows about sending, for a status line in 설정. */
export interface SyncStatus {
  enabled: boolean;
  /** Events and retractions waiting to be sent (sent ones remembered for retraction not counted). */
  pending: number;
  /** Of those, the retractions. */
  retracting: number;
  online: boolean;
  /** When the server last answered a batch (epoch ms), or null. */
  lastSentAt: number | null;
  /** When the last send failed, or null when none has failed since the last success. */
  lastFailedAt: number | null;
  /** When the next automatic send is due (epoch ms), or null when none is scheduled. */
  nextTryAt: number | null;
}

type DrainResult = 'empty' | 'waiting';

/**
 * The optional community sync: off unless the person turned it on. Feedback is
 * queued, sent in batches while online, and forgotten only once the server has
 * answered for it; eventIds make resending harmless, so every event is stored
 * exactly once. Each song counts once: a new rating takes back the song's
 * earlier event, and clearing the rating takes it back too (dropped from the
 * queue if it never went out, else retracted on the server by its eventId).
 * Turning it off cancels everything and wipes what is queued and remembered.
 */
export class CommunitySync {
  readonly #serverUrl: string;
  readonly #storage: KeyValueStorage;
  readonly #queue: SyncQueue;
  readonly #cache: CommunityCache;
  readonly #fetch: FetchLike;
  readonly #network: NetworkStatus;
  readonly #randomUUID: () => string;
  readonly #random: () => number;
  readonly #retry: RetryPolicy;
  readonly #batchDelayMs: number;
  readonly #rankingMaxAgeMs: number;
  readonly #requestTimeoutMs: number;
  readonly #stopListening: () => void;

  #enabled: boolean;
  #disposed = false;
  /** Bumped on every opt-out, so work started before it stops touching anything. */
  #generation = 0;
  #failedAttempts = 0;
  /** Back-off: no automatic send before this time (epoch ms). */
  #notBefore = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #timerDue = Infinity;
  #draining: { generation: number; done: Promise<void> } | undefined;
  #drainAgain = false;
  /** Serialises reads-then-writes of the queue (rating, clearing, taking a batch, settling it). */
  #queueLock: Promise<unknown> = Promise.resolve();
  readonly #inFlight = new Set<AbortController>();
  readonly #listeners = new Set<() => void>();
  #lastFailedAt: number | null = null;

  constructor(options: CommunitySyncOptions) {
    this.#serverUrl = options.serverUrl;
    this.#storage = options.storage;
    this.#queue = options.queue;
    this.#cache = options.cache;
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#network = options.network ?? browserNetwork;
    this.#randomUUID = options.randomUUID ?? (() => crypto.randomUUID());
    this.#random = options.random ?? Math.random;
    this.#retry = options.retry ?? DEFAULT_RETRY_POLICY;
    this.#batchDelayMs = options.batchDelayMs ?? 2_000;
    this.#rankingMaxAgeMs = options.rankingMaxAgeMs ?? 6 * 3_600_000;
    this.#requestTimeoutMs = options.requestTimeoutMs ?? 15_000;

    this.#enabled = this.#storage.getItem(ENABLED_KEY) === 'true';
    this.#stopListening = this.#network.onOnline(() => {
      // The failures were probably the network being away, not the server.
      this.#failedAttempts = 0;
      this.#notBefore = 0;
      this.#schedule(0);
      this.#notify();
    });
    // Send whatever an earlier session left queued.
    this.#schedule(0);
  }

  get enabled(): boolean {
    return this.#enabled;
  }

  async setEnabled(on: boolean): Promise<void> {
    if (on === this.#enabled) return;
    this.#enabled = on;
    if (on) {
      this.#storage.setItem(ENABLED_KEY, 'true');
      this.#notify();
      return;
    }
    this.#storage.removeItem(ENABLED_KEY);
    this.#storage.removeItem(LAST_SENT_KEY);
    this.#generation++;
    this.#stopActivity();
    forgetInstallId(this.#storage);
    // After any rating or clearing already under way, so nothing it writes outlives the wipe.
    await this.#exclusive(() => Promise.all([this.#queue.clear(), this.#cache.clear()]));
    this.#notify();
  }

  /**
   * What waits to be sent and how sending went: the queue's outgoing records, the last answer
   * from the server (kept across reloads), the last failure since then and the next try.
   */
  async status(): Promise<SyncStatus> {
    const outgoing = this.#enabled ? await this.#queue.peek(Number.MAX_SAFE_INTEGER) : [];
    const stored = Number(this.#storage.getItem(LAST_SENT_KEY));
    return {
      enabled: this.#enabled,
      pending: outgoing.length,
      retracting: outgoing.filter((record) => record.state === 'retract').length,
      online: this.#network.isOnline(),
      lastSentAt: Number.isFinite(stored) && stored > 0 ? stored : null,
      lastFailedAt: this.#lastFailedAt,
      nextTryAt: this.#timer !== undefined && Number.isFinite(this.#timerDue) ? this.#timerDue : null,
    };
  }

  /** Calls `listener` whenever the status may have changed (queued, sent, failed, turned off); returns the unsubscribe. */
  onStatusChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }

  #notify(): void {
    for (const listener of this.#listeners) {
      try {
        listener();
      } catch {
        // A listener's trouble is not the client's.
      }
    }
  }

  /**
   * Queues one like or dislike as the song's current rating, taking back the
   * song's earlier one (a changed rating counts once); does nothing while sync is off.
   */
  async recordFeedback(input: FeedbackInput): Promise<void> {
    if (!this.#enabled) return;
    const generation = this.#generation;
    await this.#exclusive(async () => {
      if (!this.#stillOn(generation)) return;
      await this.#takeBack(input.songId);
      await this.#queueEvent(input, generation);
    });
    if (this.#stillOn(generation)) this.#schedule(this.#batchDelayMs);
    this.#notify();
  }

  /**
   * Takes back the song's rating (a pressed 좋아요 / 별로예요 tapped again): the
   * event is dropped if it never went out, else its retraction is queued and
   * sent like an event. Does nothing while sync is off.
   */
  async clearFeedback(songId: string): Promise<void> {
    if (!this.#enabled) return;
    const generation = this.#generation;
    const retracting = await this.#exclusive(async () => this.#stillOn(generation) && (await this.#takeBack(songId)));
    if (retracting && this.#stillOn(generation)) this.#schedule(this.#batchDelayMs);
    this.#notify();
  }

  /** Runs `work` after every queue read-then-write started before it. */
  #exclusive<T>(work: () => Promise<T>): Promise<T> {
    const result = this.#queueLock.then(work);
    this.#queueLock = result.catch(() => undefined);
    return result;
  }

  /** Takes back every event of the song; true when a retraction was queued. */
  async #takeBack(songId: string): Promise<boolean> {
    const records = await this.#queue.forSong(songId);
    const unsent = records.filter((record) => record.state === undefined && !record.attempted);
    const mayBeOnServer = records.filter((record) => record.state === 'sent' || (record.state === undefined && record.attempted));
    if (unsent.length > 0) await this.#queue.remove(unsent.map((record) => record.eventId));
    for (const record of mayBeOnServer) {
      // Same key: an event in flight becomes its retraction, which its answer leaves in place.
      await this.#queue.add({ eventId: record.eventId, songId, state: 'retract' });
    }
    return mayBeOnServer.length > 0;
  }

  async #queueEvent(input: FeedbackInput, generation: number): Promise<void> {
    const now = new Date();
    const event: FeedbackEvent = {
      eventId: this.#randomUUID(),
      installId: currentInstallId(this.#storage, now, this.#randomUUID),
      songId: input.songId,
      mode: input.mode,
      liked: input.liked,
      emotion: quantiseEmotion(input.emotion),
      day: localDay(now),
    };
    await this.#queue.add(event);
    // Turned off while the event was being written: it must not survive the wipe.
    if (generation !== this.#generation) await this.#queue.remove([event.eventId]);
  }

  /** Sends everything queued now (ignoring back-off), if on and online. Never rejects. */
  flush(): Promise<void> {
    const generation = this.#generation;
    if (this.#draining?.generation === generation) {
      // A drain may be past its last look at the queue: make it look again.
      this.#drainAgain = true;
      return this.#draining.done;
    }
    const done = (async () => {
      let result: DrainResult;
      do {
        this.#drainAgain = false;
        result = await this.#drainSafely(generation);
      } while (this.#drainAgain && result === 'empty' && this.#isCurrent(generation));
    })().finally(() => {
      if (this.#draining?.generation === generation) this.#draining = undefined;
    });
    this.#draining = { generation, done };
    return done;
  }

  /**
   * What people who felt alike liked, for blending into recommendations.
   * Fresh from the server when possible, else the cached copy; undefined while
   * sync is off or when nothing is known.
   */
  async communityRanking(emotion: EmotionMixInput, mode: RecommendationMode): Promise<CommunityRanking | undefined> {
    if (!this.#enabled) return undefined;
    const generation = this.#generation;
    const quantised = quantiseEmotion(emotion);
    const key = `${mode}:${quantised.join(',')}`;
    const cached = await this.#cache.get(key);
    if (!this.#isCurrent(generation)) return undefined;
    if (cached && Date.now() - cached.fetchedAt < this.#rankingMaxAgeMs) return cached.ranking;
    if (!this.#network.isOnline()) return cached?.ranking;
    try {
      const ranking = await this.#request((signal) =>
        fetchCommunity(this.#fetch, this.#serverUrl, quantised, mode, signal),
      );
      if (!this.#isCurrent(generation)) return undefined;
      await this.#cache.put({ key, ranking, fetchedAt: Date.now() });
      return ranking;
    } catch {
      return this.#isCurrent(generation) ? cached?.ranking : undefined;
    }
  }

  /** Stops timers, listeners and requests for good; the setting and the queue stay as they are. */
  dispose(): void {
    this.#disposed = true;
    this.#listeners.clear();
    this.#stopListening();
    this.#stopActivity();
  }

  /** On, and not turned off since `generation` (a disposed client still queues, for the next session). */
  #stillOn(generation: number): boolean {
    return this.#enabled && generation === this.#generation;
  }

  #isCurrent(generation: number): boolean {
    return this.#enabled && !this.#disposed && generation === this.#generation;
  }

  #stopActivity(): void {
    this.#cancelTimer();
    for (const controller of this.#inFlight) controller.abort();
    this.#failedAttempts = 0;
    this.#notBefore = 0;
    this.#lastFailedAt = null;
  }

  async #drainSafely(generation: number): Promise<DrainResult> {
    try {
      return await this.#drain(generation);
    } catch {
      // Local storage trouble: treat like a failed send rather than give up.
      this.#backOff(undefined);
      return 'waiting';
    }
  }

  async #drain(generation: number): Promise<DrainResult> {
    while (this.#isCurrent(generation)) {
      if (!this.#network.isOnline()) return 'waiting'; // the online listener resumes
      const batch = await this.#exclusive(() => this.#takeBatch(generation));
      if (!batch || !this.#isCurrent(generation)) break;
      if (batch.length === 0) return 'empty';

      const outcome: SendOutcome = await this.#request((signal) =>
        sendFeedback(this.#fetch, this.#serverUrl, batch, signal),
      );
      if (!this.#isCurrent(generation)) break;
      const answered = new Set(outcome.kind === 'retry' ? [] : outcome.eventIds);
      const settled = batch.filter((record) => answered.has(record.eventId));
      if (settled.length === 0) {
        this.#backOff(outcome.kind === 'retry' ? outcome.retryAfterMs : undefined);
        return 'waiting';
      }
      await this.#exclusive(() => this.#queue.settle(settled, outcome.kind === 'acknowledged'));
      this.#failedAttempts = 0;
      this.#notBefore = 0;
      this.#lastFailedAt = null;
      this.#storage.setItem(LAST_SENT_KEY, String(Date.now()));
      this.#notify();
    }
    return 'waiting';
  }

  /** The next batch, its events marked as possibly on the server before they go out. */
  async #takeBatch(generation: number): Promise<OutgoingRecord[] | undefined> {
    if (!this.#isCurrent(generation)) return undefined;
    const batch = await this.#queue.peek(MAX_EVENTS_PER_BATCH);
    const fresh = batch.filter((record) => record.state === undefined && !record.attempted);
    if (fresh.length > 0) await this.#queue.markAttempted(fresh.map((record) => record.eventId));
    return batch;
  }

  #backOff(retryAfterMs: number | undefined): void {
    const delay = retryDelay(this.#failedAttempts++, this.#retry, this.#random, retryAfterMs);
    this.#notBefore = Date.now() + delay;
    this.#lastFailedAt = Date.now();
    this.#schedule(delay);
    this.#notify();
  }

  async #request<T>(send: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(), this.#requestTimeoutMs);
    this.#inFlight.add(controller);
    try {
      return await send(controller.signal);
    } finally {
      clearTimeout(timeout);
      this.#inFlight.delete(controller);
    }
  }

  /** Flushes after `delayMs`, or later if backing off; an earlier pending flush wins. */
  #schedule(delayMs: number): void {
    if (!this.#enabled || this.#disposed) return;
    const due = Math.max(Date.now() + delayMs, this.#notBefore);
    if (this.#timer !== undefined && this.#timerDue <= due) return;
    this.#cancelTimer();
    this.#timerDue = due;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#timerDue = Infinity;
      void this.flush();
    }, due - Date.now());
  }

  #cancelTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#timerDue = Infinity;
  }
}
