"""Hand-written specification of the 60 initiatives of the blind set 2026-12c.

Each entry: registry row (reg), Jira issues (status codes todo/prog/rev/done/block/wont are
rendered in the site's language by make_portfolio.py), and the label a careful reader gives
(outcome, stall_stage, primary_cause, acceptable_causes, note). As-of date 2026-10-01.
Issue dates are 'YYYY-MM-DD' (time of day derived deterministically) or 'YYYY-MM-DD HH:MM'.
"""

E = "Epic"
S = "Story"
T = "Task"

INITIATIVES = []


def add(**kw):
    INITIATIVES.append(kw)


# ------------------------------------------------------------------ BC-01
add(id="BC-01", fmt="csv", lang="en", project_name="Dock Scheduling",
    people=["Wiebke Janssen", "Tomasz Wrona", "Ruud Verbeek"],
    reg=dict(name="DockSlot - dock door slot recommender", business_unit="Contract Logistics NL",
             sponsor="Ruud Verbeek", owner="Wiebke Janssen", ai_technique="optimisation",
             build_or_buy="build", registry_stage="PoC", status="active",
             start_date="2025-11-03", target_production_date="2026-09-30", budget_planned="140000",
             budget_spent="61000", currency="EUR",
             success_kpi="average truck waiting time at gate", kpi_baseline="47 min",
             kpi_target="25 min", data_audit_completed="no", jira_keys="DOCK"),
    issues=[
        dict(key="DOCK-1", type=E, summary="Dock door slot recommender - proof of concept",
             created="2025-11-04", hist=[("2025-11-10", "prog")],
             com=[("2026-03-18", "Tomasz Wrona",
                   "Budget is not the constraint here, finance already released the second "
                   "tranche.")]),
        dict(key="DOCK-2", summary="Pull gate-in / gate-out events from the YMS", epic="DOCK-1",
             created="2025-11-12", hist=[("2025-11-20", "prog"), ("2026-01-28", "done")],
             sprint=["DOCK Sprint 1", "DOCK Sprint 2"],
             com=[("2026-01-20", "Wiebke Janssen",
                   "Gate events in the yard system only go back to May last year. Before that the "
                   "gatehouse logged arrivals on paper sheets, which are in a box in Venlo."),
                  ("2026-03-05", "Wiebke Janssen",
                   "Tried to backfill from the carriers' ASN messages: 40% of trucks never send "
                   "one and the rest carry the booked slot, not the actual arrival. So we have "
                   "no usable history for the peak weeks, which is exactly what we need.")]),
        dict(key="DOCK-3", summary="Baseline: first-come-first-served simulation", epic="DOCK-1",
             created="2025-12-01", hist=[("2025-12-03", "prog"), ("2026-02-11", "done")],
             sprint=["DOCK Sprint 2"],
             com=[("2026-02-11", "Tomasz Wrona", "Sim runs in 3 min now, pushed to the repo.")]),
        dict(key="DOCK-4", type=E, summary="MVP build - slot service for the Venlo DC",
             created="2026-02-02",
             desc="Placeholder for the build once the PoC results are in."),
    ],
    truth=("STALLED", "PROTOTYPE", "DATA_READINESS", "DATA_READINESS",
           "No Jira activity since 2026-03-18 (>110 days). Registry PoC; epic 'proof of concept' "
           "in progress; the 'MVP build' epic was created but never started (To Do), so not "
           "ENGINEERING. Cause in DOCK-2 comments: no usable arrival history (paper logs, "
           "missing ASNs). Negated cost remark on DOCK-1. data_audit_completed = no."))

# ------------------------------------------------------------------ BC-02
add(id="BC-02", fmt="csv", lang="en", project_name="Prepaid Retention",
    people=["Deepa Raman", "Olu Adeyemi", "Marta Kowalczyk"],
    reg=dict(name="Prepaid churn early warning", business_unit="Consumer Mobile",
             sponsor="Marta Kowalczyk", owner="Deepa Raman", ai_technique="classification",
             build_or_buy="build", registry_stage="Prototype", status="cancelled",
             start_date="2025-08-18", target_production_date="2026-05-01",
             closed_date="2026-04-20", budget_planned="90000", budget_spent="84000",
             currency="GBP", success_kpi="30-day churn in top-risk decile contacted",
             kpi_baseline="11.2%", kpi_target="8%", data_audit_completed="yes",
             jira_keys="PPC",
             closure_reason="Closed after four model iterations: lift in the top decile never got "
                            "above 1.3, commercial needed at least 3 to justify outbound calls. "
                            "Prepaid usage just doesn't say enough about who is about to leave."),
    issues=[
        dict(key="PPC-10", type=E, summary="Prepaid churn prototype", created="2025-08-20",
             hist=[("2025-08-25", "prog"), ("2026-04-20", "wont")], labels=["prototype"]),
        dict(key="PPC-11", summary="Feature set v3: top-up cadence, cell dwell, handset age",
             epic="PPC-10", created="2025-10-06", hist=[("2025-10-07", "prog"),
                                                        ("2025-11-14", "done")],
             com=[("2025-11-14", "Olu Adeyemi", "v3 features in the feature table, 212 cols.")]),
        dict(key="PPC-12", summary="Lift chart per decile for the commercial review",
             epic="PPC-10", created="2026-02-16", hist=[("2026-02-17", "prog"),
                                                        ("2026-03-27", "done")],
             com=[("2026-03-09", "Deepa Raman", "Holdout March: decile 1 lift 1.28, decile 2 "
                   "1.11. Same picture as iteration 3."),
                  ("2026-03-27", "Olu Adeyemi", "Deck uploaded to the team folder.")]),
    ],
    truth=("CANCELLED", "PROTOTYPE", "TECHNICAL_FEASIBILITY", "TECHNICAL_FEASIBILITY",
           "Closed 2026-04-20 with a closure reason: the model never reached the lift the "
           "business needs (signal not in the data). Registry Prototype, label prototype."))

# ------------------------------------------------------------------ BC-03
add(id="BC-03", fmt="v2", lang="en", project_name="Payment Exceptions",
    people=["Ines Carvalho", "Bram de Wit", "Henrik Sundqvist"],
    hold=True,
    reg=dict(name="Payment exception triage", business_unit="Payments Operations",
             sponsor="Henrik Sundqvist", owner="Ines Carvalho", ai_technique="classification",
             build_or_buy="build", registry_stage="Build", status="on hold",
             start_date="2025-06-02", target_production_date="2026-06-30",
             budget_planned="250000", budget_spent="171000", currency="EUR",
             success_kpi="manual touches per exception", kpi_baseline="3.4", kpi_target="1.5",
             data_audit_completed="2025-07-15", jira_keys="PXT",
             notes="On hold until the payments hub can take the triage decision back into the "
                   "exceptions queue - today we can only read from it."),
    issues=[
        dict(key="PXT-1", type=E, summary="Exception triage - build", created="2025-09-01",
             hist=[("2025-09-08", "prog")], fix=["Triage 1.0"]),
        dict(key="PXT-2", summary="Classifier v2 (repair reasons for MT103 / pacs.008)",
             epic="PXT-1", created="2025-10-13", hist=[("2025-10-14", "prog"),
                                                       ("2026-02-20", "rev"),
                                                       ("2026-03-02", "done")],
             sprint=["PXT Sprint 7", "PXT Sprint 8"],
             com=[("2026-03-02", "Bram de Wit",
                   "Model risk signed off v2 in the March committee, no findings.")]),
        dict(key="PXT-3", summary="Write decision back to the exceptions queue", epic="PXT-1",
             created="2026-01-12", hist=[("2026-02-23", "prog"), ("2026-04-08", "block")],
             sprint=["PXT Sprint 9"],
             com=[("2026-04-08", "Ines Carvalho",
                   "Payments hub team confirmed there is no inbound API - the queue can only be "
                   "changed through the operator UI. They might look at it in the 2027 release "
                   "train. Parking this until then."),
                  ("2026-04-09", "Bram de Wit", "ack")]),
    ],
    truth=("STALLED", "ENGINEERING", "INTEGRATION", "INTEGRATION",
           "Registry status on hold (reason in notes: no way to write back into the payments hub "
           "queue), also idle since 2026-04-09. Registry Build, epic '- build'. Negated security "
           "remark (model risk signed off)."))

# ------------------------------------------------------------------ BC-04
add(id="BC-04", fmt="v3", lang="de", project_name="Erzsortierung",
    people=["Jörg Pfeiffer", "Anke Lindholm", "Dr. Klaus Brenner"],
    reg=dict(name="Sensorgestützte Erzsortierung Band 3", business_unit="Bergbau Süd",
             sponsor="Dr. Klaus Brenner", owner="Jörg Pfeiffer", ai_technique="computer-vision",
             build_or_buy="partner", registry_stage="Entwicklung", status="eingestellt",
             start_date="2025-04-01", target_production_date="2026-08-31",
             closed_date="2026-05-29", budget_planned="400000", budget_spent="262000",
             currency="EUR", success_kpi="Anteil Taubgestein im Mühlenzulauf",
             kpi_baseline="18%", kpi_target="10%", data_audit_completed="ja", jira_keys="ORE",
             closure_reason="Investitionsantrag für die Kameras an den Förderbändern vom "
                            "Investitionsausschuss abgelehnt; Amortisation über 7 Jahre."),
    issues=[
        dict(key="ORE-1", type=E, summary="Entwicklung Sortiermodell Band 3", created="2025-06-02",
             hist=[("2025-06-05", "prog"), ("2026-05-29", "wont")]),
        dict(key="ORE-2", summary="Trainingsbilder vom Testband labeln", epic="ORE-1",
             created="2025-06-10", hist=[("2025-06-11", "prog"), ("2025-09-19", "done")],
             com=[("2025-09-19", "Anke Lindholm", "4.800 Bilder gelabelt, Export liegt im S3.")]),
        dict(key="ORE-3", summary="Inferenz auf Edge-Box portieren", epic="ORE-1",
             created="2025-11-03", hist=[("2025-11-04", "prog"), ("2026-05-29", "wont")],
             sprint=["Sortierung Sprint 11"],
             com=[("2026-01-22", "Jörg Pfeiffer",
                   "Klassifikation auf dem Testband: 93 % korrekt, passt für den Betrieb."),
                  ("2026-03-16", "Jörg Pfeiffer",
                   "Kostenschätzung für Kameras + Beleuchtung an 6 Bändern ans Controlling "
                   "geschickt.")]),
    ],
    truth=("CANCELLED", "ENGINEERING", "COST_FUNDING", "COST_FUNDING",
           "Registry eingestellt, closed 2026-05-29; closure reason: capex rejected, payback "
           "over 7 years. Stage Entwicklung (registry and epic). The 93% accuracy comment is a "
           "positive, not a feasibility problem."))

# ------------------------------------------------------------------ BC-05
add(id="BC-05", fmt="v3", lang="en", project_name="Sports Highlights",
    people=["Callum Reid", "Sofia Marino", "Aoife Byrne"],
    reg=dict(name="Automatic highlight clipping for regional football", business_unit="Sport",
             sponsor="Aoife Byrne", owner="Callum Reid", ai_technique="computer-vision",
             build_or_buy="build", registry_stage="MVP", status="active",
             start_date="2026-01-12", target_production_date="2026-11-15",
             budget_planned="120000", budget_spent="58000", currency="EUR",
             success_kpi="clips published within 5 min of the goal", kpi_baseline="22 min",
             kpi_target="5 min", data_audit_completed="yes", jira_keys="CLIP"),
    issues=[
        dict(key="CLIP-1", type=E, summary="Highlight clipper MVP", created="2026-01-14",
             hist=[("2026-02-02", "prog")]),
        dict(key="CLIP-7", summary="Goal event detector on broadcast feed", epic="CLIP-1",
             created="2026-04-20", hist=[("2026-04-21", "prog"), ("2026-07-30", "done")],
             com=[("2026-07-30", "Sofia Marino", "Recall 0.94 on the 2025/26 season sample.")]),
        dict(key="CLIP-12", summary="Auto-crop to 9:16 for social", epic="CLIP-1",
             created="2026-08-04", hist=[("2026-08-05", "prog"), ("2026-09-15", "rev")],
             sprint=["CLIP Sprint 14"],
             com=[("2026-09-15", "Callum Reid", "PR up, please check the face-tracking fallback."),
                  ("2026-09-22", "Sofia Marino", "Reviewed, two nits.")]),
    ],
    truth=("ACTIVE", "", "", "", "Activity on 2026-09-22; no production, not closed."))

# ------------------------------------------------------------------ BC-06
add(id="BC-06", fmt="csv", lang="en", project_name="Student Success",
    people=["Grace Ogunleye", "Pieter Smit", "Prof. Hannah Weiss"],
    reg=dict(name="Early dropout signal for vocational students",
             business_unit="Student Services", sponsor="Prof. Hannah Weiss",
             owner="Grace Ogunleye", ai_technique="classification", build_or_buy="build",
             registry_stage="Business case", status="active", start_date="2025-12-01",
             target_production_date="2026-09-01", budget_planned="60000", budget_spent="14000",
             currency="EUR", success_kpi="first-year dropout rate", kpi_baseline="19%",
             kpi_target="15%", data_audit_completed="no", jira_keys="DROP"),
    issues=[
        dict(key="DROP-1", type=E, summary="Business case & DPIA - early dropout signal",
             created="2025-12-03", hist=[("2025-12-08", "prog")], labels=["business-case"]),
        dict(key="DROP-2", type=T, summary="Collect attendance + grade exports (anon sample)",
             epic="DROP-1", created="2026-01-07", hist=[("2026-01-08", "prog"),
                                                        ("2026-02-04", "done")],
             com=[("2026-02-04", "Pieter Smit", "Sample of 3 cohorts in the secure share.")]),
        dict(key="DROP-3", type=T, summary="Privacy office opinion on use of welfare notes",
             epic="DROP-1", created="2026-02-16", hist=[("2026-02-16", "prog"),
                                                        ("2026-03-12", "block")],
             com=[("2026-03-12", "Grace Ogunleye",
                   "Privacy office: the welfare and counselling notes can't be used to profile "
                   "students without a separate legal basis. Written opinion to follow. We can't "
                   "finish the case until we know what we're allowed to use."),
                  ("2026-04-22", "Grace Ogunleye",
                   "Chased the privacy office again. Nothing in writing yet.")]),
    ],
    truth=("STALLED", "STRATEGY", "SECURITY_COMPLIANCE", "SECURITY_COMPLIANCE",
           "Idle since 2026-04-22. Registry Business case, epic 'Business case & DPIA'. Cause in "
           "DROP-3 comments: privacy office has not cleared the use of the notes."))

# ------------------------------------------------------------------ BC-07
add(id="BC-07", fmt="v2", lang="es", project_name="Riego Inteligente",
    people=["Lucía Ferrer", "Andrés Molina", "Carmen Ibáñez"],
    reg=dict(name="Programación de riego por sensores", business_unit="Cooperativa Levante",
             sponsor="Carmen Ibáñez", owner="Lucía Ferrer", ai_technique="forecasting",
             build_or_buy="build", registry_stage="Operación", status="en producción",
             start_date="2024-11-04", target_production_date="2025-10-01",
             production_date="2025-11-03", budget_planned="85000", budget_spent="91000",
             currency="EUR", success_kpi="m3 de agua por tonelada", kpi_baseline="410",
             kpi_target="340", data_audit_completed="sí", jira_keys="RIEGO"),
    issues=[
        dict(key="RIEGO-1", type=E, summary="Despliegue en las 3 fincas piloto",
             created="2025-06-02", hist=[("2025-06-09", "prog"), ("2025-11-03", "done")]),
        dict(key="RIEGO-14", summary="Ajuste de umbrales de humedad para cítricos",
             created="2026-07-06", hist=[("2026-07-07", "prog"), ("2026-09-10", "done")],
             com=[("2026-09-10", "Andrés Molina", "Umbrales nuevos activos desde el lunes.")]),
    ],
    truth=("IN_PRODUCTION", "", "", "", "Registry production_date 2025-11-03, en producción."))

# ------------------------------------------------------------------ BC-08
add(id="BC-08", fmt="v2", lang="en", project_name="VAT Refund Triage",
    people=["Niamh Gallagher", "Ravi Kulkarni", "Edwin Mahlangu"],
    reg=dict(name="VAT refund claim triage", business_unit="Compliance & Audit Division",
             sponsor="Edwin Mahlangu", owner="Niamh Gallagher", ai_technique="classification",
             build_or_buy="build", registry_stage="Proof of Concept", status="closed",
             start_date="2025-09-01", target_production_date="2026-07-01",
             closed_date="2026-02-27", budget_planned="75000", budget_spent="52000",
             currency="EUR", success_kpi="", data_audit_completed="yes", jira_keys="VATR",
             closure_reason="Stopped. After three months the audit division still could not say "
                            "whether the triage should cut false alerts or raise recovered "
                            "amounts, and the target moved with every review."),
    issues=[
        dict(key="VATR-1", type=E, summary="VAT refund triage PoC", created="2025-09-03",
             hist=[("2025-09-08", "prog"), ("2026-02-27", "wont")]),
        dict(key="VATR-2", summary="Label 2023 refund claims (audited / not audited)",
             epic="VATR-1", created="2025-09-15", hist=[("2025-09-16", "prog"),
                                                        ("2025-10-24", "done")],
             com=[("2025-10-01", "Ravi Kulkarni",
                   "Extract from the refund register arrived complete, thanks to the DWH team. "
                   "No gaps.")]),
        dict(key="VATR-3", summary="Scoring rules v1 vs gradient boosting", epic="VATR-1",
             created="2025-11-03", hist=[("2025-11-04", "prog"), ("2026-01-30", "done")],
             com=[("2025-12-12", "Niamh Gallagher",
                   "Review with audit: they asked for ranking by expected recovery this time. "
                   "Last review it was precision at 200 cases. Reworking the eval."),
                  ("2026-01-30", "Ravi Kulkarni", "Both variants evaluated, notebook linked.")]),
    ],
    truth=("CANCELLED", "PROTOTYPE", "UNCLEAR_OBJECTIVE", "UNCLEAR_OBJECTIVE",
           "Closed 2026-02-27; closure reason: the business never settled what the triage should "
           "optimise; supported by an empty success_kpi and a VATR-3 comment. Negated data remark "
           "(extract complete). Stage PoC."))

# ------------------------------------------------------------------ BC-09
add(id="BC-09", fmt="v3", lang="en", project_name="AI Lab",
    people=["Mathilde Roux", "Sven Ekdahl", "Dr. Yusuf Demir"],
    reg=dict(name="Batch yield soft sensor (polymer line 2)", business_unit="Specialty Polymers",
             sponsor="Dr. Yusuf Demir", owner="Mathilde Roux", ai_technique="regression",
             build_or_buy="build", registry_stage="Engineering", status="active",
             start_date="2025-05-05", target_production_date="2026-07-01",
             budget_planned="180000", budget_spent="120000", currency="CHF",
             success_kpi="off-spec batches per month", kpi_baseline="6", kpi_target="2",
             data_audit_completed="yes", jira_keys="AIX-14"),
    issues=[
        dict(key="AIX-14", type=E, summary="Yield soft sensor - engineering",
             created="2025-10-01", hist=[("2025-10-06", "prog")]),
        dict(key="AIX-15", summary="Feature pipeline on historian tags", epic="AIX-14",
             created="2025-10-08", hist=[("2025-10-09", "prog")],
             com=[("2026-04-02", "Mathilde Roux",
                   "Sorry for the silence. Mathieu moved to the Basel site at the end of March, "
                   "and he wrote the whole feature pipeline; nobody left here can read that code, "
                   "let alone extend it."),
                  ("2026-05-06", "Mathilde Roux",
                   "Process data scientist vacancy reposted, zero applicants after four weeks.")]),
        dict(key="AIX-16", summary="Validate predictions against lab assays", epic="AIX-14",
             created="2026-01-12", hist=[("2026-01-13", "prog"), ("2026-02-18", "done")],
             com=[("2026-02-18", "Sven Ekdahl",
                   "Historian tags are clean after the re-tagging, no gaps over two years.")]),
    ],
    truth=("STALLED", "ENGINEERING", "SKILLS_GAP", "SKILLS_GAP",
           "Idle since 2026-05-06. Linked by epic key AIX-14 in the shared project. Registry "
           "Engineering, epic '- engineering'. Cause in AIX-15 comments: the only person who knew "
           "the pipeline left, vacancy unfilled. Negated data remark on AIX-16."))

# ------------------------------------------------------------------ BC-10
add(id="BC-10", fmt="csv", lang="en", project_name="Upsell Offers",
    people=["Chloé Martin", "Jonas Berg", "Ricardo Alves"],
    reg=dict(name="Room upgrade offers at check-in", business_unit="Hotels Iberia & France",
             sponsor="Ricardo Alves", owner="Chloé Martin", ai_technique="recommendation",
             build_or_buy="build", registry_stage="", status="active",
             start_date="2025-07-01", target_production_date="2026-06-01",
             budget_planned="95000", budget_spent="88000", currency="EUR",
             success_kpi="upgrade revenue per occupied room", kpi_baseline="EUR 1.10",
             kpi_target="EUR 2.00", data_audit_completed="yes", jira_keys="UPG"),
    issues=[
        dict(key="UPG-1", type=E, summary="Rollout upgrade offers to 6 pilot hotels",
             created="2026-01-12", hist=[("2026-02-02", "prog")],
             sprint=["UPG Rollout Sprint 1", "UPG Rollout Sprint 2"]),
        dict(key="UPG-2", summary="Offer widget in the front-desk screen", epic="UPG-1",
             created="2026-01-14", hist=[("2026-01-15", "prog"), ("2026-03-10", "done")],
             com=[("2026-03-10", "Jonas Berg",
                   "Widget hooked into the PMS, no errors over the last 2 weeks.")]),
        dict(key="UPG-3", summary="Weekly acceptance report per hotel", epic="UPG-1",
             created="2026-03-02", hist=[("2026-03-03", "prog"), ("2026-03-30", "done")],
             com=[("2026-04-15", "Chloé Martin",
                   "Reception at 4 of the 6 hotels has stopped showing the offer. They say guests "
                   "feel pushed at check-in and it slows the queue."),
                  ("2026-05-20", "Chloé Martin",
                   "11 offers shown in May across all pilots. Front office managers don't push it "
                   "either, it's just not part of how they work.")]),
    ],
    truth=("STALLED", "DEPLOYMENT", "USER_ADOPTION", "USER_ADOPTION",
           "Idle since 2026-05-20. Registry stage empty: the stage lives in Jira (epic 'Rollout "
           "... to 6 pilot hotels', rollout sprints). Cause in UPG-3 comments: front-desk staff "
           "don't use it. Negated integration remark (widget works in the PMS)."))

# ------------------------------------------------------------------ BC-11
add(id="BC-11", fmt="csv", lang="en", project_name="Customs Docs",
    people=["Femke Bos", "Arjun Mehta", "Liesbeth Claes"],
    reg=dict(name="Customs document classification", business_unit="Freight Forwarding",
             sponsor="Liesbeth Claes", owner="Femke Bos", ai_technique="nlp",
             build_or_buy="build", registry_stage="Operation", status="retired",
             start_date="2023-10-02", target_production_date="2024-09-01",
             production_date="2024-10-01", closed_date="2026-05-31", budget_planned="110000",
             budget_spent="104000", currency="EUR", success_kpi="manual HS-code lookups per day",
             kpi_baseline="600", kpi_target="150", data_audit_completed="yes", jira_keys="CUST",
             notes="Switched off when the customs broker took classification into their own "
                   "platform."),
    issues=[
        dict(key="CUST-40", type=T, summary="Decommission classification endpoint",
             created="2026-05-04", hist=[("2026-05-25", "prog"), ("2026-05-31", "done")],
             com=[("2026-05-31", "Arjun Mehta", "Endpoint removed, archive of predictions kept "
                   "for 7 years as agreed.")]),
        dict(key="CUST-38", summary="Quarterly accuracy check Q1", created="2026-04-01",
             hist=[("2026-04-02", "prog"), ("2026-04-10", "done")]),
    ],
    truth=("IN_PRODUCTION", "", "", "", "production_date 2024-10-01; retired 2026-05-31 "
           "(closed_date, status retired) - still IN_PRODUCTION by contract."))

# ------------------------------------------------------------------ BC-12
add(id="BC-12", fmt="v2", lang="en", project_name="Capacity Forecast",
    people=["Kai Brandt", "Leila Haddad", "Gareth Pryce"],
    reg=dict(name="Cell capacity forecasting (4G/5G)", business_unit="Network Planning",
             sponsor="Gareth Pryce", owner="Leila Haddad", ai_technique="forecasting",
             build_or_buy="build", registry_stage="PoC", status="active",
             start_date="2025-03-03", target_production_date="2026-04-01",
             budget_planned="160000", budget_spent="133000", currency="GBP",
             success_kpi="cells congested >5% of busy hour", kpi_baseline="7.4%",
             kpi_target="4%", data_audit_completed="yes", jira_keys="CAPF"),
    issues=[
        dict(key="CAPF-1", type=E, summary="PoC - busy hour forecast per cell",
             created="2025-03-05", hist=[("2025-03-10", "prog"), ("2025-08-29", "done")]),
        dict(key="CAPF-20", type=E, summary="Build - capacity forecast service",
             created="2025-09-01", hist=[("2025-09-15", "prog")], fix=["MVP 1.0"]),
        dict(key="CAPF-21", summary="Weekly scoring for all 14k cells", epic="CAPF-20",
             created="2025-09-16", hist=[("2025-09-17", "prog")], fix=["MVP 1.0"],
             sprint=["CAPF Sprint 5", "CAPF Sprint 6"],
             com=[("2026-02-10", "Leila Haddad",
                   "Hooking into the planning tool is easy, it picks up a CSV drop."),
                  ("2026-03-03", "Kai Brandt",
                   "The model itself is fine. Problem: it only exists as a notebook I run by hand "
                   "every Monday. There is no scheduler, no serving and no monitoring on the "
                   "network analytics side, and the platform team says they cannot host it this "
                   "year."),
                  ("2026-03-25", "Leila Haddad", "Moved the sync to Wednesdays.")]),
    ],
    truth=("STALLED", "ENGINEERING", "PRODUCTION_ARCHITECTURE", "PRODUCTION_ARCHITECTURE",
           "Idle since 2026-03-25. Registry says PoC but it lags: a 'Build - ...' epic is in "
           "progress with fix version MVP 1.0, so ENGINEERING. Cause in CAPF-21 comment: manual "
           "notebook, no scheduler/serving/monitoring, no hosting. Negated integration remark."))

# ------------------------------------------------------------------ BC-13
add(id="BC-13", fmt="v3", lang="en", project_name="KYC Extraction",
    people=["Priya Natarajan", "Matteo Greco", "Sabine Vogt"],
    reg=dict(name="KYC document extraction with an LLM", business_unit="Retail Banking Ops",
             sponsor="Sabine Vogt", owner="Priya Natarajan", ai_technique="genai-assistant",
             build_or_buy="buy", registry_stage="Deployment", status="cancelled",
             start_date="2025-06-16", target_production_date="2026-05-01",
             closed_date="2026-06-30", budget_planned="210000", budget_spent="176000",
             currency="EUR", success_kpi="onboarding handling time", kpi_baseline="38 min",
             kpi_target="15 min", data_audit_completed="yes", jira_keys="KYCX",
             closure_reason="Information Security did not approve sending identity documents to "
                            "the hosted LLM endpoint; no approved alternative before the "
                            "contract renewal."),
    issues=[
        dict(key="KYCX-1", type=E, summary="KYC extraction - UAT and go-live",
             created="2026-02-02", hist=[("2026-02-09", "prog"), ("2026-06-30", "wont")],
             sprint=["KYC UAT Sprint 1", "KYC UAT Sprint 2"]),
        dict(key="KYCX-4", summary="UAT with the onboarding team (Lisbon)", epic="KYCX-1",
             created="2026-02-10", hist=[("2026-02-16", "prog"), ("2026-04-03", "done")],
             com=[("2026-04-03", "Matteo Greco",
                   "UAT feedback good: 94% of fields correct, the team wants it.")]),
        dict(key="KYCX-5", summary="Go-live checklist", epic="KYCX-1", created="2026-04-06",
             hist=[("2026-04-07", "prog"), ("2026-06-30", "wont")],
             com=[("2026-05-12", "Priya Natarajan", "Updated the checklist with the cutover "
                   "steps.")]),
    ],
    truth=("CANCELLED", "DEPLOYMENT", "SECURITY_COMPLIANCE", "SECURITY_COMPLIANCE",
           "Cancelled, closed 2026-06-30; closure reason: InfoSec did not approve. Registry "
           "Deployment, UAT epic and sprints. Users liked it (not adoption)."))

# ------------------------------------------------------------------ BC-14
add(id="BC-14", fmt="v2", lang="en", project_name="Haul Truck Maintenance",
    people=["Tamsin Hughes", "Rangi Parata", "Bill McAllister"],
    reg=dict(name="Predictive maintenance for haul trucks", business_unit="Open Pit Operations",
             sponsor="Bill McAllister", owner="Tamsin Hughes", ai_technique="anomaly-detection",
             build_or_buy="build", registry_stage="Prototype", status="active",
             start_date="2026-02-02", target_production_date="2027-03-01",
             budget_planned="230000", budget_spent="71000", currency="AUD",
             success_kpi="unplanned downtime hours per truck", kpi_baseline="61",
             kpi_target="40", data_audit_completed="yes", jira_keys="HAUL"),
    issues=[
        dict(key="HAUL-1", type=E, summary="Prototype failure predictor - wheel motors",
             created="2026-02-03", hist=[("2026-02-09", "prog")]),
        dict(key="HAUL-6", summary="Ingest OEM telemetry files", epic="HAUL-1",
             created="2026-03-02", hist=[("2026-03-03", "prog"), ("2026-08-20", "done")],
             com=[("2026-05-11", "Rangi Parata",
                   "OEM portal only keeps 14 days, we're losing history every day."),
                  ("2026-08-20", "Rangi Parata",
                   "Telemetry gap fixed - OEM now pushes daily files to our bucket, backfilled "
                   "to February.")]),
        dict(key="HAUL-9", summary="Survival model baseline", epic="HAUL-1",
             created="2026-08-24", hist=[("2026-08-25", "prog")],
             com=[("2026-09-18", "Tamsin Hughes", "First C-index 0.71, notebook linked.")]),
    ],
    truth=("ACTIVE", "", "", "", "Activity on 2026-09-18. A data problem was raised and then "
           "resolved (HAUL-6)."))

# ------------------------------------------------------------------ BC-15
add(id="BC-15", fmt="v3", lang="en", project_name="Archive Subtitles",
    people=["Nadia Chaudhry", "Ewan Fraser", "Helen Park"],
    reg=dict(name="Subtitles for the TV archive", business_unit="Archive & Rights",
             sponsor="Helen Park", owner="Nadia Chaudhry", ai_technique="speech-to-text",
             build_or_buy="buy", registry_stage="Live", status="in production",
             start_date="2025-05-12", target_production_date="2026-01-15",
             production_date="2026-02-10", budget_planned="70000", budget_spent="66000",
             currency="GBP", success_kpi="archive hours subtitled per month",
             kpi_baseline="40", kpi_target="600", data_audit_completed="yes", jira_keys="SUBT"),
    issues=[
        dict(key="SUBT-3", type=E, summary="Subtitle pipeline for archive ingest",
             created="2025-06-02", hist=[("2025-06-03", "prog"), ("2026-02-10", "done")]),
        dict(key="SUBT-31", summary="Speaker labels for panel shows", created="2026-08-03",
             hist=[("2026-08-04", "prog")],
             com=[("2026-09-01", "Ewan Fraser", "Diarisation works on 3 of 4 test shows.")]),
    ],
    truth=("IN_PRODUCTION", "", "", "", "production_date 2026-02-10."))

# ------------------------------------------------------------------ BC-16
add(id="BC-16", fmt="v2", lang="nl", project_name="Roosterplanner",
    people=["Sanne Visser", "Joost Hendriks", "Marieke de Groot"],
    reg=dict(name="Roosteroptimalisatie voortgezet onderwijs", business_unit="Scholengroep Oost",
             sponsor="Marieke de Groot", owner="Sanne Visser", ai_technique="optimisation",
             build_or_buy="build", registry_stage="Bouw", status="actief",
             start_date="2025-04-01", target_production_date="2026-08-01",
             budget_planned="130000", budget_spent="118000", currency="EUR",
             success_kpi="tussenuren per leerling per week", kpi_baseline="3.1",
             kpi_target="1.5", data_audit_completed="ja", jira_keys="ROST"),
    issues=[
        dict(key="ROST-1", type=E, summary="Bouw roosteroptimalisatie v1", created="2025-09-01",
             hist=[("2025-09-08", "prog")], fix=["v1"]),
        dict(key="ROST-12", summary="Solver: harde randvoorwaarden lokalen", epic="ROST-1",
             created="2025-10-06", hist=[("2025-10-07", "prog"), ("2026-01-16", "done")],
             com=[("2025-11-20", "Joost Hendriks",
                   "Export uit het leerlingvolgsysteem is compleet, alle vestigingen.")]),
        dict(key="ROST-30", summary="Uitbreiding: invalroosters + gymzalen + busvervoer",
             epic="ROST-1", created="2026-02-09", hist=[("2026-02-10", "prog")],
             com=[("2026-02-09", "Sanne Visser",
                   "Na de stuurgroep: voor versie 1 moeten nu ook de invalroosters, de gymzalen "
                   "en het busvervoer erin. Dat is de derde uitbreiding sinds de start."),
                  ("2026-05-13", "Sanne Visser",
                   "Backlog staat op 140 items en we hebben nog steeds geen eerste versie die een "
                   "school kan gebruiken.")]),
    ],
    truth=("STALLED", "ENGINEERING", "SCOPE_CREEP", "SCOPE_CREEP",
           "Idle since 2026-05-13. Registry 'Bouw' (Dutch: build), epic 'Bouw ... v1'. Cause in "
           "ROST-30: version 1 keeps being extended. Negated data remark on ROST-12."))

# ------------------------------------------------------------------ BC-17
add(id="BC-17", fmt="csv", lang="es", project_name="Roya Drones",
    people=["Javier Ortega", "Marina Solís", "Ernesto Paredes"],
    reg=dict(name="Detección de roya con imágenes de dron", business_unit="Agronomía",
             sponsor="Ernesto Paredes", owner="Javier Ortega", ai_technique="computer-vision",
             build_or_buy="build", registry_stage="Prototipo", status="cancelado",
             start_date="2025-07-07", target_production_date="2026-06-01",
             closed_date="2026-03-15", budget_planned="48000", budget_spent="45000",
             currency="EUR", success_kpi="hectáreas tratadas a tiempo", kpi_baseline="",
             kpi_target="", data_audit_completed="no", jira_keys="ROYA",
             closure_reason="Cancelado: solo había 240 imágenes etiquetadas de roya y no hay "
                            "forma de conseguir más este año; además el prototipo no pasó del "
                            "58 % de precisión, inservible para decidir tratamientos."),
    issues=[
        dict(key="ROYA-1", type=E, summary="Prototipo detector de roya", created="2025-07-09",
             hist=[("2025-07-14", "prog"), ("2026-03-15", "wont")]),
        dict(key="ROYA-2", summary="Vuelos de dron en 4 parcelas", epic="ROYA-1",
             created="2025-07-21", hist=[("2025-07-22", "prog"), ("2025-09-30", "done")],
             com=[("2025-09-30", "Marina Solís", "Vuelos hechos, 1.900 fotos subidas.")]),
        dict(key="ROYA-3", summary="Entrenar modelo v1", epic="ROYA-1", created="2025-10-06",
             hist=[("2025-10-07", "prog"), ("2026-02-12", "done")],
             com=[("2026-02-12", "Javier Ortega", "v1 entrenado, métricas en la wiki.")]),
    ],
    truth=("CANCELLED", "PROTOTYPE", "DATA_READINESS", "DATA_READINESS;TECHNICAL_FEASIBILITY",
           "Cancelado, closed 2026-03-15. The closure reason names both too few labelled images "
           "(first) and insufficient precision: tie, both acceptable. Stage Prototipo."))

# ------------------------------------------------------------------ BC-18
add(id="BC-18", fmt="v3", lang="de", project_name="Bürger-Chatbot",
    people=["Katrin Albers", "Mehmet Yilmaz", "Dr. Ulrike Sandmann"],
    hold=True,
    reg=dict(name="Chatbot für Steuerfragen der Bürger", business_unit="Landesamt für Steuern",
             sponsor="Dr. Ulrike Sandmann", owner="Katrin Albers",
             ai_technique="genai-assistant", build_or_buy="buy", registry_stage="Rollout",
             status="pausiert", start_date="2025-03-03", target_production_date="2026-04-01",
             budget_planned="300000", budget_spent="214000", currency="EUR",
             success_kpi="Anteil telefonischer Anfragen", kpi_baseline="64%", kpi_target="45%",
             data_audit_completed="ja", jira_keys="STBOT",
             notes="pausiert - die Betriebskosten der LLM-Instanz (rund 38 T EUR im Monat) sind im "
                   "Haushalt 2027 nicht eingeplant; Entscheidung des Haushaltsausschusses "
                   "abwarten."),
    issues=[
        dict(key="STBOT-1", type=E, summary="Rollout Bürger-Chatbot im Pilotfinanzamt Kassel",
             created="2026-01-12", hist=[("2026-01-19", "prog")]),
        dict(key="STBOT-8", summary="Lasttest 500 parallele Sitzungen", epic="STBOT-1",
             created="2026-01-26", hist=[("2026-01-27", "prog"), ("2026-03-06", "done")],
             com=[("2026-03-06", "Mehmet Yilmaz", "Lasttest bestanden, p95 2,1 s.")]),
        dict(key="STBOT-9", summary="Freigabe Datenschutz", epic="STBOT-1",
             created="2026-01-26", hist=[("2026-01-27", "prog"), ("2026-02-20", "done")],
             com=[("2026-02-20", "Katrin Albers",
                   "DSFA abgeschlossen, Freigabe des Datenschutzbeauftragten liegt vor.")]),
        dict(key="STBOT-11", summary="Schulung Hotline-Team", epic="STBOT-1",
             created="2026-03-09", hist=[("2026-03-10", "prog")],
             com=[("2026-04-14", "Katrin Albers", "Termine für Mai stehen.")]),
    ],
    truth=("STALLED", "DEPLOYMENT", "COST_FUNDING", "COST_FUNDING",
           "Registry pausiert (on hold) with the reason in notes: running cost not in the 2027 "
           "budget. Idle since 2026-04-14 anyway. Registry Rollout, epic 'Rollout ... "
           "Pilotfinanzamt'. Negated data-protection remark (DPIA done)."))

# ------------------------------------------------------------------ BC-19
add(id="BC-19", fmt="csv", lang="en", project_name="SDS Drafting",
    people=["Elif Aksoy", "Hamish Grant", "Dr. Ingrid Paulsen"],
    reg=dict(name="Safety data sheet drafting assistant", business_unit="Product Stewardship",
             sponsor="Dr. Ingrid Paulsen", owner="Elif Aksoy", ai_technique="genai-assistant",
             build_or_buy="partner", registry_stage="Build", status="active",
             start_date="2026-02-16", target_production_date="2027-01-15",
             budget_planned="150000", budget_spent="49000", currency="EUR",
             success_kpi="days to first SDS draft", kpi_baseline="12", kpi_target="3",
             data_audit_completed="yes", jira_keys="SDS"),
    issues=[
        dict(key="SDS-2", type=E, summary="SDS drafting - build", created="2026-05-04",
             hist=[("2026-05-11", "prog")]),
        dict(key="SDS-9", summary="Section 2 hazard statements from the regulatory DB",
             epic="SDS-2", created="2026-06-15", hist=[("2026-06-16", "prog"),
                                                       ("2026-08-28", "done")],
             com=[("2026-08-28", "Hamish Grant", "H-statements mapped for all 1,140 "
                   "substances.")]),
        dict(key="SDS-14", summary="Review UI for stewardship team", epic="SDS-2",
             created="2026-09-01", hist=[("2026-09-02", "prog")],
             com=[("2026-09-21", "Elif Aksoy", "Mock-ups shared, feedback round on Friday.")]),
    ],
    truth=("ACTIVE", "", "", "", "Activity on 2026-09-21."))

# ------------------------------------------------------------------ BC-20
add(id="BC-20", fmt="v2", lang="fr", project_name="Planning Gouvernantes",
    people=["Amélie Rousseau", "Karim Benali", "Isabelle Fontaine"],
    reg=dict(name="Affectation automatique des chambres aux femmes de chambre",
             business_unit="Hôtellerie France", sponsor="Isabelle Fontaine",
             owner="Amélie Rousseau", ai_technique="optimisation", build_or_buy="build",
             registry_stage="Déploiement", status="abandonné", start_date="2025-02-03",
             target_production_date="2025-12-01", closed_date="2026-04-30",
             budget_planned="80000", budget_spent="79000", currency="EUR",
             success_kpi="minutes de déplacement par chambre", kpi_baseline="6.5",
             kpi_target="4", data_audit_completed="oui", jira_keys="MENAGE",
             closure_reason="Abandonné après trois mois de test dans deux hôtels : les "
                            "gouvernantes refaisaient tout le planning à la main chaque matin, "
                            "l'outil n'a jamais vraiment servi."),
    issues=[
        dict(key="MENAGE-1", type=E, summary="Déploiement hôtels Lyon Part-Dieu et Nantes",
             created="2025-11-03", hist=[("2025-11-10", "prog"), ("2026-04-30", "wont")]),
        dict(key="MENAGE-6", summary="Connexion au PMS (statut des chambres)", epic="MENAGE-1",
             created="2025-11-04", hist=[("2025-11-05", "prog"), ("2025-12-12", "done")],
             com=[("2026-01-28", "Karim Benali",
                   "Le lien avec le PMS tourne sans erreur depuis la v1.2.")]),
        dict(key="MENAGE-9", summary="Suivi d'usage hebdo", epic="MENAGE-1",
             created="2026-01-05", hist=[("2026-01-06", "prog"), ("2026-04-30", "wont")],
             com=[("2026-02-16", "Amélie Rousseau", "Rapport de la semaine 7 envoyé.")]),
    ],
    truth=("CANCELLED", "DEPLOYMENT", "USER_ADOPTION", "USER_ADOPTION",
           "Abandonné, closed 2026-04-30; closure reason: supervisors redid the plan by hand, "
           "tool never used. Registry Déploiement, epic 'Déploiement hôtels ...'. Negated "
           "integration remark (PMS link works)."))

# ------------------------------------------------------------------ BC-21
add(id="BC-21", fmt="v3", lang="en", project_name="AI Lab",
    people=["Oskar Lindqvist", "Yara Haddad", "Frank Mulder"],
    reg=dict(name="ETA service for road shipments", business_unit="Road Freight Europe",
             sponsor="Frank Mulder", owner="Oskar Lindqvist", ai_technique="forecasting",
             build_or_buy="build", registry_stage="", status="active",
             start_date="2025-10-01", target_production_date="2026-10-01",
             budget_planned="200000", budget_spent="39000", currency="EUR",
             success_kpi="share of deliveries within ETA +/- 30 min", kpi_baseline="54%",
             kpi_target="80%", data_audit_completed="", jira_keys="AIX-22"),
    issues=[
        dict(key="AIX-22", type=E, summary="Business case: ETA service", created="2025-10-06",
             hist=[("2025-10-13", "prog")], labels=["business-case"],
             desc="Sizing, benefits and a go/no-go for the ETA service."),
        dict(key="AIX-23", type=T, summary="Benefit sizing with customer service",
             epic="AIX-22", created="2025-10-20", hist=[("2025-10-21", "prog"),
                                                        ("2025-12-19", "done")],
             com=[("2025-12-19", "Yara Haddad", "Numbers for road done, see sheet v4.")]),
        dict(key="AIX-24", type=T, summary="Re-size case for the extended perimeter",
             epic="AIX-22", created="2026-01-26", hist=[("2026-01-27", "prog")],
             com=[("2026-01-26", "Oskar Lindqvist",
                   "Steerco now wants the case to cover rail and short-sea as well, plus the "
                   "customer portal and a carrier scorecard. Fourth extension since kickoff; "
                   "we're sizing something completely different from what we started with."),
                  ("2026-04-30", "Yara Haddad",
                   "Still redoing the sizing for the bigger perimeter - rail numbers missing.")]),
    ],
    truth=("STALLED", "STRATEGY", "SCOPE_CREEP", "SCOPE_CREEP",
           "Idle since 2026-04-30. Linked by epic key AIX-22. Registry stage empty; epic "
           "'Business case: ...' in progress, label business-case: STRATEGY. Cause in AIX-24: "
           "the perimeter keeps being extended."))

# ------------------------------------------------------------------ BC-22
add(id="BC-22", fmt="v2", lang="en", project_name="Field Dispatch",
    people=["Siobhan Kelly", "Marek Nowak", "Ahmed El-Sayed"],
    reg=dict(name="Field technician dispatch recommender", business_unit="Field Operations",
             sponsor="Ahmed El-Sayed", owner="Siobhan Kelly", ai_technique="optimisation",
             build_or_buy="build", registry_stage="Operation", status="live",
             start_date="2024-09-02", target_production_date="2025-06-01",
             production_date="2025-06-16", budget_planned="260000", budget_spent="251000",
             currency="EUR", success_kpi="jobs per technician per day", kpi_baseline="4.1",
             kpi_target="4.8", data_audit_completed="yes", jira_keys="DISP",
             notes="Initial resistance from the technicians in region North was resolved after "
                   "ride-alongs in 2025."),
    issues=[
        dict(key="DISP-88", summary="Add skill tags for fibre splicing", created="2026-07-13",
             hist=[("2026-07-14", "prog"), ("2026-08-21", "done")],
             com=[("2026-08-21", "Marek Nowak", "Deployed with the August release.")]),
        dict(key="DISP-91", type=T, summary="Monthly model refresh - September",
             created="2026-09-01", hist=[("2026-09-02", "prog"), ("2026-09-04", "done")]),
    ],
    truth=("IN_PRODUCTION", "", "", "", "production_date 2025-06-16, live. Resolved adoption "
           "issue in notes."))

# ------------------------------------------------------------------ BC-23
add(id="BC-23", fmt="csv", lang="en", project_name="Data Hub",
    people=["Bernd Kessler", "Lina Sørensen", "Helga Baumann"],
    reg=dict(name="ATM cash demand forecasting", business_unit="Cash Operations",
             sponsor="", owner="Bernd Kessler", ai_technique="forecasting",
             build_or_buy="build", registry_stage="POC", status="active",
             start_date="2025-09-15", target_production_date="2026-06-30",
             budget_planned="70000", budget_spent="33000", currency="EUR",
             success_kpi="cash-out events per 1,000 ATM days", kpi_baseline="2.3",
             kpi_target="1.0", data_audit_completed="yes", jira_keys=""),
    issues=[
        dict(key="DHUB-201", type=E, summary="ATM cash forecast - PoC", created="2025-09-17",
             hist=[("2025-09-22", "prog")], labels=["initiative:BC-23", "cash"]),
        dict(key="DHUB-205", summary="Backtest on 2024-2025 withdrawals", epic="DHUB-201",
             created="2025-10-06", hist=[("2025-10-07", "prog"), ("2026-01-23", "done")],
             labels=["initiative:BC-23"],
             com=[("2026-01-23", "Lina Sørensen", "Backtest MAPE 9.8% vs 17% for the current "
                   "rule. Results deck attached.")]),
        dict(key="DHUB-209", type=T, summary="Present PoC results to cash operations",
             epic="DHUB-201", created="2026-01-26", hist=[("2026-01-27", "prog")],
             labels=["initiative:BC-23"],
             com=[("2026-02-24", "Bernd Kessler",
                   "Since Helga moved to group treasury nobody from cash operations comes to the "
                   "reviews. I have nobody to show the results to, let alone decide on the next "
                   "step."),
                  ("2026-04-07", "Bernd Kessler",
                   "Asked ops leadership twice for a new business owner. No reply.")]),
    ],
    truth=("STALLED", "PROTOTYPE", "OWNERSHIP_SPONSORSHIP", "OWNERSHIP_SPONSORSHIP",
           "Idle since 2026-04-07. Linked only by label initiative:BC-23 in the shared DHUB "
           "project (jira_keys empty). Registry POC, epic '- PoC'. Cause in DHUB-209 comments: "
           "sponsor left, no business owner; sponsor field empty."))

# ------------------------------------------------------------------ BC-24
add(id="BC-24", fmt="v3", lang="en", project_name="Blast Fragmentation",
    people=["Thabo Nkosi", "Claire Dubois", "Hugh Ramsay"],
    reg=dict(name="Blast fragmentation sizing from shovel cameras", business_unit="Drill & Blast",
             sponsor="Hugh Ramsay", owner="Thabo Nkosi", ai_technique="computer-vision",
             build_or_buy="partner", registry_stage="Proof of concept", status="cancelled",
             start_date="2025-05-05", target_production_date="2026-03-01",
             closed_date="2026-01-30", budget_planned="120000", budget_spent="97000",
             currency="AUD", success_kpi="P80 fragment size error", kpi_baseline="",
             kpi_target="< 10%", data_audit_completed="yes", jira_keys="BLAST",
             closure_reason="Closed. Dust and low sun in the pit make fragment edges unreadable "
                            "in most frames; even the vendor's best model could not size "
                            "fragments within 30%.",
             notes="Mine manager remains a strong supporter of the idea."),
    issues=[
        dict(key="BLAST-1", type=E, summary="Fragmentation PoC with vendor", created="2025-05-07",
             hist=[("2025-05-12", "prog"), ("2026-01-30", "wont")]),
        dict(key="BLAST-4", summary="Camera mount on shovel 7", epic="BLAST-1",
             created="2025-05-19", hist=[("2025-05-20", "prog"), ("2025-07-04", "done")],
             com=[("2025-07-04", "Claire Dubois", "Mounted, footage streaming to the edge box.")]),
        dict(key="BLAST-6", summary="Evaluate vendor model v2 against sieve samples",
             epic="BLAST-1", created="2025-10-13", hist=[("2025-10-14", "prog"),
                                                         ("2026-01-16", "done")],
             com=[("2026-01-16", "Thabo Nkosi", "Eval done. Summary in the closure note.")]),
    ],
    truth=("CANCELLED", "PROTOTYPE", "TECHNICAL_FEASIBILITY", "TECHNICAL_FEASIBILITY",
           "Closed 2026-01-30; closure reason: model cannot size fragments accurately in pit "
           "conditions. Registry 'Proof of concept', epic 'PoC'. Sponsor support is noted "
           "(not an ownership problem)."))

# ------------------------------------------------------------------ BC-25
add(id="BC-25", fmt="v2", lang="en", project_name="Newsletter Personalisation",
    people=["Rosa Lindgren", "Tom Whitaker", "Anjali Shah"],
    hold=True,
    reg=dict(name="Personalised morning newsletter", business_unit="Digital News",
             sponsor="Anjali Shah", owner="Rosa Lindgren", ai_technique="recommendation",
             build_or_buy="build", registry_stage="Prototype", status="on hold",
             start_date="2025-09-01", target_production_date="2026-05-01",
             budget_planned="65000", budget_spent="31000", currency="GBP",
             success_kpi="newsletter click-through rate", kpi_baseline="4.2%",
             kpi_target="6%", data_audit_completed="yes", jira_keys="NEWS",
             notes="On hold: the two people who built the prototype (ranking + templating) both "
                   "left in Q2; replacements not hired yet."),
    issues=[
        dict(key="NEWS-1", type=E, summary="Newsletter ranking prototype", created="2025-09-03",
             hist=[("2025-09-08", "prog")], comps=["Prototype"]),
        dict(key="NEWS-5", summary="Ranking by reading history (last 30 days)", epic="NEWS-1",
             created="2025-10-06", hist=[("2025-10-07", "prog"), ("2026-01-30", "done")],
             com=[("2026-01-30", "Tom Whitaker", "A/B on 5% of subscribers: +0.9 pt CTR.")]),
        dict(key="NEWS-9", summary="Template engine for personalised blocks", epic="NEWS-1",
             created="2026-02-02", hist=[("2026-02-03", "prog")],
             com=[("2026-03-20", "Rosa Lindgren", "Tom's last day is 3 April, handover doc "
                   "started.")]),
    ],
    truth=("STALLED", "PROTOTYPE", "SKILLS_GAP", "SKILLS_GAP",
           "Registry on hold with the reason in notes: the builders left and have not been "
           "replaced; also idle since 2026-03-20. Registry Prototype, component Prototype."))

# ------------------------------------------------------------------ BC-26
add(id="BC-26", fmt="v3", lang="fr", project_name="Retours de copies",
    people=["Claire Lemoine", "Hugo Bernard", "Nathalie Perrin"],
    reg=dict(name="Assistant de retours sur les copies de français",
             business_unit="Académie - numérique éducatif", sponsor="Nathalie Perrin",
             owner="Claire Lemoine", ai_technique="genai-assistant", build_or_buy="partner",
             registry_stage="Cadrage / business case", status="arrêté",
             start_date="2025-10-06", target_production_date="2026-09-01",
             closed_date="2026-03-31", budget_planned="40000", budget_spent="12500",
             currency="EUR", success_kpi="temps de correction par copie",
             kpi_baseline="9 min", kpi_target="6 min", data_audit_completed="non",
             jira_keys="COPIE",
             closure_reason="Arrêt : l'appel à projets régional qui devait financer la suite n'a "
                            "pas retenu le dossier, et aucune autre ligne budgétaire n'est "
                            "disponible."),
    issues=[
        dict(key="COPIE-1", type=E, summary="Étude d'opportunité et dossier de financement",
             created="2025-10-08", hist=[("2025-10-13", "prog"), ("2026-03-31", "wont")],
             labels=["business-case"]),
        dict(key="COPIE-3", type=T, summary="Entretiens avec 12 enseignants", epic="COPIE-1",
             created="2025-10-20", hist=[("2025-10-21", "prog"), ("2025-12-05", "done")],
             com=[("2025-12-05", "Hugo Bernard", "Synthèse des entretiens en pièce jointe.")]),
        dict(key="COPIE-4", type=T, summary="Dépôt du dossier à l'appel à projets",
             epic="COPIE-1", created="2026-01-05", hist=[("2026-01-06", "prog"),
                                                         ("2026-02-13", "done")],
             com=[("2026-02-13", "Claire Lemoine", "Dossier déposé.")]),
    ],
    truth=("CANCELLED", "STRATEGY", "COST_FUNDING", "COST_FUNDING",
           "Arrêté, closed 2026-03-31; closure reason: the funding call rejected it, no other "
           "budget. Registry 'Cadrage / business case', epic 'Étude d'opportunité et dossier de "
           "financement', label business-case: STRATEGY."))

# ------------------------------------------------------------------ BC-27
add(id="BC-27", fmt="v2", lang="nl", project_name="Melkvoorspelling",
    people=["Gert-Jan Kramer", "Ilse Jansen", "Hendrik Bakker"],
    reg=dict(name="Melkaanvoer voorspellen per ophaalroute", business_unit="Zuivelcoöperatie Noord",
             sponsor="", owner="Ilse Jansen", ai_technique="forecasting", build_or_buy="build",
             registry_stage="Strategie", status="actief", start_date="2025-11-03",
             target_production_date="2026-11-01", budget_planned="55000",
             budget_spent="9000", currency="EUR",
             success_kpi="lege kilometers van de melkwagens", kpi_baseline="12%",
             kpi_target="7%", data_audit_completed="", jira_keys="MELK"),
    issues=[
        dict(key="MELK-1", type=E, summary="Strategie en businesscase melkvoorspelling",
             created="2025-11-05", hist=[("2025-11-10", "prog")]),
        dict(key="MELK-2", type=T, summary="Interviews planners en chauffeurs", epic="MELK-1",
             created="2025-11-17", hist=[("2025-11-18", "prog"), ("2026-01-16", "done")],
             com=[("2026-01-16", "Ilse Jansen", "Verslagen staan op SharePoint.")]),
        dict(key="MELK-3", type=T, summary="Akkoord directie op businesscase", epic="MELK-1",
             created="2026-01-19", hist=[("2026-01-20", "prog")],
             com=[("2026-03-02", "Ilse Jansen",
                   "De directeur Leden die dit trok is per 1 maart met pensioen. Zijn opvolger "
                   "heeft het nog niet op zijn lijst staan."),
                  ("2026-04-20", "Gert-Jan Kramer",
                   "Geen reactie op de uitnodiging voor de stuurgroep, ook niet na herinnering.")]),
        dict(key="MELK-4", type=E, summary="Prototype melkvoorspelling (route Friesland)",
             created="2026-01-19"),
    ],
    truth=("STALLED", "STRATEGY", "OWNERSHIP_SPONSORSHIP", "OWNERSHIP_SPONSORSHIP",
           "Idle since 2026-04-20. Registry Strategie, epic 'Strategie en businesscase ...' in "
           "progress; the 'Prototype ...' epic was never started (Te doen), so STRATEGY. Cause in "
           "MELK-3: sponsor retired, successor does not pick it up; sponsor empty."))

# ------------------------------------------------------------------ BC-28
add(id="BC-28", fmt="csv", lang="de", project_name="Posteingang",
    people=["Sabine Krüger", "Florian Maier", "Dr. Peter Hahn"],
    reg=dict(name="Klassifikation des Posteingangs", business_unit="Finanzamt Mitte",
             sponsor="Dr. Peter Hahn", owner="Sabine Krüger", ai_technique="nlp",
             build_or_buy="buy", registry_stage="Betrieb", status="produktiv",
             start_date="2024-10-01", target_production_date="2025-07-01",
             production_date="2025-09-01", budget_planned="140000", budget_spent="152000",
             currency="EUR", success_kpi="Durchlaufzeit Posteingang bis Sachgebiet",
             kpi_baseline="3 Tage", kpi_target="1 Tag", data_audit_completed="ja",
             jira_keys="POST"),
    issues=[
        dict(key="POST-120", summary="Neue Dokumentklasse: Einspruch Grundsteuer",
             created="2026-07-20", hist=[("2026-07-21", "prog"), ("2026-08-14", "done")],
             com=[("2026-08-14", "Florian Maier", "Klasse trainiert und ausgerollt.")]),
        dict(key="POST-124", type=T, summary="Quartalsbericht Genauigkeit Q3",
             created="2026-09-14", hist=[("2026-09-15", "prog")]),
    ],
    truth=("IN_PRODUCTION", "", "", "", "production_date 2025-09-01, produktiv."))

# ------------------------------------------------------------------ BC-29
add(id="BC-29", fmt="v3", lang="en", project_name="Heat Exchanger Fouling",
    people=["Dr. Anna Kowalska", "Luc Janssens", "Robert Eriksen"],
    reg=dict(name="Heat exchanger fouling prediction", business_unit="Cracker Site Antwerp",
             sponsor="Robert Eriksen", owner="Dr. Anna Kowalska", ai_technique="regression",
             build_or_buy="build", registry_stage="Engineering", status="cancelled",
             start_date="2025-01-13", target_production_date="2026-03-01",
             closed_date="2026-02-20", budget_planned="170000", budget_spent="139000",
             currency="EUR", success_kpi="unplanned cleaning stops per year",
             kpi_baseline="5", kpi_target="2", data_audit_completed="no", jira_keys="FOUL",
             closure_reason="Cancelled: the inlet temperature and pressure tags were stored as "
                            "hourly averages for years and the raw readings are gone; the "
                            "history we have is too coarse to show fouling building up."),
    issues=[
        dict(key="FOUL-1", type=E, summary="Fouling model - industrialisation",
             created="2025-07-01", hist=[("2025-07-07", "prog"), ("2026-02-20", "wont")]),
        dict(key="FOUL-7", summary="Containerise scoring for the plant DMZ", epic="FOUL-1",
             created="2025-07-14", hist=[("2025-07-15", "prog"), ("2025-10-31", "done")],
             com=[("2025-10-31", "Luc Janssens", "Image signed and scanned, OT security happy.")]),
        dict(key="FOUL-9", summary="Retrain on 2019-2025 history", epic="FOUL-1",
             created="2025-11-03", hist=[("2025-11-04", "prog"), ("2026-02-20", "wont")],
             com=[("2025-12-08", "Dr. Anna Kowalska",
                   "Pulled the long history. All inlet tags before 2025 are hourly means - the "
                   "historian was configured that way and raw data was never kept.")]),
    ],
    truth=("CANCELLED", "ENGINEERING", "DATA_READINESS", "DATA_READINESS",
           "Cancelled, closed 2026-02-20; closure reason and FOUL-9: raw sensor history missing "
           "(only hourly averages). Registry Engineering, epic '- industrialisation'. Negated "
           "OT-security remark."))

# ------------------------------------------------------------------ BC-30
add(id="BC-30", fmt="v3", lang="en", project_name="AI Lab",
    people=["Beatriz Costa", "Daniel Kim", "Sophie Laurent"],
    reg=dict(name="Guest review summaries for hotel managers", business_unit="Guest Experience",
             sponsor="Sophie Laurent", owner="Beatriz Costa", ai_technique="genai-assistant",
             build_or_buy="build", registry_stage="Prototype", status="active",
             start_date="2026-05-04", target_production_date="2027-02-01",
             budget_planned="45000", budget_spent="12000", currency="EUR",
             success_kpi="manager time spent reading reviews", kpi_baseline="3 h/week",
             kpi_target="1 h/week", data_audit_completed="yes", jira_keys="AIX-31"),
    issues=[
        dict(key="AIX-31", type=E, summary="Review summariser prototype", created="2026-05-06",
             hist=[("2026-05-11", "prog")]),
        dict(key="AIX-33", summary="Summaries for 5 test properties", epic="AIX-31",
             created="2026-07-06", hist=[("2026-07-07", "prog"), ("2026-08-28", "done")],
             com=[("2026-08-28", "Daniel Kim", "Managers at the test properties liked the "
                   "weekly digest, asked for a Spanish version.")]),
        dict(key="AIX-35", summary="Spanish and Portuguese output", epic="AIX-31",
             created="2026-08-31", hist=[("2026-09-01", "prog")]),
    ],
    truth=("ACTIVE", "", "", "", "Activity on 2026-09-01."))

# ------------------------------------------------------------------ BC-31
add(id="BC-31", fmt="v2", lang="en", project_name="Slotting",
    people=["Nicole Wagner", "Rui Santos", "Patrick O'Neill"],
    reg=dict(name="Warehouse slotting optimisation (Zaragoza)", business_unit="E-commerce Fulfilment",
             sponsor="Patrick O'Neill", owner="Nicole Wagner", ai_technique="optimisation",
             build_or_buy="build", registry_stage="", status="in progress",
             start_date="2025-04-14", target_production_date="2026-03-31",
             budget_planned="190000", budget_spent="122000", currency="EUR",
             success_kpi="pick travel metres per order line", kpi_baseline="23",
             kpi_target="17", data_audit_completed="yes", jira_keys="SLOT"),
    issues=[
        dict(key="SLOT-1", type=E, summary="Slotting engine - MVP build", created="2025-09-01",
             hist=[("2025-09-08", "prog")], sprint=["SLOT Build 3", "SLOT Build 4"]),
        dict(key="SLOT-11", summary="Nightly re-slot proposal for fast movers", epic="SLOT-1",
             created="2025-10-13", hist=[("2025-10-14", "prog"), ("2026-01-09", "done")],
             com=[("2026-01-09", "Rui Santos",
                   "Ops team likes the pick-path results from the simulation, -21% metres.")]),
        dict(key="SLOT-14", summary="Push location moves into the WMS", epic="SLOT-1",
             created="2026-01-12", hist=[("2026-01-13", "prog"), ("2026-03-02", "block")],
             com=[("2026-03-02", "Nicole Wagner",
                   "We can compute the moves fine, but our WMS release (on-prem, 2012) has no "
                   "way to import location moves except keying them in on the RF screen. The "
                   "vendor's upgrade that adds an import is not planned before 2028."),
                  ("2026-03-04", "Rui Santos", "Raised it in the IT architecture board.")]),
    ],
    truth=("STALLED", "ENGINEERING", "INTEGRATION", "INTEGRATION",
           "Idle since 2026-03-04. Registry stage empty; Jira epic 'MVP build', sprints 'SLOT Build "
           "3/4'. Cause "
           "in SLOT-14: no way to get moves into the legacy WMS. Users like the results."))

# ------------------------------------------------------------------ BC-32
add(id="BC-32", fmt="csv", lang="en", project_name="Billing Disputes",
    people=["Vikram Iyer", "Zoe Papadopoulos", "Laura Conti"],
    reg=dict(name="Invoice dispute classification", business_unit="Billing & Collections",
             sponsor="Laura Conti", owner="Vikram Iyer", ai_technique="nlp",
             build_or_buy="build", registry_stage="Build", status="stopped",
             start_date="2025-03-10", target_production_date="2026-01-31",
             closed_date="2026-05-15", budget_planned="140000", budget_spent="118000",
             currency="EUR", success_kpi="disputes routed to the right team first time",
             kpi_baseline="61%", kpi_target="85%", data_audit_completed="yes",
             jira_keys="BILD",
             closure_reason="Stopped: the contractor team rolled off in February and no internal "
                            "engineer could take over the NLP pipeline; two attempts to recruit "
                            "ML engineers failed."),
    issues=[
        dict(key="BILD-1", type=E, summary="Dispute classifier - build", created="2025-07-01",
             hist=[("2025-07-07", "prog"), ("2026-05-15", "wont")]),
        dict(key="BILD-17", summary="Routing rules export to the billing CRM", epic="BILD-1",
             created="2025-10-06", hist=[("2025-10-07", "prog"), ("2025-12-18", "done")],
             com=[("2025-12-18", "Zoe Papadopoulos", "Export works, CRM team confirmed.")]),
        dict(key="BILD-22", summary="Handover of training pipeline", epic="BILD-1",
             created="2026-01-19", hist=[("2026-01-20", "prog"), ("2026-05-15", "wont")],
             com=[("2026-02-06", "Vikram Iyer", "Handover sessions recorded, 3 of 5 done.")]),
    ],
    truth=("CANCELLED", "ENGINEERING", "SKILLS_GAP", "SKILLS_GAP",
           "Stopped, closed 2026-05-15; closure reason: contractors left, nobody inside could "
           "take over, recruiting failed. Registry Build, epic '- build'. Negated integration "
           "remark."))

# ------------------------------------------------------------------ BC-33
add(id="BC-33", fmt="v3", lang="fr", project_name="LCB-FT Alertes",
    people=["Julien Moreau", "Fatou Diallo", "Bertrand Leclerc"],
    hold=True,
    reg=dict(name="Priorisation des alertes LCB-FT", business_unit="Conformité bancaire",
             sponsor="Bertrand Leclerc", owner="Julien Moreau", ai_technique="classification",
             build_or_buy="build", registry_stage="Industrialisation", status="en pause",
             start_date="2025-02-03", target_production_date="2026-06-30",
             budget_planned="320000", budget_spent="205000", currency="EUR",
             success_kpi="alertes traitées par analyste et par jour", kpi_baseline="22",
             kpi_target="35", data_audit_completed="oui", jira_keys="LCB",
             notes="En pause : la validation du modèle par la Conformité et le risque de modèle "
                   "n'est pas planifiée avant 2027 ; aucune mise en service sans cet avis."),
    issues=[
        dict(key="LCB-1", type=E, summary="Industrialisation du modèle de priorisation",
             created="2025-09-01", hist=[("2025-09-08", "prog")]),
        dict(key="LCB-12", summary="Historique des alertes 2021-2025", epic="LCB-1",
             created="2025-09-15", hist=[("2025-09-16", "prog"), ("2025-11-07", "done")],
             com=[("2025-11-07", "Fatou Diallo",
                   "Les données d'alertes historiques sont complètes depuis la migration.")]),
        dict(key="LCB-15", summary="Dossier de validation modèle", epic="LCB-1",
             created="2026-01-12", hist=[("2026-01-13", "prog"), ("2026-03-27", "block")],
             com=[("2026-03-27", "Julien Moreau", "Dossier envoyé, en attente de créneau.")]),
    ],
    truth=("STALLED", "ENGINEERING", "SECURITY_COMPLIANCE", "SECURITY_COMPLIANCE",
           "Registry en pause (on hold) with the reason in notes: model validation by compliance "
           "/ model risk not before 2027; idle since 2026-03-27. Registry Industrialisation, epic "
           "'Industrialisation du modèle': ENGINEERING. Negated data remark on LCB-12."))

# ------------------------------------------------------------------ BC-34
add(id="BC-34", fmt="v2", lang="en", project_name="Mill Energy",
    people=["Jacques Tremblay", "Ana Pereira", "Graham Whyte"],
    reg=dict(name="Grinding mill energy optimiser", business_unit="Concentrator",
             sponsor="Graham Whyte", owner="Jacques Tremblay", ai_technique="optimisation",
             build_or_buy="partner", registry_stage="Run", status="in production",
             start_date="2025-01-06", target_production_date="2025-12-01",
             production_date="2026-01-20", budget_planned="350000", budget_spent="362000",
             currency="CAD", success_kpi="kWh per tonne milled", kpi_baseline="17.8",
             kpi_target="16.5", data_audit_completed="yes", jira_keys="MILL"),
    issues=[
        dict(key="MILL-3", type=E, summary="Advisory mode go-live SAG mill 1",
             created="2025-10-06", hist=[("2025-10-13", "prog"), ("2026-01-20", "done")]),
        dict(key="MILL-40", summary="Add ore hardness proxy from crusher power",
             created="2026-06-15", hist=[("2026-06-16", "prog"), ("2026-08-07", "done")],
             com=[("2026-08-07", "Ana Pereira", "Live since the August shutdown.")]),
    ],
    truth=("IN_PRODUCTION", "", "", "", "production_date 2026-01-20."))

# ------------------------------------------------------------------ BC-35
add(id="BC-35", fmt="v3", lang="en", project_name="Ad Inventory",
    people=["Harriet Cole", "Dev Patel", "Marcus Lund"],
    reg=dict(name="Ad inventory forecasting for linear TV", business_unit="Advertising Sales",
             sponsor="Marcus Lund", owner="Harriet Cole", ai_technique="forecasting",
             build_or_buy="build", registry_stage="Build", status="active",
             start_date="2025-06-02", target_production_date="2026-05-01",
             budget_planned="150000", budget_spent="141000", currency="GBP",
             success_kpi="unsold impressions", kpi_baseline="9%", kpi_target="6%",
             data_audit_completed="yes", jira_keys="ADINV"),
    issues=[
        dict(key="ADINV-1", type=E, summary="Inventory forecast - build and integration",
             created="2025-10-01", hist=[("2025-10-06", "prog")]),
        dict(key="ADINV-8", summary="Daypart forecast per channel", epic="ADINV-1",
             created="2025-10-13", hist=[("2025-10-14", "prog"), ("2026-01-23", "done")],
             com=[("2026-01-23", "Dev Patel", "Beats the sales-house estimate on 11 of 13 "
                   "channels.")]),
        dict(key="ADINV-12", summary="Go-live decision with ad sales", epic="ADINV-1",
             created="2026-01-26", hist=[("2026-01-27", "prog")],
             com=[("2026-03-09", "Harriet Cole",
                   "Marcus left in February. The new sales leadership is all-in on the streaming "
                   "relaunch; nobody there will take the go-live decision or even a meeting."),
                  ("2026-04-21", "Harriet Cole",
                   "Also heard finance trimmed what was left of the 2026 money for this.")]),
    ],
    truth=("STALLED", "ENGINEERING", "OWNERSHIP_SPONSORSHIP",
           "OWNERSHIP_SPONSORSHIP;COST_FUNDING",
           "Idle since 2026-04-21. Registry Build, epic 'build and integration'. ADINV-12: the "
           "sponsor left and new leadership has other priorities (main); a later remark about a "
           "budget trim makes COST_FUNDING defensible too. The registry sponsor is stale."))

# ------------------------------------------------------------------ BC-36
add(id="BC-36", fmt="csv", lang="en", project_name="Library Demand",
    people=["Fiona MacLeod", "Kwame Asante", "Dr. Ruth Adler"],
    reg=dict(name="Course reading list demand forecast", business_unit="University Library",
             sponsor="Dr. Ruth Adler", owner="Fiona MacLeod", ai_technique="forecasting",
             build_or_buy="build", registry_stage="Prototype", status="active",
             start_date="2026-03-02", target_production_date="2027-01-10",
             budget_planned="30000", budget_spent="8000", currency="GBP",
             success_kpi="hold queue length for set texts", kpi_baseline="14 days",
             kpi_target="5 days", data_audit_completed="yes", jira_keys="LIBD"),
    issues=[
        dict(key="LIBD-1", type=E, summary="Reading list demand - prototype",
             created="2026-03-04", hist=[("2026-03-09", "prog")]),
        dict(key="LIBD-4", summary="Join VLE enrolments with loan history", epic="LIBD-1",
             created="2026-06-01", hist=[("2026-06-02", "prog"), ("2026-08-12", "done")],
             com=[("2026-08-12", "Kwame Asante", "Join done for 2023-2026, 96% of items matched.")]),
        dict(key="LIBD-6", summary="Forecast for autumn term set texts", epic="LIBD-1",
             created="2026-08-17", hist=[("2026-08-18", "prog")],
             com=[("2026-09-24", "Fiona MacLeod", "First list sent to acquisitions.")]),
    ],
    truth=("ACTIVE", "", "", "", "Activity on 2026-09-24."))

# ------------------------------------------------------------------ BC-37
add(id="BC-37", fmt="v2", lang="es", project_name="Abonado Variable",
    people=["Rocío Navarro", "Diego Castillo", "Manuel Herrera"],
    reg=dict(name="Recomendación de abonado por parcela", business_unit="Servicios Técnicos",
             sponsor="Manuel Herrera", owner="Rocío Navarro", ai_technique="recommendation",
             build_or_buy="build", registry_stage="Despliegue", status="activo",
             start_date="2025-01-13", target_production_date="2026-02-01",
             budget_planned="70000", budget_spent="66000", currency="EUR",
             success_kpi="kg de nitrógeno por tonelada cosechada", kpi_baseline="21",
             kpi_target="17", data_audit_completed="sí", jira_keys="ABON"),
    issues=[
        dict(key="ABON-1", type=E, summary="Despliegue en 45 parcelas de socios",
             created="2025-12-01", hist=[("2025-12-09", "prog")],
             sprint=["ABON Despliegue 1", "ABON Despliegue 2"]),
        dict(key="ABON-5", summary="App para técnicos de campo", epic="ABON-1",
             created="2025-12-10", hist=[("2025-12-11", "prog"), ("2026-02-06", "done")],
             com=[("2026-02-06", "Diego Castillo", "App publicada en la tienda interna.")]),
        dict(key="ABON-8", type=T, summary="Seguimiento de uso por técnico", epic="ABON-1",
             created="2026-03-02", hist=[("2026-03-03", "prog")],
             com=[("2026-04-13", "Rocío Navarro",
                   "Los técnicos siguen usando sus tablas de siempre: en marzo solo 6 de 45 "
                   "parcelas aplicaron la recomendación."),
                  ("2026-05-18", "Rocío Navarro",
                   "Nadie formó a los técnicos antes de lanzar la app y varios dicen que no se "
                   "fían de una dosis que no saben de dónde sale.")]),
    ],
    truth=("STALLED", "DEPLOYMENT", "USER_ADOPTION", "USER_ADOPTION",
           "Idle since 2026-05-18. Registry Despliegue, epic 'Despliegue en 45 parcelas', "
           "sprints 'Despliegue'. Cause in ABON-8: field technicians don't use or trust it, no "
           "training."))

# ------------------------------------------------------------------ BC-38
add(id="BC-38", fmt="csv", lang="en", project_name="Valuation",
    people=["Moira Doyle", "Ben Adebayo", "Charles Whitfield"],
    reg=dict(name="AI for property valuations", business_unit="Valuation Office",
             sponsor="Charles Whitfield", owner="Moira Doyle", ai_technique="regression",
             build_or_buy="build", registry_stage="Discovery", status="closed",
             start_date="2025-11-17", target_production_date="", closed_date="2026-02-13",
             budget_planned="25000", budget_spent="11000", currency="GBP", success_kpi="",
             data_audit_completed="", jira_keys="VAL",
             closure_reason="Closed in discovery: the brief asked for 'AI for valuations' but "
                            "neither the valuation office nor policy could name a decision the "
                            "model would support or how success would be measured."),
    issues=[
        dict(key="VAL-1", type=E, summary="Discovery - AI for valuations", created="2025-11-18",
             hist=[("2025-11-24", "prog"), ("2026-02-13", "wont")], labels=["discovery"],
             desc="Discovery scope:\n- talk to the valuation teams (3 regions)\n- list the "
                  "decisions a model could support\n- go / no-go by February"),
        dict(key="VAL-2", type=T, summary="Workshop with valuation teams", epic="VAL-1",
             created="2025-11-24", hist=[("2025-11-25", "prog"), ("2026-01-09", "done")],
             com=[("2026-01-09", "Ben Adebayo", "Three workshops held, notes on the wiki.")]),
    ],
    truth=("CANCELLED", "DISCOVERY", "UNCLEAR_OBJECTIVE", "UNCLEAR_OBJECTIVE",
           "Closed 2026-02-13 in discovery; closure reason: no decision to support, no success "
           "measure; success_kpi empty. Registry Discovery, epic and label discovery."))

# ------------------------------------------------------------------ BC-39
add(id="BC-39", fmt="v3", lang="en", project_name="AI Lab",
    people=["Greta Holm", "Samir Khalil", "Dr. Lorenz Egli"],
    reg=dict(name="Semantic search over electronic lab notebooks", business_unit="R&D Coatings",
             sponsor="Dr. Lorenz Egli", owner="Greta Holm", ai_technique="genai-assistant",
             build_or_buy="build", registry_stage="Prototype", status="active",
             start_date="2025-09-01", target_production_date="2026-06-01",
             budget_planned="60000", budget_spent="27000", currency="CHF",
             success_kpi="time to find prior experiments", kpi_baseline="45 min",
             kpi_target="10 min", data_audit_completed="yes", jira_keys="AIX-40"),
    issues=[
        dict(key="AIX-40", type=E, summary="ELN search prototype", created="2025-09-03",
             hist=[("2025-09-08", "prog")]),
        dict(key="AIX-41", summary="Chunking and embeddings for 80k ELN entries", epic="AIX-40",
             created="2025-09-15", hist=[("2025-09-16", "prog"), ("2025-12-05", "done")],
             com=[("2025-11-14", "Samir Khalil", "Data side looks fine, export was clean."),
                  ("2025-12-05", "Samir Khalil", "Index built, 81,204 entries.")]),
        dict(key="AIX-44", summary="Relevance test with 10 chemists", epic="AIX-40",
             created="2026-01-12", hist=[("2026-01-13", "prog")],
             com=[("2026-02-02", "Greta Holm", "Test protocol drafted, sessions booked."),
                  ("2026-02-27", "Greta Holm", "Moved the remaining sessions to March.")]),
    ],
    truth=("STALLED", "PROTOTYPE", "UNKNOWN", "UNKNOWN",
           "Idle since 2026-02-27. Linked by epic key AIX-40. Registry Prototype, epic "
           "'prototype'. Only neutral chatter and a negated data remark: no cause evidence."))

# ------------------------------------------------------------------ BC-40
add(id="BC-40", fmt="csv", lang="en", project_name="Hotel Energy",
    people=["Lars Nygaard", "Mónica Ruiz", "Stefan Horvat"],
    reg=dict(name="HVAC energy optimisation in hotels", business_unit="Technical Services",
             sponsor="Stefan Horvat", owner="Lars Nygaard", ai_technique="optimisation",
             build_or_buy="buy", registry_stage="Operation", status="in production",
             start_date="2024-06-03", target_production_date="2025-03-01",
             production_date="2025-04-01", budget_planned="210000", budget_spent="198000",
             currency="EUR", success_kpi="kWh per occupied room night", kpi_baseline="31",
             kpi_target="26", data_audit_completed="yes", jira_keys="HVAC"),
    issues=[
        dict(key="HVAC-61", summary="Onboard the Porto hotel", created="2026-06-29",
             hist=[("2026-06-30", "prog"), ("2026-08-26", "done")],
             com=[("2026-08-26", "Mónica Ruiz", "Porto live, BMS points mapped.")]),
        dict(key="HVAC-64", type=T, summary="Savings report H1", created="2026-07-06",
             hist=[("2026-07-07", "prog"), ("2026-07-24", "done")]),
    ],
    truth=("IN_PRODUCTION", "", "", "", "production_date 2025-04-01."))

# ------------------------------------------------------------------ BC-41
add(id="BC-41", fmt="csv", lang="en", project_name="Fleet Fuel",
    people=["Carlos Mendes", "Hanna Virtanen", "Derek Holt"],
    reg=dict(name="Fuel theft anomaly detection", business_unit="Own Fleet",
             sponsor="Derek Holt", owner="Carlos Mendes", ai_technique="anomaly-detection",
             build_or_buy="build", registry_stage="POC", status="cancelled",
             start_date="2025-10-06", target_production_date="2026-06-01",
             closed_date="2026-03-20", budget_planned="35000", budget_spent="21000",
             currency="EUR", success_kpi="litres lost per 100 km", kpi_baseline="0.8",
             kpi_target="0.3", data_audit_completed="yes", jira_keys="FUEL",
             closure_reason="Cancelled at gate 2: the fleet provider wants EUR 95k a year for the "
                            "tank-level telematics licence, more than the losses we could ever "
                            "recover."),
    issues=[
        dict(key="FUEL-1", type=E, summary="Fuel anomaly PoC", created="2025-10-07",
             hist=[("2025-10-13", "prog"), ("2026-03-20", "wont")], labels=["poc"]),
        dict(key="FUEL-3", summary="Detect sudden tank-level drops on sample data",
             epic="FUEL-1", created="2025-10-20", hist=[("2025-10-21", "prog"),
                                                        ("2026-01-16", "done")],
             com=[("2026-01-16", "Hanna Virtanen",
                   "Caught 9 of the 11 known incidents in the 3-month sample.")]),
        dict(key="FUEL-5", type=T, summary="Gate 2 paper", epic="FUEL-1", created="2026-02-02",
             hist=[("2026-02-03", "prog"), ("2026-03-06", "done")],
             com=[("2026-03-06", "Carlos Mendes", "Paper submitted for the gate on the 19th.")]),
    ],
    truth=("CANCELLED", "PROTOTYPE", "COST_FUNDING", "COST_FUNDING",
           "Cancelled 2026-03-20 at the gate; closure reason: data licence cost exceeds the "
           "benefit. Registry POC, label poc. The detector itself worked (FUEL-3)."))

# ------------------------------------------------------------------ BC-42
add(id="BC-42", fmt="v2", lang="en", project_name="Agent Assist",
    people=["Megan Doherty", "Tariq Aziz", "Olivia Brandt"],
    reg=dict(name="Retrieval assistant for contact-centre agents", business_unit="Customer Care",
             sponsor="Olivia Brandt", owner="Megan Doherty", ai_technique="genai-assistant",
             build_or_buy="build", registry_stage="Deployment", status="active",
             start_date="2025-04-07", target_production_date="2026-02-01",
             budget_planned="240000", budget_spent="197000", currency="EUR",
             success_kpi="average handling time", kpi_baseline="7.9 min",
             kpi_target="6.5 min", data_audit_completed="yes", jira_keys="AGA"),
    issues=[
        dict(key="AGA-1", type=E, summary="Agent assist - UAT and production readiness",
             created="2025-12-01", hist=[("2025-12-08", "prog")], labels=["uat"]),
        dict(key="AGA-14", summary="UAT with 20 agents in Cork", epic="AGA-1",
             created="2025-12-08", hist=[("2025-12-09", "prog"), ("2026-02-13", "done")],
             com=[("2026-02-13", "Tariq Aziz",
                   "UAT closed: agents rated answers 4.3/5 and want it on every desk.")]),
        dict(key="AGA-17", summary="Production hosting for retrieval service", epic="AGA-1",
             created="2026-02-16", hist=[("2026-02-17", "prog"), ("2026-03-11", "block")],
             com=[("2026-03-11", "Megan Doherty",
                   "The retrieval service still runs in a dev subscription: no monitoring, no "
                   "failover, index rebuilt by hand. Operations won't accept it like that and "
                   "there is no production platform it could move to."),
                  ("2026-04-01", "Tariq Aziz", "Raised again in the ops CAB, no slot given.")]),
    ],
    truth=("STALLED", "DEPLOYMENT", "PRODUCTION_ARCHITECTURE", "PRODUCTION_ARCHITECTURE",
           "Idle since 2026-04-01. Registry Deployment, epic 'UAT and production readiness', "
           "label uat. Cause in AGA-17: no production hosting/monitoring. Users want it."))

# ------------------------------------------------------------------ BC-43
add(id="BC-43", fmt="v3", lang="de", project_name="Kreditunterlagen",
    people=["Tobias Lang", "Nina Schuster", "Dr. Martin Reuter"],
    reg=dict(name="Vollständigkeitsprüfung Kreditunterlagen", business_unit="Firmenkunden",
             sponsor="Dr. Martin Reuter", owner="Tobias Lang", ai_technique="document-ai",
             build_or_buy="buy", registry_stage="Betrieb",
             status="außer Betrieb genommen", start_date="2023-09-04",
             target_production_date="2024-05-01", production_date="2024-06-03",
             closed_date="2026-03-31", budget_planned="160000", budget_spent="171000",
             currency="EUR", success_kpi="Rückfragen an Kunden je Antrag",
             kpi_baseline="2.6", kpi_target="1.2", data_audit_completed="ja",
             jira_keys="KRED", notes="Abgelöst durch die neue Kreditplattform (Funktion dort "
                                     "integriert)."),
    issues=[
        dict(key="KRED-210", type=T, summary="Abschaltung Prüfservice", created="2026-03-02",
             hist=[("2026-03-16", "prog"), ("2026-03-31", "done")],
             com=[("2026-03-31", "Nina Schuster", "Service abgeschaltet, Logs archiviert.")]),
    ],
    truth=("IN_PRODUCTION", "", "", "", "production_date 2024-06-03, retired 2026-03-31 "
           "('außer Betrieb genommen'): still IN_PRODUCTION."))

# ------------------------------------------------------------------ BC-44
add(id="BC-44", fmt="v2", lang="en", project_name="Data Hub",
    people=["Aroha Williams", "Pedro Lima", "Jan Kowalski"],
    hold=True,
    reg=dict(name="Tailings dam piezometer anomaly alerts", business_unit="Environment & Tailings",
             sponsor="Jan Kowalski", owner="Aroha Williams", ai_technique="anomaly-detection",
             build_or_buy="build", registry_stage="Deployment", status="on hold",
             start_date="2025-05-05", target_production_date="2026-04-01",
             budget_planned="110000", budget_spent="86000", currency="AUD",
             success_kpi="time to detect abnormal pore pressure", kpi_baseline="3 days",
             kpi_target="4 h", data_audit_completed="yes", jira_keys=""),
    issues=[
        dict(key="DHUB-310", type=E, summary="Piezometer alerts - deployment to control room",
             created="2026-01-12", hist=[("2026-01-19", "prog")],
             labels=["initiative:BC-44"]),
        dict(key="DHUB-312", summary="Alert routing to the control-room pager",
             epic="DHUB-310", created="2026-01-20", hist=[("2026-01-21", "prog"),
                                                          ("2026-03-13", "done")],
             labels=["initiative:BC-44"],
             com=[("2026-03-13", "Pedro Lima", "Routing tested with the night shift.")]),
        dict(key="DHUB-318", type=T, summary="Update sensor list after new piezometers",
             epic="DHUB-310", created="2026-08-10", hist=[("2026-08-11", "prog")],
             labels=["initiative:BC-44"],
             com=[("2026-09-08", "Aroha Williams", "Added P-41 to P-46 to the config."),
                  ("2026-09-09", "Pedro Lima", "thx")]),
    ],
    truth=("STALLED", "DEPLOYMENT", "UNKNOWN", "UNKNOWN",
           "Registry status on hold (no reason given anywhere) although there was Jira activity "
           "on 2026-09-09: STALLED because on hold. Linked by label initiative:BC-44 in DHUB. "
           "Registry Deployment, epic '- deployment to control room'. No cause evidence."))

# ------------------------------------------------------------------ BC-45
add(id="BC-45", fmt="v3", lang="de", project_name="Archiv KI",
    people=["Miriam Roth", "Felix Weber", "Dr. Andreas Kühn"],
    reg=dict(name="KI im Sendearchiv", business_unit="Dokumentation & Archiv",
             sponsor="Dr. Andreas Kühn", owner="Miriam Roth", ai_technique="",
             build_or_buy="", registry_stage="Strategie", status="eingestellt",
             start_date="2025-09-15", target_production_date="", closed_date="2026-01-23",
             budget_planned="30000", budget_spent="9000", currency="EUR", success_kpi="",
             data_audit_completed="", jira_keys="ARCH",
             closure_reason="Vorhaben eingestellt: nach zwei Workshops blieb offen, welches "
                            "Problem im Archiv eigentlich gelöst werden soll - Suche, "
                            "Rechteklärung oder Vermarktung. Ohne Zielbild kein Business Case."),
    issues=[
        dict(key="ARCH-1", type=E, summary="Zielbild und Business Case KI im Archiv",
             created="2025-09-17", hist=[("2025-09-22", "prog"), ("2026-01-23", "wont")]),
        dict(key="ARCH-2", type=T, summary="Workshop 1 mit Redaktion und Rechteabteilung",
             epic="ARCH-1", created="2025-10-06", hist=[("2025-10-07", "prog"),
                                                        ("2025-10-24", "done")],
             com=[("2025-10-24", "Felix Weber", "Protokoll im Confluence.")]),
        dict(key="ARCH-3", type=T, summary="Workshop 2", epic="ARCH-1", created="2025-11-03",
             hist=[("2025-11-04", "prog"), ("2025-12-05", "done")],
             com=[("2025-12-05", "Miriam Roth",
                   "Wieder drei Wunschlisten, keine Priorität. Die Redaktion will bessere Suche, "
                   "die Rechteabteilung Rechteklärung, der Vertrieb Lizenzerlöse.")]),
    ],
    truth=("CANCELLED", "STRATEGY", "UNCLEAR_OBJECTIVE", "UNCLEAR_OBJECTIVE",
           "Eingestellt, closed 2026-01-23; closure reason: the problem to solve was never "
           "settled; success_kpi empty. Registry Strategie, epic 'Zielbild und Business Case'."))

# ------------------------------------------------------------------ BC-46
add(id="BC-46", fmt="v3", lang="en", project_name="AI Lab",
    people=["Eoin Brennan", "Martina Novak", "Siobhan Walsh"],
    reg=dict(name="Shadow economy signals from online marketplaces",
             business_unit="Revenue Intelligence", sponsor="Siobhan Walsh",
             owner="Eoin Brennan", ai_technique="nlp", build_or_buy="build",
             registry_stage="Exploration", status="cancelled", start_date="2025-10-13",
             target_production_date="", closed_date="2026-02-27", budget_planned="40000",
             budget_spent="16000", currency="EUR",
             success_kpi="undeclared traders identified per quarter",
             data_audit_completed="no", jira_keys="AIX-47",
             closure_reason="Closed in exploration: the marketplace listings we would need are "
                            "not obtainable at scale, and our own trader registers cannot be "
                            "linked to them at person level."),
    issues=[
        dict(key="AIX-47", type=E, summary="Discovery - marketplace signals",
             created="2025-10-15", hist=[("2025-10-20", "prog"), ("2026-02-27", "wont")]),
        dict(key="AIX-48", type=T, summary="Check which listing data we can get",
             epic="AIX-47", created="2025-10-27", hist=[("2025-10-28", "prog"),
                                                        ("2026-01-30", "done")],
             com=[("2025-12-11", "Martina Novak",
                   "Two of three platforms refused bulk access, the third only gives 30 days. "
                   "Scraping is off the table for us."),
                  ("2026-01-30", "Martina Novak", "Findings written up.")]),
    ],
    truth=("CANCELLED", "DISCOVERY", "DATA_READINESS", "DATA_READINESS",
           "Closed 2026-02-27; closure reason and AIX-48: the data cannot be obtained or linked. "
           "Registry 'Exploration', epic 'Discovery - ...'. Linked by epic key AIX-47."))

# ------------------------------------------------------------------ BC-47
add(id="BC-47", fmt="v2", lang="nl", project_name="Data Hub",
    people=["Daan Mulder", "Eva Smits", "Roel Peeters"],
    reg=dict(name="Spraakconcierge op de kamer", business_unit="Hotels Benelux",
             sponsor="Roel Peeters", owner="Daan Mulder", ai_technique="genai-assistant",
             build_or_buy="buy", registry_stage="Verkenning", status="actief",
             start_date="2025-11-03", target_production_date="2026-12-01",
             budget_planned="20000", budget_spent="6000", currency="EUR",
             success_kpi="telefoontjes naar de receptie per verblijf", kpi_baseline="1.4",
             kpi_target="0.8", data_audit_completed="", jira_keys=""),
    issues=[
        dict(key="DHUB-401", type=E, summary="Verkenning spraakconcierge",
             created="2025-11-05", hist=[("2025-11-10", "prog")],
             labels=["initiative:BC-47", "discovery"]),
        dict(key="DHUB-402", type=T, summary="Marktscan leveranciers", epic="DHUB-401",
             created="2025-11-10", hist=[("2025-11-11", "prog"), ("2026-01-16", "done")],
             labels=["initiative:BC-47"],
             com=[("2026-01-16", "Eva Smits", "Vijf leveranciers bekeken, vergelijking in de "
                   "bijlage.")]),
        dict(key="DHUB-405", type=T, summary="Demo's plannen met twee leveranciers",
             epic="DHUB-401", created="2026-01-19", hist=[("2026-01-20", "prog")],
             labels=["initiative:BC-47"],
             com=[("2026-02-05", "Daan Mulder", "Eerste demo verschoven naar maart."),
                  ("2026-03-12", "Eva Smits", "Demo gehad, notities volgen.")]),
    ],
    truth=("STALLED", "DISCOVERY", "UNKNOWN", "UNKNOWN",
           "Idle since 2026-03-12. Linked by label initiative:BC-47 in DHUB. Registry "
           "'Verkenning' (Dutch: exploration), epic 'Verkenning ...', label discovery. Only "
           "neutral chatter."))

# ------------------------------------------------------------------ BC-48
add(id="BC-48", fmt="csv", lang="en", project_name="Container Damage",
    people=["Jasper Vink", "Ngozi Okafor", "Heiko Brandes"],
    reg=dict(name="Container damage detection at the gate", business_unit="Terminal Operations",
             sponsor="Heiko Brandes", owner="Jasper Vink", ai_technique="computer-vision",
             build_or_buy="partner", registry_stage="", status="cancelled",
             start_date="2025-06-02", target_production_date="2026-04-01",
             closed_date="2026-04-17", budget_planned="90000", budget_spent="74000",
             currency="EUR", success_kpi="damage claims disputed", kpi_baseline="",
             kpi_target="", data_audit_completed="yes", jira_keys="CDMG",
             closure_reason="Stopped after the PoC: the model only ran in the partner's demo "
                            "notebook. There was no way to run it next to the gate cameras and "
                            "no setup to retrain or monitor it per terminal, and building that "
                            "was never part of the plan."),
    issues=[
        dict(key="CDMG-1", type=E, summary="PoC damage detection (gate 4)", created="2025-06-04",
             hist=[("2025-06-09", "prog"), ("2025-12-19", "done")]),
        dict(key="CDMG-5", summary="Label 6k gate images", epic="CDMG-1", created="2025-06-16",
             hist=[("2025-06-17", "prog"), ("2025-09-12", "done")],
             com=[("2025-09-12", "Ngozi Okafor", "6,140 images labelled, agreement 0.88.")]),
        dict(key="CDMG-8", summary="PoC results for the terminal board", epic="CDMG-1",
             created="2025-11-17", hist=[("2025-11-18", "prog"), ("2025-12-19", "done")],
             com=[("2025-12-19", "Jasper Vink", "Dents and holes found with 0.91 recall on the "
                   "test week.")]),
        dict(key="CDMG-12", type=T, summary="Plan for running at all 9 gates",
             created="2026-01-12", hist=[("2026-01-13", "prog"), ("2026-04-17", "wont")],
             com=[("2026-02-23", "Jasper Vink", "Meeting with terminal IT moved to March.")]),
    ],
    truth=("CANCELLED", "PROTOTYPE", "PRODUCTION_ARCHITECTURE", "PRODUCTION_ARCHITECTURE",
           "Cancelled 2026-04-17; closure reason: PoC never designed for production, no way to "
           "run/retrain/monitor it. Registry stage empty; the closure reason and the epic 'PoC ...' "
           "(done) say PROTOTYPE. Model quality was fine."))

# ------------------------------------------------------------------ BC-49
add(id="BC-49", fmt="v2", lang="es", project_name="Previsión Cosecha",
    people=["Alba Romero", "Sergio Vidal", "Pilar Gutiérrez"],
    hold=True,
    reg=dict(name="Previsión de cosecha de cítricos", business_unit="Cooperativa Levante",
             sponsor="Pilar Gutiérrez", owner="Alba Romero", ai_technique="forecasting",
             build_or_buy="build", registry_stage="Prueba de concepto", status="en espera",
             start_date="2025-06-02", target_production_date="2026-03-01",
             budget_planned="60000", budget_spent="57000", currency="EUR",
             success_kpi="error de previsión de kilos por campaña", kpi_baseline="22%",
             kpi_target="10%", data_audit_completed="sí", jira_keys="COSE",
             notes="En espera: la prueba de concepto fue creciendo hasta incluir plagas, precios "
                   "de mercado y logística de recogida; la cooperativa pide acotar qué entra en "
                   "la primera versión antes de seguir."),
    issues=[
        dict(key="COSE-1", type=E, summary="Prueba de concepto previsión de cosecha",
             created="2025-06-04", hist=[("2025-06-09", "prog")]),
        dict(key="COSE-6", summary="Modelo de kilos por parcela (naranja)", epic="COSE-1",
             created="2025-07-07", hist=[("2025-07-08", "prog"), ("2025-10-17", "done")],
             com=[("2025-10-17", "Sergio Vidal", "Error del 12 % en la campaña 2024/25.")]),
        dict(key="COSE-9", summary="Añadir módulo de plagas y precios", epic="COSE-1",
             created="2025-11-03", hist=[("2025-11-04", "prog")],
             com=[("2025-11-03", "Alba Romero",
                   "Pedido en el comité: que la prueba incluya también plagas y precios de "
                   "lonja. Y después logística de recogida."),
                  ("2026-02-20", "Sergio Vidal", "Subido el notebook de precios.")]),
    ],
    truth=("STALLED", "PROTOTYPE", "SCOPE_CREEP", "SCOPE_CREEP",
           "Registry en espera (on hold) with the reason in notes: the PoC kept growing; idle "
           "since 2026-02-20. Registry 'Prueba de concepto', epic of the same name: PROTOTYPE."))

# ------------------------------------------------------------------ BC-50
add(id="BC-50", fmt="csv", lang="en", project_name="Roaming Fraud",
    people=["Elena Petrova", "Hassan Ali", "Graham Boyd"],
    reg=dict(name="Roaming fraud detection", business_unit="Revenue Assurance",
             sponsor="Graham Boyd", owner="Elena Petrova", ai_technique="anomaly-detection",
             build_or_buy="build", registry_stage="Prototype", status="cancelled",
             start_date="2025-04-07", target_production_date="2025-12-01",
             closed_date="2026-01-16", budget_planned="85000", budget_spent="80000",
             currency="EUR", success_kpi="fraud loss per month", kpi_baseline="EUR 140k",
             kpi_target="EUR 60k", data_audit_completed="yes", jira_keys="RFD",
             closure_reason="Cancelled: the billing platform has no hook to bar a SIM "
                            "automatically, and the mediation platform cannot hand us roaming "
                            "records in near real time - so the prototype can only ever be a "
                            "next-day report."),
    issues=[
        dict(key="RFD-1", type=E, summary="Roaming fraud prototype", created="2025-04-09",
             hist=[("2025-04-14", "prog"), ("2026-01-16", "wont")]),
        dict(key="RFD-4", summary="Scoring on TAP files (daily)", epic="RFD-1",
             created="2025-05-05", hist=[("2025-05-06", "prog"), ("2025-08-29", "done")],
             com=[("2025-08-29", "Hassan Ali", "Daily scoring catches the Aug test case.")]),
        dict(key="RFD-7", summary="Auto-bar SIM via billing API", epic="RFD-1",
             created="2025-09-01", hist=[("2025-09-02", "prog"), ("2025-10-20", "block"),
                                         ("2026-01-16", "wont")],
             com=[("2025-10-20", "Elena Petrova", "Billing team: no API for barring, only the "
                   "GUI. Blocked.")]),
    ],
    truth=("CANCELLED", "PROTOTYPE", "INTEGRATION", "INTEGRATION;DATA_READINESS",
           "Cancelled 2026-01-16; closure reason: no hook into billing to act (first, plus RFD-7) "
           "and no near-real-time records from mediation (data access); INTEGRATION primary, "
           "DATA_READINESS defensible. Registry Prototype."))

# ------------------------------------------------------------------ BC-51
add(id="BC-51", fmt="v3", lang="en", project_name="Catalyst Lifetime",
    people=["Dr. Wen Zhao", "Oliver Schmitt", "Mariana Lopes"],
    reg=dict(name="Catalyst remaining-life prediction", business_unit="Ammonia Plant",
             sponsor="Mariana Lopes", owner="Dr. Wen Zhao", ai_technique="regression",
             build_or_buy="build", registry_stage="Engineering", status="active",
             start_date="2025-03-03", target_production_date="2026-05-01",
             budget_planned="200000", budget_spent="151000", currency="EUR",
             success_kpi="shutdown planning error (days)", kpi_baseline="+/- 45",
             kpi_target="+/- 7", data_audit_completed="yes", jira_keys="CATL"),
    issues=[
        dict(key="CATL-1", type=E, summary="Catalyst RUL - MVP", created="2025-08-04",
             hist=[("2025-08-11", "prog")], fix=["MVP 1"]),
        dict(key="CATL-9", summary="Physics-informed features (pressure drop, T profile)",
             epic="CATL-1", created="2025-09-15", hist=[("2025-09-16", "prog"),
                                                        ("2025-12-12", "done")]),
        dict(key="CATL-13", summary="Model iteration 14", epic="CATL-1",
             created="2026-01-19", hist=[("2026-01-20", "prog"), ("2026-03-27", "done")],
             com=[("2026-03-27", "Dr. Wen Zhao",
                   "After 14 iterations the remaining-life error is still about +/- 40 days; "
                   "shutdown planning needs +/- 7. With the sensors we have on the bed I don't "
                   "see a way to get there."),
                  ("2026-04-02", "Oliver Schmitt", "Sponsor is still keen, asked for a summary "
                   "for the site leadership meeting.")]),
    ],
    truth=("STALLED", "ENGINEERING", "TECHNICAL_FEASIBILITY", "TECHNICAL_FEASIBILITY",
           "Idle since 2026-04-02. Registry Engineering, epic '- MVP', fix version MVP 1. Cause "
           "in CATL-13: accuracy far from what is needed, no path to it. Negated sponsorship "
           "remark."))

# ------------------------------------------------------------------ BC-52
add(id="BC-52", fmt="v3", lang="fr", project_name="Crédit Immobilier",
    people=["Sandrine Girard", "Mehdi Haddou", "Olivier Caron"],
    reg=dict(name="Vérification des revenus pour le crédit immobilier",
             business_unit="Back-office crédits", sponsor="Olivier Caron",
             owner="Sandrine Girard", ai_technique="document-ai", build_or_buy="buy",
             registry_stage="", status="annulé", start_date="2025-03-03",
             target_production_date="2026-01-15", closed_date="2026-05-22",
             budget_planned="180000", budget_spent="160000", currency="EUR",
             success_kpi="délai d'instruction d'un dossier", kpi_baseline="9 jours",
             kpi_target="5 jours", data_audit_completed="oui", jira_keys="IMMO",
             closure_reason="Annulé en phase de déploiement : l'intégration avec l'outil "
                            "d'instruction des crédits n'a pas pu être réalisée, l'éditeur ne "
                            "propose aucune API d'écriture et refuse un développement "
                            "spécifique."),
    issues=[
        dict(key="IMMO-1", type=E, summary="Déploiement agences Île-de-France",
             created="2025-12-01", hist=[("2025-12-08", "prog"), ("2026-05-22", "wont")]),
        dict(key="IMMO-7", summary="Recette avec 8 instructeurs", epic="IMMO-1",
             created="2025-12-08", hist=[("2025-12-09", "prog"), ("2026-02-06", "done")],
             com=[("2026-02-06", "Mehdi Haddou",
                   "Recette OK, les instructeurs sont contents des extractions.")]),
        dict(key="IMMO-9", summary="Écriture des revenus extraits dans l'outil d'instruction",
             epic="IMMO-1", created="2026-02-09", hist=[("2026-02-10", "prog"),
                                                        ("2026-05-22", "wont")],
             com=[("2026-03-30", "Sandrine Girard", "Réunion éditeur le 14 avril.")]),
    ],
    truth=("CANCELLED", "DEPLOYMENT", "INTEGRATION", "INTEGRATION",
           "Annulé, closed 2026-05-22; closure reason: cannot write into the vendor's credit "
           "processing tool. Registry stage empty; epic 'Déploiement agences ...' and the closure "
           "reason ('en phase de déploiement'). Users happy "
           "(not adoption)."))

# ------------------------------------------------------------------ BC-53
add(id="BC-53", fmt="v2", lang="en", project_name="Crane Scheduling",
    people=["Ruben Castro", "Ayla Demir", "Holger Janssen"],
    prod_in_jira=True,
    reg=dict(name="Quay crane scheduling assistant", business_unit="Container Terminal East",
             sponsor="Holger Janssen", owner="Ruben Castro", ai_technique="optimisation",
             build_or_buy="build", registry_stage="Rollout", status="active",
             start_date="2025-02-03", target_production_date="2026-07-01",
             budget_planned="280000", budget_spent="266000", currency="EUR",
             success_kpi="crane moves per hour", kpi_baseline="27", kpi_target="31",
             data_audit_completed="yes", jira_keys="CRANE"),
    issues=[
        dict(key="CRANE-1", type=E, summary="Go-live crane scheduling, Terminal East",
             created="2026-04-06", hist=[("2026-04-13", "prog"), ("2026-08-04", "done")],
             com=[("2026-08-18", "Ruben Castro",
                   "Live on all three berths since 4 Aug; hypercare ends next week, after that "
                   "the ops support team owns it.")]),
        dict(key="CRANE-22", summary="Shift report: moves per hour by crane",
             created="2026-08-24", hist=[("2026-08-25", "prog"), ("2026-09-11", "done")],
             com=[("2026-09-11", "Ayla Demir", "Report in the shift dashboard.")]),
    ],
    truth=("IN_PRODUCTION", "", "", "", "No production_date in the registry (still says "
           "Rollout / active), but the go-live epic is done and CRANE-1 says it has been live on "
           "all berths since 4 Aug: IN_PRODUCTION from Jira text only."))

# ------------------------------------------------------------------ BC-54
add(id="BC-54", fmt="csv", lang="es", project_name="Overbooking",
    people=["Carolina Vega", "Pablo Núñez", "Teresa Morales"],
    reg=dict(name="Previsión de no-shows y overbooking", business_unit="Revenue Management",
             sponsor="Teresa Morales", owner="Carolina Vega", ai_technique="classification",
             build_or_buy="build", registry_stage="Producción", status="en producción",
             start_date="2025-05-05", target_production_date="2026-05-01",
             production_date="2026-06-01", budget_planned="90000", budget_spent="84000",
             currency="EUR", success_kpi="habitaciones vacías por no-show",
             kpi_baseline="3.8%", kpi_target="2%", data_audit_completed="sí",
             jira_keys="NOSH"),
    issues=[
        dict(key="NOSH-30", summary="Ajuste de umbral de overbooking por temporada",
             created="2026-07-13", hist=[("2026-07-14", "prog"), ("2026-08-07", "done")],
             com=[("2026-08-07", "Pablo Núñez", "Umbral de temporada alta activo.")]),
        dict(key="NOSH-33", type=T, summary="Informe mensual agosto", created="2026-09-01",
             hist=[("2026-09-02", "prog"), ("2026-09-04", "done")]),
    ],
    truth=("IN_PRODUCTION", "", "", "", "production_date 2026-06-01."))

# ------------------------------------------------------------------ BC-55
add(id="BC-55", fmt="v3", lang="en", project_name="Enrolment Forecast",
    people=["Imogen Clarke", "Tendai Moyo", "Prof. Alan Reeves"],
    reg=dict(name="Enrolment forecasting by programme", business_unit="Planning Office",
             sponsor="Prof. Alan Reeves", owner="Imogen Clarke", ai_technique="forecasting",
             build_or_buy="build", registry_stage="Operation", status="live",
             start_date="2025-01-13", target_production_date="2025-11-01",
             production_date="2025-12-01", budget_planned="50000", budget_spent="47000",
             currency="GBP", success_kpi="forecast error at census date",
             kpi_baseline="11%", kpi_target="5%", data_audit_completed="yes",
             jira_keys="ENRL",
             notes="Early scepticism from faculty planners went away after the first cycle."),
    issues=[
        dict(key="ENRL-50", summary="Add international applicant signals", created="2026-06-08",
             hist=[("2026-06-09", "prog"), ("2026-08-14", "done")],
             com=[("2026-08-14", "Tendai Moyo", "Included in the August forecast run.")]),
        dict(key="ENRL-52", type=T, summary="Census-date forecast review", created="2026-09-14",
             hist=[("2026-09-15", "prog")]),
    ],
    truth=("IN_PRODUCTION", "", "", "", "production_date 2025-12-01. Resolved adoption remark "
           "in notes."))

# ------------------------------------------------------------------ BC-56
add(id="BC-56", fmt="v2", lang="de", project_name="Anrufprognose",
    people=["Jana Hofmann", "Kemal Arslan", "Birgit Scholz"],
    reg=dict(name="Prognose des Anrufaufkommens Steuerhotline", business_unit="Servicezentrum",
             sponsor="Birgit Scholz", owner="Jana Hofmann", ai_technique="forecasting",
             build_or_buy="build", registry_stage="Betrieb", status="in Betrieb",
             start_date="2025-06-02", target_production_date="2026-02-01",
             production_date="2026-03-02", budget_planned="40000", budget_spent="38500",
             currency="EUR", success_kpi="Erreichbarkeit der Hotline", kpi_baseline="71%",
             kpi_target="85%", data_audit_completed="ja", jira_keys="ANRUF"),
    issues=[
        dict(key="ANRUF-18", summary="Feiertagseffekte 2027 einpflegen", created="2026-08-31",
             hist=[("2026-09-01", "prog")],
             com=[("2026-09-16", "Kemal Arslan", "Feiertage aller Länder ergänzt, Review "
                   "offen.")]),
        dict(key="ANRUF-12", type=T, summary="Übergabe an den Betrieb", created="2026-02-02",
             hist=[("2026-02-03", "prog"), ("2026-03-02", "done")]),
    ],
    truth=("IN_PRODUCTION", "", "", "", "production_date 2026-03-02."))

# ------------------------------------------------------------------ BC-57
add(id="BC-57", fmt="v3", lang="en", project_name="AI Lab",
    people=["Noor Rahman", "Felipe Araújo", "Dr. Kerstin Ahlers"],
    reg=dict(name="Coating formulation recommender", business_unit="R&D Coatings",
             sponsor="Dr. Kerstin Ahlers", owner="Noor Rahman", ai_technique="recommendation",
             build_or_buy="build", registry_stage="", status="active",
             start_date="2026-04-06", target_production_date="2027-06-01",
             budget_planned="120000", budget_spent="26000", currency="CHF",
             success_kpi="lab trials per new formulation", kpi_baseline="14", kpi_target="8",
             data_audit_completed="yes", jira_keys="AIX-58"),
    issues=[
        dict(key="AIX-58", type=E, summary="Formulation recommender - proof of concept",
             created="2026-04-08", hist=[("2026-04-13", "prog")]),
        dict(key="AIX-59", summary="Bayesian optimisation over 12 raw materials", epic="AIX-58",
             created="2026-06-01", hist=[("2026-06-02", "prog"), ("2026-08-21", "done")],
             com=[("2026-07-03", "Felipe Araújo", "The lab trial records were a mess at first, "
                   "units mixed; cleaned and validated with the lab heads, fine now."),
                  ("2026-08-21", "Felipe Araújo", "First suggestions sent to the lab.")]),
        dict(key="AIX-61", summary="Lab feedback loop", epic="AIX-58", created="2026-08-24",
             hist=[("2026-08-25", "prog")],
             com=[("2026-09-25", "Noor Rahman", "3 of 5 suggested recipes passed the scratch "
                   "test.")]),
    ],
    truth=("ACTIVE", "", "", "", "Activity on 2026-09-25. A data problem raised and resolved "
           "(AIX-59)."))

# ------------------------------------------------------------------ BC-58
add(id="BC-58", fmt="csv", lang="en", project_name="Recon Matching",
    people=["Adaeze Okonkwo", "Piotr Zielinski", "Catherine Dunn"],
    reg=dict(name="Nostro reconciliation matching", business_unit="Treasury Back Office",
             sponsor="Catherine Dunn", owner="Adaeze Okonkwo", ai_technique="classification",
             build_or_buy="build", registry_stage="Build", status="active",
             start_date="2025-11-03", target_production_date="2026-12-01",
             budget_planned="220000", budget_spent="130000", currency="USD",
             success_kpi="auto-match rate on nostro breaks", kpi_baseline="62%",
             kpi_target="85%", data_audit_completed="yes", jira_keys="RECON"),
    issues=[
        dict(key="RECON-1", type=E, summary="Matching engine - build", created="2026-03-02",
             hist=[("2026-03-09", "prog")], sprint=["RECON Sprint 9", "RECON Sprint 10"]),
        dict(key="RECON-21", summary="Model risk review of the matching model",
             epic="RECON-1", created="2026-05-04", hist=[("2026-05-05", "prog"),
                                                         ("2026-07-31", "done")],
             com=[("2026-07-31", "Piotr Zielinski",
                   "Model risk committee approved the model for the parallel run.")]),
        dict(key="RECON-24", summary="Parallel run with the recon team", epic="RECON-1",
             created="2026-08-03", hist=[("2026-08-04", "prog")],
             com=[("2026-09-17", "Adaeze Okonkwo", "Week 6 of the parallel run: 81% auto-match.")]),
    ],
    truth=("ACTIVE", "", "", "", "Activity on 2026-09-17. Security/compliance step passed "
           "(RECON-21)."))

# ------------------------------------------------------------------ BC-59
add(id="BC-59", fmt="v2", lang="en", project_name="Data Hub",
    people=["Ivan Petrenko", "Maya Goldberg", "Richard Osei"],
    reg=dict(name="Tower site energy management", business_unit="Network Operations",
             sponsor="Richard Osei", owner="Ivan Petrenko", ai_technique="optimisation",
             build_or_buy="build", registry_stage="Pilot", status="active",
             start_date="2026-03-02", target_production_date="2027-03-01",
             budget_planned="110000", budget_spent="40000", currency="EUR",
             success_kpi="diesel litres per off-grid site per month", kpi_baseline="410",
             kpi_target="300", data_audit_completed="yes", jira_keys=""),
    issues=[
        dict(key="DHUB-501", type=E, summary="Tower energy - pilot on 40 off-grid sites",
             created="2026-03-04", hist=[("2026-03-09", "prog")],
             labels=["initiative:BC-59"]),
        dict(key="DHUB-507", summary="Battery/genset dispatch policy", epic="DHUB-501",
             created="2026-06-01", hist=[("2026-06-02", "prog"), ("2026-08-14", "done")],
             labels=["initiative:BC-59"],
             com=[("2026-08-14", "Maya Goldberg", "Policy v2 pushed to the 40 sites.")]),
        dict(key="DHUB-511", type=T, summary="Monthly diesel report", epic="DHUB-501",
             created="2026-09-01", hist=[("2026-09-02", "prog")],
             labels=["initiative:BC-59"],
             com=[("2026-09-28", "Ivan Petrenko", "August: -14% diesel on pilot sites.")]),
    ],
    truth=("ACTIVE", "", "", "", "Activity on 2026-09-28. Linked by label initiative:BC-59. "
           "'Pilot' stage is not production."))

# ------------------------------------------------------------------ BC-60
add(id="BC-60", fmt="v3", lang="en", project_name="Core Logging",
    people=["Aisha Bello", "Connor Walsh", "Dr. Pieter du Toit"],
    reg=dict(name="Drill core photo logging", business_unit="Exploration Geology",
             sponsor="Dr. Pieter du Toit", owner="Aisha Bello", ai_technique="computer-vision",
             build_or_buy="build", registry_stage="Proof of concept", status="active",
             start_date="2026-05-04", target_production_date="2027-05-01",
             budget_planned="95000", budget_spent="21000", currency="ZAR",
             success_kpi="metres logged per geologist-day", kpi_baseline="60",
             kpi_target="150", data_audit_completed="yes", jira_keys="CORE"),
    issues=[
        dict(key="CORE-1", type=E, summary="Core logging PoC", created="2026-05-06",
             hist=[("2026-05-11", "prog")]),
        dict(key="CORE-3", summary="Lithology classes from tray photos", epic="CORE-1",
             created="2026-06-15", hist=[("2026-06-16", "prog")],
             com=[("2026-08-10", "Connor Walsh", "First 12 classes, macro-F1 0.77."),
                  ("2026-09-04", "Aisha Bello", "Geologists reviewing the confusion cases "
                   "next week.")]),
    ],
    truth=("ACTIVE", "", "", "", "Activity on 2026-09-04."))
