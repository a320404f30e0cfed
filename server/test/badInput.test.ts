import { afterAll, beforeAll, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../src/app.ts';
import type { Database } from '../src/db.ts';
import type { RunningServer } from '../src/httpServer.ts';
import { countEvents, describeEachBackend, makeEvent, postJson, startTestServer } from './helpers.ts';

const valid = makeEvent();
const withEvent = (patch: Record<string, unknown>) => JSON.stringify({ events: [{ ...valid, ...patch }] });
const withoutField = (field: keyof typeof valid) => {
  const { [field]: _dropped, ...rest } = valid;
  return JSON.stringify({ events: [rest] });
};

interface BadPost {
  name: string;
  body: string;
  contentType?: string;
  status: number;
  /** Part of the error message, naming the field at fault. */
  says: string;
}

const badPosts: BadPost[] = [
  // Malformed JSON
  { name: 'empty body', body: '', status: 400, says: 'not valid JSON' },
  { name: 'truncated JSON', body: '{"events": [', status: 400, says: 'not valid JSON' },
  { name: 'trailing comma', body: '{"events": [],}', status: 400, says: 'not valid JSON' },
  { name: 'single quotes', body: "{'events': []}", status: 400, says: 'not valid JSON' },
  { name: 'NaN literal', body: withEvent({}).replace('"liked":true', '"liked":NaN'), status: 400, says: 'not valid JSON' },
  { name: 'JSON null', body: 'null', status: 400, says: '(body)' },
  { name: 'JSON array', body: '[]', status: 400, says: '(body)' },
  { name: 'JSON string', body: '"events"', status: 400, says: '(body)' },
  // Wrong shapes and types
  { name: 'no events', body: '{}', status: 400, says: 'events' },
  { name: 'events not an array', body: '{"events": {}}', status: 400, says: 'events' },
  { name: 'empty batch', body: '{"events": []}', status: 400, says: 'events' },
  { name: 'event is a string', body: '{"events": ["x"]}', status: 400, says: 'events[0]' },
  { name: 'empty retraction', body: '{"retracts": []}', status: 400, says: 'events: must hold at least one event (or retracts at least one eventId)' },
  { name: 'retracts not an array', body: `{"retracts": "${valid.eventId}"}`, status: 400, says: 'retracts' },
  { name: 'retracted id not a UUID', body: '{"retracts": ["abc"]}', status: 400, says: 'retracts[0]: must be the eventId (a UUID) of an event to retract' },
  { name: 'retracted id a number', body: '{"retracts": [42]}', status: 400, says: 'retracts[0]' },
  { name: 'retraction as an object', body: `{"retracts": [{"eventId": "${valid.eventId}"}]}`, status: 400, says: 'retracts[0]' },
  { name: 'too many retractions', body: JSON.stringify({ retracts: Array.from({ length: 101 }, () => valid.eventId) }), status: 400, says: 'retracts' },
  { name: 'bad retraction spoils the batch', body: JSON.stringify({ events: [valid], retracts: ['x'] }), status: 400, says: 'retracts[0]' },
  { name: 'missing eventId', body: withoutField('eventId'), status: 400, says: 'events[0].eventId' },
  { name: 'missing day', body: withoutField('day'), status: 400, says: 'events[0].day' },
  { name: 'eventId a number', body: withEvent({ eventId: 42 }), status: 400, says: 'events[0].eventId' },
  { name: 'eventId not a UUID', body: withEvent({ eventId: 'abc' }), status: 400, says: 'events[0].eventId' },
  { name: 'installId a name', body: withEvent({ installId: '김철수' }), status: 400, says: 'events[0].installId' },
  { name: 'liked as a string', body: withEvent({ liked: 'true' }), status: 400, says: 'events[0].liked' },
  { name: 'liked as 1', body: withEvent({ liked: 1 }), status: 400, says: 'events[0].liked' },
  { name: 'unknown mode', body: withEvent({ mode: 'SIMILAR' }), status: 400, says: 'events[0].mode' },
  { name: 'songId a number', body: withEvent({ songId: 12345 }), status: 400, says: 'events[0].songId' },
  { name: 'unknown songId', body: withEvent({ songId: 's0000000000' }), status: 400, says: 'events[0].songId: unknown song id' },
  { name: 'six emotions', body: withEvent({ emotion: [0.5, 0.5, 0, 0, 0, 0] }), status: 400, says: 'events[0].emotion: must have 7' },
  { name: 'eight emotions', body: withEvent({ emotion: [0.5, 0.5, 0, 0, 0, 0, 0, 0] }), status: 400, says: 'events[0].emotion' },
  { name: 'emotion as strings', body: withEvent({ emotion: ['0.5', '0.5', '0', '0', '0', '0', '0'] }), status: 400, says: 'events[0].emotion[0]' },
  { name: 'emotion not quantised', body: withEvent({ emotion: [0.15, 0.85, 0, 0, 0, 0, 0] }), status: 400, says: 'events[0].emotion[0]: must be a multiple of 0.1' },
  { name: 'negative emotion', body: withEvent({ emotion: [-0.1, 1, 0, 0, 0, 0, 0] }), status: 400, says: 'events[0].emotion[0]' },
  { name: 'emotion above 1', body: withEvent({ emotion: [2, 0, 0, 0, 0, 0, 0] }), status: 400, says: 'events[0].emotion[0]' },
  { name: 'emotion overflowing to Infinity', body: withEvent({}).replace('"emotion":[0.1', '"emotion":[1e999'), status: 400, says: 'events[0].emotion[0]' },
  { name: 'all-zero emotion', body: withEvent({ emotion: [0, 0, 0, 0, 0, 0, 0] }), status: 400, says: 'events[0].emotion: must not be all zeros' },
  { name: 'day with a time', body: withEvent({ day: '2025-03-14T09:26:53Z' }), status: 400, says: 'events[0].day' },
  { name: 'day with slashes', body: withEvent({ day: '2025/03/14' }), status: 400, says: 'events[0].day' },
  { name: 'impossible day', body: withEvent({ day: '2025-02-30' }), status: 400, says: 'events[0].day' },
  { name: 'day in the future', body: withEvent({ day: '2999-01-01' }), status: 400, says: 'events[0].day: must not be in the future' },
  { name: 'exact time as epoch', body: withEvent({ day: 1741944413000 }), status: 400, says: 'events[0].day' },
  // Extra fields: nothing unexpected may be stored
  { name: 'diary text', body: withEvent({ text: '오늘 정말 힘들었어' }), status: 400, says: 'events[0]: Unrecognized key: "text"' },
  { name: 'user agent', body: withEvent({ userAgent: 'Mozilla/5.0' }), status: 400, says: 'userAgent' },
  { name: 'top-level extra', body: JSON.stringify({ events: [valid], ip: '10.0.0.1' }), status: 400, says: '(body): Unrecognized key: "ip"' },
  { name: '__proto__ key', body: withEvent({}).replace('{"eventId"', '{"__proto__":{"liked":false},"eventId"'), status: 400, says: '__proto__' },
  // Huge batches
  { name: '101 events', body: JSON.stringify({ events: Array.from({ length: 101 }, () => makeEvent()) }), status: 400, says: 'events: Too big' },
  { name: '20 000 tiny events', body: JSON.stringify({ events: Array(20_000).fill(0) }), status: 400, says: 'events: Too big' },
  { name: '100 bad events', body: JSON.stringify({ events: Array(100).fill(0) }), status: 400, says: '… and 80 more' },
  // Odd Unicode
  { name: 'songId with NUL', body: withEvent({ songId: 's89686fc2ed\u0000' }), status: 400, says: 'events[0].songId' },
  { name: 'songId with zero-width space', body: withEvent({ songId: 's89686fc2\u200Bed' }), status: 400, says: 'events[0].songId' },
  { name: 'songId with RTL override', body: withEvent({ songId: '\u202Es89686fc2ed' }), status: 400, says: 'events[0].songId' },
  { name: 'songId with lone surrogate', body: withEvent({}).replace(/"songId":"[^"]*"/, '"songId":"\\ud800"'), status: 400, says: 'events[0].songId' },
  { name: 'fullwidth digits in UUID', body: withEvent({ eventId: valid.eventId.replace(/\d/, '１') }), status: 400, says: 'events[0].eventId' },
  { name: 'emoji mode', body: withEvent({ mode: '🎵' }), status: 400, says: 'events[0].mode' },
  { name: 'Hangul field name', body: withEvent({ 감정: 'ㅠㅠ' }), status: 400, says: '감정' },
  { name: 'very long songId', body: withEvent({ songId: 'ㅋ'.repeat(5000) }), status: 400, says: 'events[0].songId' },
  // SQL-like strings
  { name: 'SQL in songId', body: withEvent({ songId: "'; DROP TABLE feedback_events; --" }), status: 400, says: 'events[0].songId' },
  { name: 'SQL in eventId', body: withEvent({ eventId: "00000000-0000-4000-8000-000000000000' OR '1'='1" }), status: 400, says: 'events[0].eventId' },
  { name: 'SQL in mode', body: withEvent({ mode: "similar' OR 1=1 --" }), status: 400, says: 'events[0].mode' },
  { name: 'SQL in day', body: withEvent({ day: "2025-03-14'); DELETE FROM feedback_events; --" }), status: 400, says: 'events[0].day' },
  // Not JSON at all, or too big
  { name: 'text/plain', body: withEvent({}), contentType: 'text/plain', status: 415, says: 'application/json' },
  { name: 'form encoded', body: 'events=1', contentType: 'application/x-www-form-urlencoded', status: 415, says: 'application/json' },
  { name: 'JSON look-alike type', body: withEvent({}), contentType: 'application/jsonp', status: 415, says: 'application/json' },
  { name: 'body over 64 KB', body: JSON.stringify({ events: [valid], pad: 'x'.repeat(MAX_BODY_BYTES) }), status: 413, says: `${MAX_BODY_BYTES} bytes` },
];

const badQueries: { name: string; query: string; says: string }[] = [
  { name: 'no parameters', query: '', says: 'emotion' },
  { name: 'no mode', query: 'emotion=0.1,0.6,0,0.2,0.1,0,0', says: 'mode' },
  { name: 'six numbers', query: 'emotion=0.1,0.6,0,0.2,0.1,0&mode=similar', says: 'emotion: must have 7' },
  { name: 'words', query: 'emotion=a,b,c,d,e,f,g&mode=similar', says: 'emotion[0]' },
  { name: 'empty slot', query: 'emotion=0.1,,0,0.2,0.1,0,0.6&mode=similar', says: 'emotion[1]' },
  { name: 'negative', query: 'emotion=-1,0.6,0,0.2,0.1,0,0&mode=similar', says: 'emotion[0]' },
  { name: 'all zeros', query: 'emotion=0,0,0,0,0,0,0&mode=similar', says: 'emotion: must not be all zeros' },
  { name: 'bad mode', query: 'emotion=0.1,0.6,0,0.2,0.1,0,0&mode=both', says: 'mode' },
  { name: 'extra parameter', query: 'emotion=0.1,0.6,0,0.2,0.1,0,0&mode=similar&installId=x', says: 'installId' },
  { name: 'limit zero', query: 'emotion=0.1,0.6,0,0.2,0.1,0,0&mode=similar&limit=0', says: 'limit' },
  { name: 'limit huge', query: 'emotion=0.1,0.6,0,0.2,0.1,0,0&mode=similar&limit=1000000', says: 'limit' },
  { name: 'SQL in emotion', query: `emotion=${encodeURIComponent('0.1);DROP TABLE feedback_events;--')}&mode=similar`, says: 'emotion' },
  { name: 'huge emotion', query: `emotion=${'0.1,'.repeat(2000)}0&mode=similar`, says: 'emotion' },
  { name: 'odd Unicode', query: `emotion=${encodeURIComponent('٠.١,0.6,0,0.2,0.1,0,0')}&mode=${encodeURIComponent('similar\u0000')}`, says: 'mode' },
];

describeEachBackend('bad input never crashes and never stores', (backend) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let server: RunningServer;

  beforeAll(async () => {
    ({ db, dispose } = await backend.open());
    server = await startTestServer(db);
  });
  afterAll(async () => {
    // Still up, still answering, still empty after everything thrown at it.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await postJson(server.url, { events: [makeEvent()] })).status).toBe(200);
    expect(await countEvents(db)).toBe(1);
    await server.close();
    await dispose();
  });

  it.each(badPosts)('POST $name → $status', async ({ body, contentType, status, says }) => {
    const response = await postJson(server.url, body, { headers: { 'content-type': contentType ?? 'application/json' } });
    const answer = (await response.json()) as { message: string };
    expect(response.status, answer.message).toBe(status);
    expect(answer.message).toContain(says);
    expect(await countEvents(db)).toBe(0);
  });

  it('POST without Content-Type → 415', async () => {
    const response = await fetch(`${server.url}/v1/feedback`, { method: 'POST', body: new Blob([withEvent({})]) });
    expect(response.status).toBe(415);
  });

  it('streamed body over 64 KB without Content-Length → 413', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(16 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await fetch(`${server.url}/v1/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await countEvents(db)).toBe(0);
  });

  it('a batch with one bad event stores none of it', async () => {
    const events = [makeEvent(), makeEvent(), makeEvent({ songId: 'nope' })];
    const response = await postJson(server.url, { events });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ issues: [{ path: 'events[2].songId', message: 'unknown song id' }] });
    expect(await countEvents(db)).toBe(0);
  });

  it.each(badQueries)('GET community with $name → 400', async ({ query, says }) => {
    const response = await fetch(`${server.url}/v1/community?${query}`);
    const answer = (await response.json()) as { message: string };
    expect(response.status, answer.message).toBe(400);
    expect(answer.message).toContain(says);
  });

  it('unknown routes and methods → 404 JSON', async () => {
    for (const [method, path] of [['GET', '/v1/feedback'], ['DELETE', '/v1/community'], ['GET', '/v2/../etc/passwd']] as const) {
      const response = await fetch(`${server.url}${path}`, { method });
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: 'not_found' });
    }
  });
});
