package dev.lastmile.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lastmile.testing.SharedSpark;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CauseEvaluateTest {
  @Test
  void scoresAPartitionedAssessmentAgainstTruth(@TempDir Path dir) throws Exception {
    var schema =
        StructType.fromDDL(
            "initiative_id STRING, outcome STRING, stall_stage STRING, primary_cause STRING, snapsh"
                + "ot_date DATE");
    var rows =
        List.of(
            RowFactory.create(
                "A", "STALLED", "PROTOTYPE", "DATA_READINESS", java.sql.Date.valueOf("2026-10-01")),
            RowFactory.create(
                "B", "CANCELLED", "STRATEGY", "COST_FUNDING", java.sql.Date.valueOf("2026-10-01")),
            RowFactory.create("A", "ACTIVE", null, null, java.sql.Date.valueOf("2026-09-01")));
    SharedSpark.spark()
        .createDataFrame(rows, schema)
        .write()
        .partitionBy("snapshot_date")
        .parquet(dir.resolve("initiative_assessment").toString());
    File truth = dir.resolve("truth.csv").toFile();
    Files.writeString(
        truth.toPath(),
        "initiative_id,outcome,stall_stage,primary_cause,acceptable_causes,notes\n"
            + "A,STALLED,PROTOTYPE,DATA_READINESS,DATA_READINESS,x\n"
            + "B,CANCELLED,PROTOTYPE,SCOPE_CREEP,SCOPE_CREEP;COST_FUNDING,\"two, causes\"\n");
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int rc =
        Evaluate.score(
            SharedSpark.spark(),
            dir.resolve("initiative_assessment"),
            Evaluate.readTruth(truth),
            null,
            "all",
            new PrintStream(buf, true, StandardCharsets.UTF_8));
    String out = buf.toString(StandardCharsets.UTF_8);
    assertEquals(0, rc, out);
    assertTrue(out.contains("snapshot_date 2026-10-01"), "latest partition: " + out);
    assertTrue(out.contains("outcome accuracy      1.000"), out);
    assertTrue(out.contains("stall-stage accuracy  0.500"), out);
    assertTrue(out.contains("cause macro-F1        1.000"), out);
  }
}
