/**
 * The preview server (npm run preview, the pane's end-to-end tests): `/` is
 * the page a person types, and no request — a missing file, a folder, a path
 * out of the folder, a malformed URL — stops it or reads outside its folder.
 * The last test runs scripts/preview.js itself on a prepared folder.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawn } from "child_process";
import { request, Server } from "http";
import { AddressInfo } from "net";
import { staticServer } from "../../../scripts/static-server";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "likvard-serve-"));
// A sibling whose name starts with the served folder's: a prefix check alone would let it through.
const sibling = `${dir}-secret`;
let server: Server;
let port: number;

beforeAll(async () => {
  fs.writeFileSync(path.join(dir, "preview.html"), "<!doctype html><title>Likvärd</title>");
  fs.writeFileSync(path.join(dir, "preview.js"), "console.log(1);");
  fs.mkdirSync(path.join(dir, "assets"));
  fs.writeFileSync(path.join(dir, "assets", "icon-16.png"), "png");
  fs.mkdirSync(sibling);
  fs.writeFileSync(path.join(sibling, "secret.txt"), "secret");
  server = staticServer(dir, { index: "preview.html" });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(sibling, { recursive: true, force: true });
});

/** Sends `target` exactly as written (no normalisation of `..` or `%2f`). */
function get(target: string, method = "GET", at = port): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: at, path: target, method }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: res.headers["content-type"] ?? "", body }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("/ answers with the page", async () => {
  const res = await get("/");
  expect(res.status).toBe(200);
  expect(res.type).toMatch(/^text\/html/);
  expect(res.body).toMatch(/Likvärd/);
  expect((await get("/?lang=sv")).status).toBe(200);
});

test("the page and its files by name", async () => {
  expect((await get("/preview.html")).status).toBe(200);
  const script = await get("/preview.js");
  expect(script.status).toBe(200);
  expect(script.type).toMatch(/^text\/javascript/);
  expect((await get("/assets/icon-16.png")).type).toBe("image/png");
  expect((await get("/preview.js", "HEAD")).status).toBe(200);
});

test.each([
  ["a missing file", "/missing.js", 404],
  ["a folder", "/assets", 404],
  ["a folder with a slash", "/assets/", 404],
  ["an encoded way out", "/..%2f..%2fetc/passwd", 404],
  ["a plain way out", "/../../etc/passwd", 404],
  ["a sibling folder with the same prefix", `/../${path.basename(sibling)}/secret.txt`, 404],
  ["an encoded backslash way out", "/..%5c..%5cetc%5cpasswd", 404],
  ["malformed percent-encoding", "/%E0%A4%A", 400],
  ["a NUL byte", "/preview.html%00.js", 400],
  ["no leading slash", "*", 400],
])("%s gets an answer (%s → %i) and the server stays up", async (_what, target, status) => {
  const res = await get(target);
  expect(res.status).toBe(status);
  expect(res.body).not.toMatch(/root:|secret/);
  expect((await get("/")).status).toBe(200);
});

test("only reads: other methods are refused", async () => {
  expect((await get("/", "POST")).status).toBe(405);
  expect((await get("/")).status).toBe(200);
});

test("npm run preview (scripts/preview.js) answers / with the page and survives bad paths", async () => {
  const script = path.resolve(__dirname, "../../../scripts/preview.js");
  const child = spawn(process.execPath, [script, "--no-build"], {
    env: { ...process.env, LIKVARD_BUILD_DIR: dir, PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  try {
    const at = await new Promise<number>((resolve, reject) => {
      let said = "";
      child.stdout.on("data", (chunk: Buffer) => {
        said += chunk.toString();
        const found = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(said);
        if (found) resolve(Number(found[1]));
      });
      child.stderr.on("data", (chunk: Buffer) => (said += chunk.toString()));
      child.on("exit", (code) => reject(new Error(`preview.js exited (${code}): ${said}`)));
    });
    expect((await get("/", "GET", at)).body).toMatch(/Likvärd/);
    for (const target of ["/missing.js", "/..%2f..%2fetc/passwd", "/assets", "/%E0%A4%A"]) {
      expect((await get(target, "GET", at)).status).toBeGreaterThanOrEqual(400);
    }
    expect((await get("/", "GET", at)).status).toBe(200);
    expect(child.exitCode).toBeNull();
  } finally {
    child.kill();
  }
});
