package dev.lastmile.io.parse;

import static dev.lastmile.io.parse.ParseTesting.file;
import static dev.lastmile.io.parse.ParseTesting.ofKind;
import static dev.lastmile.io.parse.ParseTesting.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileParserTest {

  static final String JIRA_HEADER =
      "Summary,Issue key,Issue id,Parent id,Issue Type,Status,"
          + "Project key,Resolution,Created,Updated,Resolved,Labels,Labels,Description,"
          + "Custom field (Epic Link),Comment,Comment\n";

  @Test
  void jiraCsvAllFieldsRowBecomesIssueAndTexts() {
    String csv =
        JIRA_HEADER
            + "POC - Churn model,CHURN-1,100,,Epic,POC,CHURN,,12/Mar/24 3:15 PM,14/Mar/24 9:00 AM,,"
            + "ml,initiative:AI-7,\"Multi\nline\",,\"13/Mar/24 10:00 AM;557058:abc;We still have no"
            + " "
            + "access to the claims data; legal is checking.\",\n";
    List<Rec> recs = parse("x.csv", "jira", csv);
    Rec issue = ofKind(recs, Kinds.ISSUE).get(0);
    assertEquals("CHURN-1", issue.getIssueKey());
    assertEquals("POC", issue.getStatus());
    assertEquals("Epic", issue.getIssueType());
    assertEquals(List.of("ml", "initiative:AI-7"), issue.getLabels());
    assertEquals(Timestamp.from(Instant.parse("2024-03-12T15:15:00Z")), issue.getCreated());
    assertEquals(2, issue.getRecordNumber(), "record starts on physical line 2");
    List<Rec> texts = ofKind(recs, Kinds.TEXT);
    Rec comment =
        texts.stream()
            .filter(t -> "jira_comment".equals(t.getTextSource()))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "We still have no access to the claims data; legal is checking.", comment.getText());
    assertEquals("557058:abc", comment.getAuthor());
    assertEquals("CHURN-1#comment-1", comment.getSourceRef());
    assertEquals(Timestamp.from(Instant.parse("2024-03-13T10:00:00Z")), comment.getTextAt());
    Rec f = file(recs);
    assertEquals(Formats.JIRA_CSV, f.getFormat());
    assertEquals(1, f.getRecordsRead());
    assertNull(f.getFatal());
  }

  @Test
  void impossibleDateIsQuarantinedNotRolledBack() {
    String csv =
        JIRA_HEADER
            + "a,K-1,1,,Task,To Do,K,,2024-02-28 10:00,2024-02-28 10:00,,,,,,,\n"
            + "b,K-2,2,,Task,To Do,K,,2024-02-30 10:00,2024-02-28 10:00,,,,,,,\n";
    List<Rec> recs = parse("d.csv", "jira", csv);
    assertEquals(1, ofKind(recs, Kinds.ISSUE).size());
    Rec q = ofKind(recs, Kinds.QUARANTINE).get(0);
    assertEquals("BAD_DATE", q.getReason());
    assertEquals(3, q.getRecordNumber());
    assertTrue(q.getDetail().contains("2024-02-30"), q.getDetail());
    assertEquals(2, file(recs).getRecordsRead());
  }

  @Test
  void rowsWithTooManyOrTooFewFieldsAreQuarantined() {
    String csv = "initiative_id,name,status\nAI-1,One,active\nAI-2,Two\nAI-3,Three,active,extra\n";
    List<Rec> recs = parse("r.csv", "registry", csv);
    assertEquals(1, ofKind(recs, Kinds.REGISTRY).size());
    List<Rec> q = ofKind(recs, Kinds.QUARANTINE);
    assertEquals(
        List.of("FIELD_COUNT_MISMATCH", "FIELD_COUNT_MISMATCH"),
        q.stream().map(Rec::getReason).toList());
    assertEquals(List.of(3L, 4L), q.stream().map(Rec::getRecordNumber).toList());
    assertEquals("AI-2,Two", q.get(0).getRaw());
  }

  @Test
  void registryMissingRequiredColumnIsFatalAndNamesTheColumn() {
    List<Rec> recs = parse("reg.csv", "registry", "initiative_id,status\nAI-1,active\n");
    assertEquals(
        "Cannot read registry reg.csv: required column 'name' is missing "
            + "(map it with --config registry.columns)",
        file(recs).getFatal());
  }

  @Test
  void registryBadDatesAndNumbers() {
    String csv =
        "initiative_id,name,start_date,budget_planned\n"
            + "AI-1,Ok,2024-02-29,100\n"
            + "AI-2,Impossible,2023-02-29,100\n"
            + "AI-3,Serial,45123,100\n"
            + "AI-4,Tbd,TBD,100\n"
            + "AI-5,Excel error,#VALUE!,100\n"
            + "AI-6,Old,1999-12-31,100\n"
            + "AI-7,Money,2024-01-01,\"1,250,000\"\n"
            + "AI-8,NaN,2024-01-01,lots\n";
    List<Rec> recs = parse("reg.csv", "registry", csv);
    List<Rec> ok = ofKind(recs, Kinds.REGISTRY);
    assertEquals(
        List.of("AI-1", "AI-7"), ok.stream().map(r -> r.getFields().get("initiative_id")).toList());
    assertEquals("2024-02-29", ok.get(0).getFields().get("start_date"));
    assertEquals("1250000", ok.get(1).getFields().get("budget_planned"));
    assertEquals(
        List.of("BAD_DATE", "BAD_DATE", "BAD_DATE", "BAD_DATE", "DATE_OUT_OF_RANGE", "BAD_NUMBER"),
        ofKind(recs, Kinds.QUARANTINE).stream().map(Rec::getReason).toList());
    assertTrue(ofKind(recs, Kinds.QUARANTINE).get(1).getDetail().contains("Excel serial"));
    assertEquals(8, file(recs).getRecordsRead());
  }

  @Test
  void jiraJsonPageWithChangelogAndAdf() {
    String json =
        "{\"issues\":[{\"key\":\"FR-1\",\"id\":\"10\",\"fields\":{"
            + "\"summary\":\"Build - fraud\",\"issuetype\":{\"name\":\"Epic\"},"
            + "\"status\":{\"name\":\"Build\"},\"project\":{\"key\":\"FR\"},"
            + "\"created\":\"2025-01-02T10:00:00.000+0000\",\"updated\":\"2025-02-02T10:00:00.000+0"
            + "000\","
            + "\"labels\":[\"initiative:AI-9\"],"
            + "\"description\":{\"type\":\"doc\",\"content\":[{\"type\":\"paragraph\",\"content\":["
            + "{\"type\":\"text\",\"text\":\"Waiting on \"},{\"type\":\"mention\",\"attrs\":{\"text"
            + "\":\"@Ann\"}},"
            + "{\"type\":\"weirdNewNode\",\"content\":[{\"type\":\"text\",\"text\":\" for the DPIA"
            + "\"}]}]}]},"
            + "\"comment\":{\"comments\":[{\"created\":\"2025-01-05T08:00:00.000+0000\","
            + "\"author\":{\"accountId\":\"u1\"},\"body\":\"Security sign-off pending.\"}]}},"
            + "\"changelog\":{\"histories\":[{\"created\":\"2025-01-03T09:00:00.000+0000\","
            + "\"author\":{\"accountId\":\"u2\"},\"items\":[{\"field\":\"status\",\"fromString\":\""
            + "POC\","
            + "\"toString\":\"Build\"},{\"field\":\"Rank\",\"toString\":\"x\"}]}]}}]}";
    List<Rec> recs = parse("p.json", "jira", json);
    Rec issue = ofKind(recs, Kinds.ISSUE).get(0);
    assertEquals("FR-1", issue.getIssueKey());
    assertTrue(issue.isHasHistory());
    Rec h = ofKind(recs, Kinds.HISTORY).get(0);
    assertEquals("POC", h.getFromStatus());
    assertEquals("Build", h.getToStatus());
    assertEquals(1, ofKind(recs, Kinds.HISTORY).size(), "Rank changes are not status history");
    Rec desc =
        ofKind(recs, Kinds.TEXT).stream()
            .filter(t -> "jira_description".equals(t.getTextSource()))
            .findFirst()
            .orElseThrow();
    assertEquals("Waiting on @Ann for the DPIA", desc.getText());
    assertEquals(Formats.JIRA_JSON, file(recs).getFormat());
  }

  @Test
  void truncatedJsonPageKeepsIssuesBeforeTheBreak() {
    String json =
        "{\"issues\":[{\"key\":\"A-1\",\"fields\":{\"created\":\"2025-01-02T10:00:00.000+0000\"}},"
            + "{\"key\":\"A-2\",\"fields\":{\"summary\":\"cut her";
    List<Rec> recs = parse("t.json", "jira", json);
    assertEquals(List.of("A-1"), ofKind(recs, Kinds.ISSUE).stream().map(Rec::getIssueKey).toList());
    Rec q = ofKind(recs, Kinds.QUARANTINE).get(0);
    assertEquals("MALFORMED_JSON", q.getReason());
    assertEquals(2, q.getRecordNumber());
    assertEquals(2, file(recs).getRecordsRead());
  }

  @Test
  void mlflowUnknownStageAndNegativeTimestamp() {
    String json =
        "{\"model_versions\":["
            + "{\"name\":\"m\",\"version\":\"1\",\"current_stage\":\"Production\",\"creation_timest"
            + "amp\":1700000000000},"
            + "{\"name\":\"m\",\"version\":\"2\",\"current_stage\":\"Prodution\",\"creation_timesta"
            + "mp\":1700000000000},"
            + "{\"name\":\"m\",\"version\":\"3\",\"current_stage\":\"None\",\"creation_timestamp\":"
            + "-5}]}";
    List<Rec> recs = parse("m.json", "models", json);
    List<Rec> models = ofKind(recs, Kinds.MODEL);
    assertEquals(1, models.size());
    assertEquals("Production", models.get(0).getModelStage());
    assertEquals(
        List.of("UNKNOWN_ENUM", "DATE_OUT_OF_RANGE"),
        ofKind(recs, Kinds.QUARANTINE).stream().map(Rec::getReason).toList());
    assertEquals(3, file(recs).getRecordsRead());
  }

  @Test
  void emptyAndBinaryFiles() {
    List<Rec> empty = ParseTesting.parseBytes("e.csv", "jira", new byte[0]);
    assertEquals("EMPTY_FILE", ofKind(empty, Kinds.QUARANTINE).get(0).getReason());
    assertEquals(1, file(empty).getRecordsRead());
    byte[] bin = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3};
    Rec f = file(ParseTesting.parseBytes("img.csv", "jira", bin));
    assertNotNull(f.getFatal());
    assertTrue(f.getFatal().startsWith("Cannot read img.csv: it is not a text file"), f.getFatal());
  }

  @Test
  void windows1252FileIsDecodedNotMangled() {
    byte[] bytes =
        "initiative_id,name\nAI-1,Caf\u00e9 r\u00e9sum\u00e9 \u2013 \u20ac\n"
            .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    List<Rec> recs = ParseTesting.parseBytes("cp.csv", "registry", bytes);
    assertEquals(
        "Caf\u00e9 r\u00e9sum\u00e9 \u2013 \u20ac",
        ofKind(recs, Kinds.REGISTRY).get(0).getFields().get("name"));
    assertEquals("windows-1252", file(recs).getEncoding());
  }

  @Test
  void invalidUtf8InACellIsQuarantined() {
    byte[] good =
        "initiative_id,name\nAI-1,Caf\u00e9\nAI-2,"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(good, good.length + 3);
    bytes[good.length] = (byte) 0xC3; // a lead byte followed by a non-continuation byte
    bytes[good.length + 1] = 'x';
    bytes[good.length + 2] = '\n';
    List<Rec> recs = ParseTesting.parseBytes("u.csv", "registry", bytes);
    assertEquals(1, ofKind(recs, Kinds.REGISTRY).size());
    assertEquals("INVALID_ENCODING", ofKind(recs, Kinds.QUARANTINE).get(0).getReason());
    assertEquals("UTF-8", file(recs).getEncoding());
  }

  @Test
  void headerOnlyAndWhitespaceOnlyFilesAreEmpty() {
    List<Rec> header = parse("h.csv", "registry", "initiative_id,name\n");
    Rec q = ofKind(header, Kinds.QUARANTINE).get(0);
    assertEquals("EMPTY_FILE", q.getReason());
    assertEquals("The file has a header and no records", q.getDetail());
    assertEquals(1, file(header).getRecordsRead());
    List<Rec> blank = parse("b.json", "jira", "  \n\n");
    assertEquals("EMPTY_FILE", ofKind(blank, Kinds.QUARANTINE).get(0).getReason());
    assertEquals(Formats.EMPTY, file(blank).getFormat());
    List<Rec> emptyPage = parse("p.json", "jira", "{\"issues\":[],\"isLast\":true}");
    assertEquals(List.of(), ofKind(emptyPage, Kinds.QUARANTINE), "an empty last page is valid");
    assertEquals(0, file(emptyPage).getRecordsRead());
  }

  @Test
  void zeroByteFileIsOneEmptyFileRecordNotFatal() {
    List<Rec> recs = ParseTesting.parseBytes("zero.json", "models", new byte[0]);
    Rec q = ofKind(recs, Kinds.QUARANTINE).get(0);
    assertEquals("EMPTY_FILE", q.getReason());
    assertEquals(1, q.getRecordNumber());
    assertEquals("The file is empty (0 bytes)", q.getDetail());
    assertNull(file(recs).getFatal());
    assertEquals(Formats.EMPTY, file(recs).getFormat());
  }

  @Test
  void binaryFileGivenAsJiraCsvIsFatalWithExactMessage() {
    byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3};
    Rec f = file(ParseTesting.parseBytes("export.csv", "jira", png));
    assertEquals(
        "Cannot read export.csv: it is not a text file (binary content), expected a "
            + "Jira CSV or JSON export",
        f.getFatal());
    assertEquals(0, f.getRecordsRead());
  }
}
