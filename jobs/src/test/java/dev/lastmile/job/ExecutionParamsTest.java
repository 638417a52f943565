package dev.lastmile.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExecutionParamsTest {
  @Test
  void bundledThresholds() {
    ExecutionParams p = ExecutionParams.bundled();
    assertEquals("execution-5", p.version());
    assertEquals(64L << 20, p.smallInputBytes(), "64 MiB of input files");
    assertEquals(16L << 20, p.bytesPerShufflePartition(), "16 MiB per shuffle partition");
    java.util.Map<String, String> s = p.smallRunSettings();
    assertEquals("false", s.get("spark.sql.adaptive.enabled"));
    assertEquals("false", s.get("spark.sql.codegen.wholeStage"));
    assertEquals("NO_CODEGEN", s.get("spark.sql.codegen.factoryMode"));
    assertEquals("false", s.get("spark.sql.constraintPropagation.enabled"));
    assertEquals("false", s.get("spark.sql.lightweightPlanChangeValidation"));
    assertEquals(
        java.util.List.of(
            "org.apache.spark.sql.catalyst.optimizer.OptimizeOneRowRelationSubquery",
            "org.apache.spark.sql.catalyst.optimizer.MergeScalarSubqueries",
            "org.apache.spark.sql.catalyst.optimizer.GenerateOptimization",
            "org.apache.spark.sql.catalyst.optimizer.NullDownPropagation",
            "org.apache.spark.sql.catalyst.optimizer.OptimizeCsvJsonExprs",
            "org.apache.spark.sql.catalyst.optimizer.UnwrapCastInBinaryComparison",
            "org.apache.spark.sql.catalyst.optimizer.ReorderAssociativeOperator",
            "org.apache.spark.sql.execution.datasources.SchemaPruning"),
        java.util.List.of(s.get("spark.sql.optimizer.excludedRules").split(",")));
    assertEquals(6, s.size());
    assertEquals("1m", p.smallRunPageSize(), "1 MiB Spark memory pages on a small run");
    assertEquals(p.smallInputBytes(), LastmileJob.SMALL_INPUT_BYTES);
    assertEquals(p.bytesPerShufflePartition(), LastmileJob.BYTES_PER_SHUFFLE_PARTITION);
  }
}
