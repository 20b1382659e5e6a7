/**
 * Parsing and checking of a user's files, off the page's thread: a 100,000-row file must not
 * freeze the menus or Escape. Messages: in, an ImportRequest; out, progress and then the result.
 */
import "../zodConfig.ts";
import { importFiles, type OpenedFile } from "./importFiles.ts";

export interface ImportRequest {
  /** Which import a message answers: the worker serves one page for its whole life. */
  job: number;
  files: OpenedFile[];
  id: string;
  today: string;
}

export type ImportMessage =
  | { job: number; type: "progress"; share: number }
  | { job: number; type: "done"; result: Awaited<ReturnType<typeof importFiles>> }
  | { job: number; type: "failed"; message: string };

const post = (m: ImportMessage) => (self as unknown as { postMessage(m: ImportMessage): void }).postMessage(m);

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { job, files, id, today } = event.data;
  let last = 0;
  try {
    const result = await importFiles(files, {
      id,
      today,
      onProgress: (share) => {
        const now = performance.now();
        if (now - last < 80) return;
        last = now;
        post({ job, type: "progress", share });
      },
    });
    post({ job, type: "done", result });
  } catch (e) {
    post({ job, type: "failed", message: e instanceof Error ? e.message : String(e) });
  }
};
