# Golden values for SOCIOFIT across several blocks of rows (the fits read 512 rows at a time): 1 300 schools, some
# without pupils, one factor far from zero (a year-like 2 020 ± 1, to test the centring), from R's glm() and lm().
# Regenerate (needs R):  Rscript make-blocks.R   Writes blocks.csv and blocks.json beside this script.

set.seed(20261125)
n <- 1300
d <- data.frame(
  x1 = round(runif(n), 4),
  x2 = round(runif(n, 0, 0.4), 4),
  x3 = round(2020 + runif(n, -1, 1), 3)
)
d$pupils <- sample(15:400, n, replace = TRUE)
d$pupils[c(1, 200, 512, 513, 1024, 1300)] <- 0
p <- plogis(-1 + 1.5 * d$x1 - 2 * d$x2 + 0.3 * (d$x3 - 2020))
d$share <- rbinom(n, pmax(d$pupils, 1), p) / pmax(d$pupils, 1)
d$merit <- round(220 - 40 * d$x1 + 25 * d$x2 + 3 * (d$x3 - 2020) + rnorm(n, 0, 15), 1)
write.csv(d, "blocks.csv", row.names = FALSE)

num <- function(x) sprintf("%.17g", x)
vec <- function(x) paste0("[", paste(num(x), collapse = ", "), "]")
rows <- c(2, 511, 514, 1299) # 1-based; schools with pupils on both sides of block boundaries
fit_json <- function(name, fit) {
  s <- coef(summary(fit))
  dispersion <- if (inherits(fit, "glm")) summary(fit)$dispersion else summary(fit)$sigma^2
  deviance <- deviance(fit)
  sprintf('"%s": {"coef": %s, "se": %s, "deviance": %s, "dispersion": %s, "iterations": %s, "rows": %s, "leverage": %s, "fitted": %s}',
          name, vec(s[, 1]), vec(s[, 2]), num(deviance), num(dispersion),
          if (inherits(fit, "glm")) fit$iter else 0, vec(rows - 1), vec(hatvalues(fit)[as.character(rows)]), vec(fitted(fit)[rows]))
}
f <- share ~ x1 + x2 + x3
out <- c(
  fit_json("logit", glm(f, data = d, weights = pupils, family = binomial)),
  fit_json("quasilogit", glm(f, data = d, weights = pupils, family = quasibinomial)),
  fit_json("linear", lm(merit ~ x1 + x2 + x3, data = d, weights = pupils))
)
writeLines(paste0("{", paste(out, collapse = ",\n"), "}"), "blocks.json")
