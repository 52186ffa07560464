import { Lang } from "../../model/errors";
import { Messages, text } from "./messages";

/**
 * A problem with a file or an argument: the CLI prints the message and exits with 2. Built from the catalogue, it
 * can be told in either language (messageIn), so code that does not know the user's language can still throw it.
 */
export class UsageError extends Error {
  private readonly localized: (lang: Lang) => string;

  constructor(message: string | ((t: Messages) => string), lang: Lang = "sv") {
    const localized = typeof message === "string" ? () => message : (l: Lang) => message(text(l));
    super(localized(lang));
    this.localized = localized;
  }

  messageIn(lang: Lang): string {
    return this.localized(lang);
  }
}
