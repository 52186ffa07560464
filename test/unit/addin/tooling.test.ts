/**
 * The tooling does what README.md says: the Node.js versions package.json
 * promises are ones every installed package supports, README states the
 * same range, npm refuses an older Node, and `npm start`/`npm stop` use the
 * pinned office-addin-debugging rather than fetching one.
 */
import * as fs from "fs";
import * as path from "path";
import { Range, minVersion, satisfies } from "semver";

const root = path.resolve(__dirname, "../../..");
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
  engines: { node: string };
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** Every installed package's declared Node.js range, by folder. */
function installedEngines(): [string, string][] {
  const found: [string, string][] = [];
  const walk = (modules: string) => {
    for (const entry of fs.readdirSync(modules, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
      const dir = path.join(modules, entry.name);
      if (entry.name.startsWith("@")) {
        walk(dir);
        continue;
      }
      const manifest = path.join(dir, "package.json");
      if (fs.existsSync(manifest)) {
        const node = (JSON.parse(fs.readFileSync(manifest, "utf8")) as { engines?: { node?: unknown } }).engines?.node;
        if (typeof node === "string") found.push([path.relative(root, dir), node]);
      }
      if (fs.existsSync(path.join(dir, "node_modules"))) walk(path.join(dir, "node_modules"));
    }
  };
  walk(path.join(root, "node_modules"));
  return found;
}

test("every installed package supports the oldest Node.js of each line package.json allows", () => {
  // "^20.19.0 || ^22.13.0 || >=24" → 20.19.0, 22.13.0, 24.0.0
  const oldest = new Range(pkg.engines.node).set.map(
    (comparators) => minVersion(comparators.map((c) => c.value).join(" "))?.format() ?? "none",
  );
  expect(oldest.length).toBeGreaterThan(0);
  const engines = installedEngines();
  expect(engines.length).toBeGreaterThan(50);
  const unsupported = oldest.flatMap((version) =>
    engines
      .filter(([, range]) => !satisfies(version, range))
      .map(([dir, range]) => `${dir} wants ${range}, not ${version}`),
  );
  expect(unsupported).toEqual([]);
});

test("this machine's Node.js is one package.json allows", () => {
  expect(satisfies(process.version, pkg.engines.node)).toBe(true);
});

test("README states the same Node.js versions; npm refuses others", () => {
  const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
  const gettingStarted = readme.slice(readme.indexOf("## Getting started"), readme.indexOf("### Sideloading"));
  expect(gettingStarted).toContain(`\`${pkg.engines.node}\``);
  const oldest = minVersion(pkg.engines.node)?.format() ?? "none";
  expect(gettingStarted).toContain(`Node.js ${oldest.replace(/\.0$/, "")} or later`);
  const npmrc = fs.readFileSync(path.join(root, ".npmrc"), "utf8");
  expect(npmrc).toMatch(/^engine-strict=true$/m);
});

test("npm start and npm stop use the pinned office-addin-debugging, never a fetched one", () => {
  expect(pkg.devDependencies["office-addin-debugging"]).toMatch(/^\d+\.\d+\.\d+$/);
  expect(pkg.scripts.stop).toMatch(/^office-addin-debugging stop manifest\.xml$/);
  const start = fs.readFileSync(path.join(root, "scripts", "start.js"), "utf8");
  expect(start).toMatch(/require\.resolve\("office-addin-debugging\/cli\.js"\)/);
  expect(start).not.toMatch(/npx/);
  expect(fs.existsSync(require.resolve("office-addin-debugging/cli.js"))).toBe(true);
});

test("CI installs from the lockfile, then runs npm test as README says", () => {
  const ci = fs.readFileSync(path.join(root, ".ci", "run"), "utf8");
  expect(ci).toMatch(/^npm ci\b/m);
  expect(ci).toMatch(/\bnpm test\s*$/m);
  expect(ci.indexOf("npm ci")).toBeLessThan(ci.lastIndexOf("npm test"));
});
