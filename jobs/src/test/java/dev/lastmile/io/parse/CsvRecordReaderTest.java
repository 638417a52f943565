package dev.lastmile.io.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

  private static CsvRecordReader reader(String text, int fields) {
    CsvRecordReader r = new CsvRecordReader(new StringReader(text), ',');
    r.expectFields(fields);
    return r;
  }

  @Test
  void quotedMultiLineCellWithCrlfIsOneRecordStartingOnItsLine() throws IOException {
    CsvRecordReader r = reader("a,\"x\r\ny\"\r\nb,\"he said \"\"hi\"\"\"\r\n", 2);
    CsvRecordReader.Result first = r.next();
    assertEquals(List.of("a", "x\r\ny"), first.fields);
    assertEquals(1, first.line);
    CsvRecordReader.Result second = r.next();
    assertEquals(List.of("b", "he said \"hi\""), second.fields);
    assertEquals(3, second.line, "the second record starts on physical line 3");
    assertNull(r.next());
  }

  @Test
  void quoteThatNeverClosesLosesOnlyItsOwnLine() throws IOException {
    String text = "k1,ok\nk2,\"broken\nk3,fine\nk4,\"quoted, with comma\"\n";
    CsvRecordReader r = reader(text, 2);
    assertEquals(List.of("k1", "ok"), r.next().fields);
    CsvRecordReader.Result broken = r.next();
    assertEquals(CsvRecordReader.Kind.BROKEN_QUOTE, broken.kind);
    assertEquals(2, broken.line);
    assertEquals("k2,\"broken", broken.raw);
    CsvRecordReader.Result k3 = r.next();
    assertEquals(List.of("k3", "fine"), k3.fields);
    assertEquals(3, k3.line);
    CsvRecordReader.Result k4 = r.next();
    assertEquals(List.of("k4", "quoted, with comma"), k4.fields);
    assertEquals(4, k4.line);
    assertNull(r.next());
  }

  @Test
  void unclosedQuoteOnTheLastLineIsReported() throws IOException {
    CsvRecordReader r = reader("k1,ok\nk2,\"never", 2);
    r.next();
    CsvRecordReader.Result broken = r.next();
    assertEquals(CsvRecordReader.Kind.BROKEN_QUOTE, broken.kind);
    assertEquals("k2,\"never", broken.raw);
    assertNull(r.next());
  }

  @Test
  void twoMebibyteCellIsAccepted() throws IOException {
    String big = "line of text, with commas\n".repeat(80_000); // > 2 MiB
    CsvRecordReader r = reader("id,body\n1,\"" + big + "\"\n2,after\n", 2);
    r.next();
    CsvRecordReader.Result rec = r.next();
    assertEquals(CsvRecordReader.Kind.RECORD, rec.kind);
    assertEquals(big, rec.fields.get(1));
    assertEquals(List.of("2", "after"), r.next().fields);
  }

  @Test
  void unquotedCommaNextToAMultiLineCellIsOneRecordWithTheWrongCount() throws IOException {
    String text = "k1,sum, with comma,\"d1\nd2, \"\"q\"\"\nd3\"\n" + "k2,plain,\"e1\ne2\"\n";
    CsvRecordReader r = reader(text, 3);
    CsvRecordReader.Result bad = r.next();
    assertEquals(CsvRecordReader.Kind.RECORD, bad.kind, "quotes are balanced: one record");
    assertEquals(List.of("k1", "sum", " with comma", "d1\nd2, \"q\"\nd3"), bad.fields);
    assertEquals(1, bad.line);
    assertEquals(3, bad.lastLine);
    CsvRecordReader.Result k2 = r.next();
    assertEquals(List.of("k2", "plain", "e1\ne2"), k2.fields);
    assertEquals(4, k2.line, "no phantom record is cut out of the first record's cell");
    assertNull(r.next());
  }

  @Test
  void recordCutInsideAMultiLineCellCostsOneResultAndMultiLineCellsAfterItSurvive()
      throws IOException {
    String text = "k1,\"a1\na2\",x,\"cut here\n" + "k2,\"b1\nb2\",y,z\n" + "k3,\"\",\"c1\nc2\",w\n";
    CsvRecordReader r = reader(text, 4);
    CsvRecordReader.Result broken = r.next();
    assertEquals(CsvRecordReader.Kind.BROKEN_QUOTE, broken.kind);
    assertEquals(1, broken.line);
    assertEquals(2, broken.lastLine, "the cut record's two lines are one broken record");
    assertEquals("k1,\"a1\na2\",x,\"cut here", broken.raw);
    CsvRecordReader.Result k2 = r.next();
    assertEquals(List.of("k2", "b1\nb2", "y", "z"), k2.fields);
    assertEquals(3, k2.line);
    CsvRecordReader.Result k3 = r.next();
    assertEquals(List.of("k3", "", "c1\nc2", "w"), k3.fields);
    assertEquals(5, k3.line);
    assertNull(r.next());
  }

  @Test
  void unclosedQuoteThatClosesCleanlyOnALaterEmptyCellResumesAtTheNextRecord() throws IOException {
    // The open quote of k1 pairs with the "" of k2: quotes balance, the count is wrong.
    String text = "k1,\"open,b\nk2,\"\",c\nk3,d,e\n";
    CsvRecordReader r = reader(text, 3);
    CsvRecordReader.Result broken = r.next();
    assertEquals(CsvRecordReader.Kind.BROKEN_QUOTE, broken.kind);
    assertEquals(1, broken.lastLine);
    assertEquals(List.of("k2", "", "c"), r.next().fields);
    assertEquals(List.of("k3", "d", "e"), r.next().fields);
    assertNull(r.next());
  }
}
