package dev.lastmile.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The code's names and codes equal the contract files: every output column in schemas/outputs is a
 * Cols constant, every table file is a Tables constant, and the taxonomy enums equal
 * schemas/taxonomy/*.json code for code, in order.
 */
class SchemaContractTest {
  private static final Path SCHEMAS =
      Path.of(System.getProperty("lastmile.repoRoot", ".."), "schemas");

  static Set<String> constants(Class<?> c) throws IllegalAccessException {
    Set<String> out = new HashSet<>();
    for (Field f : c.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        out.add((String) f.get(null));
      }
    }
    return out;
  }

  static List<String> tableFiles() throws IOException {
    try (Stream<Path> s = Files.list(SCHEMAS.resolve("outputs"))) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".ddl"))
          .map(n -> n.substring(0, n.length() - 4))
          .sorted()
          .toList();
    }
  }

  @Test
  void everyOutputColumnIsAColsConstantAndEveryTableATablesConstant() throws Exception {
    Set<String> cols = constants(Cols.class);
    Set<String> tables = constants(Tables.class);
    List<String> files = tableFiles();
    assertTrue(
        files.containsAll(
            List.of(
                Tables.INITIATIVE_ASSESSMENT,
                Tables.CAUSE_EVIDENCE,
                Tables.FAILURE_RATE_STATS,
                Tables.QUARANTINE)),
        "contract tables have schema files: " + files);
    assertEquals(files, Tables.ALL.stream().sorted().toList(), "Tables.ALL lists every table");
    for (String table : files) {
      assertTrue(tables.contains(table), "Tables has a constant for " + table);
      StructType schema = SchemaFiles.output(table);
      for (StructField f : schema.fields()) {
        assertTrue(cols.contains(f.name()), table + "." + f.name() + " is a Cols constant");
        assertTrue(
            f.getComment().isDefined() && !f.getComment().get().isBlank(),
            table + "." + f.name() + " has a comment");
      }
      StructField last = schema.fields()[schema.fields().length - 1];
      assertEquals(Cols.SNAPSHOT_DATE, last.name(), table + " ends with the partition column");
    }
  }

  @Test
  void contractColumnsOfTheRequiredTables() {
    assertEquals(
        List.of(
            "initiative_id",
            "outcome",
            "reached_production",
            "furthest_stage",
            "stall_stage",
            "primary_cause",
            "causes",
            "confidence",
            "last_activity_date",
            "days_since_activity"),
        present(
            Tables.INITIATIVE_ASSESSMENT,
            List.of(
                "initiative_id",
                "outcome",
                "reached_production",
                "furthest_stage",
                "stall_stage",
                "primary_cause",
                "causes",
                "confidence",
                "last_activity_date",
                "days_since_activity")));
    assertEquals(
        "array<string>",
        SchemaFiles.output(Tables.INITIATIVE_ASSESSMENT).apply("causes").dataType().simpleString());
    assertEquals(
        "boolean",
        SchemaFiles.output(Tables.INITIATIVE_ASSESSMENT)
            .apply("reached_production")
            .dataType()
            .simpleString());
    assertEquals(
        List.of("initiative_id", "cause", "rule_id", "weight", "source", "source_ref", "excerpt"),
        present(
            Tables.CAUSE_EVIDENCE,
            List.of(
                "initiative_id", "cause", "rule_id", "weight", "source", "source_ref", "excerpt")));
    assertEquals(
        List.of("source_file", "record_number", "reason", "raw"),
        present(Tables.QUARANTINE, List.of("source_file", "record_number", "reason", "raw")));
    assertEquals(
        List.of("dimension", "dimension_value", "failure_rate"),
        present(
            Tables.FAILURE_RATE_STATS, List.of("dimension", "dimension_value", "failure_rate")));
  }

  private static List<String> present(String table, List<String> wanted) {
    List<String> names = List.of(SchemaFiles.output(table).fieldNames());
    List<String> out = new ArrayList<>();
    for (String w : wanted) {
      if (names.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  static List<String> codes(String file) throws IOException {
    JsonNode n = new ObjectMapper().readTree(SCHEMAS.resolve("taxonomy").resolve(file).toFile());
    List<String> out = new ArrayList<>();
    n.path("codes").forEach(c -> out.add(c.path("code").asText()));
    return out;
  }

  @Test
  void taxonomyEnumsEqualTheTaxonomyFiles() throws IOException {
    assertEquals(codes("stages.json"), Stream.of(Stage.values()).map(Stage::code).toList());
    assertEquals(codes("outcomes.json"), Stream.of(Outcome.values()).map(Outcome::code).toList());
    assertEquals(codes("causes.json"), Stream.of(Cause.values()).map(Cause::code).toList());
    assertEquals(
        codes("quarantine_reasons.json"),
        Stream.of(QuarantineReason.values()).map(QuarantineReason::code).toList());
  }
}
