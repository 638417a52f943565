package dev.lastmile.transform.stats;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.exp;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * The interval maths, as built-in Spark {@link Column} expressions (no UDFs) plus the one scalar
 * helper that has to run on the driver (the normal quantile for the confidence level).
 */
public final class StatsMath {
  private StatsMath() {}

  /** Average Gregorian month in days (365.25 / 12): the unit of every "months" column. */
  public static final double DAYS_PER_MONTH = 365.25 / 12.0;

  /**
   * Inverse of the standard normal CDF for p in (0.5, 1), by Newton's method on Marsaglia's series
   * {@code Phi(x) = 1/2 + phi(x) (x + x^3/3 + x^5/(3*5) + ...)}, which has only positive terms and
   * is accurate to double precision for |x| < 6. normalQuantile(0.975) = 1.959963984540054.
   */
  public static double normalQuantile(double p) {
    if (!(p > 0.5 && p < 1.0)) {
      throw new IllegalArgumentException(
          "Cannot invert the normal CDF at " + p + ": need 0.5 < p < 1");
    }
    double z = 1.0;
    for (int i = 0; i < 100; i++) {
      double step = (normalCdf(z) - p) / normalDensity(z);
      z -= step;
      if (Math.abs(step) < 1e-15) {
        break;
      }
    }
    return z;
  }

  static double normalDensity(double x) {
    return Math.exp(-0.5 * x * x) / Math.sqrt(2.0 * Math.PI);
  }

  static double normalCdf(double x) {
    double sum = x;
    double term = x;
    for (int k = 3; k < 2000; k += 2) {
      term = term * x * x / k;
      double next = sum + term;
      if (next == sum) {
        break;
      }
      sum = next;
    }
    return 0.5 + normalDensity(x) * sum;
  }

  /**
   * Lower end of the Wilson score interval for x successes out of n; null when n = 0. {@code (p +
   * z²/2n - z sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n)}, clamped to [0, 1] against rounding.
   */
  public static Column wilsonLow(Column x, Column n, double z) {
    return wilson(x, n, z, -1.0);
  }

  /** Upper end of the Wilson score interval; null when n = 0. */
  public static Column wilsonHigh(Column x, Column n, double z) {
    return wilson(x, n, z, 1.0);
  }

  private static Column wilson(Column x, Column n, double z, double sign) {
    Column nd = n.cast("double");
    Column p = x.cast("double").divide(nd);
    double z2 = z * z;
    Column denom = lit(1.0).plus(lit(z2).divide(nd));
    Column center = p.plus(lit(z2 / 2.0).divide(nd));
    Column half =
        lit(z)
            .multiply(
                sqrt(
                    p.multiply(lit(1.0).minus(p))
                        .divide(nd)
                        .plus(lit(z2 / 4.0).divide(nd.multiply(nd)))));
    Column bound = center.plus(half.multiply(lit(sign))).divide(denom);
    return when(n.gt(0), least(lit(1.0), greatest(lit(0.0), bound)));
  }

  /** x / n as a double; null when n = 0. */
  public static Column rate(Column x, Column n) {
    return when(n.gt(0), x.cast("double").divide(n.cast("double")));
  }

  /**
   * Lower end of the log-log ({@code log(-log F)}) interval for an estimate F in [0, 1] with
   * standard error se: {@code F^exp(+z se / (F |log F|))}. Equal to F when se = 0 (before any
   * event), null when F is 0 or 1 with se > 0, or when se is null.
   */
  public static Column logLogLow(Column estimate, Column se, double z) {
    return logLog(estimate, se, z, 1.0);
  }

  /** Upper end of the log-log interval: {@code F^exp(-z se / (F |log F|))}. */
  public static Column logLogHigh(Column estimate, Column se, double z) {
    return logLog(estimate, se, z, -1.0);
  }

  private static Column logLog(Column estimate, Column se, double z, double sign) {
    Column theta = se.divide(estimate.multiply(abs(log(estimate))));
    Column bound = pow(estimate, exp(lit(sign * z).multiply(theta)));
    return when(se.isNull(), lit(null).cast("double"))
        .when(se.equalTo(0.0), estimate)
        .when(estimate.gt(0.0).and(estimate.lt(1.0)), bound);
  }
}
