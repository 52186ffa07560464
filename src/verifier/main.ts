/**
 * The verifier page's one script (inlined into verify.html by the build):
 * on the page it runs the page; started again as a Web Worker from its own
 * text, it runs the check.
 */
import { startPage } from "./page";
import { startWorker } from "./worker";

if (typeof document === "undefined") startWorker();
else startPage(document.currentScript?.textContent ?? "");
