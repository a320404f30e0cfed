import { describe, expect, it } from 'vitest';
import { MODEL_ERROR_TITLE, modelErrorMessage } from './modelErrors';

const LATIN = /[A-Za-z]/;

describe('model error copy', () => {
  it('is Korean only, with no runtime English', () => {
    const all = [
      MODEL_ERROR_TITLE,
      modelErrorMessage({}),
      modelErrorMessage({ offline: true }),
      modelErrorMessage({ reason: 'missing' }),
      modelErrorMessage({ reason: 'offline' }),
      modelErrorMessage({ reason: 'damaged' }),
      modelErrorMessage({ reason: 'damaged', refreshed: true }),
    ];
    for (const text of all) {
      expect(text).not.toMatch(LATIN);
      expect(text).not.toMatch(/감정 모델|당신/);
    }
  });

  it('says a missing file is missing, not damaged (the server answered with its page)', () => {
    expect(modelErrorMessage({ reason: 'missing' })).toMatch(/찾지 못했어요/);
    expect(modelErrorMessage({ reason: 'missing' })).not.toMatch(/망가|손상/);
  });

  it('promises a fresh download only before one was tried', () => {
    expect(modelErrorMessage({ reason: 'damaged' })).toMatch(/새로 받아요/);
    const after = modelErrorMessage({ reason: 'damaged', refreshed: true });
    expect(after).toMatch(/새로 받았지만/);
    expect(after).not.toMatch(/새로 받아요/);
  });

  it('asks for the internet when offline, whatever the reason', () => {
    expect(modelErrorMessage({ reason: 'damaged', offline: true })).toMatch(/인터넷/);
  });
});
