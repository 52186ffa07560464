// Lint: TypeScript's recommended rules with type information (floating promises, unsafe `any`, …),
// the Office add-in rules where Office.js is used, and formatting left to prettier.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";

export default tseslint.config(
  // assembly/: AssemblyScript (WebAssembly types such as v128 and f64), checked by its compiler (npm run build:kernel).
  { ignores: ["node_modules/", "dist/", "lib/", "coverage/", "test-output/", "scratch/", "assembly/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      // Each TypeScript file is checked with the tsconfig.json that includes it.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  prettier,
  {
    // Plain JavaScript (build scripts, configs, bin/) is in no TypeScript project: the untyped rules only.
    files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { globals: globals.node },
  },
  {
    // Office.js code: load before read, sync after load, no sync in a loop, isNullObject for null tests
    // (eslint-plugin-office-addins, the rules of its recommended config).
    files: ["src/taskpane/**/*.ts", "src/functions/**/*.ts", "src/commands/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
    },
  },
);
