import { languageOf } from "../../../src/model/errors";
import { chooseLanguage } from "../../../src/taskpane/i18n";

test("one rule for the language: Swedish for sv-*, English otherwise — functions and pane alike", () => {
  for (const [display, lang] of [
    ["sv-SE", "sv"],
    ["sv-FI", "sv"],
    ["SV", "sv"],
    ["en-US", "en"],
    ["fi-FI", "en"],
    ["", "en"],
    [undefined, "en"],
  ] as const) {
    expect(languageOf(display)).toBe(lang);
    expect(chooseLanguage(display)).toBe(lang);
  }
});
