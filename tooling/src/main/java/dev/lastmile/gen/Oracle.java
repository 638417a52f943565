package dev.lastmile.gen;

import dev.lastmile.model.Outcome;
import dev.lastmile.model.Stage;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Re-derives outcome and stall stage of one initiative from what was actually written (registry
 * values, visible Jira statuses and epic names, MLflow stages) with the labelling rules of the dev
 * README, and fails the run if they disagree with the plan: the truth file cannot drift from the
 * data.
 */
final class Oracle {
  private Oracle() {}

  static Stage registryStage(String s) {
    String t = s.trim().toLowerCase(Locale.ROOT);
    for (int i = 0; i < Planner.STAGE_WORDS.length; i++) {
      for (String w : Planner.STAGE_WORDS[i]) {
        if (w.toLowerCase(Locale.ROOT).equals(t)) return Stage.values()[i];
      }
    }
    return null;
  }

  static Stage lifecycle(String status) {
    for (int i = 0; i < Planner.LIFECYCLE.length; i++) {
      if (Planner.LIFECYCLE[i].equals(status)) return Stage.values()[i];
    }
    return null;
  }

  static Stage epicStage(String summary) {
    for (int i = 0; i < Planner.EPIC_WORDS.length; i++) {
      for (String w : Planner.EPIC_WORDS[i]) {
        if (summary.startsWith(w + " - ")) return Stage.values()[i];
      }
    }
    return null;
  }

  static void check(Plan p, List<Issue> issues, LocalDate asOf) {
    Stage max = registryStage(p.registryStage);
    boolean live = false;
    long last = 0;
    for (Issue is : issues) {
      last = Math.max(last, is.lastActivity());
      Stage s = lifecycle(is.status);
      if (p.json) {
        for (Issue.History h : is.history) {
          for (Issue.Item it : h.items()) {
            if (it.field().equals("status")) s = higher(s, lifecycle(it.to()));
          }
        }
      }
      if (is.isEpic()) s = higher(s, epicStage(is.summary));
      if (s == Stage.OPERATION && lifecycle(is.status) == Stage.OPERATION) live = true;
      if (p.json
          && s == Stage.OPERATION
          && is.history.stream()
              .anyMatch(h -> h.items().stream().anyMatch(it -> "Live".equals(it.to()))))
        live = true;
      max = higher(max, s);
    }
    boolean mlProd = false;
    for (String[] v : p.versions) {
      if (v[0].equals("Staging")) max = higher(max, Stage.DEPLOYMENT);
      if (v[0].equals("Production") || v[1].equals("champion") || v[1].equals("production"))
        mlProd = true;
    }
    String st = p.status.trim().toLowerCase(Locale.ROOT);
    Outcome derived;
    long idle =
        ChronoUnit.DAYS.between(
            java.time.Instant.ofEpochMilli(last).atZone(java.time.ZoneOffset.UTC).toLocalDate(),
            asOf);
    if (p.production != null || live || mlProd) derived = Outcome.IN_PRODUCTION;
    else if (p.closed != null || st.contains("cancel") || st.equals("closed"))
      derived = Outcome.CANCELLED;
    else if (st.startsWith("on hold") || st.equals("on-hold")) derived = Outcome.STALLED;
    else if (idle <= 90) derived = Outcome.ACTIVE;
    else derived = Outcome.STALLED;
    if (derived != p.outcome) {
      throw new IllegalStateException(
          p.id + ": planned " + p.outcome + " but data says " + derived);
    }
    if (p.outcome == Outcome.ACTIVE && idle > 60)
      throw new IllegalStateException(p.id + ": ACTIVE idle " + idle);
    if (p.outcome == Outcome.STALLED && !p.onHold && idle < 110) {
      throw new IllegalStateException(p.id + ": idle STALLED only " + idle + " days");
    }
    if (p.outcome.failed() && max != p.top) {
      throw new IllegalStateException(
          p.id + ": planned stall stage " + p.top + " but data shows " + max);
    }
  }

  private static Stage higher(Stage a, Stage b) {
    if (a == null) return b;
    if (b == null) return a;
    return a.compareTo(b) >= 0 ? a : b;
  }
}
