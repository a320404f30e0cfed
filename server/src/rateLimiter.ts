export interface RateLimiterOptions {
  /** Most units one key may spend in a burst. */
  capacity: number;
  /** Window over which a spent bucket refills completely. */
  refillMs: number;
  now?: () => number;
  /** Above this many tracked keys, full buckets are forgotten to bound memory. */
  maxKeys?: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** In-memory token buckets; one process, so no shared store is needed. */
export class RateLimiter {
  readonly #buckets = new Map<string, Bucket>();
  readonly #capacity: number;
  readonly #refillPerMs: number;
  readonly #now: () => number;
  readonly #maxKeys: number;

  constructor(options: RateLimiterOptions) {
    this.#capacity = options.capacity;
    this.#refillPerMs = options.capacity / options.refillMs;
    this.#now = options.now ?? Date.now;
    this.#maxKeys = options.maxKeys ?? 100_000;
  }

  /**
   * Spends `cost` units for every key, or none at all if any key lacks them.
   * Returns 0 on success, or the milliseconds until the request would fit.
   */
  take(costs: ReadonlyMap<string, number>): number {
    const now = this.#now();
    let waitMs = 0;
    for (const [key, cost] of costs) {
      const tokens = this.#tokens(key, now);
      if (tokens < cost) {
        // A cost above capacity never fits; the full refill time is the honest answer.
        const missing = cost > this.#capacity ? this.#capacity : cost - tokens;
        waitMs = Math.max(waitMs, Math.ceil(missing / this.#refillPerMs));
      }
    }
    if (waitMs > 0) return waitMs;
    for (const [key, cost] of costs) {
      this.#buckets.set(key, { tokens: this.#tokens(key, now) - cost, updatedAt: now });
    }
    if (this.#buckets.size > this.#maxKeys) this.#forgetFullBuckets(now);
    return 0;
  }

  #tokens(key: string, now: number): number {
    const bucket = this.#buckets.get(key);
    if (!bucket) return this.#capacity;
    return Math.min(this.#capacity, bucket.tokens + (now - bucket.updatedAt) * this.#refillPerMs);
  }

  #forgetFullBuckets(now: number): void {
    for (const key of this.#buckets.keys()) {
      if (this.#tokens(key, now) >= this.#capacity) this.#buckets.delete(key);
    }
  }
}
