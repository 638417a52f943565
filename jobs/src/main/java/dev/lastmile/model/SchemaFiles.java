package dev.lastmile.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Loads output schemas from {@code schemas/outputs/<table>.ddl} on the classpath. The DDL files are
 * the contract; writers select and cast to exactly this schema before writing.
 */
public final class SchemaFiles {
  private SchemaFiles() {}

  /** The parsed output schemas by table: each DDL file is parsed once per JVM. */
  private static final Map<String, StructType> OUTPUTS = new ConcurrentHashMap<>();

  /**
   * The schema of an output table, including the snapshot_date partition column. Parsed once per
   * JVM and table ({@link StructType} is immutable): a run asks for each table's schema three or
   * four times (conform before the write, the statistics' own conform, the read-back), and every
   * parse ran Spark's SQL parser on the DDL (~2 % of the demo driver's CPU samples).
   */
  public static StructType output(String table) {
    return OUTPUTS.computeIfAbsent(table, SchemaFiles::parseOutput);
  }

  /** {@link #output}, parsed from the DDL file anew. */
  static StructType parseOutput(String table) {
    String text = read("schemas/outputs/" + table + ".ddl");
    StringBuilder ddl = new StringBuilder();
    for (String line : text.split("\n")) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("--")) {
        continue;
      }
      if (ddl.length() > 0) {
        ddl.append(", ");
      }
      ddl.append(t);
    }
    return StructType.fromDDL(ddl.toString());
  }

  /** Raw text of a classpath resource under the repository's schemas folder. */
  public static String read(String resource) {
    try (InputStream in = SchemaFiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "Cannot load schema: " + resource + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same schema without column comments (for comparing read-back data types). */
  public static StructType withoutMetadata(StructType schema) {
    StructField[] fields = schema.fields();
    StructType out = new StructType();
    for (StructField f : fields) {
      DataType t = f.dataType();
      out = out.add(f.name(), t, true);
    }
    return out;
  }
}
