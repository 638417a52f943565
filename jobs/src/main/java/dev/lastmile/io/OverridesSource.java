package dev.lastmile.io;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.lastmile.model.Cols;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Reads a reviewer decisions file (--overrides): a small CSV with a header naming {@code
 * initiative_id} and any of {@code outcome, stall_stage, primary_cause, reviewer, decided_on,
 * note}. Read on the driver (a review decides tens of initiatives, not millions) with Jackson's CSV
 * parser, through Hadoop's file system so that s3a:// and abfss:// paths work like the other
 * inputs. Every record becomes one row, valid or not: checking the codes is {@code
 * transform.ReviewDecisions}'s job, so that a bad decision is a quarantine row, never a crash. A
 * missing file or a header without initiative_id or with an unknown column is fatal (one line).
 */
public final class OverridesSource {
  private OverridesSource() {}

  /** The columns a decisions file may have, in this order in {@link #SCHEMA}. */
  public static final List<String> COLUMNS =
      List.of(
          Cols.INITIATIVE_ID,
          Cols.OUTCOME,
          Cols.STALL_STAGE,
          Cols.PRIMARY_CAUSE,
          Cols.REVIEWER,
          Cols.DECIDED_ON,
          Cols.NOTE);

  /**
   * One row per record: source_file, record_number (1-based physical line where it starts), the
   * seven columns as strings (null when absent or blank), field_count_ok, raw.
   */
  public static final StructType SCHEMA =
      new StructType()
          .add(Cols.SOURCE_FILE, "string")
          .add(Cols.RECORD_NUMBER, "long")
          .add(Cols.INITIATIVE_ID, "string")
          .add(Cols.OUTCOME, "string")
          .add(Cols.STALL_STAGE, "string")
          .add(Cols.PRIMARY_CAUSE, "string")
          .add(Cols.REVIEWER, "string")
          .add(Cols.DECIDED_ON, "string")
          .add(Cols.NOTE, "string")
          .add("field_count_ok", "boolean")
          .add(Cols.RAW, "string");

  /** Parses the file; see the class comment. */
  public static Dataset<Row> read(SparkSession spark, String file) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<Row> rows = new ArrayList<>();
    try {
      Path p = new Path(file);
      FileSystem fs = p.getFileSystem(conf);
      if (!fs.exists(p) || fs.getFileStatus(p).isDirectory()) {
        throw new InputException("Cannot read --overrides " + file + ": no such file");
      }
      String name = fs.makeQualified(p).toString();
      try (InputStream in = fs.open(p);
          Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        rows = parse(name, file, r);
      }
    } catch (IOException e) {
      throw new InputException("Cannot read --overrides " + file + ": " + e.getMessage());
    }
    return spark.createDataFrame(rows, SCHEMA);
  }

  static List<Row> parse(String sourceFile, String shownName, Reader reader) throws IOException {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<Row> out = new ArrayList<>();
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(reader)) {
      if (!it.hasNextValue()) {
        return out;
      }
      String[] header = it.nextValue();
      if (header.length > 0 && header[0].startsWith("\uFEFF")) {
        header[0] = header[0].substring(1);
      }
      Map<String, Integer> at = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        String h = header[i].strip().toLowerCase(Locale.ROOT);
        if (!COLUMNS.contains(h)) {
          throw new InputException(
              "Cannot read --overrides "
                  + shownName
                  + ": unknown column '"
                  + header[i]
                  + "' (expected "
                  + String.join(", ", COLUMNS)
                  + ")");
        }
        at.put(h, i);
      }
      if (!at.containsKey(Cols.INITIATIVE_ID)) {
        throw new InputException(
            "Cannot read --overrides " + shownName + ": the header has no initiative_id column");
      }
      while (true) {
        long line = it.getCurrentLocation().getLineNr();
        if (!it.hasNextValue()) {
          break;
        }
        String[] f = it.nextValue();
        if (f.length == 1 && f[0].isBlank()) {
          continue; // a blank line is no record
        }
        Object[] v = new Object[SCHEMA.size()];
        v[0] = sourceFile;
        v[1] = line;
        for (int c = 0; c < COLUMNS.size(); c++) {
          Integer i = at.get(COLUMNS.get(c));
          String s = i == null || i >= f.length ? null : f[i].strip();
          v[2 + c] = s == null || s.isEmpty() ? null : s;
        }
        v[9] = f.length == header.length;
        String raw = String.join(",", f);
        v[10] = raw.length() > 4000 ? raw.substring(0, 4000) : raw;
        out.add(RowFactory.create(v));
      }
    } catch (RuntimeException e) {
      if (e instanceof InputException) {
        throw e;
      }
      throw new InputException(
          "Cannot read --overrides "
              + shownName
              + ": not a CSV file ("
              + e.getMessage().lines().findFirst().orElse("")
              + ")");
    }
    return out;
  }
}
