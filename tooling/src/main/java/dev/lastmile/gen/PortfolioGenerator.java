package dev.lastmile.gen;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.lastmile.gen.Plan.ProdKind;
import dev.lastmile.model.Outcome;
import dev.lastmile.model.Stage;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Deterministic, seedable generator of a labelled AI portfolio: registry, Jira CSV + REST JSON
 * exports, an MLflow model-versions export and the ground truth. Same seed and options give
 * byte-identical files; Jira issues are streamed, one initiative at a time.
 */
public final class PortfolioGenerator {
  static final String REGISTRY_HEADER =
      "initiative_id,name,business_unit,sponsor,owner,ai_technique,build_or_buy,"
          + "registry_stage,status,start_date,target_production_date,production_date,closed_date,bu"
          + "dget_planned,"
          + "budget_spent,currency,success_kpi,kpi_baseline,kpi_target,data_audit_completed,jira_ke"
          + "ys,model_names,"
          + "closure_reason,notes";

  private PortfolioGenerator() {}

  /** The {@code lastmile generate} verb; returns the exit code. */
  static int run(String[] args) {
    if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
      System.out.println(Options.USAGE);
      return 0;
    }
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("Run 'lastmile generate --help' for usage.");
      System.err.println("lastmile generate: " + e.getMessage());
      return 2;
    }
    try {
      long t0 = System.nanoTime();
      Summary s = generate(o);
      System.out.println("wrote " + o.out + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
      System.out.println(s);
      return 0;
    } catch (UncheckedIOException e) {
      System.err.println(
          "lastmile generate: cannot write " + o.out + ": " + e.getCause().getMessage());
      return 3;
    }
  }

  public static Summary generate(Options o) {
    o.validate();
    try {
      return run(o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Summary run(Options o) throws IOException {
    Path out = o.out;
    Path jira = out.resolve("jira");
    Path models = out.resolve("models");
    Files.createDirectories(jira);
    Files.createDirectories(models);
    clean(jira);
    Summary s = new Summary();
    // ---- plan all initiatives (small objects; no Jira text yet)
    Planner planner = new Planner(o);
    List<Plan> plans = new ArrayList<>(o.initiatives);
    for (int i = 0; i < o.initiatives; i++) {
      plans.add(planner.plan(i));
    }
    assignProjects(o, plans);
    sizeAndKey(o, plans);
    // ---- registry, truth, models
    writeRegistry(out.resolve("registry.csv"), plans, o);
    writeModels(models.resolve("model-versions.json"), plans, o, s);
    // ---- Jira, streamed per initiative
    long jsonTotal = 0;
    for (Plan p : plans) if (p.json) jsonTotal += p.issueCount;
    try (JiraWriters.Csv csv = new JiraWriters.Csv(jira, csvPerFile(o, plans));
        JiraWriters.Json js = new JiraWriters.Json(jira, o.jsonPageSize, jsonTotal, o.prettyJson)) {
      for (Plan p : plans) {
        List<Issue> issues = IssueFactory.build(p);
        Oracle.check(p, issues, o.asOf);
        for (Issue is : issues) {
          if (p.json) js.write(p, is);
          else csv.write(p, is);
        }
      }
      csv.close();
      js.close();
      s.csvIssues = csv.issues;
      s.jsonIssues = js.issues;
      s.csvFiles = csv.files.size();
      s.jsonPages = js.files.size();
      for (Path f : csv.files) s.files.add(out.relativize(f).toString());
      for (Path f : js.files) s.files.add(out.relativize(f).toString());
    }
    writeTruth(out.resolve("truth.csv"), plans, o, s);
    s.files.add(0, "registry.csv");
    s.files.add(1, "truth.csv");
    s.files.add(2, "models/model-versions.json");
    s.initiatives = plans.size();
    s.issues = s.csvIssues + s.jsonIssues;
    for (String f : s.files) s.bytes += Files.size(out.resolve(f));
    return s;
  }

  private static void clean(Path jira) throws IOException {
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(jira)) {
      List<Path> del = new ArrayList<>();
      for (Path f : ds) {
        String n = f.getFileName().toString();
        if ((n.startsWith("jira-export-ai-portfolio") && n.endsWith(".csv"))
            || (n.startsWith("search-v2-page-") && n.endsWith(".json"))) {
          del.add(f);
        }
      }
      for (Path f : del) Files.delete(f);
    }
  }

  private static int csvPerFile(Options o, List<Plan> plans) {
    long csvIssues = 0;
    for (Plan p : plans) if (!p.json) csvIssues += p.issueCount;
    long per = Math.max(1, (csvIssues + o.jiraCsvFiles - 1) / o.jiraCsvFiles);
    return (int) Math.min(o.csvMaxIssuesPerFile, per);
  }

  /** Dedicated project, epics in a shared project, or label-only linking. */
  private static void assignProjects(Options o, List<Plan> plans) {
    Set<String> used = new HashSet<>(List.of(Planner.SHARED));
    for (Plan p : plans) {
      SplittableRandom r = new SplittableRandom(Planner.mix(o.seed, p.index, 3));
      int k = r.nextInt(100);
      if (k < 22) {
        p.shared = true;
        p.labelOnly = k < 7;
        int sp = r.nextInt(Planner.SHARED.length);
        p.project = Planner.SHARED[sp];
        p.projectName =
            new String[] {"ML Platform", "Insights & Analytics", "Data Science Hub"}[sp];
        p.projectLead = Planner.PEOPLE[sp * 7];
      } else {
        StringBuilder b = new StringBuilder();
        for (String w : p.name.split("[^A-Za-z]+")) {
          if (!w.isEmpty() && b.length() < 4) b.append(Character.toUpperCase(w.charAt(0)));
        }
        if (b.length() < 2) b.append("AI");
        String base = b.toString();
        String key = base;
        for (int n = 0; !used.add(key); n++) {
          key = base + suffix(n);
        }
        p.project = key;
        p.projectName = p.name.substring(0, 1).toUpperCase(Locale.ROOT) + p.name.substring(1);
        p.projectLead = p.owner;
      }
      p.json = false;
    }
  }

  private static String suffix(int n) {
    StringBuilder b = new StringBuilder();
    n++;
    while (n > 0) {
      n--;
      b.insert(0, (char) ('A' + n % 26));
      n /= 26;
    }
    return b.toString();
  }

  private static void sizeAndKey(Options o, List<Plan> plans) {
    double[] w = new double[plans.size()];
    double sw = 0;
    double[] stageFactor = {0.5, 0.7, 1.0, 1.3, 1.5, 1.6};
    for (int i = 0; i < w.length; i++) {
      SplittableRandom r = new SplittableRandom(Planner.mix(o.seed, i, 4));
      w[i] = stageFactor[plans.get(i).top.ordinal()] * (0.6 + 0.8 * r.nextDouble());
      sw += w[i];
    }
    long[] sharedNext = {120, 85, 240};
    long id = 20_000;
    long total = 0;
    for (int i = 0; i < plans.size(); i++) {
      Plan p = plans.get(i);
      int min = p.tracker ? 1 : 0;
      for (Stage st : IssueFactory.phases(p)) min += (p.phaseEpic[st.ordinal()] ? 1 : 0) + 1;
      p.issueCount = (int) Math.max(min, Math.round(o.issues * w[i] / sw));
      IssueFactory.layout(p);
      total += p.issueCount;
    }
    long cum = 0;
    long jsonSoFar = 0;
    for (Plan p : plans) {
      p.json =
          o.jsonShare > 0
              && jsonSoFar + p.issueCount / 2.0 <= o.jsonShare * (cum + p.issueCount) + 1e-9;
      if (o.jsonShare >= 1) p.json = true;
      if (p.json) jsonSoFar += p.issueCount;
      cum += p.issueCount;
      if (p.shared) {
        int sp = java.util.Arrays.asList(Planner.SHARED).indexOf(p.project);
        p.keyBase = sharedNext[sp];
        sharedNext[sp] += p.issueCount + (p.index % 3);
      } else {
        p.keyBase = 1;
      }
      p.idBase = id;
      id += p.issueCount + (p.index % 4);
      // jira_keys
      if (p.labelOnly) {
        p.jiraKeys = "";
      } else if (p.shared) {
        List<String> keys = new ArrayList<>();
        if (p.tracker) keys.add(p.project + "-" + p.keyBase);
        for (Stage st : IssueFactory.phases(p)) {
          if (p.phaseEpic[st.ordinal()]) keys.add(p.project + "-" + p.epicKeyNumber(st));
        }
        if (keys.isEmpty()) {
          p.labelOnly = true;
        }
        p.jiraKeys = String.join(";", keys);
      } else {
        p.jiraKeys = p.project;
      }
    }
  }

  // ------------------------------------------------------------------ registry
  private static void writeRegistry(Path f, List<Plan> plans, Options o) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      w.write(REGISTRY_HEADER);
      w.write('\n');
      for (Plan p : plans) {
        SplittableRandom r = new SplittableRandom(Planner.mix(o.seed, p.index, 5));
        String name = p.name;
        String stage = p.registryStage;
        String planned = p.budgetPlanned;
        String spent = p.budgetSpent;
        String currency = p.currency;
        String keys =
            String.join(";", p.jiraKeys.isEmpty() ? List.of() : List.of(p.jiraKeys.split(";")));
        String notes = p.notes;
        String models = String.join(";", p.models);
        // messy-but-valid variety (a few rows)
        int messy = r.nextInt(25);
        switch (messy) {
          case 0 -> name = name + ", " + p.businessUnit;
          case 1 -> stage = stage.isEmpty() ? stage : " " + stage + " ";
          case 2 -> {
            planned = planned + ".00";
            spent = spent + ".50";
          }
          case 3 -> currency = currency.toLowerCase(Locale.ROOT);
          case 4 ->
              notes =
                  notes.isEmpty()
                      ? "Owner changed teams twice.\nSee the wiki for history."
                      : notes + "\n(copied from the quarterly review)";
          case 5 -> keys = keys.replace(";", "; ");
          case 6 -> models = models.replace(";", " ; ");
          default -> {}
        }
        String[] row = {
          p.id,
          name,
          p.businessUnit,
          p.sponsor,
          p.owner,
          p.technique,
          p.buildOrBuy,
          stage,
          p.status,
          p.start.toString(),
          p.target.toString(),
          p.production == null ? "" : p.production.toString(),
          p.closed == null ? "" : p.closed.toString(),
          planned,
          spent,
          currency,
          p.kpi,
          p.kpiBaseline,
          p.kpiTarget,
          p.dataAudit,
          keys,
          models,
          p.closureReason,
          notes
        };
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
          if (i > 0) b.append(',');
          b.append(JiraWriters.csvCell(row[i]));
        }
        b.append('\n');
        w.write(b.toString());
      }
    }
  }

  // ------------------------------------------------------------------ MLflow
  private static void writeModels(Path f, List<Plan> plans, Options o, Summary s)
      throws IOException {
    JsonFactory jf = new JsonFactory();
    try (JsonGenerator g = jf.createGenerator(Files.newOutputStream(f), JsonEncoding.UTF8)) {
      if (o.prettyJson) {
        g.setPrettyPrinter(
            JiraWriters.printer(new DefaultPrettyPrinter())
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n")));
      }
      g.writeStartObject();
      g.writeArrayFieldStart("model_versions");
      for (Plan p : plans) {
        if (p.versions.isEmpty()) continue;
        SplittableRandom r = new SplittableRandom(Planner.mix(o.seed, p.index, 6));
        String model = p.models.get(0);
        long from = IssueFactory.ms(p.start.atTime(10, 0));
        long to = IssueFactory.ms(p.lastActivity);
        if (p.outcome == Outcome.IN_PRODUCTION && p.production != null) {
          to = Math.min(to, IssueFactory.ms(p.production.atTime(9, 0)));
        }
        if (to <= from) to = from + IssueFactory.DAY;
        int n = p.versions.size();
        String team = p.businessUnit.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
        for (int v = 0; v < n; v++) {
          String[] ver = p.versions.get(v);
          long created = from + (to - from) * (v + 1) / (n + 1);
          long updated = Math.min(to, created + 60_000L * (5 + r.nextInt(600)));
          String run = String.format(Locale.ROOT, "%016x%016x", r.nextLong(), r.nextLong());
          g.writeStartObject();
          g.writeStringField("name", model);
          g.writeStringField("version", Integer.toString(v + 1));
          g.writeNumberField("creation_timestamp", created);
          g.writeNumberField("last_updated_timestamp", updated);
          g.writeStringField(
              "user_id",
              p.owner.toLowerCase(Locale.ROOT).replace(' ', '.').replace("'", "")
                  + "@acme.example");
          g.writeStringField("current_stage", ver[0]);
          g.writeStringField("description", ver[2]);
          g.writeStringField(
              "source",
              "dbfs:/databricks/mlflow-tracking/"
                  + (2000 + p.index)
                  + "/"
                  + run
                  + "/artifacts/model");
          g.writeStringField("run_id", run);
          g.writeStringField("status", "READY");
          g.writeStringField("run_link", "");
          g.writeArrayFieldStart("aliases");
          if (!ver[1].isEmpty()) g.writeString(ver[1]);
          g.writeEndArray();
          g.writeArrayFieldStart("tags");
          tag(g, "team", team);
          if (r.nextBoolean())
            tag(
                g,
                "framework",
                new String[] {"xgboost", "pytorch", "lightgbm", "sklearn", "transformers"}
                    [r.nextInt(5)]);
          if (!ver[3].isEmpty()) tag(g, r.nextBoolean() ? "note" : "blocker", ver[3]);
          g.writeEndArray();
          g.writeEndObject();
          s.modelVersions++;
        }
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void tag(JsonGenerator g, String k, String v) throws IOException {
    g.writeStartObject();
    g.writeStringField("key", k);
    g.writeStringField("value", v);
    g.writeEndObject();
  }

  // ------------------------------------------------------------------ truth
  private static void writeTruth(Path f, List<Plan> plans, Options o, Summary s)
      throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      w.write("initiative_id,outcome,stall_stage,primary_cause,acceptable_causes,notes\n");
      for (Plan p : plans) {
        boolean failed = p.outcome.failed();
        s.count(s.outcomes, p.outcome.name());
        List<String> notes = new ArrayList<>();
        long idle = ChronoUnit.DAYS.between(p.lastActivity.toLocalDate(), o.asOf);
        switch (p.outcome) {
          case IN_PRODUCTION ->
              notes.add(
                  "production evidence: "
                      + String.join("; ", p.stageFrom)
                      + (p.prodKind == ProdKind.RETIRED ? " | later retired" : ""));
          case CANCELLED ->
              notes.add(
                  "closed (status '"
                      + p.status
                      + "'"
                      + (p.closed != null ? ", closed_date " + p.closed : ", no closed_date")
                      + ")");
          case STALLED ->
              notes.add(
                  p.onHold
                      ? "on hold (status '"
                          + p.status.trim()
                          + "'); last Jira activity "
                          + p.lastActivity.toLocalDate()
                      : "no Jira activity for "
                          + idle
                          + " days (last "
                          + p.lastActivity.toLocalDate()
                          + ")");
          default ->
              notes.add(
                  "last Jira activity "
                      + p.lastActivity.toLocalDate()
                      + " ("
                      + idle
                      + " days before as-of)");
        }
        if (failed) {
          s.count(s.stallStages, p.top.name());
          s.count(s.causes, p.primary.name());
          notes.add("stage from: " + String.join("; ", p.stageFrom));
          List<String> ev = new ArrayList<>(p.evidenceSources);
          notes.add(ev.isEmpty() ? "no cause evidence" : "evidence: " + String.join(", ", ev));
          if (!p.negatedCauses.isEmpty()) {
            notes.add("negated/resolved: " + String.join(", ", p.negatedCauses));
            s.withNegations++;
          }
          if (p.minorCause != null) notes.add("minor signal: " + p.minorCause);
          if (p.tie) notes.add("two equally plausible causes");
        }
        String[] row = {
          p.id,
          p.outcome.name(),
          failed ? p.top.name() : "",
          failed ? p.primary.name() : "",
          failed ? p.acceptable : "",
          String.join(" | ", notes)
        };
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
          if (i > 0) b.append(',');
          b.append(JiraWriters.csvCell(row[i]));
        }
        b.append('\n');
        w.write(b.toString());
      }
    }
  }
}
