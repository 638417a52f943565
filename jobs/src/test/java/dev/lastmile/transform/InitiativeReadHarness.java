package dev.lastmile.transform;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lastmile.io.parse.ParseTesting;
import dev.lastmile.io.parse.Rec;
import dev.lastmile.model.Cols;
import dev.lastmile.rules.CauseRules;
import dev.lastmile.rules.LifecycleRules;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Dev-only harness (not a test): the initiative read's sentence support on a portfolio, to choose
 * the {@code initiative_read} thresholds. Runs the job's transforms (parse, link, as-of cut,
 * lifecycle, the sentence passes) and writes, for every failed initiative the sentence passes leave
 * without a cause, each sentence's reading at a low per-sentence probability (0.05), with and
 * without {@code require_problem}, as CSV: initiative_id, outcome, problem (1 when the sentence
 * also passes require_problem), cause, probability, weight, source, source_ref, sentence. Args:
 * out.csv as-of role=path... (role jira, registry or models; a path may be a folder).
 */
public final class InitiativeReadHarness {
  private InitiativeReadHarness() {}

  public static void main(String[] args) throws Exception {
    LocalDate asOf = LocalDate.parse(args[1]);
    List<Rec> all = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      String[] rp = args[i].split("=", 2);
      List<Path> files;
      try (Stream<Path> w = Files.walk(Path.of(rp[1]))) {
        files = w.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : files) {
        all.addAll(ParseTesting.parseFile(f, rp[0]));
      }
    }
    LifecycleRules lr = LifecycleRules.loadDefault();
    JobInputs j = JobInputs.of(all, lr);
    JobInputs in =
        new JobInputs(
            AsOf.registry(j.registry(), asOf),
            AsOf.issues(j.issues(), asOf),
            AsOf.models(j.models(), asOf),
            AsOf.history(j.history(), asOf),
            AsOf.texts(j.texts(), asOf));
    Dataset<Row> outcomes = in.lifecycle(lr, asOf).outcomes().cache();
    ObjectMapper om = new ObjectMapper();
    CauseRules loose =
        CauseRules.fromJson(
            om.readTree(
                "{\"version\":\"harness\",\"initiative_read\":{\"min_probability\":0.05,"
                    + "\"require_problem\":false}}"));
    CauseRules strict =
        CauseRules.fromJson(
            om.readTree(
                "{\"version\":\"harness-p\",\"initiative_read\":{\"min_probability\":0.05,"
                    + "\"require_problem\":true}}"));
    Dataset<Row> evidence = CauseEvidence.extract(in.causeInputs(), loose, asOf).cache();
    Dataset<Row> a =
        InitiativeRead.sentenceSupport(in.causeInputs(), evidence, outcomes, loose, asOf);
    Dataset<Row> p =
        InitiativeRead.sentenceSupport(in.causeInputs(), evidence, outcomes, strict, asOf)
            .select(
                col(Cols.INITIATIVE_ID),
                col(Cols.CAUSE),
                col(Cols.SENTENCE),
                org.apache.spark.sql.functions.lit(1).as("problem"));
    List<Row> rows =
        a.join(p, new String[] {Cols.INITIATIVE_ID, Cols.CAUSE, Cols.SENTENCE}, "left")
            .join(outcomes.select(Cols.INITIATIVE_ID, Cols.OUTCOME), Cols.INITIATIVE_ID)
            .select(
                Cols.INITIATIVE_ID,
                Cols.OUTCOME,
                "problem",
                Cols.CAUSE,
                "probability",
                Cols.WEIGHT,
                Cols.SOURCE,
                Cols.SOURCE_REF,
                Cols.SENTENCE)
            .orderBy(Cols.INITIATIVE_ID, Cols.CAUSE, Cols.SENTENCE)
            .collectAsList();
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[0])))) {
      w.println(
          "initiative_id,outcome,problem,cause,probability,weight,source,source_ref,sentence");
      for (Row r : rows) {
        List<String> v = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
          String x = r.isNullAt(i) ? (i == 2 ? "0" : "") : String.valueOf(r.get(i));
          v.add("\"" + x.replace("\"", "\"\"") + "\"");
        }
        w.println(String.join(",", v));
      }
    }
    System.out.println(rows.size() + " sentence readings -> " + args[0]);
  }
}
