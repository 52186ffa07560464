/**
 * A model made of components (issue 20): a school's money is the sum of its
 * components, and the year-on-year guarantee and the fixed floor and cap
 * protect that total, not one component. Four kinds:
 *
 * - "perStage": an amount per pupil for each stage (F–3, 4–6, 7–9), times
 *   the school's pupils in that stage's column (grundbelopp);
 * - "needPot": a pot split by need index with LIKVARD.ALLOCATE (today's
 *   model: pot, method, parameter, rounding unit; the index from the model's
 *   factors and weights, LIKVARD_VIKTER). It is the component that carries the
 *   guarantee: its per-school floors and caps are set so the total meets it;
 * - "counted": a pot or a rate per counted pupil over a count column (e.g.
 *   pupils newly arrived in the last four years);
 * - "lumpSum": an amount per school, optionally tapered by size (taper.ts).
 *
 * Plain data, stored on the model sheet (componentSheet.ts) under defined
 * names `LIKVARD_<KEY>_…`.
 */
import { AllocationMethod } from "../allocate/weights";

export interface Stage {
  /** Part of the defined name: LIKVARD_<component>_<stage>, e.g. "F3". */
  key: string;
  /** As the sheet shows it, e.g. "F–3". */
  label: string;
  /** Kronor per pupil in this stage. */
  amount: number;
}

interface Named {
  /** Part of every defined name of the component: LIKVARD_<key>_…; A–Z, 0–9 and _. */
  key: string;
  /** As the sheet and the headers show it, e.g. "Nyanlända". */
  label: string;
}

export interface PerStageComponent extends Named {
  kind: "perStage";
  stages: Stage[];
}

export interface NeedPotComponent extends Named {
  kind: "needPot";
  pot: number;
  method: AllocationMethod;
  parameter: number;
  /** Rounding unit in kronor (0 = none). */
  unit: number;
}

export interface CountedComponent extends Named {
  kind: "counted";
  /** "pot": `amount` is split in proportion to the count, exactly; "rate": `amount` kronor per counted pupil. */
  basis: "pot" | "rate";
  amount: number;
  /** Rounding unit of the pot (0 = none); a rate's amounts are whole kronor. */
  unit: number;
}

export interface LumpSumComponent extends Named {
  kind: "lumpSum";
  /** Kronor per school (with at least one pupil). */
  amount: number;
  /** The taper (taper.ts): full amount up to `taperFrom` pupils, nothing from `taperTo`; NaN = none. */
  taperFrom: number;
  taperTo: number;
}

export type Component = PerStageComponent | NeedPotComponent | CountedComponent | LumpSumComponent;
export type ComponentKind = Component["kind"];

/** The kinds' words on the model sheet, Swedish or English (the catalogue's sheetKind… texts), and spellings without marks. */
const KIND_ALIASES: Record<string, ComponentKind> = {
  "per stadium": "perStage",
  "per stage": "perStage",
  behovspott: "needPot",
  "need pot": "needPot",
  "per räknad elev": "counted",
  "per rakned elev": "counted",
  "per counted pupil": "counted",
  klumpsumma: "lumpSum",
  "lump sum": "lumpSum",
};

export function kindOf(word: unknown): ComponentKind | undefined {
  return typeof word === "string" ? KIND_ALIASES[word.trim().toLowerCase()] : undefined;
}

/** The stages of a Swedish compulsory school, for a new per-stage component. */
export const SCHOOL_STAGES: Omit<Stage, "amount">[] = [
  { key: "F3", label: "F–3" },
  { key: "46", label: "4–6" },
  { key: "79", label: "7–9" },
];

/**
 * A key for defined names from a label: "Små skolor" → "SMA_SKOLOR". Excel
 * names take letters, digits and _; å, ä, ö lose their marks.
 */
export function componentKey(label: string): string {
  return label
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** The defined name of one of a component's settings. */
export const componentName = (key: string, setting: string): string => `LIKVARD_${key}_${setting}`;

/**
 * What is wrong with a list of components, in Swedish, or [] when nothing is:
 * keys that are empty, malformed or repeated; more than one need-based pot
 * (the guarantee is carried by one); a per-stage component without stages; a
 * taper whose end is before its start.
 */
export function componentProblems(components: Component[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const c of components) {
    if (!/^[A-Z][A-Z0-9_]*$/.test(c.key))
      problems.push(`Komponenten "${c.label}" behöver en nyckel av A–Z, 0–9 och _.`);
    if (seen.has(c.key)) problems.push(`Nyckeln ${c.key} används av två komponenter.`);
    seen.add(c.key);
    if (c.kind === "perStage") {
      if (c.stages.length === 0) problems.push(`Komponenten "${c.label}" har inga stadier.`);
      const stageKeys = new Set(c.stages.map((s) => s.key));
      if (stageKeys.size !== c.stages.length || c.stages.some((s) => !/^[A-Z0-9_]+$/.test(s.key)))
        problems.push(`Komponenten "${c.label}": stadiernas nycklar ska vara olika, av A–Z, 0–9 och _.`);
      if (c.stages.some((s) => s.key === "TYP")) problems.push(`Komponenten "${c.label}": stadiet får inte heta TYP.`);
    }
    if (
      c.kind === "lumpSum" &&
      Number.isFinite(c.taperTo) &&
      c.taperTo < (Number.isFinite(c.taperFrom) ? c.taperFrom : 0)
    )
      problems.push(`Komponenten "${c.label}": avtrappningen måste sluta (N₂) vid eller efter där den börjar (N₁).`);
  }
  if (components.filter((c) => c.kind === "needPot").length > 1)
    problems.push("Högst en behovspott: det är den som bär garantin för skolans totala belopp.");
  return problems;
}
