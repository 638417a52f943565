package dev.lastmile.gen;

import dev.lastmile.gen.Plan.Evidence;
import dev.lastmile.model.Cause;
import dev.lastmile.model.Outcome;
import dev.lastmile.model.Stage;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Builds the Jira issues of one initiative from its {@link Plan}. */
final class IssueFactory {
  static final long DAY = 86_400_000L;
  static final int MAX_COMMENTS = 5;
  static final int MAX_LABELS = 3;

  static final String[][] SUMMARIES = {
    {
      "Interview process owners",
      "Map the current process",
      "Collect candidate use cases",
      "Review similar solutions in the market",
      "Sketch the opportunity canvas",
      "List the available source systems",
      "Shadow the operations team for a day",
      "Summarise discovery findings"
    },
    {
      "Draft the benefits estimate",
      "Write the solution options paper",
      "Prepare the steering committee deck",
      "Estimate effort for the build",
      "Agree success measures with the business",
      "Vendor long-list and short-list",
      "Define the delivery roadmap",
      "Risk register first pass"
    },
    {
      "Build a baseline model",
      "Feature engineering spike",
      "Evaluate candidate algorithms",
      "Set up experiment tracking",
      "Label a pilot sample",
      "Clean up the prototype notebook",
      "Compare against the rule-based approach",
      "Present POC results"
    },
    {
      "Package the model as a service",
      "Write the feature pipeline",
      "Add unit tests for preprocessing",
      "Set up the build pipeline",
      "Implement the batch scoring job",
      "Refactor training code into modules",
      "Parameterise the training job",
      "Add schema checks to the input loader"
    },
    {
      "Prepare the UAT environment",
      "Run user acceptance sessions",
      "Write the go-live runbook",
      "Train pilot users",
      "Performance test the endpoint",
      "Draft the cut-over plan",
      "Hand over to the support team",
      "Fix defects raised in UAT"
    },
    {
      "Monthly model performance review",
      "Tune alert thresholds",
      "Quarterly retrain",
      "Update the support runbook",
      "Review the drift dashboard",
      "Patch the base image"
    }
  };
  static final String[] BUGS = {
    "Wrong timezone in the scoring output",
    "Null values break the nightly job",
    "Duplicate rows in the results table",
    "Dashboard filter ignores the region",
    "Job fails at month-end",
    "Encoding issue in the exported report"
  };
  static final String[] SUBTASK_PREFIX = {"Tests: ", "Docs: ", "Review: "};
  static final String[] COMPONENTS = {"ml", "data", "platform", "frontend", "reporting"};
  static final String[] LABELS = {"ml", "tech-debt", "quick-win", "spike", "customer-facing"};
  static final String[] PRIORITIES = {"Medium", "Medium", "Medium", "High", "Low", "Highest"};

  private IssueFactory() {}

  static long ms(java.time.LocalDateTime t) {
    return t.toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  /** Splits the initiative's issue count over its phases (epics included). */
  static void layout(Plan p) {
    List<Stage> phases = phases(p);
    int rest = p.issueCount - (p.tracker ? 1 : 0);
    int[] min = new int[phases.size()];
    int sumMin = 0;
    for (int i = 0; i < phases.size(); i++) {
      min[i] = (p.phaseEpic[phases.get(i).ordinal()] ? 1 : 0) + 1;
      sumMin += min[i];
    }
    int extra = Math.max(0, rest - sumMin);
    SplittableRandom r = new SplittableRandom(p.contentSeed ^ 0x5DEECE66DL);
    double[] w = new double[phases.size()];
    double sw = 0;
    for (int i = 0; i < w.length; i++) {
      w[i] = 0.5 + r.nextDouble() + (i == w.length - 1 ? 0.6 : 0);
      sw += w[i];
    }
    int given = 0;
    for (int i = 0; i < phases.size(); i++) {
      int e = i == phases.size() - 1 ? extra - given : (int) Math.floor(extra * w[i] / sw);
      given += e;
      p.phaseCount[phases.get(i).ordinal()] = min[i] + e;
    }
    int total = p.tracker ? 1 : 0;
    for (int c : p.phaseCount) total += c;
    p.issueCount = total;
  }

  static List<Stage> phases(Plan p) {
    List<Stage> l = new ArrayList<>();
    Stage last = p.top == Stage.OPERATION ? Stage.DEPLOYMENT : p.top;
    for (int s = p.firstPhase.ordinal(); s <= last.ordinal(); s++) {
      l.add(Stage.values()[s]);
    }
    if (p.top == Stage.OPERATION && p.phaseEpic[Stage.OPERATION.ordinal()]) {
      l.add(Stage.OPERATION);
    }
    return l;
  }

  static List<Issue> build(Plan p) {
    SplittableRandom r = new SplittableRandom(p.contentSeed);
    List<Stage> phases = phases(p);
    long start = ms(p.start.atTime(9, 0)) + r.nextInt(8 * 60) * 60_000L;
    long end = ms(p.lastActivity) + r.nextInt(60_000);
    long span = Math.max(DAY, end - start);
    List<Issue> out = new ArrayList<>();
    long key = p.keyBase;
    long id = p.idBase;
    int lead = personOf(p.owner);
    Issue tracker = null;
    if (p.tracker) {
      tracker = new Issue();
      tracker.key = p.project + "-" + key++;
      tracker.id = id++;
      tracker.type = "Epic";
      tracker.summary = p.name;
      tracker.epicName = p.name;
      tracker.created = start;
      tracker.updated = start + r.nextLong(Math.max(1, span / 10));
      tracker.assignee = lead;
      tracker.reporter = lead;
      tracker.phase = -1;
      out.add(tracker);
    }
    double[] cut = new double[phases.size() + 1];
    for (int i = 1; i <= phases.size(); i++) cut[i] = cut[i - 1] + 0.6 + r.nextDouble();
    String[] open =
        switch (p.outcome) {
          case ACTIVE -> new String[] {"In Progress", "To Do", "In Review", "Done", "Done"};
          case STALLED -> new String[] {"In Progress", "To Do", "Blocked", "Done", "Done"};
          case CANCELLED -> new String[] {"Won't Do", "Done", "To Do", "Won't Do"};
          default -> new String[] {"Done", "In Progress", "Done", "To Do"};
        };
    for (int pi = 0; pi < phases.size(); pi++) {
      Stage st = phases.get(pi);
      boolean lastPhase = pi == phases.size() - 1;
      long ps = start + (long) (span * cut[pi] / cut[phases.size()]);
      long pe = start + (long) (span * cut[pi + 1] / cut[phases.size()]);
      int count = p.phaseCount[st.ordinal()];
      Issue epic = null;
      if (p.phaseEpic[st.ordinal()]) {
        epic = new Issue();
        epic.key = p.project + "-" + key++;
        epic.id = id++;
        epic.type = "Epic";
        epic.summary = Planner.epicWord(st, p) + " - " + p.name;
        epic.epicName = epic.summary;
        epic.created = ps;
        epic.assignee = lead;
        epic.reporter = personOf(p.sponsor.isEmpty() ? p.owner : p.sponsor);
        epic.phase = pi;
        if (lastPhase) {
          epic.status =
              p.outcome == Outcome.CANCELLED
                  ? "Won't Do"
                  : p.outcome == Outcome.IN_PRODUCTION ? "Done" : "In Progress";
        } else {
          epic.status = "Done";
        }
        epic.updated = Math.min(end, pe);
        out.add(epic);
        count--;
      }
      long[] times = new long[count];
      for (int j = 0; j < count; j++)
        times[j] = ps + (long) (r.nextDouble() * Math.max(1, pe - ps));
      java.util.Arrays.sort(times);
      Issue lastStory = null;
      for (int j = 0; j < count; j++) {
        Issue is = new Issue();
        is.key = p.project + "-" + key++;
        is.id = id++;
        is.phase = pi;
        is.created = times[j];
        is.assignee = r.nextInt(Planner.PEOPLE.length);
        is.reporter = r.nextInt(3) == 0 ? lead : r.nextInt(Planner.PEOPLE.length);
        is.priority = PRIORITIES[r.nextInt(PRIORITIES.length)];
        boolean sub = lastStory != null && r.nextInt(10) == 0;
        if (sub) {
          is.type = "Sub-task";
          is.parentId = lastStory.id;
          is.parentKey = lastStory.key;
          is.parentSummary = lastStory.summary;
          is.summary =
              SUBTASK_PREFIX[r.nextInt(SUBTASK_PREFIX.length)]
                  + lastStory.summary.toLowerCase(Locale.ROOT);
        } else {
          int t = r.nextInt(10);
          is.type = t < 6 ? "Story" : t < 9 ? "Task" : "Bug";
          is.summary =
              t == 9
                  ? BUGS[r.nextInt(BUGS.length)]
                  : SUMMARIES[st.ordinal()][r.nextInt(SUMMARIES[st.ordinal()].length)];
          if (epic != null) {
            is.epicLink = epic.key;
            is.epicLinkSummary = epic.summary;
          } else if (tracker != null) {
            is.epicLink = tracker.key;
            is.epicLinkSummary = tracker.summary;
          }
          is.points = new int[] {1, 2, 3, 5, 8}[r.nextInt(5)];
        }
        String status =
            lastPhase ? open[r.nextInt(open.length)] : (r.nextInt(8) == 0 ? "Won't Do" : "Done");
        is.status = status;
        long dur = DAY / 2 + (long) (r.nextDouble() * 20 * DAY);
        is.updated = Math.min(end, is.created + dur);
        if (r.nextInt(3) != 0) {
          int k = r.nextInt(2);
          for (int c = 0; c < k; c++)
            addDistinct(is.components, COMPONENTS[r.nextInt(COMPONENTS.length)]);
          int l = r.nextInt(3);
          for (int c = 0; c < l; c++) addDistinct(is.labels, LABELS[r.nextInt(LABELS.length)]);
        }
        if (!sub && r.nextInt(4) != 0) {
          int n = 100 + (int) ((is.created - start) / (14 * DAY));
          is.sprints.add(p.project + " Sprint " + n);
          if (!status.equals("Done") && r.nextInt(4) == 0)
            is.sprints.add(p.project + " Sprint " + (n + 1));
        }
        if (r.nextInt(10) < 4) is.description = Phrases.pick(Phrases.DESCRIPTION_FILLER, r);
        int nc = r.nextInt(10) < 4 ? 0 : 1 + r.nextInt(3);
        for (int c = 0; c < nc; c++) {
          long at = is.created + (long) (r.nextDouble() * Math.max(1, is.updated - is.created));
          is.comments.add(
              new Issue.Comment(
                  at,
                  r.nextInt(Planner.PEOPLE.length),
                  Phrases.pick(Phrases.NEUTRAL_COMMENTS, r),
                  false));
        }
        out.add(is);
        if (!sub) lastStory = is;
      }
    }
    // links between stories
    Issue prev = null;
    for (Issue is : out) {
      if (!is.isEpic()
          && prev != null
          && r.nextInt(25) == 0
          && prev.outLink == null
          && is.inLink == null) {
        prev.outLink = is.key;
        is.inLink = prev.key;
      }
      if (!is.isEpic()) prev = is;
    }
    placeEvidence(p, out, r, phases.size() - 1);
    finishStatuses(p, out, r, tracker, end);
    // labels linking issues to the initiative where no key/epic does
    for (Issue is : out) {
      boolean needs =
          p.labelOnly || (p.shared && is.epicLink == null && !is.isEpic() && is.parentKey == null);
      if (needs) {
        while (is.labels.size() >= MAX_LABELS) is.labels.remove(is.labels.size() - 1);
        is.labels.add(
            r.nextInt(4) == 0 ? 0 : is.labels.size() == 0 ? 0 : r.nextInt(is.labels.size() + 1),
            "initiative:" + p.id);
      }
      is.comments.sort((a, b) -> Long.compare(a.at(), b.at()));
    }
    // the final event of the initiative happens exactly at its planned last activity
    Issue lastIssue = out.get(out.size() - 1);
    lastIssue.updated = end;
    for (Issue is : out) {
      if (is.lastActivity() > end)
        throw new IllegalStateException("activity after plan end in " + is.key);
    }
    return out;
  }

  private static void addDistinct(List<String> l, String s) {
    if (!l.contains(s)) l.add(s);
  }

  static int personOf(String name) {
    for (int i = 0; i < Planner.PEOPLE.length; i++) {
      if (Planner.PEOPLE[i].equals(name)) return i;
    }
    return 0;
  }

  private static void placeEvidence(Plan p, List<Issue> out, SplittableRandom r, int topPhase) {
    List<Issue> cand = new ArrayList<>();
    for (Issue is : out) if (!is.isEpic() && is.phase == topPhase) cand.add(is);
    if (cand.isEmpty()) for (Issue is : out) if (!is.isEpic()) cand.add(is);
    if (cand.isEmpty()) cand.addAll(out);
    int[] used = new int[Cause.values().length];
    int shift = r.nextInt(100);
    for (Evidence e : p.evidence) {
      List<String> bank = (e.negated() ? Phrases.NEGATED : Phrases.POSITIVE).get(e.cause());
      String text = Phrases.spell(bank.get((shift + used[e.cause().ordinal()]++) % bank.size()), r);
      Issue is = cand.get(r.nextInt(cand.size()));
      switch (e.channel()) {
        case COMMENT -> {
          if (is.comments.size() >= MAX_COMMENTS) {
            int k = -1;
            for (int i = 0; i < is.comments.size(); i++) if (!is.comments.get(i).evidence()) k = i;
            if (k < 0) {
              is = cand.get(0);
              k = 0;
            }
            if (is.comments.size() >= MAX_COMMENTS) is.comments.remove(k);
          }
          long at = is.created + (long) (r.nextDouble() * Math.max(1, is.updated - is.created));
          String body = Phrases.withPrefix(Phrases.pick(Phrases.COMMENT_PREFIX, r), text);
          is.comments.add(new Issue.Comment(at, r.nextInt(Planner.PEOPLE.length), body, true));
          p.evidenceSources.add(e.negated() ? "" : "jira_comment " + is.key);
        }
        case DESCRIPTION -> {
          is.description =
              "h3. Context\n"
                  + text
                  + "\n\nh3. Next steps\n* agree the way forward at the next review\n* keep the boa"
                  + "rd updated";
          p.evidenceSources.add(e.negated() ? "" : "jira_description " + is.key);
        }
        case STATUS -> {
          List<String> st = Phrases.STATUSES.get(e.cause());
          is.status = st.get(r.nextInt(st.size()));
          p.evidenceSources.add("jira_status '" + is.status + "' " + is.key);
        }
        default -> {}
      }
    }
    p.evidenceSources.removeIf(String::isEmpty);
  }

  static String lifecycle(Stage s) {
    return Planner.LIFECYCLE[s.ordinal()];
  }

  private static void finishStatuses(
      Plan p, List<Issue> out, SplittableRandom r, Issue tracker, long end) {
    if (tracker != null) {
      List<String> path = new ArrayList<>();
      int to = p.trackerStage.ordinal();
      for (int s = Math.min(p.firstPhase.ordinal(), to); s <= to; s++)
        path.add(Planner.LIFECYCLE[s]);
      String current = path.get(path.size() - 1);
      if (p.json && p.trackerShowsTop && p.outcome.failed() && r.nextBoolean()) {
        current =
            p.outcome == Outcome.CANCELLED ? (r.nextBoolean() ? "Cancelled" : "Closed") : "On Hold";
        path.add(current);
      }
      tracker.status = current;
      long t = tracker.created;
      long step = Math.max(60_000L, (end - t) / (path.size() + 1));
      String from = "Backlog";
      for (String s : path) {
        t = Math.min(end, t + step / 2 + (long) (r.nextDouble() * step / 2));
        tracker.history.add(
            new Issue.History(t, tracker.assignee, List.of(new Issue.Item("status", from, s))));
        from = s;
      }
      tracker.updated = Math.max(tracker.updated, t);
      if (current.equals("Live") || current.equals("Cancelled") || current.equals("Closed"))
        tracker.resolution = "Done";
    }
    for (Issue is : out) {
      if (is == tracker) continue;
      String s = is.status;
      boolean done = s.equals("Done") || s.equals("Won't Do");
      if (done) {
        is.resolution = s.equals("Done") ? "Done" : "Won't Do";
        is.resolved = is.updated;
      }
      // status history: To Do -> In Progress -> (In Review) -> final
      List<String> path = new ArrayList<>();
      if (!s.equals("To Do")) {
        path.add("In Progress");
        if (s.equals("Done") && r.nextBoolean()) path.add("In Review");
        if (!s.equals("In Progress")) path.add(s);
      }
      String from = "To Do";
      long span = Math.max(1, is.updated - is.created);
      int n = path.size();
      for (int k = 0; k < n; k++) {
        long at = k == n - 1 && done ? is.updated : is.created + span * (k + 1) / (n + 1);
        List<Issue.Item> items = new ArrayList<>();
        if (k == n - 1 && done) items.add(new Issue.Item("resolution", null, is.resolution));
        items.add(new Issue.Item("status", from, path.get(k)));
        is.history.add(new Issue.History(at, is.assignee, items));
        from = path.get(k);
      }
      if (r.nextInt(4) == 0) {
        long at = is.created + span / 7;
        int x = r.nextInt(4);
        Issue.Item noise =
            switch (x) {
              case 0 -> new Issue.Item("Rank", null, "Ranked higher");
              case 1 ->
                  new Issue.Item(
                      "Sprint",
                      null,
                      is.sprints.isEmpty() ? p.project + " Sprint 100" : is.sprints.get(0));
              case 2 -> new Issue.Item("assignee", null, Planner.PEOPLE[is.assignee]);
              default -> new Issue.Item("Flagged", null, "Impediment");
            };
        is.history.add(0, new Issue.History(at, is.reporter, List.of(noise)));
        if (x == 3)
          is.history.add(
              1,
              new Issue.History(
                  at + span / 9,
                  is.reporter,
                  List.of(new Issue.Item("Flagged", "Impediment", null))));
      }
      is.history.sort((a, b) -> Long.compare(a.at(), b.at()));
    }
  }
}
