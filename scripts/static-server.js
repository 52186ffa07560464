/**
 * A small static file server for a build folder, used by `npm run preview`
 * and the pane's end-to-end tests. GET and HEAD only; `/` (and any path
 * ending in `/`) answers with the index page. A path outside the folder, a
 * folder, a missing file or a malformed URL gets an error status; nothing a
 * client sends stops the server.
 */
const { createServer } = require("node:http");
const { promises: fs } = require("node:fs");
const path = require("node:path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
};

/** The file under `root` that `url` names, or an HTTP status saying why there is none. */
function resolveRequest(root, url, index) {
  const raw = (url ?? "/").split(/[?#]/)[0];
  if (!raw.startsWith("/")) return 400;
  let pathname;
  try {
    pathname = decodeURIComponent(raw);
  } catch {
    return 400; // malformed percent-encoding
  }
  if (pathname.includes("\0")) return 400;
  if (pathname.endsWith("/")) pathname += index;
  const file = path.resolve(root, "." + pathname);
  const inside = path.relative(root, file);
  if (inside === "" || inside.startsWith("..") || path.isAbsolute(inside)) return 404;
  return file;
}

/**
 * A server (not yet listening) for the files in `dir`; `index` is the page for `/`.
 * @param {string} dir
 * @param {{ index?: string }} [options]
 */
function staticServer(dir, options = {}) {
  const root = path.resolve(dir);
  const index = options.index ?? "index.html";

  async function answer(req, res) {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    const file = resolveRequest(root, req.url, index);
    if (typeof file === "number") {
      res.writeHead(file).end();
      return;
    }
    const stat = await fs.stat(file).catch(() => undefined);
    if (!stat?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    const body = await fs.readFile(file);
    res.writeHead(200, {
      "Content-Type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
      "Content-Length": body.length,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    });
    res.end(req.method === "HEAD" ? undefined : body);
  }

  return createServer((req, res) => {
    answer(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
}

module.exports = { staticServer };
