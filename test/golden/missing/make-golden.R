# Golden values for missing data (issue 14) and LIKVARD.EXPECTED (issue 15), from R's na.omit, lm(), glm(),
# summary(), AIC(), fitted() and rstandard().
# Regenerate (needs R, e.g. Debian's r-base-core):  Rscript make-golden.R
# Reads vaxjo.csv; writes vaxjo-gaps.csv (the factor shares the tests and R both use, gaps left empty) and
# expected.json beside this script; the tests read them and need no R.
#
# vaxjo.csv: public school statistics for Växjö's 44 compulsory schools (Skolverket, 2023/24), compiled by
# RoadlakeAnalytics/skoltexter-by-ai (MIT license, (c) 2025 Carl O. Mattsson); see shared/data/README.md.
# Empty fields are values Skolverket suppressed (too few pupils) or does not have: 14 schools have a gap.

num <- function(x) ifelse(is.na(x), "null", sprintf("%.17g", x))
vec <- function(x) paste0("[", paste(num(x), collapse = ", "), "]")
table_json <- function(m) paste0("[", paste(apply(m, 1, vec), collapse = ", "), "]")

v <- read.csv("vaxjo.csv")
d <- data.frame(
  school = v$school,
  pupils = v$pupils,
  x1 = v$foreign / 100,                        # share of pupils with foreign background
  x2 = 1 - v$parents_post_secondary / 100,     # share whose parents have no post-secondary education
  teachers = v$teachers,
  certified = v$certified_share / 100,         # share of teachers with a teaching degree
  merit9 = v$merit9                            # average grade points in year 9
)
vaxjo <- d
out <- d
out[] <- lapply(d, function(x) if (is.numeric(x)) ifelse(is.na(x), "", sprintf("%.17g", x)) else x)
write.csv(out, "vaxjo-gaps.csv", row.names = FALSE, quote = FALSE)

# A fit with na.omit (R's default), its summary table and the three rows of SOCIOFIT's stats, and — refitted with
# na.exclude so that left-out rows stay in place as NA — EXPECTED's fitted(), y − fitted() and rstandard().
fit_case <- function(name, formula, weights, family, d = vaxjo) {
  d$w <- weights
  if (family == "linear") {
    fit <- lm(formula, data = d, weights = w)
    wx <- lm(formula, data = d, weights = w, na.action = na.exclude)
  } else {
    fit <- glm(formula, data = d, weights = w, family = family)
    wx <- glm(formula, data = d, weights = w, family = family, na.action = na.exclude)
  }
  s <- summary(fit)
  k <- length(coef(fit)) - 1
  w <- weights(fit)
  y <- model.response(model.frame(fit))
  left_out <- length(fit$na.action)
  if (family == "linear") {
    dev <- deviance(fit)
    null_dev <- sum(w * (y - weighted.mean(y, w))^2)
    dispersion <- s$sigma^2
    aic <- AIC(fit)
    r2 <- s$r.squared
    statistic <- unname(s$fstatistic[1])
    p <- pf(statistic, k, fit$df.residual, lower.tail = FALSE)
  } else {
    dev <- fit$deviance
    null_dev <- fit$null.deviance
    dispersion <- s$dispersion
    aic <- AIC(fit) # NA for quasibinomial: it has no likelihood
    r2 <- 1 - dev / null_dev
    if (family == "binomial") {
      statistic <- null_dev - dev
      p <- pchisq(statistic, k, lower.tail = FALSE)
    } else {
      statistic <- (null_dev - dev) / (k * dispersion)
      p <- pf(statistic, k, fit$df.residual, lower.tail = FALSE)
    }
  }
  stats <- rbind(
    c(nobs(fit), sum(w), left_out, fit$df.residual),
    c(dev, null_dev, dispersion, aic),
    c(r2, statistic, k, p)
  )
  yy <- model.response(model.frame(formula, d, na.action = na.pass))
  expected <- fitted(wx)
  standardized <- if (family == "linear") rstandard(wx) else rstandard(wx, type = "pearson")
  # A school with weight 0 has no standardized residual: R leaves it out, here NA in its place.
  standardized <- unname(standardized[rownames(d)])
  sprintf('"%s": {"model": "%s", "table": %s, "stats": %s, "expected": %s, "residual": %s, "standardized": %s}',
          name, family, table_json(coef(s)), table_json(stats), vec(expected), vec(yy - expected), vec(standardized))
}

synthetic <- read.csv("../sociofit/synthetic.csv")
cases <- c(
  fit_case("logit", certified ~ x1 + x2, d$teachers, "binomial"),
  fit_case("quasilogit", certified ~ x1 + x2, d$teachers, "quasibinomial"),
  fit_case("linear", merit9 ~ x1 + x2, d$pupils, "linear"),
  fit_case("linear_unweighted", merit9 ~ x1 + x2, rep(1, nrow(d)), "linear"),
  # The synthetic municipality of ../sociofit (120 schools, complete, one with 0 pupils: outside nobs(), the
  # dispersion, AIC and rstandard()).
  fit_case("synthetic_logit", y ~ x1 + x2 + x3 + x4, synthetic$pupils, "binomial", synthetic),
  fit_case("synthetic_quasilogit", y ~ x1 + x2 + x3 + x4, synthetic$pupils, "quasibinomial", synthetic),
  fit_case("synthetic_linear", y ~ x1 + x2 + x3 + x4, synthetic$pupils, "linear", synthetic)
)

# SOCIOINDEX: linear weights 1 (intercept), 2, 1.5; "skip" leaves schools without x1 or x2 out (NA), "mean" fills a
# missing share with the factor's pupil-weighted mean over the schools that have it.
index_of <- function(score, pupils) 100 * score / weighted.mean(score, pupils, na.rm = TRUE)
score <- 1 + 2 * d$x1 + 1.5 * d$x2
fill <- function(x) ifelse(is.na(x), weighted.mean(x, d$pupils, na.rm = TRUE), x)
index_skip <- index_of(score, ifelse(is.na(score), NA, d$pupils))
index_mean <- index_of(1 + 2 * fill(d$x1) + 1.5 * fill(d$x2), d$pupils)
b <- coef(glm(certified ~ x1 + x2, data = d, weights = teachers, family = binomial))
logit_score <- plogis(b[1] + b[2] * d$x1 + b[3] * d$x2)
index_logit_skip <- index_of(logit_score, ifelse(is.na(logit_score), NA, d$pupils))

# EQUITYGAP "summary" of certified teachers against the "mean" index, pupil-weighted, rows without the resource
# left out; the measures as src/model/equity computes them (quarters of pupils, equal index pooled).
equity <- function(x, y, w) {
  keep <- !is.na(x) & !is.na(y) & !is.na(w)
  left_out <- sum(!keep)
  x <- x[keep]; y <- y[keep]; w <- w[keep]
  total <- sum(w)
  pooled <- aggregate(data.frame(w = w, wy = w * y), by = list(x = x), FUN = sum)
  pooled <- pooled[order(pooled$x), ]
  pooled$mean <- ifelse(pooled$w > 0, pooled$wy / pooled$w, 0)
  quarter_mean <- function(ws, means) {
    q <- total / 4; taken <- 0; s <- 0
    for (u in seq_along(ws)) {
      if (taken >= q) break
      part <- min(ws[u], q - taken); taken <- taken + part; s <- s + part * means[u]
    }
    s / q
  }
  low <- quarter_mean(pooled$w, pooled$mean)
  high <- quarter_mean(rev(pooled$w), rev(pooled$mean))
  slope <- unname(coef(lm(y ~ x, weights = w))[2])
  correlation <- cov.wt(cbind(x, y), wt = w / total, cor = TRUE)$cor[1, 2]
  rank <- (cumsum(pooled$w) - pooled$w / 2) / total
  mean_y <- sum(pooled$w * pooled$mean) / total
  concentration <- 2 * (sum(pooled$w * (pooled$mean - mean_y) * (rank - 0.5)) / total) / mean_y
  c(high - low, high / low, slope, correlation, concentration, high, low, length(x), total, left_out)
}
gap <- equity(index_mean, d$certified, d$pupils)

json <- paste0("{\n  \"r_version\": \"", R.version.string, "\",\n  ",
               paste(cases, collapse = ",\n  "), ",\n  ",
               '"socioindex": {"weights": [1, 2, 1.5], "skip": ', vec(index_skip), ', "mean": ', vec(index_mean),
               ', "logit_skip": ', vec(index_logit_skip), '},\n  ',
               '"equitygap_summary": ', vec(gap), "\n}\n")
writeLines(json, "expected.json", sep = "")
