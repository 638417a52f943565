package dev.lastmile.gen;

import dev.lastmile.model.Cause;
import dev.lastmile.model.Outcome;
import dev.lastmile.model.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Everything decided about one initiative before its Jira issues are streamed out. */
final class Plan {
  enum ProdKind {
    REGISTRY,
    RETIRED,
    MLFLOW,
    JIRA_LIVE
  }

  enum Channel {
    COMMENT,
    DESCRIPTION,
    STATUS,
    MLFLOW
  }

  /** A piece of cause text to place in Jira or MLflow (registry text is written at plan time). */
  record Evidence(Channel channel, Cause cause, boolean negated) {}

  int index;
  long contentSeed;
  String id;
  String name;
  String businessUnit;
  String sponsor;
  String owner;
  String technique;
  String buildOrBuy;
  String registryStage = "";
  String status = "";
  LocalDate start;
  LocalDate target;
  LocalDate production;
  LocalDate closed;
  String budgetPlanned = "";
  String budgetSpent = "";
  String currency = "";
  String kpi = "";
  String kpiBaseline = "";
  String kpiTarget = "";
  String dataAudit = "";
  String jiraKeys = "";
  String closureReason = "";
  String notes = "";

  Outcome outcome;
  ProdKind prodKind;
  boolean onHold;

  /** Furthest stage shown by any evidence (the stall stage of a failed initiative). */
  Stage top;

  Stage firstPhase;

  /** Phase epic present, by stage ordinal. */
  final boolean[] phaseEpic = new boolean[Stage.values().length];

  /** Issues per phase (epic included), by stage ordinal. */
  final int[] phaseCount = new int[Stage.values().length];

  boolean tracker;

  /** Tracker epic shows the top stage (else a lower phase's lifecycle status). */
  boolean trackerShowsTop;

  Stage trackerStage;
  boolean mlflowStaging;
  final List<String> stageFrom = new ArrayList<>();

  Cause primary;
  String acceptable = "";
  final List<Evidence> evidence = new ArrayList<>();
  final List<String> evidenceSources = new ArrayList<>();
  final List<String> negatedCauses = new ArrayList<>();
  String minorCause;
  boolean tie;

  java.time.LocalDateTime lastActivity;
  int issueCount;
  boolean json;
  String project;
  String projectName;
  String projectLead;
  boolean shared;
  boolean labelOnly;
  long keyBase;
  long idBase;
  final List<String> models = new ArrayList<>();

  /** MLflow versions: one entry per version, "stage|alias|description|tagNote". */
  final List<String[]> versions = new ArrayList<>();

  long epicKeyNumber(Stage s) {
    long k = keyBase + (tracker ? 1 : 0);
    for (Stage p : Stage.values()) {
      if (p == s) {
        return k;
      }
      k += phaseCount[p.ordinal()];
    }
    throw new IllegalStateException();
  }
}
