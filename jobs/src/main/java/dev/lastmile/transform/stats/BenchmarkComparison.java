package dev.lastmile.transform.stats;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import dev.lastmile.model.Cols;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code published_benchmarks}: each published figure next to the portfolio's comparable rate (from
 * the overall row of failure_rate_stats) and its Wilson interval.
 *
 * <p>poc_failure_rate = 1 - poc_to_production_rate; its interval is [1 - high, 1 - low], which is
 * exactly the Wilson interval of the complement (the Wilson interval is symmetric under p to 1-p).
 */
final class BenchmarkComparison {
  private BenchmarkComparison() {}

  private static final String P_N = "_p_n";
  private static final String P_RATE = "_p_rate";
  private static final String P_LOW = "_p_low";
  private static final String P_HIGH = "_p_high";

  static Dataset<Row> build(Dataset<Row> failureRates, StatsParams params) {
    PublishedBenchmarks pb = params.benchmarks();
    List<Row> rows = new ArrayList<>();
    for (PublishedBenchmarks.Benchmark b : pb.benchmarks()) {
      rows.add(
          RowFactory.create(
              b.id(),
              b.publisher(),
              b.publication(),
              b.year(),
              b.claim(),
              b.metric(),
              b.value(),
              b.valueKind(),
              b.weaklySourced(),
              b.provenance(),
              b.url(),
              b.comparableMetric(),
              b.comparisonNote()));
    }
    StructType schema =
        new StructType()
            .add(Cols.BENCHMARK_ID, DataTypes.StringType)
            .add(Cols.PUBLISHER, DataTypes.StringType)
            .add(Cols.PUBLICATION, DataTypes.StringType)
            .add(Cols.PUBLICATION_YEAR, DataTypes.IntegerType)
            .add(Cols.CLAIM, DataTypes.StringType)
            .add(Cols.METRIC, DataTypes.StringType)
            .add(Cols.PUBLISHED_VALUE, DataTypes.DoubleType)
            .add(Cols.VALUE_KIND, DataTypes.StringType)
            .add(Cols.WEAKLY_SOURCED, DataTypes.BooleanType)
            .add(Cols.PROVENANCE, DataTypes.StringType)
            .add(Cols.URL, DataTypes.StringType)
            .add(Cols.COMPARABLE_METRIC, DataTypes.StringType)
            .add(Cols.COMPARISON_NOTE, DataTypes.StringType);
    Dataset<Row> published = failureRates.sparkSession().createDataFrame(rows, schema);

    Column metric = col(Cols.COMPARABLE_METRIC);
    Column isFailure = metric.equalTo(PublishedBenchmarks.FAILURE_RATE);
    Column isPoc = metric.equalTo(PublishedBenchmarks.POC_TO_PRODUCTION_RATE);
    Column isPocFailure = metric.equalTo(PublishedBenchmarks.POC_FAILURE_RATE);
    Column one = lit(1.0);
    Dataset<Row> overall =
        failureRates
            .filter(col(Cols.DIMENSION).equalTo(PortfolioStats.OVERALL))
            .select(
                col(Cols.N),
                col(Cols.FAILURE_RATE),
                col(Cols.FAILURE_RATE_CI_LOW),
                col(Cols.FAILURE_RATE_CI_HIGH),
                col(Cols.POC_TO_PRODUCTION_DENOMINATOR),
                col(Cols.POC_TO_PRODUCTION_RATE),
                col(Cols.POC_TO_PRODUCTION_CI_LOW),
                col(Cols.POC_TO_PRODUCTION_CI_HIGH));
    Dataset<Row> joined =
        PortfolioStats.withAll(
            published.crossJoin(overall),
            P_N,
            when(isFailure, col(Cols.N))
                .when(isPoc.or(isPocFailure), col(Cols.POC_TO_PRODUCTION_DENOMINATOR)),
            P_RATE,
            when(isFailure, col(Cols.FAILURE_RATE))
                .when(isPoc, col(Cols.POC_TO_PRODUCTION_RATE))
                .when(isPocFailure, one.minus(col(Cols.POC_TO_PRODUCTION_RATE))),
            P_LOW,
            when(isFailure, col(Cols.FAILURE_RATE_CI_LOW))
                .when(isPoc, col(Cols.POC_TO_PRODUCTION_CI_LOW))
                .when(isPocFailure, one.minus(col(Cols.POC_TO_PRODUCTION_CI_HIGH))),
            P_HIGH,
            when(isFailure, col(Cols.FAILURE_RATE_CI_HIGH))
                .when(isPoc, col(Cols.POC_TO_PRODUCTION_CI_HIGH))
                .when(isPocFailure, one.minus(col(Cols.POC_TO_PRODUCTION_CI_LOW))));
    Column value = col(Cols.PUBLISHED_VALUE);
    Column inside = value.geq(col(P_LOW)).and(value.leq(col(P_HIGH)));
    Column bound = col(Cols.VALUE_KIND).endsWith("lower_bound");
    // The caller selects the table's columns (PortfolioStats.conform): the failure-rate columns
    // and the P_ helpers are left in the frame rather than dropped, one projection less to analyse.
    return PortfolioStats.withAll(
        joined,
        Cols.PORTFOLIO_N,
        col(P_N),
        Cols.PORTFOLIO_RATE,
        col(P_RATE),
        Cols.PORTFOLIO_CI_LOW,
        col(P_LOW),
        Cols.PORTFOLIO_CI_HIGH,
        col(P_HIGH),
        Cols.PUBLISHED_INSIDE_CI,
        inside,
        Cols.CLAIM_CONSISTENT,
        when(bound, col(P_HIGH).geq(value)).otherwise(inside),
        Cols.CONFIDENCE_LEVEL,
        lit(params.confidence()),
        Cols.BENCHMARKS_VERSION,
        lit(pb.version()));
  }
}
