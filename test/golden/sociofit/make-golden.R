# Golden values for SOCIOFIT and SOCIOINDEX, from R's glm() and lm().
# Regenerate (needs R, e.g. Debian's r-base-core):  Rscript make-golden.R
# Writes synthetic.csv, tiny-p.csv and expected.json beside this script; the tests read them and need no R.
#
# vaxjo.csv: public school statistics for Växjö's compulsory schools (Skolverket, 2023/24), compiled by
# RoadlakeAnalytics/skoltexter-by-ai (MIT license, (c) 2025 Carl O. Mattsson); see shared/data/README.md.

num <- function(x) sprintf("%.17g", x)
vec <- function(x) paste0("[", paste(num(x), collapse = ", "), "]")
table_json <- function(m) paste0("[", paste(apply(m, 1, vec), collapse = ", "), "]")

fit_case <- function(name, data, formula, weights, family) {
  data$w <- weights
  if (family == "linear") {
    fit <- lm(formula, data = data, weights = w)
  } else {
    fit <- glm(formula, data = data, weights = w, family = family)
  }
  s <- coef(summary(fit))
  # For the linear model the fitted values; for logit models predict(type = "response").
  pred <- if (family == "linear") fitted(fit) else predict(fit, type = "response")
  index <- 100 * pred / (sum(weights * pred) / sum(weights))
  sprintf('"%s": {"model": "%s", "table": %s, "df_residual": %s, "index": %s}',
          name, family, table_json(s), num(fit$df.residual), vec(index))
}

# Växjö: certified-teacher share (trials = teachers), foreign background and parents without post-secondary education.
v <- read.csv("vaxjo.csv")
vl <- v[!is.na(v$foreign) & !is.na(v$parents_post_secondary) & !is.na(v$teachers) & !is.na(v$certified_share), ]
vl$y <- vl$certified_share / 100
vl$x1 <- vl$foreign / 100
vl$x2 <- 1 - vl$parents_post_secondary / 100
vm <- v[!is.na(v$foreign) & !is.na(v$parents_post_secondary) & !is.na(v$merit9), ]
vm$x1 <- vm$foreign / 100
vm$x2 <- 1 - vm$parents_post_secondary / 100

# Synthetic municipality: 120 schools, four factor shares, an overdispersed binomial outcome.
set.seed(20261124)
n <- 120
s <- data.frame(x1 = runif(n), x2 = runif(n), x3 = runif(n, 0.4, 0.6), x4 = rbeta(n, 1, 8))
s$pupils <- sample(20:600, n, replace = TRUE)
eta <- -1 + 1.5 * s$x1 + 0.8 * s$x2 - 0.5 * s$x3 + 2 * s$x4 + rnorm(n, 0, 0.3)
s$y <- rbinom(n, s$pupils, plogis(eta)) / s$pupils
s$pupils[5] <- 0 # a school without pupils: weight 0, outside the residual degrees of freedom
write.csv(s, "synthetic.csv", row.names = FALSE)

# Strong effect and many pupils: p-values far in the tail.
set.seed(7)
m <- 300
t <- data.frame(x1 = runif(m), x2 = runif(m))
t$pupils <- rep(900, m)
t$y <- rbinom(m, t$pupils, plogis(-1.2 + 0.45 * t$x1 + 0.05 * t$x2)) / t$pupils
write.csv(t, "tiny-p.csv", row.names = FALSE)

cases <- c(
  fit_case("vaxjo_logit", vl, y ~ x1 + x2, vl$teachers, "binomial"),
  fit_case("vaxjo_quasilogit", vl, y ~ x1 + x2, vl$teachers, "quasibinomial"),
  fit_case("vaxjo_linear", vm, merit9 ~ x1 + x2, vm$pupils, "linear"),
  fit_case("synthetic_logit", s, y ~ x1 + x2 + x3 + x4, s$pupils, "binomial"),
  fit_case("synthetic_quasilogit", s, y ~ x1 + x2 + x3 + x4, s$pupils, "quasibinomial"),
  fit_case("synthetic_linear", s, y ~ x1 + x2 + x3 + x4, s$pupils, "linear"),
  fit_case("tiny_p_logit", t, y ~ x1 + x2, t$pupils, "binomial"),
  fit_case("tiny_p_linear", t, y ~ x1 + x2, t$pupils, "linear")
)

z <- c(0, 0.3, 1.96, 5, 10, 20, 30, 37.5)
tdf <- rbind(c(0.5, 10), c(2.5, 3), c(10, 30), c(25, 117), c(40, 100), c(200, 297), c(1e5, 3))
tails <- sprintf('"normal_two_sided": {"z": %s, "p": %s}, "t_two_sided": {"t": %s, "df": %s, "p": %s}',
                 vec(z), vec(2 * pnorm(-z)), vec(tdf[, 1]), vec(tdf[, 2]), vec(2 * pt(-tdf[, 1], tdf[, 2])))

json <- paste0("{\n  \"r_version\": \"", R.version.string, "\",\n  ",
               paste(cases, collapse = ",\n  "), ",\n  ", tails, "\n}\n")
writeLines(json, "expected.json", sep = "")
