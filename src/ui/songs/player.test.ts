import { describe, expect, it } from 'vitest';
import { LISTENING_MESSAGE, PLAYER_ORIGIN, isPlayerAnswer, playerUrl } from './player';

describe('embedded player', () => {
  it('builds a youtube-nocookie embed address that can talk back to the app', () => {
    const url = new URL(playerUrl('ab c', 'http://127.0.0.1:4173'));
    expect(url.origin).toBe(PLAYER_ORIGIN);
    expect(url.pathname).toBe('/embed/ab%20c');
    expect(url.searchParams.get('enablejsapi')).toBe('1');
    expect(url.searchParams.get('origin')).toBe('http://127.0.0.1:4173');
    expect(url.searchParams.get('autoplay')).toBe('1');
  });

  it('trusts only the player page answering the handshake', () => {
    expect(JSON.parse(LISTENING_MESSAGE)).toMatchObject({ event: 'listening' });
    expect(isPlayerAnswer(PLAYER_ORIGIN, '{"event":"initialDelivery","info":{}}')).toBe(true);
    expect(isPlayerAnswer(PLAYER_ORIGIN, { event: 'onReady' })).toBe(true);
    expect(isPlayerAnswer('https://evil.example', '{"event":"onReady"}')).toBe(false);
    expect(isPlayerAnswer(PLAYER_ORIGIN, 'not json')).toBe(false);
    expect(isPlayerAnswer(PLAYER_ORIGIN, null)).toBe(false);
    expect(isPlayerAnswer(PLAYER_ORIGIN, '{"foo":1}')).toBe(false);
  });
});
