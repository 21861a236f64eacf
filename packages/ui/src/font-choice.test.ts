import { describe, expect, it } from 'vitest';
import { loadFontProfile, saveFontProfile } from './font-choice.js';

/** A Web Storage stand-in: getItem gives null for a missing key (MDN, Storage.getItem). */
function memoryStore(): Pick<Storage, 'getItem' | 'setItem'> {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) };
}

describe('the Word font choice', () => {
  it('defaults to the standard names and remembers windows', () => {
    const store = memoryStore();
    expect(loadFontProfile(store)).toBe('gb2312');
    saveFontProfile('windows', store);
    expect(loadFontProfile(store)).toBe('windows');
    saveFontProfile('gb2312', store);
    expect(loadFontProfile(store)).toBe('gb2312');
  });
  it('never fails where storage is blocked', () => {
    const blocked: Pick<Storage, 'getItem' | 'setItem'> = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(loadFontProfile(blocked)).toBe('gb2312');
    expect(() => saveFontProfile('windows', blocked)).not.toThrow();
    expect(loadFontProfile(undefined)).toBe('gb2312');
  });
});
