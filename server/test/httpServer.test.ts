import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { startHttpServer } from '../src/httpServer.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function slowApp(delayMs: number): Hono {
  return new Hono().get('/slow', async (c) => {
    await sleep(delayMs);
    return c.text('done');
  });
}

describe('graceful shutdown', () => {
  it('finishes in-flight requests, then stops accepting new ones', async () => {
    const server = await startHttpServer(slowApp(300), 0, '127.0.0.1');
    const inFlight = fetch(`${server.url}/slow`);
    await sleep(50);
    const closed = server.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('done');
    await closed;
    await expect(fetch(`${server.url}/slow`)).rejects.toThrow();
  });

  it('cuts requests still running after the grace period', async () => {
    const server = await startHttpServer(slowApp(10_000), 0, '127.0.0.1');
    const stuck = fetch(`${server.url}/slow`);
    await sleep(50);
    const started = Date.now();
    await server.close(200);
    expect(Date.now() - started).toBeLessThan(2_000);
    await expect(stuck).rejects.toThrow();
  });

  it('reports a port already in use instead of crashing', async () => {
    const server = await startHttpServer(slowApp(0), 0, '127.0.0.1');
    const port = Number(new URL(server.url).port);
    await expect(startHttpServer(slowApp(0), port, '127.0.0.1')).rejects.toThrow(/EADDRINUSE/);
    await server.close();
  });
});
