export interface RetryPolicy {
  /** Delay before the first retry. */
  baseMs: number;
  /** Ceiling for the doubling. */
  maxMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseMs: 5_000, maxMs: 30 * 60_000 };

/**
 * Exponential back-off with jitter: base·2^attempt capped at max, then scaled
 * into [½, 1] so many devices coming back online do not retry in lock-step.
 * A server's Retry-After is a floor.
 */
export function retryDelay(
  attempt: number,
  policy: RetryPolicy,
  random: () => number,
  retryAfterMs: number | undefined = 0,
): number {
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** attempt);
  return Math.max(retryAfterMs, Math.round(exponential * (0.5 + random() / 2)));
}
