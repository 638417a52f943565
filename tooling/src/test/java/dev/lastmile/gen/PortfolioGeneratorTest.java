package dev.lastmile.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioGeneratorTest {
  /** The documented command for sample-data/ (sample-data/README.md). */
  static final String[] SAMPLE_ARGS = {
    "--initiatives",
    "48",
    "--issues",
    "1500",
    "--seed",
    "42",
    "--as-of",
    "2026-10-01",
    "--json-share",
    "0.07"
  };

  static Options opts(Path out, String... extra) {
    List<String> a = new ArrayList<>(List.of("--out", out.toString()));
    a.addAll(List.of(extra));
    return Options.parse(a.toArray(String[]::new));
  }

  static Map<String, String> hashes(Path root) throws Exception {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
        if (f.getFileName().toString().equals("README.md")) continue;
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        m.put(
            root.relativize(f).toString(),
            HexFormat.of().formatHex(md.digest(Files.readAllBytes(f))));
      }
    }
    return m;
  }

  static List<List<String>> readCsv(Path f) throws IOException {
    CsvMapper m = new CsvMapper();
    m.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<List<String>> it =
        m.readerForListOf(String.class).readValues(f.toFile())) {
      while (it.hasNext()) rows.add(it.next());
    }
    return rows;
  }

  static List<Path> files(Path dir, String ext) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(ext)).sorted().toList();
    }
  }

  @Test
  void sameSeedSameBytesDifferentSeedDifferentBytes(@TempDir Path tmp) throws Exception {
    PortfolioGenerator.generate(opts(tmp.resolve("a"), SAMPLE_ARGS));
    PortfolioGenerator.generate(opts(tmp.resolve("b"), SAMPLE_ARGS));
    String[] other = SAMPLE_ARGS.clone();
    other[5] = "43";
    PortfolioGenerator.generate(opts(tmp.resolve("c"), other));
    Map<String, String> a = hashes(tmp.resolve("a"));
    assertTrue(a.size() >= 5, a.toString());
    assertEquals(a, hashes(tmp.resolve("b")));
    Map<String, String> c = hashes(tmp.resolve("c"));
    for (String f : List.of("registry.csv", "truth.csv", "models/model-versions.json")) {
      assertNotEquals(a.get(f), c.get(f), f);
    }
  }

  @Test
  void countsHeadersFieldCountsAndDates(@TempDir Path tmp) throws Exception {
    Summary s =
        PortfolioGenerator.generate(
            opts(
                tmp,
                "--initiatives",
                "120",
                "--issues",
                "6000",
                "--seed",
                "7",
                "--jira-csv-files",
                "3",
                "--csv-max-issues",
                "5000",
                "--json-share",
                "0.2"));
    assertEquals(120, s.initiatives);
    assertTrue(Math.abs(s.issues - 6000) < 600, "issues " + s.issues);
    assertEquals(121, readCsv(tmp.resolve("registry.csv")).size());
    DateTimeFormatter fmt = DateTimeFormatter.ofPattern("dd/MMM/yy h:mm a", Locale.ENGLISH);
    long csvRows = 0;
    List<Path> csvs = files(tmp.resolve("jira"), ".csv");
    assertEquals(3, csvs.size());
    for (Path f : csvs) {
      List<List<String>> rows = readCsv(f);
      List<String> h = rows.get(0);
      assertEquals(3, h.stream().filter("Labels"::equals).count(), f.toString());
      assertEquals(IssueFactory.MAX_COMMENTS, h.stream().filter("Comment"::equals).count());
      assertEquals(2, h.stream().filter("Sprint"::equals).count());
      int created = h.indexOf("Created");
      for (List<String> r : rows.subList(1, rows.size())) {
        assertEquals(h.size(), r.size(), f + " " + r.get(1));
        String c = r.get(created);
        assertEquals(c, LocalDateTime.parse(c, fmt).format(fmt));
        csvRows++;
      }
      assertTrue(rows.size() - 1 <= 5000);
    }
    long jsonIssues = 0;
    ObjectMapper om = new ObjectMapper();
    for (Path f : files(tmp.resolve("jira"), ".json")) {
      JsonNode page = om.readTree(f.toFile());
      assertTrue(page.get("issues").size() <= 100);
      assertEquals(s.jsonIssues, page.get("total").asLong());
      for (JsonNode is : page.get("issues")) {
        String created = is.at("/fields/created").asText();
        assertTrue(
            created.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000"), created);
        assertTrue(is.at("/changelog/histories").isArray());
        jsonIssues++;
      }
    }
    assertEquals(s.csvIssues, csvRows);
    assertEquals(s.jsonIssues, jsonIssues);
    assertTrue(jsonIssues > 600 && jsonIssues < 1800, "json " + jsonIssues);
    JsonNode models = om.readTree(tmp.resolve("models/model-versions.json").toFile());
    assertEquals(s.modelVersions, models.get("model_versions").size());
  }

  @Test
  void truthIsConsistentWithRegistry(@TempDir Path tmp) throws Exception {
    PortfolioGenerator.generate(
        opts(tmp, "--initiatives", "300", "--issues", "9000", "--seed", "11"));
    List<List<String>> reg = readCsv(tmp.resolve("registry.csv"));
    List<List<String>> truth = readCsv(tmp.resolve("truth.csv"));
    assertEquals(PortfolioGenerator.REGISTRY_HEADER, String.join(",", reg.get(0)));
    assertEquals(reg.size(), truth.size());
    Map<String, List<String>> byId = new HashMap<>();
    for (List<String> r : truth.subList(1, truth.size())) byId.put(r.get(0), r);
    Map<String, Integer> outcomes = new TreeMap<>();
    for (List<String> r : reg.subList(1, reg.size())) {
      List<String> t = byId.get(r.get(0));
      String outcome = t.get(1);
      outcomes.merge(outcome, 1, Integer::sum);
      String status = r.get(8).trim().toLowerCase(Locale.ROOT);
      if (!r.get(11).isEmpty()) assertEquals("IN_PRODUCTION", outcome, r.get(0));
      if (!outcome.equals("IN_PRODUCTION") && !r.get(12).isEmpty())
        assertEquals("CANCELLED", outcome, r.get(0));
      if (status.startsWith("on hold") || status.equals("on-hold"))
        assertEquals("STALLED", outcome, r.get(0));
      boolean failed = outcome.equals("STALLED") || outcome.equals("CANCELLED");
      assertEquals(failed, !t.get(2).isEmpty(), r.get(0));
      assertEquals(failed, !t.get(3).isEmpty(), r.get(0));
      if (failed) {
        assertNotEquals("OPERATION", t.get(2));
        assertTrue(List.of(t.get(4).split(";")).contains(t.get(3)), r.get(0));
      }
      if (!r.get(13).isEmpty()) LocalDate.parse(r.get(9).trim());
    }
    assertEquals(4, outcomes.size(), outcomes.toString());
  }

  @Test
  void csvFilesRespectTheCapAndScale(@TempDir Path tmp) throws Exception {
    Summary s =
        PortfolioGenerator.generate(
            opts(
                tmp,
                "--initiatives",
                "1000",
                "--issues",
                "40000",
                "--seed",
                "3",
                "--jira-csv-files",
                "2",
                "--csv-max-issues",
                "5000",
                "--json-share",
                "0.05",
                "--compact-json"));
    assertEquals(1000, s.initiatives);
    assertTrue(Math.abs(s.issues - 40000) < 2000, "issues " + s.issues);
    assertTrue(s.csvFiles >= 7, "csv files " + s.csvFiles);
    assertEquals((s.jsonIssues + 99) / 100, s.jsonPages);
    assertEquals(4, s.outcomes.size());
    assertTrue(s.causes.size() >= 12, s.causes.toString());
  }

  @Test
  void committedSampleDataMatchesTheDocumentedCommand(@TempDir Path tmp) throws Exception {
    Path sample = Path.of(System.getProperty("lastmile.sampleData", "../sample-data"));
    assertTrue(Files.isDirectory(sample), "no sample-data at " + sample.toAbsolutePath());
    Summary s = PortfolioGenerator.generate(opts(tmp, SAMPLE_ARGS));
    assertEquals(
        hashes(tmp),
        hashes(sample),
        "sample-data/ drifted from the generator; regenerate it with "
            + "bin/generate-portfolio --out sample-data "
            + String.join(" ", SAMPLE_ARGS));
    assertEquals(4, s.outcomes.size());
    assertTrue(s.stallStages.size() >= 5, s.stallStages.toString());
    assertTrue(s.causes.size() >= 8, s.causes.toString());
    assertTrue(s.withNegations >= 3);
    assertEquals(1, s.jsonPages);
    String readme = Files.readString(sample.resolve("README.md"));
    assertTrue(
        readme.contains(String.join(" ", SAMPLE_ARGS)), "README must show the exact command");
  }

  @Test
  void badOptionsAreRejected() {
    for (String[] bad :
        List.of(
            new String[] {"--initiatives", "5"},
            new String[] {"--out", "x", "--seed", "abc"},
            new String[] {"--out", "x", "--json-share", "2"},
            new String[] {"--out", "x", "--frobnicate", "1"})) {
      boolean threw = false;
      try {
        Options.parse(bad);
      } catch (IllegalArgumentException e) {
        threw = true;
        assertFalse(e.getMessage().isBlank());
      }
      assertTrue(threw, String.join(" ", bad));
    }
  }
}
