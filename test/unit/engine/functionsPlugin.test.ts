/**
 * The engine's LIKVARD plugin is its descriptors': it registers every
 * described function with the described arguments, and the area it reserves
 * for a result — before evaluating, by the descriptor's rule — is the area
 * the model's result takes, for every shape of every function.
 */
import { HyperFormula } from "hyperformula";
import { anchorKey, newContext, registerLikvard } from "../../../src/engine/likvardPlugin";
import { FUNCTIONS } from "../../../src/model/functions";
import { argumentList } from "../../../src/model/functions/descriptor";
import { Input } from "../../../src/model/sheet/cells";
import { SHEET_FUNCTIONS } from "../../../src/model/sheet/registry";
import { factors, index, outcome, pupils, resource, weights } from "../model/functions/calls";

test.each(FUNCTIONS.map((fn) => [fn.name, fn] as const))(
  "registers LIKVARD.%s with its described arguments",
  (name, fn) => {
    registerLikvard();
    expect(HyperFormula.getRegisteredFunctionNames("enGB")).toContain(`LIKVARD.${name}`);
    const plugin = HyperFormula.getFunctionPlugin(`LIKVARD.${name}`) as unknown as {
      implementedFunctions: Record<string, { parameters: { optionalArg?: boolean }[] }>;
    };
    const declared = plugin.implementedFunctions[`LIKVARD.${name}`];
    expect(declared.parameters.map((p) => p.optionalArg === true)).toEqual(
      argumentList(fn).map((a) => a.optional === true),
    );
  },
);

/** Each formula, and the same call as model inputs. Data!A pupils, B–E factors, F outcome, G resource, H index. */
const CASES: [string, Input[]][] = [
  ["LIKVARD.SOCIOINDEX(Data!B1:E13,Data!J1:J4,Data!A1:A13)", [factors, weights, pupils]],
  ['LIKVARD.SOCIOFIT(Data!B1:E13,Data!F1:F13,Data!A1:A13,"quasilogit")', [factors, outcome, pupils, "quasilogit"]],
  [
    'LIKVARD.SOCIOFIT(Data!B1:C13,Data!F1:F13,Data!A1:A13,"linear")',
    [factors.map((row) => row.slice(0, 2)), outcome, pupils, "linear"],
  ],
  ["LIKVARD.ALLOCATE(Data!A1:A13,Data!H1:H13,64000000)", [pupils, index, 64_000_000]],
  [
    "LIKVARD.ALLOCATE(Data!A20:M20,Data!A21:M21,1000000)",
    [[pupils.map((p) => p[0])], [index.map((x) => x[0])], 1_000_000],
  ],
  ["LIKVARD.EQUITYGAP(Data!H1:H13,Data!G1:G13,Data!A1:A13)", [index, resource, pupils]],
  [
    'LIKVARD.EQUITYGAP(Data!H1:H13,Data!G1:G13,Data!A1:A13,"sammanfattning")',
    [index, resource, pupils, "sammanfattning"],
  ],
  ['LIKVARD.EQUITYGAP(Data!H1:H13,Data!G1:G13,,"ratio")', [index, resource, null, "ratio"]],
  [
    'LIKVARD.SOCIOFIT(Data!B1:E13,Data!F1:F13,Data!A1:A13,"logit","utelämna",TRUE())',
    [factors, outcome, pupils, "logit", "utelämna", true],
  ],
  ['LIKVARD.EXPECTED(Data!B1:E13,Data!F1:F13,Data!A1:A13,"quasilogit")', [factors, outcome, pupils, "quasilogit"]],
];

test("reserves for each call, before evaluating it, the area of the model's result", () => {
  registerLikvard();
  const data: unknown[][] = pupils.map((_, r) => [
    pupils[r][0],
    ...factors[r],
    outcome[r][0],
    resource[r][0],
    index[r][0],
    null,
    weights[r]?.[0] ?? null,
  ]);
  // Rows 20 and 21: the same pupils and index as rows.
  while (data.length < 19) data.push([]);
  data.push(
    pupils.map((p) => p[0]),
    index.map((x) => x[0]),
  );
  const sheets = Object.fromEntries(CASES.map(([formula], i) => [`F${i}`, [[`=${formula}`]]]));
  // One pass, no sizes learnt from an earlier one: what the plugin reserves is its own rule's.
  const context = newContext("en");
  const hf = HyperFormula.buildFromSheets({ Data: data, ...sheets } as never, { licenseKey: "gpl-v3", context });
  CASES.forEach(([formula, call], i) => {
    const name = /LIKVARD\.([A-Z]+)/.exec(formula)![1];
    const grid = SHEET_FUNCTIONS.find((f) => f.name === name)!.evaluate(call, "en");
    const key = anchorKey(hf.getSheetId(`F${i}`)!, 0, 0);
    expect([formula, context.reservedSizes.get(key)]).toEqual([formula, { rows: grid.length, cols: grid[0].length }]);
    expect(context.resultSizes.get(key)).toEqual({ rows: grid.length, cols: grid[0].length });
  });
  hf.destroy();
});
