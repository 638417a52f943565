package dev.lastmile.transform;

import static dev.lastmile.transform.CauseFixtures.REGISTRY;
import static dev.lastmile.transform.CauseFixtures.TEXTS;
import static dev.lastmile.transform.CauseFixtures.df;
import static dev.lastmile.transform.CauseFixtures.reg;
import static dev.lastmile.transform.CauseFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lastmile.rules.CauseRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Table-driven checks of the text rules: one comment per case, all cases in one Spark job. Each
 * case names the causes that must be found (empty = none) and, for the first, the rule id.
 */
class CauseEvidenceTest {
  private static final CauseRules RULES = CauseRules.loadDefault();
  private static final LocalDate AS_OF = LocalDate.of(2026, 10, 1);

  /** sentence, expected "CAUSE:rule_id" list separated by ',' (empty for none). */
  static final String[][] CASES = {
    // DATA_READINESS
    {"We are still waiting for access to the claims data warehouse.", "DATA_READINESS:data.access"},
    {
      "Training labels are too sparse and heavily biased towards one region.",
      "DATA_READINESS:data.quality"
    },
    {
      "There is not enough labelled history to train anything useful.",
      "DATA_READINESS:data.availability"
    },
    {"The data access issue was resolved in March.", ""},
    {"No problems with the source data so far.", ""},
    {"Data quality is not an issue any more.", ""},
    // UNCLEAR_OBJECTIVE
    {"Nobody could tell us which KPI this should move.", "UNCLEAR_OBJECTIVE:objective.undefined"},
    {
      "Success criteria were never defined by the business.",
      "UNCLEAR_OBJECTIVE:objective.undefined"
    },
    {
      "It felt like a solution looking for a problem.", "UNCLEAR_OBJECTIVE:objective.solution_first"
    },
    {"The baseline and target were agreed at kickoff.", ""},
    // PRODUCTION_ARCHITECTURE
    {
      "There is no MLOps platform to host the model.",
      "PRODUCTION_ARCHITECTURE:architecture.no_path"
    },
    {
      "The prototype was never designed for production use.",
      "PRODUCTION_ARCHITECTURE:architecture.poc_trap"
    },
    // INTEGRATION
    {"The mainframe does not expose an API we can call.", "INTEGRATION:integration.systems"},
    {
      "Hooking into Salesforce failed twice; vendor says it will take months.",
      "INTEGRATION:integration.systems"
    },
    // SECURITY_COMPLIANCE
    {
      "Infosec rejected the design because customer PII leaves the region.",
      "SECURITY_COMPLIANCE:security.approval"
    },
    {"No security concerns were raised.", ""},
    {"Security review passed with no findings.", ""},
    {"The DPIA has not been signed off by legal.", "SECURITY_COMPLIANCE:security.approval"},
    // OWNERSHIP_SPONSORSHIP
    {"Our executive sponsor left the company in May.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {
      "The project was deprioritized after the merger.",
      "OWNERSHIP_SPONSORSHIP:ownership.priorities"
    },
    {"The sponsor is very supportive.", ""},
    // SKILLS_GAP
    {"Our only ML engineer resigned and we can't backfill.", "SKILLS_GAP:skills.staff"},
    {"The team lacks data engineering skills.", "SKILLS_GAP:skills.staff"},
    // SCOPE_CREEP
    {"Scope kept expanding with every steering meeting.", "SCOPE_CREEP:scope.creep"},
    {"Marketing added yet another country to the first release.", "SCOPE_CREEP:scope.creep"},
    // USER_ADOPTION
    {
      "Underwriters simply ignored the scores and kept their spreadsheets.",
      "USER_ADOPTION:adoption.users"
    },
    {"Agents don't trust the recommendations.", "USER_ADOPTION:adoption.users"},
    // COST_FUNDING
    {"Funding was cut in the Q3 budget round.", "COST_FUNDING:cost.funding"},
    {"GPU costs are far too high to run this at scale.", "COST_FUNDING:cost.funding"},
    {"On hold until funding is approved.", "COST_FUNDING:cost.funding"},
    {"Budget is fine.", ""},
    // TECHNICAL_FEASIBILITY
    {"The model did not meet the accuracy bar.", "TECHNICAL_FEASIBILITY:feasibility.quality"},
    {"Recall plateaued well below the agreed target.", "TECHNICAL_FEASIBILITY:feasibility.quality"},
    {
      "Expectations were unrealistic for this kind of problem.",
      "TECHNICAL_FEASIBILITY:feasibility.hard"
    },
    // spelling variants and markup
    {
      "The initiative was de-prioritised after the reorganization.",
      "OWNERSHIP_SPONSORSHIP:ownership.priorities"
    },
    {"The license costs are far above the estimate.", "COST_FUNDING:cost.funding"},
    {
      "*Blocked* waiting on [~accountid:5b10a2844c20165700ede21g] for access to the labeled data.",
      "DATA_READINESS:data.access"
    },
    {
      "Cloud costs are far above the estimate; finance wants a review.", "COST_FUNDING:cost.funding"
    },
    // neutral chatter
    {"Merged the feature branch and updated the README.", ""},
    {"Pulled the training data from the warehouse; row counts match.", ""},
    // ---- causes-1.1.0: general paraphrase families per cause, written independently of any
    // portfolio (synonyms, inflections, multi-word patterns), with negated/resolved variants ----
    // SKILLS_GAP (general paraphrases; "-" = negated/resolved)
    {"Nobody on the team knows how to deploy a model.", "SKILLS_GAP:skills.staff"},
    {"None of us has experience with Kubernetes or model serving.", "SKILLS_GAP:skills.team"},
    {"We lack ML expertise in house.", "SKILLS_GAP:skills.staff"},
    {"Lack of data engineering expertise slowed everything down.", "SKILLS_GAP:skills.staff"},
    {"The only data scientist left in March.", "SKILLS_GAP:skills.staff"},
    {
      "Our lead data scientist resigned and nobody could pick up the work.",
      "SKILLS_GAP:skills.staff"
    },
    {"The lead ML engineer was reassigned to the payments programme.", "SKILLS_GAP:skills.staff"},
    {"Our data scientist moved on to another company.", "SKILLS_GAP:skills.staff"},
    {"Hiring freeze means we cannot replace him.", "SKILLS_GAP:skills.staff"},
    {"We could not recruit a data engineer.", "SKILLS_GAP:skills.staff"},
    {"Couldn't backfill the role after she left.", "SKILLS_GAP:skills.staff"},
    {"The team is badly understaffed.", "SKILLS_GAP:skills.staff"},
    {"The contractors rolled off and took the knowledge with them.", "SKILLS_GAP:skills.staff"},
    {"All the knowledge left with the consultant.", "SKILLS_GAP:skills.team"},
    {
      "Key person dependency: only Raj understands the pipeline and he is on leave.",
      "SKILLS_GAP:skills.team"
    },
    {"We don't have anyone who can build the feature pipelines.", "SKILLS_GAP:skills.team"},
    {"No one here has done MLOps before.", "SKILLS_GAP:skills.team"},
    {
      "The vendor consultants left and the internal team could not maintain the model.",
      "SKILLS_GAP:skills.staff"
    },
    {"We never managed to hire the ML engineers we needed.", "SKILLS_GAP:skills.staff"},
    {"The open data engineer req has been unfilled for six months.", "SKILLS_GAP:skills.staff"},
    {"The team has no experience with NLP.", "SKILLS_GAP:skills.staff"},
    {"Nobody had the skills to productionise the notebook.", "SKILLS_GAP:skills.team"},
    {"Staff turnover killed our momentum.", "SKILLS_GAP:skills.staff"},
    {"Both data scientists quit within a month.", "SKILLS_GAP:skills.staff"},
    {"Lost our two best engineers to a competitor.", "SKILLS_GAP:skills.staff"},
    {"The skills gap in ML engineering was never closed.", "SKILLS_GAP:skills.staff"},
    {"We do not have the in-house capability to run this.", "SKILLS_GAP:skills.team"},
    {"The analysts were not trained in Python.", "SKILLS_GAP:skills.staff"},
    {"There is nobody left who understands the model.", "SKILLS_GAP:skills.team"},
    {"Capacity: the team is stretched across five projects.", "SKILLS_GAP:skills.staff"},
    {"Waiting for a data engineer to be assigned.", "SKILLS_GAP:skills.team"},
    {
      "Knowledge walked out the door when the contractor's engagement ended.",
      "SKILLS_GAP:skills.staff"
    },
    {"We relied on one person and she left.", "SKILLS_GAP:skills.team"},
    {"The team is too junior to take this to production.", "SKILLS_GAP:skills.staff"},
    {"Talent shortage: we cannot compete on ML salaries.", "SKILLS_GAP:skills.staff"},
    {"Nobody in the team is familiar with the forecasting library.", "SKILLS_GAP:skills.team"},
    {"The hiring freeze was lifted in June.", ""},
    {"We hired two ML engineers last month, so staffing is fine now.", ""},
    {"Staffing is not an issue.", ""},
    {"The new data scientist joined and is ramping up well.", ""},
    {"No skills gaps on the team.", ""},
    {"The team has plenty of ML experience.", ""},
    {"We simply don't have the people to take this further.", "SKILLS_GAP:skills.team"},
    {"The squad has zero MLOps know-how.", "SKILLS_GAP:skills.staff"},
    {"After Priya's departure no one could retrain the model.", "SKILLS_GAP:skills.team"},
    {
      "Our data engineering capacity is fully consumed by the migration.", "SKILLS_GAP:skills.staff"
    },
    {
      "Recruiting a senior ML engineer has taken nine months and counting.",
      "SKILLS_GAP:skills.team"
    },
    {"We are short of two data engineers.", "SKILLS_GAP:skills.staff"},
    {"The consultancy's contract ended and the handover never happened.", "SKILLS_GAP:skills.team"},
    {
      "The team lacks the deep learning background needed for vision models.",
      "SKILLS_GAP:skills.staff"
    },
    {"The headcount request for a data scientist was rejected.", "SKILLS_GAP:skills.team"},
    {"Our ML lead went on parental leave and the work stopped.", "SKILLS_GAP:skills.team"},
    {"No internal expertise to support the model after go-live.", "SKILLS_GAP:skills.staff"},
    {"The BI developers were asked to do data science without training.", "SKILLS_GAP:skills.team"},
    // SCOPE_CREEP (general paraphrases; "-" = negated/resolved)
    {"Every demo ended with one more feature request.", "SCOPE_CREEP:scope.creep"},
    {"The scope kept expanding with each steering meeting.", "SCOPE_CREEP:scope.creep"},
    {"Requirements keep changing every sprint.", "SCOPE_CREEP:scope.creep"},
    {"This is gold-plating at this point.", "SCOPE_CREEP:scope.creep"},
    {"We tried to boil the ocean.", "SCOPE_CREEP:scope.creep"},
    {"The MVP grew into a full platform.", "SCOPE_CREEP:scope.creep"},
    {"Moving goalposts from the business.", "SCOPE_CREEP:scope.creep"},
    {
      "The business keeps adding new use cases before we ship the first one.",
      "SCOPE_CREEP:scope.creep"
    },
    {"What started as a churn model became a customer 360 programme.", "SCOPE_CREEP:scope.growth"},
    {"The first release now has to cover all twelve markets.", "SCOPE_CREEP:scope.growth"},
    {"They want it to also handle invoices, contracts and emails.", "SCOPE_CREEP:scope.growth"},
    {"The backlog doubled since the kickoff.", "SCOPE_CREEP:scope.creep"},
    {"Every stakeholder added their own must-have requirements.", "SCOPE_CREEP:scope.creep"},
    {"The project became too big to ever ship.", "SCOPE_CREEP:scope.growth"},
    {
      "We never got to a shippable version because the target kept moving.",
      "SCOPE_CREEP:scope.creep"
    },
    {"Another round of new requirements from the steering group.", "SCOPE_CREEP:scope.growth"},
    {"Scope ballooned after the second workshop.", "SCOPE_CREEP:scope.creep"},
    {"New requirements keep coming in.", "SCOPE_CREEP:scope.creep"},
    {"The ask grew from one region to the whole group.", "SCOPE_CREEP:scope.creep"},
    {"Uncontrolled scope growth meant we never released.", "SCOPE_CREEP:scope.creep"},
    {
      "The pilot turned into an enterprise-wide rollout plan before it even worked.",
      "SCOPE_CREEP:scope.growth"
    },
    {"Too many nice-to-haves were added to the must-have list.", "SCOPE_CREEP:scope.growth"},
    {"It became a never-ending project.", "SCOPE_CREEP:scope.growth"},
    {"The requirements were a moving target.", "SCOPE_CREEP:scope.creep"},
    {"Scope was expanded again to include real-time scoring.", "SCOPE_CREEP:scope.creep"},
    {"Feature requests piled up faster than we could deliver.", "SCOPE_CREEP:scope.creep"},
    {"Scope is frozen now.", ""},
    {"The scope was locked at kickoff and has not changed.", ""},
    {"No scope creep so far.", ""},
    {"We cut the scope back to a single use case and shipped.", ""},
    {"Scope creep was brought under control after the reset.", ""},
    {"The MVP definition changed three times.", "SCOPE_CREEP:scope.growth"},
    {"Stakeholders kept piling on requirements.", "SCOPE_CREEP:scope.creep"},
    {"We added multilingual support, then voice, then a mobile app.", "SCOPE_CREEP:scope.growth"},
    {"The business wanted everything in phase one.", "SCOPE_CREEP:scope.growth"},
    {"Marketing asked for five more dashboards before launch.", "SCOPE_CREEP:scope.growth"},
    {"The pilot was supposed to cover one plant; now it's all twelve.", "SCOPE_CREEP:scope.growth"},
    {"Every review adds new must-haves.", "SCOPE_CREEP:scope.creep"},
    {"We are trying to do too much at once.", "SCOPE_CREEP:scope.growth"},
    {
      "Scope expanded from fraud detection to the whole financial crime stack.",
      "SCOPE_CREEP:scope.creep"
    },
    {"The wish list keeps getting longer.", "SCOPE_CREEP:scope.creep"},
    // OWNERSHIP_SPONSORSHIP (general paraphrases; "-" = negated/resolved)
    {
      "Our sponsor moved to another division and nobody picked it up.",
      "OWNERSHIP_SPONSORSHIP:ownership.sponsor"
    },
    {"The VP who championed this left the company.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {"Nobody on the business side owns the outcome.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {"There is no business owner for the model.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {"We lost executive support after the reorg.", "OWNERSHIP_SPONSORSHIP:ownership.priorities"},
    {"Priorities shifted to the ERP migration.", "OWNERSHIP_SPONSORSHIP:ownership.priorities"},
    {"The steering committee never met after January.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {
      "No one will take ownership of the model once it is live.",
      "OWNERSHIP_SPONSORSHIP:ownership.sponsor"
    },
    {"The business lost interest.", "OWNERSHIP_SPONSORSHIP:ownership.priorities"},
    {"Stakeholders could not agree on who owns it.", "OWNERSHIP_SPONSORSHIP:ownership.priorities"},
    {
      "Sales and operations want opposite things from the model.",
      "OWNERSHIP_SPONSORSHIP:ownership.vacuum"
    },
    {
      "Deprioritised in favour of the cost programme.", "OWNERSHIP_SPONSORSHIP:ownership.priorities"
    },
    {
      "Waiting for a decision from leadership for three months.",
      "OWNERSHIP_SPONSORSHIP:ownership.vacuum"
    },
    {"The new CIO has different priorities.", "OWNERSHIP_SPONSORSHIP:ownership.priorities"},
    {"No executive sponsor was ever named.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {
      "The product owner role has been vacant since April.",
      "OWNERSHIP_SPONSORSHIP:ownership.sponsor"
    },
    {"It is an orphan project with no champion.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {"Management attention moved elsewhere.", "OWNERSHIP_SPONSORSHIP:ownership.vacuum"},
    {"Leadership pulled support for the initiative.", "OWNERSHIP_SPONSORSHIP:ownership.priorities"},
    {"The business unit never signed up to own it.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {"Nobody is accountable for the outcome.", "OWNERSHIP_SPONSORSHIP:ownership.priorities"},
    {
      "Our champion got promoted and the new head does not care about it.",
      "OWNERSHIP_SPONSORSHIP:ownership.sponsor"
    },
    {"No buy-in from the business.", "OWNERSHIP_SPONSORSHIP:ownership.priorities"},
    {
      "The initiative lost its sponsor when she retired.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"
    },
    {"The sponsor is very engaged and attends every review.", ""},
    {"Ownership was agreed with operations last week.", ""},
    {"The new sponsor was confirmed in May.", ""},
    {"Leadership remains supportive.", ""},
    {"Our exec sponsor was let go in the restructure.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {
      "There's no one on the business side to make decisions.",
      "OWNERSHIP_SPONSORSHIP:ownership.sponsor"
    },
    {
      "The sponsor has gone quiet and misses every review.",
      "OWNERSHIP_SPONSORSHIP:ownership.sponsor"
    },
    {
      "IT and the business are fighting over who pays and who owns it.",
      "OWNERSHIP_SPONSORSHIP:ownership.vacuum"
    },
    {
      "Nobody wants to be accountable for the model's decisions.",
      "OWNERSHIP_SPONSORSHIP:ownership.sponsor"
    },
    {
      "The initiative was parked when the division was merged.",
      "OWNERSHIP_SPONSORSHIP:ownership.reorg"
    },
    {"The project has no executive champion.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {"Leadership never gave a clear go or no-go.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {"The new COO killed all innovation projects.", "OWNERSHIP_SPONSORSHIP:ownership.reorg"},
    {"It's nobody's priority anymore.", "OWNERSHIP_SPONSORSHIP:ownership.vacuum"},
    // DATA_READINESS (general paraphrases; "-" = negated/resolved)
    {"The data is siloed across three business units.", "DATA_READINESS:data.readiness"},
    {"We never got the historical data we were promised.", "DATA_READINESS:data.availability"},
    {"The labels turned out to be unreliable.", "DATA_READINESS:data.readiness"},
    {"Half the records have missing values.", "DATA_READINESS:data.quality"},
    {"The training data does not represent current customers.", "DATA_READINESS:data.quality"},
    {"The data is not fit for purpose.", "DATA_READINESS:data.quality"},
    {
      "There is only three months of history, not enough to train.", "DATA_READINESS:data.readiness"
    },
    {"Nobody could tell us where the data lives.", "DATA_READINESS:data.readiness"},
    {"The source tables are full of duplicates and nulls.", "DATA_READINESS:data.quality"},
    {"Data lineage is unknown and the fields are undocumented.", "DATA_READINESS:data.quality"},
    {"The data owner still has not provided the extract.", "DATA_READINESS:data.readiness"},
    {
      "We need labelled examples and nobody has time to annotate them.",
      "DATA_READINESS:data.readiness"
    },
    {"Cleaning the data took far longer than modelling.", "DATA_READINESS:data.readiness"},
    {"The sensor data has huge gaps.", "DATA_READINESS:data.quality"},
    {"Data was not ready for modelling.", "DATA_READINESS:data.readiness"},
    {"The feature we need is not captured anywhere.", "DATA_READINESS:data.readiness"},
    {"Data quality is terrible.", "DATA_READINESS:data.quality"},
    {"The data is clean and well documented.", ""},
    {"Data access was sorted out last month, no issue there now.", ""},
    {"The data quality issues were fixed by the data team.", ""},
    {"The historical data only goes back six months.", "DATA_READINESS:data.quality"},
    {"Key fields are mostly empty in the source system.", "DATA_READINESS:data.quality"},
    {"The training set is dominated by one product line.", "DATA_READINESS:data.quality"},
    {
      "We are still waiting on the data extract from the warehouse team.",
      "DATA_READINESS:data.access"
    },
    {
      "Outcomes are not recorded in any system, so we have no labels.",
      "DATA_READINESS:data.availability"
    },
    {
      "Data from the plants is in different formats and can't be merged.",
      "DATA_READINESS:data.readiness"
    },
    {"Images are too low resolution to be useful.", "DATA_READINESS:data.quality"},
    {"The data feed breaks every week.", "DATA_READINESS:data.quality"},
    // USER_ADOPTION (general paraphrases; "-" = negated/resolved)
    {"The planners keep overriding the forecast.", "USER_ADOPTION:adoption.behaviour"},
    {"Users went back to Excel.", "USER_ADOPTION:adoption.behaviour"},
    {"Nobody logs in to the dashboard.", "USER_ADOPTION:adoption.behaviour"},
    {"The call centre staff did not trust the suggestions.", "USER_ADOPTION:adoption.users"},
    {"The tool is barely used.", "USER_ADOPTION:adoption.behaviour"},
    {"Adoption stayed very low after launch.", "USER_ADOPTION:adoption.users"},
    {
      "Clinicians found it added clicks to their workflow and stopped using it.",
      "USER_ADOPTION:adoption.behaviour"
    },
    {"The sales team refuses to use the lead scores.", "USER_ADOPTION:adoption.users"},
    {"No change management plan was in place.", "USER_ADOPTION:adoption.behaviour"},
    {"Users were not involved in the design.", "USER_ADOPTION:adoption.behaviour"},
    {"The recommendations are ignored in practice.", "USER_ADOPTION:adoption.behaviour"},
    {"Usage dropped off after the first month.", "USER_ADOPTION:adoption.behaviour"},
    {"The agents see it as a threat to their jobs.", "USER_ADOPTION:adoption.behaviour"},
    {"Field engineers prefer their own checklists.", "USER_ADOPTION:adoption.users"},
    {"Low engagement from end users.", "USER_ADOPTION:adoption.behaviour"},
    {"The business never embraced the tool.", "USER_ADOPTION:adoption.users"},
    {"Managers did not see the value of the predictions.", "USER_ADOPTION:adoption.users"},
    {"Users love the new assistant.", ""},
    {"Adoption is strong, 80 percent weekly active users.", ""},
    {"The agents' early scepticism was overcome after training.", ""},
    {
      "The nurses found the alerts annoying and turned them off.",
      "USER_ADOPTION:adoption.behaviour"
    },
    {
      "Underwriters say the model is a black box and won't rely on it.",
      "USER_ADOPTION:adoption.behaviour"
    },
    {"Reps keep using their own judgement instead of the scores.", "USER_ADOPTION:adoption.users"},
    {"Only three people used the tool last month.", "USER_ADOPTION:adoption.behaviour"},
    {"The store managers never opened the app.", "USER_ADOPTION:adoption.users"},
    {"End users pushed back on the new process.", "USER_ADOPTION:adoption.users"},
    {"The chatbot gets very few conversations.", "USER_ADOPTION:adoption.behaviour"},
    {"Employees were worried the tool would replace them.", "USER_ADOPTION:adoption.users"},
    // SECURITY_COMPLIANCE (general paraphrases; "-" = negated/resolved)
    {
      "Legal won't let us send customer data to the LLM vendor.",
      "SECURITY_COMPLIANCE:security.approval"
    },
    {"The model risk team has not approved it.", "SECURITY_COMPLIANCE:security.approval"},
    {"Pending privacy review.", "SECURITY_COMPLIANCE:security.approval"},
    {"Stuck in the security review for four months.", "SECURITY_COMPLIANCE:security.approval"},
    {"Compliance said no.", "SECURITY_COMPLIANCE:security.approval"},
    {"The DPO raised concerns about profiling.", "SECURITY_COMPLIANCE:security.approval"},
    {"GDPR makes this use of the data impossible.", "SECURITY_COMPLIANCE:security.blocked"},
    {
      "The architecture review board rejected the cloud hosting.",
      "SECURITY_COMPLIANCE:security.approval"
    },
    {"We are waiting for the infosec assessment.", "SECURITY_COMPLIANCE:security.approval"},
    {
      "The regulator would require full explainability, which we cannot provide.",
      "SECURITY_COMPLIANCE:security.approval"
    },
    {"Privacy sign-off never came.", "SECURITY_COMPLIANCE:security.approval"},
    {
      "Using patient records is not permitted without consent.",
      "SECURITY_COMPLIANCE:security.approval"
    },
    {"The vendor failed the third-party risk assessment.", "SECURITY_COMPLIANCE:security.approval"},
    {"Awaiting approval from the AI governance board.", "SECURITY_COMPLIANCE:security.approval"},
    {"The security review passed with minor findings that are fixed.", ""},
    {"Privacy approval was granted in March.", ""},
    {"No compliance issues identified.", ""},
    {"The CISO blocked the use of a public LLM.", "SECURITY_COMPLIANCE:security.approval"},
    {
      "Data can't leave the EU and the vendor only hosts in the US.",
      "SECURITY_COMPLIANCE:security.blocked"
    },
    {
      "The DPIA flagged high risk and the project was halted.",
      "SECURITY_COMPLIANCE:security.approval"
    },
    {
      "Model validation by the risk team is still outstanding after six months.",
      "SECURITY_COMPLIANCE:security.approval"
    },
    {"Works council approval has not been obtained.", "SECURITY_COMPLIANCE:security.approval"},
    {"The pen test found critical vulnerabilities.", "SECURITY_COMPLIANCE:security.approval"},
    {
      "Legal says we can't use the call recordings for training.",
      "SECURITY_COMPLIANCE:security.approval"
    },
    // UNCLEAR_OBJECTIVE (general paraphrases; "-" = negated/resolved)
    {"We never agreed what success looks like.", "UNCLEAR_OBJECTIVE:objective.success"},
    {
      "Nobody could say what decision the model would support.",
      "UNCLEAR_OBJECTIVE:objective.success"
    },
    {
      "The business problem was never clearly defined.",
      "UNCLEAR_OBJECTIVE:objective.solution_first"
    },
    {"There was no measurable target for the pilot.", "UNCLEAR_OBJECTIVE:objective.success"},
    {
      "We built it because leadership wanted something with AI.",
      "UNCLEAR_OBJECTIVE:objective.success"
    },
    {"It was unclear what problem we were solving.", "UNCLEAR_OBJECTIVE:objective.solution_first"},
    {"No baseline to compare against.", "UNCLEAR_OBJECTIVE:objective.undefined"},
    {
      "The use case was never validated with the business.",
      "UNCLEAR_OBJECTIVE:objective.solution_first"
    },
    {"The KPI and baseline were signed off at kickoff.", ""},
    {"Nobody could explain what the model was for.", "UNCLEAR_OBJECTIVE:objective.success"},
    {
      "The goal shifted from cost saving to customer experience and back.",
      "UNCLEAR_OBJECTIVE:objective.undefined"
    },
    {"We never quantified the expected benefit.", "UNCLEAR_OBJECTIVE:objective.undefined"},
    {"It was a technology push without a business need.", "UNCLEAR_OBJECTIVE:objective.undefined"},
    {"The problem statement is still vague.", "UNCLEAR_OBJECTIVE:objective.undefined"},
    // PRODUCTION_ARCHITECTURE (general paraphrases; "-" = negated/resolved)
    {
      "There is no way to deploy the model outside the notebook.",
      "PRODUCTION_ARCHITECTURE:architecture.poc_trap"
    },
    {
      "We have no model monitoring or retraining pipeline.",
      "PRODUCTION_ARCHITECTURE:architecture.no_path"
    },
    {
      "The prototype only runs on a data scientist's laptop.",
      "PRODUCTION_ARCHITECTURE:architecture.runtime"
    },
    {"IT has no platform to host Python models.", "PRODUCTION_ARCHITECTURE:architecture.runtime"},
    {"No CI/CD for models exists.", "PRODUCTION_ARCHITECTURE:architecture.no_path"},
    {"The POC was never built to scale.", "PRODUCTION_ARCHITECTURE:architecture.runtime"},
    {
      "Nobody knows how we would run this in production.",
      "PRODUCTION_ARCHITECTURE:architecture.runtime"
    },
    {"The serving platform is in place and monitoring works.", ""},
    {
      "There is no production environment for Python workloads.",
      "PRODUCTION_ARCHITECTURE:architecture.no_path"
    },
    {
      "The model can't be deployed because there is no serving infrastructure.",
      "PRODUCTION_ARCHITECTURE:architecture.no_path"
    },
    {"Nobody has set up monitoring for drift.", "PRODUCTION_ARCHITECTURE:architecture.no_path"},
    {
      "Retraining is a manual process that nobody runs.",
      "PRODUCTION_ARCHITECTURE:architecture.no_path"
    },
    {
      "The notebook code was never refactored for production.",
      "PRODUCTION_ARCHITECTURE:architecture.runtime"
    },
    // INTEGRATION (general paraphrases; "-" = negated/resolved)
    {"The core banking system has no API.", "INTEGRATION:integration.systems"},
    {"We could not get the scores into the CRM.", "INTEGRATION:integration.delivery"},
    {
      "The legacy claims system cannot consume real-time predictions.",
      "INTEGRATION:integration.delivery"
    },
    {"Integration with SAP is a nightmare.", "INTEGRATION:integration.systems"},
    {"The vendor will not open their API to us.", "INTEGRATION:integration.systems"},
    {"Integration with Salesforce works fine now.", ""},
    {
      "The ERP interface took longer than the model itself and was never finished.",
      "INTEGRATION:integration.systems"
    },
    {
      "There is no way to feed predictions back into the dispatch system.",
      "INTEGRATION:integration.systems"
    },
    {
      "The EHR vendor charges for every API call and will not give us write access.",
      "INTEGRATION:integration.systems"
    },
    {
      "The model works but it is not wired into the underwriting workflow.",
      "INTEGRATION:integration.systems"
    },
    {"The legacy system only accepts nightly batch files.", "INTEGRATION:integration.systems"},
    // COST_FUNDING (general paraphrases; "-" = negated/resolved)
    {"The budget was cut in the annual planning round.", "COST_FUNDING:cost.funding"},
    {"Inference costs would eat all the savings.", "COST_FUNDING:cost.case"},
    {"Finance pulled the funding.", "COST_FUNDING:cost.case"},
    {"We could not make the business case work.", "COST_FUNDING:cost.case"},
    {"The cloud bill tripled.", "COST_FUNDING:cost.case"},
    {"Not funded for next year.", "COST_FUNDING:cost.case"},
    {"Funding for next year was approved.", ""},
    {"The project ran over budget by 40 percent.", "COST_FUNDING:cost.funding"},
    {"The funding was redirected to the cloud migration.", "COST_FUNDING:cost.funding"},
    {"LLM API costs made the use case uneconomic.", "COST_FUNDING:cost.funding"},
    {"The ROI was never there.", "COST_FUNDING:cost.funding"},
    {"Budget for phase two was not approved.", "COST_FUNDING:cost.case"},
    {"The vendor licence is too expensive to renew.", "COST_FUNDING:cost.funding"},
    // TECHNICAL_FEASIBILITY (general paraphrases; "-" = negated/resolved)
    {"The model never beat the simple baseline.", "TECHNICAL_FEASIBILITY:feasibility.quality"},
    {"Accuracy stuck at 60 percent.", "TECHNICAL_FEASIBILITY:feasibility.quality"},
    {
      "The LLM hallucinates too often for customer use.",
      "TECHNICAL_FEASIBILITY:feasibility.quality"
    },
    {
      "The problem turned out to be much harder than expected.",
      "TECHNICAL_FEASIBILITY:feasibility.hard"
    },
    {
      "The technology is not mature enough for this use case.",
      "TECHNICAL_FEASIBILITY:feasibility.hard"
    },
    {"The model comfortably beat the accuracy target.", ""},
    {
      "The model could not distinguish the defect types.",
      "TECHNICAL_FEASIBILITY:feasibility.quality"
    },
    {"Precision was far too low to be useful.", "TECHNICAL_FEASIBILITY:feasibility.quality"},
    {"The OCR fails on handwritten forms.", "TECHNICAL_FEASIBILITY:feasibility.quality"},
    {
      "The forecasts were worse than the planners' own estimates.",
      "TECHNICAL_FEASIBILITY:feasibility.quality"
    },
    {
      "The task turned out to be impossible with current models.",
      "TECHNICAL_FEASIBILITY:feasibility.hard"
    },
    // negated, resolved or neutral statements of the new phrasings
    {"Moved the standup to Tuesday.", ""},
    {"Added unit tests for the tokenizer.", ""},
    {"Demo went well, next sprint planning on Monday.", ""},
    {"The team will present results at the steering meeting.", ""},
    {"Refactored the scoring code and bumped library versions.", ""},
    {"Updated the dashboard colours per feedback.", ""},
    {"Alice joined the team this week.", ""},
    {"Added a new feature to the data pipeline.", ""},
    {"The data scientist presented the results.", ""},
    {"The sponsor signed off the budget for phase two.", ""},
    {"Data pipeline refactoring is complete.", ""},
    {"Users gave positive feedback in the pilot.", ""},
    {"The security review is scheduled for next week.", ""},
    {"Backlog grooming done, scope for sprint 5 agreed.", ""},
    {"The new data engineer started on Monday.", ""},
    {"Staffing was resolved when two contractors joined.", ""},
    {"Recruitment for the ML engineer role was successful.", ""},
    {"Requirements are now frozen for the first release.", ""},
    {"The sponsor is back from leave and engaged again.", ""},
    {"Adoption has been strong across all branches.", ""},
    {"Data quality checks passed.", ""},
    {"We documented the API for the CRM team.", ""},
    {"Legal approved the use of the data.", ""},
    // third set: more paraphrases per cause (skills, scope, ownership, data, adoption, security,
    // objective, architecture, integration, cost, feasibility)
    {"The only person who understood the feature store has resigned.", "SKILLS_GAP:skills.team"},
    {
      "We were never given a data engineer, so the pipelines were never built.",
      "SKILLS_GAP:skills.team"
    },
    {"The offshore team lacked the ML background to continue.", "SKILLS_GAP:skills.staff"},
    {"Our ML capability is one part-time contractor.", "SKILLS_GAP:skills.team"},
    {"Two of the three modellers left within a quarter.", "SKILLS_GAP:skills.team"},
    {"The team could not get up to speed on transformers.", "SKILLS_GAP:skills.staff"},
    {"Each steering meeting brought a new set of requirements.", "SCOPE_CREEP:scope.growth"},
    {"We kept saying yes to every request.", "SCOPE_CREEP:scope.growth"},
    {"The use case list grew from three to fifteen.", "SCOPE_CREEP:scope.creep"},
    {"Phase one was redefined to include the whole of Europe.", "SCOPE_CREEP:scope.growth"},
    {"The project lost focus as more departments added asks.", "SCOPE_CREEP:scope.growth"},
    {
      "Since the reorganisation nobody owns the roadmap.",
      "OWNERSHIP_SPONSORSHIP:ownership.priorities"
    },
    {
      "The sponsor left and the replacement has no interest in AI.",
      "OWNERSHIP_SPONSORSHIP:ownership.priorities"
    },
    {"Business and IT never agreed who would run it.", "OWNERSHIP_SPONSORSHIP:ownership.vacuum"},
    {"The executive who asked for this has moved on.", "OWNERSHIP_SPONSORSHIP:ownership.vacuum"},
    {"There's no decision maker on the business side.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {
      "We discovered the labels were entered inconsistently by different teams.",
      "DATA_READINESS:data.quality"
    },
    {
      "The historical claims are stored as scanned PDFs that nobody can parse.",
      "DATA_READINESS:data.readiness"
    },
    {"Most of the sensor readings are missing timestamps.", "DATA_READINESS:data.availability"},
    {"The data needed for the model does not exist yet.", "DATA_READINESS:data.readiness"},
    {"Access to production data was never granted.", "DATA_READINESS:data.access"},
    {"The planners override almost every recommendation.", "USER_ADOPTION:adoption.users"},
    {"Doctors refused to change their routine.", "USER_ADOPTION:adoption.users"},
    {"Uptake after launch was negligible.", "USER_ADOPTION:adoption.users"},
    {"Staff resisted the new tool from day one.", "USER_ADOPTION:adoption.users"},
    {"The branch teams continued with their manual process.", "USER_ADOPTION:adoption.users"},
    {
      "The privacy office has not signed off on using customer emails.",
      "SECURITY_COMPLIANCE:security.approval"
    },
    {"Regulatory approval is still pending.", "SECURITY_COMPLIANCE:security.approval"},
    {"Infosec will not approve the vendor's cloud.", "SECURITY_COMPLIANCE:security.approval"},
    {
      "The model risk committee rejected the validation report.",
      "SECURITY_COMPLIANCE:security.approval"
    },
    {"We failed the vendor security assessment.", "SECURITY_COMPLIANCE:security.approval"},
    {
      "The business never told us what they wanted to achieve.",
      "UNCLEAR_OBJECTIVE:objective.success"
    },
    {"There was no agreed definition of success.", "UNCLEAR_OBJECTIVE:objective.success"},
    {"The KPI was never baselined.", "UNCLEAR_OBJECTIVE:objective.undefined"},
    {
      "There's no MLOps pipeline, every deployment is done by hand.",
      "PRODUCTION_ARCHITECTURE:architecture.no_path"
    },
    {
      "The prototype could not be moved to production.",
      "PRODUCTION_ARCHITECTURE:architecture.poc_trap"
    },
    {
      "The platform team has no capacity to host another model.",
      "PRODUCTION_ARCHITECTURE:architecture.no_path"
    },
    {"The API to the policy system was never delivered.", "INTEGRATION:integration.systems"},
    {
      "The mainframe team has no slot to build the interface this year.",
      "INTEGRATION:integration.systems"
    },
    {"Integration with the WMS failed.", "INTEGRATION:integration.systems"},
    {"We ran out of budget before the pilot finished.", "COST_FUNDING:cost.funding"},
    {"The annual cloud cost exceeded the projected savings.", "COST_FUNDING:cost.case"},
    {"Finance cut our funding for next year.", "COST_FUNDING:cost.case"},
    {"The model never got above 70 percent accuracy.", "TECHNICAL_FEASIBILITY:feasibility.quality"},
    {
      "The classifier performed no better than chance.", "TECHNICAL_FEASIBILITY:feasibility.quality"
    },
    {"The LLM made up answers too often.", "TECHNICAL_FEASIBILITY:feasibility.quality"},
    {"The privacy office signed off last week.", ""},
    {"The sponsor is still fully committed.", ""},
    {"The new hire has taken over the pipelines.", ""},
    {"Requirements have been stable since March.", ""},
    {"Users were trained and adoption is growing.", ""},
    {"We got the data access approved.", ""},
    {"Budget was approved for the next phase.", ""},
    {"The model beat the baseline comfortably.", ""},
    {
      "The vision model cannot reliably detect cracks in low light.",
      "TECHNICAL_FEASIBILITY:feasibility.quality"
    },
    // false-positive guards for the new vocabulary
    {"The data scientist left a comment on the pull request.", ""},
    {"Energy usage dashboard refreshed for the demo.", ""},
    {"The analysts reviewed the employee attrition forecast.", ""},
    {"The engineers fed the predictions into the test harness.", ""},
    {"Added a new feature flag before the release.", ""},
    {"The sponsor moved the review to Thursday.", ""},
    {"The steering committee met and approved phase two.", ""},
    {"Legal reviewed the contract and signed it.", ""},
    {"Nobody objected to the plan.", ""},
    {"The hiring freeze was lifted and both roles are filled.", ""},
    // 1.3: fresh general sentences per cause (terse Jira, minutes, closure reasons)
    {
      "Precision topped out at 0.6 on the hold-out set, far too many false positives for the fraud "
          + "team.",
      "TECHNICAL_FEASIBILITY:feasibility.quality"
    },
    {"Model couldn't beat the existing rules engine.", "TECHNICAL_FEASIBILITY:feasibility.quality"},
    {
      "After three months of tuning the F1 was still around 0.55.",
      "TECHNICAL_FEASIBILITY:feasibility.scores"
    },
    {
      "The LLM kept hallucinating policy clauses that don't exist.",
      "TECHNICAL_FEASIBILITY:feasibility.quality"
    },
    {
      "Forecast error (MAPE ~35%) was unacceptable for replenishment.",
      "TECHNICAL_FEASIBILITY:feasibility.quality"
    },
    {
      "Closure reason: not technically achievable with current data science methods.",
      "TECHNICAL_FEASIBILITY:feasibility.scores"
    },
    {
      "Steering committee noted that recall stayed below 50% despite the new architecture.",
      "TECHNICAL_FEASIBILITY:feasibility.quality"
    },
    {
      "There just isn't enough signal in the call transcripts to predict churn.",
      "TECHNICAL_FEASIBILITY:feasibility.hard"
    },
    {
      "The problem turned out much harder than the vendor promised.",
      "TECHNICAL_FEASIBILITY:feasibility.scores"
    },
    {
      "Too many false alarms - the detector flagged 4 in 5 normal readings.",
      "TECHNICAL_FEASIBILITY:feasibility.quality"
    },
    {
      "Model drift made the scores meaningless within weeks of go-live.",
      "TECHNICAL_FEASIBILITY:feasibility.quality"
    },
    {"Benchmarks not met: AUC 0.61 vs required 0.8.", "TECHNICAL_FEASIBILITY:feasibility.quality"},
    {
      "Answers from the assistant were not reliable enough to send to customers.",
      "TECHNICAL_FEASIBILITY:feasibility.quality"
    },
    {
      "The heuristic baseline outperformed every model we trained.",
      "TECHNICAL_FEASIBILITY:feasibility.scores"
    },
    {
      "Accuracy plateaued at 72% and the business needed 95%.",
      "TECHNICAL_FEASIBILITY:feasibility.quality"
    },
    {
      "No API into the core banking platform, so scores had to be emailed.",
      "INTEGRATION:integration.systems"
    },
    {
      "Getting predictions into the agents' desktop was never solved.",
      "INTEGRATION:integration.workflow_embed"
    },
    {
      "The vendor won't expose the scheduling engine, so we can't write back the optimised rosters."
          + "",
      "INTEGRATION:integration.systems"
    },
    {"Only a nightly batch file is accepted by the ERP.", "INTEGRATION:integration.systems"},
    {
      "The EHR interface work was estimated at 9 months by the supplier.",
      "INTEGRATION:integration.systems"
    },
    {"Blocked: SAP connector not available for our version.", "INTEGRATION:integration.systems"},
    {"Integration w/ the CRM kept slipping, never went live.", "INTEGRATION:integration.systems"},
    {
      "The model sits outside the claims workflow, handlers have to copy results over by hand.",
      "INTEGRATION:integration.workflow_embed"
    },
    {
      "Middleware team says the ESB can't carry the payload size.",
      "INTEGRATION:integration.systems"
    },
    {
      "We could not write the risk flags back into the policy admin system.",
      "INTEGRATION:integration.delivery"
    },
    {"The legacy mainframe has no real-time interface.", "INTEGRATION:integration.systems"},
    {
      "The app team had no capacity to embed the recommendations in the mobile app.",
      "INTEGRATION:integration.workflow_embed"
    },
    {
      "Point-of-sale integration proved impossible with the current till software.",
      "INTEGRATION:integration.systems"
    },
    {
      "Closure: outputs could not be surfaced in the tools people actually use.",
      "INTEGRATION:integration.workflow_embed"
    },
    {
      "Each downstream system needed its own bespoke interface, and the effort was far bigger than "
          + "planned.",
      "INTEGRATION:integration.systems"
    },
    {"The training data covers only 3% of the customer base.", "DATA_READINESS:data.quality"},
    {"Labels exist for a handful of cases only.", "DATA_READINESS:data.upstream"},
    {"Nobody could tell us the lineage of the revenue fields.", "DATA_READINESS:data.upstream"},
    {
      "Data owner hasn't responded to the access request in six weeks.",
      "DATA_READINESS:data.upstream"
    },
    {
      "Upstream schema changes broke the feature pipeline every release.",
      "DATA_READINESS:data.upstream"
    },
    {"Half the sensor feeds are stale by the time they land.", "DATA_READINESS:data.quality"},
    {
      "Key fields like discharge date are missing for most records.",
      "DATA_READINESS:data.availability"
    },
    {
      "After masking the PII the dataset was useless for modelling.",
      "DATA_READINESS:data.readiness"
    },
    {
      "Historical records are not representative of the post-pandemic mix.",
      "DATA_READINESS:data.quality"
    },
    {"DQ issues in the source extracts, ~40% duplicates.", "DATA_READINESS:data.quality"},
    {"Access to production data was never granted for the pilot.", "DATA_READINESS:data.access"},
    {
      "The data was so dirty we spent most of the project cleansing it.",
      "DATA_READINESS:data.quality"
    },
    {
      "Ground truth is inconsistent between the two sites' coding teams.",
      "DATA_READINESS:data.quality"
    },
    {
      "The customer table has no reliable key to join to transactions.",
      "DATA_READINESS:data.readiness"
    },
    {
      "No way to deploy the model outside the data science sandbox.",
      "PRODUCTION_ARCHITECTURE:architecture.poc_trap"
    },
    {
      "The model still runs from a notebook on Priya's laptop.",
      "PRODUCTION_ARCHITECTURE:architecture.runtime"
    },
    {
      "There's no monitoring, so nobody noticed the scores going wrong.",
      "PRODUCTION_ARCHITECTURE:architecture.no_path"
    },
    {
      "IT would not support a Python runtime in production.",
      "PRODUCTION_ARCHITECTURE:architecture.no_path"
    },
    {
      "Scoring latency was 8 seconds, far above the 200 ms SLA.",
      "PRODUCTION_ARCHITECTURE:architecture.no_path"
    },
    {
      "The platform team couldn't give us a GPU cluster for inference.",
      "PRODUCTION_ARCHITECTURE:architecture.no_path"
    },
    {
      "No CI/CD, no model registry, every release is a manual copy.",
      "PRODUCTION_ARCHITECTURE:architecture.no_path"
    },
    {
      "Retraining is a manual process that takes a week each time.",
      "PRODUCTION_ARCHITECTURE:architecture.no_path"
    },
    {
      "The PoC was built in a way that could never scale to national volumes.",
      "PRODUCTION_ARCHITECTURE:architecture.runtime_gap"
    },
    {
      "Closure reason: no production hosting environment for ML workloads.",
      "PRODUCTION_ARCHITECTURE:architecture.no_path"
    },
    {"The on-prem servers can't run containers.", "PRODUCTION_ARCHITECTURE:architecture.no_path"},
    {
      "Ops refused to take on a model without a support model and runbook.",
      "PRODUCTION_ARCHITECTURE:architecture.no_path"
    },
    {
      "Migrating the prototype to the cloud platform stalled indefinitely.",
      "PRODUCTION_ARCHITECTURE:architecture.no_path"
    },
    {
      "The architecture review found the solution was not production-grade.",
      "PRODUCTION_ARCHITECTURE:architecture.runtime_gap"
    },
    {
      "No environment existed between dev and prod to test the model.",
      "PRODUCTION_ARCHITECTURE:architecture.no_path"
    },
    {
      "We were never told which decision the forecasts were meant to support.",
      "UNCLEAR_OBJECTIVE:objective.vague"
    },
    {
      "Steering minutes: no agreement on what good looks like.", "UNCLEAR_OBJECTIVE:objective.vague"
    },
    {
      "The brief was \"do something with AI\" - no problem statement.",
      "UNCLEAR_OBJECTIVE:objective.undefined"
    },
    {"Success metric TBD for the whole of phase one.", "UNCLEAR_OBJECTIVE:objective.undefined"},
    {
      "Stakeholders couldn't say what they'd do differently with the predictions.",
      "UNCLEAR_OBJECTIVE:objective.solution_first"
    },
    {
      "It was never clear whether the goal was cost reduction or customer experience.",
      "UNCLEAR_OBJECTIVE:objective.undefined"
    },
    {"Closure: objectives too vague to evaluate.", "UNCLEAR_OBJECTIVE:objective.undefined"},
    {"No baseline, so we could not show any improvement.", "UNCLEAR_OBJECTIVE:objective.undefined"},
    {
      "The use case was defined by the vendor demo rather than a business need.",
      "UNCLEAR_OBJECTIVE:objective.vague"
    },
    {
      "Nobody defined the target the model was supposed to move.",
      "UNCLEAR_OBJECTIVE:objective.undefined"
    },
    {"The business value was never quantified.", "UNCLEAR_OBJECTIVE:objective.undefined"},
    {
      "We built a model without knowing what question it should answer.",
      "UNCLEAR_OBJECTIVE:objective.undefined"
    },
    {
      "The purpose of the pilot kept shifting from churn to upsell to retention.",
      "UNCLEAR_OBJECTIVE:objective.undefined"
    },
    {
      "Team unclear on what problem we were actually solving.",
      "UNCLEAR_OBJECTIVE:objective.undefined"
    },
    {"Requirements were hand-wavy: \"make it smarter\".", "UNCLEAR_OBJECTIVE:objective.undefined"},
    {"Nobody in operations uses the forecasts.", "USER_ADOPTION:adoption.behaviour"},
    {"Planners kept their own spreadsheets and ignored the tool.", "USER_ADOPTION:adoption.users"},
    {
      "Adjusters didn't trust the scores and overrode nearly all of them.",
      "USER_ADOPTION:adoption.users"
    },
    {"Usage dropped to a few logins a month after launch.", "USER_ADOPTION:adoption.behaviour"},
    {"Nurses said the alerts were just noise.", "USER_ADOPTION:adoption.withdrawal"},
    {"The sales team saw it as management spying on them.", "USER_ADOPTION:adoption.withdrawal"},
    {"Staff were never trained on the new dashboard.", "USER_ADOPTION:adoption.behaviour"},
    {"Agents prefer their gut feel over the recommendations.", "USER_ADOPTION:adoption.users"},
    {"Closure: low adoption by frontline staff.", "USER_ADOPTION:adoption.behaviour"},
    {"Uptake was poor in all pilot branches.", "USER_ADOPTION:adoption.users"},
    {
      "Doctors refused to act on the risk scores without an explanation.",
      "USER_ADOPTION:adoption.users"
    },
    {
      "The recommendations were seen as extra clicks and quietly abandoned.",
      "USER_ADOPTION:adoption.withdrawal"
    },
    {
      "The call-centre team switched the prompts off after a week.",
      "USER_ADOPTION:adoption.withdrawal"
    },
    {"Users found it quicker to do it the old way.", "USER_ADOPTION:adoption.withdrawal"},
    {"The pilot teams never really engaged with the app.", "USER_ADOPTION:adoption.users"},
    {"Sponsor asked to solve every use case in one model.", "SCOPE_CREEP:scope.widening"},
    {"Requirements grew each sprint - now 14 countries instead of one.", "SCOPE_CREEP:scope.creep"},
    {"Scope expanded from invoices to all finance documents.", "SCOPE_CREEP:scope.creep"},
    {
      "The MVP was never shipped because more features kept being added.", "SCOPE_CREEP:scope.creep"
    },
    {"Every stakeholder added their own must-haves.", "SCOPE_CREEP:scope.creep"},
    {"The pilot turned into a full enterprise platform.", "SCOPE_CREEP:scope.growth"},
    {"We kept widening the remit to other product lines.", "SCOPE_CREEP:scope.creep"},
    {"Closure reason: scope too broad to deliver.", "SCOPE_CREEP:scope.creep"},
    {"Phase 1 ballooned to include chat, email and voice.", "SCOPE_CREEP:scope.widening"},
    {
      "Requests for additional dashboards delayed the release indefinitely.",
      "SCOPE_CREEP:scope.widening"
    },
    {"Scope was never frozen.", "SCOPE_CREEP:scope.creep"},
    {"The goalposts moved at every steering meeting.", "SCOPE_CREEP:scope.widening"},
    {"Change requests doubled the backlog in two months.", "SCOPE_CREEP:scope.creep"},
    {"We tried to do everything at once instead of a first release.", "SCOPE_CREEP:scope.creep"},
    {
      "Started with one region, ended up attempting all 40 sites in the first wave.",
      "SCOPE_CREEP:scope.widening"
    },
    {"We don't have anyone who can maintain a deep learning model.", "SKILLS_GAP:skills.team"},
    {"The only ML engineer resigned mid-project.", "SKILLS_GAP:skills.staff"},
    {"No MLOps skills in-house.", "SKILLS_GAP:skills.staff"},
    {"Team were BI developers with no ML background.", "SKILLS_GAP:skills.training"},
    {"Couldn't recruit a data scientist in the region.", "SKILLS_GAP:skills.staff"},
    {
      "The vendor consultants rolled off and the knowledge went with them.",
      "SKILLS_GAP:skills.staff"
    },
    {
      "Hiring for the two data engineer roles stalled for six months.", "SKILLS_GAP:skills.training"
    },
    {"Our analysts had to learn Python on the job.", "SKILLS_GAP:skills.training"},
    {"Closure: lack of specialist capability.", "SKILLS_GAP:skills.staff"},
    {"The team was too junior to take the model to production.", "SKILLS_GAP:skills.staff"},
    {"Nobody knew how to tune the transformer.", "SKILLS_GAP:skills.team"},
    {"The data science team was pulled onto the regulatory programme.", "SKILLS_GAP:skills.staff"},
    {"Key person dependency on one contractor.", "SKILLS_GAP:skills.team"},
    {"We were short of data engineers throughout.", "SKILLS_GAP:skills.staff"},
    {"Skills gap in cloud engineering held everything up.", "SKILLS_GAP:skills.staff"},
    {
      "Nobody in the business would take responsibility for the model.",
      "OWNERSHIP_SPONSORSHIP:ownership.void"
    },
    {
      "Sponsor moved to another division and wasn't replaced.",
      "OWNERSHIP_SPONSORSHIP:ownership.sponsor"
    },
    {"The project lost its champion after the reorg.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {"No business owner signed up to run it.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {"Steerco stopped meeting in Q2.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {
      "Product and operations disagreed about who should own it.",
      "OWNERSHIP_SPONSORSHIP:ownership.vacuum"
    },
    {
      "The COO lost interest once the pilot finished.", "OWNERSHIP_SPONSORSHIP:ownership.priorities"
    },
    {"Deprioritised in the annual planning round.", "OWNERSHIP_SPONSORSHIP:ownership.priorities"},
    {"Closure reason: no executive sponsorship.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {"The accountable exec role was never filled.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {
      "Ownership bounced between IT and the business for a year.",
      "OWNERSHIP_SPONSORSHIP:ownership.sponsor"
    },
    {
      "No decision from leadership on go/no-go for 4 months.",
      "OWNERSHIP_SPONSORSHIP:ownership.sponsor"
    },
    {"The business unit sponsoring it was sold.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {
      "Senior stakeholders never engaged with the steering group.",
      "OWNERSHIP_SPONSORSHIP:ownership.sponsor"
    },
    {"Nobody was accountable for the outcome.", "OWNERSHIP_SPONSORSHIP:ownership.priorities"},
    {
      "InfoSec said no to sending customer data to the LLM API.",
      "SECURITY_COMPLIANCE:security.approval"
    },
    {"The DPIA is still open after five months.", "SECURITY_COMPLIANCE:security.approval"},
    {"Model risk would not validate a black-box model.", "SECURITY_COMPLIANCE:security.approval"},
    {
      "Regulator guidance rules out automated credit decisions without human review.",
      "SECURITY_COMPLIANCE:security.approval"
    },
    {"GDPR concerns blocked the use of call recordings.", "SECURITY_COMPLIANCE:security.approval"},
    {"Legal flagged IP issues with the training corpus.", "SECURITY_COMPLIANCE:security.approval"},
    {
      "Pen test found critical vulnerabilities in the chatbot.",
      "SECURITY_COMPLIANCE:security.approval"
    },
    {"Closure: failed compliance review.", "SECURITY_COMPLIANCE:security.approval"},
    {
      "Data residency rules prevented using the US-hosted service.",
      "SECURITY_COMPLIANCE:security.approval"
    },
    {
      "Privacy team wouldn't sign off on using patient notes.",
      "SECURITY_COMPLIANCE:security.approval"
    },
    {
      "Third-party risk assessment of the vendor was never completed.",
      "SECURITY_COMPLIANCE:security.approval"
    },
    {
      "The works council objected to monitoring staff performance.",
      "SECURITY_COMPLIANCE:security.approval"
    },
    {"Awaiting CISO approval since January.", "SECURITY_COMPLIANCE:security.approval"},
    {
      "Explainability requirements from the regulator could not be met.",
      "SECURITY_COMPLIANCE:security.approval"
    },
    {"Security architecture board rejected the design.", "SECURITY_COMPLIANCE:security.approval"},
    {"Cancelled in the cost-cutting round.", "COST_FUNDING:cost.squeeze"},
    {"Running costs were higher than the value delivered.", "COST_FUNDING:cost.funding"},
    {"Budget frozen for FY25.", "COST_FUNDING:cost.funding"},
    {"GPU bill tripled after the pilot scaled.", "COST_FUNDING:cost.case"},
    {"Funding wasn't renewed for phase 2.", "COST_FUNDING:cost.case"},
    {"The licence fee made the business case negative.", "COST_FUNDING:cost.funding"},
    {"Closure reason: no budget.", "COST_FUNDING:cost.funding"},
    {"The savings didn't cover the cost of the vendor contract.", "COST_FUNDING:cost.funding"},
    {"Finance pulled the money after Q3.", "COST_FUNDING:cost.case"},
    {"Spend was 2x the original estimate.", "COST_FUNDING:cost.funding"},
    {"ROI never materialised.", "COST_FUNDING:cost.funding"},
    {"The programme was defunded in the spending review.", "COST_FUNDING:cost.case"},
    {"API token costs made it uneconomic at scale.", "COST_FUNDING:cost.funding"},
    {"Couldn't justify the cost of labelling.", "COST_FUNDING:cost.funding"},
    {"Money was redirected to the ERP upgrade.", "COST_FUNDING:cost.funding"},
    // 1.3: negated / resolved variants and neutral sentences stay silent
    {"Precision is well above the target on the hold-out set.", ""},
    {"The model comfortably beat the existing rules engine.", ""},
    {"No hallucinations were observed in the pilot.", ""},
    {"Drift has not been an issue since we added monitoring.", ""},
    {"The forecast error is within tolerance.", ""},
    {"Getting predictions into the agents' desktop was solved in sprint 9.", ""},
    {"The ERP now accepts real-time calls from the scoring service.", ""},
    {"The SAP connector is available for our version.", ""},
    {"We can write the risk flags back into the policy admin system.", ""},
    {"The training data covers all regions.", ""},
    {"Labels exist for every case in the archive.", ""},
    {"The data owner approved the access request.", ""},
    {"Schema changes are announced a month in advance.", ""},
    {"The model runs on the managed ML platform.", ""},
    {"Latency is 40 ms, well inside the SLA.", ""},
    {"The platform team gave us a GPU cluster for inference.", ""},
    {"We were told which decision the forecasts should support.", ""},
    {"The steering committee agreed what good looks like.", ""},
    {"The business value was quantified at kickoff.", ""},
    {"Operations use the forecasts every day.", ""},
    {"Agents act on most of the recommendations.", ""},
    {"Nobody switched the prompts off.", ""},
    {"Scope was frozen after the first workshop.", ""},
    {"The goalposts have not moved since March.", ""},
    {"The MVP shipped with the agreed features.", ""},
    {"We hired an experienced ML engineer.", ""},
    {"The team has strong ML background.", ""},
    {"Hiring for the data engineer roles was completed in May.", ""},
    {"The business owner took responsibility for the model.", ""},
    {"The steering committee meets monthly.", ""},
    {"The sponsor's role was filled in January.", ""},
    {"InfoSec approved sending pseudonymised data to the API.", ""},
    {"The DPIA was completed in March.", ""},
    {"Model risk validated the model.", ""},
    {"Running costs are well below the value delivered.", ""},
    {"Funding was renewed for phase 2.", ""},
    {"The project survived the cost-cutting round.", ""},
    {"Accuracy was well above target.", ""},
    {"The API integration with SAP went live in June.", ""},
    {"Data quality checks passed.", ""},
    {"Deployment pipeline is in place and monitored.", ""},
    {"The KPI was agreed with finance.", ""},
    {"Users love the new tool and usage is growing.", ""},
    {"Scope was frozen at kickoff.", ""},
    {"We hired two data scientists in March.", ""},
    {"The sponsor remains engaged.", ""},
    {"Security approved the design.", ""},
    {"Budget for phase 2 was approved.", ""},
    {"No issues with the CRM connector.", ""},
    {"The model's precision improved after retraining.", ""},
    {"Nobody raised any concerns about privacy.", ""},
    {"We reviewed false positives with the fraud team.", ""},
    {"Labels were provided by the claims team.", ""},
    {"Integration testing with the EHR completed successfully.", ""},
    {"Adoption targets were met in all regions.", ""},
    {"The forecasts are used daily by operations.", ""},
    {"Costs came in under budget.", ""},
    {"Hallucination rate fell below 1% after grounding.", ""},
    {"The mainframe interface was delivered on time.", ""},
    {"Coverage of the training data was extended to all regions.", ""},
    {"The error rate is now within tolerance.", ""},
    {"Demo of the new dashboard to the steering committee.", ""},
    {"Ticket moved to In Progress.", ""},
    {"Updated the README with setup steps.", ""},
    {"Planning session for sprint 14.", ""},
    {"The vendor exposed the API in release 3.2.", ""},
    {"Recall on the validation set is 0.92.", ""},
    {"The data owner approved the access request on Monday.", ""},
    {"Drift monitoring is configured and alerts go to the on-call rota.", ""},
    {"We agreed the success metric with the sponsor.", ""},
    {"Agents now accept most of the recommendations.", ""},
    {"Headcount for two ML engineers was approved.", ""},
    {"The mobile app now shows the recommendations.", ""},
    {"Legal confirmed the lawful basis.", ""},
    {"The pilot stayed within its original scope.", ""},
    {"The business case was signed off by the CFO.", ""},
    {"The baseline model was replaced by the gradient boosted model.", ""},
    // 1.4: weakest-cause families (metric numbers, beat-the-rules, robustness/edge cases; ground
    // truth, imbalance, PDFs, extract waits, not captured,
    // labels only for approved cases; spreadsheets/shadow processes/training never happened; never
    // deployed before, tiny team, nobody knows the stack;
    // kept asking for more, everything at once; hook into X, quote a multiple of the budget,
    // nobody's job, no legal basis) and negated/resolved variants
    {
      "Recall never got beyond 0.4 on the rare fault classes.",
      "TECHNICAL_FEASIBILITY:feasibility.quality"
    },
    {
      "The AUC hovered at 0.62, which is barely useful for triage.",
      "TECHNICAL_FEASIBILITY:feasibility.quality"
    },
    {
      "We never managed to outperform the hand-written rules.",
      "TECHNICAL_FEASIBILITY:feasibility.unsolved"
    },
    {
      "The LLM kept hallucinating policy numbers in its summaries.",
      "TECHNICAL_FEASIBILITY:feasibility.quality"
    },
    {
      "The vision model was not robust to glare and low light in the depots.",
      "TECHNICAL_FEASIBILITY:feasibility.unsolved"
    },
    {
      "Edge cases in the contracts broke the extraction every time.",
      "TECHNICAL_FEASIBILITY:feasibility.unsolved"
    },
    {
      "Current state of the art simply can't read doctors' handwriting reliably.",
      "TECHNICAL_FEASIBILITY:feasibility.unsolved"
    },
    {
      "Forecast error was worse than the naive seasonal baseline.",
      "TECHNICAL_FEASIBILITY:feasibility.quality"
    },
    {
      "The classifier couldn't get precision above 70% without killing recall.",
      "TECHNICAL_FEASIBILITY:feasibility.scores"
    },
    {
      "Accuracy dropped to 55% once we tested on real customer emails.",
      "TECHNICAL_FEASIBILITY:feasibility.unsolved"
    },
    {
      "We have no ground truth for which claims were actually fraudulent.",
      "DATA_READINESS:data.availability"
    },
    {
      "Only a few hundred labelled examples exist, far too small a sample size.",
      "DATA_READINESS:data.quality"
    },
    {"Severe class imbalance: defaults are 0.3% of the records.", "DATA_READINESS:data.volume"},
    {"The historical data only goes back eighteen months.", "DATA_READINESS:data.quality"},
    {"Most of the maintenance history is locked in scanned PDFs.", "DATA_READINESS:data.volume"},
    {"There is no data-sharing agreement with the hospital trusts.", "DATA_READINESS:data.access"},
    {"Getting an extract from the warehouse took four months.", "DATA_READINESS:data.volume"},
    {
      "The reason for cancellation is not captured anywhere in the system.",
      "DATA_READINESS:data.readiness"
    },
    {"Nobody has annotated the call transcripts yet.", "DATA_READINESS:data.volume"},
    {
      "Outcome labels exist only for approved applications, so the model can't learn from rejection"
          + "s.",
      "DATA_READINESS:data.volume,TECHNICAL_FEASIBILITY:feasibility.quality"
    },
    {
      "Planners stuck with their spreadsheets and never opened the tool.",
      "USER_ADOPTION:adoption.workaround"
    },
    {"Usage flatlined after the first month.", "USER_ADOPTION:adoption.behaviour"},
    {"Weekly logins fell to almost zero after launch.", "USER_ADOPTION:adoption.behaviour"},
    {"Nobody opens the dashboard any more.", "USER_ADOPTION:adoption.behaviour"},
    {"Underwriters routinely override the risk scores.", "USER_ADOPTION:adoption.users"},
    {
      "Clinicians didn't trust the predictions because it's a black box.",
      "USER_ADOPTION:adoption.users"
    },
    {
      "Change management was never funded, so the rollout fizzled.",
      "COST_FUNDING:cost.case,USER_ADOPTION:adoption.workaround"
    },
    {"The training for branch staff never happened.", "USER_ADOPTION:adoption.workaround"},
    {
      "Agents kept running a shadow process in Excel alongside the new system.",
      "USER_ADOPTION:adoption.workaround"
    },
    {
      "The sales team treated the recommendations as noise and carried on as before.",
      "USER_ADOPTION:adoption.workaround"
    },
    {"We don't have anyone who can run models in production.", "SKILLS_GAP:skills.team"},
    {"Our only ML engineer left in March and the role is still open.", "SKILLS_GAP:skills.staff"},
    {"The team had never deployed a model before.", "SKILLS_GAP:skills.unproven"},
    {
      "The vendor's consultants rolled off and nobody internal understood the pipeline.",
      "SKILLS_GAP:skills.staff"
    },
    {
      "We couldn't recruit a data scientist at the salary band on offer.", "SKILLS_GAP:skills.staff"
    },
    {"The analysts lacked the Python skills to maintain the code.", "SKILLS_GAP:skills.staff"},
    {"The data science team is two people covering twelve projects.", "SKILLS_GAP:skills.unproven"},
    {"No one on staff knows Kubernetes.", "SKILLS_GAP:skills.unproven"},
    {"Skills in MLOps were simply not available in-house.", "SKILLS_GAP:skills.unproven"},
    {"The project depended on one contractor who has since moved on.", "SKILLS_GAP:skills.staff"},
    {
      "Every steering meeting added another country to the first release.",
      "SCOPE_CREEP:scope.creep"
    },
    {
      "The pilot grew into a full enterprise platform before anything shipped.",
      "SCOPE_CREEP:scope.growth"
    },
    {"Requirements kept changing sprint after sprint.", "SCOPE_CREEP:scope.creep"},
    {"Marketing bolted on three more use cases mid-build.", "SCOPE_CREEP:scope.creep"},
    {
      "What started as a churn model became a whole customer-360 programme.",
      "SCOPE_CREEP:scope.growth"
    },
    {"We tried to cover all product lines at once instead of one.", "SCOPE_CREEP:scope.wishlist"},
    {"The backlog ballooned to 300 items and the MVP never shipped.", "SCOPE_CREEP:scope.creep"},
    {"Stakeholders kept asking for more features before go-live.", "SCOPE_CREEP:scope.wishlist"},
    {"The scope was widened twice to include pricing and inventory.", "SCOPE_CREEP:scope.widening"},
    {"Each business unit insisted on its own variant of the model.", "SCOPE_CREEP:scope.growth"},
    {
      "The F1 score plateaued around 0.5 no matter what we tried.",
      "TECHNICAL_FEASIBILITY:feasibility.quality"
    },
    {
      "The chatbot gave made-up answers to about one question in five.",
      "TECHNICAL_FEASIBILITY:feasibility.quality"
    },
    {
      "Results did not hold up on data from the other plants.",
      "TECHNICAL_FEASIBILITY:feasibility.unsolved"
    },
    {
      "The approach couldn't beat the current manual scoring.",
      "TECHNICAL_FEASIBILITY:feasibility.quality"
    },
    {"There are no labels for most of the images.", "DATA_READINESS:data.availability"},
    {"The customer notes are free text with no structure.", "DATA_READINESS:data.volume"},
    {"Sensor data has big gaps whenever the network drops.", "DATA_READINESS:data.quality"},
    {
      "The fraud outcomes were never recorded, so there's nothing to train on.",
      "DATA_READINESS:data.readiness"
    },
    {"We only have outcome labels for approved loans.", "DATA_READINESS:data.upstream"},
    {"The field engineers ignored the recommendations.", "USER_ADOPTION:adoption.users"},
    {"Staff went back to the old process within weeks.", "USER_ADOPTION:adoption.behaviour"},
    {"Dispatchers found workarounds to avoid the new screen.", "USER_ADOPTION:adoption.users"},
    {
      "Nurses said the alerts were noise and switched them off.", "USER_ADOPTION:adoption.behaviour"
    },
    {"Nobody here has ever built a forecasting model.", "SKILLS_GAP:skills.team"},
    {"We lost both data engineers to a competitor.", "SKILLS_GAP:skills.team"},
    {
      "The team lacked the experience to productionise the model.",
      "PRODUCTION_ARCHITECTURE:architecture.no_path,SKILLS_GAP:skills.staff"
    },
    // data.volume reads "data ... nine months" as too little history; the learned pass's
    // cross-check reads the sentence as skills at well over 0.6 and data at under 0.05, so the
    // data hit goes and skills.team (which the model agrees with) stays alone
    {"Hiring a data scientist took nine months and then failed.", "SKILLS_GAP:skills.team"},
    {"The whole thing depended on a single contractor.", "SKILLS_GAP:skills.team"},
    {"The scope kept expanding to new regions.", "SCOPE_CREEP:scope.creep"},
    {"Every demo brought a new set of requests.", "SCOPE_CREEP:scope.growth"},
    {
      "The first version was meant to cover one product but now covers all twelve.",
      "SCOPE_CREEP:scope.creep"
    },
    {"New requirements kept arriving from finance and legal.", "SCOPE_CREEP:scope.creep"},
    {"The programme tried to boil the ocean.", "SCOPE_CREEP:scope.creep"},
    {
      "We could not get the classifier past 60% precision.",
      "TECHNICAL_FEASIBILITY:feasibility.unsolved"
    },
    {
      "Expectations around accuracy were unrealistic from day one.",
      "TECHNICAL_FEASIBILITY:feasibility.unsolved"
    },
    {"We never managed to hook the model into Guidewire.", "INTEGRATION:integration.wiring"},
    {"Historic images were low resolution and poorly labelled.", "DATA_READINESS:data.volume"},
    {
      "We were given a sample extract that bore no resemblance to production.",
      "DATA_READINESS:data.volume"
    },
    {"Claims notes are free text and nobody has coded the outcomes.", "DATA_READINESS:data.volume"},
    {
      "The feed from the branch systems arrives weeks late and full of gaps.",
      "DATA_READINESS:data.volume"
    },
    {
      "Only two of the twelve depots opened the planning tool after go-live.",
      "USER_ADOPTION:adoption.workaround"
    },
    {
      "The tool was rolled out but nobody changed how they worked.",
      "USER_ADOPTION:adoption.workaround"
    },
    {"Recruiting an NLP specialist proved impossible.", "SKILLS_GAP:skills.unproven"},
    {"We had no one capable of building the feature pipelines.", "SKILLS_GAP:skills.unproven"},
    {"It was nobody's job to make the pilot a success.", "OWNERSHIP_SPONSORSHIP:ownership.whose"},
    {
      "Compliance could not approve the use of biometric data.",
      "SECURITY_COMPLIANCE:security.standing"
    },
    {
      "The legal basis for processing the data was never established.",
      "SECURITY_COMPLIANCE:security.standing"
    },
    {"The vendor quote was three times what we'd budgeted.", "COST_FUNDING:cost.tender"},
    {"Recall was comfortably above target on the rare fault classes.", ""},
    {"The model easily outperformed the hand-written rules.", ""},
    {"No hallucinations were found in the summaries.", ""},
    {"We have ground truth for every claim.", ""},
    {"The historical data goes back ten years.", ""},
    {"The data-sharing agreement with the hospital trusts was signed in May.", ""},
    {"Planners use the tool every day.", ""},
    {"Usage grew steadily after launch.", ""},
    {"Underwriters rarely override the risk scores.", ""},
    {"Training for branch staff was completed in June.", ""},
    {"We have plenty of people who can run models in production.", ""},
    {"The ML engineer role was filled in April.", ""},
    {"Scope stayed fixed at one country for the first release.", ""},
    {"Requirements were frozen before the build started.", ""},
    {"The loan application was approved by the committee.", ""},
    {"Approved claims are paid within five days.", ""},
    {"The budget for the pilot was approved.", ""},
    {"Accuracy improved to 92% after retraining.", ""},
    {"The dashboard is opened by most managers each morning.", ""},
    {"We hired two data scientists in Q2.", ""},
    {"We hooked the model into Guidewire in the second sprint.", ""},
    {"It was the product owner's job to make the pilot a success.", ""},
    {"The legal basis for processing the data was established early.", ""},
    {"The vendor quote came in under what we'd budgeted.", ""},
    {"We have outcome labels for approved and declined loans.", ""},
    {"The classifier reached 91% precision on the hold-out set.", ""},
    {"The call transcripts were all annotated by the QA team.", ""},
    {"The team had deployed several models before.", ""},
    {"Staff stopped using the old spreadsheet once the tool went live.", ""},
    {"Change management was funded and run by HR.", ""},
    {"The scope stayed at one product line for the first release.", ""},
    {"Approved applications are loaded into the warehouse nightly.", ""},
    {"The historical data goes back twenty years.", ""},
    {"The model was robust to glare and low light.", ""},
    {"Agents retired the shadow spreadsheet in March.", ""},
  };

  private static Map<String, List<Row>> byCase;

  @BeforeAll
  static void run() {
    List<Object[]> texts = new ArrayList<>();
    List<Object[]> regs = new ArrayList<>();
    for (int i = 0; i < CASES.length; i++) {
      String id = String.format("C%02d", i);
      texts.add(text(id, "jira_comment", "X-" + i + "#comment-1", "2026-01-10", CASES[i][0]));
      regs.add(reg(id, null, null, null));
    }
    Dataset<Row> ev =
        CauseEvidence.extract(
            CauseFixtures.inputs(
                df(TEXTS, texts.toArray(new Object[0][])),
                df(REGISTRY, regs.toArray(new Object[0][]))),
            RULES,
            AS_OF);
    byCase = new TreeMap<>();
    for (Row r : ev.collectAsList()) {
      byCase.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r);
    }
  }

  @Test
  void textRulesFindTheNamedCausesAndRespectNegation() {
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < CASES.length; i++) {
      String id = String.format("C%02d", i);
      TreeSet<String> got = new TreeSet<>();
      for (Row r : byCase.getOrDefault(id, List.of())) {
        got.add(r.getString(1) + ":" + r.getString(2));
      }
      TreeSet<String> want = new TreeSet<>();
      for (String w : CASES[i][1].split(",")) {
        if (!w.isEmpty()) {
          want.add(w);
        }
      }
      if (!got.equals(want)) {
        failures.add(CASES[i][0] + " -> got " + got + " want " + want);
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void evidenceRowCarriesSourceRefExcerptAndDate() {
    Row r = byCase.get("C00").get(0);
    assertEquals("jira_comment", r.getString(4), "source");
    assertEquals("X-0#comment-1", r.getString(5), "source_ref");
    assertEquals("We are still waiting for access to the claims data warehouse.", r.getString(6));
    assertEquals(java.sql.Date.valueOf("2026-01-10"), r.getDate(7), "evidence_date");
    assertEquals(1.0, r.getDouble(3), 1e-9, "weight of a fresh comment");
  }
}
