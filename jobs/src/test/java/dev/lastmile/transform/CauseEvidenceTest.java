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
    {"Training labels are too sparse and heavily biased towards one region.", "DATA_READINESS:data.quality"},
    {"There is not enough labelled history to train anything useful.", "DATA_READINESS:data.availability"},
    {"The data access issue was resolved in March.", ""},
    {"No problems with the source data so far.", ""},
    {"Data quality is not an issue any more.", ""},
    // UNCLEAR_OBJECTIVE
    {"Nobody could tell us which KPI this should move.", "UNCLEAR_OBJECTIVE:objective.undefined"},
    {"Success criteria were never defined by the business.", "UNCLEAR_OBJECTIVE:objective.undefined"},
    {"It felt like a solution looking for a problem.", "UNCLEAR_OBJECTIVE:objective.solution_first"},
    {"The baseline and target were agreed at kickoff.", ""},
    // PRODUCTION_ARCHITECTURE
    {"There is no MLOps platform to host the model.", "PRODUCTION_ARCHITECTURE:architecture.no_path"},
    {"The prototype was never designed for production use.", "PRODUCTION_ARCHITECTURE:architecture.poc_trap"},
    // INTEGRATION
    {"The mainframe does not expose an API we can call.", "INTEGRATION:integration.systems"},
    {"Hooking into Salesforce failed twice; vendor says it will take months.", "INTEGRATION:integration.systems"},
    // SECURITY_COMPLIANCE
    {"Infosec rejected the design because customer PII leaves the region.", "SECURITY_COMPLIANCE:security.approval"},
    {"No security concerns were raised.", ""},
    {"Security review passed with no findings.", ""},
    {"The DPIA has not been signed off by legal.", "SECURITY_COMPLIANCE:security.approval"},
    // OWNERSHIP_SPONSORSHIP
    {"Our executive sponsor left the company in May.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {"The project was deprioritized after the merger.", "OWNERSHIP_SPONSORSHIP:ownership.priorities"},
    {"The sponsor is very supportive.", ""},
    // SKILLS_GAP
    {"Our only ML engineer resigned and we can't backfill.", "SKILLS_GAP:skills.staff"},
    {"The team lacks data engineering skills.", "SKILLS_GAP:skills.staff"},
    // SCOPE_CREEP
    {"Scope kept expanding with every steering meeting.", "SCOPE_CREEP:scope.creep"},
    {"Marketing added yet another country to the first release.", "SCOPE_CREEP:scope.creep"},
    // USER_ADOPTION
    {"Underwriters simply ignored the scores and kept their spreadsheets.", "USER_ADOPTION:adoption.users"},
    {"Agents don't trust the recommendations.", "USER_ADOPTION:adoption.users"},
    // COST_FUNDING
    {"Funding was cut in the Q3 budget round.", "COST_FUNDING:cost.funding"},
    {"GPU costs are far too high to run this at scale.", "COST_FUNDING:cost.funding"},
    {"On hold until funding is approved.", "COST_FUNDING:cost.funding"},
    {"Budget is fine.", ""},
    // TECHNICAL_FEASIBILITY
    {"The model did not meet the accuracy bar.", "TECHNICAL_FEASIBILITY:feasibility.quality"},
    {"Recall plateaued well below the agreed target.", "TECHNICAL_FEASIBILITY:feasibility.quality"},
    {"Expectations were unrealistic for this kind of problem.", "TECHNICAL_FEASIBILITY:feasibility.hard"},
    // spelling variants and markup
    {"The initiative was de-prioritised after the reorganization.", "OWNERSHIP_SPONSORSHIP:ownership.priorities"},
    {"The license costs are far above the estimate.", "COST_FUNDING:cost.funding"},
    {"*Blocked* waiting on [~accountid:5b10a2844c20165700ede21g] for access to the labeled data.", "DATA_READINESS:data.access"},
    {"Cloud costs are far above the estimate; finance wants a review.", "COST_FUNDING:cost.funding"},
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
    {"Our lead data scientist resigned and nobody could pick up the work.", "SKILLS_GAP:skills.staff"},
    {"The lead ML engineer was reassigned to the payments programme.", "SKILLS_GAP:skills.staff"},
    {"Our data scientist moved on to another company.", "SKILLS_GAP:skills.staff"},
    {"Hiring freeze means we cannot replace him.", "SKILLS_GAP:skills.staff"},
    {"We could not recruit a data engineer.", "SKILLS_GAP:skills.staff"},
    {"Couldn't backfill the role after she left.", "SKILLS_GAP:skills.staff"},
    {"The team is badly understaffed.", "SKILLS_GAP:skills.staff"},
    {"The contractors rolled off and took the knowledge with them.", "SKILLS_GAP:skills.staff"},
    {"All the knowledge left with the consultant.", "SKILLS_GAP:skills.team"},
    {"Key person dependency: only Raj understands the pipeline and he is on leave.", "SKILLS_GAP:skills.team"},
    {"We don't have anyone who can build the feature pipelines.", "SKILLS_GAP:skills.team"},
    {"No one here has done MLOps before.", "SKILLS_GAP:skills.team"},
    {"The vendor consultants left and the internal team could not maintain the model.", "SKILLS_GAP:skills.staff"},
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
    {"Knowledge walked out the door when the contractor's engagement ended.", "SKILLS_GAP:skills.staff"},
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
    {"Our data engineering capacity is fully consumed by the migration.", "SKILLS_GAP:skills.staff"},
    {"Recruiting a senior ML engineer has taken nine months and counting.", "SKILLS_GAP:skills.team"},
    {"We are short of two data engineers.", "SKILLS_GAP:skills.staff"},
    {"The consultancy's contract ended and the handover never happened.", "SKILLS_GAP:skills.team"},
    {"The team lacks the deep learning background needed for vision models.", "SKILLS_GAP:skills.staff"},
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
    {"The business keeps adding new use cases before we ship the first one.", "SCOPE_CREEP:scope.creep"},
    {"What started as a churn model became a customer 360 programme.", "SCOPE_CREEP:scope.growth"},
    {"The first release now has to cover all twelve markets.", "SCOPE_CREEP:scope.growth"},
    {"They want it to also handle invoices, contracts and emails.", "SCOPE_CREEP:scope.growth"},
    {"The backlog doubled since the kickoff.", "SCOPE_CREEP:scope.creep"},
    {"Every stakeholder added their own must-have requirements.", "SCOPE_CREEP:scope.creep"},
    {"The project became too big to ever ship.", "SCOPE_CREEP:scope.growth"},
    {"We never got to a shippable version because the target kept moving.", "SCOPE_CREEP:scope.creep"},
    {"Another round of new requirements from the steering group.", "SCOPE_CREEP:scope.growth"},
    {"Scope ballooned after the second workshop.", "SCOPE_CREEP:scope.creep"},
    {"New requirements keep coming in.", "SCOPE_CREEP:scope.creep"},
    {"The ask grew from one region to the whole group.", "SCOPE_CREEP:scope.creep"},
    {"Uncontrolled scope growth meant we never released.", "SCOPE_CREEP:scope.creep"},
    {"The pilot turned into an enterprise-wide rollout plan before it even worked.", "SCOPE_CREEP:scope.growth"},
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
    {"Scope expanded from fraud detection to the whole financial crime stack.", "SCOPE_CREEP:scope.creep"},
    {"The wish list keeps getting longer.", "SCOPE_CREEP:scope.creep"},
    // OWNERSHIP_SPONSORSHIP (general paraphrases; "-" = negated/resolved)
    {"Our sponsor moved to another division and nobody picked it up.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {"The VP who championed this left the company.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {"Nobody on the business side owns the outcome.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {"There is no business owner for the model.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {"We lost executive support after the reorg.", "OWNERSHIP_SPONSORSHIP:ownership.priorities"},
    {"Priorities shifted to the ERP migration.", "OWNERSHIP_SPONSORSHIP:ownership.priorities"},
    {"The steering committee never met after January.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {"No one will take ownership of the model once it is live.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {"The business lost interest.", "OWNERSHIP_SPONSORSHIP:ownership.priorities"},
    {"Stakeholders could not agree on who owns it.", "OWNERSHIP_SPONSORSHIP:ownership.priorities"},
    {"Sales and operations want opposite things from the model.", "OWNERSHIP_SPONSORSHIP:ownership.vacuum"},
    {"Deprioritised in favour of the cost programme.", "OWNERSHIP_SPONSORSHIP:ownership.priorities"},
    {"Waiting for a decision from leadership for three months.", "OWNERSHIP_SPONSORSHIP:ownership.vacuum"},
    {"The new CIO has different priorities.", "OWNERSHIP_SPONSORSHIP:ownership.priorities"},
    {"No executive sponsor was ever named.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {"The product owner role has been vacant since April.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {"It is an orphan project with no champion.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {"Management attention moved elsewhere.", "OWNERSHIP_SPONSORSHIP:ownership.vacuum"},
    {"Leadership pulled support for the initiative.", "OWNERSHIP_SPONSORSHIP:ownership.priorities"},
    {"The business unit never signed up to own it.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {"Nobody is accountable for the outcome.", "OWNERSHIP_SPONSORSHIP:ownership.priorities"},
    {"Our champion got promoted and the new head does not care about it.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {"No buy-in from the business.", "OWNERSHIP_SPONSORSHIP:ownership.priorities"},
    {"The initiative lost its sponsor when she retired.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {"The sponsor is very engaged and attends every review.", ""},
    {"Ownership was agreed with operations last week.", ""},
    {"The new sponsor was confirmed in May.", ""},
    {"Leadership remains supportive.", ""},
    {"Our exec sponsor was let go in the restructure.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {"There's no one on the business side to make decisions.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {"The sponsor has gone quiet and misses every review.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {"IT and the business are fighting over who pays and who owns it.", "OWNERSHIP_SPONSORSHIP:ownership.vacuum"},
    {"Nobody wants to be accountable for the model's decisions.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {"The initiative was parked when the division was merged.", "OWNERSHIP_SPONSORSHIP:ownership.reorg"},
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
    {"There is only three months of history, not enough to train.", "DATA_READINESS:data.readiness"},
    {"Nobody could tell us where the data lives.", "DATA_READINESS:data.readiness"},
    {"The source tables are full of duplicates and nulls.", "DATA_READINESS:data.quality"},
    {"Data lineage is unknown and the fields are undocumented.", "DATA_READINESS:data.quality"},
    {"The data owner still has not provided the extract.", "DATA_READINESS:data.readiness"},
    {"We need labelled examples and nobody has time to annotate them.", "DATA_READINESS:data.readiness"},
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
    {"We are still waiting on the data extract from the warehouse team.", "DATA_READINESS:data.access"},
    {"Outcomes are not recorded in any system, so we have no labels.", "DATA_READINESS:data.availability"},
    {"Data from the plants is in different formats and can't be merged.", "DATA_READINESS:data.readiness"},
    {"Images are too low resolution to be useful.", "DATA_READINESS:data.quality"},
    {"The data feed breaks every week.", "DATA_READINESS:data.quality"},
    // USER_ADOPTION (general paraphrases; "-" = negated/resolved)
    {"The planners keep overriding the forecast.", "USER_ADOPTION:adoption.behaviour"},
    {"Users went back to Excel.", "USER_ADOPTION:adoption.behaviour"},
    {"Nobody logs in to the dashboard.", "USER_ADOPTION:adoption.behaviour"},
    {"The call centre staff did not trust the suggestions.", "USER_ADOPTION:adoption.users"},
    {"The tool is barely used.", "USER_ADOPTION:adoption.behaviour"},
    {"Adoption stayed very low after launch.", "USER_ADOPTION:adoption.users"},
    {"Clinicians found it added clicks to their workflow and stopped using it.", "USER_ADOPTION:adoption.behaviour"},
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
    {"The nurses found the alerts annoying and turned them off.", "USER_ADOPTION:adoption.behaviour"},
    {"Underwriters say the model is a black box and won't rely on it.", "USER_ADOPTION:adoption.behaviour"},
    {"Reps keep using their own judgement instead of the scores.", "USER_ADOPTION:adoption.users"},
    {"Only three people used the tool last month.", "USER_ADOPTION:adoption.behaviour"},
    {"The store managers never opened the app.", "USER_ADOPTION:adoption.users"},
    {"End users pushed back on the new process.", "USER_ADOPTION:adoption.users"},
    {"The chatbot gets very few conversations.", "USER_ADOPTION:adoption.behaviour"},
    {"Employees were worried the tool would replace them.", "USER_ADOPTION:adoption.users"},
    // SECURITY_COMPLIANCE (general paraphrases; "-" = negated/resolved)
    {"Legal won't let us send customer data to the LLM vendor.", "SECURITY_COMPLIANCE:security.approval"},
    {"The model risk team has not approved it.", "SECURITY_COMPLIANCE:security.approval"},
    {"Pending privacy review.", "SECURITY_COMPLIANCE:security.approval"},
    {"Stuck in the security review for four months.", "SECURITY_COMPLIANCE:security.approval"},
    {"Compliance said no.", "SECURITY_COMPLIANCE:security.approval"},
    {"The DPO raised concerns about profiling.", "SECURITY_COMPLIANCE:security.approval"},
    {"GDPR makes this use of the data impossible.", "SECURITY_COMPLIANCE:security.blocked"},
    {"The architecture review board rejected the cloud hosting.", "SECURITY_COMPLIANCE:security.approval"},
    {"We are waiting for the infosec assessment.", "SECURITY_COMPLIANCE:security.approval"},
    {"The regulator would require full explainability, which we cannot provide.", "SECURITY_COMPLIANCE:security.approval"},
    {"Privacy sign-off never came.", "SECURITY_COMPLIANCE:security.approval"},
    {"Using patient records is not permitted without consent.", "SECURITY_COMPLIANCE:security.approval"},
    {"The vendor failed the third-party risk assessment.", "SECURITY_COMPLIANCE:security.approval"},
    {"Awaiting approval from the AI governance board.", "SECURITY_COMPLIANCE:security.approval"},
    {"The security review passed with minor findings that are fixed.", ""},
    {"Privacy approval was granted in March.", ""},
    {"No compliance issues identified.", ""},
    {"The CISO blocked the use of a public LLM.", "SECURITY_COMPLIANCE:security.approval"},
    {"Data can't leave the EU and the vendor only hosts in the US.", "SECURITY_COMPLIANCE:security.blocked"},
    {"The DPIA flagged high risk and the project was halted.", "SECURITY_COMPLIANCE:security.approval"},
    {"Model validation by the risk team is still outstanding after six months.", "SECURITY_COMPLIANCE:security.approval"},
    {"Works council approval has not been obtained.", "SECURITY_COMPLIANCE:security.approval"},
    {"The pen test found critical vulnerabilities.", "SECURITY_COMPLIANCE:security.approval"},
    {"Legal says we can't use the call recordings for training.", "SECURITY_COMPLIANCE:security.approval"},
    // UNCLEAR_OBJECTIVE (general paraphrases; "-" = negated/resolved)
    {"We never agreed what success looks like.", "UNCLEAR_OBJECTIVE:objective.success"},
    {"Nobody could say what decision the model would support.", "UNCLEAR_OBJECTIVE:objective.success"},
    {"The business problem was never clearly defined.", "UNCLEAR_OBJECTIVE:objective.solution_first"},
    {"There was no measurable target for the pilot.", "UNCLEAR_OBJECTIVE:objective.success"},
    {"We built it because leadership wanted something with AI.", "UNCLEAR_OBJECTIVE:objective.success"},
    {"It was unclear what problem we were solving.", "UNCLEAR_OBJECTIVE:objective.solution_first"},
    {"No baseline to compare against.", "UNCLEAR_OBJECTIVE:objective.undefined"},
    {"The use case was never validated with the business.", "UNCLEAR_OBJECTIVE:objective.solution_first"},
    {"The KPI and baseline were signed off at kickoff.", ""},
    {"Nobody could explain what the model was for.", "UNCLEAR_OBJECTIVE:objective.success"},
    {"The goal shifted from cost saving to customer experience and back.", "UNCLEAR_OBJECTIVE:objective.undefined"},
    {"We never quantified the expected benefit.", "UNCLEAR_OBJECTIVE:objective.undefined"},
    {"It was a technology push without a business need.", "UNCLEAR_OBJECTIVE:objective.undefined"},
    {"The problem statement is still vague.", "UNCLEAR_OBJECTIVE:objective.undefined"},
    // PRODUCTION_ARCHITECTURE (general paraphrases; "-" = negated/resolved)
    {"There is no way to deploy the model outside the notebook.", "PRODUCTION_ARCHITECTURE:architecture.poc_trap"},
    {"We have no model monitoring or retraining pipeline.", "PRODUCTION_ARCHITECTURE:architecture.no_path"},
    {"The prototype only runs on a data scientist's laptop.", "PRODUCTION_ARCHITECTURE:architecture.runtime"},
    {"IT has no platform to host Python models.", "PRODUCTION_ARCHITECTURE:architecture.runtime"},
    {"No CI/CD for models exists.", "PRODUCTION_ARCHITECTURE:architecture.no_path"},
    {"The POC was never built to scale.", "PRODUCTION_ARCHITECTURE:architecture.runtime"},
    {"Nobody knows how we would run this in production.", "PRODUCTION_ARCHITECTURE:architecture.runtime"},
    {"The serving platform is in place and monitoring works.", ""},
    {"There is no production environment for Python workloads.", "PRODUCTION_ARCHITECTURE:architecture.no_path"},
    {"The model can't be deployed because there is no serving infrastructure.", "PRODUCTION_ARCHITECTURE:architecture.poc_trap"},
    {"Nobody has set up monitoring for drift.", "PRODUCTION_ARCHITECTURE:architecture.no_path"},
    {"Retraining is a manual process that nobody runs.", "PRODUCTION_ARCHITECTURE:architecture.no_path"},
    {"The notebook code was never refactored for production.", "PRODUCTION_ARCHITECTURE:architecture.runtime"},
    // INTEGRATION (general paraphrases; "-" = negated/resolved)
    {"The core banking system has no API.", "INTEGRATION:integration.systems"},
    {"We could not get the scores into the CRM.", "INTEGRATION:integration.delivery"},
    {"The legacy claims system cannot consume real-time predictions.", "INTEGRATION:integration.delivery"},
    {"Integration with SAP is a nightmare.", "INTEGRATION:integration.systems"},
    {"The vendor will not open their API to us.", "INTEGRATION:integration.systems"},
    {"Integration with Salesforce works fine now.", ""},
    {"The ERP interface took longer than the model itself and was never finished.", "INTEGRATION:integration.systems"},
    {"There is no way to feed predictions back into the dispatch system.", "INTEGRATION:integration.systems"},
    {"The EHR vendor charges for every API call and will not give us write access.", "INTEGRATION:integration.systems"},
    {"The model works but it is not wired into the underwriting workflow.", "INTEGRATION:integration.systems"},
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
    {"The LLM hallucinates too often for customer use.", "TECHNICAL_FEASIBILITY:feasibility.quality"},
    {"The problem turned out to be much harder than expected.", "TECHNICAL_FEASIBILITY:feasibility.hard"},
    {"The technology is not mature enough for this use case.", "TECHNICAL_FEASIBILITY:feasibility.hard"},
    {"The model comfortably beat the accuracy target.", ""},
    {"The model could not distinguish the defect types.", "TECHNICAL_FEASIBILITY:feasibility.quality"},
    {"Precision was far too low to be useful.", "TECHNICAL_FEASIBILITY:feasibility.quality"},
    {"The OCR fails on handwritten forms.", "TECHNICAL_FEASIBILITY:feasibility.quality"},
    {"The forecasts were worse than the planners' own estimates.", "TECHNICAL_FEASIBILITY:feasibility.quality"},
    {"The task turned out to be impossible with current models.", "TECHNICAL_FEASIBILITY:feasibility.hard"},
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
    // third set: more paraphrases per cause (skills, scope, ownership, data, adoption, security, objective, architecture, integration, cost, feasibility)
    {"The only person who understood the feature store has resigned.", "SKILLS_GAP:skills.team"},
    {"We were never given a data engineer, so the pipelines were never built.", "SKILLS_GAP:skills.team"},
    {"The offshore team lacked the ML background to continue.", "SKILLS_GAP:skills.staff"},
    {"Our ML capability is one part-time contractor.", "SKILLS_GAP:skills.team"},
    {"Two of the three modellers left within a quarter.", "SKILLS_GAP:skills.team"},
    {"The team could not get up to speed on transformers.", "SKILLS_GAP:skills.staff"},
    {"Each steering meeting brought a new set of requirements.", "SCOPE_CREEP:scope.growth"},
    {"We kept saying yes to every request.", "SCOPE_CREEP:scope.growth"},
    {"The use case list grew from three to fifteen.", "SCOPE_CREEP:scope.creep"},
    {"Phase one was redefined to include the whole of Europe.", "SCOPE_CREEP:scope.growth"},
    {"The project lost focus as more departments added asks.", "SCOPE_CREEP:scope.growth"},
    {"Since the reorganisation nobody owns the roadmap.", "OWNERSHIP_SPONSORSHIP:ownership.priorities"},
    {"The sponsor left and the replacement has no interest in AI.", "OWNERSHIP_SPONSORSHIP:ownership.priorities"},
    {"Business and IT never agreed who would run it.", "OWNERSHIP_SPONSORSHIP:ownership.vacuum"},
    {"The executive who asked for this has moved on.", "OWNERSHIP_SPONSORSHIP:ownership.vacuum"},
    {"There's no decision maker on the business side.", "OWNERSHIP_SPONSORSHIP:ownership.sponsor"},
    {"We discovered the labels were entered inconsistently by different teams.", "DATA_READINESS:data.quality"},
    {"The historical claims are stored as scanned PDFs that nobody can parse.", "DATA_READINESS:data.readiness"},
    {"Most of the sensor readings are missing timestamps.", "DATA_READINESS:data.availability"},
    {"The data needed for the model does not exist yet.", "DATA_READINESS:data.readiness"},
    {"Access to production data was never granted.", "DATA_READINESS:data.access"},
    {"The planners override almost every recommendation.", "USER_ADOPTION:adoption.users"},
    {"Doctors refused to change their routine.", "USER_ADOPTION:adoption.users"},
    {"Uptake after launch was negligible.", "USER_ADOPTION:adoption.users"},
    {"Staff resisted the new tool from day one.", "USER_ADOPTION:adoption.users"},
    {"The branch teams continued with their manual process.", "USER_ADOPTION:adoption.users"},
    {"The privacy office has not signed off on using customer emails.", "SECURITY_COMPLIANCE:security.approval"},
    {"Regulatory approval is still pending.", "SECURITY_COMPLIANCE:security.approval"},
    {"Infosec will not approve the vendor's cloud.", "SECURITY_COMPLIANCE:security.approval"},
    {"The model risk committee rejected the validation report.", "SECURITY_COMPLIANCE:security.approval"},
    {"We failed the vendor security assessment.", "SECURITY_COMPLIANCE:security.approval"},
    {"The business never told us what they wanted to achieve.", "UNCLEAR_OBJECTIVE:objective.success"},
    {"There was no agreed definition of success.", "UNCLEAR_OBJECTIVE:objective.success"},
    {"The KPI was never baselined.", "UNCLEAR_OBJECTIVE:objective.undefined"},
    {"There's no MLOps pipeline, every deployment is done by hand.", "PRODUCTION_ARCHITECTURE:architecture.no_path"},
    {"The prototype could not be moved to production.", "PRODUCTION_ARCHITECTURE:architecture.poc_trap"},
    {"The platform team has no capacity to host another model.", "PRODUCTION_ARCHITECTURE:architecture.no_path"},
    {"The API to the policy system was never delivered.", "INTEGRATION:integration.systems"},
    {"The mainframe team has no slot to build the interface this year.", "INTEGRATION:integration.systems"},
    {"Integration with the WMS failed.", "INTEGRATION:integration.systems"},
    {"We ran out of budget before the pilot finished.", "COST_FUNDING:cost.funding"},
    {"The annual cloud cost exceeded the projected savings.", "COST_FUNDING:cost.case"},
    {"Finance cut our funding for next year.", "COST_FUNDING:cost.case"},
    {"The model never got above 70 percent accuracy.", "TECHNICAL_FEASIBILITY:feasibility.quality"},
    {"The classifier performed no better than chance.", "TECHNICAL_FEASIBILITY:feasibility.quality"},
    {"The LLM made up answers too often.", "TECHNICAL_FEASIBILITY:feasibility.quality"},
    {"The privacy office signed off last week.", ""},
    {"The sponsor is still fully committed.", ""},
    {"The new hire has taken over the pipelines.", ""},
    {"Requirements have been stable since March.", ""},
    {"Users were trained and adoption is growing.", ""},
    {"We got the data access approved.", ""},
    {"Budget was approved for the next phase.", ""},
    {"The model beat the baseline comfortably.", ""},
    {"The vision model cannot reliably detect cracks in low light.", "TECHNICAL_FEASIBILITY:feasibility.quality"},
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
                df(TEXTS, texts.toArray(new Object[0][])), df(REGISTRY, regs.toArray(new Object[0][]))),
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
