package dev.lastmile.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a {@link PortfolioGenerator#generate} run wrote. */
public final class Summary {
  public int initiatives;
  public long issues;
  public long csvIssues;
  public long jsonIssues;
  public int csvFiles;
  public int jsonPages;
  public int modelVersions;
  public long bytes;
  public final Map<String, Integer> outcomes = new TreeMap<>();
  public final Map<String, Integer> stallStages = new TreeMap<>();
  public final Map<String, Integer> causes = new TreeMap<>();
  public int withNegations;
  public final List<String> files = new ArrayList<>();

  void count(Map<String, Integer> m, String k) {
    m.merge(k, 1, Integer::sum);
  }

  @Override
  public String toString() {
    return "initiatives="
        + initiatives
        + " issues="
        + issues
        + " (csv "
        + csvIssues
        + " in "
        + csvFiles
        + " files, json "
        + jsonIssues
        + " in "
        + jsonPages
        + " pages) modelVersions="
        + modelVersions
        + " bytes="
        + bytes
        + "\noutcomes="
        + outcomes
        + "\nstallStages="
        + stallStages
        + "\ncauses="
        + causes
        + "\nfailed initiatives with negated/resolved statements="
        + withNegations;
  }
}
