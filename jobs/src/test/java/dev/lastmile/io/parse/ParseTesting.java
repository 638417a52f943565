package dev.lastmile.io.parse;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.rules.LifecycleRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Runs the file parser without Spark, for parser unit tests. */
public final class ParseTesting {
  private ParseTesting() {}

  public static final ParseConfig CONFIG = LifecycleRules.loadDefault().parseConfig();

  public static List<Rec> parse(String name, String role, String text) {
    return drain(FileParser.parseString(name, role, text, CONFIG));
  }

  public static List<Rec> parseBytes(String name, String role, byte[] bytes) {
    return drain(
        FileParser.parse(
            name, role, bytes.length, () -> new java.io.ByteArrayInputStream(bytes), CONFIG));
  }

  public static List<Rec> parseFile(Path p, String role) throws IOException {
    long size = Files.size(p);
    return drain(FileParser.parse(p.toString(), role, size, () -> Files.newInputStream(p), CONFIG));
  }

  /** The parse settings of a --config JSON text merged over the defaults. */
  public static ParseConfig config(String json) throws java.io.IOException {
    return LifecycleRules.withOverrides(new ObjectMapper().readTree(json), "test.json")
        .parseConfig();
  }

  public static List<Rec> parse(String name, String role, String text, ParseConfig cfg) {
    return drain(FileParser.parseString(name, role, text, cfg));
  }

  static List<Rec> drain(Iterator<Rec> it) {
    List<Rec> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  public static List<Rec> ofKind(List<Rec> recs, String kind) {
    return recs.stream().filter(r -> kind.equals(r.getKind())).toList();
  }

  public static Rec file(List<Rec> recs) {
    return ofKind(recs, Kinds.FILE).get(0);
  }
}
