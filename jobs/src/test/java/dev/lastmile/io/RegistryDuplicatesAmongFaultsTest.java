package dev.lastmile.io;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lastmile.io.parse.Kinds;
import dev.lastmile.io.parse.Rec;
import dev.lastmile.model.Cols;
import dev.lastmile.rules.LifecycleRules;
import dev.lastmile.testing.SharedSpark;
import dev.lastmile.transform.Canonical;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 2: a registry that holds a 2 MiB multi-line cell, an unterminated quote, a row with
 * too many fields and invalid UTF-8 still quarantines the later copy of a duplicated initiative_id
 * as DUPLICATE_ID, wherever the copy sits among the faults (right after each of them), and a copy
 * of a record that was itself quarantined is the first good copy and kept. Read through the real
 * Spark path (InputReader.parse, Canonical.registry).
 */
class RegistryDuplicatesAmongFaultsTest {
  private static final LifecycleRules RULES = LifecycleRules.loadDefault();

  /** Writes the file; returns the expected reason per physical line. */
  private static Map<Long, String> write(Path file) throws IOException {
    Map<Long, String> expected = new TreeMap<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<byte[]> rows = new ArrayList<>();
    StringBuilder big = new StringBuilder();
    while (big.length() < 2 * 1024 * 1024) {
      big.append("A long, \"quoted\" note about the data pipeline.\n");
    }
    rows.add(utf8("initiative_id,name,business_unit,status,start_date,notes\n"));
    rows.add(utf8("AI-1,Churn model,Retail,active,2024-01-10,first copy\n")); // line 2
    rows.add(
        utf8(
            "AI-2,Big notes,Retail,active,2024-01-11,\""
                + big.toString().replace("\"", "\"\"")
                + "\"\n")); // lines 3.. (2 MiB cell)
    long line = 3 + big.chars().filter(c -> c == '\n').count() + 1;
    rows.add(utf8("AI-1,Copy after the big cell,Retail,active,2024-01-10,dup\n"));
    expected.put(line++, "DUPLICATE_ID");
    rows.add(utf8("AI-3,\"Unterminated name,Ops,active,2024-02-01,never closed\n"));
    expected.put(line++, "MALFORMED_CSV");
    rows.add(utf8("AI-2,Copy after the open quote,Retail,active,2024-01-11,dup\n"));
    expected.put(line++, "DUPLICATE_ID");
    rows.add(utf8("AI-4,Too many,Ops,active,2024-02-02,notes,extra,more\n"));
    expected.put(line++, "FIELD_COUNT_MISMATCH");
    rows.add(utf8("AI-1,Copy after too many fields,Retail,active,2024-01-10,dup\n"));
    expected.put(line++, "DUPLICATE_ID");
    ByteArrayOutputStream bad = new ByteArrayOutputStream();
    bad.writeBytes(utf8("AI-5,Bad bytes,Ops,active,2024-02-03,caf"));
    bad.writeBytes(new byte[] {(byte) 0xC3, 0x28});
    bad.writeBytes(utf8("\n"));
    rows.add(bad.toByteArray());
    expected.put(line++, "INVALID_ENCODING");
    rows.add(utf8("AI-2,Copy after invalid UTF-8,Retail,active,2024-01-11,dup\n"));
    expected.put(line++, "DUPLICATE_ID");
    rows.add(utf8("AI-5,Good copy of a quarantined record,Ops,active,2024-02-03,kept\n"));
    line++;
    rows.add(utf8("AI-6,\"Multi-line\nname\",Ops,active,2024-02-04,\"x, y\"\n"));
    line += 2;
    rows.add(utf8("AI-6,Copy after a multi-line name,Ops,active,2024-02-04,dup\n"));
    expected.put(line++, "DUPLICATE_ID");
    rows.forEach(out::writeBytes);
    Files.write(file, out.toByteArray());
    return expected;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void laterCopyOfADuplicatedIdIsQuarantinedAmongOtherFaults(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("registry.csv");
    Map<Long, String> expected = write(file);
    Dataset<Rec> recs =
        InputReader.parse(
                SharedSpark.spark(),
                List.of(new InputFile(file.toString(), "registry", Files.size(file))),
                RULES.parseConfig())
            .cache();
    Canonical.Registry reg = Canonical.registry(recs, RULES);

    Map<Long, String> got = new TreeMap<>();
    for (Rec q : recs.filter(col("kind").equalTo(Kinds.QUARANTINE)).collectAsList()) {
      got.put(q.getRecordNumber(), q.getReason());
    }
    for (Row r :
        reg.duplicates().select(Cols.RECORD_NUMBER, Cols.REASON, Cols.DETAIL).collectAsList()) {
      got.put(r.getLong(0), r.getString(1));
    }
    assertEquals(expected, got);
    Map<String, String> kept = new TreeMap<>();
    for (Row r : reg.registry().select(Cols.INITIATIVE_ID, Cols.NAME).collectAsList()) {
      kept.put(r.getString(0), r.getString(1));
    }
    assertEquals(
        Map.of(
            "AI-1",
            "Churn model",
            "AI-2",
            "Big notes",
            "AI-5",
            "Good copy of a quarantined record",
            "AI-6",
            "Multi-line\nname"),
        kept);
    long firstDup = expected.keySet().iterator().next();
    String detail =
        reg.duplicates()
            .filter(col(Cols.RECORD_NUMBER).equalTo(firstDup))
            .select(Cols.DETAIL)
            .first()
            .getString(0);
    org.junit.jupiter.api.Assertions.assertTrue(
        detail.startsWith("initiative_id AI-1 already read at ")
            && detail.endsWith("registry.csv record 2; the first copy is kept"),
        detail);
    long read = recs.filter(col("kind").equalTo(Kinds.FILE)).first().getRecordsRead();
    assertEquals(read, kept.size() + got.size(), "read = accepted + quarantined");
    assertEquals(12, read);
  }
}
