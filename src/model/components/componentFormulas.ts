/**
 * Each component's column as Excel formulas over the model sheet's names
 * (componentSheet.ts). Either one spilling formula in the column's first cell
 * (the pots: LIKVARD.ALLOCATE, exact to the krona) or one formula per school.
 * References are given as the formula on the results' sheet must write them.
 */
import { Component, componentName } from "./components";
import { taperFormula } from "./taper";

export type ColumnFormulas = { spill: string } | { rows: string[] };

export interface ComponentRefs {
  /** The pupils column as a range ("Skolor!B2:B13") and each school's cell. */
  pupils: string;
  pupilCell: (r: number) => string;
  /** The need index column (SOCIOINDEX's spill) as a range. */
  index: string;
  /** Per component key: its data columns' cells for school r — one per stage, or the count. */
  dataCell: (key: string, column: number, r: number) => string;
  /** Per component key: its data column as a range (the count column of a counted pot). */
  dataRange: (key: string, column: number) => string;
  /** The need-based pot's floor and cap per pupil columns as ranges, when the guarantee is in force. */
  potFloor?: string;
  potCap?: string;
  /** Number of schools. */
  n: number;
  /** The need-based pot as ALLOCATE's five "detail" columns (the explanation sheet) instead of the amounts. */
  detail?: boolean;
  /** The settings' names: the model sheet's LIKVARD_<KEY>_… unless given (a scenario's, scenarioSheet.ts). */
  names?: (key: string, setting: string) => string;
}

/** The formulas of one component's column. */
export function componentColumn(c: Component, refs: ComponentRefs): ColumnFormulas {
  const name = (setting: string) => (refs.names ?? componentName)(c.key, setting);
  const rows = (f: (r: number) => string) => ({ rows: Array.from({ length: refs.n }, (_, r) => `=${f(r)}`) });
  switch (c.kind) {
    case "perStage":
      // =ROUND(C2*LIKVARD_GRUND_F3+D2*LIKVARD_GRUND_46+E2*LIKVARD_GRUND_79,0)
      return rows(
        (r) => `ROUND(${c.stages.map((s, i) => `${refs.dataCell(c.key, i, r)}*${name(s.key)}`).join("+")},0)`,
      );
    case "needPot": {
      const limits = refs.potFloor && refs.potCap ? `,${refs.potFloor},${refs.potCap}` : ",,";
      return {
        spill:
          `=LIKVARD.ALLOCATE(${refs.pupils},${refs.index},${name("POTT")},${name("METOD")},${name("PARAMETER")}` +
          `${limits},${name("ENHET")}${refs.detail ? ',"detail"' : ""})`,
      };
    }
    case "counted":
      if (c.basis === "pot") {
        // Every counted pupil weighs the same: the count is ALLOCATE's pupils, its index to the power 0 is 1.
        const count = refs.dataRange(c.key, 0);
        return { spill: `=LIKVARD.ALLOCATE(${count},${count},${name("POTT")},"power",0,,,${name("ENHET")})` };
      }
      return rows((r) => `ROUND(${refs.dataCell(c.key, 0, r)}*${name("BELOPP")},0)`);
    case "lumpSum":
      return rows((r) => {
        const p = refs.pupilCell(r);
        return `IF(${p}>0,ROUND(${name("BELOPP")}*${taperFormula(p, name("N1"), name("N2"))},0),0)`;
      });
  }
}

/** How many data columns a component reads: one per stage, one count, none. */
export function dataColumns(c: Component): number {
  return c.kind === "perStage" ? c.stages.length : c.kind === "counted" ? 1 : 0;
}
