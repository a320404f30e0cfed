import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * The address used only as a rate-limit key; it is never stored or logged.
 * Behind a trusted reverse proxy, the last X-Forwarded-For hop is the one the
 * proxy itself saw (earlier hops are client-supplied and forgeable).
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const lastHop = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (lastHop) return lastHop;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // No Node socket (e.g. app.request in tests): everyone shares one bucket.
    return 'unknown';
  }
}
