import { describe, expect, it } from 'vitest';
import { isForeignGreeting, isForeignLanguage } from '../../src/chat/language';

describe('turns in another language (src/chat/language.ts)', () => {
  it.each(['I feel so tired today', 'can I speak English?', 'すごく疲れた', '我很难过', 'Bonjour, ça va ?'])('reads %s as another language', (text) => {
    expect(isForeignLanguage(text)).toBe(true);
  });

  it.each(['오늘 너무 tired해', 'thx', 'JMT 😋', 'ㅋㅋㅋ', '😭😭', '123', '회사 일이 너무 많아서요', '잠이 안 와'.normalize('NFD'), 'OK'])('keeps %s on the Korean path', (text) => {
    expect(isForeignLanguage(text)).toBe(false);
  });

  it.each(['hi', 'Hello!', 'hey there', 'good morning', "what's up?", 'HIII'])('reads %s as a greeting in English', (text) => {
    expect(isForeignGreeting(text)).toBe(true);
  });

  it.each(['hi 오늘 힘들었어', 'I feel so tired today', 'history', '안녕', 'hi there, I feel so sad'])('does not read %s as a greeting alone', (text) => {
    expect(isForeignGreeting(text)).toBe(false);
  });
});
