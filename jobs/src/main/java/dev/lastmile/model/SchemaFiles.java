package dev.lastmile.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Loads output schemas from {@code schemas/outputs/<table>.ddl} on the classpath. The DDL files are
 * the contract; writers select and cast to exactly this schema before writing.
 */
public final class SchemaFiles {
  private SchemaFiles() {}

  /** The schema of an output table, including the snapshot_date partition column. */
  public static StructType output(String table) {
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
