package dev.lastmile.io;

import dev.lastmile.io.parse.FileParser;
import dev.lastmile.io.parse.ParseConfig;
import dev.lastmile.io.parse.Rec;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;

/**
 * Lists the input files (a PATH may be a file or a folder, read recursively, hidden files skipped)
 * on the driver and parses them in Spark tasks, one file per task at a time. Only file names and
 * sizes are on the driver; records stay distributed.
 */
public final class InputReader {
  private InputReader() {}

  /** A command-line input: role (jira, registry, models) and the path as given. */
  public record Input(String role, String path) {}

  /** Expands every input path to its files; fails with exit code 3 for a missing path. */
  public static List<InputFile> list(SparkSession spark, List<Input> inputs) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<InputFile> files = new ArrayList<>();
    for (Input in : inputs) {
      Path p = new Path(in.path());
      try {
        FileSystem fs = p.getFileSystem(conf);
        FileStatus st;
        try {
          st = fs.getFileStatus(p);
        } catch (FileNotFoundException e) {
          throw new InputException(
              "Cannot read --" + in.role() + " " + in.path() + ": no such file or directory");
        }
        if (st.isFile()) {
          files.add(new InputFile(st.getPath().toString(), in.role(), st.getLen()));
          continue;
        }
        walk(fs, st, p, in.role(), files);
      } catch (IOException e) {
        throw new InputException(
            "Cannot read --" + in.role() + " " + in.path() + ": " + e.getMessage());
      }
    }
    files.sort(Comparator.comparing(InputFile::getPath));
    return files;
  }

  /**
   * Adds every visible file below {@code dir}. Uses {@code listStatus}, not {@code listFiles}: the
   * located statuses of {@code listFiles} read each file's permissions, which on the local file
   * system without Hadoop's native library forks one {@code ls -ld} per file (1,901 forks for the
   * 1M-issue benchmark's inputs).
   */
  private static void walk(
      FileSystem fs, FileStatus dir, Path root, String role, List<InputFile> files)
      throws IOException {
    for (FileStatus f : fs.listStatus(dir.getPath())) {
      if (hidden(root, f.getPath())) {
        continue;
      }
      if (f.isDirectory()) {
        walk(fs, f, root, role, files);
      } else {
        files.add(new InputFile(f.getPath().toString(), role, f.getLen()));
      }
    }
  }

  /** True when any path element below the given root starts with '.' or '_'. */
  static boolean hidden(Path root, Path file) {
    Path cur = file;
    String rootStr = root.toUri().getPath();
    while (cur != null && !cur.toUri().getPath().equals(rootStr)) {
      String n = cur.getName();
      if (n.startsWith(".") || n.startsWith("_")) {
        return true;
      }
      cur = cur.getParent();
    }
    return false;
  }

  /** Parses all files in Spark tasks into one stream of records. */
  public static Dataset<Rec> parse(SparkSession spark, List<InputFile> files, ParseConfig cfg) {
    Map<String, String> hadoop = new HashMap<>();
    for (Map.Entry<String, String> e : spark.sparkContext().hadoopConfiguration()) {
      hadoop.put(e.getKey(), e.getValue());
    }
    int slots = Math.max(1, spark.sparkContext().defaultParallelism());
    int partitions = Math.max(1, Math.min(files.size(), slots * 4));
    return spark
        .createDataset(files, InputFile.ENCODER)
        .repartition(partitions)
        .flatMap(new ParseTask(hadoop, cfg), Rec.ENCODER);
  }

  /** The per-task parse function: opens each file through Hadoop's FileSystem. */
  static final class ParseTask implements FlatMapFunction<InputFile, Rec> {
    private static final long serialVersionUID = 1L;
    private final Map<String, String> hadoop;
    private final ParseConfig cfg;
    private transient Configuration conf;

    ParseTask(Map<String, String> hadoop, ParseConfig cfg) {
      this.hadoop = hadoop;
      this.cfg = cfg;
    }

    @Override
    public java.util.Iterator<Rec> call(InputFile f) {
      if (conf == null) {
        conf = new Configuration(false);
        hadoop.forEach(conf::set);
      }
      Path p = new Path(f.getPath());
      return FileParser.parse(
          f.getPath(), f.getRole(), f.getSize(), () -> p.getFileSystem(conf).open(p), cfg);
    }
  }
}
