/**
 * The verifier page's worker: the page's own script, started from a blob:
 * URL, checks the bytes it is sent and posts back its progress and the
 * result. Nothing else reaches it and it reaches nothing: the page's
 * Content-Security-Policy, which it inherits, allows no connections.
 */
import { Lang } from "../model/errors";
import { CheckResult, Phase, checkWorkbook } from "./check";

export interface ToWorker {
  file: string;
  bytes: ArrayBuffer;
  lang: Lang;
}

export type FromWorker =
  { type: "progress"; phase: Phase } | { type: "result"; result: CheckResult } | { type: "failed"; message: string };

/** The worker global scope, as far as this worker uses it (the project's types are the DOM's, not a worker's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}

export function startWorker(scope: WorkerScope = self): void {
  scope.onmessage = (event) => {
    const { file, bytes, lang } = event.data;
    const progress = (phase: Phase) => scope.postMessage({ type: "progress", phase });
    checkWorkbook(file, new Uint8Array(bytes), lang, { progress }).then(
      (result) => scope.postMessage({ type: "result", result }),
      (error: unknown) =>
        scope.postMessage({ type: "failed", message: error instanceof Error ? error.message : String(error) }),
    );
  };
}
