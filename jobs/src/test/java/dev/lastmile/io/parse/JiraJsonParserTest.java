package dev.lastmile.io.parse;

import static dev.lastmile.io.parse.ParseTesting.file;
import static dev.lastmile.io.parse.ParseTesting.ofKind;
import static dev.lastmile.io.parse.ParseTesting.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Jira REST JSON shapes and their faults. */
class JiraJsonParserTest {

  private static String issue(String key, String extraFields, String changelog) {
    return "{\"key\":\""
        + key
        + "\",\"fields\":{\"summary\":\"S "
        + key
        + "\","
        + "\"status\":{\"name\":\"In Progress\"},\"created\":\"2024-01-02T10:00:00.000+0000\""
        + extraFields
        + "}"
        + (changelog == null ? "" : ",\"changelog\":" + changelog)
        + "}";
  }

  private static List<String> keys(List<Rec> recs) {
    return ofKind(recs, Kinds.ISSUE).stream().map(Rec::getIssueKey).toList();
  }

  @Test
  void v2SearchPageWithPagingFields() {
    String json =
        "{\"expand\":\"schema,names\",\"startAt\":0,\"maxResults\":50,\"total\":99,"
            + "\"issues\":["
            + issue("A-1", "", null)
            + ","
            + issue("A-2", "", null)
            + "]}";
    List<Rec> recs = parse("p.json", "jira", json);
    assertEquals(List.of("A-1", "A-2"), keys(recs), "total 99 is not trusted; 2 are present");
    assertEquals(
        List.of(1L, 2L), ofKind(recs, Kinds.ISSUE).stream().map(Rec::getRecordNumber).toList());
    assertEquals(2, file(recs).getRecordsRead());
  }

  @Test
  void searchJqlPageWithNextPageTokenAndIssuesFirst() {
    String json =
        "{\"issues\":["
            + issue("B-1", "", null)
            + "],\"isLast\":false,"
            + "\"nextPageToken\":\"token-page-2\"}";
    List<Rec> recs = parse("jql.json", "jira", json);
    assertEquals(List.of("B-1"), keys(recs));
    assertEquals("In Progress", ofKind(recs, Kinds.ISSUE).get(0).getStatus());
  }

  @Test
  void agilePageWithEpicObjectAndBareArrayAndSingleIssue() {
    String agile =
        "{\"startAt\":0,\"maxResults\":50,\"total\":10,\"issues\":["
            + issue("C-2", ",\"epic\":{\"key\":\"C-1\",\"name\":\"POC\",\"done\":false}", null)
            + "]}";
    assertEquals("C-1", ofKind(parse("a.json", "jira", agile), Kinds.ISSUE).get(0).getEpicKey());
    List<Rec> arr =
        parse(
            "arr.json",
            "jira",
            "["
                + issue("D-1", "", null)
                + ","
                + issue("D-2", ",\"parent\":{\"key\":\"D-1\"}", null)
                + "]");
    assertEquals(List.of("D-1", "D-2"), keys(arr));
    assertEquals("D-1", ofKind(arr, Kinds.ISSUE).get(1).getParentKey());
    List<Rec> single =
        parse(
            "one.json",
            "jira",
            issue(
                "E-1",
                ",\"labels\":[\"initiative:AI-3\"],\"issuelinks\":[{\"type\":{\"inward\":\"is block"
                    + "ed by\"},"
                    + "\"inwardIssue\":{\"key\":\"E-9\"}},{\"type\":{\"outward\":\"blocks\"},"
                    + "\"outwardIssue\":{}}]",
                null));
    Rec e = ofKind(single, Kinds.ISSUE).get(0);
    assertEquals("E-1", e.getIssueKey());
    assertEquals(List.of("initiative:AI-3"), e.getLabels());
    assertEquals(List.of("E-9"), e.getBlockedBy());
    assertEquals(1, file(single).getRecordsRead());
  }

  @Test
  void newestFirstChangelogIsEmittedInTimeOrder() {
    String changelog =
        "{\"histories\":["
            + "{\"created\":\"2024-03-01T10:00:00.000+0000\",\"items\":[{\"field\":\"status\","
            + "\"fromString\":\"In Progress\",\"toString\":\"Done\"},{\"field\":\"resolution\","
            + "\"toString\":\"Done\"}]},"
            + "{\"created\":\"2024-02-01T10:00:00.000+0000\",\"items\":[{\"field\":\"Flagged\","
            + "\"toString\":\"Impediment\"}]},"
            + "{\"created\":\"2024-01-05T10:00:00.000+0000\",\"items\":[{\"field\":\"status\","
            + "\"fromString\":\"To Do\",\"toString\":\"In Progress\"}]}]}";
    List<Rec> recs = parse("h.json", "jira", issue("F-1", "", changelog));
    List<Rec> h = ofKind(recs, Kinds.HISTORY);
    assertEquals(List.of("In Progress", "Done"), h.stream().map(Rec::getToStatus).toList());
    assertEquals(Timestamp.from(Instant.parse("2024-01-05T10:00:00Z")), h.get(0).getTextAt());
    assertTrue(ofKind(recs, Kinds.ISSUE).get(0).getFlagged(), "flag set and never cleared");
  }

  @Test
  void v3AdfDescriptionAndCommentBodies() {
    String adf =
        "{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":\"paragraph\",\"content\":["
            + "{\"type\":\"text\",\"text\":\"Blocked by\"},{\"type\":\"mention\",\"attrs\":"
            + "{\"text\":\"@Security\"}},{\"type\":\"futureNode\",\"attrs\":{}}]}]}";
    String fields =
        ",\"description\":"
            + adf
            + ",\"comment\":{\"comments\":[{\"created\":"
            + "\"2024-01-03T10:00:00.000+0000\",\"author\":{\"accountId\":\"557058:x\","
            + "\"displayName\":\"Ann\"},\"body\":"
            + adf
            + "}]}";
    List<Rec> recs = parse("v3.json", "jira", "{\"issues\":[" + issue("G-1", fields, null) + "]}");
    List<Rec> texts = ofKind(recs, Kinds.TEXT);
    Rec desc =
        texts.stream()
            .filter(t -> "jira_description".equals(t.getTextSource()))
            .findFirst()
            .orElseThrow();
    assertEquals("Blocked by @Security", desc.getText());
    Rec c =
        texts.stream()
            .filter(t -> "jira_comment".equals(t.getTextSource()))
            .findFirst()
            .orElseThrow();
    assertEquals("Blocked by @Security", c.getText());
    assertEquals("557058:x (Ann)", c.getAuthor());
    assertEquals("G-1#comment-1", c.getSourceRef());
  }

  @Test
  void badDatesInChangelogOrCommentsQuarantineTheIssue() {
    String oldHistory =
        "{\"histories\":[{\"created\":\"1999-12-31T23:00:00.000+0000\","
            + "\"items\":[{\"field\":\"status\",\"fromString\":\"A\",\"toString\":\"B\"}]}]}";
    String badComment =
        ",\"comment\":{\"comments\":[{\"created\":\"2024-02-30T10:00:00.000+0000\","
            + "\"body\":\"x\"}]}";
    String json =
        "{\"issues\":["
            + issue("H-1", "", oldHistory)
            + ","
            + issue("H-2", badComment, null)
            + ","
            + issue("H-3", ",\"resolutiondate\":\"1970-01-01T00:00:00.000+0000\"", null)
            + ","
            + issue("H-4", "", null)
            + "]}";
    List<Rec> recs = parse("bad.json", "jira", json);
    assertEquals(List.of("H-4"), keys(recs));
    assertEquals(List.of(), ofKind(recs, Kinds.HISTORY), "no pre-2000 history survives");
    List<Rec> q = ofKind(recs, Kinds.QUARANTINE);
    assertEquals(
        List.of("DATE_OUT_OF_RANGE", "BAD_DATE", "DATE_OUT_OF_RANGE"),
        q.stream().map(Rec::getReason).toList());
    assertEquals(List.of(1L, 2L, 3L), q.stream().map(Rec::getRecordNumber).toList());
    assertEquals(
        "H-1: changelog.histories[0].created 1999-12-31 is outside the accepted range "
            + "2000-01-01..2099-12-31",
        q.get(0).getDetail());
    assertTrue(
        q.get(1)
            .getDetail()
            .startsWith(
                "H-2: Cannot parse comment.comments[0].created "
                    + "'2024-02-30T10:00:00.000+0000'"),
        q.get(1).getDetail());
    assertEquals(4, file(recs).getRecordsRead());
  }

  @Test
  void truncatedPageBesideGoodPagesIsReportedAndTheOthersAreRead() {
    String page1 = "{\"issues\":[" + issue("P-1", "", null) + "],\"isLast\":false}";
    String page2 =
        "{\"issues\":[" + issue("P-2", "", null) + ",{\"key\":\"P-3\",\"fields\":{\"summ";
    String page3 = "{\"issues\":[" + issue("P-4", "", null) + "],\"isLast\":true}";
    List<Rec> r1 = parse("page1.json", "jira", page1);
    List<Rec> r2 = parse("page2.json", "jira", page2);
    List<Rec> r3 = parse("page3.json", "jira", page3);
    assertEquals(List.of("P-1"), keys(r1));
    assertEquals(List.of("P-2"), keys(r2), "the issue before the break is kept");
    assertEquals(List.of("P-4"), keys(r3));
    Rec q = ofKind(r2, Kinds.QUARANTINE).get(0);
    assertEquals("MALFORMED_JSON", q.getReason());
    assertEquals("page2.json", q.getSourceFile());
    assertEquals(2, q.getRecordNumber());
    assertTrue(q.getDetail().startsWith("JSON breaks at line 1, column "), q.getDetail());
    assertNull(file(r2).getFatal(), "a broken page does not stop the run");
    assertEquals(2, file(r2).getRecordsRead());
    assertEquals(List.of(), ofKind(r1, Kinds.QUARANTINE));
  }

  @Test
  void issueWithoutKeyIsMissingRequired() {
    List<Rec> recs =
        parse(
            "k.json",
            "jira",
            "{\"issues\":[{\"key\":\"\",\"fields\":{}}," + issue("K-1", "", null) + "]}");
    assertEquals(List.of("K-1"), keys(recs));
    assertEquals("MISSING_REQUIRED", ofKind(recs, Kinds.QUARANTINE).get(0).getReason());
  }

  @Test
  void elementWithoutFieldsIsQuarantinedAndNullStatusIsAcceptedAsUnknown() {
    String noFields =
        "{\"id\":\"10007\",\"key\":\"F-7\",\"self\":\"https://x/rest/api/2/issue/10007\","
            + "\"changelog\":{\"histories\":[]}}";
    String nullFields = "{\"id\":\"10009\",\"key\":\"F-9\",\"fields\":null}";
    String nullStatus =
        "{\"key\":\"F-8\",\"fields\":{\"summary\":\"No status yet\","
            + "\"status\":null,\"created\":\"2024-01-02T10:00:00.000+0000\"}}";
    String json =
        "{\"issues\":["
            + issue("F-1", "", null)
            + ","
            + noFields
            + ","
            + nullStatus
            + ","
            + nullFields
            + "]}";
    List<Rec> recs = parse("nofields.json", "jira", json);
    assertEquals(List.of("F-1", "F-8"), keys(recs));
    assertNull(ofKind(recs, Kinds.ISSUE).get(1).getStatus(), "status null: unknown status");
    assertEquals("No status yet", ofKind(recs, Kinds.ISSUE).get(1).getSummary());
    List<Rec> q = ofKind(recs, Kinds.QUARANTINE);
    assertEquals(
        List.of("MISSING_FIELDS", "MISSING_FIELDS"), q.stream().map(Rec::getReason).toList());
    assertEquals(List.of(2L, 4L), q.stream().map(Rec::getRecordNumber).toList());
    assertEquals(
        "F-7: the issue has no 'fields' object, so no status, dates or text to judge",
        q.get(0).getDetail());
    assertTrue(q.get(0).getRaw().contains("\"self\""), q.get(0).getRaw());
    assertEquals(4, file(recs).getRecordsRead(), "read = accepted + quarantined");

    List<Rec> array =
        parse("array.json", "jira", "[" + issue("F-2", "", null) + "," + noFields + "]");
    assertEquals(List.of("F-2"), keys(array));
    assertEquals(
        "MISSING_FIELDS",
        ofKind(array, Kinds.QUARANTINE).get(0).getReason(),
        "in a bare array too");
    assertEquals(2, file(array).getRecordsRead());
  }
}
