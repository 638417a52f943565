package dev.lastmile.transform;

import dev.lastmile.io.parse.Rec;
import dev.lastmile.rules.LifecycleRules;
import dev.lastmile.testing.SharedSpark;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The job's canonical, linked inputs of parsed records, built by the same transforms as the job and
 * cut where the job cuts ({@link SharedSpark#cut}): registry, linked issues, linked models, their
 * status history and the evidence texts.
 */
record JobInputs(
    Dataset<Row> registry,
    Dataset<Row> issues,
    Dataset<Row> models,
    Dataset<Row> history,
    Dataset<Row> texts) {

  static JobInputs of(List<Rec> parsed, LifecycleRules rules) {
    Dataset<Rec> recs = SharedSpark.spark().createDataset(parsed, Rec.ENCODER);
    Dataset<Row> registry = SharedSpark.cut(Canonical.registry(recs, rules).registry());
    Dataset<Row> issues =
        SharedSpark.cut(
            LinkIssues.link(
                    Canonical.issues(recs).issues(), registry, rules.initiativeLabelPrefix())
                .issues());
    Dataset<Row> models =
        SharedSpark.cut(LinkIssues.linkModels(Canonical.models(recs), registry).issues());
    Dataset<Row> history =
        SharedSpark.cut(LinkIssues.changesOf(Canonical.statusHistory(recs), issues));
    Dataset<Row> texts =
        SharedSpark.cut(EvidenceTexts.build(Canonical.issueTexts(recs), issues, registry, models));
    return new JobInputs(registry, issues, models, history, texts);
  }

  CauseInputs causeInputs() {
    return new CauseInputs(texts, registry, history, issues, models);
  }

  /** The lifecycle verdicts of these inputs as the job computes them. */
  Lifecycle.Assessed lifecycle(LifecycleRules rules, LocalDate asOf) {
    return Lifecycle.assess(registry, issues, history, models, texts, rules, asOf);
  }
}
