import { describe, expect, it } from 'vitest';
import { LISTENING_MESSAGE, PLAYER_ORIGIN, isPlayerAnswer, playbackCopy, playbackOf, playerCommand, playerUrl } from './player';

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

  it('reads the playback state the player reports', () => {
    expect(playbackOf('{"event":"onStateChange","info":1}')).toBe('playing');
    expect(playbackOf({ event: 'onStateChange', info: 2 })).toBe('paused');
    expect(playbackOf('{"event":"infoDelivery","info":{"playerState":0,"currentTime":3}}')).toBe('ended');
    expect(playbackOf('{"event":"infoDelivery","info":{"playerState":3}}')).toBe('buffering');
    expect(playbackOf('{"event":"infoDelivery","info":{"playerState":-1}}')).toBe('unstarted');
    expect(playbackOf('{"event":"infoDelivery","info":{"currentTime":3}}')).toBeNull();
    expect(playbackOf('{"event":"onReady","info":null}')).toBeNull();
    expect(playbackOf('{"event":"onStateChange","info":42}')).toBeNull();
    expect(playbackOf('nope')).toBeNull();
    expect(playbackOf(null)).toBeNull();
  });

  it('pauses and plays with the iframe API commands', () => {
    expect(JSON.parse(playerCommand('pauseVideo'))).toMatchObject({ event: 'command', func: 'pauseVideo', args: [] });
    expect(JSON.parse(playerCommand('playVideo'))).toMatchObject({ event: 'command', func: 'playVideo' });
  });

  it('says the state in short Korean, with the toggle that fits it', () => {
    expect(playbackCopy('playing')).toEqual({ line: '재생 중이에요', toggle: '일시 정지' });
    expect(playbackCopy('paused')).toEqual({ line: '잠시 멈췄어요', toggle: '재생' });
    expect(playbackCopy('ended').toggle).toBe('재생');
    for (const p of ['unstarted', 'playing', 'paused', 'buffering', 'ended'] as const) expect(playbackCopy(p).line).toMatch(/요$/);
  });
});
