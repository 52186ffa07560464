/** The follow-up sheet's texts (src/model/followUp/followUpSheet.ts) from the pane's catalogue. */
import { FollowUpLabels } from "../model/followUp/followUpSheet";
import { PaneLang, t } from "./i18n";

export function followUpLabels(outcome: string, lang: PaneLang): FollowUpLabels {
  return {
    title: t("fuTitle", lang, { outcome }),
    note: t("fuNote", lang),
    leftOut: t("fuLeftOut", lang),
    above: t("fuAbove", lang),
    below: t("fuBelow", lang),
    school: t("school", lang),
    expected: t("fuExpected", lang),
    residual: t("fuResidual", lang),
    standardized: t("fuStandardized", lang),
    verdict: t("fuVerdict", lang),
    needIndex: t("needIndex", lang),
    clearlyAbove: t("fuClearlyAbove", lang),
    clearlyBelow: t("fuClearlyBelow", lang),
    omitted: t("fuOmitted", lang),
    line: t("fuLine", lang),
    resourceTitle: (resource) => t("fuResourceTitle", lang, { resource }),
    chartExpected: t("fuChartExpected", lang, { outcome }),
    chartResource: (resource) => t("fuChartResource", lang, { resource }),
    judgement: (direction) => t(direction === "lower" ? "fuJudgementLower" : "fuJudgementHigher", lang),
    follows: t("fuFollows", lang),
    against: t("fuAgainst", lang),
    neither: t("fuNeither", lang),
  };
}
