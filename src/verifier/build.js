/**
 * The webpack builds of the two verifiers that need no install (issue 21), used by webpack.config.js:
 *
 * - verify.html: one self-contained page, its script and styles inlined and allowed by their hashes in a
 *   Content-Security-Policy that permits no connection at all. The script is the engine's openWorkbook and
 *   verifyWorkbook with the page around them (src/verifier/main.ts); the page starts it again as a Web Worker
 *   from its own text.
 * - likvard.cjs: the `likvard` command (src/engine/cli.ts) bundled with every dependency into one file that plain
 *   Node runs: `node likvard.cjs verify budget.xlsx`.
 *
 * Both carry the version from package.json (src/verifier/version.ts in place of src/engine/version.ts, which
 * reads package.json from disk) and no source maps.
 */
const { createHash } = require("crypto");
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");

const root = path.resolve(__dirname, "..", "..");
const PAGE = "verify.html";
const COMMAND = "likvard.cjs";
/** What the verifier builds write into the add-in's output folder (the add-in's clean keeps them). */
const VERIFIER_FILES = [PAGE, COMMAND];

const TEMPLATE = path.join(__dirname, "verify.html");
const STYLE = path.join(__dirname, "verifier.css");
const ENGINE_VERSION = path.join(root, "src", "engine", "version.ts");
const BUILD_VERSION = path.join(__dirname, "version.ts");

const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** The version from package.json, compiled in: the bundles have no package.json beside them. */
function versionPlugins() {
  const { version } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  return [
    new webpack.DefinePlugin({ LIKVARD_BUILD_VERSION: JSON.stringify(version) }),
    new webpack.NormalModuleReplacementPlugin(/[\\/]src[\\/]engine[\\/]version\.ts$/, (data) => {
      if (data.createData?.resource === ENGINE_VERSION) data.createData.resource = BUILD_VERSION;
    }),
  ];
}

/**
 * The page: the template with the minified script and the styles written into it, and the policy allowing
 * exactly those two (by their SHA-256) and the script again as a worker (blob:). Nothing else: no connections
 * (default-src 'none'), no other script, style, image, font, frame or form target.
 */
function inlinePage(script, style, template) {
  // "<script", "</script" or "<!--" in the code would end the element early or change how HTML reads it (in
  // strings and regular expressions of the libraries). "\x3C" means "<" in a string, a template and a regular
  // expression alike, so the code means the same.
  const code = script.replace(/<(\/?script|!--)/gi, "\\x3C$1");
  const css = style.replace(/\r\n?/g, "\n");
  const csp = [
    "default-src 'none'",
    // 'wasm-unsafe-eval' lets the page compile WebAssembly (the fits' kernel, src/model/socio/kernel.ts), nothing else.
    `script-src ${sha256(code)} 'wasm-unsafe-eval'`,
    `style-src ${sha256(css)}`,
    "worker-src blob:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const page = template
    .replace("LIKVARD_CSP", () => csp)
    .replace(/<style>[\s\S]*?<\/style>/, () => `<style>${css}</style>`)
    .replace(/<script>[\s\S]*?<\/script>/, () => `<script>${code}</script>`);
  return { page, csp };
}

/** Writes verify.html from the template, the bundle `script` and the styles; the bundle itself is not kept. */
class InlinePagePlugin {
  constructor(script) {
    this.script = script;
  }

  apply(compiler) {
    const name = "InlinePagePlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        // After minification: the page gets the code as it will run, and its hash.
        { name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE },
        () => {
          compilation.fileDependencies.add(TEMPLATE);
          compilation.fileDependencies.add(STYLE);
          const asset = compilation.getAsset(this.script);
          if (!asset) return;
          let script = asset.source.source().toString();
          // License comments the minimizer moved to a file of their own go back into the script: one file.
          const licenses = `${this.script}.LICENSE.txt`;
          const extracted = compilation.getAsset(licenses);
          if (extracted) {
            script = script.replace(/^\/\*![^*]*For license information[^*]*\*\/\s*/, "");
            const text = extracted.source.source().toString().replace(/\*\//g, "* /");
            script = `/*! Licenses of the code bundled here:\n${text}\n*/\n${script}`;
            compilation.deleteAsset(licenses);
          }
          const { page } = inlinePage(script, fs.readFileSync(STYLE, "utf8"), fs.readFileSync(TEMPLATE, "utf8"));
          compilation.deleteAsset(this.script);
          // Marked minimized: a minimizer that touched the page now would break the hashes in its policy.
          compilation.emitAsset(PAGE, new webpack.sources.RawSource(page), { minimized: true });
        },
      );
    });
  }
}

/** Drops the libraries' `//# sourceMappingURL=` lines from an unminified bundle: their maps are not shipped. */
class DropSourceMapLinks {
  apply(compiler) {
    const name = "DropSourceMapLinks";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE },
        (assets) => {
          for (const file of Object.keys(assets)) {
            const code = assets[file].source().toString();
            const dropped = code.replace(/^\/\/# sourceMappingURL=.*$/gm, "");
            if (dropped !== code) compilation.updateAsset(file, new webpack.sources.RawSource(dropped));
          }
        },
      );
    });
  }
}

const typescript = {
  test: /\.ts$/,
  exclude: /node_modules/,
  use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true } },
};

/**
 * The two verifier builds, into `outputPath` beside the add-in (whose clean keeps VERIFIER_FILES). Each can be
 * built alone: `webpack --config-name verifier-page`.
 */
function verifierConfigs({ outputPath }) {
  const common = {
    devtool: false,
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [typescript] },
    performance: { hints: false },
  };
  return [
    {
      ...common,
      name: "verifier-page",
      // One script for the page and for its worker: browser globals only.
      target: ["web", "es2020"],
      entry: { verifier: "./src/verifier/main.ts" },
      output: { path: outputPath, filename: "[name].js", publicPath: "", globalObject: "self", clean: false },
      optimization: { splitChunks: false, runtimeChunk: false },
      plugins: [...versionPlugins(), new InlinePagePlugin("verifier.js")],
    },
    {
      ...common,
      name: "verifier-command",
      target: "node20",
      entry: { likvard: "./src/verifier/cli.ts" },
      output: { path: outputPath, filename: "[name].cjs", clean: false },
      // Node's own __dirname and __filename, for the libraries that look beside themselves.
      node: { __dirname: false, __filename: false },
      // Left readable, license comments in place: whoever runs it can read what it does.
      optimization: { minimize: false },
      plugins: [
        ...versionPlugins(),
        new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true, entryOnly: true }),
        new DropSourceMapLinks(),
      ],
    },
  ];
}

module.exports = { verifierConfigs, inlinePage, VERIFIER_FILES };
