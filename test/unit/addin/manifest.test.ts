import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import { validateManifest } from "../../../scripts/validate-manifest";

const root = path.resolve(__dirname, "../../..");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

/** The manifest with one textual change, which must be present exactly once. */
function broken(from: string, to: string): string {
  expect(manifest.split(from).length - 1).toBeGreaterThanOrEqual(1);
  return manifest.replace(from, to);
}

describe("manifest.xml", () => {
  test("passes the offline validation", () => {
    expect(validateManifest(manifest)).toEqual([]);
  });

  test("asks for ReadWriteDocument only, with namespace LIKVARD and a shared runtime", () => {
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="LIKVARD"\/>/);
    expect(manifest).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
  });

  test("has Swedish overrides for its name and description", () => {
    expect(manifest).toMatch(/<DisplayName DefaultValue="Likvärd">\s*<Override Locale="sv-SE"/);
    expect(manifest).toMatch(/<Description DefaultValue="[^"]+">\s*<Override Locale="sv-SE" Value="Fördela/);
    expect(manifest).toMatch(/<bt:Override Locale="sv-SE" Value="https:\/\/localhost:3000\/functions-sv.json"\/>/);
  });

  test("has icons of 16, 32, 64 and 80 pixels in assets/", () => {
    for (const size of [16, 32, 64, 80]) {
      const png = fs.readFileSync(path.join(root, "assets", `icon-${size}.png`));
      expect(png.readUInt32BE(16)).toBe(size); // IHDR width
      expect(png.readUInt32BE(20)).toBe(size); // IHDR height
    }
  });
});

describe("the offline validator rejects broken manifests", () => {
  const cases: [string, string, string, RegExp][] = [
    ["malformed XML", "</Hosts>\n  <Requirements>", "</Hostz>\n  <Requirements>", /not well-formed XML/],
    ["missing Id", /<Id>[^<]+<\/Id>/.exec(manifest)![0], "", /<Id> is required/],
    ["bad GUID", "<Id>ef6791f5", "<Id>xyz", /not a GUID/],
    ["unknown permission", "<Permissions>ReadWriteDocument", "<Permissions>Everything", /<Permissions> "Everything"/],
    [
      "unresolved resid",
      'resid="Icon.16x16"/>',
      'resid="Icon.17x17"/>',
      /resid "Icon.17x17", which no resource defines/,
    ],
    ["wrong resource kind", '<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>', /it needs ShortStrings/],
    ["short-lived runtime", 'lifetime="long"', 'lifetime="short"', /lifetime="long"/],
    [
      "http URL",
      'DefaultValue="https://localhost:3000/functions.js"',
      'DefaultValue="http://localhost:3000/functions.js"',
      /not an https URL/,
    ],
    ["long namespace", 'DefaultValue="LIKVARD"', `DefaultValue="${"L".repeat(33)}"`, /at most 32/],
    ["missing ProviderName", "<ProviderName>Likvärd</ProviderName>", "", /<ProviderName> is required/],
    ["no shared runtime set", '<Set Name="SharedRuntime" MinVersion="1.1"/>', "", /SharedRuntime/],
  ];
  test.each(cases)("%s", (_name, from, to, problem) => {
    const problems = validateManifest(broken(from, to));
    expect(problems.join("\n")).toMatch(problem);
  });

  test("elements out of schema order", () => {
    const swapped = manifest.replace(/(<Version>[^<]+<\/Version>)(\s*)(<ProviderName>[^<]+<\/ProviderName>)/, "$3$2$1");
    expect(validateManifest(swapped).join("\n")).toMatch(/out of order/);
  });

  test("npm run validate fails on a broken copy and passes on the real one", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "likvard-manifest-"));
    const bad = path.join(dir, "manifest.xml");
    fs.writeFileSync(bad, broken('lifetime="long"', 'lifetime="short"'));
    const script = path.join(root, "scripts", "validate-manifest.js");
    const failed = spawnSync(process.execPath, [script, bad], { encoding: "utf8" });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/lifetime="long"/);
    const passed = spawnSync(process.execPath, [script, path.join(root, "manifest.xml")], { encoding: "utf8" });
    expect(passed.status).toBe(0);
  });
});
