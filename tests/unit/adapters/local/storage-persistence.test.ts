import { describe, expect, it } from 'vitest';
import { askPersistentStorage } from '../../../../src/adapters/local/storage-persistence';

const storage = (persisted: boolean, granted: boolean | Error) => {
  const calls: string[] = [];
  return {
    calls,
    persisted: async () => {
      calls.push('persisted');
      return persisted;
    },
    persist: async () => {
      calls.push('persist');
      if (granted instanceof Error) throw granted;
      return granted;
    },
  };
};

describe('issue 13 item 8: local mode asks for persistent storage', () => {
  it('asks only when not persisted yet, and reports the answer', async () => {
    const already = storage(true, false);
    expect(await askPersistentStorage(already)).toBe('persisted');
    expect(already.calls).toEqual(['persisted']);
    expect(await askPersistentStorage(storage(false, true))).toBe('persisted');
    expect(await askPersistentStorage(storage(false, false))).toBe('refused');
    expect(await askPersistentStorage(storage(false, new Error('denied')))).toBe('refused');
  });

  it('says unsupported where the browser has no StorageManager', async () => {
    expect(await askPersistentStorage(undefined)).toBe('unsupported');
  });
});
