#!/usr/bin/env python3
"""Generate sentences.csv: hand-written English training sentences for lastmile's learned
cause pass. Training material only: never score the product on it.

Every sentence below was written by hand (one per line inside each block). The script only
strips, numbers and writes them; it asserts counts, uniqueness and valid codes, and writes
the CSV deterministically (RFC 4180 quoting, UTF-8, LF).
"""
import csv
import io
import os

CAUSES = [
    "DATA_READINESS",
    "UNCLEAR_OBJECTIVE",
    "PRODUCTION_ARCHITECTURE",
    "INTEGRATION",
    "SECURITY_COMPLIANCE",
    "OWNERSHIP_SPONSORSHIP",
    "SKILLS_GAP",
    "SCOPE_CREEP",
    "USER_ADOPTION",
    "COST_FUNDING",
    "TECHNICAL_FEASIBILITY",
]

POS = {}
NEG = {}

POS["DATA_READINESS"] = """
the extract we got stops in 2021 and half the plants are missing
Labels are good now, but the feed from the plants still stops every weekend.
Blocked: still waiting on the claims history from the data warehouse team, third request this month.
Only 40% of the scanned delivery notes are legible, so the model has nothing to learn from on the rest.
Closing as won't do. Nobody ever labelled the historic tickets and we cannot afford to do it by hand.
The sensor data has gaps of up to six hours whenever the SCADA historian restarts.
SteerCo minutes: training set covers only urban branches, rural branches behave completely differently.
we have 300 labelled x-rays. three hundred. for a classifier that needs thousands
Patient records sit in four different EHR instances and none of them share an ID.
Retro: we spent 9 of 12 sprints cleaning the CRM export instead of building anything.
Half the product codes in the retail master data are duplicates with different spellings.
Data quality issues in the meter readings (negative consumption, reversed timestamps) make the forecast useless.
Is there actually anyone who can give us the churn labels? Marketing says billing has them, billing says marketing.
Status: RED. Historical freight invoices are PDFs in a shared drive, no structured fields.
The crop yield data is self-reported by farmers and about a third of it is obviously made up.
Kindly note we are not having read access to the HR system since March, request is pending with IT.
Fraud labels only exist for cases that went to court, so the model learns what lawyers pick, not what fraud looks like.
Can't train on what we don't have - the call recordings are deleted after 30 days.
Project paused. The underlying dataset is not representative: 90% of samples come from one supplier.
the timestamps in the telematics feed are local time for some depots and UTC for others and nobody knows which
Students' attendance data is held by each school separately on paper registers.
Our ground truth for defects comes from operators who mark everything as 'other'.
The test cohort from the pilot hospital is all adults; the target wards are paediatric.
Legal case outcomes were never captured as a field, only buried in free text of closing memos.
Hotel booking data before 2023 was lost in the migration, so seasonality can't be modelled.
Policy records and claim records can't be joined reliably because the policy number format changed twice.
Still no sample of the prod logs, were building on a synthetic set that looks nothing like reality.
Data owner for the site inspection photos says they're 'somewhere on the contractor's SharePoint'.
the pharmacovigilance reports are mostly free text in 6 languages with no coding
Waiting on data. Again.
Tbh the dataset is too small and too skewed - only 12 failure events in five years of pump data.
Network alarm logs are sampled at 1 in 100 before they reach the lake, so rare faults simply vanish.
Customer addresses are entered free-form by agents; geocoding fails for about one in four.
The vendor refuses to export the raw transaction data, we only get monthly aggregates.
Labelling was outsourced and the inter-annotator agreement came back at 0.41.
Every depot keeps its own spreadsheet for returns and the columns don't match.
We found out in UAT that the ticket categories were re-mapped in 2022 and the old labels mean something else.
Half the soil moisture probes have been offline since the storm and nobody replaced them.
no consistent definition of 'active customer' across the three CRMs so the target variable is garbage
Images from the new camera line have a different resolution and colour profile; model trained on old ones.
Not enough historical data for the new routes, they only opened in September.
Blocked on DWH: the job that loads the stock levels has been failing silently since the upgrade.
The contract repository has 40k documents but only 200 are tagged with clause types.
Trial data is locked in the CRO's system and we only get it after database lock.
Weather features are from one station 80 km away from most of the fields.
ETA: unknown. The extract from mainframe needs a COBOL change request and the queue is 4 months.
Model is fine on the sample, it's the full set that's a mess: nulls in 30% of rows.
Agents close tickets with the wrong reason code so our labels are basically noise.
Summary for the board: the initiative stalls because the data we need is spread across 11 siloed systems with no common key, and each system owner wants a separate access request and business justification.
We can see the invoices but not the corrections, so the 'clean' history is actually full of reversed entries.
the sample they shared had 500 rows. the real table has 80 million and different columns
Nobody has captured why candidates were rejected, so the screening model has no outcome to learn.
Our footfall counters double count when the doors are left open, which is most of summer.
Booked vs actual flight times only exist from 2024 onwards.
Data is there but we can't see it: the warehouse team says every query has to go through a ticket and takes 2 weeks.
The meter data only has daily readings; the use case needs 15-minute intervals.
Diagnosis codes were entered for billing, not for clinical accuracy, and it shows.
Satellite imagery is cloudy for most of the growing season in the north region.
Why are 20% of the shipments missing a delivery date? Until that is answered there's no point training.
Sprint goal missed: the annotated set from the vendor arrived with labels shifted by one frame.
Feature store still empty for the retail chain, the POS extract is truncated at 1M rows.
Concrete strength test results are kept on paper by each site lab.
The loan book from the acquired bank uses different risk grades and there's no mapping.
Editorial tags on the archive are inconsistent - 'politics', 'Politics', 'pol', 'govt' all mean the same.
Policy: we cannot move on until the gaps in the maintenance logs are filled; currently ~35% of work orders have no failure code.
Our 'representative' sample of call transcripts was only from the night shift.
Data isn't ready. Period.
Chat logs were anonymised so aggressively that the product names are masked too, and that's what we need to predict.
Grid topology in the GIS is out of date by years in some districts.
it took six weeks to find out who owns the freight rates table and he's on leave
Each branch exports the footfall file in a slightly different format, parsing breaks weekly.
The benefits data from the payroll provider has no history beyond the current year.
Lab results come back with units mixed (mmol/L and mg/dL) in the same column.
Training data was from the old product range; 60% of current SKUs did not exist then.
Closure reason: insufficient labelled examples of rare defects to train anything useful.
We keep getting the extract in Excel with merged cells and hidden rows.
Passenger counts from the ticket gates are missing for three stations because of a firmware bug.
Unstructured maintenance notes, no taxonomy, abbreviations nobody can decode any more.
The survey response rate was 4% so the satisfaction data isn't representative of anyone.
Still no answer from the bank partner on whether we may get the declined-transaction data at all.
"""

POS["UNCLEAR_OBJECTIVE"] = """
we still don't know what number finance wants to see move
Closing: nobody could tell us what success looks like for this pilot.
The business problem was never defined; we were asked to 'do something with AI' on the claims process.
SteerCo asked for the baseline and there isn't one - we never measured the manual process.
What KPI is this supposed to improve? Three sponsors, three different answers.
Solution looking for a problem. The chatbot was bought before anyone asked what customers actually call about.
Retro: we built a demand forecast, then learned the planners needed a stock-out alert, not a forecast.
No agreed success criteria, so every demo ends with 'nice, but is it good enough?' and nobody can say.
The brief said 'predict delays' - delays of what, compared to what, for whom?
Paused until the business defines the target metric for route optimisation.
Is the goal to cut handling time or to improve first-contact resolution? They pull in opposite directions.
We were told to use GenAI for the tender documents but nobody described the actual pain.
the use case changed from fraud detection to 'customer insights' after the kick-off and nobody wrote it down
Hospital management wants 'better bed planning' but can't say what would count as better.
Acceptance criteria for the pilot: TBD. Six months in.
The model hits 92% accuracy and the business says it doesn't matter, because accuracy wasn't what they cared about.
Status AMBER: objective still under discussion with the plant managers.
We misunderstood the problem: the grid team needed explainable outage causes, not a better outage forecast.
There's no baseline for the current churn rate by segment, so we can't show any uplift.
Initiative started from a vendor demo, not from a business need.
honestly, what decision is this dashboard supposed to change?
Teachers asked for help with marking, we delivered dropout prediction. Not the same thing.
Sponsor wants 'AI in the underwriting process' by Q3 - no further detail available.
Workshop outcome: four hours, no agreed problem statement.
The target keeps being redefined: first late payments, then defaults, now 'customer health'.
We can't size the value because nobody knows how much the manual review costs today.
Legal team said the tool should 'help', but couldn't name a single task they'd hand over.
What problem are we solving for the farmers? The agronomists and the sales team disagree.
Closed - no clear business case ever articulated beyond 'competitors are doing it'.
Success metric in the charter is 'improved efficiency'. That's it.
The telecom ops team wanted fewer truck rolls; the project measured model F1. Mismatch from day one.
We shipped the recommender and then asked what conversion rate would make it worth keeping.
No-one owns the definition of a 'good' match for the candidate ranking, so the evaluation is arbitrary.
The idea came from a hackathon and was never tied to a department target.
Minutes: the pilot cannot be evaluated as no pre-defined threshold exists for go/no-go.
Are we optimising for on-time delivery or for fuel cost? Need an answer before we tune anything.
media team asked for 'AI content' — content for what channel, what audience, what outcome?
Everyone agrees the predictive maintenance model is 'interesting'. Nobody agrees what it is for.
The insurance use case was framed as a technology trial, so no business KPI was attached.
We need the problem statement signed off before further build. Still waiting on it from the ward leads.
Scope doc lists 14 possible benefits and no primary one.
Project team assumed the goal was automation; customer service leadership wanted better routing. Rework.
Pilot declared a success by IT and a failure by operations, because IT measured uptime and model accuracy while operations expected fewer missed pickups, and nobody had written down which mattered before we started.
baseline? what baseline lol
No one can say what the current error rate of the manual coding is, so the model's 4% looks either great or terrible.
The construction client wanted 'smarter scheduling' and could not explain what was wrong with the current schedule.
Stalled at PoC: the business outcome was never written down, only the tech to be used.
Why are we predicting footfall if store staffing is fixed by contract anyway?
Requirement from HR: 'use AI to improve retention'. No target, no population, no horizon.
The pharma team asked us to prove value but never told us which value.
We keep demoing accuracy and they keep asking about savings we never agreed to measure.
Product owner admitted in the retro that the use case was picked because the data was available, not because anyone needed it.
I still don't understand who will act on the risk score or what they will do differently.
The council wants a citizen chatbot but has no data on what citizens currently contact them about or why that's a problem.
Energy trading desk says the forecast is 'not useful' but can't say what horizon or granularity would be.
KPIs were only defined after the build and they don't match what the model predicts.
The objective moved from reducing returns to predicting returns, which is a very different thing.
Nobody in travel ops signed up to the 15% reduction target - it was invented by the consulting deck.
Decision deferred: use case value unclear.
we dont actually know wether the bottleneck is triage or documentation, built for triage anyway
Steering group could not agree whether the tool is for compliance or for revenue.
the ask was literally 'can we have ChatGPT for the contracts'
Retail team wanted to know which promotions work; we gave them a price elasticity model nobody asked for.
Without a definition of 'high-risk shipment' there is nothing to label and nothing to measure.
Started as innovation theatre; the business was never asked what it needed.
Target variable agreed, then the business said it was the wrong one after 3 months of modelling.
The customer care goal is 'happier customers' — measured how? NPS, CSAT, complaints? Undecided.
No measurable outcome was ever tied to the grant, so the education ministry can't tell if it worked.
Closing note: the problem turned out to be a process problem, not a prediction problem.
We were asked for a model before anyone mapped the process it's supposed to support.
What's the cost of a false positive here? Nobody on the bank side can tell us.
Manufacturing wants 'zero defects' from the vision system but there's no current defect rate to compare against.
Project charter is two lines and a logo.
Each region defines on-time delivery differently so we don't know which to hit.
Gentle reminder: business has to confirm which of the three use cases we are doing, please do the needful.
Nobody could explain how a better forecast would change the procurement decisions.
The agency brief asked for 'personalisation at scale' without saying personalise what.
Ward managers rejected the pilot results as irrelevant to their actual staffing problem.
Success criteria were changed after the pilot to make it look good, then changed back.
Clinical leads and finance disagree on whether readmissions or length of stay is the target.
"""

POS["PRODUCTION_ARCHITECTURE"] = """
it runs when Priya starts the notebook on Mondays
The POC lives on a data scientist's laptop. There is no path to production.
No MLOps: no model registry, no CI/CD, no monitoring, no retraining.
Model was built in a Jupyter notebook with hard-coded file paths to someone's Downloads folder.
We have a great model and no idea where it would run.
Blocked: platform team says there is no approved serving infrastructure for Python models.
Retro: PoC was built as a demo, not as a product; rewriting from scratch for prod would take 9 months.
Nobody is monitoring drift. The model in the depot has been predicting the same value since July.
the scoring job is a cron on a VM under someone's desk
How do we retrain this? The training script only works with the original CSV.
Still no deployment pipeline for the fraud model; releases are manual copy-paste to the server.
Status RED: the model can't be containerised because it depends on a licensed desktop tool.
Closure reason: no production environment available for GPU inference.
Retraining is done by hand whenever someone remembers, last time was eight months ago.
There's no way to roll back a model version. We found out the hard way.
The forecast goes into production as an Excel file emailed every Friday.
Ops won't take it over: no runbook, no alerts, no logging, no SLA.
The hospital's infra has no place to host a model; everything is on-prem and locked down to vendor appliances.
Pilot worked in the sandbox but the sandbox has data nobody will have in prod.
Model outputs are pushed to the dashboard by Tom running a script. Tom is on holiday.
Who gets paged if the scoring API goes down at 2 am? Nobody, currently.
The PoC took 3 weeks, the production hardening estimate is 14 months.
We never planned for latency; batch model, but the checkout needs a real-time answer.
Feature engineering code for training and for inference are two different codebases and they disagree.
No model monitoring in place so we can't tell whether accuracy dropped after the price change.
MLOps platform is 'on the roadmap' since 2024.
Telecom ops: the churn scores are stale because the refresh pipeline broke and nobody noticed for 6 weeks.
The vision model needs a GPU at the edge and the plant PCs are from 2015.
there's no staging env, we test in prod or not at all
Steering minutes: the initiative is stuck between the lab and production; there is no container platform, no scheduler and no monitoring, and the data science team was told to 'sort out hosting themselves'.
It was built in a cloud trial account that expires next month.
Nothing is versioned - not data, not code, not model.
The model scores once a quarter because that's how often someone has time to run it.
Handover to IT failed: the code is one 4,000-line notebook with no tests.
Can't go live until we have a serving layer and an approved model registry.
The chatbot prototype calls the LLM API with a personal key from the intern's account.
Dependency hell: the model needs an old TensorFlow that the platform refuses to install.
Retraining pipeline doesn't exist; the 'model' is a pickle file from last spring.
No CI for the pricing model, so every change is a risk and nobody dares touch it.
Deployment path undefined for the energy forecasting PoC - the grid control environment is air-gapped.
We went straight from demo to 'why isn't it live?' without anyone thinking about hosting.
Scoring the full customer base takes 30 hours on the current setup; it needs to be nightly.
Prod deployment blocked because we can't reproduce the training run.
The insurance pilot was a one-off batch; there is no mechanism to score new claims as they arrive.
model drifted and nobody knew because there are no metrics
We'd need to rebuild the whole thing on the bank's platform; the POC tech stack isn't allowed there.
The school analytics pilot was run in Colab. That's the whole architecture.
Feature pipeline takes four manual steps across three tools, so it's never run on time.
Alerting on model quality is nonexistent - complaints from drivers are our monitoring.
Model is deployed but has not been updated since launch; seasonality has moved on.
Without an inference endpoint the retail app can't show the recommendations at all.
Pilot closed. Production architecture was never designed; the PoC was a throwaway.
Ops team is asking for health check endpoint but same is not available.
The agronomy model runs on a laptop in the field office, results emailed as PDF.
Every new model version means a three-week change request and a manual install.
No plan for how predictions get back into the operational system; results sit in a lake table no one reads.
We need a feature store and a scheduler before this goes anywhere near production.
The notebook has cells that must be run out of order. Seriously.
Media recommendation PoC served from a Flask dev server, single thread.
Nobody has defined how the model is retrained when new plants come online.
The pharma QA classifier can't be validated for GxP because there's no reproducible build.
Latency in the PoC was 8 s per request; the call centre needs sub-second. Architecture not built for it.
Monitoring is 'someone looks at the output sometimes'.
The model artifacts are in a personal OneDrive.
Status: parked. Production hosting of the model never got designed; infra team has no capacity to design it.
Retraining needs the original data scientist and she's the only one with the environment.
There's no automated test that would catch a broken feature in the scoring pipeline.
Construction defect model worked in the demo but there's no pipeline from the site cameras to it.
The travel pricing engine calls the model synchronously and times out under load.
How is this going to be deployed? Genuinely asking, it's week 30.
No canary, no shadow mode, no A/B: it's all or nothing on go-live.
Batch jobs orchestrated by a Windows Task Scheduler on a shared jump host.
HR attrition model: built once, never refreshed, now predicting people who already left.
The PoC skipped every production concern and now the gap is the whole project.
Logging of predictions doesn't exist, so we can't audit what the model told the agents.
Every environment has a different Python version and nothing is pinned.
Legal triage model can only be run by the vendor's consultant on their machine.
SLA for the scoring service can't be met on shared infra with no autoscaling.
The energy demand model was handed over as a zip file with a README that says 'ask Ahmed'.
If the model server restarts, someone has to log in and reload the weights manually.
"""

POS["INTEGRATION"] = """
The model works, but there's no way to get its output into SAP without a custom ABAP change.
Blocked: the WMS vendor won't open an API, only a nightly flat file.
We can't write the triage score back into the EHR; the interface engine only accepts HL7 v2 from approved vendors.
Retro: 70% of the effort went into talking to the mainframe, not the model.
The claims system is 25 years old and nobody knows how to add a field to its screen.
Agents have to copy the suggestion from one window and paste it into the CRM. They don't.
The TMS integration needs a change from the vendor and they quoted Q4 next year.
no API on the core banking system, only screen scraping. security won't allow that
Status: AMBER, dependency on the ERP team for the interface spec, third reschedule.
Predictions land in a separate portal that nobody in the control room has open.
The billing platform only exposes SOAP endpoints with a 10 requests/minute limit.
The plant's MES can't accept external inputs without a revalidation.
Can we get the risk score into Guidewire at all? The answer so far is 'not without an upgrade'.
Closing: unable to integrate the recommender with the legacy e-commerce platform.
The model depends on live inventory, and the stock system only updates overnight via batch.
Teachers would have to log into yet another system because the LMS won't embed it.
The HR suite's API doesn't expose the fields we need, only names and departments.
We got the outage forecast working but SCADA can't consume anything that isn't on its protocol list.
The tool needs case data from the court management system and the only interface is a monthly CSV export by a clerk.
Middleware team says the ESB can't handle the message volume from the IoT sensors.
Integration with the booking engine is still a spike, 5 sprints later.
The document classifier outputs JSON; the DMS only imports XML with a proprietary schema.
Every store runs a different POS version, so there's no single place to plug the pricing model in.
Minutes: integration with the network inventory system postponed pending vendor contract renegotiation.
Ops said they'd use it if it showed up in ServiceNow. It doesn't.
Getting the ETA model into the driver app needs a release from the app vendor, who releases twice a year.
Legacy policy admin system has no event stream, so we can't trigger scoring at quote time.
the handoff between our service and the dispatch tool is a shared folder polled every 15 min, and it breaks constantly
The lab information system vendor charges per interface and the budget only had one.
Identity mapping between the CRM and the contact centre platform is not solved - different customer IDs.
The scheduling tool for the construction sites is a desktop app with no import.
Pharmacy system only accepts orders through its own UI; our suggestion can't be pushed.
Who owns the interface to the GL? We've asked three teams.
Workflow doesn't change because the model's output isn't in the workflow.
Upgrade of the ERP freezes all new interfaces until 2027.
The call routing platform is a closed appliance; we can't add a decision step.
The grading assistant can't read submissions from the exam platform because of its export format.
Retro: we underestimated the integration with the warehouse robots' controller, completely.
API gateway rejects our calls because the legacy system expects a fixed-width payload.
Still we are waiting for the core system test environment to connect, it is shared with 8 other projects so slot is not available.
Claim handlers use a green-screen terminal. There's nowhere to show a score.
The vendor's ticketing tool has a read-only API; we can't update the priority field.
Bank payment hub can't call out to an external service within the 200 ms window.
Integration scope was 'TBC' in the plan and it ended up being the whole project.
The airline's reservation system is hosted by a GDS and changes go through them.
Data comes in fine; it's getting the answer back into the farm management software that's impossible.
ERP interface failed SIT twice - field mapping for units of measure.
We'd need to touch 14 downstream systems to change the product hierarchy the model uses.
our model output is a CSV that someone imports manually into the planning tool each morning
Nobody can tell us the message format the hospital's bed management system expects.
Closure: no feasible integration with the insurer's broker portal within the programme timeline.
Media asset management system has no hooks, so auto-tagging results can't be saved against the asset.
The telco's OSS stack is a patchwork of 30 tools; which one should receive the alarm prediction?
Writing back to the case management system requires a change board that meets quarterly.
The logistics partner's EDI only supports messages from 1999, none with a 'predicted delay' segment.
Connecting to the school information systems means 40 different vendors, one per district.
The chatbot can answer questions but can't look up order status because the OMS is not reachable from the cloud.
Single sign-on between the new tool and the intranet still doesn't work, so users have to log in twice.
The legal hold system is on a separate network segment with no inbound connectivity.
Back-office workflow tool doesn't support external callbacks, so the recommendation can't trigger a task.
Blocked on integration: the TMS upgrade changed the API and our adapter broke.
We were promised a REST API on the maintenance system. It's a database view, read-only, refreshed weekly.
Payroll provider only exchanges files over SFTP on a fixed schedule.
The dispatch system accepts input only from the old CAD module, which is being decommissioned.
Our prediction has to be keyed in by hand into the hotel PMS. No one has time.
Are there any interfaces into the energy trading platform at all, or is it all manual?
The model is ready. The pipes to the plant are not.
Underwriting workbench is vendor-hosted and they won't let third-party widgets in.
We can see the recruitment data but we can't act in the ATS - no write permissions through the API.
Integration testing with the mainframe is only possible on the first weekend of each month.
It's another screen. Nobody wants another screen. It has to go into the existing dispatcher console.
Customer service wants it in Zendesk, IT says Zendesk connectors aren't approved.
The MRP system can't ingest forecasts at SKU-store-day granularity.
We never got the message schema for the freight exchange; reverse-engineering from samples.
Clinic software is per-practice, no central API, so rollout means 200 separate integrations, each with its own vendor, its own contract and its own idea of what a patient ID looks like.
The vendor API is rate limited to 1,000 calls a day for the whole customer.
Still no connection to the asset register, so the model can't tell which transformer is which.
Procurement workflow is email-based; there is no system to integrate into.
Status: waiting on the SAP PI team for the iDoc mapping, again.
the rostering system can only be fed through its own import wizard, one file at a time, by hand
"""

POS["SECURITY_COMPLIANCE"] = """
Blocked: the DPO has not signed off the DPIA.
InfoSec review is pending from March itself, they have not given any date for next slot.
Legal says we can't send patient notes to an external LLM, full stop.
The model uses PII from the CRM and there's no lawful basis documented for this purpose.
Closing: regulator guidance on credit decisioning models makes the approach non-compliant.
Security won't approve the cloud region because the data would leave the EU.
Model risk management wants a full validation pack before any pilot with real customers.
we're stuck in the security review queue. 14 weeks and counting
The works council has to approve anything that scores employees, and they said no.
Pen test found the API exposed customer IDs; go-live postponed until the fix is re-tested.
Can we even store voice recordings for training? Compliance hasn't answered in two months.
The AI Act classification came back as high-risk and the conformity work wasn't planned.
Hospital ethics committee meets every 3 months and rejected the protocol on consent grounds.
Status RED: vendor failed the third-party risk assessment.
We had to remove postcode and age from the features after the fairness review, accuracy collapsed.
GDPR: the retention period for the chat logs is 30 days, so we can't keep a training set.
Architecture board rejected the design because the model endpoint would be internet-facing.
Approval from the clinical safety officer is needed for the DCB0129 case and we don't have one.
Legal needs to review every generated contract clause; the tool is no faster than a lawyer.
Export control: the grid data can't be processed by the offshore team.
No one will sign the data sharing agreement between the two ministries.
Pharma QA: the model counts as a computerised system under GxP and validation wasn't budgeted.
the CISO wants a threat model and a DPIA and a vendor security questionnaire, in that order
Customer consent for using call recordings covers 'quality purposes' only; legal says training isn't covered.
Audit flagged that we can't explain individual credit decisions, so the model can't be used for declines.
Firewall policy blocks outbound traffic to the model provider and InfoSec won't grant an exception.
Student data can't be processed by a US-hosted service under the school board's policy.
Model governance committee hasn't met since the reorg; nothing gets approved.
Regulatory approval for the medical device classification is expected to take 18 months.
The banking supervisor requires model documentation we don't have.
Privacy team says the anonymisation is reversible with the location data, back to the drawing board.
Retro: we learned about the data residency requirement in week 20.
The insurer's compliance function vetoed using social media data for pricing.
Can't put the telematics data in the lake, driver privacy agreement forbids it.
Sign-off from Legal outstanding on use of scraped news articles for training.
Steering: pilot halted pending outcome of the internal audit on AI use.
We need SOC 2 from the startup and they don't have it.
Pseudonymisation must happen before the data leaves the hospital, and nobody can do it on-prem.
The union raised concerns about surveillance and the pilot at the warehouse was suspended.
access to prod data denied by security, we are only allowed synthetic and it's useless for this
Compliance says any automated decision on benefits needs a human review step, which kills the business case.
The penetration test can only be scheduled after code freeze, and code freeze is after the go-live date.
The LLM vendor's terms allow them to use our prompts for training; legal blocked it.
Open questions from the DPO on purpose limitation still unanswered, so no go.
Records management policy requires 10-year retention of the model's outputs and we have no archive for it.
Ethics review for the student wellbeing model flagged profiling of minors; project stopped.
Cyber team requires all models to be scanned; there's no tool for scanning pickle files, so nothing passes.
IT security classifies the freight manifests as confidential and won't allow them in the analytics tenant.
We're waiting on a legal opinion about whether this counts as automated decision-making under Art. 22.
The bank's model validation team has a 9-month backlog.
Procurement paused the vendor because of an open data breach investigation on their side.
Every prompt containing customer data needs to be logged and reviewed, per the new policy. Unworkable.
The media group's legal team won't allow AI-generated text to be published without a rights review.
The farming cooperative's members didn't consent to their yield data being shared with the bank.
SteerCo: go-live deferred until Information Governance signs off the data flow diagram.
HIPAA BAA with the cloud provider isn't in place for that service.
Model uses gender as a feature; equality review says that's not acceptable for hiring.
Approval pending from the national telecom regulator on use of location data.
Compliance needs an audit trail of every recommendation; the system doesn't keep one and we weren't allowed to add one without another review, which is booked for February at the earliest.
Security still hasnt decided if the copilot can read sharepoint
The public sector tender rules forbid us from using the vendor's hosted model.
legal: 'not in this form'. no further explanation
The airline's data protection officer wants passengers informed before any profiling; comms hasn't drafted anything.
Our access was revoked after the audit finding on shared service accounts.
The clinical trial data can only be used for the purpose stated in the protocol.
Need a risk assessment sign-off from operational risk before using the model in branch; none scheduled.
The information security exception expired, so the pilot had to be switched off.
Blocked by governance: the AI register entry must be approved by three committees.
The vendor's data processing addendum is still in redlines with legal after 5 months.
Contract lawyers won't let the drafting tool near client documents due to privilege concerns.
Construction client's security policy bans cameras with cloud uploads on site.
The regulator's consultation on AI in insurance pricing froze all new models.
Data classification says 'restricted', which means no ML workloads until a control is built.
Until the DPIA is approved, we can't even do the pilot with 10 users.
Our vendor can't confirm where embeddings are stored; that's a no from InfoSec.
We were asked to prove the model doesn't discriminate by ethnicity without being allowed to hold ethnicity data.
Model approval requires an independent validator and there are two in the whole bank.
Security review found the prompt injection risk unacceptable for a customer-facing bot.
Retro: half the timeline was consumed by privacy and legal review loops.
Works council consultation on the call-centre analytics is open until spring; nothing can be switched on before then.
"""

POS["OWNERSHIP_SPONSORSHIP"] = """
Our sponsor left in May and nobody has picked it up since.
Who owns this now? Genuinely, nobody knows after the reorg.
SteerCo hasn't met since the COO moved to the group role.
Closing: business owner reassigned, no replacement nominated.
Priorities shifted to the ERP migration; the AI pilot lost its slot on the agenda.
The plant manager and the central ops director want opposite things from it and nobody arbitrates.
Status AMBER: awaiting nomination of a product owner from the business.
the VP who championed it got promoted out and the new one thinks it's a toy
Nobody on the business side is accountable for the outcome; IT owns it by default.
Retro: we had three sponsors, which means we had none.
Initiative deprioritised in the new strategy; no formal closure, just silence.
Finance and operations both claim the savings and neither wants to fund the next phase.
Is there anyone who can make a decision on this? Every meeting ends with 'let's take it offline'.
The hospital's clinical director was supportive but left; the acting one has other priorities.
Minutes: nobody present with authority to approve the pilot extension.
Product owner role is 'shared' between four managers, so nobody answers questions.
After the merger, the project fell between the two IT organisations.
Sales leadership never bought in; they see it as head office meddling.
The regional heads don't agree on which region should pilot, so no region does.
The programme was sponsored by the CDO office, which was dissolved in the restructure.
Kindly revert on who is the owner, decision is pending since 11 weeks.
The business lead is on secondment and the deputy says it's not her call.
Priorities changed: the board wants cost-cutting this year, innovation is paused.
The teaching unions and the ministry can't agree who leads the pilot.
We keep presenting to different people every month because the steering group membership keeps changing.
No one in the bank wanted to be the accountable executive for model risk, so it stalled.
Our champion in claims retired; the new head of claims has never heard of the project.
Ownership of the model after go-live has not been agreed between data and ops.
The telco's network and IT teams each think the other one owns the alarm use case.
Project orphaned after the reorg - last status update was February.
Stakeholders are misaligned: marketing wants reach, compliance wants fewer complaints, sales wants leads.
Nobody will sign the business case because nobody wants their name on it.
The energy client's sponsor changed three times in a year, each with a different vision.
Leadership attention moved to GenAI; our forecasting initiative got no airtime.
Status: on hold. Waiting for the new director to decide whether she wants this.
Site leads see it as HQ's project, HQ sees it as the sites' project.
The construction JV partners never agreed who pays and who decides.
Retro: we never had an executive sponsor, only a 'friendly VP'.
There is no one to escalate to. The escalation path ends in a vacancy.
The pilot is owned by the innovation team, who have no authority over the process it changes.
Travel ops and revenue management are fighting over the use case; nobody above them is stepping in.
Media group: new CEO, new priorities, the archive AI project was quietly dropped.
The sponsor agreed in principal but hasn't attended a single review.
The HR director who asked for it moved on; her successor cancelled all non-statutory projects.
Since the restructure no one owns the process the model supports.
Legal ops and the partners can't agree on whether this is a firm-wide tool or a practice-group one.
Who is the business owner for the dispatch model? Ticket open since June.
The farm co-op board changed and the new chair wants to focus on prices, not technology.
Steering committee cancelled three times in a row.
The public agency's minister changed and the digital programme was reprioritised.
Everyone likes it, nobody owns it.
it's been parked since the sponsor left and there's no one to un-park it
Each pharma brand team wants its own version and the central team can't say no.
Key decision-maker unavailable until after the budget cycle.
Priority dropped from 1 to 7 in the portfolio review without explanation.
The hotels operate as franchises; none of the owners wants to lead.
We need someone from the business to accept the results and there isn't anyone assigned.
Steering minutes: sponsor has asked to 'revisit the need' after joining from another division.
Retail ops and e-commerce both want the forecast to serve their channel first; no tiebreaker.
The product manager was pulled onto the app relaunch and never came back.
The logistics director stopped showing up to demos after Q2.
No business owner has been willing to commit FTE to the pilot.
Conflicting priorities from the two business units, escalation unanswered.
The initiative died in a calendar: nobody senior would take the decision.
Budget holder and process owner are different people who don't talk to each other.
The new CIO wants to consolidate all AI under one platform team; our project is in limbo until that's decided.
Sponsorship evaporated after the pilot results were presented in the wrong meeting.
customer service leadership is 'supportive' in the way that means they won't put anyone on it
The school district's superintendent left; interim leadership is not approving new initiatives.
Accountability for data quality and for the model sits with different VPs who disagree.
The business unit that requested it was sold.
Nobody from underwriting turned up to the UAT planning.
Strategic priorities shifted towards the cloud migration this fiscal year.
The steering group decided to 'revisit next quarter' for the fourth quarter running.
Telecom: operations director supports it, commercial director blocks it, CEO hasn't weighed in, and every time we ask for a decision the item drops off the exec agenda.
We can't get a RACI agreed for the model lifecycle.
Won't fix: the requesting department no longer exists after the reorganisation.
The project lost its sponsor the same week the steering group was disbanded.
No decision owner for the go/no-go; the meeting has no chair.
Hospital trust merger: both sides' clinical leads claim the project and neither will commit staff.
"""

POS["SKILLS_GAP"] = """
Our only data scientist resigned and took the context with her.
Nobody in the team knows how to put a model into production.
We don't have a data engineer. The analysts are building pipelines in Excel macros.
Retro: we hired two PhDs and no ML engineers; beautiful models, nothing deployed.
Key person dependency: only Marco understands the feature pipeline and he's leaving in March.
The vendor's consultants built it and left; no one internal can maintain it.
Status RED: recruitment for the MLOps role has failed twice, no suitable candidates.
can anyone here actually write Spark? asking for a friend
The hospital's IT team has no experience with ML, so they won't support it.
Contractors rolled off at the end of the SOW; knowledge transfer was one meeting.
We need someone who understands both the grid and Python. We have neither.
The team is three BI developers learning ML from YouTube.
Closure: lack of in-house skills to operate and retrain the model.
The data scientist who built the churn model is now on another project full time.
Open headcount for a platform engineer frozen since Q1.
Noone knows Kubernetes and the platfrom requires it.
The insurer has actuaries but no one who can build a data pipeline.
Our domain expert retired; we can't label edge cases without him.
Training for the ops team on the new tool was cancelled; they don't know how to read the outputs.
The bank's analytics team is four people supporting forty initiatives.
Two out of three engineers have resigned last quarter and joined competitor, backfill is not yet done.
We don't have anyone who can evaluate an LLM properly.
Skills matrix shows zero people with cloud certification in the media unit.
The only person who knew how the scoring job works is on long-term sick leave.
Consultancy handed over a model nobody here can read, written in R with a custom package.
Team composition: 1 PM, 1 analyst, 0 engineers.
We keep asking the central data team for help and they have no capacity.
Farm advisors would need data literacy training we can't deliver this season.
The vendor's solution architect left the vendor. The replacement is learning the system from our tickets.
understaffed. we are two people doing the work of six
We lack the NLP expertise for legal language; generic models miss half the clauses.
The FTE allocated is 0.2 of a data scientist shared with three other projects.
Retro: junior team, no senior ML lead, lots of rework.
The MLOps knowledge walked out the door with the last contractor.
No one in-house can review the vendor's model, so we can't challenge its claims.
The telecom team has excellent network engineers and nobody with statistics.
We can't recruit ML engineers to the plant's location at the salary band HR allows.
The pharma site needs a validation engineer who knows ML; no such person exists in the company.
Sprint velocity halved after the lead engineer left.
Hiring freeze means the data engineering role stays open indefinitely.
The school IT coordinator is also the maths teacher.
We had to pause because the one person who could run the annotation tool went on parental leave.
Nobody in the retail analytics team has worked with real-time data before.
The construction firm has no digital team; everything goes through an external agency.
Is there anyone in the organisation with experience in computer vision? We've asked around for a month.
Knowledge sits with one contractor whose contract ends Friday.
Customer service supervisors weren't trained to interpret confidence scores.
The platform team can maintain Java services but nothing in Python.
We underestimated how much data engineering was needed; we have none.
The logistics company's IT is outsourced and the outsourcer doesn't do ML.
Attrition in the data team: 5 leavers in 12 months.
Without a data product manager the team keeps building the wrong thing slowly.
No one understands the legacy SAS code that produces the current scores.
The travel team lost its only Python developer to the airline's digital hub.
Staffing plan for phase 2 has three TBD names.
Talent: we can't compete with tech firms for ML engineers in this city.
The HR analytics lead left and the model hasn't been touched since.
Our analysts can build a model but no one can build an API around it.
The energy trader who designed the features moved to London.
Steering: the project can't progress until the ML engineer role is filled.
The public sector pay scale means we can only hire graduates, who then leave after a year.
Vendor support is the only expertise we have, and it's billed hourly.
We tried to upskill the BI team instead of hiring, but they're still at week 2 of a 12-week course because the day job always wins, and the model sits untouched in the meantime.
Labellers need medical training; the budget only covers students.
The guy who wrote the ETL left in 2023. There is no documentation.
We don't have the in-house capability to fine-tune, and the vendor won't do it for us.
Half the team are interns this summer.
Nobody on the bank's side knows how to monitor a model; they asked what drift is.
Capacity constraint: data platform team fully booked until next year.
Skills gap in prompt engineering and evaluation; outputs not reviewed by anyone qualified.
The ops engineers were moved to the 5G rollout.
Our only GIS specialist left, so the spatial features can't be updated.
The agency built the tagging model and our editorial tech team can't maintain it.
key people gone, project paused
Closing note: the organisation lacks the engineering staff to move beyond prototypes.
No one with MLOps experience available internally; external hire rejected on cost.
The warehouse manager who knew how the slotting rules work left, and the model encoded his logic.
Our team has strong SQL but nobody can debug a neural network.
Delivery slowed: both senior engineers are out, one resigned, one on leave.
The claims team has nobody who can tell a good model from a lucky one, so every result gets argued from scratch.
"""

POS["SCOPE_CREEP"] = """
We started with one depot and now the plan says all 40 depots, three countries and returns too.
Every SteerCo adds another 'small' requirement.
Retro: MVP was defined in January, by June it had 23 must-have features.
The chatbot was supposed to answer opening hours; now it has to handle complaints, refunds and bookings.
Scope has grown from one ward to the whole hospital before the first ward is live.
Can we also add the supplier risk score? And the carbon footprint? And the weather?
Status AMBER: phase 1 scope re-baselined for the third time.
we keep saying 'while we're at it' and that's why nothing ships
The pilot now includes all product lines because marketing didn't want to be left out.
Closure: the project tried to solve everything at once and never delivered a first version.
Originally: predict late payments. Now: a full credit lifecycle platform.
New stakeholder joined and brought 15 new user stories, all 'P1'.
Legal asked for contract review; now they want drafting, negotiation support and a clause library as well.
Each region added its own exceptions to the routing logic and the release kept slipping.
The MVP must now support 7 languages before launch.
The requirement list doubled after the demo because everyone saw what it could do.
The plant wanted one line covered first; the programme insisted on all plants simultaneously.
Go-live moved again to add the mobile version.
Backlog has 400 items and none are marked as out of scope.
The telecom use case expanded from one fault type to all faults across fixed and mobile.
Minutes: the board asked for integration with the group reporting as part of v1.
Farmers' co-op pilot grew from one crop to nine crops before any harvest was scored.
Scope creep. Obviously.
the 'quick win' now has a 40-page requirements document
Insurance pilot: started with motor claims, now includes home, travel and commercial lines.
Every time we get close to UAT someone adds another report.
The school pilot was 2 schools, then 20, then the whole district, before a single term of results.
We agreed to do personalisation on the homepage; now it's every page, every email and push notifications.
HR wants the attrition model to also do succession planning and salary benchmarking.
Definition of done keeps moving: first accuracy, then explainability, then a full admin console.
The construction safety model was extended to quality, progress tracking and billing verification.
Release 1 is now also expected to replace the legacy reporting tool.
Steering requested 'just a few more data sources' - eleven of them.
The customer service bot scope now includes outbound sales.
We should have shipped the ETA model for one carrier. We're now integrating 14.
Gold-plating: nobody will accept v1 without the full dashboard suite.
The agreed 6-week pilot is in month 9 and has twice the scope.
The energy forecast project now covers generation, demand, prices and grid losses.
Business keeps adding edge cases as acceptance criteria for the first release.
The media tagging project grew to cover video, audio, images and text at once.
Why is multi-currency in the MVP? It was never in the charter.
Phase 1 absorbed phase 2 and 3 and became 'the programme'.
Each hospital department asked for its own version and we said yes to all of them.
The pricing tool now needs to do promotions, markdowns and competitor monitoring before go-live.
Retro: we never defined what's out of scope, so everything became in scope.
The first deployable version got pushed back every time a new use case was 'quick to add'.
Pharma wants the adverse-event classifier to cover all products globally from day one.
We went from one contract type to all contract types plus translation.
The travel recommender now has to handle group bookings, corporate policies and loyalty tiers in v1.
Requirements frozen? Ha. Added 3 new ones this morning.
Now they want it to also generate the monthly report, in PowerPoint.
scope grew again at the quarterly review, launch slipped to next year
The dispatch model v1 now includes driver scheduling, which is a different problem entirely.
Every sponsor review added a country.
The bank's KYC assistant was extended to AML, sanctions and fraud before KYC was finished.
Public sector chatbot now must cover all 34 services instead of the 3 agreed.
PoC was having two use cases only, now plan is listing twelve, kindly advise.
'Could we also' has become the team's least favourite phrase.
We're building a platform when the ask was a model.
The construction scheduling tool picked up procurement and subcontractor management along the way.
MVP scope now includes a self-service model builder for business users.
Logistics: the returns forecast was bolted on to the demand forecast in sprint 14 and broke the timeline.
The project kept expanding to justify its budget and never shipped anything.
Too many features, no release.
Retail pilot went from 5 stores to 'all stores, plus online' at the last steerco.
We said yes to the extra KPIs and now the model has to optimise four conflicting objectives.
The HR chatbot now must answer questions for all 30 countries' policies at launch.
First release was supposed to be internal only; now it's customer-facing with a full UX redesign.
The hospital triage pilot now includes outpatient scheduling.
Each demo generates a new wishlist and the wishlist becomes the plan.
We keep widening the net: now suppliers, customers and employees in one graph.
Insurance fraud model has to cover 'all fraud', per the new sponsor.
Customer care asked for sentiment, then intent, then summarisation, then auto-reply, then a supervisor dashboard, all in v1, and every addition pushed the first release back by another month or so.
Release 1.0 is now bigger than what the vendor's full product does.
Our scope document is on version 27.
Agri advisory app needs to support offline mode, voice input and 11 dialects before pilot.
Energy client added grid-edge devices to the pilot scope two weeks before the pilot.
The team is still building features for v1 that were requested after v1 was supposed to ship.
Legal team expanded the review tool to cover litigation and regulatory filings, pushing go-live 6 months.
Stopped: the delivery date for the first version kept moving as the scope kept growing.
"""

POS["USER_ADOPTION"] = """
the nurses print the list and tick it by hand anyway
Dispatchers override the suggested route 90% of the time.
Nobody opens the dashboard. Logins last month: 3, all from the project team.
The planners don't trust the forecast and keep their own spreadsheet.
Agents ignore the next-best-action prompt because it slows them down.
Closure: low usage after six months despite training sessions.
drivers turned the apps suggestions off within a week
Teachers said the tool 'doesn't understand our kids' and stopped using it.
Underwriters copy the score into the file and then decide as they always did.
we built it, they didn't come
The call centre team leaders told their people not to use it during peak hours.
Clinicians don't believe the risk score because it can't explain itself.
Farmers prefer to ask the local agronomist; the app has 12 active users out of 800.
Retro: no change management, no champions, no training, no adoption.
The engineers in the field find the tablet app too slow and fill in paper forms instead.
Usage dropped to zero after the pilot team stopped reminding people.
Lawyers check every suggestion from scratch, so there's no time saved and they've stopped looking.
The store managers ignore the replenishment proposals and order by gut feeling.
Status: live but unused.
Claim handlers find workarounds to skip the triage step entirely.
Warehouse staff see it as surveillance and refuse to scan the extra barcode.
The recruiters say the ranking hides good candidates, so they sort by date again.
Adoption KPI: 7% against a target of 60%.
The operators switched the predictive alarm to silent because of too many false alerts.
Bank advisors were never asked what they needed and don't use the tool.
The sales team feels the lead score is a threat to their commission and works around it.
Hotel front desk staff say the upsell prompts are embarrassing to read out, so they skip them.
Nobody told the shift supervisors it was going live; they found out from a pop-up.
Editors don't trust the automatic headlines and rewrite them all.
The engineers continue to use their old checklist alongside the new tool, duplicating work.
Why does nobody use the search assistant? Because it was launched with an email and nothing else.
Dock workers reverted to the whiteboard.
Pilot users gave it 2/5 and went back to the old system.
Pharmacists see the alerts as noise and click through without reading.
The doctors want to keep their own triage and see the model as a threat to clinical judgement.
Project officially live, unofficially abandoned by the users.
Usage is high in the pilot branch only because the branch manager forces it.
Customer service staff resent being measured against the bot's suggested answers.
Training consisted of a 20-minute webinar that most people skipped.
Ops team keeps asking for Excel exports of the predictions so they can 'check them' against their own numbers, and in practice they never open the app and keep running the depot off the old spreadsheet.
The site managers call it 'the robot' and not in a nice way.
It's technically fine; people just don't want it.
Nobody changed their process, so the model's output goes nowhere.
The public servants were worried it would be used to cut their jobs and resisted the rollout.
Passenger agents don't look at the disruption predictions because they're on a different screen during the rush.
The grid operators trust their experience more than the model and have been right twice, so now they never trust it.
HR partners still do shortlisting by hand 'to be safe'.
the users are not using it, full stop
Rollout stalled: the union asked members not to engage with the tool until consultation.
The contractors on site see the safety app as extra paperwork.
Adoption lagging: sales reps log in once a week to satisfy the KPI and do nothing.
The insurance brokers bypass the portal and phone in as before.
Students figured out how to game the adaptive quiz and teachers lost faith in it.
Managers override the shift recommendations to keep their favourite staff on weekends.
There is no feedback button, so the users just complain in the canteen and stop using it.
Support tickets from users: zero. Because there are no users.
Radiologists want to see the image first and the AI result after, and the UI does it the other way, so they skip it.
The pilot stores were enthusiastic; the rollout stores were never consulted and ignore it.
Field technicians are refusing to carry one more device, they are telling it is extra burden.
Driver feedback: 'the app tells me to go down roads I know are closed'. Usage collapsed.
We measured: suggestions accepted in 4% of cases, mostly the trivial ones.
The loan officers print the model's score and file it without reading.
Planners say it's a black box; they'll use it when it can say why.
Nobody is accountable for getting people to use it, and it shows.
Retail staff think the forecast is 'head office's guess' and plan their own way.
The call agents found it faster to google the answer than ask the assistant.
Usage spikes on training days and then flatlines.
The paralegals distrust the clause extraction after it missed one indemnity clause in the demo.
Maintenance crews still wait for something to break.
End users were not involved in the design and the workflow doesn't fit how they work.
The night shift doesn't even know it exists.
Dispatch uses it for 'easy' jobs only and handles anything interesting manually.
Editors fear the recommender will kill serendipity and asked to turn it off for their section.
The agronomists tell farmers not to rely on the app.
Nurses complained it adds clicks, so the ward manager quietly disabled it.
No one wants to be the first department to use it for real decisions.
The team leads see the dashboard as a way to blame them and avoid it.
Only 2 of 14 hospitals' staff ever logged in after the launch webinar.
Nobody explained to the depots why the tool exists, and the usage numbers show it.
The loaders keep asking their foreman instead of reading the pick suggestions on the screen.
"""

POS["COST_FUNDING"] = """
licence renewal is 3x what we budgeted
Phase 2 was struck off the list when the CFO went through the spend plan line by line.
The GPU bill for the pilot alone ate the whole year's innovation budget.
Closure: ROI does not justify the running cost.
Status RED: programme overspent by 40%, CFO froze further spend.
Inference costs per call are higher than what a human agent costs for the same question.
Business case doesn't close: €1.2M to build, €150k/year savings at best.
The vendor raised the per-seat price after the pilot; rollout unaffordable.
Money was only ever there for the PoC; production was never paid for.
we ran out of money in month 7 of a 6-month project
Cloud spend for the feature pipeline is four times the estimate.
The hospital's capital budget was redirected to the new wing.
Running the model on all 12,000 meters costs more than the losses it would catch.
The bank cut discretionary IT spend by 20%; our project was the first to go.
Labelling costs quoted at £300k; nobody will pay that.
Grant funding ended and there is no follow-on money.
Annual maintenance from the integrator is more than the value delivered.
Minutes: finance will not fund scale-up without a payback under 18 months; current estimate is 4 years.
The pilot was paid from a one-off innovation fund that has now closed.
Cost per prediction has to come down 10x for the retail margins to work.
Can we justify €80k a year in API fees for a tool used by 30 people?
Hiring the team we need would cost more than the whole budget.
Retro: the TCO was never calculated; once it was, the project stopped.
The telecom opex freeze means no new cloud subscriptions until next fiscal year.
Price of the satellite imagery subscription went up and the agri pilot can't absorb it.
The school district can't pay the per-student fee after the pilot year.
PFA the minutes: budget request got rejected in the quarterly investment committee.
Consultancy fees burned through the budget before anything was built.
Nobody put the fine-tuning compute in the plan, and the first invoice was a shock.
The insurer decided the savings didn't cover the vendor licence.
Legal department's tool budget is fixed and already committed to the e-billing system.
Who pays for support after go-live? Nobody, apparently.
the PO for the vendor is stuck because we went over the spending cap
Media business had a bad year, all non-revenue projects paused.
The construction margin is 3%; a tool that costs 1% of project value is a non-starter.
Storage of the video for the vision model costs more than the inspection team.
Energy client: regulator only allows recovery of capex, and this is opex. So no funding.
Pharma site budget cut after the product recall.
Each new hospital onboarding costs €50k in integration fees, which makes the rollout uneconomic.
The estimated three-year cost doubled after security and hosting were added.
Funding approved for 6 months only, then 're-evaluate'. It wasn't renewed.
The CFO asked what it costs per shipment and the answer killed it.
Travel sector downturn: all AI spend on hold.
The data migration ate the contingency and then some, so the model work has nothing left.
Our cost centre has no budget left this year.
The savings go to ops, the costs land on IT; IT won't pay.
Cloud provider's committed spend discount ended, monthly bill tripled.
The pilot was free; the production price list arrived last week.
The hotel group can't justify the per-property licence for small properties.
Unit economics don't work: the model saves 2 minutes per case, the infra costs more than 2 minutes of staff time.
The money earmarked for the HR pilot went to the new payroll system instead.
Run costs of the LLM at full volume estimated at 900k a year - project paused pending review.
Why are we paying for 500 seats when 40 people use it?
budget for yr 2 not aproved.
Customer service head said the business case assumed headcount reductions that are off the table, so no ROI.
The grant required 50% co-funding and the council couldn't find its half.
Hardware for edge inference at 300 sites: quote came back at 2.5M.
The retailer's capex committee pushed all AI spend to next year.
Annotation vendor invoice was double the quote and finance stopped payment.
Can't afford the data licence from the market data provider.
Returns on the pilot were too small to justify the change costs.
Team released while we wait to hear whether the money comes through.
We've spent 160% of the plan and delivered 30% of what was promised.
Total cost of ownership over 5 years is higher than outsourcing the process entirely.
Logistics margins are razor thin, the tool needs to pay for itself in a quarter and it won't.
The public body's budget was cut by the new government.
Licence model changed from per-user to per-token; the bill is now unpredictable and finance refused.
we're paying for GPUs that sit idle 20 hours a day, finance noticed
The vendor's implementation fee for the second country was more than the first.
Cost-benefit analysis: negative NPV at every scenario we tried.
The programme lost its funding when the group reprioritised capex to the network build-out.
Running both the old and new system in parallel costs too much to continue.
Ongoing monitoring and retraining costs were never budgeted and nobody wants to own them.
The farm co-op can't pass the subscription cost on to members.
FX moves made the USD-priced platform 25% more expensive than the approved budget.
The benefits are real but land in year 3; the budget horizon is 12 months.
Money ran out before UAT.
Closure reason: insufficient funding to proceed beyond pilot.
The extra headcount for operating the model wasn't in the budget and won't be added.
Procurement said no to renewing the legal tech subscription. Too expensive for what it does.
"""

POS["TECHNICAL_FEASIBILITY"] = """
Best model gets 61% and the process needs 95% to be safe.
We tried everything; the signal just isn't there in the data.
Closing: the problem is harder than expected, predictions no better than the current rule of thumb.
The sponsor expects the model to never be wrong. That's not a thing.
Status RED: forecast error doesn't go below 30% however we tune it.
Handwriting on the old delivery notes is too varied for OCR to read reliably.
The LLM hallucinates clause references, and in legal that's a showstopper.
Retro: we promised 'fully automated claims' and the model can handle maybe 15% of cases.
No model beat the naive baseline on the rare-failure prediction.
Latency of the vision model on the conveyor is 400 ms; parts pass in 100 ms.
The recommender can't learn anything useful for items with fewer than 10 sales, which is most of the catalogue.
Diagnosis from a single photo isn't possible at the quality doctors need; too many look-alike conditions.
Expectations were set by a vendor demo on cherry-picked examples.
we can't predict customer behaviour after a price change that has never happened before
The chatbot's answers are right 80% of the time, and wrong in ways that sound convincing.
Yield forecasts for smallholder plots are too noisy to be actionable.
Accuracy collapses as soon as we test on a different plant.
Speech recognition fails on the dialects spoken in the northern call centre.
False positive rate on fraud alerts is 98%; investigators can't cope.
Even humans only agree 70% of the time on these labels; the model can't do better than that.
The physics of the grid makes the outage timing essentially random at this granularity.
The summarisation model drops crucial numbers from the board papers.
Leadership expected ChatGPT-level results from a 2,000-example dataset.
The demand signal is dominated by weather and promotions we can't forecast either.
Model precision is fine in the lab and drops to 55% on the shop floor lighting.
Is it even possible to predict an event that happens twice a year?
Closure: the business expected real-time video analytics on hardware that can't do it.
The translation quality for the technical manuals is not good enough to publish.
Predicting churn 12 months ahead is out of reach; 1 month works, 12 doesn't.
Extracting structured data from the scanned contracts tops out at 70% field accuracy.
The model can't tell a scratch from a reflection.
Insurers wanted individual claim cost predictions; the variance is too high to be useful per claim.
The problem turned out to be combinatorially too hard to optimise in the time window.
Sponsor wanted 99.9% recall on defects; the best we can do is 90% and that's state of the art.
ETA predictions beyond 48 hours are no better than the carrier's promise date.
Generated test questions are too often factually wrong for teachers to use.
Retro: we assumed the LLM could do arithmetic reliably. It can't.
Anomaly detection flags every public holiday as an anomaly and misses the real ones.
The legal research assistant can't reliably distinguish overruled cases.
We spent four months and the model still can't separate the two failure modes.
Crop disease detection from drone images works in sunny conditions only.
The media archive model can't recognise faces reliably enough for rights clearance.
Out-of-sample performance dropped from 0.89 to 0.58 AUC.
Expectations were unrealistic: they wanted it to predict the stock market for spare parts.
Hiring outcome prediction has no stable relationship with the CV features.
The airline wanted to predict no-shows per passenger; the noise makes it no better than a coin flip.
Forecast accuracy is good on average and useless on the days that matter.
The model can't generalise to new product launches, which is the whole point.
Network fault prediction lead time is 2 minutes; engineers need 2 hours.
tried 3 vendors, none of them got the OCR above 85% on our forms, its just not doable
Drug interaction extraction from literature is below the precision pharmacovigilance requires.
The task needs common sense about construction sites that the model simply doesn't have.
Semantic search returns plausible but irrelevant policy documents half the time.
Energy price spikes are driven by events outside any data we have.
The sponsor thinks AI will 'just know' which customers will complain. It won't.
The routing optimiser can't find a feasible solution within the dispatch window for more than 200 stops.
Model quality plateaued at 'interesting' and never reached 'usable'.
It works for English and falls apart for the other 5 languages the support team handles.
PoC accuracy was measured on the training set. Real accuracy is far lower.
The model confidently misclassifies the rare cases that are the only ones that matter.
Patient deterioration can't be predicted from the vital signs we have at the sampling frequency we have.
There's a hard floor on error because of measurement noise in the meters.
The hotel demand forecast can't beat last year's same-day occupancy.
Steering was promised 'autonomous' planning; the best we can do is decision support.
Our benchmark shows the off-the-shelf model is below the quality bar and fine-tuning didn't help.
The HR chatbot gives wrong answers on leave entitlements often enough to create grievances.
Detection of counterfeit products from photos isn't reliable; fakes are too good.
The model needs to reason across 300-page documents and the context window can't hold them.
Retail shrinkage can't be attributed to causes from the data we can observe.
The complexity of tariff rules makes automated billing validation impossible to get right.
Classifier accuracy is stucked at 72% only, even after adding more examples.
Low-resource language for the rural advisory service; no model handles it decently.
Can the model explain its decisions to the regulator? Not at the level of detail they need, and the simpler, explainable models we tried perform so badly they would approve most of the risky applications.
Results not reproducible across runs; variance too high to trust.
It's not a modelling problem we know how to solve.
Realistic accuracy estimate shared with SteerCo; they said it's not worth it at that level.
The safety-critical threshold can't be met by any model we've tested.
Voice bot can't handle callers who are upset and talk over it, which is most callers.
Too many interacting causes per failure for any model to disentangle them.
Predicting delivery exceptions at parcel level doesn't work; the events are essentially random.
"""

# Negatives, part 1: neutral texts of the kind Jira is full of.
NEG["neutral"] = """
Steps: 1. Log in as dispatcher 2. Open route 14 3. Click 'Reassign'. Expected: modal opens. Actual: modal opens. PASS.
Moved to Done.
Standup moved to 9:30 tomorrow because of the all-hands.
Release 2.4.1: fixed date picker on the booking form, updated translations, minor CSS tweaks.
Button label should read 'Save draft', not 'Save Draft'.
Can someone confirm whether the 'Delivery window' field is required on the order form?
Attached screenshot of the error on the patient list page when sorting by ward.
Sprint 23 review: 18 of 21 story points completed, demo recorded and shared in the channel.
Fix typo in the invoice PDF footer.
Meeting room booked for Thursday 2-3pm, Teams link in the invite.
AC: Given a logged-in teller, when they open an account summary, then the last 10 transactions are shown newest first.
Renamed column cust_nm to customer_name in the staging view.
ping - any update on this one?
Duplicate of OPS-4412.
Reopened: the export still shows the old header in Firefox.
Bumped the log4j version, all tests pass.
Tooltip text for the tariff selector: 'Choose the plan that matches your usage.'
Minutes from Tuesday's sync attached, actions in bold.
The meter reading page times out when the date range is more than a year. Repro attached.
Updated the wiki page with the new on-call rota.
UAT session for the claims portal scheduled for the 14th, testers from the Leeds office.
Please use the new template for status reports from next week.
Error 'Invalid postcode' appears for valid Irish Eircodes. Regex needs updating.
Merged PR #882: refactor address parser, no functional change.
Added unit tests for the discount calculation.
Out of office until Monday, Sam is covering.
Where is the field 'Expected arrival' populated from?
Workshop with the warehouse team went well, notes in Confluence.
Done: pagination on the shipments list.
Question: should the weekly report include cancelled orders or not?
The 'Print label' button is greyed out for international parcels. Bug, P3.
Lunch is provided at the offsite, please send dietary requirements to Anna by Friday.
Changed default sort order of the case list to 'last updated'.
Story: As a nurse I want to see allergies on the handover screen so I don't have to open the chart.
Logged hours against the wrong epic, please move to EPIC-77.
Hotfix deployed at 18:20, monitoring for 30 minutes.
Env var name was misspelled in the Helm chart, corrected.
Can we prepone the retro to Wednesday? Half the team is at the conference on Thursday.
QA: verified on Chrome 131, Edge and Safari 18. No issues found.
Dropdown for country list is missing Kosovo.
Stakeholder update sent, no questions so far.
Test case TC-118: upload a 25 MB file -> expect size warning. Result: warning shown. Pass.
thx all for the grate demo today!!
Password reset email goes to spam for some Outlook users; checking SPF record.
We agreed to hold the design review every second Wednesday.
Spike complete, findings in the attached doc.
Grid: column widths reset after refresh. Minor.
Added 'Policy number' to the search filters.
Please do the needful and review my PR.
The school timetable import fails on files with a BOM. Fix in progress.
Reminder: timesheets due by end of day.
Closed, works as designed.
Screen reader announces 'button button' on the submit control; accessibility fix needed.
Sprint planning done, capacity 42 points.
Changed the colour of the 'Urgent' badge to meet contrast guidelines.
Who is the right person to ask about the SKU naming convention?
Created sub-tasks for frontend and backend.
Load test report attached: 500 concurrent users on the booking flow for 30 minutes, p95 at 640 ms against a target of 800 ms, no errors, CPU peaked at 70% on the app nodes.
Hotel check-in date is shown in US format on the confirmation page.
Welcome to the team, Ravi!
Dashboard tile shows 'NaN' when there are no deliveries for the day.
Documentation updated with the new API endpoint names.
CSV export uses semicolon as separator in German locale, expected.
Tested with 3 sample claims, all routed to the correct queue.
Farm visit rescheduled due to weather.
Moved to next sprint, no capacity this one.
Translation keys added for Polish.
Pipeline green after the flaky test was quarantined.
Can we get a read-only view of the board for the auditors?
Acceptance criteria updated per discussion with the PO.
Logo on the login page is blurry on retina screens.
Please add me to the distribution list for the release notes.
The construction progress report now includes photos from the site diary.
The filter 'Open cases' also shows closed cases from yesterday. Bug.
Demo for the regional managers on Friday 11:00.
Estimate: 3 pts, mabye 5 if the API is weird.
Confirmed with the client that the invoice numbering starts at 1000.
Refactored the date utilities into a shared module.
Reproduced on staging. Looks like a timezone issue in the scheduler.
Agenda: 1) sprint status 2) open risks 3) AOB.
Field 'Ward' renamed to 'Unit' per hospital terminology.
Thanks, that answers my question.
Ticket created to track the certificate renewal in January.
Upgraded the node base image.
User guide v2 uploaded to SharePoint.
Empty state message: 'No shipments match your filters.'
Added audit columns created_by and updated_by to the claims table.
Meeting notes: team agreed on naming for the new microservices.
Verified fix in prod, closing.
The 'Back' link on step 3 of the application form goes to step 1.
Is the delivery ETA shown in local time or UTC in the customer email?
Quarterly planning is on the 3rd, please have your epics ready.
Onboarding checklist for new joiners updated.
Nightly build failed due to a network blip, rerun passed.
Added sorting by 'Amount' to the payments list.
Design mock-ups for the mobile timetable are in Figma.
Reporting: weekly volumes attached as usual.
Login works with SSO now on the staging tenant.
Question for legal ops: what's the max length of the matter name?
Story closed after PO acceptance.
The airport code lookup returns results only after 3 characters, as specified.
Email notification template approved by comms.
Fixed: rounding error in VAT on invoices with more than 20 lines.
Stand-up notes: no blockers today.
Please close the old epic, everything has been delivered.
We are on track for the release on the 21st.
Added health check logging to the nightly job.
Progress: 6 of 9 sites migrated to the new booking form.
The settlement report now shows the trade date next to the value date.
Bug: the bed occupancy widget counts discharged patients until midnight.
Story points re-estimated after refinement: 5 -> 8.
Can you share the slides from yesterday's town hall?
Release notes 3.2: new shortcut for duplicating a quote, improved search speed, bug fixes.
Test steps: enter a negative quantity in the returns form. Expected: validation message. Actual: validation message shown. Passed.
Acceptance criteria: the tariff comparison shows monthly and annual cost side by side.
Commit: normalise whitespace in the product description importer.
The exam timetable PDF cuts off the last column on A4.
Status: in review.
Field question: does 'Consignee' include the contact person or just the company?
Moved the daily to 10:15 for the next two weeks.
Issue: the crop calendar shows February 30th. Fix the date generation.
The new header component is live on all media sites.
Please attach the log file from the failing run.
Retrospective actions: keep tickets smaller, update the board daily, more pairing.
Approved by QA, ready for deployment.
Label: 'Estimated time of arrival' instead of 'ETA' on customer-facing screens.
Merged the hotfix branch back into develop.
The substation list is now sorted alphabetically.
Confirmed the fix for the double-submit on the claim form.
Thanks Priya, merged.
the checkbox for 'same as billing address' doesn't prefill the postcode
Reminder that the office is closed on Friday for the bank holiday.
Customer service macros reorganised into folders by topic.
Test data refreshed in the QA environment.
Added an index on order_date; the report query is faster now.
Loan application form: the income field should accept decimals.
Closing as duplicate of the Safari rendering bug.
Who approves changes to the glossary page?
Status update: design done, build starts Monday.
Travel request form now remembers the last cost code you used.
Playwright test for checkout added to the smoke suite.
Kick-off meeting invite sent to all site leads.
The signature block on generated letters is misaligned.
Updated dependency versions in package.json.
Are weekend shifts included in the rota export?
Paging through search results loses the selected filters. Minor bug.
Sprint goal achieved.
We'll demo the new inspection form at the site meeting.
Error message copy: 'Something went wrong. Please try again in a moment.'
Changed the timeout on the file upload from 30 to 60 seconds.
HR portal: the leave balance now shows half days.
Scheduled maintenance window on Sunday 02:00-04:00.
Please use the team channel rather than DMs for build questions.
The pharmacy stock screen now highlights items below reorder level in amber.
Added the release date to the app's About screen.
QA sign-off received for build 1187.
Rendering glitch in the dark theme on the settings page.
PO to clarify wording of the consent checkbox label.
Cleaned up unused feature flags.
Holiday calendar for 2027 uploaded.
Can the export include the driver's name as well as the ID?
Weekly sync notes: all items on track, next sync cancelled due to training day.
The parcel tracking page now shows the last scan location.
Story split into two: read view and edit view.
Bug reproduced with the test account; assigning to frontend.
Fixed broken link to the privacy notice in the footer.
Matter intake form: added a 'Referral source' dropdown.
Code review comments addressed.
Cancelled: superseded by the new onboarding flow.
Test run 47: 312 passed, 0 failed, 4 skipped.
Swapped the icon for 'Download' to the standard one.
Please update the ticket with the steps to reproduce.
Customer survey email now includes an unsubscribe link.
The energy bill preview shows kWh with two decimals.
Refinement session moved to the big meeting room.
Added alt text to all images on the course pages.
Telecom: new plan names loaded into the product catalogue.
Deployment to UAT completed without errors.
Question: is the reference number unique per branch or globally?
The manifest printout now fits on one page.
FYI, the wiki will be read-only during the migration on Saturday.
Documented the steps for rotating the API keys.
Visual regression diff shows a 2px shift in the navbar, accepted.
Notes from the supplier call are in the shared folder.
All sub-tasks done, closing the story.
The booking confirmation email includes the hotel's phone number now.
Zoom link for the quarterly review has changed, see updated invite.
Unit test coverage of the pricing module is at 84%.
Changed the placeholder in the search box to 'Search cases, clients or matters'.
Bug: duplicate rows in the shift report when an employee works two sites.
Please vote on the retro format in the poll.
Added validation that the end date is after the start date.
Demo went fine, a few UI comments captured as tickets.
Merged translations from the vendor.
Crane booking calendar now shows bank holidays.
Checkout: 'Apply voucher' now works with lowercase codes.
Status: waiting for review from Tomasz.
The policy document viewer supports zoom now.
Changed cron expression for the cleanup job to run at 03:00.
The claims summary page loads in under a second on the test data.
Workshop materials printed for Monday.
I'll pick this up after lunch.
Field 'Vessel name' made optional on the booking screen.
Tested the SMS reminder on Vodafone and O2 numbers, both received.
Sprint review postponed by one day.
Bug: the progress bar shows 110% on completed uploads.
Added the new cost code to the dropdown list.
Story accepted, moving to Done.
The curriculum map export now includes learning outcomes.
Reviewed and approved.
Updated README with local setup instructions.
Intermittent 502 on the staging gateway, infra looking at it.
Please add acceptance criteria before we pull this into the sprint.
The prescription label now prints the pharmacy's address.
Next step: walkthrough with the ops leads on Wednesday.
Feature flag 'new_checkout' enabled for 10% of traffic.
Fixed off-by-one in the page count.
Board cleaned up, stale tickets archived.
The tram timetable widget now shows the next three departures.
Smoke test after deploy: login, search, checkout all OK.
"""

# Negatives, part 2: near misses (negated, resolved, hypothetical, positive, unrelated sense).
NEG["near_miss"] = """
no data issues so far
access to the CRM was granted on Monday, unblocked
If the budget is cut we'd pause - not the case.
users love the new triage view
Objective function switched from MSE to MAE for the forecast experiments.
Added the new security group to the load balancer config.
Cost centre field added to the expense form.
Owner field is mandatory on all tickets from now on.
Scope of this ticket: the login page only.
Integration test suite green.
The data from the plants arrived complete this morning, thanks to the site IT teams.
DPIA approved by the DPO last week, we're clear to start the pilot.
Sponsor confirmed continued support at today's SteerCo.
The new ML engineer starts on Monday, onboarding plan ready.
Budget for next year approved in full.
The model beat the baseline by a comfortable margin on the holdout set.
Drivers have been using the route suggestions every day since launch.
ERP interface passed SIT on the first attempt.
Scope for v1 agreed and frozen; everything else goes to the backlog for v2.
The success metric is agreed: reduction in average handling time, baseline measured in Q1.
Deployment pipeline for the model is in place, with monitoring and weekly retraining.
Security review completed with no findings.
Labels from the annotation vendor came back with excellent agreement.
We've got a clear owner on the business side and she's very engaged.
Retro: team had all the skills needed, onboarding of the contractor was smooth.
Funding secured through 2028.
Users asked for more features, which is a good sign of adoption.
Integration with the WMS went live without incident.
Legal has no objections to the use of the anonymised dataset.
The data owner responded within a day and provided the extract.
New dropdown on the intake form: 'Data source' (CRM, ERP, manual).
Owner: Priya. Due: Friday.
Update the cost estimate column header to 'Est. cost (EUR)'.
Our objective for this sprint is to finish the export feature.
Security patch applied to all staging servers.
Test the integration between the booking form and the calendar widget.
Bug in the scope selector on the reporting page: 'All regions' shows nothing.
The adoption rate field in the report should be a percentage.
Fixed the label 'Funding source' on the grant application form.
Skill tags added to the employee profile page.
A data quality check was added to the nightly pipeline; all checks passing.
No concerns from compliance on the chatbot wording.
The pilot site is fully staffed now.
We don't see any drift in the model metrics this month.
Hypothetically, if the vendor doubled the price we'd switch, but the contract fixes it for 3 years.
Question from finance: which cost centre should the cloud invoices go to?
The business owner signed off the acceptance criteria.
Adoption in the pilot wards is at 85% and climbing.
Nurses said the new handover screen saves them ten minutes a shift.
The sponsor attended every demo and gave useful feedback.
Data is complete for all 40 depots back to 2019.
Access to the claims warehouse is sorted, thanks Mark.
All PII is masked in the test environment as per policy; audit passed.
The API from the core banking system works well and is fast.
Model accuracy is at 96% in production, above the agreed threshold.
Retraining ran automatically last night, metrics stable.
Licence costs came in under budget.
ROI review: payback in 9 months, ahead of plan.
Integration with SAP was easier than expected.
No scope changes requested this sprint.
Good news from vendor management: the supplier cleared third-party risk with two minor observations, both closed.
Team has strong ML skills, the constraint is just calendar time before the holidays.
The plant managers are enthusiastic about the pilot results.
Sponsor changed, but the new VP reaffirmed the project in writing the same week.
If we don't get the data by Friday we'll escalate - update: data received Thursday.
Earlier concern about labelling effort is resolved, the tool reduced it to two days.
Stakeholders aligned on the target KPI in the workshop.
We considered a bigger scope but decided to ship the one-depot version first.
The data engineer who left handed over properly; docs are excellent and the new person is up to speed.
Not a privacy issue: the dataset contains no personal data.
Teachers have been very positive about the marking assistant.
Feedback from call agents: suggestions are useful and quick.
There are no integration blockers at this point.
Costs are in line with the forecast.
The model is technically sound; we validated it on three sites.
Objective for Q3: ship the mobile check-in.
Owner of the incident: on-call SRE.
Scope creep risk noted in the register, no instances so far.
Business case approved by the investment committee.
Our security champion ran the threat model, all mitigations in place.
Data quality score for the customer master is now 99.2%.
Model served via the standard platform endpoint, same as every other service.
Vendor's API documentation is clear, connector built in two days.
Adoption metric added to the dashboard: weekly active users.
Owner of the dashboard: BI team.
Cost per prediction dropped after switching to batch scoring.
The skills matrix for the team is up to date.
The hospital approved the data sharing agreement without changes.
Finance said they would fund phase 2 if the pilot hits target - it did, funding released.
Privacy notice text reviewed and approved by legal.
Security token expiry set to 8 hours per policy.
No issues with user uptake; 1,200 active users in the first month.
Label 'Integration status' on the admin page should be bold.
The 'Objective' field on the OKR page is limited to 200 characters.
Costing tab: show totals with thousands separator.
Role 'Data owner' created in the access management tool.
Add unit tests for the compliance report generator.
Scope: front-end only, no backend changes.
The insurer's underwriters have adopted the tool across all branches.
All stakeholders attended the kick-off and agreed on the plan.
Data lineage documented for all source tables.
Platform team provisioned the GPU node pool as requested.
Was there a data issue in the February run? No - it was a display bug in the report, data was correct.
The loss function converges nicely now.
Read access to HR system is received today morning, we will start the analysis.
If the regulator changes the rules we'd need a new review, but nothing is planned.
The warehouse staff found the new scanner app intuitive.
Hiring complete: two data engineers joined this month.
Budget line 'consulting' renamed to 'external services'.
The vendor delivered the integration adapter on time.
Security warning about the expired certificate on staging was a false alarm; cert is valid.
SteerCo: all green, proceed to rollout.
Priorities for next quarter confirmed, this project stays at number one.
The legal team is happy with the clause extraction quality.
Farmers in the pilot region use the app daily for irrigation advice.
Model monitoring alerts configured and tested.
Stakeholder map updated; no changes to the sponsor.
Even with the reorg, ownership of the project stays with logistics ops.
The data was siloed before, but the new lakehouse put it all in one place last year.
Retro, what went well: clear objective from day one, fast access to data, engaged users at both pilot sites, and a sponsor who turned up; what to improve: shorter stand-ups and fewer status e-mails.
Costs of the pilot: as budgeted.
We will NOT expand scope; the change request was rejected at the CAB.
The DPO asked one clarifying question, answered, and approved.
The team's Spark skills are solid after the training in spring.
Owner changed from Jan to Maria (Jan on holiday). Temporary.
There is no performance problem - the slow page was a test with throttling on.
The model reached 94% precision, which is well within what operations needs.
Sensor feed has been stable for three months without gaps.
Funding question from the board was answered: the project is self-financing from savings.
Integration of the new font into the design system is done.
Continuous integration runs in under ten minutes now.
The 'Security' tab in settings lets users enable two-factor login.
Risk score column width increased.
Production deployment completed, smoke tests green, users notified.
Users asked for training on advanced features - basic usage is already universal.
Budget tracker spreadsheet moved to the finance SharePoint.
Our scope for the audit covers only the EU entities.
The data protection training is mandatory for all staff by March.
Nobody raised any privacy concerns during the consultation.
No blockers from the architecture board.
The pilot got a lot of positive feedback from the ward nurses.
Integration with Salesforce: done, deployed, documented.
The customer data platform provides clean, deduplicated profiles.
We could have had a problem with the mainframe interface, but the vendor had a ready-made connector.
Would the model still work if the supplier changed? We tested that scenario: yes.
The objective is clear and measurable: reduce missed deliveries by 10%.
Skills are not a concern, we have three certified cloud engineers.
The new product owner has been great at making decisions quickly.
Licensing model confirmed: flat fee, no surprises.
Performance on the new plant data is as good as on the original plant.
Agents now use the assistant in over 70% of chats.
Resolved: missing timestamps were caused by a viewer setting, the raw data is fine.
The feasibility study concluded the approach works; moving to build.
The team lead went on leave but the deputy is fully briefed; no impact.
Working session on the cost model for the new warehouse layout - unrelated to the AI project.
The owner of the car in the photo is not stored, per the design.
Customer objectives for the account plan updated in the CRM.
Compliance dashboard shows all controls green.
Energy objective for 2027: 15% less consumption per site (facilities project, not ML).
Fixed a bug in the scope calculation for the insurance policy excesses.
Budget approval workflow now sends reminders after 3 days.
The security guard roster is managed in the new shift app.
Integration of the two hospital trusts' websites completed.
The cost of goods sold report now refreshes hourly.
We have full sponsorship from the CEO and a monthly slot at the exec meeting.
Scope clarified with the client: only Lot 2 of the construction tender.
Data quality was a worry at kick-off; profiling showed it's fine.
Architecture reviewed and approved for production, with autoscaling in place.
The team is small but experienced; no skills gaps identified in the assessment.
Model explainability met the regulator's expectations at the review.
No workarounds observed in the shadowing sessions; staff follow the new process.
The pricing team adopted the forecast for all categories this quarter.
Lawyers confirmed the tool can be used on client documents under the existing terms.
Telecom network data is available in near real time via the new streaming feed.
Would a budget cut affect us? Finance confirmed our line is ring-fenced.
The engineers trust the alerts since the false positive rate dropped.
Deployment to all 12 depots done, retraining scheduled monthly.
Objective clarified in the kick-off: reduce stock-outs in fresh produce.
Nobody's left the team this year.
Vendor contract renewed at the same price.
All integrations listed in the design are live.
We expected resistance from the call centre; it never materialised, they like it.
The school board approved the use of the learning analytics tool.
The ownership question was settled at the SteerCo: Ops owns the model after go-live.
Forecast accuracy holds up in the peak season too.
The pipeline backfill finished; 5 years of history now loaded and validated.
Travel team signed off UAT with no open defects.
Unlike the last project, this one has a named sponsor and a budget.
Feature request: allow users to change the owner of a saved search.
Sprint scope unchanged from planning.
Agreed with security to reuse the approved pattern; no new review needed.
The integration of the new intern into the team went smoothly.
Cost savings from the pilot were validated by finance.
Edge cases in the labels were cleaned up by the domain experts in two sessions.
the media archive tags are consistent now after the clean-up sprint, model retrained on them
Is the UAT environment connected to the real CRM? Yes, read-only, works fine.
Had a scare about the licence count last week but procurement sorted it, no extra cost.
Renamed 'Business sponsor' to 'Executive sponsor' in the project template.
Question: if the pharmacy team wanted the alerts in their own system, could we do it? Vendor says yes, standard HL7.
Retrained the crop model on this season's data; quality unchanged, no action needed.
"""

NEG_COUNTS = {"neutral": 220, "near_miss": 200}


def lines(block):
    return [ln.strip() for ln in block.splitlines() if ln.strip()]


def build_rows():
    rows = []
    for code in CAUSES:
        for text in lines(POS[code]):
            rows.append((code, "positive", text))
    for part in ("neutral", "near_miss"):
        for text in lines(NEG[part]):
            rows.append(("NONE", "negative", text))
    return rows


def check(rows):
    assert list(POS) == CAUSES, "every cause needs a block, in contract order"
    for code in CAUSES:
        n = len(lines(POS[code]))
        assert n == 80, f"{code}: {n} positives, want 80"
    for part, want in NEG_COUNTS.items():
        n = len(lines(NEG[part]))
        assert n == want, f"negatives {part}: {n}, want {want}"
    assert len(rows) == 880 + 420
    valid = set(CAUSES) | {"NONE"}
    seen = {}
    for code, kind, text in rows:
        assert code in valid, code
        assert (kind == "negative") == (code == "NONE"), (code, kind)
        key = " ".join(text.lower().split())
        assert key not in seen, f"duplicate text: {text!r}"
        seen[key] = 1
        words = len(text.split())
        assert 1 <= words <= 40, f"{words} words: {text!r}"
        if kind == "positive":
            assert words >= 3, f"positive shorter than 3 words: {text!r}"


def main():
    rows = build_rows()
    check(rows)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["id", "expected_cause", "kind", "text"])
    for i, (code, kind, text) in enumerate(rows, 1):
        w.writerow([f"en-{i:04d}", code, kind, text])
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    print(f"wrote {len(rows)} rows to {out}")


if __name__ == "__main__":
    main()
