package dev.lastmile.io.parse;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the shared real export files ({@code <lastmile.shared>/real-data}, set by surefire and
 * failsafe). When they are missing the calling test fails under CI ({@code CI=true}) and is
 * skipped otherwise, so a developer without the share still gets a green build but CI cannot
 * silently lose the real-data coverage.
 */
public final class SharedRealData {
  private SharedRealData() {}

  public static Path dir() {
    String prop = System.getProperty("lastmile.shared");
    Path dir = prop == null ? null : Path.of(prop, "real-data");
    if (dir == null || !Files.isDirectory(dir)) {
      String msg = "Cannot read the real export files: " + (dir == null
          ? "system property lastmile.shared is not set" : dir + " does not exist");
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(msg + " (CI=true, so this is a failure, not a skip)");
      }
      Assumptions.abort(msg);
    }
    return dir;
  }
}
