import { logGamma } from "./logGamma";

/** R's round(): halves to even, as IEC 60559 rounds. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * The log-likelihood of grouped binomial data with shares y, trials w and
 * fitted shares μ, as R's binomial()$aic counts it:
 * Σ log dbinom(round(w·y), round(w), μ) over the schools with w > 0
 * (successes rounded when w·y is not a whole number, as R does).
 */
export function binomialLogLikelihood(y: Float64Array, w: Float64Array, mu: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < y.length; i++) {
    if (!(w[i] > 0)) continue;
    const n = roundHalfEven(w[i]);
    const x = roundHalfEven(w[i] * y[i]);
    const logChoose = logGamma(n + 1) - logGamma(x + 1) - logGamma(n - x + 1);
    sum += logChoose + (x > 0 ? x * Math.log(mu[i]) : 0) + (n - x > 0 ? (n - x) * Math.log1p(-mu[i]) : 0);
  }
  return sum;
}
