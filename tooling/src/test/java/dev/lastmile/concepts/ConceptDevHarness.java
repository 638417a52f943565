package dev.lastmile.concepts;

import static org.apache.spark.sql.functions.col;

import dev.lastmile.eval.Evaluate;
import dev.lastmile.io.InputReader;
import dev.lastmile.io.parse.Rec;
import dev.lastmile.model.Cols;
import dev.lastmile.rules.CauseRules;
import dev.lastmile.rules.LifecycleRules;
import dev.lastmile.testing.SharedSpark;
import dev.lastmile.transform.Canonical;
import dev.lastmile.transform.CauseEvidence;
import dev.lastmile.transform.CauseInputs;
import dev.lastmile.transform.EvidenceTexts;
import dev.lastmile.transform.LinkIssues;
import java.io.File;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Dev-only harness (not a test, does not change the engine): links a labelled portfolio with main's
 * parsing, then runs the concept matcher on every sentence of every initiative's evidence texts,
 * and compares per failed initiative with the truth cause and with the causes the regex pass
 * (CauseEvidence) found. Args: portfolio dir, as-of.
 */
public final class ConceptDevHarness {
  public static void main(String[] args) throws Exception {
    String d = args[0];
    LocalDate asOf = LocalDate.parse(args[1]);
    SparkSession spark = SharedSpark.spark();
    spark.conf().set("spark.sql.ansi.enabled", "false");
    LifecycleRules lr = LifecycleRules.loadDefault();
    var files =
        InputReader.list(
            spark,
            List.of(
                new InputReader.Input("registry", d + "/registry.csv"),
                new InputReader.Input("jira", d + "/jira"),
                new InputReader.Input("models", d + "/models.json")));
    Dataset<Rec> recs = InputReader.parse(spark, files, lr.parseConfig()).cache();
    Dataset<Row> registry = Canonical.registry(recs, lr).registry().cache();
    Dataset<Row> issues = Canonical.issues(recs).issues();
    Dataset<Row> linked = LinkIssues.link(issues, registry, "initiative:").issues().cache();
    Dataset<Row> models = LinkIssues.linkModels(Canonical.models(recs), registry).issues().cache();
    Dataset<Row> texts =
        EvidenceTexts.build(Canonical.issueTexts(recs), linked, registry, models).cache();
    Dataset<Row> keyToInit =
        linked.select(col(Cols.ISSUE_KEY), col(Cols.INITIATIVE_ID)).dropDuplicates(Cols.ISSUE_KEY);
    Dataset<Row> history = Canonical.statusHistory(recs).join(keyToInit, Cols.ISSUE_KEY);
    Dataset<Row> ev =
        CauseEvidence.extract(
            new CauseInputs(texts, registry, history, linked, models),
            CauseRules.loadDefault(),
            asOf);
    Map<String, Set<String>> regex = new HashMap<>();
    for (Row r : ev.select(Cols.INITIATIVE_ID, Cols.CAUSE).distinct().collectAsList()) {
      regex.computeIfAbsent(r.getString(0), k -> new LinkedHashSet<>()).add(r.getString(1));
    }
    ConceptMatcher m = ConceptMatcher.loadDefault();
    Map<String, Map<String, String>> concept = new TreeMap<>(); // init -> cause -> first quote
    int sentences = 0;
    long nanos = 0;
    for (Row r : texts.select(Cols.INITIATIVE_ID, Cols.TEXT).collectAsList()) {
      if (r.isNullAt(0) || r.isNullAt(1)) {
        continue;
      }
      for (String s : r.getString(1).split("(?<=[.!?])\\s+(?=[^a-z])|[\\r\\n]+|\\|")) {
        long t0 = System.nanoTime();
        List<ConceptHit> hits = m.match(s);
        nanos += System.nanoTime() - t0;
        sentences++;
        for (ConceptHit h : hits) {
          concept
              .computeIfAbsent(r.getString(0), k -> new TreeMap<>())
              .putIfAbsent(
                  h.cause().code(),
                  h.ruleId() + " [" + h.concept() + " | " + h.signal() + "] " + h.excerpt());
        }
      }
    }
    Map<String, String[]> truth = Evaluate.readTruth(new File(d + "/truth.csv"));
    int failed = 0;
    int truthNamed = 0;
    int truthOnlyByConcept = 0;
    int wrongOnly = 0;
    int silent = 0;
    int unknownTruth = 0;
    int unknownFired = 0;
    int regexMissTruth = 0;
    for (var t : truth.entrySet()) {
      String[] v = t.getValue();
      if (!v[0].equals("STALLED") && !v[0].equals("CANCELLED")) {
        continue;
      }
      failed++;
      Map<String, String> c = concept.getOrDefault(t.getKey(), Map.of());
      Set<String> rx = regex.getOrDefault(t.getKey(), Set.of());
      Set<String> acc = new LinkedHashSet<>(List.of(v[3].split(";")));
      acc.add(v[2]);
      if (v[2].equals("UNKNOWN")) {
        unknownTruth++;
        if (!c.isEmpty()) {
          unknownFired++;
          System.out.println("UNKNOWN-truth " + t.getKey() + " fired: " + c);
        }
        continue;
      }
      boolean rxHas = rx.stream().anyMatch(acc::contains);
      if (!rxHas) {
        regexMissTruth++;
      }
      boolean has = c.keySet().stream().anyMatch(acc::contains);
      if (has) {
        truthNamed++;
        if (!rxHas) {
          truthOnlyByConcept++;
          System.out.println("ADDED " + t.getKey() + " " + v[2] + ": " + c.get(v[2]));
        }
      } else if (!c.isEmpty()) {
        wrongOnly++;
      } else {
        silent++;
      }
      for (var e : c.entrySet()) {
        if (!acc.contains(e.getKey())) {
          System.out.println(
              "OTHER "
                  + t.getKey()
                  + " truth "
                  + v[2]
                  + " concept "
                  + e.getKey()
                  + ": "
                  + e.getValue());
        }
      }
    }
    System.out.printf(
        "failed initiatives with a known cause: %d; concept pass names the truth "
            + "cause on %d, only other causes on %d, nothing on %d%n",
        failed - unknownTruth, truthNamed, wrongOnly, silent);
    System.out.printf(
        "regex pass misses the truth cause on %d; concept pass adds it on %d%n",
        regexMissTruth, truthOnlyByConcept);
    System.out.printf(
        "UNKNOWN-truth failed initiatives: %d; concept pass fires on %d%n",
        unknownTruth, unknownFired);
    System.out.printf(
        "%d sentences, %.1f us/sentence (shared machine, wall)%n",
        sentences, nanos / 1000.0 / Math.max(1, sentences));
  }
}
