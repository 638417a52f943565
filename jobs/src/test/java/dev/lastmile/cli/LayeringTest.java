package dev.lastmile.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One-way flow: cli/ calls the job, the job never reaches back into cli/ (it once imported
 * cli.RunOptions, a cycle). Read from the sources, so a new import fails here at once.
 */
class LayeringTest {
  static final Path MAIN =
      Path.of(System.getProperty("lastmile.repoRoot", ".."))
          .resolve("jobs/src/main/java/dev/lastmile")
          .toAbsolutePath()
          .normalize();

  @Test
  void nothingBelowTheCommandLineImportsIt() throws IOException {
    List<String> offenders;
    try (Stream<Path> s = Files.walk(MAIN)) {
      offenders =
          s.filter(p -> p.toString().endsWith(".java"))
              .filter(
                  p ->
                      Stream.of("job", "io", "transform", "rules", "model")
                          .anyMatch(pkg -> MAIN.relativize(p).startsWith(pkg)))
              .filter(p -> read(p).contains("dev.lastmile.cli."))
              .map(p -> MAIN.relativize(p).toString())
              .sorted()
              .toList();
    }
    assertEquals(List.of(), offenders, "job/, io/, transform/, rules/, model/ must not use cli/");
    assertTrue(
        Files.isRegularFile(MAIN.resolve("job/RunOptions.java")),
        "the options the job " + "needs live in job/");
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
