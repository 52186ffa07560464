# Golden values for the statistics in src/model/stats, from R alone (no packages).
# Regenerate (needs R, e.g. Debian's r-base-core):  Rscript make-golden.R
# Writes expected.json beside this script; the tests (test/unit/model/stats/) read it and need no R.
#
# Every expected value is R's at the exact double arguments written beside it. Where R's function takes
# a transformed argument (erfc(x) = 2 pnorm(-sqrt(2) x); the t tail at df = 1e6 as pbeta), the rounding
# of that transformation is measured in double-double arithmetic and corrected to first order with R's
# density, so that the expected value is not off by the argument's own rounding (up to x^2 * 1e-16
# relative in the far tails).

num <- function(x) sprintf("%.17g", x)
vec <- function(x) paste0("[", paste(num(x), collapse = ", "), "]")
field <- function(name, x) sprintf('"%s": %s', name, vec(x))
object <- function(...) paste0("{", paste(c(...), collapse = ", "), "}")

# Error-free transformations (Knuth's two-sum, Dekker's two-product): a op b = hi + lo exactly.
two_sum <- function(a, b) {
  s <- a + b
  bb <- s - a
  c(s, (a - (s - bb)) + (b - bb))
}
split <- function(a) {
  c <- 134217729 * a  # 2^27 + 1
  hi <- c - (c - a)
  c(hi, a - hi)
}
two_prod <- function(a, b) {
  p <- a * b
  A <- split(a)
  B <- split(b)
  c(p, ((A[1] * B[1] - p) + A[1] * B[2] + A[2] * B[1]) + A[2] * B[2])
}
stopifnot(two_prod(1 + 2^-30, 1 + 2^-30)[2] == 2^-60)  # no fused multiply-add, no extended precision

# sqrt(2) = S + s_lo: the rounding of R's sqrt(2), from (S + s)^2 = 2.
S <- sqrt(2)
S2 <- two_prod(S, S)
s_lo <- -((S2[1] - 2) + S2[2]) / (2 * S)

# 2 pnorm(-z - dz) for z >= 0 and a tiny dz. R's pnorm(-z) is 0 beyond z = 37.5193, where the true value
# is still a subnormal number; there the tail comes from its logarithm (log.p = TRUE, accurate), whose exp
# loses 1e-13 relative: far below the 1e-5 relative spacing of subnormal numbers.
two_tails <- function(z, dz = 0) {
  if (pnorm(-z) > 0) return(2 * (pnorm(-z) - dz * dnorm(z)))
  log_tail <- pnorm(-z, log.p = TRUE)
  exp(log(2) + log_tail - dz * exp(dnorm(z, log = TRUE) - log_tail))
}

# erfc(x) = 2 pnorm(-sqrt(2) x), with sqrt(2) x = z + dz exactly (to 1e-32).
erfc_r <- function(x) sapply(x, function(xi) {
  P <- two_prod(xi, S)
  two_tails(P[1], P[2] + xi * s_lo)
})
erfc_x <- c(0, 1e-300, 1e-20, 1e-8, 0.001, 0.1, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 1.9, 1.99, 1.999999,
            2, 2.000001, 2.01, 2.25, 2.5, 3, 3.5, 4, 5, 6, 7, 8, 10, 12, 15, 20, 22, 25, 26, 26.5, 26.9, 27,
            27.2, 27.25, 27.3, 28,
            -1e-8, -0.1, -0.5, -1, -1.99, -2, -2.5, -3, -5, -10, -27)
# A check that the correction is right where it does not matter (x small, the argument's rounding harmless).
stopifnot(abs(erfc_r(0.5) / (2 * pnorm(-0.5 * sqrt(2))) - 1) < 1e-15)

# Two-sided normal p-value 2 P(Z > |z|), exact at z.
normal_z <- c(0, 1e-10, 0.5, 1, 1.644853626951472, 1.959963984540054, 2.5, 3, 4, 5, 6, 8, 10, 15, 20, 25, 30,
              35, 37, 37.5, 38, 38.4, 38.5, 39, -1.959963984540054, -6, -38)

# ln Gamma(x) for x > 0: tiny, around the zeros at 1 and 2, and huge (R's limit is about 2.5e305).
lgamma_x <- c(1e-300, 1e-100, 1e-20, 1e-10, 1e-5, 0.001, 0.01, 0.1, 0.25, 0.4999, 0.5, 0.5001, 0.75, 0.9,
              0.999, 1 - 1e-8, 1, 1 + 1e-8, 1.001, 1.25, 1.4616321449683622, 1.5, 1.75, 1.999, 2 - 1e-8, 2,
              2 + 1e-8, 2.001, 2.5, 3, 3.5, 4.5, 7, 10, 15.3, 30, 50.5, 100, 171.5, 500, 1000, 12345.678,
              1e5, 5e5, 1e6, 1e8, 1e10, 1e15, 1e20, 1e50, 1e100, 1e200, 1e300, 1e305)

# Regularized incomplete beta I_x(a, b): pbeta at the exact (x, a, b).
beta_x <- c(1e-300, 1e-100, 1e-20, 1e-10, 1e-5, 0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 0.999,
            1 - 1e-5, 1 - 1e-10, 1 - 2^-40, 1 - 2^-53, 0, 1)
beta_ab <- rbind(c(0.5, 0.5), c(1, 1), c(2, 3), c(0.5, 2), c(3, 0.5), c(0.5, 15), c(15, 0.5), c(50, 0.5),
                 c(500, 0.5), c(5e5, 0.5), c(0.5, 5e5), c(100, 200), c(1000, 1000), c(0.01, 0.01),
                 c(0.001, 5), c(5, 0.001), c(1e4, 30))
beta_grid <- expand.grid(x = beta_x, k = seq_len(nrow(beta_ab)))
beta_a <- beta_ab[beta_grid$k, 1]
beta_b <- beta_ab[beta_grid$k, 2]
beta_value <- pbeta(beta_grid$x, beta_a, beta_b)

# Two-sided t p-value 2 P(T > |t|) with df degrees of freedom.
t_grid <- expand.grid(t = c(0, 1e-8, 0.5, 1, 1.5, 2, 2.042272456301238, 3, 5, 10, 20, 38, 100, 1e3, 1e5,
                            1e10, 1e50, 1e100, 1e150, -3),
                      df = c(1, 2, 3, 30, 1e6))
# R's pt switches to a normal approximation above df = 4e5, so for df = 1e6 the tail comes from pbeta:
# 2 P(T > |t|) = P(B > y) with B ~ Beta(1/2, df/2) and y = t^2 / (df + t^2), rounding of y corrected.
t_tail_beta <- function(t, df) {
  if (t == 0) return(1)
  T2 <- two_prod(t, t)
  D <- two_sum(df, T2[1])
  D[2] <- D[2] + T2[2]
  y <- T2[1] / D[1]
  YD <- two_prod(y, D[1])
  dy <- ((T2[1] - YD[1]) - YD[2] + T2[2] - y * D[2]) / D[1]  # t^2/(df + t^2) - y
  pbeta(y, 0.5, df / 2, lower.tail = FALSE) - dy * dbeta(y, 0.5, df / 2)
}
t_tail <- function(t, df) if (df <= 4e5) 2 * pt(-abs(t), df) else t_tail_beta(t, df)
# Where pt is exact, the pbeta route agrees with it: a check on the route used for df = 1e6.
for (check in list(c(5, 30), c(38, 30), c(2, 1e5), c(10, 4e5))) {
  stopifnot(abs(t_tail_beta(check[1], check[2]) / (2 * pt(-check[1], check[2])) - 1) < 1e-13)
}
t_value <- mapply(t_tail, t_grid$t, t_grid$df)

# Inverses of symmetric positive-definite matrices (row-major), as chol2inv(chol(A)), with the condition
# number of A scaled to unit diagonal (which the code inverts, and which bounds the error of both) for an
# honest tolerance; and where a column depends on the ones before it, which one (0-based), from the ranks
# of the leading blocks.
set.seed(20260422)
spd <- function(p, cond) {
  Q <- qr.Q(qr(matrix(rnorm(p * p), p)))
  Q %*% diag(exp(seq(0, log(cond), length.out = p))) %*% t(Q)
}
hilbert <- function(p) outer(1:p, 1:p, function(i, j) 1 / (i + j - 1))
X <- cbind(1, matrix(runif(40 * 4), 40))
W <- runif(40, 10, 500)
scales <- c(1e-6, 1, 1e3, 1e8)
inverse_cases <- list(
  one = matrix(4, 1, 1),
  two = matrix(c(4, 2, 2, 3), 2),
  xtwx = crossprod(X, W * X),
  random5 = spd(5, 1e3),
  random8 = spd(8, 1e6),
  scaled = diag(scales) %*% spd(4, 10) %*% diag(scales),
  hilbert4 = hilbert(4),
  hilbert6 = hilbert(6)
)
inverse_json <- sapply(names(inverse_cases), function(name) {
  A <- inverse_cases[[name]]
  A <- (A + t(A)) / 2
  object(sprintf('"name": "%s"', name), sprintf('"p": %d', nrow(A)), field("matrix", t(A)),
         field("inverse", t(chol2inv(chol(A)))), field("kappaScaled", kappa(cov2cor(A), exact = TRUE)))
})
dependent_first <- function(A) {
  for (j in seq_len(nrow(A))) if (qr(A[1:j, 1:j, drop = FALSE])$rank < j) return(j - 1)
  -1
}
Xd <- cbind(X[, 1:3], X[, 2] + 2 * X[, 3], X[, 4])  # column 3 (0-based) = column 1 + 2 column 2
dependent_cases <- list(
  collinear = crossprod(Xd, W * Xd),
  zero_weight = crossprod(X, c(W[1:3], rep(0, 37)) * X),
  zero_first = diag(c(0, 1, 2))
)
dependent_json <- sapply(names(dependent_cases), function(name) {
  A <- dependent_cases[[name]]
  object(sprintf('"name": "%s"', name), sprintf('"p": %d', nrow(A)), field("matrix", t(A)),
         sprintf('"dependentColumn": %d', dependent_first(A)))
})

stopifnot(is.finite(c(erfc_r(erfc_x), lgamma(lgamma_x), beta_value, t_value)))

json <- paste0(
  "{\n",
  sprintf('"erfc": %s,\n', object(field("x", erfc_x), field("value", erfc_r(erfc_x)))),
  sprintf('"normalTwoSidedP": %s,\n', object(field("z", normal_z), field("value", sapply(abs(normal_z), two_tails)))),
  sprintf('"logGamma": %s,\n', object(field("x", lgamma_x), field("value", lgamma(lgamma_x)))),
  sprintf('"incompleteBeta": %s,\n', object(field("x", beta_grid$x), field("a", beta_a), field("b", beta_b),
                                             field("value", beta_value))),
  sprintf('"studentTwoSidedP": %s,\n', object(field("t", t_grid$t), field("df", t_grid$df),
                                               field("value", t_value))),
  sprintf('"choleskyInverse": [\n%s\n],\n', paste(inverse_json, collapse = ",\n")),
  sprintf('"choleskyDependent": [\n%s\n]\n', paste(dependent_json, collapse = ",\n")),
  "}\n"
)
writeLines(json, "expected.json", sep = "")
