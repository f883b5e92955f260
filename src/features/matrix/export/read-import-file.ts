import { readBytes } from '../../shared/read-file';
import { MAX_IMPORT_BYTES, MAX_IMPORT_SECONDS, limitMessages } from './import-limits';
import {
  parseImport,
  type ImportFileKind,
  type ImportFileResult,
  type ImportProgress,
  type LegacyEncoding,
  type ParseRequest,
} from './parse-import';
import type { WorkerMessage } from './import-worker';

export type { ImportFileResult, ImportProgress } from './parse-import';

function kindOf(file: File): ImportFileKind | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.xlsx')) return 'xlsx';
  return null;
}

export interface ReadImportOptions {
  /** For a CSV that is not UTF-8: the encoding the user chose. */
  readonly encoding?: LegacyEncoding;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Cancel: the reading stops at once (its worker is ended). */
  readonly signal?: AbortSignal;
}

const CANCELLED: ImportFileResult = {
  ok: false,
  reason: 'cancelled',
  message: 'Reading was cancelled.',
};

/**
 * Reads a chosen file into the table model's records: in a Web Worker, ended on Cancel or after
 * `MAX_IMPORT_SECONDS`, so the page stays responsive whatever the file holds (parse-import.ts
 * does the reading; import-limits.ts says how much). Every failure is a message, never a throw.
 */
export async function readImportFile(
  file: File,
  options: ReadImportOptions = {},
): Promise<ImportFileResult> {
  const kind = kindOf(file);
  if (!kind) {
    return {
      ok: false,
      reason: 'unreadable',
      message: `“${file.name}” is not a CSV or Excel file. Choose a .csv or .xlsx file.`,
    };
  }
  if (file.size === 0)
    return { ok: false, reason: 'unreadable', message: `“${file.name}” is empty.` };
  if (file.size > MAX_IMPORT_BYTES)
    return {
      ok: false,
      reason: 'limit',
      message: limitMessages.fileTooLarge(file.name, file.size),
    };
  let bytes: ArrayBuffer;
  try {
    bytes = await readBytes(file);
  } catch {
    return {
      ok: false,
      reason: 'unreadable',
      message: `“${file.name}” could not be read. Choose it again.`,
    };
  }
  if (options.signal?.aborted) return CANCELLED;
  const request: ParseRequest = {
    fileName: file.name,
    kind,
    bytes,
    encoding: options.encoding ?? 'utf-8',
  };
  // Without workers (tests in jsdom, very old web views) the same reading runs here.
  if (typeof Worker === 'undefined') return parseImport(request, options.onProgress);
  return inWorker(request, options);
}

function inWorker(request: ParseRequest, options: ReadImportOptions): Promise<ImportFileResult> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    const finish = (result: ImportFileResult) => {
      worker.terminate();
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', cancel);
      resolve(result);
    };
    const cancel = () => finish(CANCELLED);
    const timer = setTimeout(
      () =>
        finish({ ok: false, reason: 'limit', message: limitMessages.tooSlow(request.fileName) }),
      MAX_IMPORT_SECONDS * 1000,
    );
    options.signal?.addEventListener('abort', cancel);
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      if (event.data.type === 'progress') options.onProgress?.(event.data.progress);
      else finish(event.data.result);
    };
    worker.onerror = () =>
      finish({
        ok: false,
        reason: 'unreadable',
        message: `“${request.fileName}” could not be read. Choose it again, or export CSV and import that.`,
      });
    worker.postMessage(request, [request.bytes]);
  });
}
