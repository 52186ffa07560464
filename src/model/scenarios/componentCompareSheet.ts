/**
 * "Jämför scenarier" for scenarios with components (issue 20, issue 17): the
 * comparison sheet of compareSheet.ts, but a scenario's money is its
 * components' sum. Per scenario a block of columns: its need index (its
 * weights), each component's amount (the formulas "Infoga formler" writes,
 * componentColumn, over the scenario's names LIKVARD_SCENARIO<k>_<KEY>_…),
 * the total and the total per pupil, the total's floor and cap per pupil (the
 * guarantee, with the scenario's limits) and the need-based pot's floor and
 * cap that make the total meet it (guarantee.ts), and the total's difference
 * against the first scenario in kr and %. The summary on top measures the
 * totals. Every figure a live formula, so a changed cell on "Likvärd
 * scenarier" recalculates the comparison.
 */
import type { NumberFormat, Write } from "../../taskpane/workbook/workbookPort";
import { Component } from "../components/components";
import { Lang } from "../errors";
import { MoneyColumns, componentDataColumns, putMoneyColumns } from "../components/componentMoneyColumns";
import { DataRanges, dataReferences } from "../explain/dataReferences";
import { compareFrame, putSummary } from "./compareSheet";
import { Scenario } from "./scenarioSheet";

const WORDS = {
  sv: {
    title: "Likvärd: jämförelse av scenarier med komponenter",
    against: "Skillnader och förluster gäller skolans totala belopp och räknas mot det första scenariot, ",
    summary: "Sammanfattning (totalt)",
    measures: [
      "Totalt kr per elev, lägst",
      "Totalt kr per elev, median",
      "Totalt kr per elev, högst",
      "Totalt kr per elev, kvot högsta / lägsta behovskvartil",
      "Skolor som får mindre än i det första",
      "Största minskning (kr)",
      "Största minskning (%)",
      "EQUITYGAP totalt kr per elev (högsta − lägsta behovskvartil)",
    ],
    base: "(jämförelsens bas)",
    school: "Skola",
    pupils: "Elever",
    difference: "Skillnad mot första, totalt (kr)",
    percent: "Skillnad mot första, totalt (%)",
  },
  en: {
    title: "Likvärd: comparison of scenarios with components",
    against: "Differences and losses are of the school's total and against the first scenario, ",
    summary: "Summary (total)",
    measures: [
      "Total kr per pupil, lowest",
      "Total kr per pupil, median",
      "Total kr per pupil, highest",
      "Total kr per pupil, ratio highest / lowest need quarter",
      "Schools that get less than in the first",
      "Largest decrease (kr)",
      "Largest decrease (%)",
      "EQUITYGAP total kr per pupil (highest − lowest need quarter)",
    ],
    base: "(the baseline)",
    school: "School",
    pupils: "Pupils",
    difference: "Difference from first, total (kr)",
    percent: "Difference from first, total (%)",
  },
} as const;

/** A scenario's columns (0-based from A): its money, then its total's difference against the first. */
export interface ComponentScenarioBlock extends MoneyColumns {
  index: number;
  difference?: number;
  percent?: number;
}

export interface ComponentCompareLayout {
  sheet: string;
  writes: Write[];
  formats: NumberFormat[];
  blocks: ComponentScenarioBlock[];
  /** Row (0-based) of the summary's first measure; scenario k's values are in column 1 + k. */
  summaryRow: number;
  firstRow: number;
  name?: number;
  pupils: number;
}

/**
 * The sheet's writes for scenarios that each have components. `columns`: per
 * component key its data columns, a range each with its sheet (one per
 * stage, or the count), one row per school as the pupils. Throws (in `lang`)
 * on a missing column.
 */
export function componentCompareWrites(
  scenarios: Pick<Scenario, "name" | "column" | "settings">[],
  ranges: DataRanges,
  columns: Record<string, string[]>,
  lang: Lang,
): ComponentCompareLayout {
  const data = dataReferences(ranges, lang);
  const words = WORDS[lang];
  const partsOf = (k: number): Component[] => scenarios[k].settings.components ?? [];
  const dataColumn = componentDataColumns(
    ranges.pupils,
    columns,
    scenarios.flatMap((_, k) => partsOf(k)),
    lang,
  );
  const frame = compareFrame(scenarios, data, lang, words, (k, take): ComponentScenarioBlock => {
    const index = take();
    const byKey: Record<string, number> = {};
    for (const c of partsOf(k)) byKey[c.key] = take();
    const [total, perPupil, floor, cap] = [take(), take(), take(), take()];
    const needPot = partsOf(k).some((c) => c.kind === "needPot");
    const [potFloor, potCap] = needPot ? [take(), take()] : [undefined, undefined];
    const [difference, percent] = k > 0 ? [take(), take()] : [undefined, undefined];
    return { index, components: byKey, total, perPupil, floor, cap, potFloor, potCap, difference, percent };
  });
  const { n, blockRow, headerRow, first, pupils, blocks, put, at, named, summary, format } = frame;

  blocks.forEach((b, k) => {
    const parts = partsOf(k);
    const sheetOf = {
      put,
      headerRow,
      first,
      data,
      pupils,
      dataColumn,
      lastYearCell: (r: number) => data.lastYearCell?.(r),
    };
    putMoneyColumns(sheetOf, parts, b, (key) => named(k, key), lang);
    put(2, 1 + k, `=${named(k, "NAMN")}`);
    put(blockRow, b.index, `=${named(k, "NAMN")}`);
    put(headerRow, b.difference, words.difference);
    put(headerRow, b.percent, words.percent);
    const base = blocks[0];
    for (let r = 0; r < n; r++) {
      if (b.difference !== undefined && b.percent !== undefined) {
        const [mine, theirs] = [at(b.total, r), at(base.total, r)];
        // A total that is a failing pot's error: the difference shows it, as in the one-pot comparison.
        const guard = (formula: string) => `=IF(ISERROR(${mine}),${mine},IF(ISERROR(${theirs}),${theirs},${formula}))`;
        const difference = at(b.difference, r);
        put(first + r, b.difference, guard(`IF(AND(ISNUMBER(${mine}),ISNUMBER(${theirs})),${mine}-${theirs},"")`));
        put(first + r, b.percent, guard(`IF(ISNUMBER(${difference}),IF(${theirs}>0,${difference}/${theirs},""),"")`));
      }
    }

    putSummary(put, summary, k, b, [b.total, blocks[0].total]);
  });

  for (const b of blocks) {
    format(b.index, "0.0");
    const money = [...Object.values(b.components), b.total, b.perPupil, b.floor, b.cap, b.potFloor, b.potCap];
    for (const c of [...money, b.difference]) format(c, "#,##0");
    format(b.percent, "0.0%");
  }
  return frame.done();
}
