/**
 * The import's Web Worker: reads one file's bytes off the page's thread (parse-import.ts) and
 * posts progress, then the result. The page ends it on Cancel or when it runs past the time limit
 * (read-import-file.ts), which is what keeps a hostile file from freezing the tab.
 */
import { parseImport, type ImportProgress, type ParseRequest } from './parse-import';

export type WorkerMessage =
  | { readonly type: 'progress'; readonly progress: ImportProgress }
  | { readonly type: 'result'; readonly result: Awaited<ReturnType<typeof parseImport>> };

const post = (message: WorkerMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  void parseImport(event.data, (progress) => post({ type: 'progress', progress })).then((result) =>
    post({ type: 'result', result }),
  );
};
