/**
 * Builds the add-in: one page (taskpane.html) that loads the pane and the
 * custom functions in a shared runtime, functions.json (generated from the
 * function descriptors in src/model/functions) with its Swedish copy, the manifest
 * and the icons. `npm run build` writes dist/ for production, holding only
 * what the manifest loads (no source maps, no preview page); `npm run
 * dev-server` serves a development build on https://localhost:3000.
 *
 * `--env preview` adds preview.html, the pane beside an in-memory example
 * workbook for a plain browser (npm run preview, the pane's end-to-end
 * tests); development builds always have it.
 *
 * Beside the add-in, for recipients without it (issue 21; src/verifier/build.js): verify.html, a
 * self-contained page that checks a workbook in the browser, and likvard.cjs, the likvard command in one
 * file for plain Node. The dev server builds only the add-in.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { sources, Compilation } = require("webpack");
const { metadataFiles } = require("./scripts/functions-metadata");
const { verifierConfigs, VERIFIER_FILES } = require("./src/verifier/build");

const DEV_URL = "https://localhost:3000/";
/** Where the production build will be hosted; the manifest's URLs are rewritten to it. */
const PUBLIC_URL = process.env.LIKVARD_PUBLIC_URL || DEV_URL;

/** The manifest with every dev URL (and the dev origin in AppDomains) pointing at PUBLIC_URL. */
function hostedManifest(xml) {
  const devOrigin = new URL(DEV_URL).origin;
  return xml.split(DEV_URL).join(PUBLIC_URL).split(devOrigin).join(new URL(PUBLIC_URL).origin);
}

/** Writes functions.json and functions-sv.json, generated from the function descriptors. */
class LocalizedMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizedMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          for (const [file, json] of Object.entries(metadataFiles())) {
            compilation.emitAsset(file, new sources.RawSource(json));
          }
        },
      );
    });
  }
}

async function httpsOptions() {
  // Trusted localhost certificates for Office; created on first use (office-addin-dev-certs).
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const preview = dev || Boolean(env.preview);
  // LIKVARD_BUILD_DIR lets the pane tests build beside dist/ without touching it.
  const outputPath = path.resolve(__dirname, process.env.LIKVARD_BUILD_DIR ?? "dist");
  const addin = {
    name: "addin",
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      // Shared runtime: taskpane.html loads functions.js, then taskpane.js, which reuses the model modules
      // functions.js brings instead of bundling them a second time.
      taskpane: { import: "./src/taskpane/taskpane.ts", dependOn: "functions" },
      // The preview page has no Excel (no CustomFunctions) and does not load functions.js: a bundle of its own.
      ...(preview ? { preview: "./src/taskpane/preview.ts" } : {}),
    },
    output: {
      path: outputPath,
      filename: "[name].js",
      // The verifier builds write beside it (src/verifier/build.js).
      clean: { keep: (file) => VERIFIER_FILES.includes(file) },
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new LocalizedMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
      }),
      // The pane beside its example workbook's cells, for a plain browser (npm run preview); not in the manifest.
      ...(preview
        ? [
            new HtmlWebpackPlugin({
              filename: "preview.html",
              template: "./src/preview/preview.html",
              chunks: ["preview"],
            }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : hostedManifest(content.toString())),
          },
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_SERVE ? await httpsOptions() : {} },
      port: 3000,
      static: { directory: path.resolve(__dirname, "dist") },
    },
  };
  return env.WEBPACK_SERVE ? addin : [addin, ...verifierConfigs({ outputPath })];
};
