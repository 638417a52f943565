package dev.lastmile.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The contract lives in the repository as docs/contract.md; while the team's spec folder
 * (../shared/spec/CONTRACT.md) exists beside the repository, the two must not drift apart.
 */
class ContractDocTest {
  static final Path REPO =
      Path.of(System.getProperty("lastmile.repoRoot", "..")).toAbsolutePath().normalize();

  @Test
  void contractIsInTheRepository() throws Exception {
    Path doc = REPO.resolve("docs/contract.md");
    assertTrue(Files.isRegularFile(doc), doc.toString());
    assertTrue(
        Files.readString(doc).contains("Exit codes: 0 success; 2 usage or config error; 3"),
        "the contract names the exit codes the CLI uses (cli.ExitCodes)");
  }

  @Test
  void contractEqualsTheSpecWhenTheSpecIsThere() throws Exception {
    Path spec =
        Path.of(System.getProperty("lastmile.shared", "../../shared"), "spec", "CONTRACT.md")
            .toAbsolutePath()
            .normalize();
    Assumptions.assumeTrue(Files.isRegularFile(spec), () -> "skipped: " + spec + " does not exist");
    assertEquals(
        Files.readString(spec),
        Files.readString(REPO.resolve("docs/contract.md")),
        "docs/contract.md differs from " + spec);
  }
}
