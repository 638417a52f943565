package dev.lastmile.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExecutionParamsTest {
  @Test
  void bundledThresholds() {
    ExecutionParams p = ExecutionParams.bundled();
    assertEquals("execution-2", p.version());
    assertEquals(64L << 20, p.smallInputBytes(), "64 MiB of input files");
    assertEquals(16L << 20, p.bytesPerShufflePartition(), "16 MiB per shuffle partition");
    assertEquals(
        java.util.Map.of(
            "spark.sql.adaptive.enabled", "false",
            "spark.sql.codegen.wholeStage", "false",
            "spark.sql.codegen.factoryMode", "NO_CODEGEN"),
        p.smallRunSettings());
    assertEquals(p.smallInputBytes(), LastmileJob.SMALL_INPUT_BYTES);
    assertEquals(p.bytesPerShufflePartition(), LastmileJob.BYTES_PER_SHUFFLE_PARTITION);
  }
}
