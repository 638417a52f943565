package dev.lastmile.transform.stats;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lastmile.model.Cols;
import dev.lastmile.testing.SharedSpark;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Kaplan–Meier / Greenwood and Aalen–Johansen against hand-worked curves.
 *
 * <p>Data set (days, event): (2,P) (3,P) (3,X) (5,P) (5,censored) (8,X) (9,censored), P =
 * production, X = cancellation. Events count before censorings at a tied time.
 *
 * <pre>
 * t  n  dP dX cens | KM (X censored)          | S_all(t-) | F_P            | F_X
 * 2  7  1  0  0    | 6/7                      | 1         | 1/7            | 0
 * 3  6  1  1  0    | 6/7*5/6   = 5/7          | 6/7       | 1/7+1/7 = 2/7  | 1/7
 * 5  4  1  0  1    | 5/7*3/4   = 15/28        | 4/7       | 2/7+1/7 = 3/7  | 1/7
 * 8  2  0  1  0    | 15/28                    | 3/7       | 3/7            | 1/7+3/14 = 5/14
 * 9  1  0  0  1    | 15/28                    | 3/14      | 3/7            | 5/14
 * </pre>
 *
 * Greenwood at t=5: sum d/(n(n-d)) = 1/42 + 1/30 + 1/12 = 59/420, Var S = (15/28)² 59/420, SE =
 * 0.2007865364912489. Log-log band: theta = sqrt(59/420)/|log(15/28)| -> [S^exp(z theta), S^exp(-z
 * theta)] = [0.13198817696263862, 0.8249970420397138].
 *
 * <p>Aalen–Johansen variance of F_X at t=3 (Collett/SAS delta method): j=2: (F(3)-F(2))² d/(n(n-d))
 * = (1/7)²/42 = 1/2058, S(2-)² dX(n-dX)/n³ = 0; j=3: (0)² ... + (6/7)² * 1*5/216 = 5/294, cross
 * terms (F(3)-F(j)) S dX/n² = (1/7)*1*0/49 + 0 = 0. Var = 1/2058 + 35/2058 = 6/343, SE =
 * sqrt(6/343) = 0.13226001425322165. F_P at t=5: SE 0.1870439059165649 (same formula, cross-checked
 * with a direct term-by-term sum in Python), band [0.0977522021169288, 0.7343734170514471].
 */
class SurvivalTest {
  static final double EPS = 1e-9;
  static final double Z95 = 1.959963984540054;

  static final StructType SPELLS =
      new StructType()
          .add(Cols.DIMENSION, DataTypes.StringType)
          .add(Cols.DIMENSION_VALUE, DataTypes.StringType)
          .add(Survival.TIME, DataTypes.IntegerType)
          .add(Survival.EVENT, DataTypes.IntegerType);

  static Dataset<Row> spells(int[][] timeEvent) {
    List<Row> rows = new ArrayList<>();
    for (int[] te : timeEvent) {
      rows.add(RowFactory.create(PortfolioStats.OVERALL, PortfolioStats.ALL, te[0], te[1]));
    }
    return SharedSpark.spark().createDataFrame(rows, SPELLS);
  }

  static final int P = Survival.PRODUCTION;
  static final int X = Survival.CANCELLATION;
  static final int C = Survival.CENSORED;

  static Row at(List<Row> curve, int t) {
    return curve.stream()
        .filter(r -> r.<Integer>getAs(Survival.TIME) == t)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no step at t=" + t));
  }

  static double d(Row r, String c) {
    return r.<Double>getAs(c);
  }

  @Test
  void kaplanMeierWithCensoringTiesAndGreenwood() {
    List<Row> curve =
        Survival.curves(
                spells(new int[][] {{2, P}, {3, P}, {3, X}, {5, P}, {5, C}, {8, X}, {9, C}}), Z95)
            .orderBy(col(Survival.TIME))
            .collectAsList();
    assertEquals(5, curve.size(), "one row per distinct time");
    assertEquals(6.0 / 7, d(at(curve, 2), Survival.KM), EPS, "S(2)");
    assertEquals(5.0 / 7, d(at(curve, 3), Survival.KM), EPS, "S(3): cancellation censored");
    assertEquals(15.0 / 28, d(at(curve, 5), Survival.KM), EPS, "S(5): censored tie still at risk");
    assertEquals(15.0 / 28, d(at(curve, 9), Survival.KM), EPS, "S(9) flat");
    assertEquals(4L, at(curve, 5).<Long>getAs(Survival.AT_RISK), "n(5)");
    assertEquals(1L, at(curve, 5).<Long>getAs(Survival.N_CENS), "censored at 5");
    // Greenwood: Var S(2) = (6/7)² * 1/42; Var S(5) = (15/28)² * 59/420
    assertEquals(6.0 / 7 * Math.sqrt(1.0 / 42), d(at(curve, 2), Survival.KM_SE), EPS, "SE S(2)");
    assertEquals(
        15.0 / 28 * Math.sqrt(59.0 / 420), d(at(curve, 5), Survival.KM_SE), EPS, "SE S(5)");
    assertEquals(0.2007865364912489, d(at(curve, 5), Survival.KM_SE), EPS, "SE S(5) decimal");
    assertEquals(0.13198817696263862, d(at(curve, 5), Survival.KM_LOW), EPS, "low S(5)");
    assertEquals(0.8249970420397138, d(at(curve, 5), Survival.KM_HIGH), EPS, "high S(5)");
    assertEquals(0.33405387929222174, d(at(curve, 2), Survival.KM_LOW), EPS, "low S(2)");
    assertEquals(0.9785610585261756, d(at(curve, 2), Survival.KM_HIGH), EPS, "high S(2)");
  }

  @Test
  void aalenJohansenWithCompetingCancellation() {
    List<Row> curve =
        Survival.curves(
                spells(new int[][] {{2, P}, {3, P}, {3, X}, {5, P}, {5, C}, {8, X}, {9, C}}), Z95)
            .collectAsList();
    assertEquals(1.0 / 7, d(at(curve, 2), Survival.CIF_PROD), EPS, "F_P(2)");
    assertEquals(2.0 / 7, d(at(curve, 3), Survival.CIF_PROD), EPS, "F_P(3)");
    assertEquals(3.0 / 7, d(at(curve, 5), Survival.CIF_PROD), EPS, "F_P(5)");
    assertEquals(3.0 / 7, d(at(curve, 9), Survival.CIF_PROD), EPS, "F_P(9)");
    assertEquals(0.0, d(at(curve, 2), Survival.CIF_CANC), EPS, "F_X(2)");
    assertEquals(1.0 / 7, d(at(curve, 3), Survival.CIF_CANC), EPS, "F_X(3)");
    assertEquals(5.0 / 14, d(at(curve, 8), Survival.CIF_CANC), EPS, "F_X(8)");
    // F_P + F_X + S_all = 1 at t = 8: 3/7 + 5/14 + 3/14
    assertEquals(
        1.0 - 3.0 / 14,
        d(at(curve, 8), Survival.CIF_PROD) + d(at(curve, 8), Survival.CIF_CANC),
        EPS,
        "incidences plus all-cause survival sum to 1");
    assertEquals(Math.sqrt(6.0 / 343), d(at(curve, 3), Survival.CIF_CANC_SE), EPS, "SE F_X(3)");
    assertEquals(0.0, d(at(curve, 2), Survival.CIF_CANC_SE), EPS, "SE F_X(2) before any X");
    assertEquals(0.0, d(at(curve, 2), Survival.CIF_CANC_LOW), EPS, "band at 0 is [0,0]");
    assertEquals(0.1870439059165649, d(at(curve, 5), Survival.CIF_PROD_SE), EPS, "SE F_P(5)");
    assertEquals(0.0977522021169288, d(at(curve, 5), Survival.CIF_PROD_LOW), EPS, "low F_P(5)");
    assertEquals(0.7343734170514471, d(at(curve, 5), Survival.CIF_PROD_HIGH), EPS, "high F_P(5)");
    assertEquals(0.20112656473905127, d(at(curve, 8), Survival.CIF_CANC_SE), EPS, "SE F_X(8)");
    // KM of production ignores the competing risk and overstates it: 1 - 15/28 = 13/28 > 3/7.
    assertEquals(13.0 / 28 - 3.0 / 7, 1 - d(at(curve, 9), Survival.KM) - 3.0 / 7, EPS, "KM bias");
  }

  @Test
  void medianIsTheFirstTimeTheCurveLandsExactlyOnOneHalf() {
    // S(20) = 3/4 · 2/3 = 1/2 exactly; exp(log(3/4) + log(2/3)) is 0.5000000000000001, which
    // moved the median to the next event (30).
    Dataset<Row> curves =
        Survival.curves(spells(new int[][] {{10, P}, {20, P}, {30, P}, {40, C}}), Z95);
    List<Row> curve = curves.collectAsList();
    assertEquals(0.5, d(at(curve, 20), Survival.KM), 0.0, "S(20) is exactly one half");
    assertEquals(0.25, d(at(curve, 30), Survival.KM), 0.0, "S(30)");
    Row median = Survival.medians(curves).collectAsList().get(0);
    assertEquals(
        20,
        median.<Integer>getAs(Survival.MEDIAN_DAYS),
        "first time reached, not the midpoint 25 of the flat stretch [20, 30)");

    // 8/9 · 7/8 · 6/7 · 3/4 = 1/2: multiplied out in doubles this is 0.4999999999999999 and
    // through exp(sum(log)) 0.5000000000000001; within the tolerance it is one half.
    Dataset<Row> longer =
        Survival.curves(
            spells(
                new int[][] {
                  {10, P}, {20, P}, {30, P}, {35, C}, {35, C}, {40, P}, {50, P}, {60, P}, {70, C}
                }),
            Z95);
    List<Row> c2 = longer.collectAsList();
    assertEquals(4L, at(c2, 40).<Long>getAs(Survival.AT_RISK), "n(40)");
    assertEquals(0.5, d(at(c2, 40), Survival.KM), 0.0, "S(40) is exactly one half");
    assertEquals(
        40,
        Survival.medians(longer).collectAsList().get(0).<Integer>getAs(Survival.MEDIAN_DAYS),
        "median at 40, not 50");
  }

  @Test
  void allCensoredGivesFlatCurveAndNoMedian() {
    Dataset<Row> curves = Survival.curves(spells(new int[][] {{10, C}, {20, C}, {20, C}}), Z95);
    List<Row> curve = curves.collectAsList();
    assertEquals(2, curve.size(), "two distinct times");
    for (Row r : curve) {
      assertEquals(1.0, d(r, Survival.KM), EPS, "S stays 1");
      assertEquals(0.0, d(r, Survival.KM_SE), EPS, "no variance");
      assertEquals(1.0, d(r, Survival.KM_LOW), EPS, "band [1,1]");
      assertEquals(0.0, d(r, Survival.CIF_PROD), EPS, "no production");
    }
    assertEquals(2L, at(curve, 20).<Long>getAs(Survival.AT_RISK), "n(20)");
    Row median = Survival.medians(curves).collectAsList().get(0);
    assertNull(median.getAs(Survival.MEDIAN_DAYS), "median not reached");
    assertNull(median.getAs(Survival.MEDIAN_LOW_DAYS), "no lower limit");
    assertNull(median.getAs(Survival.MEDIAN_HIGH_DAYS), "no upper limit");
  }

  @Test
  void singleInitiativeInProduction() {
    Dataset<Row> curves = Survival.curves(spells(new int[][] {{30, P}}), Z95);
    Row r = curves.collectAsList().get(0);
    // n = d = 1: S drops to 0, Greenwood undefined -> null SE and band.
    assertEquals(0.0, d(r, Survival.KM), EPS, "S(30)");
    assertNull(r.getAs(Survival.KM_SE), "SE undefined at S = 0");
    assertNull(r.getAs(Survival.KM_LOW), "band undefined");
    assertEquals(1.0, d(r, Survival.CIF_PROD), EPS, "F_P(30)");
    assertEquals(0.0, d(r, Survival.CIF_PROD_SE), EPS, "all variance terms vanish");
    assertEquals(1.0, d(r, Survival.CIF_PROD_LOW), 0.0, "incidence 1: interval [1, 1]");
    assertEquals(1.0, d(r, Survival.CIF_PROD_HIGH), 0.0, "incidence 1: interval [1, 1]");
    Row median = Survival.medians(curves).collectAsList().get(0);
    assertEquals(30, median.<Integer>getAs(Survival.MEDIAN_DAYS), "median");
    assertEquals(30, median.<Integer>getAs(Survival.MEDIAN_LOW_DAYS), "median low");
    assertEquals(30, median.<Integer>getAs(Survival.MEDIAN_HIGH_DAYS), "median high");
  }

  @Test
  void emptySpellsGiveNoCurveButAnOverallHorizonRow() {
    Dataset<Row> empty = spells(new int[][] {});
    Dataset<Row> curves = Survival.curves(empty, Z95);
    assertEquals(0, curves.count(), "no steps");
    List<Row> h =
        Survival.atHorizons(empty, curves, List.of(6, 12), PortfolioStats.ALL).collectAsList();
    assertEquals(2, h.size(), "overall row per horizon even when empty");
    for (Row r : h) {
      assertEquals(false, r.<Boolean>getAs(Survival.H_OBSERVED), "nothing observed");
      assertEquals(0L, r.<Long>getAs(Survival.H_INITIATIVES), "no initiatives");
    }
  }
}
