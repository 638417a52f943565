package dev.lastmile.io.parse;

import static dev.lastmile.io.parse.ParseTesting.file;
import static dev.lastmile.io.parse.ParseTesting.ofKind;
import static dev.lastmile.io.parse.ParseTesting.parse;
import static dev.lastmile.io.parse.ParseTesting.parseBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Jira issue-navigator CSV: real export quirks and record-level faults, value by value. */
class JiraCsvParserTest {
  private static final Path DIR = Path.of("src/test/resources/JiraCsvParserTest");

  static final String HEADER =
      "Summary,Issue key,Issue id,Issue Type,Status,Created,Updated," + "Comment,Comment\n";

  private static Timestamp utc(String iso) {
    return Timestamp.from(Instant.parse(iso));
  }

  private static List<Rec> comments(List<Rec> recs) {
    return ofKind(recs, Kinds.TEXT).stream()
        .filter(t -> "jira_comment".equals(t.getTextSource()))
        .toList();
  }

  @Test
  void allFieldsExportWithBomCrlfRepeatedHeadersAndMultiLineCell() throws Exception {
    List<Rec> recs = ParseTesting.parseFile(DIR.resolve("all-fields-bom-crlf.csv"), "jira");
    Rec f = file(recs);
    assertEquals(Formats.JIRA_CSV, f.getFormat());
    assertEquals("UTF-8", f.getEncoding());
    assertNull(f.getFatal());
    assertEquals(3, f.getRecordsRead());
    assertEquals(List.of(), ofKind(recs, Kinds.QUARANTINE), "nothing quarantined");
    List<Rec> issues = ofKind(recs, Kinds.ISSUE);
    assertEquals(
        List.of("CHURN-1", "CHURN-2", "CHURN-3"),
        issues.stream().map(Rec::getIssueKey).toList(),
        "the BOM does not hide 'Summary'");
    assertEquals(
        List.of(2L, 6L, 7L),
        issues.stream().map(Rec::getRecordNumber).toList(),
        "record numbers are the physical start lines; CHURN-1 spans lines 2-5");
    Rec epic = issues.get(0);
    assertEquals("Churn POC", epic.getSummary());
    assertEquals("Epic", epic.getIssueType());
    assertEquals("In Progress", epic.getStatus());
    assertEquals(List.of("ml", "initiative:AI-7"), epic.getLabels(), "three Labels columns");
    assertEquals(List.of("CHURN-2"), epic.getBlockedBy(), "Inward issue link (Blocks) only");
    assertEquals(utc("2024-03-12T15:15:00Z"), epic.getCreated());
    assertEquals(utc("2024-03-14T09:00:00Z"), epic.getUpdated());
    Rec sub = issues.get(1);
    assertEquals("CHURN-1", sub.getParentKey(), "Parent holds a key");
    assertEquals("10001", sub.getParentId(), "Parent id holds the numeric id");
    assertEquals("CHURN-1", sub.getEpicKey(), "Custom field (Epic Link)");
    assertEquals("CHURN", sub.getProjectKey());
    assertEquals(utc("2024-04-03T08:00:00Z"), issues.get(2).getResolved());
    List<Rec> c = comments(recs);
    assertEquals(2, c.size());
    assertEquals(
        "Still no access to the claims data; legal is checking.",
        c.get(0).getText(),
        "';' inside the body stays in the body");
    assertEquals("557058:abc", c.get(0).getAuthor());
    assertEquals(utc("2024-03-13T10:00:00Z"), c.get(0).getTextAt());
    assertEquals("Café \"ok\"", c.get(1).getText());
    assertEquals("5fe07a7dd3649601392ba191", c.get(1).getAuthor());
    Rec desc =
        ofKind(recs, Kinds.TEXT).stream()
            .filter(t -> "jira_description".equals(t.getTextSource()))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "Line one\r\nLine two, with comma\r\n\r\nLine four",
        desc.getText(),
        "CRLF inside a quoted cell is content");
    assertEquals("CHURN-1", desc.getIssueKey());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "12/Mar/24 3:15 PM|14/Mar/24 9:00 AM|2024-03-12T15:15:00Z",
        "2024-03-12 15:15|2024-03-14 09:00|2024-03-12T15:15:00Z",
        "12.03.2024 15:15|14.03.2024 09:00|2024-03-12T15:15:00Z",
        "10/oct./16 11:54 AM|06/août/15 12:00 PM|2016-10-10T11:54:00Z",
        "27/févr./16 3:05 PM|01/mai/16 7:47 PM|2016-02-27T15:05:00Z",
        "12/Mar/24 15:15|14/Mar/24 09:00|2024-03-12T15:15:00Z",
        "3/12/2024 3:15 PM|3/14/2024 9:00 AM|2024-03-12T15:15:00Z",
        // month names of Spanish, Italian, Portuguese and Dutch sites, and older German data
        "12/ago/26 9:15 a. m.|14/ago/26 4:05 p. m.|2026-08-12T09:15:00Z",
        "03/lug/26 4:05 PM|05/lug/26 9:00 AM|2026-07-03T16:05:00Z",
        "03/fev./26 10:00 AM|04/out./26 11:00 AM|2026-02-03T10:00:00Z",
        "14/mrt./26 2:30 p.m.|15/mei/26 9:00 a.m.|2026-03-14T14:30:00Z",
        "12/Mär/24 3:15 PM|14/Dez/24 9:00 AM|2024-03-12T15:15:00Z",
        "31/dic/25 15:15|02/ene/26 09:00|2025-12-31T15:15:00Z",
        "31/dic/25|02/ene/26|2025-12-31T00:00:00Z"
      })
  void siteDateFormatIsDetectedPerFile(String created, String updated, String expected) {
    String csv =
        HEADER
            + "a,K-1,1,Task,To Do,"
            + created
            + ","
            + updated
            + ",,\n"
            + "b,K-2,2,Task,To Do,"
            + updated
            + ","
            + updated
            + ",,\n";
    List<Rec> recs = parse("d.csv", "jira", csv);
    assertEquals(List.of(), ofKind(recs, Kinds.QUARANTINE), "no quarantine for " + created);
    assertEquals(utc(expected), ofKind(recs, Kinds.ISSUE).get(0).getCreated());
  }

  /** The core columns of a CSV export under the names Jira sites in other languages write. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Zusammenfassung,Vorgangsschlüssel,Vorgangs-ID,Vorgangstyp,Status,Projektschlüssel,Lösung,"
            + "Erstellt,Aktualisiert,Erledigt,Stichwörter,Stichwörter,Beschreibung,Kommentar",
        "Resumen,Clave de incidencia,ID de la incidencia,Tipo de incidencia,Estado,"
            + "Clave de proyecto,Resolución,Creada,Actualizada,Resuelta,Etiquetas,Etiquetas,"
            + "Descripción,Comentario",
        "Riepilogo,Chiave ticket,ID ticket,Tipo ticket,Stato,Chiave progetto,Risoluzione,Creato,"
            + "Aggiornato,Risolto,Etichette,Etichette,Descrizione,Commento",
        "Resumo,Chave do item,ID do item,Tipo de item,Status,Chave do projeto,Resolução,Criado,"
            + "Atualizado,Resolvido,Rótulos,Rótulos,Descrição,Comentário",
        "Samenvatting,Issuesleutel,Issue-ID,Issuetype,Status,Projectsleutel,Oplossing,Gemaakt,"
            + "Bijgewerkt,Opgelost,Labels,Labels,Beschrijving,Opmerking",
        "Summary,Work item key,Work item id,Work type,Status,Project key,Resolution,Created,"
            + "Updated,Resolved,Labels,Labels,Description,Comment"
      })
  void localisedHeadersNameTheSameColumns(String header) {
    String csv =
        header
            + "\nModelo de riesgo: piloto,RISK-7,10007,Epic,Hecho,RISK,Done,12/Mar/24 3:15 PM,"
            + "14/Mar/24 9:00 AM,14/Mar/24 9:00 AM,ml,initiative:AI-7,Texto,"
            + "13/Mar/24 10:00 AM;557058:abc;Sin acceso a los datos.\n";
    List<Rec> recs = parse("l.csv", "jira", csv);
    assertEquals(
        List.of(),
        ofKind(recs, Kinds.QUARANTINE).stream()
            .map(q -> q.getReason() + " " + q.getDetail())
            .toList(),
        "nothing quarantined");
    Rec issue = ofKind(recs, Kinds.ISSUE).get(0);
    assertEquals("RISK-7", issue.getIssueKey());
    assertEquals("Modelo de riesgo: piloto", issue.getSummary());
    assertEquals("Epic", issue.getIssueType());
    assertEquals("Hecho", issue.getStatus());
    assertEquals("RISK", issue.getProjectKey());
    assertEquals(utc("2024-03-12T15:15:00Z"), issue.getCreated());
    assertEquals(utc("2024-03-14T09:00:00Z"), issue.getResolved());
    assertEquals(List.of("ml", "initiative:AI-7"), issue.getLabels());
    List<Rec> c = comments(recs);
    assertEquals(List.of("Sin acceso a los datos."), c.stream().map(Rec::getText).toList());
    assertEquals(utc("2024-03-13T10:00:00Z"), c.get(0).getTextAt());
  }

  @Test
  void windows1252FileIsDecoded() {
    byte[] bytes =
        (HEADER
                + "R\u00e9sum\u00e9 \u2013 caf\u00e9,K-1,1,T\u00e2che,Bloqu\u00e9,"
                + "12/Mar/24 3:15 PM,12/Mar/24 3:15 PM,,\n")
            .getBytes(Charset.forName("windows-1252"));
    List<Rec> recs = parseBytes("cp.csv", "jira", bytes);
    Rec issue = ofKind(recs, Kinds.ISSUE).get(0);
    assertEquals("R\u00e9sum\u00e9 \u2013 caf\u00e9", issue.getSummary());
    assertEquals("Bloqu\u00e9", issue.getStatus());
    assertEquals("windows-1252", file(recs).getEncoding());
  }

  @Test
  void commentSplitOverThreeCellsIsReassembled() {
    // The French server export sometimes holds date, author and body in consecutive cells.
    String csv =
        "Issue key,Etat,Commentaire,Commentaire,Commentaire,Commentaire\n"
            + "CNED-1,Bloqué,10/oct./16 11:54 AM,guillaume.ogier,Validée par mail; à livrer,"
            + "\"12/oct./16 2:24 PM;admin;Relancé\"\n";
    List<Rec> recs = parse("fr.csv", "jira", csv);
    assertEquals("Bloqué", ofKind(recs, Kinds.ISSUE).get(0).getStatus());
    List<Rec> c = comments(recs);
    assertEquals(2, c.size());
    assertEquals(utc("2016-10-10T11:54:00Z"), c.get(0).getTextAt());
    assertEquals("guillaume.ogier", c.get(0).getAuthor());
    assertEquals("Validée par mail; à livrer", c.get(0).getText());
    assertEquals(utc("2016-10-12T14:24:00Z"), c.get(1).getTextAt());
    assertEquals("admin", c.get(1).getAuthor());
    assertEquals("Relancé", c.get(1).getText());
  }

  /**
   * Resolved written as the same text as Updated takes Updated's parsed time; when that text is out
   * of range the issue is quarantined once, for Updated (the column read first), as before.
   */
  @Test
  void resolvedAsUpdatedIsParsedOnceWithTheSameQuarantine() {
    String csv =
        "Issue key,Issue id,Status,Created,Updated,Resolved,Comment\n"
            + "K-1,1,Done,12/Mar/24 3:15 PM,14/Mar/24 9:00 AM,14/Mar/24 9:00 AM,"
            + "\"13/Mar/24 10:00 AM;u;x\"\n"
            + "K-2,2,Done,12/Mar/24 3:15 PM,14/Mar/24 9:00 AM,15/Mar/24 9:00 AM,\n"
            + "K-3,3,Done,12/Mar/24 3:15 PM,30/Feb/24 9:00 AM,30/Feb/24 9:00 AM,\n"
            + "K-4,4,Done,12/Mar/24 3:15 PM,,,\n";
    List<Rec> recs = parse("r.csv", "jira", csv);
    List<Rec> issues = ofKind(recs, Kinds.ISSUE);
    assertEquals(List.of("K-1", "K-2", "K-4"), issues.stream().map(Rec::getIssueKey).toList());
    assertEquals(utc("2024-03-14T09:00:00Z"), issues.get(0).getUpdated());
    assertEquals(utc("2024-03-14T09:00:00Z"), issues.get(0).getResolved());
    assertEquals(utc("2024-03-15T09:00:00Z"), issues.get(1).getResolved());
    assertNull(issues.get(2).getUpdated());
    assertNull(issues.get(2).getResolved());
    assertEquals(utc("2024-03-13T10:00:00Z"), comments(recs).get(0).getTextAt());
    List<Rec> q = ofKind(recs, Kinds.QUARANTINE);
    assertEquals(
        List.of("4 BAD_DATE K-3: Cannot parse Updated '30/Feb/24 9:00 AM' as d/MMM/uu h:mm a"),
        q.stream()
            .map(r -> r.getRecordNumber() + " " + r.getReason() + " " + r.getDetail())
            .toList());
  }

  @Test
  void commentNotInDateFormIsKeptWithoutDate() {
    String csv =
        HEADER
            + "a,K-1,1,Task,To Do,12/Mar/24 3:15 PM,12/Mar/24 3:15 PM,"
            + "Just a note; no date here,\n";
    Rec c = comments(parse("c.csv", "jira", csv)).get(0);
    assertEquals("Just a note; no date here", c.getText());
    assertNull(c.getTextAt());
    assertNull(c.getAuthor());
  }

  @Test
  void impossibleOrPre2000CommentDateQuarantinesTheIssue() {
    String csv =
        HEADER
            + "a,K-1,1,Task,To Do,2024-03-12 15:15,,\"2024-02-30 10:00;u;x\",\n"
            + "b,K-2,2,Task,To Do,2024-03-12 15:15,,\"1999-12-31 10:00;u;x\",\n"
            + "c,K-3,3,Task,To Do,2024-03-12 15:15,,\"2024-02-29 10:00;u;x\",\n";
    List<Rec> recs = parse("c.csv", "jira", csv);
    List<Rec> q = ofKind(recs, Kinds.QUARANTINE);
    assertEquals(List.of("BAD_DATE", "DATE_OUT_OF_RANGE"), q.stream().map(Rec::getReason).toList());
    assertEquals(List.of(2L, 3L), q.stream().map(Rec::getRecordNumber).toList());
    assertEquals("K-1: Comment date '2024-02-30 10:00' does not exist", q.get(0).getDetail());
    assertTrue(q.get(1).getDetail().contains("1999-12-31"), q.get(1).getDetail());
    assertEquals(List.of("K-3"), ofKind(recs, Kinds.ISSUE).stream().map(Rec::getIssueKey).toList());
    assertEquals(
        utc("2024-02-29T10:00:00Z"), comments(recs).get(0).getTextAt(), "2024-02-29 exists");
    for (Rec r : recs) {
      for (Timestamp t : new Timestamp[] {r.getCreated(), r.getUpdated(), r.getTextAt()}) {
        assertTrue(t == null || !t.before(utc("2000-01-01T00:00:00Z")), "pre-2000 date " + t);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-02-30 10:00|BAD_DATE",
        "45123|BAD_DATE",
        "TBD|BAD_DATE",
        "#VALUE!|BAD_DATE",
        "1999-12-31 23:59|DATE_OUT_OF_RANGE"
      })
  void badCreatedDateIsQuarantinedNeverRolled(String value, String reason) {
    String csv =
        HEADER
            + "a,K-1,1,Task,To Do,2024-02-28 10:00,2024-02-28 10:00,,\n"
            + "b,K-2,2,Task,To Do,"
            + value
            + ",2024-02-28 10:00,,\n"
            + "c,K-3,3,Task,To Do,2024-02-29 10:00,2024-02-29 10:00,,\n";
    List<Rec> recs = parse("d.csv", "jira", csv);
    assertEquals(
        List.of("K-1", "K-3"), ofKind(recs, Kinds.ISSUE).stream().map(Rec::getIssueKey).toList());
    Rec q = ofKind(recs, Kinds.QUARANTINE).get(0);
    assertEquals(reason, q.getReason());
    assertEquals(3, q.getRecordNumber());
    assertEquals("b,K-2,2,Task,To Do," + value + ",2024-02-28 10:00,,", q.getRaw());
    assertEquals(utc("2024-02-29T10:00:00Z"), ofKind(recs, Kinds.ISSUE).get(1).getCreated());
    assertEquals(3, file(recs).getRecordsRead());
  }

  @Test
  void unclosedQuoteLosesOnlyItsLineAndTooManyOrFewFieldsAreQuarantined() {
    String csv =
        HEADER
            + "\"a\",K-1,1,Task,To Do,2024-02-28 10:00,2024-02-28 10:00,,\n"
            + "\"broken,K-2,2,Task,To Do,2024-02-28 10:00,2024-02-28 10:00,,\n"
            + "\"c\",K-3,3,Task,To Do,2024-02-28 10:00,2024-02-28 10:00,,\n"
            + "d,K-4,4,Task,To Do,2024-02-28 10:00\n"
            + "e,K-5,5,Task,To Do,2024-02-28 10:00,2024-02-28 10:00,,,extra\n"
            + "\"f\",K-6,6,Task,To Do,2024-02-28 10:00,2024-02-28 10:00,\"multi\nline\",\n";
    List<Rec> recs = parse("q.csv", "jira", csv);
    assertEquals(
        List.of("K-1", "K-3", "K-6"),
        ofKind(recs, Kinds.ISSUE).stream().map(Rec::getIssueKey).toList());
    assertEquals(
        List.of(2L, 4L, 7L), ofKind(recs, Kinds.ISSUE).stream().map(Rec::getRecordNumber).toList());
    List<Rec> q = ofKind(recs, Kinds.QUARANTINE);
    assertEquals(
        List.of("MALFORMED_CSV", "FIELD_COUNT_MISMATCH", "FIELD_COUNT_MISMATCH"),
        q.stream().map(Rec::getReason).toList());
    assertEquals(List.of(3L, 5L, 6L), q.stream().map(Rec::getRecordNumber).toList());
    assertEquals(
        "\"broken,K-2,2,Task,To Do,2024-02-28 10:00,2024-02-28 10:00,,", q.get(0).getRaw());
    assertEquals("Row has 6 fields, the header has 9", q.get(1).getDetail());
    assertEquals("Row has 10 fields, the header has 9", q.get(2).getDetail());
    assertEquals(6, file(recs).getRecordsRead());
  }

  @Test
  void valueUnderAnUnnamedColumnMarksAMisalignedRow() {
    String csv = "Issue key,Status,,\nK-1,Done,,\nK-2,Done,,Not started\n";
    List<Rec> recs = parse("m.csv", "jira", csv);
    assertEquals(List.of("K-1"), ofKind(recs, Kinds.ISSUE).stream().map(Rec::getIssueKey).toList());
    Rec q = ofKind(recs, Kinds.QUARANTINE).get(0);
    assertEquals("FIELD_COUNT_MISMATCH", q.getReason());
    assertEquals(3, q.getRecordNumber());
    assertEquals(
        "Row has a value in column 4, which has no header name: the row is misaligned",
        q.getDetail());
  }

  @Test
  void invalidUtf8IsQuarantinedButALiteralReplacementCharacterIsText() throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(
        (HEADER + "Caf\u00e9 \uFFFD,K-1,1,Task,To Do,12/Mar/24 3:15 PM,,,\n")
            .getBytes(StandardCharsets.UTF_8));
    b.write("Bad ".getBytes(StandardCharsets.UTF_8));
    b.write(new byte[] {(byte) 0xC3, 0x28});
    b.write(
        ",K-2,2,Task,To Do,12/Mar/24 3:15 PM,,,\nok,K-3,3,Task,To Do,12/Mar/24 3:15 PM,,,\n"
            .getBytes(StandardCharsets.UTF_8));
    List<Rec> recs = parseBytes("u.csv", "jira", b.toByteArray());
    assertEquals(
        List.of("K-1", "K-3"), ofKind(recs, Kinds.ISSUE).stream().map(Rec::getIssueKey).toList());
    assertEquals("Caf\u00e9 \uFFFD", ofKind(recs, Kinds.ISSUE).get(0).getSummary());
    Rec q = ofKind(recs, Kinds.QUARANTINE).get(0);
    assertEquals("INVALID_ENCODING", q.getReason());
    assertEquals(3, q.getRecordNumber());
    assertTrue(q.getRaw().startsWith("Bad \uFFFD(,K-2"), q.getRaw());
  }

  @Test
  void twoMebibyteMultiLineCellIsAccepted() {
    String big = "a line of the description, with commas; and semicolons\n".repeat(40_000);
    assertTrue(big.length() > 2 * 1024 * 1024);
    String csv =
        HEADER
            + "a,K-1,1,Task,To Do,12/Mar/24 3:15 PM,,\""
            + big
            + "\",\n"
            + "b,K-2,2,Task,To Do,12/Mar/24 3:15 PM,,,\n";
    List<Rec> recs = parse("big.csv", "jira", csv);
    assertEquals(List.of(), ofKind(recs, Kinds.QUARANTINE));
    assertEquals(
        List.of(2L, 40_003L),
        ofKind(recs, Kinds.ISSUE).stream().map(Rec::getRecordNumber).toList());
    assertEquals(big.strip(), comments(recs).get(0).getText(), "cells are trimmed");
  }
}
