package dev.lastmile.gen;

import dev.lastmile.gen.Plan.Channel;
import dev.lastmile.gen.Plan.Evidence;
import dev.lastmile.gen.Plan.ProdKind;
import dev.lastmile.model.Cause;
import dev.lastmile.model.Outcome;
import dev.lastmile.model.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/** Decides outcome, stages, causes, dates and keys of every initiative (no Jira text yet). */
final class Planner {
  static final String[] SHARED = {"MLPLAT", "INSIGHTS", "DSHUB"};
  static final String[] BUSINESS_UNITS = {
    "Retail Banking",
    "Claims",
    "Procurement",
    "Logistics",
    "People",
    "Treasury",
    "Contact Centre",
    "Risk",
    "Marketing",
    "Manufacturing",
    "Legal",
    "IT Operations"
  };
  static final String[] DOMAINS = {
    "Invoice",
    "Supplier risk",
    "Warehouse picking",
    "Mortgage arrears",
    "Payroll queries",
    "Field service",
    "Call summaries",
    "Spare parts",
    "Claims triage",
    "Store staffing",
    "Vendor contracts",
    "Energy usage",
    "Returns fraud",
    "Network incidents",
    "Customer complaints",
    "Credit limits",
    "Fleet maintenance",
    "Tender documents",
    "Shelf images",
    "Employee attrition",
    "Chargebacks",
    "Shipment delays",
    "KYC documents",
    "Cash demand"
  };
  static final String[][] TECHNIQUES = {
    {"classification", "%s classifier"}, {"classification", "%s risk scoring"},
    {"forecasting", "%s forecasting"}, {"forecasting", "%s demand forecast"},
    {"genai-assistant", "GenAI assistant for %s"}, {"genai-assistant", "%s copilot"},
    {"nlp", "%s text extraction"}, {"nlp", "%s document understanding"},
    {"computer-vision", "%s visual inspection"}, {"anomaly-detection", "%s anomaly detection"},
    {"recommendation", "%s recommender"}, {"optimisation", "%s optimisation"}
  };
  static final String[] PEOPLE = {
    "Amelia Hart",
    "Rahul Mehta",
    "Sofia Lindgren",
    "Kwame Mensah",
    "Ines Duarte",
    "Tom Baker",
    "Yuki Sato",
    "Lena Vogel",
    "Omar Haddad",
    "Grace O'Neill",
    "Mateo Ruiz",
    "Priya Nair",
    "Jonas Berg",
    "Chloe Dupont",
    "Daniel Novak",
    "Fatima Zahra",
    "Liam Walsh",
    "Hana Kim",
    "Pieter de Vries",
    "Aisha Bello",
    "Marco Bianchi",
    "Ewa Kowalska",
    "Sam Porter",
    "Nina Petrova",
    "Oliver Grant",
    "Leila Karimi",
    "Ben Carter",
    "Rosa Jimenez",
    "Arjun Rao",
    "Emma Fischer"
  };
  static final String[][] STAGE_WORDS = {
    {"Discovery", "Ideation", "discovery"},
    {"Strategy", "Business case", "Business Case"},
    {"POC", "Prototype", "Proof of concept", "PoC", "poc"},
    {"Build", "Engineering", "MVP build", "Development", "MVP Build"},
    {"Deployment", "UAT", "Rollout"},
    {"Operation", "BAU", "Hypercare", "In production"}
  };
  static final String[][] EPIC_WORDS = {
    {"Discovery"},
    {"Business case", "Strategy"},
    {"POC", "Prototype"},
    {"Build", "MVP"},
    {"Deployment", "Rollout", "UAT"},
    {"Run and monitor"}
  };
  static final String[] LIFECYCLE = {"Discovery", "Business Case", "POC", "Build", "UAT", "Live"};

  private final Options o;
  private final SplittableRandom deck;
  private final List<Outcome> outcomeDeck = new ArrayList<>();
  private final List<Stage> stageDeck = new ArrayList<>();
  private final List<Cause> causeDeck = new ArrayList<>();
  private final List<String> mixDeck = new ArrayList<>();
  private final Set<String> usedKeys = new HashSet<>();
  private final Set<String> usedModels = new HashSet<>();

  Planner(Options o) {
    this.o = o;
    this.deck = new SplittableRandom(o.seed * 0x9E3779B97F4A7C15L + 7);
    for (String s : SHARED) {
      usedKeys.add(s);
    }
  }

  static long mix(long seed, long a, long b) {
    long z = seed + a * 0xBF58476D1CE4E5B9L + b * 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private <T> T draw(List<T> deckList, List<T> refill) {
    if (deckList.isEmpty()) {
      deckList.addAll(refill);
      for (int i = deckList.size() - 1; i > 0; i--) {
        int j = deck.nextInt(i + 1);
        T t = deckList.get(i);
        deckList.set(i, deckList.get(j));
        deckList.set(j, t);
      }
    }
    return deckList.remove(deckList.size() - 1);
  }

  private static <T> List<T> rep(List<T> out, T t, int n) {
    for (int i = 0; i < n; i++) {
      out.add(t);
    }
    return out;
  }

  Plan plan(int i) {
    SplittableRandom r = new SplittableRandom(mix(o.seed, i, 1));
    Plan p = new Plan();
    p.index = i;
    p.contentSeed = mix(o.seed, i, 2);
    p.id = "AI-" + (1001 + i);
    String[] tech = TECHNIQUES[r.nextInt(TECHNIQUES.length)];
    String domain = DOMAINS[r.nextInt(DOMAINS.length)];
    p.technique = tech[0];
    String nm =
        String.format(
            Locale.ROOT,
            tech[1],
            tech[1].startsWith("%") ? domain : domain.toLowerCase(Locale.ROOT));
    if (i >= DOMAINS.length * TECHNIQUES.length / 3 && r.nextInt(3) == 0) {
      nm =
          nm
              + " "
              + new String[] {"EMEA", "APAC", "Nordics", "phase 2", "v2", "UK", "US"}[r.nextInt(7)];
    }
    p.name = nm;
    p.businessUnit = BUSINESS_UNITS[r.nextInt(BUSINESS_UNITS.length)];
    p.sponsor = PEOPLE[r.nextInt(PEOPLE.length)];
    p.owner = PEOPLE[r.nextInt(PEOPLE.length)];
    p.buildOrBuy = new String[] {"build", "buy", "partner"}[r.nextInt(3)];
    p.currency = r.nextInt(3) == 0 ? "USD" : r.nextInt(4) == 0 ? "GBP" : "EUR";
    p.outcome =
        draw(
            outcomeDeck,
            rep(
                rep(
                    rep(rep(new ArrayList<>(), Outcome.IN_PRODUCTION, 5), Outcome.ACTIVE, 3),
                    Outcome.STALLED,
                    7),
                Outcome.CANCELLED,
                5));
    LocalDate asOf = o.asOf;
    // ---- dates and outcome kind
    LocalDate last;
    switch (p.outcome) {
      case IN_PRODUCTION -> {
        int k = r.nextInt(20);
        p.prodKind =
            k < 11
                ? ProdKind.REGISTRY
                : k < 14 ? ProdKind.RETIRED : k < 17 ? ProdKind.MLFLOW : ProdKind.JIRA_LIVE;
        LocalDate prod = asOf.minusDays(40 + r.nextInt(700));
        p.start = prod.minusDays(150 + r.nextInt(400));
        last = prod.plusDays(r.nextInt(120));
        if (p.prodKind == ProdKind.REGISTRY || p.prodKind == ProdKind.RETIRED) {
          p.production = prod;
        }
        if (p.prodKind == ProdKind.RETIRED) {
          p.closed = prod.plusDays(90 + r.nextInt(300));
          if (!p.closed.isBefore(asOf)) {
            p.closed = asOf.minusDays(3 + r.nextInt(20));
          }
          p.status = "retired";
          if (last.isAfter(p.closed)) {
            last = p.closed;
          }
        } else if (p.prodKind == ProdKind.MLFLOW) {
          p.status = "pilot";
          p.registryStage = "Pilot";
        } else if (p.prodKind == ProdKind.JIRA_LIVE) {
          p.status = new String[] {"active", "in progress", "Active"}[r.nextInt(3)];
        } else {
          p.status =
              new String[] {"in production", "in production", "live", "Live", "production"}
                  [r.nextInt(5)];
        }
        if (!last.isBefore(asOf)) {
          last = asOf.minusDays(1);
        }
      }
      case ACTIVE -> {
        last = asOf.minusDays(1 + r.nextInt(55));
        p.start = last.minusDays(70 + r.nextInt(500));
        p.status =
            new String[] {"active", "active", "in progress", "ongoing", "Active"}[r.nextInt(5)];
      }
      case STALLED -> {
        int k = r.nextInt(20);
        p.onHold = k < 7;
        boolean recent = k == 0;
        last = recent ? asOf.minusDays(10 + r.nextInt(70)) : asOf.minusDays(110 + r.nextInt(450));
        p.start = last.minusDays(90 + r.nextInt(500));
        p.status =
            p.onHold
                ? Phrases.pick(Phrases.ONHOLD_STATUS_REASON, r)
                : new String[] {"active", "in progress", "ongoing", "", "Active"}[r.nextInt(5)];
      }
      default -> {
        int k = r.nextInt(20);
        LocalDate closed = asOf.minusDays(20 + r.nextInt(600));
        last = closed.minusDays(r.nextInt(30));
        p.start = last.minusDays(90 + r.nextInt(500));
        if (k < 17) {
          p.closed = closed;
          p.status =
              new String[] {"cancelled", "cancelled", "closed", "canceled", "Cancelled"}
                  [r.nextInt(5)];
        } else if (k < 19) {
          p.status = "cancelled";
        } else {
          p.closed = closed;
          p.status = "";
        }
      }
    }
    p.lastActivity = last.atTime(8 + r.nextInt(10), r.nextInt(60));
    p.target = p.start.plusDays(180 + r.nextInt(360));
    // ---- stages
    boolean failed = p.outcome.failed();
    if (failed) {
      p.top =
          draw(
              stageDeck,
              List.of(
                  Stage.DISCOVERY,
                  Stage.STRATEGY,
                  Stage.STRATEGY,
                  Stage.PROTOTYPE,
                  Stage.PROTOTYPE,
                  Stage.PROTOTYPE,
                  Stage.ENGINEERING,
                  Stage.ENGINEERING,
                  Stage.ENGINEERING,
                  Stage.DEPLOYMENT,
                  Stage.DEPLOYMENT));
    } else if (p.outcome == Outcome.ACTIVE) {
      p.top = Stage.values()[r.nextInt(5)];
    } else {
      p.top = Stage.OPERATION;
    }
    Stage first = Stage.values()[r.nextInt(10) < 5 ? 0 : r.nextInt(10) < 6 ? 1 : 2];
    Stage lastPhase = p.top == Stage.OPERATION ? Stage.DEPLOYMENT : p.top;
    p.firstPhase = first.compareTo(lastPhase) > 0 ? lastPhase : first;
    planStages(p, r);
    // ---- models
    boolean models =
        p.prodKind == ProdKind.MLFLOW
            || (p.top.compareTo(Stage.PROTOTYPE) >= 0
                && r.nextInt(100) < (p.top == Stage.OPERATION ? 75 : 55))
            || p.mlflowStaging;
    if (models) {
      String slug =
          p.name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
      String m = slug;
      for (int n = 2; !usedModels.add(m); n++) {
        m = slug + "-" + n;
      }
      p.models.add(m);
    }
    // ---- causes
    if (failed) {
      planCauses(p, r);
    }
    planStructured(p, r);
    planVersions(p, r);
    if (p.outcome == Outcome.IN_PRODUCTION) {
      List<String> ev = new ArrayList<>();
      if (p.production != null) ev.add("registry production_date " + p.production);
      if (p.tracker) ev.add("jira status 'Live' on the tracker epic");
      for (String[] v : p.versions) {
        if (v[0].equals("Production") || v[1].equals("champion") || v[1].equals("production")) {
          ev.add(
              "mlflow "
                  + p.models.get(0)
                  + " "
                  + (v[0].equals("Production") ? "Production" : "alias " + v[1]));
          break;
        }
      }
      p.stageFrom.clear();
      p.stageFrom.addAll(ev);
    }
    return p;
  }

  private void planStages(Plan p, SplittableRandom r) {
    Stage top = p.top;
    if (p.outcome == Outcome.IN_PRODUCTION) {
      for (int s = p.firstPhase.ordinal(); s <= Stage.DEPLOYMENT.ordinal(); s++) {
        p.phaseEpic[s] = r.nextInt(100) < 55;
      }
      boolean opEpic = p.prodKind != ProdKind.MLFLOW && r.nextInt(3) == 0;
      p.phaseEpic[Stage.OPERATION.ordinal()] = opEpic;
      p.tracker =
          p.prodKind == ProdKind.JIRA_LIVE || (p.prodKind != ProdKind.MLFLOW && r.nextInt(4) == 0);
      p.trackerShowsTop = p.tracker;
      p.trackerStage = Stage.OPERATION;
      if (p.prodKind == ProdKind.JIRA_LIVE) {
        p.registryStage =
            r.nextBoolean()
                ? ""
                : Phrases.pick(List.of("Deployment", "UAT", "Build", "Rollout"), r);
      } else if (p.prodKind != ProdKind.MLFLOW) {
        int k = r.nextInt(10);
        p.registryStage =
            k < 6 ? Phrases.pick(List.of(STAGE_WORDS[5]), r) : k < 8 ? "Deployment" : "";
      }
      return;
    }
    boolean reg = r.nextInt(100) < 45;
    boolean epic = r.nextInt(100) < 45;
    boolean trk = r.nextInt(100) < 35;
    boolean stg = top == Stage.DEPLOYMENT && r.nextInt(100) < 35;
    if (!reg && !epic && !trk && !stg) {
      switch (r.nextInt(3)) {
        case 0 -> reg = true;
        case 1 -> epic = true;
        default -> trk = true;
      }
    }
    for (int s = p.firstPhase.ordinal(); s < top.ordinal(); s++) {
      p.phaseEpic[s] = r.nextInt(100) < 55;
    }
    p.phaseEpic[top.ordinal()] = epic;
    Stage lower =
        top.ordinal() > p.firstPhase.ordinal()
            ? Stage.values()[
                p.firstPhase.ordinal() + r.nextInt(top.ordinal() - p.firstPhase.ordinal())]
            : null;
    if (trk) {
      p.tracker = true;
      p.trackerShowsTop = true;
      p.trackerStage = top;
    } else if (lower != null && r.nextInt(10) < 3) {
      p.tracker = true;
      p.trackerStage = lower;
    }
    p.mlflowStaging = stg;
    String[] words = STAGE_WORDS[top.ordinal()];
    if (reg) {
      p.registryStage = words[r.nextInt(words.length)];
      if (r.nextInt(12) == 0) {
        p.registryStage = p.registryStage.toUpperCase(Locale.ROOT);
      }
    } else if (top == Stage.DEPLOYMENT && r.nextInt(10) < 3) {
      p.registryStage = "Pilot";
    } else if (lower != null && r.nextBoolean()) {
      String[] lw = STAGE_WORDS[lower.ordinal()];
      p.registryStage = lw[r.nextInt(lw.length)];
    } else {
      p.registryStage = "";
    }
    if (p.outcome == Outcome.ACTIVE && r.nextInt(8) == 0 && top.compareTo(Stage.PROTOTYPE) >= 0) {
      p.registryStage = "Pilot";
    }
    if (reg) p.stageFrom.add("registry_stage=" + p.registryStage);
    if (epic) p.stageFrom.add("epic '" + epicWord(top, p) + " - " + p.name + "'");
    if (trk) p.stageFrom.add("jira lifecycle status '" + LIFECYCLE[top.ordinal()] + "'");
    if (stg) p.stageFrom.add("mlflow Staging version");
  }

  /** Deterministic per-initiative epic word for a stage. */
  static String epicWord(Stage s, Plan p) {
    String[] w = EPIC_WORDS[s.ordinal()];
    return w[(int) Math.floorMod(p.contentSeed >>> 7, (long) w.length)];
  }

  private Cause drawCause() {
    List<Cause> all = new ArrayList<>();
    for (Cause c : Cause.values()) {
      if (c != Cause.UNKNOWN) all.add(c);
    }
    return draw(causeDeck, all);
  }

  private void planCauses(Plan p, SplittableRandom r) {
    String mix =
        draw(
            mixDeck,
            List.of(
                "plain",
                "plain",
                "plain",
                "plain",
                "plain",
                "plain",
                "plain",
                "plain",
                "plain",
                "plain",
                "negated",
                "negated",
                "negated",
                "negated",
                "minor",
                "minor",
                "minor",
                "tie",
                "unknown",
                "plainneg"));
    boolean canMl = !p.models.isEmpty();
    if (mix.equals("unknown")) {
      p.primary = Cause.UNKNOWN;
      p.acceptable = "UNKNOWN";
      if (r.nextBoolean()) {
        Cause n = Cause.values()[r.nextInt(11)];
        p.evidence.add(new Evidence(Channel.COMMENT, n, true));
        p.negatedCauses.add(n.name());
      }
      return;
    }
    Cause c = drawCause();
    p.primary = c;
    p.acceptable = c.name();
    String mode;
    int k = r.nextInt(100);
    if (mix.equals("minor")) {
      mode = "multi";
    } else if (mix.equals("tie")) {
      mode = "tie";
    } else {
      mode =
          k < 30
              ? "comments"
              : k < 38
                  ? "description"
                  : k < 60 ? "registry" : k < 69 ? "status" : k < 75 && canMl ? "mlflow" : "multi";
    }
    switch (mode) {
      case "comments" -> {
        int n = 1 + r.nextInt(3);
        for (int j = 0; j < n; j++) p.evidence.add(new Evidence(Channel.COMMENT, c, false));
      }
      case "description" -> {
        p.evidence.add(new Evidence(Channel.DESCRIPTION, c, false));
        if (r.nextInt(4) == 0) p.evidence.add(new Evidence(Channel.COMMENT, c, false));
      }
      case "registry" -> registryText(p, r, Phrases.pick(Phrases.POSITIVE.get(c), r));
      case "status" -> p.evidence.add(new Evidence(Channel.STATUS, c, false));
      case "mlflow" -> p.evidence.add(new Evidence(Channel.MLFLOW, c, false));
      case "tie" -> {
        Cause d = otherCause(c, r);
        p.tie = true;
        p.acceptable = c.name() + ";" + d.name();
        registryText(
            p,
            r,
            Phrases.pick(Phrases.POSITIVE.get(c), r)
                + " "
                + Phrases.pick(Phrases.POSITIVE.get(d), r));
      }
      default -> {
        registryText(p, r, Phrases.pick(Phrases.POSITIVE.get(c), r));
        int n = 1 + r.nextInt(2);
        for (int j = 0; j < n; j++) p.evidence.add(new Evidence(Channel.COMMENT, c, false));
        if (canMl && r.nextInt(3) == 0) p.evidence.add(new Evidence(Channel.MLFLOW, c, false));
        if (r.nextInt(4) == 0) p.evidence.add(new Evidence(Channel.STATUS, c, false));
      }
    }
    if (mix.equals("minor")) {
      Cause d = otherCause(c, r);
      p.evidence.add(new Evidence(Channel.COMMENT, d, false));
      p.minorCause = d.name();
    }
    if (mix.startsWith("negated") || mix.equals("plainneg")) {
      int n = 1 + r.nextInt(2);
      Set<Cause> seen = new HashSet<>();
      for (int j = 0; j < n; j++) {
        Cause d = otherCause(c, r);
        if (!seen.add(d)) continue;
        p.evidence.add(
            new Evidence(r.nextInt(4) == 0 ? Channel.DESCRIPTION : Channel.COMMENT, d, true));
        p.negatedCauses.add(d.name());
      }
    }
  }

  private static Cause otherCause(Cause c, SplittableRandom r) {
    Cause d;
    do {
      d = Cause.values()[r.nextInt(11)];
    } while (d == c);
    return d;
  }

  private static void registryText(Plan p, SplittableRandom r, String statement) {
    statement = Phrases.spell(statement, r);
    if (p.outcome == Outcome.CANCELLED && r.nextInt(5) != 0) {
      p.closureReason =
          String.format(Locale.ROOT, Phrases.pick(Phrases.CLOSURE_TEMPLATES, r), statement);
      p.evidenceSources.add("registry_closure_reason");
    } else {
      p.notes = String.format(Locale.ROOT, Phrases.pick(Phrases.NOTES_TEMPLATES, r), statement);
      p.evidenceSources.add("registry_notes");
    }
  }

  private void planStructured(Plan p, SplittableRandom r) {
    Cause c = p.primary;
    boolean support = c != null && r.nextInt(10) < 7;
    String obj = p.name.replaceAll("^GenAI assistant for ", "").toLowerCase(Locale.ROOT);
    String[][] kpis = {
      {"Hours saved per month on " + obj, "0", "1200"},
      {"Share of " + obj + " handled automatically", "12%", "45%"},
      {"Forecast error (MAPE) for " + obj, "18%", "11%"},
      {"Cost per case for " + obj, "41.50", "30.00"},
      {"Loss rate on " + obj, "2.4%", "1.6%"}
    };
    String[] kpi = kpis[r.nextInt(kpis.length)];
    p.kpi = kpi[0];
    p.kpiBaseline = kpi[1];
    p.kpiTarget = kpi[2];
    p.dataAudit =
        new String[] {"yes", "yes", "true", "Yes", p.start.plusDays(30).toString()}[r.nextInt(5)];
    long planned = 100_000L * (1 + r.nextInt(25));
    long spent = planned * (30 + r.nextInt(65)) / 100;
    if (p.outcome == Outcome.ACTIVE || p.outcome == Outcome.IN_PRODUCTION) {
      if (r.nextInt(8) == 0) p.kpi = "";
      if (r.nextInt(10) == 0) p.dataAudit = "";
      if (r.nextInt(6) == 0) spent = planned * (101 + r.nextInt(20)) / 100;
    }
    if (support) {
      switch (c) {
        case UNCLEAR_OBJECTIVE -> {
          p.kpi = "";
          p.kpiBaseline = "";
          p.kpiTarget = "";
          p.evidenceSources.add("empty success_kpi");
        }
        case DATA_READINESS -> {
          p.dataAudit = r.nextBoolean() ? "no" : "";
          p.evidenceSources.add(
              p.dataAudit.isEmpty() ? "empty data_audit_completed" : "data_audit_completed=no");
        }
        case OWNERSHIP_SPONSORSHIP -> {
          p.sponsor = "";
          p.evidenceSources.add("empty sponsor");
        }
        case COST_FUNDING -> {
          spent = planned * (115 + r.nextInt(60)) / 100;
          p.evidenceSources.add("budget overrun");
        }
        default -> {}
      }
    }
    p.budgetPlanned = Long.toString(planned);
    p.budgetSpent = Long.toString(spent);
    if (p.notes.isEmpty()) {
      p.notes = Phrases.pick(Phrases.NEUTRAL_NOTES, r);
    }
  }

  private void planVersions(Plan p, SplittableRandom r) {
    if (p.models.isEmpty()) {
      return;
    }
    int n = 1 + r.nextInt(4);
    boolean prodLike =
        p.prodKind == ProdKind.MLFLOW || (p.outcome == Outcome.IN_PRODUCTION && r.nextInt(10) < 6);
    int mlEvidence = -1;
    for (Evidence e : p.evidence) {
      if (e.channel() == Channel.MLFLOW) mlEvidence = n - 1;
    }
    for (int v = 0; v < n; v++) {
      boolean lastV = v == n - 1;
      String stage;
      String alias = "";
      if (lastV && prodLike) {
        int k = r.nextInt(3);
        stage = k == 0 ? "None" : "Production";
        alias = k == 0 ? (r.nextBoolean() ? "champion" : "production") : "";
      } else if (lastV && p.mlflowStaging) {
        stage = "Staging";
        alias = r.nextBoolean() ? "challenger" : "";
      } else if (p.outcome == Outcome.ACTIVE) {
        stage = lastV && p.top == Stage.DEPLOYMENT && r.nextBoolean() ? "Staging" : "None";
        alias = lastV && r.nextBoolean() ? "candidate" : "";
      } else {
        stage = p.outcome.failed() ? (r.nextBoolean() ? "Archived" : "None") : "Archived";
      }
      String desc =
          new String[] {
                "",
                "",
                "Weekly retrain job output.",
                "Candidate from the tuning sweep.",
                "Baseline model."
              }
              [r.nextInt(5)];
      p.versions.add(new String[] {stage, alias, desc, ""});
    }
    if (mlEvidence >= 0) {
      String[] v = p.versions.get(n - 1);
      String text =
          Phrases.spell(
              Phrases.pick(
                  Phrases.POSITIVE.get(p.primary), new SplittableRandom(p.contentSeed + 5)),
              r);
      if (r.nextBoolean()) v[2] = text;
      else v[3] = text;
      p.evidenceSources.add("model_registry");
    }
  }
}
