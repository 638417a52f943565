package dev.lastmile.io.parse;

import static dev.lastmile.io.parse.ParseTesting.file;
import static dev.lastmile.io.parse.ParseTesting.ofKind;
import static dev.lastmile.io.parse.ParseTesting.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.rules.LifecycleRules;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Registry CSV and JSON Lines, config column maps, and their faults. */
class RegistryParserTest {

  private static ParseConfig config(String json) throws Exception {
    return LifecycleRules.withOverrides(new ObjectMapper().readTree(json)).parseConfig();
  }

  private static List<Rec> parseWith(ParseConfig cfg, String name, String text) {
    return ParseTesting.drain(FileParser.parseString(name, "registry", text, cfg));
  }

  private static List<String> ids(List<Rec> recs) {
    return ofKind(recs, Kinds.REGISTRY).stream()
        .map(r -> r.getFields().get("initiative_id"))
        .toList();
  }

  @Test
  void jsonLinesWithACutLineAndRecordNumbersAsLines() {
    String jsonl =
        "{\"initiative_id\":\"AI-1\",\"name\":\"One\",\"jira_keys\":[\"FR\",\"FR-12\"]}\n"
            + "\n"
            + "{\"initiative_id\":\"AI-2\",\"name\":\"Two, cut mid-str\n"
            + "{\"initiative_id\":\"AI-3\",\"name\":\"Three\",\"start_date\":\"2024-02-30\"}\n"
            + "{\"initiative_id\":\"AI-4\",\"name\":\"Four\",\"budget_planned\":1200.5}\n"
            + "[1,2]\n";
    List<Rec> recs = parse("r.jsonl", "registry", jsonl);
    assertEquals(Formats.REGISTRY_JSONL, file(recs).getFormat());
    assertEquals(List.of("AI-1", "AI-4"), ids(recs));
    assertEquals("FR;FR-12", ofKind(recs, Kinds.REGISTRY).get(0).getFields().get("jira_keys"));
    assertEquals("1200.5", ofKind(recs, Kinds.REGISTRY).get(1).getFields().get("budget_planned"));
    List<Rec> q = ofKind(recs, Kinds.QUARANTINE);
    assertEquals(
        List.of("MALFORMED_JSON", "BAD_DATE", "MALFORMED_JSON"),
        q.stream().map(Rec::getReason).toList());
    assertEquals(List.of(3L, 4L, 6L), q.stream().map(Rec::getRecordNumber).toList());
    assertEquals("{\"initiative_id\":\"AI-2\",\"name\":\"Two, cut mid-str", q.get(0).getRaw());
    assertEquals(5, file(recs).getRecordsRead());
  }

  @Test
  void jsonLinesWhoseFirstLineIsCutIsStillARegistry() {
    List<Rec> recs =
        parse(
            "r.jsonl",
            "registry",
            "{\"initiative_id\":\"AI-1\",\"na\n{\"initiative_id\":\"AI-2\",\"name\":\"Two\"}\n");
    assertEquals(Formats.REGISTRY_JSONL, file(recs).getFormat());
    assertEquals(List.of("AI-2"), ids(recs));
    assertEquals(1, ofKind(recs, Kinds.QUARANTINE).get(0).getRecordNumber());
  }

  @Test
  void configMapsColumnsOneToManyIdFromAndNullTokens() throws Exception {
    ParseConfig cfg =
        config(
            "{\"registry\":{"
                + "\"columns\":{\"Project Code\":\"initiative_id\",\"Title\":\"name\","
                + "\"Phase\":[\"registry_stage\",\"status\"],\"Go-live\":\"production_date\","
                + "\"Division\":\"business_unit\",\"Dept\":\"business_unit\"},"
                + "\"date_formats\":[\"M/uuuu\",\"MMM-uu\",\"uuuu\"],"
                + "\"null_tokens\":[\"N/A\",\"tbc\"],"
                + "\"values\":{\"registry_stage\":{\"Gate 2\":\"prototype\"}}}}");
    String csv =
        "Dept,Project Code,Title,Phase,Go-live,Division\n"
            + "Ops,P-1,Fraud,Gate 2,01/2024,Risk\n"
            + "Ops,P-2,Churn,Live,Jul-25,Risk\n"
            + "Ops,P-3,Chat,Gate 1,N/A,Risk\n"
            + "Ops,P-4,Vision,Gate 1,TBC,Risk\n"
            + "Ops,P-5,Docs,Gate 1,2025,Risk\n"
            + "Ops,P-6,Bad,Gate 1,13/2024,Risk\n";
    List<Rec> recs = parseWith(cfg, "custom.csv", csv);
    assertEquals(Formats.REGISTRY_CSV, file(recs).getFormat(), "recognised through the map");
    assertEquals(List.of("P-1", "P-2", "P-3", "P-4", "P-5"), ids(recs));
    Map<String, String> p1 = ofKind(recs, Kinds.REGISTRY).get(0).getFields();
    assertEquals("Fraud", p1.get("name"));
    assertEquals("Gate 2", p1.get("registry_stage"), "values maps apply later, in Spark");
    assertEquals("Gate 2", p1.get("status"), "one source column fills two canonical columns");
    assertEquals("Risk", p1.get("business_unit"), "Division is listed first in the config");
    assertEquals("2024-01-01", p1.get("production_date"), "a month means its first day");
    assertEquals(
        "2025-07-01", ofKind(recs, Kinds.REGISTRY).get(1).getFields().get("production_date"));
    assertNull(ofKind(recs, Kinds.REGISTRY).get(2).getFields().get("production_date"));
    assertNull(ofKind(recs, Kinds.REGISTRY).get(3).getFields().get("production_date"));
    assertEquals(
        "2025-01-01", ofKind(recs, Kinds.REGISTRY).get(4).getFields().get("production_date"));
    Rec q = ofKind(recs, Kinds.QUARANTINE).get(0);
    assertEquals("BAD_DATE", q.getReason());
    assertEquals(7, q.getRecordNumber());
    assertEquals("P-6: Cannot parse production_date '13/2024' as a date", q.getDetail());
  }

  @Test
  void idFromBuildsAnIdWhenTheFileHasNone() throws Exception {
    ParseConfig cfg =
        config(
            "{\"registry\":{\"columns\":{\"Use Case\":\"name\"},"
                + "\"id_from\":[[\"Code\"],[\"Agency\",\"Use Case\"]]}}");
    String csv = "Agency,Use Case,Code\nDOC,Forecasting,DOC-7\nDOI,Mapping,\nDOI,,\n";
    List<Rec> recs = parseWith(cfg, "fed.csv", csv);
    assertEquals(List.of("DOC-7", "DOI-Mapping"), ids(recs));
    Rec q = ofKind(recs, Kinds.QUARANTINE).get(0);
    assertEquals("MISSING_REQUIRED", q.getReason());
    assertEquals("initiative_id is empty", q.getDetail());
    assertEquals(4, q.getRecordNumber());
  }

  @Test
  void missingRequiredColumnIsFatalWithExactMessage() throws Exception {
    List<Rec> recs = parse("reg.csv", "registry", "initiative_id,status\nAI-1,active\n");
    assertEquals(
        "Cannot read registry reg.csv: required column 'name' is missing "
            + "(map it with --config registry.columns)",
        file(recs).getFatal());
    List<Rec> noId = parse("reg2.csv", "registry", "Title,status\nx,active\n");
    assertEquals(
        "Cannot read registry reg2.csv: required column 'initiative_id' is missing "
            + "(map it with --config registry.columns)",
        file(noId).getFatal());
    assertEquals(List.of(), ofKind(noId, Kinds.REGISTRY), "nothing is read from a fatal file");
  }

  @Test
  void binaryFileGivenAsRegistryIsFatalWithExactMessage() {
    byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};
    Rec f = file(ParseTesting.parseBytes("registry.xlsx", "registry", xlsx));
    assertEquals(
        "Cannot read registry.xlsx: it is not a text file (binary content), expected "
            + "a registry CSV or JSON Lines file",
        f.getFatal());
    assertEquals(Formats.BINARY, f.getFormat());
  }

  @Test
  void literalReplacementCharacterIsAcceptedInvalidBytesAreNot() {
    byte[] good =
        "initiative_id,name\nAI-1,Caf\uFFFD\nAI-2,"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(good, good.length + 3);
    bytes[good.length] = (byte) 0xE9; // a Latin-1 é inside a UTF-8 file
    bytes[good.length + 1] = 'x';
    bytes[good.length + 2] = '\n';
    List<Rec> recs = ParseTesting.parseBytes("u.csv", "registry", bytes);
    assertEquals(List.of("AI-1"), ids(recs));
    Rec q = ofKind(recs, Kinds.QUARANTINE).get(0);
    assertEquals("INVALID_ENCODING", q.getReason());
    assertEquals("AI-2,\uFFFDx", q.getRaw());
    assertTrue(q.getDetail().contains("not valid"), q.getDetail());
  }
}
