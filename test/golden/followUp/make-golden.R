# Golden values for the pane's follow-up sheet "Uppföljning" (issue 15), from R's lm(), glm(), fitted(),
# residuals and rstandard(), and the need index and EQUITYGAP summary computed by hand from their definitions.
# Regenerate (needs R, e.g. Debian's r-base-core):  Rscript make-golden.R
# Reads example.csv (the example municipality of src/model/example/schools.ts, Byskolan's suppressed meritvärde
# left empty; a unit test checks that the file still matches) and writes expected.json beside this script.

num <- function(x) ifelse(is.na(x), "null", sprintf("%.17g", x))
vec <- function(x) paste0("[", paste(num(x), collapse = ", "), "]")

d <- read.csv("example.csv")
terms <- ~ parents + newly + boys + support # the factor columns C–F

# EXPECTED with "skip": na.exclude keeps left-out rows in place as NA.
expected <- function(outcome, family) {
  f <- update(terms, as.formula(paste(outcome, "~ .")))
  fit <- if (family == "linear") {
    lm(f, data = d, weights = pupils, na.action = na.exclude)
  } else {
    glm(f, data = d, weights = pupils, family = quasibinomial, na.action = na.exclude)
  }
  e <- fitted(fit)
  z <- if (family == "linear") rstandard(fit) else rstandard(fit, type = "pearson")
  sprintf('{"expected": %s, "residual": %s, "standardized": %s}', vec(e), vec(d[[outcome]] - e), vec(z))
}

# The need index of the example model (src/model/example/model.ts: linear, constant 0, weights 2, 3, 0.5, 2.5):
# 100 × score / its pupil-weighted mean.
score <- 0 + 2 * d$parents + 3 * d$newly + 0.5 * d$boys + 2.5 * d$support
index <- 100 * score / weighted.mean(score, d$pupils)

# EQUITYGAP "summary" of a resource against the index, pupil-weighted: quarters of pupils after sorting by the
# index (equal index pooled), slope of lm(), weighted correlation, concentration index (as in ../missing).
equity <- function(x, y, w) {
  total <- sum(w)
  pooled <- aggregate(data.frame(w = w, wy = w * y), by = list(x = x), FUN = sum)
  pooled <- pooled[order(pooled$x), ]
  pooled$mean <- pooled$wy / pooled$w
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
  vec(c(high - low, high / low, slope, correlation, concentration, high, low, length(x), total, 0))
}

json <- paste0(
  "{\n  \"r_version\": \"", R.version.string, "\",\n",
  '  "merit9_linear": ', expected("merit9", "linear"), ",\n",
  '  "not_eligible_quasilogit": ', expected("not_eligible", "quasilogit"), ",\n",
  '  "index": ', vec(index), ",\n",
  '  "equitygap_summary": {',
  '"certified": ', equity(index, d$certified, d$pupils), ", ",
  '"pupils_per_teacher": ', equity(index, d$pupils_per_teacher, d$pupils), ", ",
  '"lead_per_100": ', equity(index, d$lead_per_100, d$pupils), ", ",
  '"last_year": ', equity(index, d$last_year, d$pupils), "}\n}\n"
)
writeLines(json, "expected.json", sep = "")
