package dev.lastmile.gen;

import dev.lastmile.model.Cause;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Text banks of the generator: cause statements, negated/resolved distractors, cause-bearing Jira
 * statuses and neutral engineering chatter. All wording is original to this generator (not taken
 * from the labelled dev portfolio) so that the product is measured on text it has not seen.
 */
final class Phrases {
  private Phrases() {}

  static final Map<Cause, List<String>> POSITIVE = new EnumMap<>(Cause.class);
  static final Map<Cause, List<String>> NEGATED = new EnumMap<>(Cause.class);
  static final Map<Cause, List<String>> STATUSES = new EnumMap<>(Cause.class);

  static {
    POSITIVE.put(
        Cause.DATA_READINESS,
        List.of(
            "We still can't get read access to the source warehouse; the request has been sitting w"
                + "ith the data owner for six weeks.",
            "Half of the historical records carry no label at all, so there is nothing reliable to "
                + "train on.",
            "The source tables are full of duplicates and missing values, and the data quality is f"
                + "ar below what the model needs.",
            "The training extract only covers one region, so the sample isn't representative of the"
                + " customers we would score.",
            "The records live in three siloed systems with no shared identifier and cannot be joine"
                + "d at the moment.",
            "Blocked: the extract we were promised from the core platform never arrived.",
            "Labelling was badly underestimated - we have roughly 400 annotated examples against th"
                + "e 20k we need.",
            "The feed we depend on was decommissioned and there is no replacement dataset.",
            "Nobody can tell us where the ground-truth outcomes are stored, so there is nothing to "
                + "measure against.",
            "Profiling showed the timestamps are unreliable before 2023, which makes most of the hi"
                + "story unusable.",
            "Still waiting on the data-sharing agreement before the vendor will hand over the recor"
                + "ds.",
            "The labeled set is heavily skewed toward one product line and the model simply memoriz"
                + "es it."));
    NEGATED.put(
        Cause.DATA_READINESS,
        List.of(
            "Data access was granted on Tuesday, so that blocker is gone.",
            "The data-quality worries turned out to be unfounded once we profiled the full extract."
                + "",
            "Good news: the missing labels were backfilled by the ops team and the dataset is compl"
                + "ete now.",
            "The warehouse permissions issue from last sprint has been resolved.",
            "No data problems here - the feed is clean and refreshed daily.",
            "The data-access problem was fixed in May and is no longer a concern.",
            "Profiling found no significant quality issues in the source tables."));

    POSITIVE.put(
        Cause.UNCLEAR_OBJECTIVE,
        List.of(
            "Nobody has been able to tell us which business decision this model is supposed to impr"
                + "ove.",
            "There is still no agreed KPI or baseline, so we can't say what success would look like"
                + ".",
            "This started as 'let's do something with AI' rather than from an actual business probl"
                + "em.",
            "The business keeps changing what they want the output to be; the requirements are stil"
                + "l undefined.",
            "We built a solution looking for a problem - the intended users never asked for this.",
            "Success criteria were never written down and the steering group cannot agree on them.",
            "Turns out we misunderstood the use case: the team needs a triage aid, not a prediction"
                + " score.",
            "Without a baseline measurement there is no way to quantify any uplift, and the benefit"
                + " case has no defined metric.",
            "The problem statement is too vague to design an experiment against.",
            "Each department describes a different goal for the tool; there is no shared objective."
                + "",
            "We're waiting on the business to articulate the outcome they actually want before doin"
                + "g more work."));
    NEGATED.put(
        Cause.UNCLEAR_OBJECTIVE,
        List.of(
            "The KPI and baseline were signed off at the steering committee, so the objective is cl"
                + "ear.",
            "Success criteria are agreed and documented in the charter.",
            "The business problem is well defined, no ambiguity about the target.",
            "We clarified the requirements with the product owner; that question is settled.",
            "The objective was never in doubt - the use case is well understood.",
            "Baseline was measured last quarter and the target uplift is agreed."));

    POSITIVE.put(
        Cause.PRODUCTION_ARCHITECTURE,
        List.of(
            "There is no platform to serve the model from - the notebook works, but nothing can hos"
                + "t it.",
            "The POC was built on a laptop with hand-run scripts and none of it can be productionis"
                + "ed as is.",
            "We have no CI/CD or model registry for ML, so every release would be a manual copy.",
            "Nobody has designed monitoring or retraining, and the infrastructure team won't accept"
                + " it without that.",
            "The deployment path is undefined: the batch cluster can't run GPU inference and there "
                + "is no alternative.",
            "MLOps tooling isn't in place, so the model cannot move beyond the sandbox.",
            "The prototype was never designed for production; rewriting it for the real stack means"
                + " starting over.",
            "The platform team says there is no supported way to expose a real-time scoring endpoin"
                + "t.",
            "We can't deploy: no feature store, no serving layer, no drift monitoring.",
            "Every retrain is a manual notebook run and there is no pipeline to operationalize it."
                + ""));
    NEGATED.put(
        Cause.PRODUCTION_ARCHITECTURE,
        List.of(
            "The serving platform is ready and the endpoint passed load testing.",
            "CI/CD for the model was set up last month, so the deployment path is not a concern.",
            "Monitoring and retraining pipelines are already in place.",
            "The MLOps gap mentioned earlier has been closed by the platform team.",
            "Infra confirmed we can host it on the existing Kubernetes cluster - no blocker there.",
            "Deployment tooling works fine; we pushed to the staging environment without issues."));

    POSITIVE.put(
        Cause.INTEGRATION,
        List.of(
            "The core system has no API we can call, and the vendor wants a change request to add o"
                + "ne.",
            "We cannot connect the scoring output to the case-management tool; its interface is rea"
                + "d-only.",
            "The legacy mainframe only exports nightly flat files, which breaks the real-time desig"
                + "n.",
            "Integration with the CRM keeps failing - the connector times out on anything over a fe"
                + "w hundred records.",
            "The ERP team says they can't take any interface changes until next year's upgrade.",
            "There is no way to embed the recommendations into the agents' existing workflow screen"
                + ".",
            "The SAP integration estimate came back at four times the model effort.",
            "Blocked on the middleware team: the message queue we need to publish to isn't availabl"
                + "e to us.",
            "The downstream system can't consume our output format and nobody is able to change it."
                + "",
            "Hooking into the legacy claims platform turned out to be impossible without a rewrite "
                + "on their side."));
    NEGATED.put(
        Cause.INTEGRATION,
        List.of(
            "The CRM connector works end to end now; integration is done.",
            "The API from the core system was delivered on schedule.",
            "Integration testing with the ERP passed on the first run.",
            "The interface issue with the case tool was fixed by the vendor patch.",
            "No integration concerns - it is a standalone dashboard.",
            "We confirmed the legacy platform exposes everything we need."));

    POSITIVE.put(
        Cause.SECURITY_COMPLIANCE,
        List.of(
            "Still waiting for InfoSec to approve the architecture; the review has been pending sin"
                + "ce March.",
            "Legal won't sign off on sending customer text to an external LLM provider.",
            "The DPIA flagged the use of health data and the privacy office has put everything on h"
                + "old.",
            "Model risk management hasn't approved the model, so it cannot be used for decisions.",
            "Compliance raised concerns about explainability under the regulator's guidance and we'"
                + "re blocked until they are resolved.",
            "The penetration test found critical findings in the hosting set-up and go-live was ref"
                + "used.",
            "The GDPR lawful-basis question remains open; the DPO says we can't process the records"
                + " for this purpose.",
            "The governance board deferred its approval again pending a bias assessment.",
            "The security review rejected the vendor because of where the customer records would be"
                + " hosted.",
            "We can't proceed until the privacy impact assessment is signed off."));
    NEGATED.put(
        Cause.SECURITY_COMPLIANCE,
        List.of(
            "The security review came back clean.",
            "InfoSec approved the design with no findings.",
            "Privacy sign-off was granted last week, so compliance isn't a blocker.",
            "Legal confirmed the contract terms are fine for this use.",
            "The DPIA was completed and closed without actions.",
            "Pen test results were all low severity and have been remediated."));

    POSITIVE.put(
        Cause.OWNERSHIP_SPONSORSHIP,
        List.of(
            "Our executive sponsor moved to another division and no one has picked this up.",
            "After the reorganisation this dropped off everyone's priority list.",
            "There is no business owner willing to take accountability for the model's decisions.",
            "The sponsor left the company in June and nobody has been named in their place.",
            "Operations and Finance each think the other should own it, so nothing gets decided.",
            "Leadership priorities shifted to the transformation programme and this lost its champi"
                + "on.",
            "We can't get a decision from anyone - there is no accountable owner.",
            "The steering committee hasn't met since the sponsor stepped down.",
            "Business stakeholders are misaligned on whether this should go ahead at all.",
            "Under the new CIO's priorities this initiative no longer has executive backing."));
    NEGATED.put(
        Cause.OWNERSHIP_SPONSORSHIP,
        List.of(
            "Sponsorship is solid - the COO reviews progress every month.",
            "A new product owner was appointed, so ownership is no longer a question.",
            "Stakeholders are fully aligned after the workshop.",
            "The sponsor reconfirmed their support at the quarterly review.",
            "Ownership was settled: the operations team owns the model.",
            "Executive backing remains strong."));

    POSITIVE.put(
        Cause.SKILLS_GAP,
        List.of(
            "The only data scientist on the team resigned and we haven't been able to replace her.",
            "We don't have anyone who knows how to run Spark pipelines in production.",
            "The team lacks ML engineering experience; nobody can turn the notebook into a service."
                + "",
            "Hiring for the two ML engineer roles has been frozen.",
            "Our contractor with the NLP expertise rolled off and the knowledge left with him.",
            "There is no one in-house who could maintain a model like this.",
            "We can't staff the build - the platform engineers are all allocated to the migration.",
            "The key developer went on long-term leave and the rest of the team doesn't know the co"
                + "debase.",
            "We underestimated the specialist skills needed; the analysts can't build deep-learning"
                + " models.",
            "Recruitment for a data engineer failed twice, so nobody is building the pipelines."));
    NEGATED.put(
        Cause.SKILLS_GAP,
        List.of(
            "The new ML engineer started on Monday, so we are fully staffed now.",
            "Capacity isn't the issue; the team has the right skills.",
            "The skills gap we flagged earlier was covered by the training programme.",
            "We backfilled the data scientist role quickly.",
            "Staffing is fine for the next two quarters.",
            "The partner provides the specialist expertise, so there is no skills concern."));

    POSITIVE.put(
        Cause.SCOPE_CREEP,
        List.of(
            "Every review adds another use case; the MVP now covers five products instead of one.",
            "Scope keeps expanding - they now also want multilingual support and a mobile app befor"
                + "e launch.",
            "We agreed a first release for Q1 but the requirements list has tripled since.",
            "The business insists on handling every edge case before anything ships.",
            "New requirements arrive each sprint, so we never reach a deployable version.",
            "What began as a single forecast has grown into a full planning platform.",
            "We are re-scoping for the third time because the target keeps moving.",
            "The steering group asked to fold two other initiatives into this one and the plan fell"
                + " apart.",
            "Gold-plating: the team keeps adding features instead of shipping the minimum viable ve"
                + "rsion.",
            "Requirements creep has pushed the first deliverable out by nine months."));
    NEGATED.put(
        Cause.SCOPE_CREEP,
        List.of(
            "Scope is locked for the first release, no creep so far.",
            "We cut the extra requests and kept to the MVP.",
            "The backlog is stable - scope hasn't changed since kickoff.",
            "The re-scoping exercise is finished and everyone agreed the plan.",
            "Scope creep was a risk early on but we contained it.",
            "Change requests are going to phase two, so the MVP scope stays fixed."));

    POSITIVE.put(
        Cause.USER_ADOPTION,
        List.of(
            "The adjusters don't trust the scores and keep overriding them by hand.",
            "Usage dropped to almost zero after the first month of the pilot.",
            "Front-line staff see the tool as extra work and have gone back to their spreadsheets.",
            "Planners ignore the recommendations because they can't see why the model suggests them"
                + ".",
            "There was no change management or training, so the branches simply didn't adopt it.",
            "The call-centre team refused to use the assistant after it gave a few wrong answers.",
            "Pilot users told us it doesn't fit how they actually work.",
            "Only two of the twenty pilot users logged in during the last fortnight.",
            "The works council raised objections and the warehouse staff won't use the new scheduli"
                + "ng tool.",
            "Recruiters work around the screening tool rather than through it."));
    NEGATED.put(
        Cause.USER_ADOPTION,
        List.of(
            "Pilot users love it - usage is up every week.",
            "Feedback from the branches has been very positive.",
            "Adoption is on track; the training sessions were well attended.",
            "Users trust the outputs since the explanations were added.",
            "No resistance from the operations team so far.",
            "The change-management plan is working and uptake is high."));

    POSITIVE.put(
        Cause.COST_FUNDING,
        List.of(
            "Funding for next year was cut in the budget round.",
            "We've overspent the approved budget by 40% and finance has frozen further spend.",
            "The inference costs of the LLM at full volume would exceed the savings it delivers.",
            "The business case no longer stacks up: the ROI is negative once licensing is included."
                + "",
            "The budget was reallocated to the regulatory programme and this has no money left.",
            "The vendor's price for the production licence doubled at renewal.",
            "GPU spend has blown through the cloud budget for the quarter.",
            "Finance rejected the request for the additional funding the build needs.",
            "Running costs are too high to justify the modest accuracy gain.",
            "The programme lost its funding line in the cost-reduction exercise."));
    NEGATED.put(
        Cause.COST_FUNDING,
        List.of(
            "We're well within budget.",
            "Funding for the full year is confirmed.",
            "The cost concern was addressed - cloud spend is under forecast.",
            "Finance approved the additional budget without issues.",
            "Running costs are modest and already covered by the operations budget.",
            "The ROI review came out positive."));

    POSITIVE.put(
        Cause.TECHNICAL_FEASIBILITY,
        List.of(
            "The best model we've trained reaches 61% precision; the process needs at least 90%.",
            "After three months of experiments the accuracy is barely better than the rule-based ba"
                + "seline.",
            "The forecast error is too large to be useful for weekly planning.",
            "The vision model can't reliably detect defects under the factory lighting conditions.",
            "We don't think the problem is solvable with the signals available; the outcome looks m"
                + "ostly random.",
            "The assistant's hallucination rate is still unacceptable for customer-facing answers.",
            "Expectations were unrealistic - the business wanted near-perfect recall on a very rare"
                + " event.",
            "Model performance plateaued well below the agreed threshold.",
            "At the required accuracy the latency is ten times too slow for real-time use.",
            "Extraction accuracy on handwritten forms stays far too low whatever model we try."));
    NEGATED.put(
        Cause.TECHNICAL_FEASIBILITY,
        List.of(
            "Model accuracy comfortably beats the target.",
            "The feasibility question is answered: the POC hit every performance threshold.",
            "Precision improved to 93% after tuning, so performance is no longer a concern.",
            "Benchmarks show the approach works at the required quality.",
            "Latency is well within the SLA.",
            "The technical risks were retired in the spike."));

    STATUSES.put(
        Cause.DATA_READINESS,
        List.of("Blocked - Data Access", "Waiting for Data", "Blocked - Data Quality"));
    STATUSES.put(
        Cause.UNCLEAR_OBJECTIVE, List.of("Awaiting Requirements", "Needs Problem Definition"));
    STATUSES.put(
        Cause.PRODUCTION_ARCHITECTURE,
        List.of("Blocked - No Serving Platform", "Awaiting MLOps Platform"));
    STATUSES.put(Cause.INTEGRATION, List.of("Blocked - Integration", "Waiting for Interface"));
    STATUSES.put(
        Cause.SECURITY_COMPLIANCE,
        List.of("Waiting for Security Approval", "In Legal Review", "Pending Privacy Review"));
    STATUSES.put(Cause.OWNERSHIP_SPONSORSHIP, List.of("Awaiting Sponsor", "Needs Business Owner"));
    STATUSES.put(Cause.SKILLS_GAP, List.of("Awaiting Resources", "Waiting for Staffing"));
    STATUSES.put(Cause.SCOPE_CREEP, List.of("Re-scoping", "Scope Review"));
    STATUSES.put(Cause.USER_ADOPTION, List.of("Paused - Low Usage", "Paused - User Pushback"));
    STATUSES.put(Cause.COST_FUNDING, List.of("On Hold - Funding", "Awaiting Budget"));
    STATUSES.put(
        Cause.TECHNICAL_FEASIBILITY,
        List.of("Blocked - Model Performance", "Blocked - Accuracy Below Target"));
  }

  /** Prefixes for Jira comments carrying a statement (inflection variety). */
  static final List<String> COMMENT_PREFIX =
      List.of(
          "",
          "",
          "",
          "",
          "Update: ",
          "FYI ",
          "Raised in stand-up: ",
          "Heads-up - ",
          "Quick note: ",
          "As discussed, ");

  static final List<String> CLOSURE_TEMPLATES =
      List.of(
          "Cancelled: %s",
          "Stopped. %s",
          "%s Initiative closed by the portfolio board.",
          "Closed at the stage-gate review. %s",
          "%s",
          "Decision to stop: %s",
          "Discontinued - %s");

  static final List<String> NOTES_TEMPLATES =
      List.of(
          "%s",
          "Status report: %s",
          "%s Escalated to the portfolio office.",
          "Latest review: %s",
          "%s Next check-in not scheduled.");

  static final List<String> ONHOLD_STATUS_REASON =
      List.of("on hold", "on hold", "on hold", "On Hold", "on-hold", "on hold ");

  static final List<String> NEUTRAL_COMMENTS =
      List.of(
          "PR opened, waiting for a second reviewer.",
          "Merged to main.",
          "Moved to next sprint as agreed in planning.",
          "Unit tests added for the feature builder.",
          "Renamed the notebooks to match the naming convention.",
          "Story points re-estimated after refinement.",
          "Demo went fine, a couple of cosmetic remarks.",
          "Pairing with Ana on this tomorrow.",
          "Linked the Confluence page with the design notes.",
          "Looks good to me, closing.",
          "Bumped the library versions; nothing broke.",
          "Reproduced locally, fix is in the branch.",
          "Added logging around the retry logic.",
          "Cleaned up the old experiment folders.",
          "Spike notes are in the team space.",
          "Refactored the config loader, no behaviour change.",
          "Refactored the config loader, no behavior change.",
          "Will pick this up after the sprint review.",
          "Checked with the team, no objections.",
          "Dashboard colours aligned with the style guide.",
          "Dashboard colors aligned with the style guide.",
          "Closing as duplicate of the other ticket.",
          "Added acceptance criteria.",
          "Split the remaining work into two smaller stories.",
          "Retro action: keep tickets smaller.",
          "The nightly job ran green three days in a row.",
          "Hyperparameter sweep finished, results attached.",
          "Updated the README with the setup steps.",
          "Walked the team through the evaluation notebook.",
          "Tagged release candidate for internal review.",
          "Minor wording changes to the summary page.",
          "Fixed a typo in the column mapping.",
          "Benchmark numbers attached for reference.",
          "Confirmed the fix with the reporter.",
          "Converted the script to a proper module.",
          "Re-ran the evaluation with the new random seed, same numbers.",
          "Moved the diagrams to the architecture page.",
          "Agreed the naming of the output fields with the analysts.",
          "Timeboxed to two days.",
          "Sorted out the linting warnings.",
          "Archived the unused branches.",
          "Ticket groomed, ready for the sprint.",
          "Sync with the analytics guild went well.",
          "Added a sample output to the ticket.",
          "Changed the schedule from hourly to every four hours.");

  static final List<String> NEUTRAL_NOTES =
      List.of(
          "Fortnightly demo to the leadership team.",
          "Design notes in Confluence.",
          "Part of the 2025 AI portfolio.",
          "Tracked in the quarterly portfolio review.",
          "Run as a joint squad with the analytics guild.",
          "Quarterly benefits review with finance.",
          "Reports to the divisional leadership team.",
          "Two-week sprints; demos on Thursdays.",
          "",
          "",
          "");

  static final List<String> DESCRIPTION_FILLER =
      List.of(
          "Acceptance criteria:\n\n* code reviewed\n* tests green\n* notes updated in Confluence",
          "h3. Context\nFollow-up from the last sprint review.\n\nh3. Done when\n* merged\n* demoed"
              + "",
          "See the linked design page for details.",
          "Steps:\n# prepare the branch\n# run the evaluation\n# share the results in the channel",
          "{code}make test && make lint{code}\nShould pass before merge.",
          "Small clean-up task, no functional change expected.");

  static final Map<String, String> AMERICAN = new java.util.LinkedHashMap<>();

  static {
    AMERICAN.put("reorganisation", "reorganization");
    AMERICAN.put("programme", "program");
    AMERICAN.put("productionised", "productionized");
    AMERICAN.put("labelled", "labeled");
    AMERICAN.put("Labelling", "Labeling");
    AMERICAN.put("licence", "license");
    AMERICAN.put("centre", "center");
    AMERICAN.put("prioritis", "prioritiz");
    AMERICAN.put("optimis", "optimiz");
    AMERICAN.put("cancelled", "canceled");
    AMERICAN.put("Cancelled", "Canceled");
  }

  static final Map<String, String> BRITISH = new java.util.LinkedHashMap<>();

  static {
    BRITISH.put("memorizes", "memorises");
    BRITISH.put("operationalize", "operationalise");
    BRITISH.put("labeled", "labelled");
  }

  /** Spelling variety: switch to American or British spelling at random. */
  static String spell(String s, SplittableRandom r) {
    int p = r.nextInt(10);
    Map<String, String> m = p < 4 ? AMERICAN : p < 7 ? BRITISH : null;
    if (m == null) {
      return s;
    }
    for (Map.Entry<String, String> e : m.entrySet()) {
      s = s.replace(e.getKey(), e.getValue());
    }
    return s;
  }

  static <T> T pick(List<T> l, SplittableRandom r) {
    return l.get(r.nextInt(l.size()));
  }

  /** Lower-cases the first letter after a prefix that ends a sentence-less lead-in. */
  static String withPrefix(String prefix, String s) {
    if (prefix.isEmpty() || prefix.endsWith(". ") || prefix.endsWith(": ")) {
      return prefix + s;
    }
    int sp = s.indexOf(' ');
    String first = sp < 0 ? s : s.substring(0, sp);
    boolean proper =
        first.length() < 2
            || !Character.isLowerCase(first.charAt(1))
            || java.util.Set.of("Legal", "Operations", "Finance", "Compliance", "Our")
                .contains(first);
    return proper ? prefix + s : prefix + Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
