#!/usr/bin/env node
/**
 * Offline check of an Office add-in XML manifest (`npm run validate`).
 *
 * office-addin-manifest's `validate` posts the manifest to an online service,
 * and the public XSDs predate <Runtimes>, so this script knows the structure
 * itself: well-formed XML, the required elements of OfficeApp in schema
 * order, value formats and lengths, every resid resolving to a resource of
 * the right kind, the shared-runtime wiring custom functions need, https
 * URLs, and (with --files DIR) every URL's file present in the build.
 *
 * Usage: node scripts/validate-manifest.js manifest.xml [--files dist]
 * Exit 0 when valid, 1 with a list of problems, 2 when the file can't be read.
 */
const fs = require("fs");
const path = require("path");
const { XMLParser, XMLValidator } = require("fast-xml-parser");

/** OfficeApp's children in the order the schema (1.1) requires; true = required. */
const OFFICE_APP_CHILDREN = [
  ["Id", true],
  ["AlternateId", false],
  ["Version", true],
  ["ProviderName", true],
  ["DefaultLocale", true],
  ["DisplayName", true],
  ["Description", true],
  ["IconUrl", true],
  ["HighResolutionIconUrl", false],
  ["SupportUrl", false],
  ["AppDomains", false],
  ["Hosts", false],
  ["Requirements", false],
  ["DefaultSettings", false],
  ["Permissions", false],
  ["AllowSnapshot", false],
  ["VersionOverrides", false],
];
const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
const LOCALE = /^[a-z]{2,3}(-[A-Z][a-zA-Z]{1,3})?$/;

/** Which resource list each resid-bearing element must point into. */
const RESID_KIND = {
  Image: "Images",
  "bt:Image": "Images",
  SourceLocation: "Urls",
  LearnMoreUrl: "Urls",
  FunctionFile: "Urls",
  Runtime: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  preserveOrder: true,
  removeNSPrefix: false,
});

function tagOf(node) {
  return Object.keys(node).find((k) => k !== ":@");
}

function attrs(node) {
  return node[":@"] || {};
}

function children(node) {
  const tag = tagOf(node);
  return Array.isArray(node[tag]) ? node[tag] : [];
}

function text(node) {
  return children(node)
    .filter((c) => tagOf(c) === "#text")
    .map((c) => String(c["#text"]))
    .join("")
    .trim();
}

function child(node, name) {
  return children(node).find((c) => tagOf(c) === name);
}

/** Every element below node, depth first, with the path of tags that leads to it. */
function* walk(node, trail = []) {
  for (const c of children(node)) {
    const tag = tagOf(c);
    if (tag === "#text" || tag === "#comment") continue;
    const here = [...trail, tag];
    yield [c, here];
    yield* walk(c, here);
  }
}

/**
 * The problems of a manifest, as readable sentences; an empty list means valid.
 * `files`: a folder (e.g. dist) in which each URL's path must exist.
 */
function validateManifest(xml, options = {}) {
  const problems = [];
  const well = XMLValidator.validate(xml);
  if (well !== true) return [`not well-formed XML: ${well.err.msg} (line ${well.err.line})`];
  const doc = parser.parse(xml);
  const root = doc.find((n) => tagOf(n) === "OfficeApp");
  if (!root) return ["the root element must be <OfficeApp>"];
  const type = attrs(root)["@xsi:type"];
  if (!["TaskPaneApp", "ContentApp", "MailApp"].includes(type))
    problems.push(`OfficeApp xsi:type "${type}" is not an add-in type`);

  // Required children in schema order.
  const present = children(root)
    .map(tagOf)
    .filter((t) => t !== "#text" && t !== "#comment");
  const order = OFFICE_APP_CHILDREN.map(([name]) => name);
  for (const [name, required] of OFFICE_APP_CHILDREN) {
    if (required && !present.includes(name)) problems.push(`<${name}> is required in <OfficeApp>`);
  }
  let last = -1;
  for (const name of present) {
    const at = order.indexOf(name);
    if (at < 0) problems.push(`<${name}> is not allowed in <OfficeApp>`);
    else if (at < last) problems.push(`<${name}> is out of order in <OfficeApp> (schema order: ${order.join(", ")})`);
    else last = at;
  }

  const value = (name) => {
    const node = child(root, name);
    return node ? text(node) : undefined;
  };
  const attribute = (name, attr) => {
    const node = child(root, name);
    return node ? attrs(node)[`@${attr}`] : undefined;
  };
  if (value("Id") !== undefined && !GUID.test(value("Id"))) problems.push(`<Id> "${value("Id")}" is not a GUID`);
  if (value("Version") !== undefined && !VERSION.test(value("Version")))
    problems.push(`<Version> "${value("Version")}" must look like 1.0.0.0`);
  if (value("DefaultLocale") !== undefined && !LOCALE.test(value("DefaultLocale")))
    problems.push(`<DefaultLocale> "${value("DefaultLocale")}" is not a locale such as en-US`);
  if (value("ProviderName") === "") problems.push("<ProviderName> is empty");
  for (const [name, max] of [
    ["DisplayName", 125],
    ["Description", 250],
  ]) {
    const v = attribute(name, "DefaultValue");
    if (child(root, name) && !v) problems.push(`<${name}> needs a DefaultValue`);
    if (v && v.length > max) problems.push(`<${name}> is longer than ${max} characters`);
  }
  if (value("Permissions") !== undefined && !PERMISSIONS.includes(value("Permissions")))
    problems.push(`<Permissions> "${value("Permissions")}" must be one of ${PERMISSIONS.join(", ")}`);

  // Resources: unique ids of at most 32 characters, lengths, and what refers to them.
  const resources = {};
  const urls = [];
  for (const [node, trail] of walk(root)) {
    const tag = tagOf(node);
    const a = attrs(node);
    const list = trail[trail.length - 2];
    if (["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"].includes(list) && a["@id"] !== undefined) {
      const kind = list.slice(3);
      const id = a["@id"];
      if (id.length > 32) problems.push(`resource id "${id}" is longer than 32 characters`);
      if (resources[id]) problems.push(`resource id "${id}" is defined twice`);
      resources[id] = { kind, value: a["@DefaultValue"] };
      if (!a["@DefaultValue"]) problems.push(`resource "${id}" has no DefaultValue`);
      if (kind === "ShortStrings" && (a["@DefaultValue"] || "").length > 125)
        problems.push(`short string "${id}" is longer than 125 characters`);
      if (kind === "LongStrings" && (a["@DefaultValue"] || "").length > 250)
        problems.push(`long string "${id}" is longer than 250 characters`);
      if (kind === "Urls" || kind === "Images") urls.push([`resource "${id}"`, a["@DefaultValue"]]);
    }
    if (tag === "Override" || tag === "bt:Override") {
      if (!LOCALE.test(a["@Locale"] || ""))
        problems.push(`override locale "${a["@Locale"]}" is not a locale such as sv-SE`);
      if (["bt:Image", "bt:Url"].includes(trail[trail.length - 2]))
        urls.push([`override ${a["@Locale"]}`, a["@Value"]]);
    }
    if (
      a["@DefaultValue"] &&
      ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"].includes(tag) &&
      !a["@resid"]
    )
      urls.push([`<${tag}>`, a["@DefaultValue"]]);
    if (tag === "AppDomain") urls.push(["<AppDomain>", text(node)]);
  }
  const residRefs = [];
  for (const [node, trail] of walk(root)) {
    const resid = attrs(node)["@resid"];
    if (resid === undefined) continue;
    const tag = tagOf(node);
    residRefs.push([tag, resid, trail]);
    const resource = resources[resid];
    if (!resource) {
      problems.push(`<${tag}> refers to resid "${resid}", which no resource defines`);
      continue;
    }
    const want = RESID_KIND[tag];
    if (want && resource.kind !== want)
      problems.push(`<${tag}> refers to "${resid}", a ${resource.kind} resource; it needs ${want}`);
  }
  for (const [where, url] of urls) {
    if (!/^https:\/\/[^\s]+$/.test(url || "")) problems.push(`${where}: "${url}" is not an https URL`);
  }

  // Custom functions in a shared runtime.
  const functionsPoint = [...walk(root)].find(
    ([node]) => tagOf(node) === "ExtensionPoint" && attrs(node)["@xsi:type"] === "CustomFunctions",
  );
  if (functionsPoint) {
    const [point] = functionsPoint;
    const runtimes = [...walk(root)].filter(([node]) => tagOf(node) === "Runtime");
    const sets = [...walk(root)].filter(([node]) => tagOf(node) === "Set").map(([node]) => attrs(node)["@Name"]);
    if (!sets.includes("SharedRuntime"))
      problems.push('custom functions in a shared runtime need <Set Name="SharedRuntime"/>');
    if (runtimes.length !== 1) problems.push("exactly one <Runtime> is expected for the shared runtime");
    const runtime = runtimes[0] && attrs(runtimes[0][0]);
    if (runtime && runtime["@lifetime"] !== "long") problems.push('the shared <Runtime> needs lifetime="long"');
    for (const part of ["Script", "Page", "Metadata"]) {
      const p = child(point, part);
      if (!p || !child(p, "SourceLocation"))
        problems.push(`the CustomFunctions extension point needs <${part}><SourceLocation/>`);
    }
    const page = child(point, "Page");
    const pageResid = page && child(page, "SourceLocation") && attrs(child(page, "SourceLocation"))["@resid"];
    if (runtime && pageResid !== runtime["@resid"])
      problems.push("the custom functions' <Page> must be the shared runtime's URL");
    const functionFile = [...walk(root)].find(([node]) => tagOf(node) === "FunctionFile");
    if (runtime && functionFile && attrs(functionFile[0])["@resid"] !== runtime["@resid"])
      problems.push("<FunctionFile> must be the shared runtime's URL");
    const ns = child(point, "Namespace");
    const nsValue = ns && resources[attrs(ns)["@resid"]] && resources[attrs(ns)["@resid"]].value;
    if (!nsValue) problems.push("the CustomFunctions extension point needs a <Namespace>");
    else if (!/^[A-Za-z][A-Za-z0-9.]{0,31}$/.test(nsValue))
      problems.push(`namespace "${nsValue}" must be at most 32 letters, digits or dots, starting with a letter`);
  }

  if (options.files) {
    for (const [where, url] of urls) {
      if (!/^https:\/\//.test(url || "") || where === "<AppDomain>") continue;
      const file = path.join(options.files, new URL(url).pathname);
      if (!fs.existsSync(file)) problems.push(`${where}: ${url} has no file ${path.relative(process.cwd(), file)}`);
    }
  }
  return problems;
}

module.exports = { validateManifest };

if (require.main === module) {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--") && args[args.indexOf(a) - 1] !== "--files") || "manifest.xml";
  const filesAt = args.indexOf("--files");
  let xml;
  try {
    xml = fs.readFileSync(file, "utf8");
  } catch (error) {
    console.error(`Cannot read ${file}: ${error.message}`);
    process.exit(2);
  }
  const problems = validateManifest(xml, { files: filesAt >= 0 ? args[filesAt + 1] : undefined });
  if (problems.length === 0) {
    console.log(`${file} is valid (offline structural check).`);
  } else {
    console.error(`${file} is not valid:`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exit(1);
  }
}
