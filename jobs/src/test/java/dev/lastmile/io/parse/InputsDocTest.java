package dev.lastmile.io.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.model.QuarantineReason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/inputs.md lists exactly the quarantine reasons of the taxonomy file and the enum. */
class InputsDocTest {
  @Test
  void quarantineReasonTableMatchesTaxonomyAndEnum() throws Exception {
    Path root = Path.of(System.getProperty("lastmile.repoRoot", ".."));
    String doc = Files.readString(root.resolve("docs/inputs.md"));
    JsonNode tax =
        new ObjectMapper()
            .readTree(root.resolve("schemas/taxonomy/quarantine_reasons.json").toFile());
    List<String> taxonomy = new ArrayList<>();
    tax.path("codes").forEach(c -> taxonomy.add(c.path("code").asText()));
    List<String> documented = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^\\| `([A-Z_]+)` \\|").matcher(doc);
    while (m.find()) {
      documented.add(m.group(1));
    }
    List<String> enumCodes =
        java.util.Arrays.stream(QuarantineReason.values()).map(QuarantineReason::code).toList();
    assertEquals(taxonomy, documented, "docs/inputs.md reason table, in taxonomy order");
    assertEquals(taxonomy, enumCodes, "QuarantineReason enum");
    assertTrue(doc.contains("config/us-federal-ai-inventory.json"));
  }
}
