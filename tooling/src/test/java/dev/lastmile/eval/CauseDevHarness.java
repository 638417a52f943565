package dev.lastmile.eval;

import static org.apache.spark.sql.functions.col;

import dev.lastmile.io.InputReader;
import dev.lastmile.io.parse.Rec;
import dev.lastmile.model.Cols;
import dev.lastmile.rules.CauseRules;
import dev.lastmile.rules.LifecycleRules;
import dev.lastmile.testing.SharedSpark;
import dev.lastmile.transform.Canonical;
import dev.lastmile.transform.CauseEvidence;
import dev.lastmile.transform.CauseInputs;
import dev.lastmile.transform.CauseRanking;
import dev.lastmile.transform.EvidenceTexts;
import dev.lastmile.transform.LinkIssues;
import java.io.File;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Dev-only harness (not a test): runs main's parsing and linking on a portfolio, then cause
 * extraction and ranking, and scores the primary cause against truth with the truth's outcome and
 * stage (so only the cause is measured). Args: portfolio dir, as-of, evidence dump dir.
 */
public final class CauseDevHarness {
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
    CauseRules rules = CauseRules.loadDefault();
    long t0 = System.nanoTime();
    Dataset<Row> ev =
        CauseEvidence.extract(
                new CauseInputs(texts, registry, history, linked, models), rules, asOf)
            .cache();
    long n = ev.count();
    System.out.printf("evidence rows %d in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
    ev.coalesce(1).write().mode("overwrite").option("header", "true").csv(args[2] + "/evidence");
    List<Row> ranked = CauseRanking.rank(ev, rules, registry).collectAsList();
    Map<String, Row> pred = new HashMap<>();
    ranked.forEach(r -> pred.put(r.getString(0), r));
    Map<String, String[]> truth = Evaluate.readTruth(new File(d + "/truth.csv"));
    for (String split : List.of("all", "tune", "holdout")) {
      List<CauseMetrics.Item> items = new ArrayList<>();
      for (var t : truth.entrySet()) {
        if (!split.equals("all") && !CauseMetrics.split(t.getKey()).equals(split)) {
          continue;
        }
        String[] v = t.getValue();
        Set<String> acc = new LinkedHashSet<>(List.of(v[3].split(";")));
        Row p = pred.get(t.getKey());
        items.add(
            new CauseMetrics.Item(
                t.getKey(), v[0], v[1], v[2], acc, v[0], v[1], p == null ? null : p.getString(1)));
        if (split.equals("all")
            && CauseMetrics.failed(v[0])
            && (p == null || !acc.contains(p.getString(1)))) {
          System.out.println(
              "MISS "
                  + t.getKey()
                  + " truth "
                  + v[2]
                  + " acc "
                  + acc
                  + " got "
                  + (p == null ? null : p.getString(1) + " " + p.getList(2) + " conf " + p.get(3)));
        }
      }
      System.out.print(CauseMetrics.format(split, CauseMetrics.score(items)));
    }
  }
}
