/**
 * Issue 13 item 7: the import reads files in a Web Worker that the page ends on Cancel and when
 * it runs past the time limit — so a file that keeps the reader busy (a zip bomb whose directory
 * lies) never freezes the tab. jsdom has no workers: this one is a stand-in that never answers, as
 * a worker stuck inflating would not.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readImportFile } from '../../src/features/matrix/export/read-import-file';
import { MAX_IMPORT_SECONDS } from '../../src/features/matrix/export/import-limits';

const workers: { request: unknown; terminated: boolean }[] = [];

class StuckWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: (() => void) | null = null;
  private readonly record = { request: null as unknown, terminated: false };
  constructor() {
    workers.push(this.record);
  }
  postMessage(request: unknown) {
    this.record.request = request;
  }
  terminate() {
    this.record.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  workers.length = 0;
});

const file = () => new File(['Function,Internal role,MSP role\r\n'], 'matrix.csv');

describe('reading an import in a worker', () => {
  it('ends the worker at once on Cancel', async () => {
    vi.stubGlobal('Worker', StuckWorker);
    const stop = new AbortController();
    const reading = readImportFile(file(), { signal: stop.signal });
    await vi.waitFor(() => expect(workers).toHaveLength(1));
    stop.abort();
    await expect(reading).resolves.toEqual({
      ok: false,
      reason: 'cancelled',
      message: 'Reading was cancelled.',
    });
    expect(workers[0]!.terminated).toBe(true);
  });

  it(`ends the worker after ${MAX_IMPORT_SECONDS} seconds and says why`, async () => {
    vi.stubGlobal('Worker', StuckWorker);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const reading = readImportFile(file());
    for (let i = 0; i < 100 && workers.length === 0; i += 1) await vi.advanceTimersByTimeAsync(10);
    expect(workers).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(MAX_IMPORT_SECONDS * 1000 - 100);
    expect(workers[0]!.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    await expect(reading).resolves.toMatchObject({
      ok: false,
      reason: 'limit',
      message: expect.stringMatching(/took longer than 20 seconds, so Tandem stopped/),
    });
    expect(workers[0]!.terminated).toBe(true);
  });
});
