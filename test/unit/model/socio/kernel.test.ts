/**
 * The fits' WebAssembly kernel (src/model/socio/kernel.ts, assembly/irls.ts):
 * that the committed module is the one its source builds, its exp and log
 * against JavaScript's Math, one pass against R's binomial() formulas
 * written out here (linkinv, mu.eta and their thresholds at |η| > 30), and
 * that a fit does not depend on what the kernel's memory held before.
 */
import fc from "fast-check";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fitLinear } from "../../../../src/model/socio/fitLinear";
import { fitLogit } from "../../../../src/model/socio/fitLogit";
import { FitKernel, PassKind, kernelInstance } from "../../../../src/model/socio/kernel";
import { KERNEL_WASM_BASE64 } from "../../../../src/model/socio/kernelWasm";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compile } = require("../../../../scripts/build-kernel.js") as { compile: (dir: string) => Buffer };

test("the committed kernel is what assembly/irls.ts compiles to (npm run build:kernel)", () => {
  const built = compile(mkdtempSync(join(tmpdir(), "likvard-kernel-test-")));
  expect(built.toString("base64")).toBe(KERNEL_WASM_BASE64);
}, 60_000);

describe("exp and log", () => {
  const kernel = kernelInstance();
  const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

  test("e^x within 2 ulp of Math.exp on [−30, 30], exact at 0", () => {
    expect(kernel.exp1(0)).toBe(1);
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (x) => {
        expect(relative(kernel.exp1(x), Math.exp(x))).toBeLessThanOrEqual(4.5e-16);
      }),
      { numRuns: 5000 },
    );
  });

  test("ln x within 2 ulp (or 1e-16 near 1) of Math.log for normal x > 0", () => {
    expect(kernel.log1(1)).toBe(0);
    fc.assert(
      fc.property(fc.double({ min: 2.3e-308, max: 1e308, noNaN: true }), (x) => {
        const want = Math.log(x);
        expect(Math.abs(kernel.log1(x) - want)).toBeLessThanOrEqual(Math.max(4.5e-16 * Math.abs(want), 1.2e-16));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("a pass against R's binomial() formulas", () => {
  const EPS = 2.220446049250313e-16;
  /** binomial()$linkinv and $mu.eta, as R writes them (family.c): thresholds at ±30. */
  const linkinv = (eta: number) => {
    const t = eta < -30 ? EPS : eta > 30 ? 1 / EPS : Math.exp(eta);
    return t / (1 + t);
  };
  const muEta = (eta: number) => {
    const t = Math.exp(eta);
    return eta < -30 || eta > 30 ? EPS : t / ((1 + t) * (1 + t));
  };

  // One factor and η = 2 + x − c: pairs with one school beyond ±30 and one inside (the school-by-school path),
  // pairs inside, a school without pupils, and an odd count (a padding row).
  const x = Float64Array.from([-40, 1, 0.5, 35, -1, 2, 0.25, 29, -31.5, 3, -2]);
  const y = Float64Array.from([0, 0.9, 0.7, 1, 0.2, 0.95, 0.6, 1, 0.1, 0.99, 0.3]);
  const w = Float64Array.from([10, 20, 30, 40, 0, 60, 70, 80, 90, 100, 110]);
  const center = Float64Array.from([0.5]);
  const beta = Float64Array.from([2, 1]);

  test("μ, working weights, log-likelihood, Pearson χ² and the extreme count", () => {
    const kernel = new FitKernel([x], y, w, center);
    kernel.pass(PassKind.Start);
    const startWeights = kernel.workingWeights();
    const pass = kernel.pass(PassKind.Step, beta);
    const working = kernel.workingWeights();
    // A step uses μ within the pass; a check at the same β keeps it.
    const check = kernel.pass(PassKind.Check, beta);
    const mu = kernel.fitted();
    expect(check.logLikelihood).toBe(pass.logLikelihood);
    expect(check.extreme).toBe(pass.extreme);

    let logLikelihood = 0;
    let pearson = 0;
    let extreme = 0;
    x.forEach((xi, i) => {
      const eta = beta[0] + beta[1] * (xi - center[0]);
      const m = linkinv(eta);
      const d = muEta(eta);
      expect(Math.abs(mu[i] - m)).toBeLessThanOrEqual(1e-15 * m);
      expect(Math.abs(working[i] - (w[i] * d * d) / (m * (1 - m)))).toBeLessThanOrEqual(1e-14 * working[i] + 1e-300);
      if (w[i] !== 0) logLikelihood += w[i] * (y[i] * Math.log(m) + (1 - y[i]) * Math.log(1 - m));
      const residual = (y[i] - m) / d;
      pearson += startWeights[i] * residual * residual;
      if (w[i] > 0 && (m > 1 - 10 * EPS || m < 10 * EPS)) extreme++;
    });
    expect(pass.extreme).toBe(3);
    expect(pass.extreme).toBe(extreme);
    expect(Math.abs(pass.logLikelihood - logLikelihood)).toBeLessThan(1e-12 * Math.abs(logLikelihood));
    expect(Math.abs(pass.pearson - pearson)).toBeLessThan(1e-12 * pearson);
  });
});

function data(n: number, seed: number) {
  let s = seed;
  const random = () => ((s = (s * 16807) % 2147483647) - 1) / 2147483646;
  const factors = [0, 1].map(() => Float64Array.from({ length: n }, () => random()));
  const pupils = Float64Array.from({ length: n }, () => 20 + Math.floor(random() * 300));
  const y = Float64Array.from({ length: n }, (_, i) => 0.2 + 0.5 * factors[0][i] * random());
  return { factors, pupils, y };
}

test("a fit does not depend on what the kernel's memory held before", () => {
  const b = data(1001, 7); // odd: a padding row
  const fitB = () => fitLogit(b.factors, b.y, b.pupils, { quasi: true });
  const a = data(4000, 3);
  fitLogit(a.factors, a.y, a.pupils, { quasi: true });
  const afterA = fitB();
  const c = data(777, 11);
  fitLogit(
    [...c.factors, c.y],
    c.y.map((v) => v / 2),
    c.pupils,
  );
  const afterC = fitB();
  expect(Array.from(afterA.coef)).toEqual(Array.from(afterC.coef));
  expect(Array.from(afterA.se)).toEqual(Array.from(afterC.se));
  expect(afterA.dispersion).toBe(afterC.dispersion);
  expect(Array.from(afterA.fitted)).toEqual(Array.from(afterC.fitted));
  expect(Array.from(afterA.leverage())).toEqual(Array.from(afterC.leverage()));
});

test("fitted values and leverage read after a later fit took the kernel over are the same", () => {
  const b = data(1001, 5);
  const other = data(2000, 9);
  const fits = [
    () => fitLogit(b.factors, b.y, b.pupils),
    () => fitLogit(b.factors, b.y, b.pupils, { quasi: true }),
    // Outcomes at or near ½ everywhere: the fit converges on a full step (the first, the second), not on a check.
    () =>
      fitLogit(
        b.factors,
        b.y.map(() => 0.5),
        b.pupils,
      ),
    () =>
      fitLogit(
        b.factors,
        b.y.map((_, i) => 0.5 + 0.001 * b.factors[0][i]),
        b.pupils,
      ),
    () => fitLinear(b.factors, b.y, b.pupils),
  ];
  for (const fit of fits) {
    const now = fit();
    const fittedNow = Array.from(now.fitted);
    const leverageNow = Array.from(now.leverage());
    const later = fit();
    fitLogit(other.factors, other.y, other.pupils);
    expect(Array.from(later.fitted)).toEqual(fittedNow);
    expect(Array.from(later.leverage())).toEqual(leverageNow);
  }
});
