import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

export interface RunningServer {
  /** e.g. http://127.0.0.1:8787 */
  url: string;
  /**
   * Stops accepting connections and resolves once in-flight requests have been
   * answered; connections still busy after `graceMs` are cut.
   */
  close(graceMs?: number): Promise<void>;
}

const IDLE_SWEEP_MS = 50;

export function startHttpServer(app: Hono, port: number, host: string): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info: AddressInfo) => {
      server.off('error', reject);
      const shownHost = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({ url: `http://${shownHost}:${info.port}`, close: (graceMs) => closeGracefully(server, graceMs) });
    }) as Server;
    server.once('error', reject);
  });
}

function closeGracefully(server: Server, graceMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    // Keep-alive connections go idle once their request is answered; closing
    // them as they do lets close() finish without waiting for keep-alive timeouts.
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
    const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close((error) => {
      clearInterval(sweep);
      clearTimeout(deadline);
      if (error) reject(error);
      else resolve();
    });
    server.closeIdleConnections();
  });
}
