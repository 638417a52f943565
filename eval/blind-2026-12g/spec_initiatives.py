#!/usr/bin/env python3
"""Hand-written specification of the 80 initiatives of blind set 2026-12g.

Three Jira sites of one holding's registry:
  en  - "Northgate Infrastructure", Jira Data Center, English, CSV export (ids with id % 3 == 1)
  es  - "Grupo Meridiano", Jira Cloud in Spanish, REST v3 /search pages (id % 3 == 2)
  nl  - "Lindeveld", Jira Cloud in Dutch, Agile sprint pages + bare array (id % 3 == 0)

Issue statuses are codes rendered per site: todo, prog, rev, blk, done, wont.
E(kind, summary, created, hist, ...): hist is "YYYY-MM-DD>code ..." (status changes in order);
the issue's status is the last code (todo without history). Comments are (date, author, text).
truth = (outcome, stall_stage, primary_cause, acceptable_causes, notes).
"""

def E(kind, summary, created, hist="", d="", cm=(), fv=None, lb=(), pts=None, sp=None, comp=None):
    return dict(kind=kind, summary=summary, created=created, hist=hist, d=d, cm=list(cm), fv=fv,
                lb=list(lb), pts=pts, sp=sp, comp=comp)

INITIATIVES = []

def I(num, **kw):
    kw["id"] = "BG-%02d" % num
    kw["num"] = num
    INITIATIVES.append(kw)


# ----------------------------------------------------------------------------------------------
# Site en: Northgate Infrastructure (Jira Data Center, English). Ports, city transport, water,
# waste collection, postal/parcels, telecom. Shared project DATA (epic links, labels).
# ----------------------------------------------------------------------------------------------

I(1, site="en", name="Vessel arrival time prediction", bu="Port of Northgate", sponsor="Helen Ashworth",
  owner="Raj Nair", tech="forecasting", bob="build", rstage="operation", status="in production",
  start="2025-04-07", target="2026-01-31", prod="2026-03-02", closed="", bp=420000, bs=455000, cur="GBP",
  kpi="berth idle hours per vessel", base="3.1", tgt="2.0", audit="yes", link="proj", pkey="ETA",
  closure="", notes="Feeds the berth planners' board; AIS plus pilot bookings.", models="eta-gbm",
  issues=[
    E("epic", "Arrival model - proof of concept on AIS history", "2025-04-14", "2025-04-22>prog 2025-07-18>done",
      d="Can AIS tracks plus pilot bookings beat the agents' ETA? Six months of history.",
      cm=[("2025-06-30", "rnair", "MAE 47 min against 2h10 for agent ETAs on the test months."),
          ("2025-07-18", "hashworth", "Good enough to go on. Thanks team.")], sp="ETA Prototype 3"),
    E("epic", "ETA service build and berth board integration", "2025-07-21", "2025-08-04>prog 2026-01-23>done",
      fv="ETA 1.0", sp="ETA Build 9",
      cm=[("2025-11-12", "dokafor", "Board widget reviewed with the planners, two label changes."),
          ("2026-01-23", "rnair", "Release 1.0 signed off by ops.")]),
    E("story", "Go-live on the berth planners' board", "2026-01-26", "2026-02-09>prog 2026-03-02>done", fv="ETA 1.0",
      cm=[("2026-03-02", "rnair", "Live on the board from this morning's 06:00 shift."),
          ("2026-05-14", "lfinch", "Monthly check: MAE 52 min in April, within tolerance.")]),
  ],
  truth=("IN_PRODUCTION", "", "", "", "registry production_date 2026-03-02, status in production; go-live story done"))

I(4, site="en", name="Tram door fault early warning", bu="Northgate Metro", sponsor="Colin Whitlock",
  owner="Aisha Hussain", tech="anomaly-detection", bob="build", rstage="engineering", status="active",
  start="2026-01-12", target="2027-03-31", prod="", closed="", bp=260000, bs=118000, cur="GBP",
  kpi="door-related service cancellations per month", base="41", tgt="25", audit="yes", link="proj", pkey="TDOOR",
  closure="", notes="", models="",
  issues=[
    E("epic", "Door controller logs - prototype of the fault score", "2026-01-19", "2026-02-02>prog 2026-05-08>done",
      sp="TDOOR Prototype 2",
      cm=[("2026-04-20", "ahussain", "Score flags 19 of the 23 door failures in March at least two days ahead.")]),
    E("epic", "Fault score engineering for the depot maintenance tool", "2026-05-11", "2026-05-18>prog", sp="TDOOR Build 6",
      cm=[("2026-08-27", "ahussain", "Depot tool accepts our REST call in test; next: alert thresholds."),
          ("2026-09-17", "cwhitlock", "Showing this at the fleet review on the 29th.")]),
    E("story", "Threshold tuning with depot engineers", "2026-08-31", "2026-09-07>prog", sp="TDOOR Build 6",
      cm=[("2026-09-22", "mkowalski", "Session with Ashby depot booked, two engineers.")]),
  ],
  truth=("ACTIVE", "", "", "", "engineering epic in progress; comments 2026-09-17/22 inside 60 days; registry active"))

I(7, site="en", name="Non-revenue water leak localisation", bu="Northgate Water", sponsor="Gwen Pritchard",
  owner="Samuel Brennan", tech="anomaly-detection", bob="partner", rstage="operation", status="retired",
  start="2024-09-02", target="2025-09-30", prod="2025-10-20", closed="2026-07-31", bp=380000, bs=402000, cur="GBP",
  kpi="litres lost per property per day", base="112", tgt="95", audit="yes", link="proj", pkey="NRW",
  closure="Replaced by the acoustic logger vendor's own analytics after the network-wide logger contract.",
  notes="", models="nrw-dma-anomaly",
  issues=[
    E("epic", "District meter area anomaly model - build", "2024-09-09", "2024-09-16>prog 2025-06-27>done", sp="NRW Build 11",
      cm=[("2025-03-18", "sbrennan", "Night-flow baseline per DMA done for all 212 areas.")]),
    E("epic", "Rollout to leakage inspectors", "2025-07-01", "2025-07-14>prog 2025-10-20>done", fv="NRW live",
      cm=[("2025-10-20", "sbrennan", "In production: inspectors get the ranked DMA list every morning."),
          ("2026-07-31", "gpritchard", "Switching off at month end, the new logger contract includes analytics.")]),
  ],
  truth=("IN_PRODUCTION", "", "", "", "production_date 2025-10-20; later retired (status retired, closed 2026-07-31) - still IN_PRODUCTION"))

I(10, site="en", name="Bin fill-level prediction", bu="Northgate Waste Services", sponsor="Derek Osei",
  owner="Laura Finch", tech="forecasting", bob="build", rstage="discovery", status="active",
  start="2025-11-03", target="2026-12-31", prod="", closed="", bp=90000, bs=31000, cur="GBP",
  kpi="collection runs per week", base="", tgt="", audit="no", link="proj", pkey="BINS",
  closure="", notes="", models="",
  issues=[
    E("epic", "Fill-level sensor exploration for commercial bins", "2025-11-10", "2025-11-17>prog", sp="BINS Discovery 1",
      d="Look at what the ultrasonic sensors on 600 commercial bins give us and whether it predicts overflow.",
      cm=[("2025-12-04", "lfinch", "First pull: 600 sensors installed, 212 have reported anything this year."),
          ("2026-01-15", "tadeyemi", "The ones that report send one reading a day at random times, often 0 or 255. Probably the lids."),
          ("2026-02-26", "lfinch", "Collection crews don't log which bins they actually emptied, so we can't even check overflow against pick-ups."),
          ("2026-03-05", "dosei", "Noted. Let's park the modelling until the vendor fixes firmware.")]),
    E("task", "Export pick-up history from the routing system", "2025-11-24", "2025-12-01>prog 2026-01-20>blk",
      cm=[("2026-01-20", "tadeyemi", "Only 2025 Q4 kept in the routing system, older weeks purged.")]),
  ],
  truth=("STALLED", "DISCOVERY", "DATA_READINESS", "DATA_READINESS",
         "idle since 2026-03-05 (>90 days); registry stage discovery, epic 'exploration'; sensors missing/garbage readings, pick-ups not logged, history purged; data_audit no"))

I(13, site="en", name="Cell-site outage prediction", bu="Northgate Telecom", sponsor="Vikram Sethi",
  owner="Mateusz Kowalski", tech="classification", bob="build", rstage="prototype", status="in progress",
  start="2025-06-02", target="2026-06-30", prod="", closed="", bp=310000, bs=270000, cur="GBP",
  kpi="unplanned site outage minutes", base="18400", tgt="14000", audit="yes", link="proj", pkey="CELL",
  closure="", notes="", models="cell-outage-xgb",
  issues=[
    E("epic", "Outage risk POC on alarm history", "2025-06-09", "2025-06-16>prog 2025-12-19>done", sp="CELL POC 5",
      cm=[("2025-10-08", "mkowalski", "Top-decile precision 0.71 on the hold-out quarter. Happy with that."),
          ("2025-12-19", "vsethi", "Nice result. Next step is getting it to the NOC.")]),
    E("epic", "NOC integration - productionise outage score", "2025-12-22", "", fv="CELL 1.0",
      d="To do once there is a place to run it.",
      cm=[("2026-01-14", "mkowalski", "Everything is in a notebook on the analytics VM, fed with a CSV I pull by hand from the alarm archive every Monday."),
          ("2026-02-10", "jmorgan", "Network IT: we don't host Python services. Nearest option is the Java app server, which would mean a rewrite."),
          ("2026-03-03", "mkowalski", "Also nothing for monitoring or retraining, and the model was tuned on a frozen extract. Honestly the POC was never meant to run for real."),
          ("2026-03-24", "vsethi", "Let's revisit when the cloud landing zone exists.")]),
  ],
  truth=("STALLED", "PROTOTYPE", "PRODUCTION_ARCHITECTURE", "PRODUCTION_ARCHITECTURE",
         "last activity 2026-03-24; POC epic done, productionisation epic never started (To Do) -> PROTOTYPE; no hosting for Python, manual CSV feed, no monitoring/retraining; precision good is a distractor"))

I(16, site="en", name="Parcel hub address OCR", bu="Northgate Post", sponsor="Fiona Grant",
  owner="Tunde Adeyemi", tech="computer-vision", bob="build", rstage="development", status="cancelled",
  start="2025-02-03", target="2025-12-31", prod="", closed="2026-05-29", bp=500000, bs=610000, cur="GBP",
  kpi="manual keying rate at Carden hub", base="14%", tgt="6%", audit="yes", link="proj", pkey="OCRH",
  closure="Stopped by the board. What was meant as handwritten-address reading for one hub became customs forms, returns labels, damaged-parcel photos and all six hubs; no version was ever ready to ship.",
  notes="", models="",
  issues=[
    E("epic", "Handwritten address reader - prototype", "2025-02-10", "2025-02-17>prog 2025-06-06>done",
      cm=[("2025-06-06", "tadeyemi", "Reads 81% of handwritten postcodes on the Carden sample.")]),
    E("epic", "Carden hub reader - development", "2025-06-09", "2025-06-16>prog 2026-05-29>wont", sp="OCRH Dev 14",
      cm=[("2025-09-03", "fgrant", "Customs would like the CN22 forms read as well while we're at it."),
          ("2025-11-19", "tadeyemi", "Returns team asked for their labels in the same release. Added to the epic."),
          ("2026-01-28", "tadeyemi", "Now also: damage detection from the induct camera, and the other five hubs before go-live. Release 1 has moved three times."),
          ("2026-04-15", "sbrennan", "Re: staffing - no issue, we have the people, it's the list that keeps growing.")]),
    E("story", "Customs form field extraction", "2025-09-08", "2025-09-15>prog 2026-05-29>wont"),
    E("story", "Damage detection on induct camera", "2026-01-29", "2026-05-29>wont"),
  ],
  truth=("CANCELLED", "ENGINEERING", "SCOPE_CREEP", "SCOPE_CREEP",
         "status cancelled, closed 2026-05-29; development epic started -> ENGINEERING; closure reason and comments: scope grew (customs, returns, damage, all hubs); staffing explicitly fine"))

I(19, site="en", name="Reefer container failure prediction", bu="Port of Northgate", sponsor="Helen Ashworth",
  owner="Raj Nair", tech="classification", bob="build", rstage="POC", status="closed",
  start="2025-05-05", target="2026-03-31", prod="", closed="2026-02-13", bp=150000, bs=96000, cur="GBP",
  kpi="", base="", tgt="", audit="no", link="epic", pkey="DATA",
  closure="Closed after the POC: the reefer monitoring feed holds set-point and supply temperature for under a third of the units, alarms are not linked to container numbers, and the shipping lines would not share their own logs.",
  notes="", models="",
  issues=[
    E("epic", "Reefer alarm POC for the cold-chain yard", "2025-05-12", "2025-05-19>prog 2026-02-13>wont", sp="DATA POC 21",
      cm=[("2025-07-02", "rnair", "Of 3,900 reefers in the sample, 1,140 report supply temperature at all."),
          ("2025-09-10", "dokafor", "Alarm table has no container number, just the socket position. Sockets get reused within hours."),
          ("2025-11-25", "rnair", "Asked two lines for their remote monitoring logs. Both said no, commercial reasons.")]),
    E("story", "Join alarms to containers via socket bookings", "2025-09-11", "2025-09-15>prog 2025-12-08>blk"),
  ],
  truth=("CANCELLED", "PROTOTYPE", "DATA_READINESS", "DATA_READINESS",
         "closed 2026-02-13; POC epic (registry POC) -> PROTOTYPE; epic key DATA-n in jira_keys, child via Epic Link; closure: sensor coverage, alarms not linkable, partner logs not shared; data_audit no"))

I(22, site="en", name="Passenger flow strategy", bu="Northgate Metro", sponsor="Colin Whitlock",
  owner="Jordan Morgan", tech="forecasting", bob="buy", rstage="strategy", status="active",
  start="2025-10-06", target="", prod="", closed="", bp=60000, bs=22000, cur="GBP",
  kpi="", base="", tgt="", audit="", link="proj", pkey="PAXF",
  closure="", notes="", models="",
  issues=[
    E("epic", "Crowding forecasts - options and strategy paper", "2025-10-13", "2025-10-20>prog", sp="PAXF Strategy 1",
      cm=[("2025-11-04", "jmorgan", "Kick-off held, attendees in the linked page."),
          ("2025-12-16", "jmorgan", "Vendor long-list circulated, five names."),
          ("2026-01-22", "cwhitlock", "Thanks, will read over the weekend."),
          ("2026-02-18", "jmorgan", "Moved the review to the March board cycle.")]),
    E("task", "Draft options paper v2", "2025-12-17", "2026-01-05>prog",
      cm=[("2026-02-18", "jmorgan", "Template updated to the new format.")]),
  ],
  truth=("STALLED", "STRATEGY", "UNKNOWN", "UNKNOWN",
         "idle since 2026-02-18; strategy paper epic -> STRATEGY; only meeting logistics, no cause evidence"))

I(25, site="en", name="Contact-centre intent routing", bu="Northgate Telecom", sponsor="Vikram Sethi",
  owner="Priya Raman", tech="nlp", bob="build", rstage="deployment", status="active",
  start="2025-03-03", target="2025-12-31", prod="", closed="", bp=280000, bs=265000, cur="GBP",
  kpi="transfers per call", base="0.42", tgt="0.30", audit="yes", link="proj", pkey="IVR",
  closure="", notes="Registry not updated since the go-live.", models="ivr-intent",
  issues=[
    E("epic", "Intent classifier build", "2025-03-10", "2025-03-17>prog 2025-10-31>done", sp="IVR Build 12"),
    E("epic", "Go-live of intent routing on the main hotline", "2025-11-03", "2025-11-10>prog 2026-01-19>done", fv="IVR R1",
      cm=[("2026-01-19", "praman", "Live in production on the main hotline since 19 January, all queues."),
          ("2026-04-07", "praman", "Transfers per call at 0.33 in March.")]),
  ],
  truth=("IN_PRODUCTION", "", "", "", "no registry production_date, but go-live epic done and comment: live in production since 19 January"))

I(28, site="en", name="Chlorine dosing advisory", bu="Northgate Water", sponsor="Gwen Pritchard",
  owner="Samuel Brennan", tech="forecasting", bob="build", rstage="prototype", status="active",
  start="2026-03-02", target="2027-01-31", prod="", closed="", bp=140000, bs=40000, cur="GBP",
  kpi="residual chlorine excursions per month", base="9", tgt="3", audit="yes", link="label", pkey="DATA",
  closure="", notes="", models="",
  issues=[
    E("epic", "Dosing advice POC for Harlow treatment works", "2026-03-09", "2026-03-16>prog", sp="DATA POC 29",
      cm=[("2026-06-11", "sbrennan", "Residual forecast 2h ahead within 0.05 mg/l on most days."),
          ("2026-08-19", "sbrennan", "Operators want to see it on the SCADA mimic; mock-up shared."),
          ("2026-09-10", "gpritchard", "Fine to trial at Harlow in October.")]),
  ],
  truth=("ACTIVE", "", "", "", "label initiative:BG-28 in DATA; comments up to 2026-09-10"))

I(31, site="en", name="Fibre fault ticket triage", bu="Northgate Telecom", sponsor="Vikram Sethi",
  owner="Mateusz Kowalski", tech="nlp", bob="build", rstage="deployment", status="in progress",
  start="2025-01-13", target="2025-11-30", prod="", closed="", bp=210000, bs=230000, cur="GBP",
  kpi="mean time to dispatch", base="5.2h", tgt="3.5h", audit="yes", link="proj", pkey="FFT",
  closure="", notes="", models="fft-triage",
  issues=[
    E("epic", "Triage model development", "2025-01-20", "2025-01-27>prog 2025-09-12>done", sp="FFT Build 15",
      cm=[("2025-09-12", "mkowalski", "Accuracy on the routing label 0.88, agreed with field ops as good enough.")]),
    E("epic", "Field ops rollout of the triage suggestions", "2025-09-15", "2025-09-22>prog 2026-02-27>blk", fv="FFT rollout",
      cm=[("2025-11-05", "mkowalski", "Ticket system team fine with calling our endpoint; the endpoint is a Flask app on my dev box for now."),
          ("2026-01-13", "jmorgan", "Service management: before go-live we need an owner for 24/7, health checks, logging and a way to roll back a bad model. None of that exists."),
          ("2026-02-27", "mkowalski", "There is no container platform in telecom IT, and no budget line to make one. Blocked until someone decides where ML services live."),
          ("2026-03-11", "praman", "fwiw the ticket system API worked first time on our side, no issue there.")]),
  ],
  truth=("STALLED", "DEPLOYMENT", "PRODUCTION_ARCHITECTURE", "PRODUCTION_ARCHITECTURE",
         "idle since 2026-03-11; rollout epic blocked -> DEPLOYMENT; no hosting, no ops/health checks/rollback, Flask on a dev box; ticket API works (integration distractor)"))

I(34, site="en", name="AI for the post office network", bu="Northgate Post", sponsor="Fiona Grant",
  owner="Charlotte Pryce", tech="", bob="", rstage="discovery", status="active",
  start="2025-09-01", target="", prod="", closed="", bp=50000, bs=18000, cur="GBP",
  kpi="", base="", tgt="", audit="", link="proj", pkey="POAI",
  closure="", notes="", models="",
  issues=[
    E("epic", "Branch network - AI opportunity discovery", "2025-09-08", "2025-09-15>prog", sp="POAI Discovery 2",
      cm=[("2025-10-02", "cpryce", "Interviews with six branch managers done. Everyone liked the idea of 'AI', nobody named a decision they'd hand over."),
          ("2025-11-20", "cpryce", "The board paper asks us to 'explore AI across the network'. We asked for the problem statement; answer was 'that's what discovery is for'."),
          ("2026-01-08", "fgrant", "Could it be queues? Or opening hours? Or stock of stamps? Let's pick one in Q1."),
          ("2026-01-29", "cpryce", "Q1 planning came and went without a pick. Holding the work until someone tells us what to measure.")]),
  ],
  truth=("STALLED", "DISCOVERY", "UNCLEAR_OBJECTIVE", "UNCLEAR_OBJECTIVE",
         "idle since 2026-01-29; discovery epic; no problem, no KPI (empty success_kpi), solution-first brief"))

I(37, site="en", name="Sewer blockage risk model", bu="Northgate Water", sponsor="Gwen Pritchard",
  owner="Laura Finch", tech="classification", bob="build", rstage="engineering", status="on hold",
  start="2025-05-12", target="2026-09-30", prod="", closed="", bp=230000, bs=140000, cur="GBP",
  kpi="blockage call-outs per 1000 km", base="88", tgt="70", audit="partial", link="proj", pkey="SEWR",
  closure="", notes="On hold since July: CCTV survey grades are inconsistent between contractors and two thirds of the pipes have no survey at all; waiting for a re-coding exercise.",
  models="",
  issues=[
    E("epic", "Blockage risk prototype on Eastfield catchment", "2025-05-19", "2025-05-26>prog 2025-10-03>done"),
    E("epic", "Network-wide model build", "2025-10-06", "2025-10-13>prog 2026-07-06>blk", sp="SEWR Build 8",
      cm=[("2025-12-10", "lfinch", "Contractor A grades roots as 3, contractor B as 'R2'. No mapping table exists."),
          ("2026-03-17", "lfinch", "Of 4,300 km of sewer only 1,450 km were ever surveyed by CCTV."),
          ("2026-07-06", "gpritchard", "Putting this on hold until the survey codes are redone.")]),
  ],
  truth=("STALLED", "ENGINEERING", "DATA_READINESS", "DATA_READINESS",
         "registry on hold; build epic started -> ENGINEERING; notes and comments: inconsistent survey grades, coverage one third"))

I(40, site="en", name="Automated straddle carriers business case", bu="Port of Northgate", sponsor="Helen Ashworth",
  owner="Dayo Okafor", tech="optimisation", bob="partner", rstage="business case", status="cancelled",
  start="2025-08-04", target="", prod="", closed="2026-04-30", bp=120000, bs=115000, cur="GBP",
  kpi="moves per hour per carrier", base="21", tgt="26", audit="", link="proj", pkey="ASC",
  closure="Investment committee declined: retrofitting 38 carriers with sensors and the control layer comes to GBP 19m against a yearly saving of GBP 1.1m.",
  notes="", models="",
  issues=[
    E("epic", "Automation business case and vendor options", "2025-08-11", "2025-08-18>prog 2026-04-30>wont",
      cm=[("2025-12-02", "dokafor", "Two vendor quotes in, both above GBP 400k per carrier once the sensors are included."),
          ("2026-03-19", "dokafor", "Payback in the base case: 17 years. Finance says the hurdle is 5."),
          ("2026-04-30", "hashworth", "IC said no. Closing.")]),
  ],
  truth=("CANCELLED", "STRATEGY", "COST_FUNDING", "COST_FUNDING",
         "cancelled 2026-04-30; registry business case, epic business case -> STRATEGY; capex vs saving, payback 17 years"))

I(43, site="en", name="Bus arrival predictions in the journey app", bu="Northgate Metro", sponsor="Colin Whitlock",
  owner="Aisha Hussain", tech="forecasting", bob="build", rstage="deployment", status="stopped",
  start="2024-11-04", target="2025-10-31", prod="", closed="2026-03-20", bp=340000, bs=360000, cur="GBP",
  kpi="app rating for live times", base="2.9", tgt="3.8", audit="yes", link="proj", pkey="BUSAPP",
  closure="", notes="", models="bus-eta-lstm",
  issues=[
    E("epic", "Arrival prediction model - build", "2024-11-11", "2024-11-18>prog 2025-07-25>done",
      cm=[("2025-07-25", "ahussain", "Beats the timetable-based times by 38% on the winter test set.")]),
    E("epic", "Journey app go-live for bus predictions", "2025-07-28", "2025-08-11>prog 2026-03-20>wont", fv="App 5.2",
      cm=[("2025-10-09", "ahussain", "App team wants a service with 99.9% uptime. What we have is a batch job that writes a CSV every 5 min on an on-prem VM."),
          ("2025-12-03", "jmorgan", "Ops won't run an unmonitored model server. No retraining pipeline either, and the LSTM drifts after every timetable change."),
          ("2026-02-11", "ahussain", "Rebuilding for streaming + monitoring is basically a new project."),
          ("2026-03-20", "cwhitlock", "Stopping here. We'll buy live times from the AVL vendor instead.")]),
  ],
  truth=("CANCELLED", "DEPLOYMENT", "PRODUCTION_ARCHITECTURE", "PRODUCTION_ARCHITECTURE",
         "status stopped, closed 2026-03-20, empty closure_reason; go-live epic started -> DEPLOYMENT; comments: batch CSV on a VM, no monitoring/retraining, would need rebuild"))

I(46, site="en", name="Collection route optimisation", bu="Northgate Waste Services", sponsor="",
  owner="Tunde Adeyemi", tech="optimisation", bob="build", rstage="prototype", status="on hold",
  start="2025-07-07", target="2026-06-30", prod="", closed="", bp=180000, bs=76000, cur="GBP",
  kpi="km per collected tonne", base="", tgt="", audit="yes", link="proj", pkey="ROUTE",
  closure="", notes="Paused. Derek Osei, who asked for it, moved to the group's property arm in April; operations and fleet both say the other should own the result.",
  models="",
  issues=[
    E("epic", "Route optimiser prototype - Westside depot", "2025-07-14", "2025-07-21>prog", sp="ROUTE Prototype 4",
      cm=[("2025-12-09", "tadeyemi", "Prototype cuts 9% of km on the Tuesday rounds, on paper."),
          ("2026-04-22", "tadeyemi", "Derek's gone to property. Who signs off the depot trial now?"),
          ("2026-05-13", "lfinch", "Fleet says ops, ops says fleet. No trial date."),
          ("2026-08-18", "tadeyemi", "Still nobody. Parking it.")]),
  ],
  truth=("STALLED", "PROTOTYPE", "OWNERSHIP_SPONSORSHIP", "OWNERSHIP_SPONSORSHIP",
         "registry on hold (Jira activity 2026-08-18 inside the window); prototype epic -> PROTOTYPE; sponsor left, empty sponsor, fleet vs ops"))

I(49, site="en", name="Roaming fraud detection", bu="Northgate Telecom", sponsor="Vikram Sethi",
  owner="Priya Raman", tech="anomaly-detection", bob="build", rstage="engineering", status="active",
  start="2026-02-02", target="2026-12-15", prod="", closed="", bp=230000, bs=90000, cur="GBP",
  kpi="fraud loss per month", base="84000", tgt="50000", audit="yes", link="proj", pkey="RFD",
  closure="", notes="", models="",
  issues=[
    E("epic", "Roaming anomaly prototype on TAP records", "2026-02-09", "2026-02-16>prog 2026-05-29>done"),
    E("epic", "Fraud engine development and case tool link", "2026-06-01", "2026-06-08>prog", sp="RFD Build 5",
      cm=[("2026-08-12", "praman", "Case tool accepts alerts via the queue, tested."),
          ("2026-09-24", "praman", "Load test at 3x peak passed.")]),
  ],
  truth=("ACTIVE", "", "", "", "development epic in progress, comment 2026-09-24"))

I(52, site="en", name="Quay crane camera analytics", bu="Port of Northgate", sponsor="Helen Ashworth",
  owner="Dayo Okafor", tech="computer-vision", bob="build", rstage="discovery", status="active",
  start="2025-10-13", target="", prod="", closed="", bp=80000, bs=12000, cur="GBP",
  kpi="twistlock incidents", base="14", tgt="5", audit="yes", link="proj", pkey="QCAM",
  closure="", notes="", models="",
  issues=[
    E("epic", "Crane camera exploration - twistlock checks", "2025-10-20", "2025-10-27>prog", sp="QCAM Discovery 1",
      cm=[("2025-11-13", "dokafor", "Footage from the 8 cranes is fine, 1080p, archived for 30 days."),
          ("2026-01-06", "dokafor", "Asked around for anyone who has done object detection. The data team is BI and SQL; nobody has touched vision."),
          ("2026-02-03", "hashworth", "Recruitment for a CV engineer approved in principle, but HR says the freeze applies until next FY."),
          ("2026-02-24", "dokafor", "Tried a tutorial model over Christmas, couldn't get it past labelling. We need someone who knows this.")]),
  ],
  truth=("STALLED", "DISCOVERY", "SKILLS_GAP", "SKILLS_GAP",
         "idle since 2026-02-24; exploration epic -> DISCOVERY; nobody with vision skills, hiring frozen; footage fine (data distractor)"))

I(55, site="en", name="Delivery slot demand forecast", bu="Northgate Post", sponsor="Fiona Grant",
  owner="Tunde Adeyemi", tech="forecasting", bob="build", rstage="prototype", status="active",
  start="2026-05-04", target="2027-02-28", prod="", closed="", bp=120000, bs=35000, cur="GBP",
  kpi="missed delivery slots", base="6.5%", tgt="4%", audit="yes", link="epic", pkey="DATA",
  closure="", notes="", models="",
  issues=[
    E("epic", "Slot demand POC for the Carden region", "2026-05-11", "2026-05-18>prog", sp="DATA POC 33",
      cm=[("2026-07-08", "tadeyemi", "Weekly pattern learned well, bank holidays not yet."),
          ("2026-09-15", "tadeyemi", "Bank holiday features added, error down to 7%.")]),
    E("story", "Holiday calendar features", "2026-08-24", "2026-08-31>prog 2026-09-15>done"),
  ],
  truth=("ACTIVE", "", "", "", "epic DATA-n in jira_keys, child via Epic Link; activity 2026-09-15"))

I(58, site="en", name="Pump energy optimisation", bu="Northgate Water", sponsor="Gwen Pritchard",
  owner="Samuel Brennan", tech="optimisation", bob="partner", rstage="operation", status="live",
  start="2024-06-03", target="2025-06-30", prod="2025-05-19", closed="", bp=300000, bs=287000, cur="GBP",
  kpi="kWh per megalitre pumped", base="412", tgt="370", audit="yes", link="proj", pkey="PUMP",
  closure="", notes="", models="pump-schedule-milp",
  issues=[
    E("epic", "Pump schedule optimiser build", "2024-06-10", "2024-06-17>prog 2025-03-28>done"),
    E("epic", "Deployment at the four booster stations", "2025-03-31", "2025-04-07>prog 2025-05-19>done",
      cm=[("2025-05-19", "sbrennan", "All four booster stations on optimised schedules.")]),
    E("task", "Quarterly energy report", "2026-07-01", "2026-07-02>prog 2026-07-09>done",
      cm=[("2026-07-09", "sbrennan", "Q2: 371 kWh/Ml.")]),
  ],
  truth=("IN_PRODUCTION", "", "", "", "registry production_date 2025-05-19, status live"))

I(61, site="en", name="Network capacity planner", bu="Northgate Telecom", sponsor="Vikram Sethi",
  owner="Jordan Morgan", tech="forecasting", bob="buy", rstage="deployment", status="on hold",
  start="2025-04-14", target="2026-03-31", prod="", closed="", bp=270000, bs=190000, cur="GBP",
  kpi="capacity upgrades planned vs emergency", base="", tgt="", audit="yes", link="proj", pkey="NCAP",
  closure="", notes="", models="",
  issues=[
    E("epic", "Capacity planner configuration and build", "2025-04-21", "2025-04-28>prog 2025-12-12>done"),
    E("epic", "Capacity planner deployment to planning team", "2025-12-15", "2026-01-05>prog", fv="NCAP go-live",
      cm=[("2026-02-04", "jmorgan", "Training slots booked for planners, 3 sessions."),
          ("2026-04-16", "jmorgan", "Meeting notes from the vendor call attached."),
          ("2026-07-21", "jmorgan", "Status changed per steering group, see minutes."),
          ("2026-08-05", "rnair", "Moved the planning board to the new space.")]),
  ],
  truth=("STALLED", "DEPLOYMENT", "UNKNOWN", "UNKNOWN",
         "registry on hold, no notes; deployment epic started -> DEPLOYMENT; comments are logistics only, no cause"))

I(64, site="en", name="Timetable adherence anomaly alerts", bu="Northgate Metro", sponsor="Colin Whitlock",
  owner="Aisha Hussain", tech="anomaly-detection", bob="build", rstage="operation", status="in production",
  start="2025-02-10", target="2025-10-31", prod="2025-09-29", closed="", bp=160000, bs=149000, cur="GBP",
  kpi="late-running incidents detected before complaint", base="40%", tgt="75%", audit="yes", link="proj", pkey="TTA",
  closure="", notes="", models="tta-iforest",
  issues=[
    E("epic", "Adherence anomaly detector development", "2025-02-17", "2025-02-24>prog 2025-08-22>done"),
    E("epic", "Control room rollout", "2025-08-25", "2025-09-01>prog 2025-09-29>done",
      cm=[("2025-09-29", "ahussain", "Control room using the alerts from today.")]),
  ],
  truth=("IN_PRODUCTION", "", "", "", "production_date 2025-09-29"))

I(67, site="en", name="Gate truck licence plate recognition", bu="Port of Northgate", sponsor="Helen Ashworth",
  owner="Raj Nair", tech="computer-vision", bob="buy", rstage="operation", status="in production",
  start="2025-01-06", target="2025-07-31", prod="2025-08-11", closed="", bp=190000, bs=205000, cur="GBP",
  kpi="gate transaction time", base="94s", tgt="60s", audit="yes", link="proj", pkey="GATE",
  closure="", notes="", models="",
  issues=[
    E("epic", "Plate recognition vendor setup and build", "2025-01-13", "2025-01-20>prog 2025-06-27>done"),
    E("epic", "Gate lanes go-live", "2025-06-30", "2025-07-07>prog 2025-08-11>done",
      cm=[("2025-08-11", "rnair", "All 12 in-gate lanes live."),
          ("2026-06-03", "dokafor", "Average gate time 58s in May.")]),
  ],
  truth=("IN_PRODUCTION", "", "", "", "production_date 2025-08-11"))

I(70, site="en", name="Recycling contamination camera", bu="Northgate Waste Services", sponsor="Derek Osei",
  owner="Laura Finch", tech="computer-vision", bob="build", rstage="proof of concept", status="cancelled",
  start="2025-03-03", target="2026-03-31", prod="", closed="2026-01-30", bp=110000, bs=70000, cur="GBP",
  kpi="contaminated loads rejected at MRF", base="11%", tgt="7%", audit="yes", link="proj", pkey="RCAM",
  closure="Both people who built the camera POC left within a month (one to a start-up, the contractor's term ended); the rest of the team has no computer-vision background and no replacement could be hired.",
  notes="", models="",
  issues=[
    E("epic", "Hopper camera contamination POC", "2025-03-10", "2025-03-17>prog 2026-01-30>wont", sp="RCAM POC 6",
      cm=[("2025-08-20", "lfinch", "Camera images are good and the labels from the MRF are consistent, 18k images."),
          ("2025-10-28", "lfinch", "Kai leaves on Friday, Marco's contract ends 14 Nov. Handover is a 20-minute video."),
          ("2025-12-02", "tadeyemi", "Tried to rerun training from the repo, half the scripts reference Marco's home dir."),
          ("2026-01-14", "dosei", "Two rounds of recruiting for a vision engineer, no suitable candidate.")]),
  ],
  truth=("CANCELLED", "PROTOTYPE", "SKILLS_GAP", "SKILLS_GAP",
         "cancelled 2026-01-30; POC -> PROTOTYPE; key people left, no CV skills, recruiting failed; data good (distractor)"))

I(73, site="en", name="Next-stop suggestions on courier handhelds", bu="Northgate Post", sponsor="Fiona Grant",
  owner="Charlotte Pryce", tech="optimisation", bob="build", rstage="rollout", status="cancelled",
  start="2024-10-07", target="2025-09-30", prod="", closed="2026-04-17", bp=260000, bs=240000, cur="GBP",
  kpi="stops per hour", base="19", tgt="22", audit="yes", link="proj", pkey="NXST",
  closure="Couriers in the three rollout depots kept their own sequence; the suggestion screen was dismissed in over 90% of rounds and the depot managers asked to remove it.",
  notes="", models="",
  issues=[
    E("epic", "Stop sequencing model - development", "2024-10-14", "2024-10-21>prog 2025-06-13>done"),
    E("epic", "Handheld rollout in Carden, Eastgate and Mill Lane depots", "2025-06-16", "2025-06-23>prog 2026-04-17>wont", fv="Handheld 7.4",
      cm=[("2025-10-01", "cpryce", "Usage week 2: suggestion screen dismissed on 88% of rounds."),
          ("2025-12-10", "cpryce", "Couriers: 'I've done this round for 12 years, I know where the dogs are.'"),
          ("2026-02-18", "tadeyemi", "Nobody briefed the depot managers before launch, they heard about it from the couriers."),
          ("2026-04-17", "fgrant", "Depot managers asked to take it off the handhelds. Closing.")]),
  ],
  truth=("CANCELLED", "DEPLOYMENT", "USER_ADOPTION", "USER_ADOPTION",
         "cancelled 2026-04-17; rollout epic started (registry rollout) -> DEPLOYMENT; couriers dismiss suggestions, no change management"))

I(76, site="en", name="Field crew work-order prioritisation", bu="Northgate Water", sponsor="Gwen Pritchard",
  owner="Samuel Brennan", tech="classification", bob="build", rstage="deployment", status="active",
  start="2025-02-03", target="2025-12-31", prod="", closed="", bp=200000, bs=185000, cur="GBP",
  kpi="priority jobs attended within 4h", base="71%", tgt="85%", audit="yes", link="proj", pkey="WOP",
  closure="", notes="", models="wop-ranker",
  issues=[
    E("epic", "Work-order ranking model build", "2025-02-10", "2025-02-17>prog 2025-09-26>done"),
    E("epic", "Rollout to field crews - north region", "2025-09-29", "2025-10-06>prog", fv="WOP rollout N",
      cm=[("2025-11-19", "sbrennan", "Week 3 of the north rollout. The ranked list is opened by 4 of 31 crews."),
          ("2026-01-21", "sbrennan", "Crew leads say they pick jobs by what's near the van. The list 'doesn't know the roads'."),
          ("2026-03-10", "lfinch", "Mobile app is fine, ranking reaches the tablets in under a minute. It's just not looked at."),
          ("2026-04-28", "sbrennan", "Supervisors never asked crews to follow it, so they don't.")]),
  ],
  truth=("STALLED", "DEPLOYMENT", "USER_ADOPTION", "USER_ADOPTION",
         "idle since 2026-04-28; rollout epic in progress -> DEPLOYMENT; crews ignore the list; integration works (distractor)"))

I(79, site="en", name="Churn propensity for the retention desk", bu="Northgate Telecom", sponsor="Vikram Sethi",
  owner="Priya Raman", tech="classification", bob="build", rstage="operation", status="in production",
  start="2025-05-05", target="2026-02-28", prod="2026-02-16", closed="", bp=150000, bs=162000, cur="GBP",
  kpi="retention desk save rate", base="24%", tgt="30%", audit="yes", link="proj", pkey="CHURN",
  closure="", notes="", models="churn-lgbm",
  issues=[
    E("epic", "Churn model development", "2025-05-12", "2025-05-19>prog 2025-12-19>done"),
    E("epic", "Retention desk deployment", "2026-01-05", "2026-01-12>prog 2026-02-16>done",
      cm=[("2026-02-16", "praman", "Daily call list live for the retention desk."),
          ("2026-09-08", "praman", "Save rate 29% in August.")]),
  ],
  truth=("IN_PRODUCTION", "", "", "", "production_date 2026-02-16"))

# ----------------------------------------------------------------------------------------------
# Site es: Grupo Meridiano (Jira Cloud in Spanish, REST v3 /search, ADF). Agriculture co-op,
# hotels, mining, banking back office, fisheries. Shared project ANL (epic keys, labels).
# ----------------------------------------------------------------------------------------------

I(2, site="es", name="Detección de mosca del olivo en trampas", bu="Cooperativa Agrícola", sponsor="Isabel Montero",
  owner="Andrés Roldán", tech="computer-vision", bob="build", rstage="prototipo", status="en curso",
  start="2025-09-15", target="2026-09-30", prod="", closed="", bp=95000, bs=52000, cur="EUR",
  kpi="tratamientos fitosanitarios por campaña", base="6", tgt="4", audit="no", link="proj", pkey="OLIV",
  closure="", notes="", models="",
  issues=[
    E("epic", "Trampas cromáticas: prototipo de conteo automático", "2025-09-22", "2025-10-06>prog", sp="OLIV Prototipo 3",
      d="Contar moscas en las fotos de las trampas que suben los técnicos de campo.",
      cm=[("2025-11-12", "aroldan", "Tenemos 7.800 fotos de trampas, pero nadie ha marcado cuántas moscas hay en cada una."),
          ("2026-01-20", "mcampos", "Las fotos se hicieron con móviles distintos, muchas movidas o a contraluz; la mitad no sirven."),
          ("2026-02-17", "aroldan", "Pedí a los técnicos que etiqueten 500; llevan 40 en un mes, están en plena poda."),
          ("2026-03-09", "imontero", "Sin fotos etiquetadas no tiene sentido seguir entrenando. Lo dejamos aquí de momento.")]),
    E("story", "Etiquetado de un lote de 500 fotos", "2026-02-16", "2026-02-17>prog"),
  ],
  truth=("STALLED", "PROTOTYPE", "DATA_READINESS", "DATA_READINESS",
         "sin actividad desde 2026-03-09; prototipo -> PROTOTYPE; fotos sin etiquetar y de mala calidad; data_audit no"))

I(5, site="es", name="Motor de precios dinámicos hoteleros", bu="Meridiano Hoteles", sponsor="Ramón Ibáñez",
  owner="Elena Vidal", tech="optimisation", bob="build", rstage="desarrollo", status="activo",
  start="2025-03-10", target="2026-01-31", prod="", closed="", bp=350000, bs=290000, cur="EUR",
  kpi="RevPAR", base="71", tgt="78", audit="yes", link="proj", pkey="TARIF",
  closure="", notes="", models="pricing-bandit",
  issues=[
    E("epic", "Tarifas dinámicas - desarrollo del motor", "2025-03-17", "2025-03-24>prog 2026-01-12>blk", sp="TARIF Desarrollo 11", fv="Motor v1",
      cm=[("2025-10-07", "evidal", "El motor recomienda precios por tipo de habitación y día, validado en backtest."),
          ("2025-11-25", "evidal", "El PMS no tiene API de escritura de tarifas; el proveedor dice que está 'en su roadmap'."),
          ("2026-01-12", "dparedes", "Channel manager solo acepta cargas por fichero una vez al día, y en un formato propio. No podemos publicar precios en tiempo real."),
          ("2026-02-23", "evidal", "Presupuesto del conector a medida: 9 meses de desarrollo del proveedor. Esperando respuesta."),
          ("2026-03-30", "ribanez", "Seguimos sin fecha del proveedor.")]),
    E("story", "Conector de escritura de tarifas al PMS", "2025-11-26", "2025-12-01>prog 2026-01-12>blk"),
  ],
  truth=("STALLED", "ENGINEERING", "INTEGRATION", "INTEGRATION",
         "sin actividad desde 2026-03-30; épica de desarrollo bloqueada -> ENGINEERING; PMS sin API, channel manager por fichero"))

I(8, site="es", name="Extracción automática de documentos KYC", bu="Meridiano Banca - Operaciones", sponsor="Carmen Lozano",
  owner="Diego Paredes", tech="document-ai", bob="buy", rstage="implantación", status="en pausa",
  start="2025-01-20", target="2025-10-31", prod="", closed="", bp=240000, bs=210000, cur="EUR",
  kpi="expedientes KYC por analista y día", base="22", tgt="35", audit="yes", link="proj", pkey="KYC",
  closure="", notes="En pausa: el DPO y Cumplimiento no aprueban el envío de documentos de identidad al servicio en la nube del proveedor hasta completar la evaluación de impacto y revisar la ubicación de los datos.",
  models="",
  issues=[
    E("epic", "Configuración del extractor y pruebas", "2025-01-27", "2025-02-03>prog 2025-07-04>done",
      cm=[("2025-07-04", "dparedes", "Campos de DNI y pasaporte con 97% de acierto en las pruebas.")]),
    E("epic", "Puesta en producción del extractor en back office", "2025-07-07", "2025-07-14>prog 2025-11-18>blk", fv="KYC 1.0",
      cm=[("2025-09-30", "clozano", "Cumplimiento pide la EIPD antes de usar documentos reales."),
          ("2025-11-18", "dparedes", "El DPO no firma: los datos se procesarían en un centro fuera del EEE."),
          ("2026-02-10", "dparedes", "Proveedor ofrece región europea para 2027. Mientras tanto, parado."),
          ("2026-08-26", "jsousa", "Atualização: o jurídico ainda não respondeu sobre as cláusulas contratuais.")]),
  ],
  truth=("STALLED", "DEPLOYMENT", "SECURITY_COMPLIANCE", "SECURITY_COMPLIANCE",
         "registro 'en pausa' (actividad en agosto dentro de la ventana); épica de puesta en producción -> DEPLOYMENT; DPO, EIPD, ubicación de datos; precisión buena (distractor)"))

I(11, site="es", name="Predicción de desgaste de neumáticos en camiones mineros", bu="Meridiano Minería", sponsor="Tomás Arranz",
  owner="Sofía Campos", tech="forecasting", bob="build", rstage="prototipo", status="activo",
  start="2026-03-02", target="2027-03-31", prod="", closed="", bp=180000, bs=60000, cur="USD",
  kpi="neumáticos retirados antes de fallo", base="61%", tgt="85%", audit="yes", link="proj", pkey="NEUM",
  closure="", notes="", models="",
  issues=[
    E("epic", "Desgaste de neumáticos: prueba de concepto con datos TPMS", "2026-03-09", "2026-03-16>prog", sp="NEUM Prototipo 4",
      cm=[("2026-07-14", "scampos", "El modelo anticipa 8 de cada 10 retiradas con dos semanas."),
          ("2026-09-03", "tarranz", "Bien. Presentadlo en el comité de mina del 2 de octubre."),
          ("2026-09-21", "scampos", "Presentación preparada.")]),
  ],
  truth=("ACTIVE", "", "", "", "actividad 2026-09-21"))

I(14, site="es", name="Recomendaciones de riego por parcela", bu="Cooperativa Agrícola", sponsor="Isabel Montero",
  owner="Andrés Roldán", tech="forecasting", bob="build", rstage="operación", status="en producción",
  start="2024-10-07", target="2025-06-30", prod="2025-06-16", closed="", bp=210000, bs=198000, cur="EUR",
  kpi="m3 de agua por tonelada", base="410", tgt="360", audit="yes", link="proj", pkey="RIEGO",
  closure="", notes="", models="riego-et0",
  issues=[
    E("epic", "Modelo de evapotranspiración - desarrollo", "2024-10-14", "2024-10-21>prog 2025-04-25>done"),
    E("epic", "Despliegue en la app de socios", "2025-04-28", "2025-05-05>prog 2025-06-16>done",
      cm=[("2025-06-16", "aroldan", "En producción en la app de los socios desde hoy."),
          ("2026-05-20", "imontero", "Campaña 2026 arrancada con el modelo reentrenado.")]),
  ],
  truth=("IN_PRODUCTION", "", "", "", "production_date 2025-06-16"))

I(17, site="es", name="Estimación de leyes de mineral", bu="Meridiano Minería", sponsor="Tomás Arranz",
  owner="Sofía Campos", tech="regression", bob="build", rstage="desarrollo", status="activo",
  start="2025-04-21", target="2026-04-30", prod="", closed="", bp=260000, bs=150000, cur="USD",
  kpi="dilución en planta", base="", tgt="", audit="yes", link="proj", pkey="LEY",
  closure="", notes="", models="",
  issues=[
    E("epic", "Modelo de leyes: construcción del pipeline de estimación", "2025-04-28", "2025-05-05>prog", sp="LEY Desarrollo 7",
      cm=[("2025-09-16", "scampos", "Kriging + gradient boosting funciona en la fase norte."),
          ("2025-12-11", "scampos", "Joaquim deja la empresa en enero; era el único que entendía la parte geoestadística."),
          ("2026-01-27", "tarranz", "La vacante de geólogo de datos sigue abierta, cero candidatos con Python."),
          ("2026-03-18", "jsousa", "Fiquei sozinho com o código do Joaquim e não sei mexer na parte de krigagem. Precisamos de alguém."),
          ("2026-04-02", "scampos", "Sin perfil no avanzamos. Lo dejo anotado.")]),
  ],
  truth=("STALLED", "ENGINEERING", "SKILLS_GAP", "SKILLS_GAP",
         "sin actividad desde 2026-04-02; desarrollo -> ENGINEERING; experto se fue, vacante sin cubrir (comentario en portugués)"))

I(20, site="es", name="Optimizador de turnos de pisos", bu="Meridiano Hoteles", sponsor="Ramón Ibáñez",
  owner="Marta Iglesias", tech="optimisation", bob="build", rstage="despliegue", status="activo",
  start="2025-02-03", target="2025-11-30", prod="", closed="", bp=150000, bs=140000, cur="EUR",
  kpi="horas extra de camareras de pisos", base="1.900", tgt="1.200", audit="yes", link="proj", pkey="PISOS",
  closure="", notes="", models="",
  issues=[
    E("epic", "Optimizador de asignación de habitaciones - construcción", "2025-02-10", "2025-02-17>prog 2025-08-29>done"),
    E("epic", "Despliegue en los hoteles de Málaga y Sevilla", "2025-09-01", "2025-09-08>prog", fv="Pisos 1.0",
      cm=[("2025-10-21", "miglesias", "Las gobernantas imprimen el plan del optimizador y luego reparten las habitaciones como siempre."),
          ("2025-12-16", "miglesias", "En Sevilla el plan se ha abierto 3 veces en un mes."),
          ("2026-02-05", "ribanez", "Dicen que no tiene en cuenta quién sabe hacer las suites. No confían en él."),
          ("2026-03-26", "miglesias", "Nadie les explicó el porqué del cambio; sin formación ni acompañamiento, normal.")]),
  ],
  truth=("STALLED", "DEPLOYMENT", "USER_ADOPTION", "USER_ADOPTION",
         "sin actividad desde 2026-03-26; despliegue en curso -> DEPLOYMENT; gobernantas no lo usan, sin gestión del cambio"))

I(23, site="es", name="IA generativa para el back office", bu="Meridiano Banca - Operaciones", sponsor="Carmen Lozano",
  owner="Diego Paredes", tech="genai-assistant", bob="buy", rstage="exploración", status="cancelado",
  start="2025-10-01", target="", prod="", closed="2026-03-13", bp=70000, bs=41000, cur="EUR",
  kpi="", base="", tgt="", audit="", link="epic", pkey="ANL",
  closure="Se cierra la exploración: tras cinco meses ningún área ha definido qué proceso quiere mejorar ni cómo se mediría el éxito; la iniciativa partió de la herramienta, no de un problema.",
  notes="", models="",
  issues=[
    E("epic", "Back office: exploración de casos de uso de IA generativa", "2025-10-06", "2025-10-13>prog 2026-03-13>wont",
      cm=[("2025-11-04", "dparedes", "Licencias de prueba activadas para 20 personas."),
          ("2025-12-09", "dparedes", "Pregunté a cada jefe de área qué tarea querría acelerar. Respuestas: 'todo', 'ya veremos', 'lo que haga la competencia'."),
          ("2026-02-03", "clozano", "We never wrote down what success would look like. I take the blame for that.")]),
    E("story", "Taller de casos de uso con operaciones", "2025-11-10", "2025-11-17>prog 2026-01-22>done",
      cm=[("2026-01-22", "dparedes", "Taller hecho, 14 ideas, ninguna con métrica ni dueño.")]),
  ],
  truth=("CANCELLED", "DISCOVERY", "UNCLEAR_OBJECTIVE", "UNCLEAR_OBJECTIVE",
         "cancelado 2026-03-13; exploración -> DISCOVERY; épica ANL-n en jira_keys, hijo por parent; sin problema ni KPI, solution-first"))

I(26, site="es", name="Reconocimiento de especies a bordo", bu="Meridiano Pesca", sponsor="Xabier Etxeberria",
  owner="Lucía Ferrer", tech="computer-vision", bob="partner", rstage="despliegue", status="cancelado",
  start="2024-11-04", target="2025-10-31", prod="", closed="2026-05-22", bp=310000, bs=296000, cur="EUR",
  kpi="tiempo de registro de capturas por lance", base="25 min", tgt="5 min", audit="yes", link="proj", pkey="ESPEC",
  closure="The classifier works on board but its results could never be written into the official electronic logbook (DEA): the logbook software accepts no external input and the supplier will not certify an interface before 2028.",
  notes="", models="especies-cnn",
  issues=[
    E("epic", "Clasificador de especies - desarrollo", "2024-11-11", "2024-11-18>prog 2025-07-11>done",
      cm=[("2025-07-11", "lferrer", "Acierto del 93% en las 12 especies principales.")]),
    E("epic", "Despliegue en 6 buques piloto", "2025-07-14", "2025-07-21>prog 2026-05-22>wont", fv="A bordo 1.0",
      cm=[("2025-10-15", "lferrer", "El diario electrónico de pesca no admite importación; hay que teclear las capturas otra vez."),
          ("2026-01-27", "xetxeberria", "El proveedor del DEA dice que cualquier interfaz necesita certificación de la Secretaría General de Pesca."),
          ("2026-05-22", "xetxeberria", "Sin integración no aporta nada al patrón. Cerramos.")]),
  ],
  truth=("CANCELLED", "DEPLOYMENT", "INTEGRATION", "INTEGRATION",
         "cancelado 2026-05-22; despliegue -> DEPLOYMENT; closure reason (inglés): no se puede escribir en el diario electrónico; precisión buena (distractor)"))

I(29, site="es", name="Previsión de cosecha de la cooperativa", bu="Cooperativa Agrícola", sponsor="Isabel Montero",
  owner="Mateo Serrano", tech="forecasting", bob="build", rstage="desarrollo", status="activo",
  start="2025-01-13", target="2025-09-30", prod="", closed="", bp=170000, bs=205000, cur="EUR",
  kpi="error de previsión de kilos de aceituna", base="22%", tgt="10%", audit="yes", link="proj", pkey="COSE",
  closure="", notes="", models="",
  issues=[
    E("epic", "Previsión de aceituna - desarrollo de la versión 1", "2025-01-20", "2025-01-27>prog", sp="COSE Desarrollo 9",
      cm=[("2025-05-06", "mserrano", "Versión para aceituna casi lista."),
          ("2025-07-15", "imontero", "La junta quiere que incluya también almendra y viñedo antes de presentarlo."),
          ("2025-10-21", "mserrano", "Añadidos: almendra, viñedo, y ahora precios de mercado y planificación de la almazara."),
          ("2026-01-13", "mserrano", "Tercera vez que se redefine la versión 1. Ya no sabemos qué entregar primero."),
          ("2026-03-03", "aroldan", "Datos de almendra completos, por cierto; eso no es el problema.")]),
    E("story", "Módulo de planificación de la almazara", "2025-10-22", "2025-11-03>prog"),
    E("story", "Previsión de precios de mercado", "2025-10-22", ""),
  ],
  truth=("STALLED", "ENGINEERING", "SCOPE_CREEP", "SCOPE_CREEP",
         "sin actividad desde 2026-03-03; desarrollo -> ENGINEERING; la versión 1 crece (almendra, viñedo, precios, almazara); datos completos (distractor)"))

I(32, site="es", name="Clasificación automática de excepciones de pagos", bu="Meridiano Banca - Operaciones", sponsor="Carmen Lozano",
  owner="Diego Paredes", tech="classification", bob="build", rstage="operación", status="en producción",
  start="2024-09-02", target="2025-04-30", prod="2025-04-22", closed="", bp=190000, bs=176000, cur="EUR",
  kpi="excepciones resueltas sin intervención", base="0%", tgt="40%", audit="yes", link="proj", pkey="EXCP",
  closure="", notes="", models="excp-bert",
  issues=[
    E("epic", "Clasificador de excepciones SEPA - desarrollo", "2024-09-09", "2024-09-16>prog 2025-03-14>done"),
    E("epic", "Puesta en producción en la cola de excepciones", "2025-03-17", "2025-03-24>prog 2025-04-22>done",
      cm=[("2025-04-22", "dparedes", "En producción desde hoy, cola SEPA."),
          ("2026-06-09", "clozano", "Tasa de resolución automática: 46% en mayo.")]),
  ],
  truth=("IN_PRODUCTION", "", "", "", "production_date 2025-04-22"))

I(35, site="es", name="Análisis temático de opiniones de huéspedes", bu="Meridiano Hoteles", sponsor="Ramón Ibáñez",
  owner="Elena Vidal", tech="nlp", bob="build", rstage="prototipo", status="activo",
  start="2026-04-06", target="2027-01-31", prod="", closed="", bp=80000, bs=30000, cur="EUR",
  kpi="tiempo de respuesta a reseñas negativas", base="4 días", tgt="1 día", audit="yes", link="label", pkey="ANL",
  closure="", notes="", models="",
  issues=[
    E("epic", "Opiniones: prototipo de clasificación por tema", "2026-04-13", "2026-04-20>prog",
      cm=[("2026-07-02", "evidal", "Temas: limpieza, ruido, desayuno, personal, wifi. F1 medio 0,82."),
          ("2026-08-25", "ribanez", "Los directores quieren el informe semanal por hotel."),
          ("2026-09-16", "evidal", "Informe semanal en prueba en tres hoteles.")]),
  ],
  truth=("ACTIVE", "", "", "", "etiqueta initiative:BG-35 en ANL; actividad 2026-09-16"))

I(38, site="es", name="Detección de roturas en cintas transportadoras", bu="Meridiano Minería", sponsor="Tomás Arranz",
  owner="Sofía Campos", tech="computer-vision", bob="buy", rstage="operación", status="en producción",
  start="2024-05-06", target="2025-01-31", prod="2025-02-10", closed="", bp=230000, bs=251000, cur="USD",
  kpi="paradas por rotura de cinta", base="7/año", tgt="2/año", audit="yes", link="proj", pkey="CINTA",
  closure="", notes="", models="",
  issues=[
    E("epic", "Cámaras y modelo de detección - integración del proveedor", "2024-05-13", "2024-05-20>prog 2024-12-20>done"),
    E("epic", "Puesta en marcha en la cinta principal", "2025-01-07", "2025-01-13>prog 2025-02-10>done",
      cm=[("2025-02-10", "scampos", "Sistema en producción en la cinta CV-01."),
          ("2026-04-14", "tarranz", "Una rotura detectada a tiempo en marzo; ahorro estimado 300k.")]),
  ],
  truth=("IN_PRODUCTION", "", "", "", "production_date 2025-02-10"))

I(41, site="es", name="Optimización de raciones para ganado", bu="Cooperativa Agrícola", sponsor="Isabel Montero",
  owner="Mateo Serrano", tech="optimisation", bob="build", rstage="desarrollo", status="activo",
  start="2025-06-02", target="2026-06-30", prod="", closed="", bp=120000, bs=70000, cur="EUR",
  kpi="coste de pienso por litro", base="0,21", tgt="0,18", audit="yes", link="proj", pkey="RACI",
  closure="", notes="", models="",
  issues=[
    E("epic", "Raciones: desarrollo del optimizador", "2025-06-09", "2025-06-16>prog", sp="RACI Desarrollo 5",
      cm=[("2025-09-09", "mserrano", "Reunión con nutricionistas movida al jueves."),
          ("2025-11-18", "mserrano", "Subido el acta."),
          ("2026-01-14", "aroldan", "Renombrado el repositorio."),
          ("2026-02-24", "mserrano", "Actualizada la plantilla del informe.")]),
    E("story", "Restricciones nutricionales por especie", "2025-09-10", "2025-09-15>prog",
      cm=[("2026-02-24", "mserrano", "Sin cambios esta semana.")]),
  ],
  truth=("STALLED", "ENGINEERING", "UNKNOWN", "UNKNOWN",
         "sin actividad desde 2026-02-24; desarrollo -> ENGINEERING; solo comentarios logísticos"))

I(44, site="es", name="Biometría de voz para la banca telefónica", bu="Meridiano Banca - Operaciones", sponsor="Carmen Lozano",
  owner="Beatriz Nieto", tech="speech", bob="buy", rstage="estrategia", status="en espera",
  start="2025-09-01", target="2026-12-31", prod="", closed="", bp=200000, bs=35000, cur="EUR",
  kpi="tiempo de autenticación", base="95 s", tgt="20 s", audit="", link="proj", pkey="VOZ",
  closure="", notes="On hold: Legal considers the voiceprint special-category biometric data; explicit consent flows and a DPIA are required, and the regulator's guidance on voice biometrics is still pending.",
  models="",
  issues=[
    E("epic", "Estrategia y selección de proveedor de biometría de voz", "2025-09-08", "2025-09-15>prog 2026-02-20>blk",
      cm=[("2025-11-20", "bnieto", "Dos proveedores preseleccionados."),
          ("2026-01-15", "bnieto", "Asesoría jurídica: la huella de voz es dato biométrico de categoría especial; hace falta consentimiento explícito."),
          ("2026-02-20", "clozano", "Esperamos la guía del supervisor antes de seguir con la estrategia."),
          ("2026-07-09", "bnieto", "Sin novedades del supervisor.")]),
  ],
  truth=("STALLED", "STRATEGY", "SECURITY_COMPLIANCE", "SECURITY_COMPLIANCE",
         "registro 'en espera'; estrategia -> STRATEGY; notes (inglés): biometría categoría especial, consentimiento, EIPD, guía del regulador"))

I(47, site="es", name="Fragmentación de voladuras por imagen", bu="Meridiano Minería", sponsor="Tomás Arranz",
  owner="Hugo Benítez", tech="computer-vision", bob="build", rstage="prueba de concepto", status="cancelado",
  start="2025-03-03", target="2026-03-31", prod="", closed="2026-01-23", bp=140000, bs=118000, cur="USD",
  kpi="P80 estimado frente a tamizado", base="", tgt="error < 10%", audit="yes", link="proj", pkey="VOLA",
  closure="La prueba de concepto no alcanza la precisión necesaria: error del P80 del 34% frente a tamizado, con polvo y sombras en la pila; el objetivo de 10% no es realista con cámaras de pala.",
  notes="", models="",
  issues=[
    E("epic", "Fragmentación: prueba de concepto con cámaras de pala", "2025-03-10", "2025-03-17>prog 2026-01-23>wont", sp="VOLA PoC 8",
      cm=[("2025-07-08", "hbenitez", "Primer resultado: error P80 41%."),
          ("2025-10-14", "hbenitez", "Con segmentación nueva, 34%. El polvo tapa los finos en casi todas las fotos."),
          ("2026-01-23", "tarranz", "No llegamos. Cerramos la PoC.")]),
  ],
  truth=("CANCELLED", "PROTOTYPE", "TECHNICAL_FEASIBILITY", "TECHNICAL_FEASIBILITY",
         "cancelado 2026-01-23; prueba de concepto -> PROTOTYPE; precisión insuficiente, objetivo irreal"))

I(50, site="es", name="Previsión de consumo energético por hotel", bu="Meridiano Hoteles", sponsor="Ramón Ibáñez",
  owner="Elena Vidal", tech="forecasting", bob="build", rstage="desarrollo", status="cerrado",
  start="2025-04-07", target="2026-02-28", prod="", closed="2026-06-05", bp=110000, bs=84000, cur="EUR",
  kpi="kWh por habitación ocupada", base="31", tgt="27", audit="no", link="proj", pkey="ENER",
  closure="", notes="", models="",
  issues=[
    E("epic", "Consumo energético: construcción de modelos por hotel", "2025-04-14", "2025-04-21>prog 2026-06-05>wont", sp="ENER Desarrollo 6",
      cm=[("2025-08-19", "evidal", "Solo 9 de 23 hoteles tienen contadores con lectura horaria; el resto son facturas mensuales."),
          ("2025-11-04", "dparedes", "Las lecturas de los 9 tienen huecos de semanas cuando se cae el concentrador."),
          ("2026-02-17", "evidal", "La ocupación del PMS y el consumo no comparten identificador de hotel después de la fusión."),
          ("2026-06-05", "ribanez", "Cerramos. Cuando haya contadores en todos los hoteles lo retomamos.")]),
  ],
  truth=("CANCELLED", "ENGINEERING", "DATA_READINESS", "DATA_READINESS",
         "cerrado 2026-06-05, closure_reason vacío; desarrollo -> ENGINEERING; contadores horarios en 9 de 23, huecos, identificadores; data_audit no"))

I(53, site="es", name="Planificador de cuotas de la flota", bu="Meridiano Pesca", sponsor="Xabier Etxeberria",
  owner="Lucía Ferrer", tech="optimisation", bob="build", rstage="caso de negocio", status="cancelado",
  start="2025-06-09", target="", prod="", closed="2026-02-27", bp=90000, bs=88000, cur="EUR",
  kpi="cuota no utilizada al cierre de año", base="8%", tgt="3%", audit="", link="proj", pkey="CUOTA",
  closure="Cerrado en fase de caso de negocio: el alcance pasó de repartir la cuota de merluza entre 11 buques a planificar todas las especies, la venta en lonja, la tripulación y el combustible; nunca hubo una primera versión acotada que aprobar.",
  notes="", models="",
  issues=[
    E("epic", "Cuotas: caso de negocio y estrategia", "2025-06-16", "2025-06-23>prog 2026-02-27>wont",
      cm=[("2025-09-02", "lferrer", "Borrador para merluza listo."),
          ("2025-10-28", "xetxeberria", "Que cubra también rape y gallo, y la venta en lonja."),
          ("2025-12-16", "lferrer", "Ahora también turnos de tripulación y consumo de gasoil. El caso de negocio se reescribe cada mes."),
          ("2026-02-27", "xetxeberria", "No se puede aprobar algo que no para de crecer. Cerramos.")]),
  ],
  truth=("CANCELLED", "STRATEGY", "SCOPE_CREEP", "SCOPE_CREEP",
         "cancelado 2026-02-27; caso de negocio -> STRATEGY; alcance crece sin primera versión"))

I(56, site="es", name="Asistente de conciliación bancaria", bu="Meridiano Banca - Operaciones", sponsor="",
  owner="Diego Paredes", tech="classification", bob="build", rstage="despliegue", status="cancelado",
  start="2024-10-14", target="2025-09-30", prod="", closed="2026-04-24", bp=220000, bs=205000, cur="EUR",
  kpi="partidas conciliadas automáticamente", base="55%", tgt="80%", audit="yes", link="epic", pkey="ANL",
  closure="Tras la reorganización de operaciones la directora que lo patrocinaba salió del banco; la nueva dirección no lo asumió y ninguna área quiso ser responsable del servicio.",
  notes="", models="",
  issues=[
    E("epic", "Conciliación: despliegue del asistente en tesorería", "2025-05-05", "2025-05-12>prog 2026-04-24>wont", fv="Conciliación 1.0",
      cm=[("2025-09-23", "dparedes", "Piloto en tesorería: 78% de partidas emparejadas bien."),
          ("2025-12-02", "dparedes", "Alicia Ortega, la directora de tesorería que lo pidió, sale del banco en enero. ¿Quién firma el paso a producción?"),
          ("2026-02-12", "bnieto", "Tesorería dice que es cosa de operaciones; operaciones, de tesorería."),
          ("2026-04-24", "dparedes", "La nueva dirección no lo quiere en su presupuesto ni en su equipo. Se cierra.")]),
    E("story", "Formación a tesorería", "2025-09-24", "2025-10-01>prog 2025-11-14>done"),
  ],
  truth=("CANCELLED", "DEPLOYMENT", "OWNERSHIP_SPONSORSHIP", "OWNERSHIP_SPONSORSHIP",
         "cancelado 2026-04-24; despliegue -> DEPLOYMENT; épica ANL-n en jira_keys; patrocinadora se fue, nadie responsable; sponsor vacío"))

I(59, site="es", name="Predicción de heladas", bu="Cooperativa Agrícola", sponsor="Isabel Montero",
  owner="Andrés Roldán", tech="forecasting", bob="build", rstage="desarrollo", status="activo",
  start="2025-02-17", target="2025-12-31", prod="", closed="", bp=100000, bs=92000, cur="EUR",
  kpi="hectáreas dañadas por helada", base="", tgt="", audit="yes", link="proj", pkey="HELA",
  closure="", notes="", models="",
  issues=[
    E("epic", "Heladas: desarrollo del modelo por finca", "2025-02-24", "2025-03-03>prog", sp="HELA Desarrollo 8",
      cm=[("2025-07-15", "aroldan", "Con 40 estaciones y 6 años de datos tenemos de sobra."),
          ("2025-11-04", "aroldan", "El modelo acierta 1 de cada 3 heladas a 12 horas; AEMET ya da eso gratis."),
          ("2026-01-27", "aroldan", "Probadas tres arquitecturas. Ninguna mejora a la persistencia a más de 6 horas; las heladas de radiación dependen de microclimas que no vemos."),
          ("2026-03-17", "imontero", "Los socios esperaban aviso con 48 horas. Eso no va a pasar.")]),
  ],
  truth=("STALLED", "ENGINEERING", "TECHNICAL_FEASIBILITY", "TECHNICAL_FEASIBILITY",
         "sin actividad desde 2026-03-17; desarrollo -> ENGINEERING; no supera la referencia, expectativa de 48 h irreal; datos suficientes (distractor)"))

I(62, site="es", name="Previsión de emisiones de polvo", bu="Meridiano Minería", sponsor="Tomás Arranz",
  owner="Hugo Benítez", tech="forecasting", bob="build", rstage="desarrollo", status="activo",
  start="2026-01-12", target="2026-12-31", prod="", closed="", bp=130000, bs=70000, cur="USD",
  kpi="superaciones de PM10 en el perímetro", base="14", tgt="6", audit="yes", link="proj", pkey="POLVO",
  closure="", notes="", models="",
  issues=[
    E("epic", "Polvo: prototipo de previsión a 24 h", "2026-01-19", "2026-01-26>prog 2026-05-15>done"),
    E("epic", "Polvo: desarrollo del servicio de alertas de riego de pistas", "2026-05-18", "2026-05-25>prog", sp="POLVO Desarrollo 4",
      cm=[("2026-08-04", "hbenitez", "Alertas enviadas al jefe de turno por SMS en pruebas."),
          ("2026-09-29", "hbenitez", "Dos semanas de pruebas sin falsos negativos.")]),
  ],
  truth=("ACTIVE", "", "", "", "actividad 2026-09-29"))

I(65, site="es", name="Chatbot de recepción", bu="Meridiano Hoteles", sponsor="Ramón Ibáñez",
  owner="Marta Iglesias", tech="genai-assistant", bob="buy", rstage="prototipo", status="activo",
  start="2025-10-06", target="", prod="", closed="", bp=60000, bs=25000, cur="EUR",
  kpi="", base="", tgt="", audit="", link="proj", pkey="RECEP",
  closure="", notes="", models="",
  issues=[
    E("epic", "Recepción virtual: prototipo con el proveedor", "2025-10-13", "2025-10-20>prog", sp="RECEP Prototipo 2",
      cm=[("2025-11-18", "miglesias", "El prototipo responde sobre horarios, parking y wifi."),
          ("2025-12-15", "miglesias", "¿Queremos menos llamadas a recepción, más ventas de extras o mejor nota en reseñas? Cada director dice una cosa."),
          ("2026-01-13", "ribanez", "Feliz año. La demo para los directores queda para febrero."),
          ("2026-01-29", "miglesias", "Subidas las capturas de pantalla de las conversaciones de prueba."),
          ("2026-02-26", "evidal", "Sala reservada para la demo del jueves.")]),
  ],
  truth=("STALLED", "PROTOTYPE", "UNCLEAR_OBJECTIVE", "UNCLEAR_OBJECTIVE",
         "sin actividad desde 2026-02-26; prototipo -> PROTOTYPE; la causa está en un solo comentario entre charla (cada director quiere otra cosa: menos llamadas, ventas de extras o reseñas); success_kpi vacío"))

I(68, site="es", name="Previsión de efectivo en oficinas", bu="Meridiano Banca - Operaciones", sponsor="Carmen Lozano",
  owner="Beatriz Nieto", tech="forecasting", bob="build", rstage="desarrollo", status="activo",
  start="2025-03-03", target="2026-01-31", prod="", closed="", bp=160000, bs=120000, cur="EUR",
  kpi="efectivo inmovilizado en oficinas", base="42M", tgt="35M", audit="yes", link="proj", pkey="EFEC",
  closure="", notes="", models="",
  issues=[
    E("epic", "Efectivo: desarrollo de la previsión diaria por oficina", "2025-03-10", "2025-03-17>prog", sp="EFEC Desarrollo 10",
      cm=[("2025-09-30", "bnieto", "Backtest: error medio del 11% frente al 19% actual."),
          ("2025-12-09", "bnieto", "El banco no tiene dónde ejecutar modelos Python en producción; sistemas solo opera COBOL y Java."),
          ("2026-02-03", "bnieto", "Tampoco hay quién monte la plataforma: el equipo de datos somos dos analistas y nadie sabe de MLOps."),
          ("2026-03-24", "clozano", "Hasta que haya plataforma y alguien que la mantenga, no se puede pasar de aquí.")]),
  ],
  truth=("STALLED", "ENGINEERING", "PRODUCTION_ARCHITECTURE", "PRODUCTION_ARCHITECTURE;SKILLS_GAP",
         "sin actividad desde 2026-03-24; desarrollo -> ENGINEERING; sin plataforma de producción y sin perfiles MLOps: empate, primario el primero mencionado"))

I(71, site="es", name="Predicción de madurez de la uva", bu="Cooperativa Agrícola", sponsor="Isabel Montero",
  owner="Mateo Serrano", tech="regression", bob="build", rstage="despliegue", status="activo",
  start="2025-01-20", target="2025-08-31", prod="", closed="", bp=85000, bs=80000, cur="EUR",
  kpi="días de vendimia fuera de punto óptimo", base="5", tgt="2", audit="yes", link="proj", pkey="UVA",
  closure="", notes="", models="",
  issues=[
    E("epic", "Madurez: construcción del modelo de grado probable", "2025-01-27", "2025-02-03>prog 2025-06-27>done"),
    E("epic", "Puesta en producción para la vendimia 2025", "2025-06-30", "2025-07-07>prog 2025-08-25>done", fv="Vendimia 2025",
      cm=[("2025-08-25", "mserrano", "En producción: los viticultores reciben la fecha óptima por parcela en la app desde el 25 de agosto."),
          ("2026-08-18", "mserrano", "Vendimia 2026 con el modelo reentrenado, sin incidencias.")]),
  ],
  truth=("IN_PRODUCTION", "", "", "", "sin production_date en el registro, pero épica de puesta en producción terminada y comentario 'En producción ... desde el 25 de agosto'"))

I(74, site="es", name="Redacción de cartas de disputas de tarjetas", bu="Meridiano Banca - Operaciones", sponsor="Carmen Lozano",
  owner="Beatriz Nieto", tech="genai-assistant", bob="buy", rstage="prototipo", status="activo",
  start="2026-05-04", target="2027-03-31", prod="", closed="", bp=90000, bs=28000, cur="EUR",
  kpi="minutos por disputa", base="18", tgt="9", audit="yes", link="proj", pkey="DISP",
  closure="", notes="", models="",
  issues=[
    E("epic", "Disputas: piloto de redacción asistida", "2026-05-11", "2026-05-18>prog", sp="DISP Prototipo 3",
      cm=[("2026-07-21", "bnieto", "DPO aprobó el uso con datos seudonimizados, sin condiciones adicionales."),
          ("2026-09-08", "bnieto", "Los gestores revisan 40 cartas de prueba por semana; 85% sin cambios.")]),
  ],
  truth=("ACTIVE", "", "", "", "actividad 2026-09-08; aprobación DPO resuelta"))

I(77, site="es", name="Predicción de no presentados", bu="Meridiano Hoteles", sponsor="Ramón Ibáñez",
  owner="Elena Vidal", tech="classification", bob="build", rstage="operación", status="en producción",
  start="2024-08-05", target="2025-03-31", prod="2025-03-24", closed="", bp=95000, bs=90000, cur="EUR",
  kpi="habitaciones vacías por no-show", base="3,2%", tgt="1,8%", audit="yes", link="proj", pkey="NOSH",
  closure="", notes="", models="noshow-gbm",
  issues=[
    E("epic", "No-show: desarrollo del modelo", "2024-08-12", "2024-08-19>prog 2025-02-14>done"),
    E("epic", "Despliegue en el motor de reservas", "2025-02-17", "2025-02-24>prog 2025-03-24>done",
      cm=[("2025-03-24", "evidal", "Activo en los 23 hoteles.")]),
  ],
  truth=("IN_PRODUCTION", "", "", "", "production_date 2025-03-24"))

I(80, site="es", name="Previsión de precios en lonja", bu="Meridiano Pesca", sponsor="Xabier Etxeberria",
  owner="Lucía Ferrer", tech="forecasting", bob="build", rstage="desarrollo", status="activo",
  start="2026-02-02", target="2026-11-30", prod="", closed="", bp=120000, bs=66000, cur="EUR",
  kpi="ingreso medio por kilo", base="4,10", tgt="4,40", audit="yes", link="proj", pkey="LONJA",
  closure="", notes="", models="",
  issues=[
    E("epic", "Lonja: prototipo de previsión de precio por especie", "2026-02-09", "2026-02-16>prog 2026-05-29>done"),
    E("epic", "Lonja: desarrollo del aviso a patrones", "2026-06-01", "2026-06-08>prog", sp="LONJA Desarrollo 4",
      cm=[("2026-08-11", "lferrer", "Aviso diario por app en pruebas con dos buques."),
          ("2026-09-23", "xetxeberria", "Los patrones lo miran antes de decidir puerto de descarga.")]),
  ],
  truth=("ACTIVE", "", "", "", "actividad 2026-09-23"))

# ----------------------------------------------------------------------------------------------
# Site nl: Lindeveld (Jira Cloud in Dutch; Agile sprint pages + a bare array for epics/backlog).
# Universities, hospital laboratories, broadcasting, dairy, greenhouse horticulture, museums.
# Shared project LAB (epic keys with children via fields.epic, labels).
# ----------------------------------------------------------------------------------------------

I(3, site="nl", name="AI in het onderwijs", bu="Universiteit Lindeveld", sponsor="Prof. Marijke Dekker",
  owner="Bram Visser", tech="genai-assistant", bob="buy", rstage="strategie", status="geannuleerd",
  start="2025-09-01", target="", prod="", closed="2026-03-27", bp=80000, bs=46000, cur="EUR",
  kpi="", base="", tgt="", audit="", link="proj", pkey="AIOW",
  closure="Gestopt: na zes maanden was nog steeds niet vastgesteld welk onderwijsprobleem opgelost moest worden of waaraan succes gemeten zou worden; het plan bestond uit een lijst tools.",
  notes="", models="",
  issues=[
    E("epic", "Onderwijs en AI - strategie en roadmap", "2025-09-08", "2025-09-15>prog 2026-03-27>wont", fv="Strategie 2026",
      cm=[("2025-10-14", "bvisser", "Faculteiten gevraagd om use cases. Terug kwamen productnamen, geen problemen."),
          ("2025-12-02", "mdekker", "Is het doel minder uitval, minder nakijkwerk of 'innovatief imago'? Het CvB zegt alle drie."),
          ("2026-02-10", "bvisser", "Still no agreed goal or baseline after three sessions. We can't write a roadmap towards nothing.")]),
  ],
  truth=("CANCELLED", "STRATEGY", "UNCLEAR_OBJECTIVE", "UNCLEAR_OBJECTIVE",
         "geannuleerd 2026-03-27; strategie -> STRATEGY; geen probleem, doel of nulmeting; success_kpi leeg"))

I(6, site="nl", name="Classificatie van bloeduitstrijkjes", bu="Klinisch Laboratorium", sponsor="Dr. Hanneke Vos",
  owner="Noor El Amrani", tech="computer-vision", bob="build", rstage="prototype", status="gestopt",
  start="2025-02-03", target="2026-02-28", prod="", closed="2025-12-19", bp=160000, bs=150000, cur="EUR",
  kpi="handmatige differentiaties per dag", base="140", tgt="60", audit="yes", link="proj", pkey="UITS",
  closure="Het prototype haalt op zeldzame celtypen (blasten) een sensitiviteit van 0,62, terwijl klinisch 0,98 vereist is; ook met 40.000 extra beelden kwam er geen verbetering.",
  notes="", models="",
  issues=[
    E("epic", "Bloeduitstrijkjes - proof of concept celherkenning", "2025-02-10", "2025-02-17>prog 2025-12-19>wont", fv="PoC celherkenning",
      cm=[("2025-05-13", "nelamrani", "Dataset compleet en dubbel gelabeld door twee analisten, 120k cellen."),
          ("2025-08-26", "nelamrani", "Sensitiviteit blasten 0,58. Veel verwarring met reactieve lymfocyten."),
          ("2025-11-11", "nelamrani", "Na extra 40k beelden: 0,62. We zitten tegen het plafond van wat het beeld toont."),
          ("2025-12-19", "hvos", "Klinisch onaanvaardbaar. Stoppen.")]),
  ],
  truth=("CANCELLED", "PROTOTYPE", "TECHNICAL_FEASIBILITY", "TECHNICAL_FEASIBILITY",
         "gestopt 2025-12-19; proof of concept -> PROTOTYPE; sensitiviteit 0,62 vs 0,98; data compleet (afleider)"))

I(9, site="nl", name="Automatische ondertiteling", bu="Omroep Lindeveld", sponsor="Erik Brouwer",
  owner="Ruben Smit", tech="speech", bob="build", rstage="realisatie", status="geannuleerd",
  start="2024-11-04", target="2025-12-31", prod="", closed="2026-05-15", bp=450000, bs=690000, cur="EUR",
  kpi="uitzenduren met ondertiteling", base="62%", tgt="95%", audit="yes", link="proj", pkey="OTT",
  closure="Budget ruim overschreden (690k van 450k) en de GPU-kosten voor live ondertiteling liggen boven wat het ondertitelbureau nu kost; de directie heeft geen aanvullend geld vrijgemaakt. Ook kwamen er steeds nieuwe zenders en podcasts bij.",
  notes="", models="ott-whisper-ft",
  issues=[
    E("epic", "Ondertiteling - prototype spraakherkenning", "2024-11-11", "2024-11-18>prog 2025-04-25>done"),
    E("epic", "Ondertitelservice: bouw en realisatie", "2025-04-28", "2025-05-05>prog 2026-05-15>wont", fv="Ondertiteling R1",
      cm=[("2025-09-16", "rsmit", "GPU-rekening augustus: 41k. Het ondertitelbureau kost ons 30k per maand."),
          ("2025-12-09", "ebrouwer", "Regionale zenders en de podcasts willen er ook bij."),
          ("2026-03-03", "rsmit", "We zitten op 690k uitgegeven. Financiën wil eerst een nieuwe business case."),
          ("2026-05-15", "ebrouwer", "Geen extra budget. Stoppen.")]),
  ],
  truth=("CANCELLED", "ENGINEERING", "COST_FUNDING", "COST_FUNDING;SCOPE_CREEP",
         "geannuleerd 2026-05-15; realisatie -> ENGINEERING; budget overschreden, draaikosten > besparing; scope-uitbreiding als tweede oorzaak genoemd"))

I(12, site="nl", name="Mastitis-alarm voor melkveehouders", bu="Zuivelcoöperatie", sponsor="Gerrit Hoekstra",
  owner="Lotte Jansen", tech="classification", bob="build", rstage="uitrol", status="geannuleerd",
  start="2024-09-02", target="2025-09-30", prod="", closed="2026-02-06", bp=210000, bs=198000, cur="EUR",
  kpi="klinische mastitisgevallen per 100 koeien", base="32", tgt="25", audit="yes", link="proj", pkey="MAST",
  closure="Leden gebruiken de alarmen niet: na de uitrol op 40 bedrijven opende minder dan een kwart de app, de meeste boeren vertrouwen op hun eigen melkrobot-signaal en de dierenarts.",
  notes="", models="mastitis-gbm",
  issues=[
    E("epic", "Mastitismodel - bouw op robotdata", "2024-09-09", "2024-09-16>prog 2025-05-30>done"),
    E("epic", "Uitrol alarm-app naar 40 leden", "2025-06-02", "2025-06-09>prog 2026-02-06>wont", fv="Uitrol fase 1",
      cm=[("2025-09-09", "ljansen", "Na zes weken: 9 van de 40 bedrijven hebben de app ooit geopend."),
          ("2025-11-18", "ghoekstra", "Boeren zeggen: 'de robot piept al, waarom nog een app?'"),
          ("2026-01-13", "ljansen", "Geen enkele dierenarts betrokken bij de uitrol; daardoor nemen boeren het niet serieus.")]),
  ],
  truth=("CANCELLED", "DEPLOYMENT", "USER_ADOPTION", "USER_ADOPTION",
         "geannuleerd 2026-02-06; uitrol -> DEPLOYMENT; boeren gebruiken de app niet"))

I(15, site="nl", name="Verrijking van collectiemetadata", bu="Museum Lindeveld", sponsor="",
  owner="Fleur van Dijk", tech="nlp", bob="partner", rstage="business case", status="on hold",
  start="2025-06-02", target="2026-12-31", prod="", closed="", bp=120000, bs=30000, cur="EUR",
  kpi="objecten met trefwoorden", base="18%", tgt="70%", audit="yes", link="proj", pkey="COLL",
  closure="", notes="Stilgelegd na het vertrek van de directeur collecties in maart; er is geen nieuwe opdrachtgever en het MT heeft de prioriteit naar de verbouwing verschoven.",
  models="",
  issues=[
    E("epic", "Collectie - business case automatische trefwoorden", "2025-06-09", "2025-06-16>prog 2026-04-03>blk",
      cm=[("2025-10-07", "fvandijk", "Conceptbusiness case besproken met de directeur collecties."),
          ("2026-03-10", "fvandijk", "Anne-Marie vertrekt eind maart. Wie neemt dit over?"),
          ("2026-04-03", "fvandijk", "MT: verbouwing heeft voorrang, niemand wordt opdrachtgever. Geblokkeerd."),
          ("2026-08-20", "kvdberg", "Nog steeds geen opdrachtgever gevonden.")]),
  ],
  truth=("STALLED", "STRATEGY", "OWNERSHIP_SPONSORSHIP", "OWNERSHIP_SPONSORSHIP",
         "registry on hold; business case -> STRATEGY; opdrachtgever vertrokken, prioriteit verschoven; sponsor leeg"))

I(18, site="nl", name="Oogstvoorspelling tomaat", bu="Glastuinbouw Westland", sponsor="Pieter Verbeek",
  owner="Bram Visser", tech="forecasting", bob="build", rstage="ontwikkeling", status="actief",
  start="2026-01-05", target="2026-12-31", prod="", closed="", bp=140000, bs=80000, cur="EUR",
  kpi="afwijking weekprognose kg", base="14%", tgt="7%", audit="yes", link="proj", pkey="TOMA",
  closure="", notes="", models="",
  issues=[
    E("epic", "Tomaat - prototype weekprognose", "2026-01-12", "2026-01-19>prog 2026-04-24>done"),
    E("epic", "Oogstprognose: ontwikkeling koppeling met afzetplanning", "2026-04-27", "2026-05-04>prog", fv="Prognose 1.0",
      cm=[("2026-08-13", "bvisser", "Koppeling met de afzetplanning werkt in test."),
          ("2026-09-24", "pverbeek", "Telers willen de prognose per kas zien, graag in de volgende sprint.")]),
  ],
  truth=("ACTIVE", "", "", "", "activiteit 2026-09-24"))

I(21, site="nl", name="Vroegsignalering studie-uitval", bu="Universiteit Lindeveld", sponsor="Prof. Marijke Dekker",
  owner="Joost Mulder", tech="classification", bob="build", rstage="beheer", status="in productie",
  start="2024-09-02", target="2025-08-31", prod="2025-09-01", closed="", bp=150000, bs=142000, cur="EUR",
  kpi="uitval eerste jaar", base="24%", tgt="20%", audit="yes", link="proj", pkey="UITV",
  closure="", notes="", models="uitval-logreg",
  issues=[
    E("epic", "Uitvalmodel - ontwikkeling", "2024-09-09", "2024-09-16>prog 2025-06-27>done"),
    E("epic", "Livegang voor studieadviseurs", "2025-06-30", "2025-07-07>prog 2025-09-01>done",
      cm=[("2025-09-01", "jmulder", "Live voor alle studieadviseurs vanaf het nieuwe studiejaar."),
          ("2026-07-07", "jmulder", "Jaarevaluatie: uitval 21%.")]),
  ],
  truth=("IN_PRODUCTION", "", "", "", "production_date 2025-09-01"))

I(24, site="nl", name="Routering van labmonsters", bu="Klinisch Laboratorium", sponsor="Dr. Hanneke Vos",
  owner="Noor El Amrani", tech="optimisation", bob="build", rstage="ontwikkeling", status="gepauzeerd",
  start="2025-03-03", target="2026-03-31", prod="", closed="", bp=190000, bs=185000, cur="EUR",
  kpi="doorlooptijd spoedmonsters", base="68 min", tgt="45 min", audit="yes", link="proj", pkey="ROUT",
  closure="", notes="Gepauzeerd: budget 2026 bevroren na het tekort van het ziekenhuis; het resterende bedrag dekt de bouw van de koppeling met de lijnstraat niet.",
  models="",
  issues=[
    E("epic", "Monsterroutering - bouw van de planner", "2025-03-10", "2025-03-17>prog 2026-02-13>blk", fv="Routering 1.0",
      cm=[("2025-10-21", "nelamrani", "Planner werkt in de simulatie: 22% kortere doorlooptijd."),
          ("2026-01-20", "hvos", "Raad van bestuur bevriest alle niet-wettelijke investeringen voor 2026."),
          ("2026-02-13", "nelamrani", "Nog 5k over; de leverancier vraagt 120k voor de koppeling. Pauze.")]),
  ],
  truth=("STALLED", "ENGINEERING", "COST_FUNDING", "COST_FUNDING",
         "gepauzeerd; bouw -> ENGINEERING; budget bevroren, onvoldoende geld"))

I(27, site="nl", name="Plaagdetectie op vangplaten", bu="Glastuinbouw Westland", sponsor="Pieter Verbeek",
  owner="Sanne Bakker", tech="computer-vision", bob="build", rstage="prototype", status="actief",
  start="2025-05-05", target="2026-05-31", prod="", closed="", bp=110000, bs=84000, cur="EUR",
  kpi="dagen tot eerste ingreep bij witte vlieg", base="9", tgt="3", audit="yes", link="epic", pkey="LAB",
  closure="", notes="", models="",
  issues=[
    E("epic", "Vangplaten: prototype telling witte vlieg en trips", "2025-05-12", "2025-05-19>prog", fv="PoC vangplaten",
      cm=[("2025-08-19", "sbakker", "12.000 foto's, door twee gewasbeschermers gelabeld. Mooie set."),
          ("2025-11-25", "pverbeek", "Volgende teeltoverleg is op 9 december, graag een korte update."),
          ("2026-01-13", "sbakker", "Trips zijn op de foto's 1-2 pixels groot; ook met de 12MP-camera niet van stof te onderscheiden, witte vlieg gaat wel. Met deze opzet lukt het niet."),
          ("2026-02-10", "sbakker", "Camera's weer opgeruimd, kas 7 is leeg voor de nieuwe teelt.")]),
    E("story", "Test met hogere resolutie camera", "2025-12-01", "2025-12-08>prog 2026-02-10>done"),
  ],
  truth=("STALLED", "PROTOTYPE", "TECHNICAL_FEASIBILITY", "TECHNICAL_FEASIBILITY",
         "geen activiteit sinds 2026-02-10; prototype -> PROTOTYPE; LAB-epic in jira_keys, story via fields.epic; trips niet detecteerbaar (één comment tussen chatter); data goed (afleider)"))

I(30, site="nl", name="Gepersonaliseerde nieuwsapp", bu="Omroep Lindeveld", sponsor="Marco de Wit",
  owner="Karin Hofman", tech="recommendation", bob="build", rstage="strategie", status="gestopt",
  start="2025-04-07", target="", prod="", closed="2026-01-16", bp=100000, bs=38000, cur="EUR",
  kpi="dagelijkse gebruikers app", base="61k", tgt="80k", audit="", link="proj", pkey="NWS",
  closure="After the newsroom reorganisation nobody owned the initiative: the digital director who sponsored it left and the new editor-in-chief and the product team each expected the other to decide.",
  notes="", models="",
  issues=[
    E("epic", "Nieuwsapp - strategie voor personalisatie", "2025-04-14", "2025-04-21>prog 2026-01-16>wont",
      cm=[("2025-07-08", "khofman", "Strategiestuk besproken met Marco, positief."),
          ("2025-09-30", "khofman", "Marco vertrekt per 1 november. Redactie en product kijken naar elkaar."),
          ("2025-12-02", "rsmit", "Drie keer geprobeerd een beslismoment te plannen, telkens afgezegd."),
          ("2026-01-16", "khofman", "Geen eigenaar, dus gestopt.")]),
  ],
  truth=("CANCELLED", "STRATEGY", "OWNERSHIP_SPONSORSHIP", "OWNERSHIP_SPONSORSHIP",
         "gestopt 2026-01-16; strategie -> STRATEGY; closure (Engels): sponsor weg, niemand eigenaar"))

I(33, site="nl", name="Samenvatten van pathologieverslagen", bu="Klinisch Laboratorium", sponsor="Dr. Hanneke Vos",
  owner="Joost Mulder", tech="genai-assistant", bob="buy", rstage="proof of concept", status="geannuleerd",
  start="2025-06-02", target="2026-06-30", prod="", closed="2026-04-10", bp=90000, bs=52000, cur="EUR",
  kpi="", base="", tgt="", audit="yes", link="proj", pkey="PATH",
  closure="",
  notes="", models="",
  issues=[
    E("epic", "Pathologie - proof of concept samenvattingen met taalmodel", "2025-06-09", "2025-06-16>prog 2026-04-10>wont",
      cm=[("2025-08-26", "jmulder", "Samenvattingen zien er goed uit op geanonimiseerde voorbeelden."),
          ("2025-10-21", "jmulder", "De functionaris gegevensbescherming staat niet toe dat echte verslagen naar het model van de leverancier gaan; servers in de VS."),
          ("2026-01-13", "hvos", "CISO: geen verwerkersovereenkomst, geen pentest-rapport. Security-review afgewezen."),
          ("2026-02-24", "jmulder", "Medisch-ethische commissie wil bovendien een volledig protocol. Het bleek een doodlopende weg."),
          ("2026-04-10", "hvos", "Gesloten.")]),
  ],
  truth=("CANCELLED", "PROTOTYPE", "SECURITY_COMPLIANCE", "SECURITY_COMPLIANCE",
         "geannuleerd 2026-04-10, lege closure_reason; proof of concept -> PROTOTYPE; FG, CISO, security-review, METC"))

I(36, site="nl", name="Melkgiftvoorspelling", bu="Zuivelcoöperatie", sponsor="Gerrit Hoekstra",
  owner="Lotte Jansen", tech="forecasting", bob="build", rstage="ontwikkeling", status="geannuleerd",
  start="2025-01-06", target="2025-12-31", prod="", closed="2026-03-06", bp=130000, bs=96000, cur="EUR",
  kpi="afwijking melkplanning fabriek", base="6%", tgt="3%", audit="yes", link="proj", pkey="MELK",
  closure="De twee data scientists die het model bouwden zijn in het najaar vertrokken; de vacatures bleven onvervuld en niemand in het team kan de pipeline onderhouden.",
  notes="", models="",
  issues=[
    E("epic", "Melkgift - ontwikkeling voorspelling per bedrijf", "2025-01-13", "2025-01-20>prog 2026-03-06>wont",
      cm=[("2025-06-17", "ljansen", "Eerste versie: 4,1% afwijking."),
          ("2025-10-07", "ljansen", "Tim en Yara vertrekken allebei per november."),
          ("2026-01-20", "ghoekstra", "Vacature 11 weken open, twee reacties, geen geschikte."),
          ("2026-02-17", "ljansen", "Probeer het model opnieuw te trainen maar ik snap hun feature-code niet.")]),
  ],
  truth=("CANCELLED", "ENGINEERING", "SKILLS_GAP", "SKILLS_GAP",
         "geannuleerd 2026-03-06; ontwikkeling -> ENGINEERING; mensen vertrokken, vacatures open"))

I(39, site="nl", name="Optimalisatie van zaalroosters", bu="Universiteit Lindeveld", sponsor="Prof. Marijke Dekker",
  owner="Bram Visser", tech="optimisation", bob="build", rstage="uitrol", status="actief",
  start="2025-01-13", target="2025-09-01", prod="", closed="", bp=170000, bs=160000, cur="EUR",
  kpi="zaalbezetting", base="58%", tgt="70%", audit="yes", link="proj", pkey="ZAAL",
  closure="", notes="", models="",
  issues=[
    E("epic", "Zaalroosters - bouw optimalisator", "2025-01-20", "2025-01-27>prog 2025-07-04>done"),
    E("epic", "Uitrol naar roosterbureau", "2025-07-07", "2025-07-14>prog 2026-01-27>blk", fv="Uitrol roosters 2025",
      cm=[("2025-09-23", "bvisser", "Het roosterpakket kan geen extern voorstel importeren; alles moet met de hand overgenomen."),
          ("2025-11-25", "jmulder", "Leverancier van het roosterpakket: API alleen in de nieuwe versie, upgrade gepland voor 2027."),
          ("2026-01-27", "bvisser", "CSV-export lukt, import niet. Geblokkeerd tot de upgrade."),
          ("2026-03-03", "bvisser", "Roosteraars willen het wél graag gebruiken zodra het erin zit.")]),
  ],
  truth=("STALLED", "DEPLOYMENT", "INTEGRATION", "INTEGRATION",
         "geen activiteit sinds 2026-03-03; uitrol geblokkeerd -> DEPLOYMENT; roosterpakket zonder import/API; roosteraars willen het (afleider)"))

I(42, site="nl", name="Spraak-naar-tekst voor het archief", bu="Omroep Lindeveld", sponsor="Erik Brouwer",
  owner="Ruben Smit", tech="speech", bob="build", rstage="ontwikkeling", status="actief",
  start="2026-02-02", target="2027-02-28", prod="", closed="", bp=200000, bs=90000, cur="EUR",
  kpi="archiefuren doorzoekbaar", base="0", tgt="40.000", audit="yes", link="proj", pkey="ARCH",
  closure="", notes="", models="",
  issues=[
    E("epic", "Archief - prototype transcriptie", "2026-02-09", "2026-02-16>prog 2026-05-22>done"),
    E("epic", "Archief: ontwikkeling zoekindex", "2026-05-25", "2026-06-01>prog",
      cm=[("2026-08-18", "rsmit", "1.200 uur getranscribeerd en geïndexeerd."),
          ("2026-09-22", "rsmit", "Zoekfunctie getest door de documentalisten.")]),
  ],
  truth=("ACTIVE", "", "", "", "activiteit 2026-09-22"))

I(45, site="nl", name="Voorspelling doorlooptijd labuitslagen", bu="Klinisch Laboratorium", sponsor="Dr. Hanneke Vos",
  owner="Noor El Amrani", tech="regression", bob="build", rstage="beheer", status="uit gebruik",
  start="2024-03-04", target="2024-12-31", prod="2024-12-09", closed="2026-06-30", bp=70000, bs=64000, cur="EUR",
  kpi="telefoontjes over uitslagstatus", base="300/week", tgt="150/week", audit="yes", link="proj", pkey="TAT",
  closure="Uit gebruik genomen bij de overstap naar het nieuwe LIS, dat zelf een verwachte tijd toont.",
  notes="", models="tat-gbm",
  issues=[
    E("epic", "Doorlooptijdmodel - ontwikkeling", "2024-03-11", "2024-03-18>prog 2024-10-25>done"),
    E("epic", "Livegang in het afdelingsportaal", "2024-10-28", "2024-11-04>prog 2024-12-09>done",
      cm=[("2024-12-09", "nelamrani", "Live in het portaal."),
          ("2026-06-30", "hvos", "Uitgezet; nieuwe LIS neemt het over.")]),
  ],
  truth=("IN_PRODUCTION", "", "", "", "production_date 2024-12-09; later uit gebruik (closed 2026-06-30) - blijft IN_PRODUCTION"))

I(48, site="nl", name="Bezoekerschatbot", bu="Museum Lindeveld", sponsor="Wim Peeters",
  owner="Fleur van Dijk", tech="genai-assistant", bob="buy", rstage="prototype", status="actief",
  start="2025-08-04", target="2026-04-30", prod="", closed="", bp=60000, bs=41000, cur="EUR",
  kpi="vragen aan de balie per dag", base="420", tgt="300", audit="yes", link="label", pkey="LAB",
  closure="", notes="", models="",
  issues=[
    E("epic", "Chatbot bezoekers - prototype in de hal", "2025-08-11", "2025-08-18>prog", fv="Prototype hal",
      cm=[("2025-10-14", "fvandijk", "Zuil met chatbot staat twee weken in de hal."),
          ("2025-11-11", "fvandijk", "Gebruik: 14 gesprekken per dag op 2.000 bezoekers. Mensen lopen er gewoon langs naar de balie."),
          ("2025-12-16", "kvdberg", "Baliemedewerkers verwijzen er niet naar, ze vinden het 'onpersoonlijk'."),
          ("2026-02-03", "fvandijk", "Antwoorden zijn verder prima, techniek werkt."),
          ("2026-03-10", "fvandijk", "Tijdelijk uit tot we weten hoe we mensen erheen krijgen.")]),
  ],
  truth=("STALLED", "PROTOTYPE", "USER_ADOPTION", "USER_ADOPTION",
         "geen activiteit sinds 2026-03-10; prototype -> PROTOTYPE; label initiative:BG-48 in LAB; bezoekers en baliemedewerkers gebruiken het niet"))

I(51, site="nl", name="Klimaatadvies voor kassen", bu="Glastuinbouw Westland", sponsor="Pieter Verbeek",
  owner="Sanne Bakker", tech="optimisation", bob="partner", rstage="beheer", status="in productie",
  start="2024-06-03", target="2025-03-31", prod="2025-03-17", closed="", bp=240000, bs=236000, cur="EUR",
  kpi="gasverbruik per m2", base="31", tgt="27", audit="yes", link="proj", pkey="KLIM",
  closure="", notes="", models="klimaat-rl",
  issues=[
    E("epic", "Klimaatadvies - realisatie met partner", "2024-06-10", "2024-06-17>prog 2025-02-14>done"),
    E("epic", "Implementatie in 6 kassen", "2025-02-17", "2025-02-24>prog 2025-03-17>done",
      cm=[("2025-03-17", "sbakker", "Live in alle zes kassen."),
          ("2026-09-15", "pverbeek", "Gas per m2 over het jaar: 27,4.")]),
  ],
  truth=("IN_PRODUCTION", "", "", "", "production_date 2025-03-17"))

I(54, site="nl", name="Anomaliedetectie bij online tentamens", bu="Universiteit Lindeveld", sponsor="Prof. Marijke Dekker",
  owner="Joost Mulder", tech="anomaly-detection", bob="build", rstage="ontwikkeling", status="on hold",
  start="2025-03-03", target="2026-01-31", prod="", closed="", bp=120000, bs=70000, cur="EUR",
  kpi="fraudezaken per 1000 tentamens", base="", tgt="", audit="yes", link="proj", pkey="TENT",
  closure="", notes="On hold: ethics committee and the data protection officer have not approved the use of webcam and keystroke data; a DPIA and student-council consent are outstanding.",
  models="",
  issues=[
    E("epic", "Tentamens - prototype op testdata", "2025-03-10", "2025-03-17>prog 2025-07-11>done"),
    E("epic", "Tentamens: bouw detectieservice", "2025-07-14", "2025-07-21>prog 2026-01-16>blk",
      cm=[("2025-10-28", "jmulder", "FG wil een DPIA voor webcambeelden en toetsaanslagen."),
          ("2026-01-16", "mdekker", "Ethische commissie: niet zonder instemming van de universiteitsraad."),
          ("2026-05-19", "jmulder", "Universiteitsraad agendeert het pas na de zomer.")]),
  ],
  truth=("STALLED", "ENGINEERING", "SECURITY_COMPLIANCE", "SECURITY_COMPLIANCE",
         "registry on hold; bouw -> ENGINEERING; ethische commissie, FG, DPIA"))

I(57, site="nl", name="Kijkcijferprognose", bu="Omroep Lindeveld", sponsor="Erik Brouwer",
  owner="Karin Hofman", tech="forecasting", bob="build", rstage="prototype", status="actief",
  start="2025-04-07", target="2026-03-31", prod="", closed="", bp=90000, bs=88000, cur="EUR",
  kpi="afwijking kijkcijferprognose", base="18%", tgt="10%", audit="yes", link="proj", pkey="KIJK",
  closure="", notes="", models="",
  issues=[
    E("epic", "Kijkcijfers - prototype prognose per programma", "2025-04-14", "2025-04-21>prog", fv="Prototype prognose",
      cm=[("2025-09-09", "khofman", "Prognose 12% afwijking op het najaarsseizoen."),
          ("2025-12-09", "khofman", "De subsidie van het mediafonds loopt eind december af. Er is 2k over."),
          ("2026-01-27", "ebrouwer", "Geen dekking in de begroting 2026 voor het vervolg; we moeten eerst geld vinden."),
          ("2026-03-03", "khofman", "Fondsaanvraag afgewezen.")]),
  ],
  truth=("STALLED", "PROTOTYPE", "COST_FUNDING", "COST_FUNDING",
         "geen activiteit sinds 2026-03-03; prototype -> PROTOTYPE; subsidie op, geen begroting, fondsaanvraag afgewezen"))

I(60, site="nl", name="Voeradvies via de voerrobot", bu="Zuivelcoöperatie", sponsor="Gerrit Hoekstra",
  owner="Lotte Jansen", tech="optimisation", bob="build", rstage="prototype", status="geannuleerd",
  start="2025-05-05", target="2026-04-30", prod="", closed="2026-02-20", bp=100000, bs=62000, cur="EUR",
  kpi="voerkosten per 100 kg melk", base="", tgt="", audit="yes", link="proj", pkey="VOER",
  closure="Het advies kon niet naar de voerrobots: beide merken hebben een gesloten protocol en de leveranciers geven geen koppelmogelijkheid vrij.",
  notes="", models="",
  issues=[
    E("epic", "Voeradvies - prototype rantsoenberekening", "2025-05-12", "2025-05-19>prog 2026-02-20>wont",
      cm=[("2025-08-12", "ljansen", "Rantsoenvoorstel klaar, nutritionist akkoord."),
          ("2025-10-21", "ljansen", "Voerrobot merk A: geen API, alleen hun eigen app. Merk B: 'koppelingen alleen via gecertificeerde partners'."),
          ("2026-01-13", "ghoekstra", "Handmatig overtypen in de robot doet geen boer.")]),
  ],
  truth=("CANCELLED", "PROTOTYPE", "INTEGRATION", "INTEGRATION",
         "geannuleerd 2026-02-20; prototype -> PROTOTYPE; gesloten robotprotocollen"))

I(63, site="nl", name="Verkenning bezoekersstromen", bu="Museum Lindeveld", sponsor="Wim Peeters",
  owner="Karin van den Berg", tech="", bob="", rstage="", status="actief",
  start="2025-10-06", target="", prod="", closed="", bp=30000, bs=8000, cur="EUR",
  kpi="", base="", tgt="", audit="", link="proj", pkey="STROOM",
  closure="", notes="", models="",
  issues=[
    E("epic", "Bezoekersstromen - verkenning met wifi-tellingen", "2025-10-13", "2025-10-20>prog",
      cm=[("2025-11-04", "kvdberg", "Eerste overleg gepland."),
          ("2025-12-09", "kvdberg", "Verslag in de map."),
          ("2026-01-20", "fvandijk", "Bedankt, ik lees het."),
          ("2026-02-17", "kvdberg", "Afspraak verzet naar maart.")]),
  ],
  truth=("STALLED", "DISCOVERY", "UNKNOWN", "UNKNOWN",
         "geen activiteit sinds 2026-02-17; registry_stage leeg, epic 'verkenning' -> DISCOVERY; alleen logistiek"))

I(66, site="nl", name="Aanbevelingen in de bibliotheekcatalogus", bu="Universiteit Lindeveld", sponsor="Prof. Marijke Dekker",
  owner="Joost Mulder", tech="recommendation", bob="build", rstage="proof of concept", status="geannuleerd",
  start="2025-02-03", target="2025-12-31", prod="", closed="2026-04-17", bp=90000, bs=71000, cur="EUR",
  kpi="leningen via aanbeveling", base="0", tgt="5%", audit="yes", link="proj", pkey="BIBL",
  closure="De proof of concept draaide alleen als notebook op een werkplek; er is geen omgeving om het model in productie te hosten, te monitoren of opnieuw te trainen, en de catalogusleverancier host geen eigen modellen.",
  notes="", models="",
  issues=[
    E("epic", "Catalogus - proof of concept aanbevelingen", "2025-02-10", "2025-02-17>prog 2026-04-17>wont",
      cm=[("2025-06-10", "jmulder", "Offline test: 9% van de leningen had in de top 5 gestaan."),
          ("2025-10-14", "jmulder", "Waar gaat dit draaien? Het notebook draait op mijn werkplek, handmatig elke week."),
          ("2026-01-13", "bvisser", "ICT heeft geen hosting voor Python-services en geen monitoring."),
          ("2026-04-17", "mdekker", "Stoppen; zonder productieomgeving heeft het geen zin.")]),
  ],
  truth=("CANCELLED", "PROTOTYPE", "PRODUCTION_ARCHITECTURE", "PRODUCTION_ARCHITECTURE",
         "geannuleerd 2026-04-17; proof of concept -> PROTOTYPE; geen hosting, monitoring, hertraining"))

I(69, site="nl", name="Automatische validatie van uitslagen", bu="Klinisch Laboratorium", sponsor="Dr. Hanneke Vos",
  owner="Noor El Amrani", tech="classification", bob="build", rstage="ontwikkeling", status="geannuleerd",
  start="2025-01-13", target="2026-01-31", prod="", closed="2026-05-29", bp=260000, bs=230000, cur="EUR",
  kpi="uitslagen automatisch gevalideerd", base="35%", tgt="70%", audit="yes", link="epic", pkey="LAB",
  closure="Stopped: the validation engine could not be connected to the laboratory information system; the LIS vendor only supports its own rule engine and the HL7 feed back into the EHR was refused.",
  notes="", models="",
  issues=[
    E("epic", "Validatie - ontwikkeling van de validatieregels met ML", "2025-01-20", "2025-01-27>prog 2026-05-29>wont", fv="Autovalidatie 1.0",
      cm=[("2025-06-24", "nelamrani", "Model valideert 68% van de uitslagen correct in retrospectieve test."),
          ("2025-11-04", "nelamrani", "LIS-leverancier: externe validatie wordt niet ondersteund, alleen hun regelmotor."),
          ("2026-03-10", "hvos", "HL7-terugkoppeling naar het EPD afgewezen door de EPD-beheerder.")]),
    E("story", "HL7-koppeling validatieresultaat", "2025-11-05", "2025-11-10>prog 2026-03-10>blk"),
  ],
  truth=("CANCELLED", "ENGINEERING", "INTEGRATION", "INTEGRATION",
         "geannuleerd 2026-05-29; ontwikkeling -> ENGINEERING; LAB-epic in jira_keys; LIS/EPD-koppeling onmogelijk"))

I(72, site="nl", name="Energiehandel-assistent voor telers", bu="Glastuinbouw Westland", sponsor="Pieter Verbeek",
  owner="Sanne Bakker", tech="forecasting", bob="build", rstage="uitrol", status="gepauzeerd",
  start="2024-10-07", target="2025-10-31", prod="", closed="", bp=180000, bs=175000, cur="EUR",
  kpi="energiekosten per m2", base="", tgt="", audit="yes", link="proj", pkey="ENRG",
  closure="", notes="Gepauzeerd: de uitrol naar de eerste 10 telers is nooit afgerond omdat er steeds modules bijkwamen (warmtekrachtkoppeling, CO2-inkoop, onbalansmarkt, rapportage voor de bank).",
  models="",
  issues=[
    E("epic", "Energiehandel - bouw prijsprognose", "2024-10-14", "2024-10-21>prog 2025-05-23>done"),
    E("epic", "Uitrol assistent naar 10 telers", "2025-05-26", "2025-06-02>prog", fv="Uitrol telers v1",
      cm=[("2025-08-19", "sbakker", "Telers vragen ook WKK-sturing erbij voor de uitrol."),
          ("2025-11-11", "sbakker", "Nu ook CO2-inkoop en de onbalansmarkt. Uitrol opnieuw verschoven."),
          ("2026-02-24", "pverbeek", "En de bank wil een maandrapport. Versie 1 is nu drie keer zo groot."),
          ("2026-05-12", "sbakker", "Gepauzeerd tot we het pakket voor v1 terugbrengen.")]),
    E("story", "Module onbalansmarkt", "2025-11-12", "2025-11-17>prog"),
  ],
  truth=("STALLED", "DEPLOYMENT", "SCOPE_CREEP", "SCOPE_CREEP",
         "gepauzeerd; uitrol -> DEPLOYMENT; steeds meer modules"))

I(75, site="nl", name="Controle luidheid reclameblokken", bu="Omroep Lindeveld", sponsor="Erik Brouwer",
  owner="Ruben Smit", tech="audio-classification", bob="build", rstage="beheer", status="in productie",
  start="2025-01-06", target="2025-06-30", prod="2025-06-23", closed="", bp=60000, bs=58000, cur="EUR",
  kpi="klachten over luide reclame", base="120/jaar", tgt="20/jaar", audit="yes", link="proj", pkey="LUID",
  closure="", notes="", models="",
  issues=[
    E("epic", "Luidheid - ontwikkeling detector", "2025-01-13", "2025-01-20>prog 2025-05-16>done"),
    E("epic", "Livegang in de uitzendstraat", "2025-05-19", "2025-05-26>prog 2025-06-23>done",
      cm=[("2025-06-23", "rsmit", "Live in de uitzendstraat."),
          ("2026-08-25", "rsmit", "Klachten dit jaar tot nu toe: 6.")]),
  ],
  truth=("IN_PRODUCTION", "", "", "", "production_date 2025-06-23"))

I(78, site="nl", name="Afkalfvoorspelling", bu="Zuivelcoöperatie", sponsor="Gerrit Hoekstra",
  owner="Lotte Jansen", tech="classification", bob="build", rstage="prototype", status="actief",
  start="2026-03-02", target="2027-01-31", prod="", closed="", bp=80000, bs=30000, cur="EUR",
  kpi="kalveren met geboortecomplicaties", base="7%", tgt="5%", audit="yes", link="proj", pkey="KALF",
  closure="", notes="", models="",
  issues=[
    E("epic", "Afkalven - prototype op halsbanddata", "2026-03-09", "2026-03-16>prog", fv="Prototype afkalven",
      cm=[("2026-07-14", "ljansen", "Voorspelt 80% van de afkalvingen binnen 12 uur."),
          ("2026-09-01", "ghoekstra", "Drie leden willen meedoen aan de test in oktober.")]),
  ],
  truth=("ACTIVE", "", "", "", "activiteit 2026-09-01"))

# ----------------------------------------------------------------------------------------------
# Extra comments: chatter, other languages, and noise around the evidence.
# id -> [(issue index, date, author, text)]
# ----------------------------------------------------------------------------------------------
EXTRA = {
  1: [(1, "2025-09-02", "lfinch", "Standup moved to 09:15 while the gantry works are on.")],
  5: [(0, "2025-04-08", "evidal", "Reunión de arranque el jueves, sala Alborán."),
      (0, "2025-06-17", "dparedes", "Subida la documentación del backtest a Confluence."),
      (0, "2025-08-05", "evidal", "Vacaciones: del 11 al 22 me cubre Diego.")],
  13: [(0, "2025-07-01", "jmorgan", "Renamed the alarm columns to the vendor's naming."),
       (1, "2026-01-20", "praman", "Can we demo this at the October townhall? Slides welcome.")],
  16: [(1, "2025-07-08", "sbrennan", "Sprint review moved to Wednesday.")],
  17: [(0, "2025-06-10", "scampos", "Acta de la reunión con geología en la carpeta del proyecto."),
       (0, "2025-10-21", "tarranz", "Buen avance, gracias.")],
  20: [(1, "2025-09-16", "miglesias", "Plan de formación enviado a los dos hoteles."),
       (1, "2025-11-04", "ribanez", "Cambio de sala para la revisión del martes.")],
  22: [(0, "2025-11-25", "cwhitlock", "Apologies, can't make Thursday. Send me the deck.")],
  27: [(0, "2025-06-24", "sbakker", "Camera's opgehangen in kas 4 en 7."),
       (0, "2025-09-30", "pverbeek", "Goed werk, ik neem het mee naar het teeltoverleg.")],
  28: [(0, "2026-04-02", "sbrennan", "Site visit to Harlow on the 14th, hard hats required.")],
  29: [(0, "2025-03-11", "mserrano", "Repositorio creado, acceso para todo el equipo."),
       (0, "2025-09-23", "imontero", "Reunión de la junta aplazada al día 30.")],
  31: [(0, "2025-03-04", "mkowalski", "Pinned the label taxonomy in the channel."),
       (1, "2025-10-14", "jmorgan", "Change advisory board slot requested for November.")],
  36: [(0, "2025-03-18", "ljansen", "Data van 210 bedrijven binnen, netjes compleet."),
       (0, "2025-09-02", "ghoekstra", "Bedankt voor de presentatie op de ledendag.")],
  39: [(1, "2025-08-26", "bvisser", "Overleg met het roosterbureau verplaatst naar dinsdag.")],
  42: [(1, "2026-07-07", "rsmit", "Zomerrooster: demo's schuiven twee weken op.")],
  44: [(0, "2025-10-07", "bnieto", "Reunión con proveedores el 16, orden del día adjunto.")],
  46: [(0, "2025-09-09", "tadeyemi", "Depot map layers imported."),
       (0, "2026-01-13", "lfinch", "Happy new year all, planning session on the 20th.")],
  47: [(0, "2025-05-13", "hbenitez", "Cámaras instaladas en las palas 3 y 5."),
       (0, "2025-09-02", "tarranz", "Gracias por el informe de julio.")],
  50: [(0, "2025-05-20", "evidal", "Kick-off hecho, acta en la carpeta."),
       (0, "2025-10-07", "ribanez", "Reunión trimestral el 21, en Málaga.")],
  52: [(0, "2025-12-02", "dokafor", "Christmas shutdown: cranes 3 and 4 down for maintenance 22-29 Dec.")],
  54: [(1, "2025-09-16", "jmulder", "Testomgeving opnieuw ingericht na de migratie.")],
  56: [(0, "2025-06-10", "dparedes", "Conexión con el extracto de tesorería hecha, sin incidencias."),
       (0, "2025-10-14", "bnieto", "Reunión de seguimiento movida al viernes.")],
  57: [(0, "2025-06-03", "khofman", "Data van de kijkcijferpanels binnen, netjes per kwartier."),
       (0, "2025-10-14", "rsmit", "Dashboard-kleuren aangepast aan de huisstijl.")],
  59: [(0, "2025-05-13", "aroldan", "Estaciones nuevas dadas de alta en el inventario."),
       (0, "2025-12-02", "mserrano", "Cierre de sprint movido por el puente.")],
  61: [(1, "2026-03-03", "jmorgan", "Vendor call moved to next week.")],
  63: [(0, "2025-11-25", "kvdberg", "Planning meeting with the wifi supplier postponed, new date TBC.")],
  66: [(0, "2025-04-08", "jmulder", "Uitleendata 2019-2024 ontvangen van de catalogusleverancier, compleet.")],
  69: [(0, "2025-03-04", "nelamrani", "Overleg met de analisten gepland op donderdag."),
       (0, "2025-09-09", "hvos", "Bedankt voor de tussenstand.")],
  70: [(0, "2025-04-15", "lfinch", "Camera mounted above hopper 2.")],
  72: [(1, "2025-07-08", "sbakker", "Demo voor de telersvereniging staat op 17 juli.")],
  73: [(1, "2025-07-15", "cpryce", "Depot visits scheduled: Carden 22nd, Eastgate 24th.")],
  76: [(1, "2025-10-14", "sbrennan", "Tablet app build 4.2 pushed to the north crews.")],
  80: [(1, "2026-07-07", "lferrer", "Reunión con la cofradía el martes.")],
}

# ----------------------------------------------------------------------------------------------
# More stories (mostly on the Dutch board, where they become Agile sprint pages). They attach to
# the initiative's last epic.
# ----------------------------------------------------------------------------------------------
MORE_ISSUES = {
  3: [E("story", "Inventarisatie van AI-tools per faculteit", "2025-09-22", "2025-09-29>prog 2025-11-14>done",
        cm=[("2025-11-14", "bvisser", "Lijst van 31 tools opgeleverd, met licentiekosten.")])],
  6: [E("story", "Labelprotocol voor blasten en lymfocyten", "2025-03-03", "2025-03-10>prog 2025-05-13>done"),
      E("story", "Extra beelden uit het archief 2023", "2025-09-01", "2025-09-08>prog 2025-12-19>wont",
        cm=[("2025-10-07", "nelamrani", "40k beelden geëxporteerd, labeling door de analisten loopt.")])],
  9: [E("story", "Live-ondertiteling koppelen aan de uitzendstraat", "2025-06-02", "2025-06-09>prog 2026-05-15>wont",
        cm=[("2025-10-28", "rsmit", "Latentie 4 seconden, de eindredactie vindt dat acceptabel.")]),
      E("story", "Ondertiteling voor podcasts", "2025-12-10", "")],
  12: [E("story", "Instructievideo voor leden", "2025-07-01", "2025-07-07>prog 2025-08-15>done",
         cm=[("2025-09-30", "ljansen", "Video staat op de ledenportal; 37 keer bekeken.")])],
  15: [E("story", "Proefset van 500 objecten met trefwoorden", "2025-07-01", "2025-07-07>prog 2025-10-01>done",
         cm=[("2025-10-01", "fvandijk", "Partner leverde de trefwoorden; conservatoren zijn tevreden over 80%.")])],
  18: [E("story", "API-koppeling met de afzetplanning", "2026-05-11", "2026-05-18>prog 2026-08-13>done"),
       E("story", "Prognose per kas in het telersportaal", "2026-09-24", "2026-09-28>prog")],
  21: [E("story", "Dashboard voor studieadviseurs", "2025-07-07", "2025-07-14>prog 2025-08-22>done")],
  24: [E("story", "Simulatie van de lijnstraat", "2025-04-01", "2025-04-07>prog 2025-10-21>done")],
  30: [E("story", "Gebruikersonderzoek personalisatie", "2025-05-05", "2025-05-12>prog 2025-07-01>done",
         cm=[("2025-07-01", "khofman", "62% van de ondervraagden wil een persoonlijke selectie.")])],
  33: [E("story", "Geanonimiseerde testset samenstellen", "2025-06-23", "2025-06-30>prog 2025-08-20>done")],
  36: [E("story", "Feature-pipeline herschrijven", "2026-01-20", "2026-01-21>prog 2026-03-06>wont",
         cm=[("2026-02-17", "ljansen", "De README is leeg en de notebooks hebben geen volgorde.")])],
  39: [E("story", "Importformaat roosterpakket uitzoeken", "2025-09-22", "2025-09-23>prog 2026-01-27>blk")],
  42: [E("story", "Zoekinterface voor documentalisten", "2026-08-03", "2026-08-04>prog 2026-09-22>rev")],
  45: [E("story", "Weergave verwachte tijd in het portaal", "2024-11-04", "2024-11-05>prog 2024-12-06>done")],
  48: [E("story", "Museumvragen en antwoorden laden", "2025-08-18", "2025-08-19>prog 2025-10-10>done")],
  51: [E("story", "Maandrapport gasverbruik", "2026-09-01", "2026-09-02>prog 2026-09-15>done")],
  54: [E("story", "DPIA opstellen met de FG", "2025-10-28", "2025-10-29>prog 2026-05-19>blk")],
  57: [E("story", "Vervolgaanvraag mediafonds", "2026-01-05", "2026-01-06>prog 2026-03-03>done",
         cm=[("2026-01-27", "khofman", "Aanvraag ingediend.")])],
  60: [E("story", "Koppeling voerrobot merk A onderzoeken", "2025-09-01", "2025-09-02>prog 2026-02-20>wont")],
  63: [E("story", "Wifi-telgegevens opvragen", "2025-10-27", "2025-10-28>prog",
         cm=[("2026-02-03", "kvdberg", "Agendapunt voor het volgende overleg.")])],
  66: [E("story", "Wekelijkse batch aanbevelingen", "2025-06-16", "2025-06-17>prog 2025-10-14>done")],
  75: [E("story", "Drempelwaarden EBU R128 instellen", "2025-05-26", "2025-05-27>prog 2025-06-20>done")],
  78: [E("story", "Halsbanddata importeren", "2026-03-16", "2026-03-17>prog 2026-06-30>done"),
       E("story", "Testopzet met drie leden in oktober", "2026-09-02", "2026-09-03>prog")],
  11: [E("story", "Lectura de sensores TPMS desde el sistema de flota", "2026-03-16", "2026-03-17>prog 2026-05-08>done",
         cm=[("2026-05-08", "scampos", "Lecturas cada 10 minutos de los 34 camiones.")])],
  49: [E("story", "Alert queue to the case tool", "2026-06-15", "2026-06-16>prog 2026-08-12>done")],
  64: [E("story", "Alert wording review with controllers", "2025-08-26", "2025-08-27>prog 2025-09-12>done",
         cm=[("2025-09-12", "ahussain", "Controllers prefer 'running late' over 'anomaly'. Changed.")])],
}
