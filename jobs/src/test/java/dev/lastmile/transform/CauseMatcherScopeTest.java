package dev.lastmile.transform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.lastmile.rules.CauseRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The scope's word marks ({@code n:} features of the learned pass) computed once per sentence
 * ({@link CauseMatcher#droppedWords}) equal the plain reading, {@link CauseMatcher#keptMatch} on
 * the text before and after every word, on every text cell of the repository's phrase and portfolio
 * CSVs (eval/ and the test resources), sentence by sentence and as whole lower-cased cells.
 */
class CauseMatcherScopeTest {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final CauseMatcher M = CauseMatcher.of(CauseRules.loadDefault());

  @Test
  void droppedWordsEqualThePlainReadingOnEveryRepositoryText() throws IOException {
    Set<String> norms = new LinkedHashSet<>();
    for (String cell : cells()) {
      for (String norm : M.normalisedSentences(cell)) {
        if (norm.length() <= 400) { // the plain reading is quadratic in the length
          norms.add(norm);
        }
      }
      if (cell.length() <= 200) {
        norms.add(cell.toLowerCase(Locale.ROOT)); // raw cells: newlines, markup, several clauses
      }
    }
    norms.add("");
    norms.add("no security concerns; but the data was not ready, although it was fixed");
    norms.add("nobody has raised it: if we wait the approved budget loans are resolved");
    // every fourth distinct text (~23,000, ~160,000 words): the plain reading takes minutes on all
    List<String> sample = new ArrayList<>();
    int k = 0;
    for (String norm : norms) {
      if (k++ % 4 == 0) {
        sample.add(norm);
      }
    }
    long noProblem = 0;
    long words = 0;
    long dropped = 0;
    for (String norm : sample) {
      boolean[] expected = plain(norm);
      assertArrayEquals(expected, M.droppedWords(norm), norm);
      boolean[] np = M.reportsNoProblem(norm);
      assertEquals(np[1], np[0], norm);
      noProblem += np[1] ? 1 : 0;
      // two-word matches, as a regex rule's hit reaches the scope
      Matcher w = WORD.matcher(norm);
      int prevStart = -1;
      while (w.find()) {
        if (prevStart >= 0) {
          String pre = norm.substring(0, prevStart);
          String m = norm.substring(prevStart, w.end());
          String post = norm.substring(w.end());
          assertEquals(M.keptMatchPlain(pre, m, post), M.keptMatch(pre, m, post), norm);
        }
        prevStart = w.start();
      }
      words += expected.length;
      for (boolean d : expected) {
        dropped += d ? 1 : 0;
      }
    }
    assertTrue(sample.size() > 20_000 && words > 100_000, sample.size() + " texts, " + words);
    assertTrue(dropped > 1_000 && noProblem > 100, dropped + " dropped words, " + noProblem);
  }

  private static boolean[] plain(String norm) {
    List<Boolean> out = new ArrayList<>();
    Matcher w = WORD.matcher(norm);
    while (w.find()) {
      out.add(!M.keptMatchPlain(norm.substring(0, w.start()), w.group(), norm.substring(w.end())));
    }
    boolean[] d = new boolean[out.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = out.get(i);
    }
    return d;
  }

  /** Every cell of every CSV under eval/ (but the blind set being written) and test resources. */
  private static List<String> cells() throws IOException {
    Path root = Paths.get(System.getProperty("lastmile.sampleData", "../sample-data")).getParent();
    List<Path> files = new ArrayList<>();
    for (Path dir :
        List.of(
            root.resolve("eval"),
            root.resolve("jobs/src/test/resources"),
            root.resolve("sample-data"))) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> s = Files.walk(dir)) {
        s.filter(p -> p.toString().endsWith(".csv"))
            .filter(p -> !p.toString().contains("blind-2026-12g"))
            .sorted()
            .forEach(files::add);
      }
    }
    assertTrue(files.size() > 10, files.toString());
    List<String> out = new ArrayList<>();
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    for (Path f : files) {
      try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(f.toFile())) {
        while (it.hasNext()) {
          for (String cell : it.next()) {
            if (cell != null && cell.length() > 3) {
              out.add(cell);
            }
          }
        }
      } catch (RuntimeException | IOException e) {
        // a file this reader cannot parse (a deliberately broken fixture) adds no text
      }
    }
    return out;
  }
}
