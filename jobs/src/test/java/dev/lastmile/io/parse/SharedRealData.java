package dev.lastmile.io.parse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the real public exports beside the repository ({@code <lastmile.shared>/real-data}, by
 * default {@code ../shared/real-data}, set by surefire and failsafe). They never enter the
 * repository (see their PROVENANCE.md there): tests over them run whenever the folder exists and
 * are skipped, with a one-line message naming the folder, when it does not, also under {@code
 * CI=true}, so a clone with nothing beside it still passes {@code .ci/run}.
 */
public final class SharedRealData {
  private SharedRealData() {}

  /** The folder holding real-data/ (and real-data-2/), or a skip naming it. */
  public static Path root() {
    return dir().getParent();
  }

  /** The real-data folder, or a skip naming it. */
  public static Path dir() {
    return dir("real-data");
  }

  /** {@code <lastmile.shared>/name}, or a skip naming the folder when it does not exist. */
  public static Path dir(String name) {
    Path dir =
        Path.of(System.getProperty("lastmile.shared", "../../shared"), name)
            .toAbsolutePath()
            .normalize();
    Assumptions.assumeTrue(
        Files.isDirectory(dir),
        () -> "skipped: " + dir + " does not exist (the real exports stay outside the repository)");
    return dir;
  }
}
