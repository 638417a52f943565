"""Hand-written specification of the 60 initiatives of the blind set 2026-12e.

Each entry: registry row (`reg`), the Jira site it lives on (`site`: `v2` English Cloud site,
REST /rest/api/2/search with changelog; `v3` Spanish Cloud site, REST /rest/api/3/search/jql
with ADF; `csv` Dutch Jira Server, "CSV (all fields)"), its own project key (`key`), the Jira
issues, and the truth label with the reasoning (`truth`).

Issue fields: n (number in the project, or a full key in a shared project), t (type),
s (summary), st (status code: todo, prog, review, done, blocked, wontdo), c (created),
u (updated = last event on the issue), cm (comments: (date, text)), lb (labels),
cp (components), fv (fix versions), sp (sprint), p (parent/epic: number or full key),
d (description).

Status codes are rendered per site language by make_portfolio.py: generic workflow statuses
only. Dates are ISO; as-of 2026-10-01.
"""

AS_OF = "2026-10-01"


def E(n, s, st, c, u, **kw):
    return dict(n=n, t="Epic", s=s, st=st, c=c, u=u, **kw)


def S(n, s, st, c, u, **kw):
    return dict(n=n, t="Story", s=s, st=st, c=c, u=u, **kw)


def T(n, s, st, c, u, **kw):
    return dict(n=n, t="Task", s=s, st=st, c=c, u=u, **kw)


def reg(**kw):
    base = dict(
        business_unit="", sponsor="", owner="", ai_technique="", build_or_buy="build",
        registry_stage="", status="", start_date="", target_production_date="",
        production_date="", closed_date="", budget_planned="", budget_spent="",
        currency="EUR", success_kpi="", kpi_baseline="", kpi_target="",
        data_audit_completed="", jira_keys=None, model_names="", closure_reason="",
        notes="",
    )
    base.update(kw)
    return base


def truth(outcome, stage="", cause="", acc=None, notes=""):
    if acc is None:
        acc = cause
    return dict(outcome=outcome, stall_stage=stage, primary_cause=cause,
                acceptable_causes=acc, notes=notes)


INITIATIVES = []


def add(iid, site, key, r, t, issues):
    INITIATIVES.append(dict(id=iid, site=site, key=key, reg=r, truth=t, issues=issues))


# ---------------------------------------------------------------- BE-01
add("BE-01", "v2", "IRRI", reg(
    name="Orchard irrigation advisor", business_unit="Fruit growers co-op",
    sponsor="Hannah Vogel", owner="Ravi Menon", ai_technique="forecasting",
    registry_stage="PoC", status="active", start_date="2025-09-01",
    target_production_date="2026-09-01", budget_planned="180000", budget_spent="96000",
    success_kpi="water per tonne of fruit", kpi_baseline="410 m3/t", kpi_target="350 m3/t",
    data_audit_completed="no"),
    truth("STALLED", "PROTOTYPE", "DATA_READINESS", notes=(
        "Idle since 2026-05-28 (>110 days), status active. Stage: registry PoC, epic "
        "'Irrigation advisor - proof of concept'. Cause in comments: probe units unknown for "
        "half the probes, reconstruction fails, parked until re-survey; audit no. Distractor: "
        "gateway subscription cost covered (negated cost).")), [
    E(1, "Irrigation advisor - proof of concept", "prog", "2025-09-08", "2026-05-28", cm=[
        ("2026-01-20", "Gateway subscription is paid by the co-op, so no cost on our side for the feed."),
        ("2026-05-28", "Parking this until the co-op re-surveys the probes in the autumn."),
    ]),
    S(2, "Pull probe readings from the co-op gateway", "blocked", "2025-09-15", "2026-04-22",
      p=1, sp=["IRRI Sprint 4"], cm=[
        ("2026-03-04", "Half of the probes report in centibar and the other half in volumetric percent. The install sheets that would tell us which probe is which type were never filled in."),
        ("2026-04-22", "Tried to infer the unit from value ranges: works for roughly 60 % of probes, the rest overlap. Can't train on a guess."),
    ]),
    S(3, "Baseline water-use model per block", "todo", "2025-10-02", "2026-02-10", p=1,
      cm=[("2026-02-10", "Block boundaries imported from the farm GIS.")]),
])

# ---------------------------------------------------------------- BE-02
add("BE-02", "v2", "RATE", reg(
    name="Room-rate suggestions for city hotels", business_unit="Hotels Iberia",
    sponsor="Marta Lopes", owner="Ben Adler", ai_technique="forecasting",
    registry_stage="Rollout", status="cancelled", start_date="2025-03-01",
    target_production_date="2026-03-01", closed_date="2026-07-15",
    budget_planned="420000", budget_spent="390000", success_kpi="RevPAR",
    kpi_baseline="71", kpi_target="76", data_audit_completed="yes",
    closure_reason=("Front offices in the 14 trial hotels of wave 1 went back to their own rate "
                    "sheets within weeks; suggestions were applied on fewer than 1 night in 20.")),
    truth("CANCELLED", "DEPLOYMENT", "USER_ADOPTION", notes=(
        "closed_date 2026-07-15, status cancelled. Stage: registry Rollout, epic 'rollout wave 1', "
        "sprint 'RATE Rollout 2'. Cause: closure reason (front offices reverted) + comments "
        "(revenue managers look after setting the rate; 9 of 212 applied). Distractor: backtest "
        "better than manual rates (positive feasibility).")), [
    E(1, "Rate suggestions - rollout wave 1 (14 hotels)", "done", "2025-11-03", "2026-07-10",
      lb=["rollout"], cm=[
        ("2026-02-12", "Backtest MAPE 6.1 % on occupancy; better than the manual rates on every property."),
        ("2026-05-06", "Revenue managers in Porto and Faro told me they look at the suggestion after they've set the rate themselves, 'to see if the machine agrees'."),
        ("2026-07-10", "June acceptance log: 212 suggestions shown, 9 applied. Closing the wave."),
    ]),
    S(2, "Rate screen in the PMS side panel", "done", "2025-11-10", "2026-01-28", p=1,
      sp=["RATE Rollout 2"], cm=[("2026-01-28", "Side panel switched on for the 14 trial hotels, suggestion shown next to the manual rate.")]),
    S(3, "Training sessions for front-office leads", "wontdo", "2026-01-15", "2026-07-10", p=1,
      cm=[("2026-03-02", "Only two hotels booked a slot; the others said they had no time in high season.")]),
])

# ---------------------------------------------------------------- BE-03
add("BE-03", "v2", "CRNE", reg(
    name="Quay crane health model", business_unit="Container terminal",
    sponsor="Olaf Brandt", owner="Priya Nair", ai_technique="anomaly-detection",
    registry_stage="Operation", status="in production", start_date="2025-01-13",
    target_production_date="2026-01-31", production_date="2026-02-10",
    budget_planned="250000", budget_spent="241000", success_kpi="unplanned crane downtime",
    kpi_baseline="38 h/month", kpi_target="25 h/month", data_audit_completed="yes"),
    truth("IN_PRODUCTION", notes="production_date 2026-02-10, status in production."), [
    E(1, "Crane health model - go-live", "done", "2025-10-01", "2026-02-12", cm=[
        ("2026-02-12", "Alerts now land in the maintenance planner's queue every shift."),
    ]),
    S(2, "Vibration features for hoist motors", "done", "2025-10-06", "2025-12-19", p=1,
      sp=["CRNE Sprint 9"], cm=[("2025-12-19", "Merged, tests green.")]),
    S(3, "Weekly drift report", "done", "2026-02-20", "2026-04-02", p=1,
      cm=[("2026-04-02", "Report is generated every Sunday night.")]),
])

# ---------------------------------------------------------------- BE-04
add("BE-04", "v3", "HOSP", reg(
    name="Previsión de altas hospitalarias", business_unit="Hospital Universitario Norte",
    sponsor="", owner="Carmen Ruiz", ai_technique="classification",
    registry_stage="Desarrollo", status="en pausa", start_date="2025-06-02",
    target_production_date="2026-06-30", budget_planned="310000", budget_spent="205000",
    success_kpi="estancias evitables", kpi_baseline="1.9 días", kpi_target="1.4 días",
    data_audit_completed="yes",
    notes=("En pausa desde julio: tras la fusión de los dos hospitales nadie de la dirección "
           "asistencial ha asumido el proyecto.")),
    truth("STALLED", "ENGINEERING", "OWNERSHIP_SPONSORSHIP", notes=(
        "Registry status 'en pausa' (on hold) = STALLED although Jira has comments in Aug/Sep. "
        "Stage: registry Desarrollo, epic 'Construcción del modelo de altas' in progress. Cause: "
        "notes (nobody in management took it over after the merger), empty sponsor, comments "
        "(waiting for someone to sign criteria, steering meeting cancelled a third time). "
        "Distractor: HIS access resolved.")), [
    E(1, "Construcción del modelo de altas", "prog", "2025-09-01", "2026-09-08", cm=[
        ("2026-06-15", "El acceso al HIS ya está resuelto, los datos llegan cada noche sin fallos."),
        ("2026-08-19", "Seguimos esperando a que la nueva dirección nombre a alguien que firme los criterios de alta. La parte técnica de datos está terminada."),
        ("2026-09-08", "Comité cancelado otra vez (la tercera). Nadie de dirección médica confirma asistencia."),
    ]),
    S(2, "Variables de laboratorio y constantes", "done", "2025-09-10", "2026-02-27", p=1,
      sp=["HOSP Sprint 6"], cm=[("2026-02-27", "Subido el notebook con las variables nuevas.")]),
    S(3, "Validación clínica con supervisoras", "todo", "2026-03-02", "2026-08-19", p=1,
      cm=[("2026-08-19", "Sin fecha hasta que haya un responsable asistencial.")]),
])

# ---------------------------------------------------------------- BE-05
add("BE-05", "csv", "FRUT", reg(
    name="Kneuzingsdetectie appels", business_unit="Fruitverwerking Betuwe",
    sponsor="Marloes Smit", owner="Pieter Jansen", ai_technique="computer-vision",
    registry_stage="Proof of concept", status="gestopt", start_date="2025-08-18",
    target_production_date="2026-08-01", closed_date="2026-05-20",
    budget_planned="140000", budget_spent="131000", success_kpi="gekneusde appels in klasse I",
    kpi_baseline="3.1 %", kpi_target="1.0 %", data_audit_completed="ja",
    closure_reason=("Camera-opstelling onderscheidt kneuzingen niet van schaduwen onder de "
                    "bandverlichting; na drie rondes bleef ongeveer een op de drie detecties fout.")),
    truth("CANCELLED", "PROTOTYPE", "TECHNICAL_FEASIBILITY", notes=(
        "closed_date 2026-05-20, status gestopt. Stage: registry Proof of concept, label poc. "
        "Cause: closure reason (bruises vs shadows, one in three detections wrong) + comments "
        "(recall 0.58, darker varieties worst). Distractor: label set double-checked and fine "
        "(positive data).")), [
    E(1, "Proof of concept kneuzingen", "wontdo", "2025-09-01", "2026-05-20", lb=["poc"], cm=[
        ("2026-02-03", "Third labelling round done, 8,400 apples, double-checked by QA - the set itself is fine."),
        ("2026-04-14", "Recall op kneuzingen 0,58 met de nieuwe verlichting; bij de donkere rassen (Red Prince, Kanzi) is het het slechtst."),
        ("2026-05-19", "Polarisatiefilter geprobeerd: schaduwen minder, maar nog steeds een derde van de detecties onterecht."),
    ]),
    S(2, "Camera-opstelling sorteerband 2", "done", "2025-09-08", "2025-11-21", p=1,
      cm=[("2025-11-21", "Camera's hangen, beelden komen binnen op de edge-pc.")]),
])

# ---------------------------------------------------------------- BE-06
add("BE-06", "csv", "GRAS", reg(
    name="Grasland opbrengstvoorspelling", business_unit="Zuivelcoöperatie Noord",
    sponsor="Henk Mulder", owner="Sanne Bakker", ai_technique="forecasting",
    registry_stage="Realisatie", status="actief", start_date="2025-10-06",
    target_production_date="2027-03-01", budget_planned="220000", budget_spent="118000",
    success_kpi="voerkosten per 100 kg melk", kpi_baseline="14.2", kpi_target="13.0",
    data_audit_completed="ja"),
    truth("ACTIVE", notes="Activity on 2026-09-17 (within 60 days); status actief, no production evidence. Resolved data issue."), [
    E(1, "Realisatie opbrengstmodel", "prog", "2025-11-03", "2026-09-17", sp=["GRAS Sprint 11"], cm=[
        ("2026-07-22", "Satellietbeelden komen nu binnen via de nieuwe koppeling, het probleem van juni is opgelost."),
        ("2026-09-17", "Sprint review: kaartweergave per perceel klaar voor de eerste melkveehouders."),
    ]),
    S(2, "Perceelgrenzen uit BRP inladen", "done", "2025-11-10", "2026-01-15", p=1,
      cm=[("2026-01-15", "Ingeladen, 12.400 percelen.")]),
    S(3, "Neerslagdata koppelen", "prog", "2026-08-04", "2026-09-10", p=1,
      cm=[("2026-09-10", "Eerste run gedaan, resultaten in de gedeelde map.")]),
])

# ---------------------------------------------------------------- BE-07
add("BE-07", "csv", "LEKW", reg(
    name="Lekdetectie drinkwaternet", business_unit="Waterbedrijf Oost",
    sponsor="Ingrid de Boer", owner="Emma Visser", ai_technique="anomaly-detection",
    registry_stage="Uitrol", status="actief", start_date="2024-11-04",
    target_production_date="2026-04-01", budget_planned="380000", budget_spent="352000",
    success_kpi="niet-gefactureerd water", kpi_baseline="6.8 %", kpi_target="5.5 %",
    data_audit_completed="ja"),
    truth("STALLED", "DEPLOYMENT", "USER_ADOPTION", notes=(
        "No Jira activity after 2026-05-11 (>110 days), status actief. Stage: registry Uitrol, "
        "epic 'Uitrol lekdetectie meldkamer' in progress. Cause in comments only: control room "
        "calls predictions the computer's guess and waits for phone calls; 3 of 41 alerts "
        "followed up; no training, one presentation. Distractor: precision 0.81 good enough "
        "(positive feasibility).")), [
    E(1, "Uitrol lekdetectie meldkamer", "prog", "2025-12-01", "2026-05-11", cm=[
        ("2026-01-26", "Model precision on the historical bursts is 0.81 - the asset team says that's good enough."),
        ("2026-03-18", "De meldkamer noemt de voorspellingen 'de gok van de computer' en wacht toch tot de buitendienst belt."),
        ("2026-04-29", "April: 3 van de 41 meldingen zijn opgevolgd door de meldkamer."),
        ("2026-05-11", "Er is geen training gepland; de meldkamer heeft één presentatie gehad, in december."),
    ]),
    S(2, "Meldingen in het meldkamerscherm", "done", "2025-12-08", "2026-02-20", p=1,
      sp=["LEKW Uitrol 2"], cm=[("2026-02-11", "Integration test of the alert screen passed in the control-room test environment."), ("2026-02-20", "Staat in de testomgeving van de meldkamer.")]),
])

# ---------------------------------------------------------------- BE-08
add("BE-08", "v3", "TURI", reg(
    name="Asistente de reservas del destino", business_unit="Consorcio de Turismo Costa",
    sponsor="Elena Navarro", owner="Javier Ortega", ai_technique="genai-assistant",
    build_or_buy="partner", registry_stage="En producción", status="en producción",
    start_date="2025-05-05", target_production_date="2026-04-15",
    production_date="2026-05-04", budget_planned="260000", budget_spent="255000",
    success_kpi="reservas directas", kpi_baseline="18 %", kpi_target="25 %",
    data_audit_completed="sí"),
    truth("IN_PRODUCTION", notes="production_date 2026-05-04."), [
    E(1, "Asistente de reservas - puesta en marcha", "done", "2025-11-03", "2026-05-06", cm=[
        ("2026-05-06", "Publicado en la web del destino y en la app."),
    ]),
    S(2, "Catálogo de alojamientos en el índice", "done", "2025-11-12", "2026-02-05", p=1,
      cm=[("2026-02-05", "Catálogo cargado, 2.300 fichas.")]),
])

# ---------------------------------------------------------------- BE-09
add("BE-09", "v2", "ADMT", reg(
    name="AI in admissions", business_unit="University central services",
    sponsor="Prof. Alan Marsh", owner="Nina Kowalski", ai_technique="classification",
    registry_stage="Business case", status="cancelled", start_date="2025-10-01",
    closed_date="2026-04-30", budget_planned="90000", budget_spent="31000",
    currency="GBP", success_kpi="", data_audit_completed="",
    closure_reason=("Closed at gate 1: after two workshops the faculties still could not say "
                    "which admissions decision the tool should support or how we would know "
                    "it worked.")),
    truth("CANCELLED", "STRATEGY", "UNCLEAR_OBJECTIVE", notes=(
        "closed 2026-04-30. Stage: registry Business case, epic 'business case'. Cause: closure "
        "reason (no decision to support, no success measure), empty KPI, comments (three "
        "faculties want three different things; no baseline of time-to-offer). Distractor: "
        "data office confirmed applicant records may be used (resolved compliance).")), [
    E(1, "Admissions AI - business case", "wontdo", "2025-10-06", "2026-04-30", cm=[
        ("2025-12-09", "Data office confirmed the applicant records can be used for this purpose."),
        ("2026-01-21", "Registry wants faster offers, Law wants fewer no-shows, Medicine wants fairer interview shortlists. Three different projects under one name."),
        ("2026-03-05", "Asked again for today's time-to-offer so we have something to compare against. Nobody measures it."),
    ]),
    T(2, "Workshop 2 with faculty admissions tutors", "done", "2026-01-12", "2026-02-18", p=1,
      cm=[("2026-02-18", "Notes uploaded to the team site.")]),
])

# ---------------------------------------------------------------- BE-10
add("BE-10", "v2", "CORE", reg(
    name="Lithology from drill-core photos", business_unit="Exploration geology",
    sponsor="Dr. Grace Osei", owner="Tom Becker", ai_technique="computer-vision",
    registry_stage="", status="active", start_date="2025-07-01",
    target_production_date="2026-07-01", budget_planned="200000", budget_spent="150000",
    currency="USD", success_kpi="core logging hours per metre", kpi_baseline="0.12",
    kpi_target="0.05", data_audit_completed="yes"),
    truth("STALLED", "PROTOTYPE", "TECHNICAL_FEASIBILITY", notes=(
        "Idle since 2026-04-18. Stage only in Jira (registry stage empty): epic 'Rock type "
        "classifier - prototype', label prototype. Cause in comments: 0.63 macro-F1 vs 0.9 "
        "needed, bigger model +2 points, schist/phyllite indistinguishable, geologists "
        "themselves disagree. Distractor: archive fully labelled (positive data).")), [
    E(1, "Rock type classifier - prototype", "prog", "2025-07-14", "2026-04-18",
      lb=["prototype"], cm=[
        ("2025-11-04", "Core photo archive fully labelled by the logging team, 52k images."),
        ("2026-02-16", "Best run so far: 0.63 macro-F1 on 9 lithologies. Geology wants at least 0.9 before it replaces manual logging."),
        ("2026-04-18", "Higher-res crops and a bigger backbone: +2 points. Schist vs phyllite look the same under these lights - the geologists disagree with each other on 20 % of those boxes."),
    ]),
    S(2, "Tile core-box photos into 10 cm crops", "done", "2025-07-21", "2025-09-30", p=1,
      cm=[("2025-09-30", "Done, 1.4M crops.")]),
])

# ---------------------------------------------------------------- BE-11
add("BE-11", "csv", "CELL", reg(
    name="Vroegtijdige waarschuwing celuitval", business_unit="Netwerkbeheer mobiel",
    sponsor="Rob Hendriks", owner="Joost de Vries", ai_technique="anomaly-detection",
    registry_stage="Realisatie", status="actief", start_date="2025-11-03",
    target_production_date="2027-01-15", budget_planned="300000", budget_spent="140000",
    success_kpi="minuten uitval per cel", kpi_baseline="41", kpi_target="30",
    data_audit_completed="ja"),
    truth("ACTIVE", notes="Activity 2026-09-24; status actief."), [
    E(1, "Realisatie waarschuwingsmodel", "prog", "2026-01-05", "2026-09-24", cm=[
        ("2026-09-24", "Demo aan het NOC-team ging goed, slides staan op de teamsite."),
    ]),
    S(2, "Alarmfeed inlezen", "done", "2026-01-12", "2026-03-30", p=1,
      cm=[("2026-03-30", "Leesrechten op de alarmfeed geregeld, data komt per minuut binnen.")]),
    S(3, "Drempelwaarden per celtype", "review", "2026-08-10", "2026-09-15", p=1,
      sp=["CELL Sprint 14"], cm=[("2026-09-15", "Code review gedaan, twee kleine opmerkingen.")]),
])

# ---------------------------------------------------------------- BE-12
add("BE-12", "v3", "RIES", reg(
    name="Detección de transferencias sospechosas", business_unit="Operaciones bancarias",
    sponsor="Alberto Gil", owner="Lucía Martín", ai_technique="classification",
    registry_stage="Desarrollo", status="cancelado", start_date="2025-04-07",
    target_production_date="2026-03-01", closed_date="2026-03-31",
    budget_planned="350000", budget_spent="298000", success_kpi="falsos positivos por alerta real",
    kpi_baseline="45", kpi_target="20", data_audit_completed="sí",
    closure_reason=("Cancelado: no hay ninguna vía para ejecutar el modelo fuera del portátil "
                    "del equipo; la plataforma aprobada del banco no admite Python y "
                    "reescribirlo supondría empezar de cero.")),
    truth("CANCELLED", "ENGINEERING", "PRODUCTION_ARCHITECTURE", notes=(
        "closed 2026-03-31. Stage: registry Desarrollo, epic 'Desarrollo del modelo de "
        "alertas'. Cause: closure reason (no way to run it outside the laptop, platform has no "
        "Python) + comments (no scheduler, scores by hand every Monday). Distractor: compliance "
        "raised no objection (negated security).")), [
    E(1, "Desarrollo del modelo de alertas", "wontdo", "2025-06-02", "2026-03-31", cm=[
        ("2025-10-14", "Cumplimiento revisó el uso de los datos y no puso objeciones."),
        ("2026-01-19", "Los procesos nocturnos del banco sólo corren en el mainframe; no hay planificador donde colgar nuestros scripts."),
        ("2026-03-02", "Durante las pruebas los scores se generaban a mano cada lunes desde el portátil de Diego y se mandaban en Excel."),
    ]),
    S(2, "Variables de comportamiento por cliente", "done", "2025-06-09", "2025-10-30", p=1,
      sp=["RIES Sprint 7"], cm=[("2025-10-30", "Hecho, pruebas en verde.")]),
])

# ---------------------------------------------------------------- BE-13
add("BE-13", "v2", "AIX", reg(
    name="Newsroom tag suggestions", business_unit="Digital news",
    sponsor="Claire Dunn", owner="Sam Okafor", ai_technique="nlp-classification",
    registry_stage="Live", status="in production", start_date="2025-03-03",
    target_production_date="2025-11-01", production_date="2025-12-01",
    budget_planned="120000", budget_spent="118500", currency="GBP",
    success_kpi="articles tagged within 5 min", kpi_baseline="62 %", kpi_target="90 %",
    data_audit_completed="yes", jira_keys="AIX-7"),
    truth("IN_PRODUCTION", notes="production_date 2025-12-01; epic in the shared AIX project linked by epic key, stories by parent."), [
    E("AIX-7", "Tag suggestions - production rollout", "done", "2025-09-01", "2025-12-03", cm=[
        ("2025-12-03", "All desks switched on."),
    ]),
    S("AIX-8", "Tag model retraining job", "done", "2025-09-08", "2025-11-20", p="AIX-7",
      cm=[("2025-11-20", "Runs weekly on the platform scheduler.")]),
    S("AIX-9", "Editor feedback button", "done", "2025-12-08", "2026-02-11", p="AIX-7",
      cm=[("2026-02-11", "Shipped.")]),
])

# ---------------------------------------------------------------- BE-14
add("BE-14", "v2", "DISP", reg(
    name="Card dispute triage", business_unit="Banking operations",
    sponsor="Rachel Stone", owner="Lena Fischer", ai_technique="classification",
    registry_stage="Build", status="active", start_date="2025-05-05",
    target_production_date="2026-05-01", budget_planned="280000", budget_spent="190000",
    currency="GBP", success_kpi="disputes resolved in 10 days", kpi_baseline="54 %",
    kpi_target="75 %", data_audit_completed="yes"),
    truth("STALLED", "ENGINEERING", "INTEGRATION", notes=(
        "Idle since 2026-05-05. Stage: registry Build, fix version MVP 1. Cause in comments: "
        "dispute queue on the mainframe with no callable service, vendor change request earliest "
        "Q2 2027, screen-scraping broke in SIT. Distractor: AUC 0.88, business happy (positive "
        "feasibility).")), [
    E(1, "Dispute triage MVP", "prog", "2025-06-02", "2026-05-05", fv=["MVP 1"], cm=[
        ("2025-12-11", "Model AUC 0.88 on the last six months; the ops leads like the ranking."),
        ("2026-02-25", "The dispute queue lives in CICS on the mainframe. There is no service we can call, only a green-screen transaction."),
        ("2026-04-08", "Vendor came back: putting the queue on MQ is a change request, earliest slot Q2 2027."),
    ]),
    S(2, "Write ranked queue back to the case tool", "blocked", "2025-11-03", "2026-05-05",
      p=1, fv=["MVP 1"], sp=["DISP Sprint 12"], cm=[
        ("2026-05-05", "Screen-scraping attempt failed in SIT on the first field layout change. Parking."),
    ]),
])

# ---------------------------------------------------------------- BE-15
add("BE-15", "v2", "ESSY", reg(
    name="Essay feedback assistant", business_unit="School of Humanities",
    sponsor="Prof. Diane Cole", owner="Ana Ribeiro", ai_technique="genai-assistant",
    registry_stage="Prototype", status="cancelled", start_date="2025-09-15",
    closed_date="2026-06-30", budget_planned="60000", budget_spent="42000", currency="GBP",
    success_kpi="feedback turnaround", kpi_baseline="15 days", kpi_target="5 days",
    data_audit_completed="yes",
    closure_reason=("Research ethics committee declined the use of student submissions for "
                    "training; the consent given at enrolment does not cover it.")),
    truth("CANCELLED", "PROTOTYPE", "SECURITY_COMPLIANCE", notes=(
        "closed 2026-06-30. Stage: registry Prototype, epic 'Feedback assistant prototype'. "
        "Cause: closure reason (ethics committee declined) + comments (application returned, "
        "second submission rejected, opt-in consent needed). Distractor: lecturers keen "
        "(positive adoption).")), [
    E(1, "Feedback assistant prototype", "wontdo", "2025-10-01", "2026-06-30", cm=[
        ("2026-01-13", "Lecturers in the pilot modules are keen - 11 volunteered to test."),
        ("2026-02-24", "Ethics application 2026/114 came back with questions on consent and retention."),
        ("2026-05-26", "Second submission rejected. The committee wants opt-in consent from every student, which the registry won't collect mid-year."),
    ]),
    S(2, "Rubric-based prompt templates", "done", "2025-10-06", "2025-12-12", p=1,
      cm=[("2025-12-12", "Templates for 4 modules done.")]),
])

# ---------------------------------------------------------------- BE-16
add("BE-16", "v3", "MINA", reg(
    name="Mantenimiento predictivo de palas", business_unit="Mina Cobre Sur",
    sponsor="Rodrigo Pizarro", owner="Diego Salas", ai_technique="anomaly-detection",
    registry_stage="Prototipo", status="activo", start_date="2026-02-02",
    target_production_date="2027-02-01", budget_planned="230000", budget_spent="80000",
    currency="USD", success_kpi="horas de parada no planificada", kpi_baseline="62",
    kpi_target="45", data_audit_completed="sí"),
    truth("ACTIVE", notes="Activity 2026-09-21; resolved telemetry gap."), [
    E(1, "Prototipo de alertas de palas", "prog", "2026-02-09", "2026-09-21", cm=[
        ("2026-08-11", "El problema de los huecos de telemetría quedó resuelto con el nuevo buffer del módem."),
        ("2026-09-21", "Primera semana de alertas revisada con mantenimiento."),
    ]),
    S(2, "Ingesta de telemetría de las palas", "done", "2026-02-16", "2026-05-29", p=1,
      cm=[("2026-05-29", "Ingesta diaria funcionando.")]),
])

# ---------------------------------------------------------------- BE-17
add("BE-17", "v3", "DEST", reg(
    name="IA para la oficina de turismo", business_unit="Ayuntamiento - Turismo",
    sponsor="Pilar Romero", owner="Lucía Martín", ai_technique="",
    registry_stage="Estrategia", status="activo", start_date="2025-11-10",
    budget_planned="40000", budget_spent="12000", success_kpi="",
    data_audit_completed=""),
    truth("STALLED", "STRATEGY", "UNCLEAR_OBJECTIVE", notes=(
        "Idle since 2026-03-20. Stage: registry Estrategia, epic 'Estrategia IA turismo'. "
        "Cause in comments: third meeting without knowing whether to forecast visitors, "
        "recommend routes or answer questions; 'something with AI' for the fair with no "
        "success measure; empty KPI.")), [
    E(1, "Estrategia IA turismo - definición", "prog", "2025-11-17", "2026-03-20", cm=[
        ("2026-01-28", "Tercera reunión y seguimos sin saber si queremos predecir afluencia, recomendar rutas o contestar preguntas de visitantes."),
        ("2026-03-20", "El ayuntamiento pide 'algo con IA' para la feria de marzo; nadie ha dicho qué tendría que mejorar."),
    ]),
    T(2, "Inventario de datos de visitantes", "done", "2025-11-24", "2026-01-15", p=1,
      cm=[("2026-01-15", "Inventario en la carpeta compartida.")]),
])

# ---------------------------------------------------------------- BE-18
add("BE-18", "v3", "PUER", reg(
    name="Predicción de tiempos de atraque", business_unit="Autoridad Portuaria",
    sponsor="Andrés Vidal", owner="Javier Ortega", ai_technique="forecasting",
    registry_stage="Operación", status="en producción", start_date="2025-02-03",
    target_production_date="2026-05-01", production_date="2026-06-15",
    budget_planned="330000", budget_spent="347000", success_kpi="espera en fondeo",
    kpi_baseline="31 h", kpi_target="24 h", data_audit_completed="sí"),
    truth("IN_PRODUCTION", notes="production_date 2026-06-15."), [
    E(1, "Puesta en producción predicción de atraques", "done", "2025-12-01", "2026-06-18", cm=[
        ("2026-06-18", "En servicio para todos los muelles."),
    ]),
    S(2, "Ingesta AIS", "done", "2025-12-09", "2026-03-12", p=1,
      cm=[("2026-03-12", "Ingesta cada 5 minutos.")]),
])

# ---------------------------------------------------------------- BE-19
add("BE-19", "v2", "GEOL", reg(
    name="Footfall insights from network location data", business_unit="Telecom enterprise sales",
    sponsor="Mark Ellison", owner="Priya Nair", ai_technique="analytics",
    registry_stage="Deployment", status="on hold", start_date="2025-02-10",
    target_production_date="2026-03-01", budget_planned="450000", budget_spent="402000",
    success_kpi="contracts signed", kpi_baseline="0", kpi_target="12",
    data_audit_completed="yes",
    notes="On hold until the privacy regulator has answered our prior consultation (filed March)."),
    truth("STALLED", "DEPLOYMENT", "SECURITY_COMPLIANCE", notes=(
        "On hold and idle since 2026-05-02. Stage: registry Deployment, epic 'launch to first "
        "customers'. Cause: notes (waiting for privacy regulator) + comments (statutory answer "
        "time; DPO won't let the feed leave the core network). Distractor: load test passed "
        "(positive architecture).")), [
    E(1, "Footfall insights - launch to first customers", "prog", "2025-10-06", "2026-05-02",
      cm=[
        ("2026-01-29", "Aggregation pipeline passes the load test at 3x peak volume."),
        ("2026-03-31", "Regulator acknowledged receipt; the statutory answer time is 8 weeks, extendable by 6."),
        ("2026-05-02", "DPO won't let the aggregated feed leave the core network until the consultation is answered."),
    ]),
    S(2, "Customer portal for footfall reports", "done", "2025-10-13", "2026-02-06", p=1,
      sp=["GEOL Sprint 15"], cm=[("2026-02-06", "Portal ready in staging.")]),
])

# ---------------------------------------------------------------- BE-20
add("BE-20", "csv", "ZUIV", reg(
    name="Melkaanvoer-prognose", business_unit="Zuivelcoöperatie Noord",
    sponsor="Henk Mulder", owner="Sanne Bakker", ai_technique="forecasting",
    registry_stage="Realisatie", status="gestopt", start_date="2025-06-02",
    target_production_date="2026-01-01", closed_date="2026-08-14",
    budget_planned="160000", budget_spent="275000",
    success_kpi="afwijking aanvoerplanning", kpi_baseline="9 %", kpi_target="4 %",
    data_audit_completed="ja",
    closure_reason=("Begonnen als aanvoerprognose voor één fabriek; na zes uitbreidingen (alle "
                    "fabrieken, vet en eiwit, ritplanning, prijsscenario's) lag er na 14 maanden "
                    "nog geen eerste versie.")),
    truth("CANCELLED", "ENGINEERING", "SCOPE_CREEP", notes=(
        "closed 2026-08-14. Stage: registry Realisatie, epic 'Realisatie aanvoerprognose'. "
        "Cause: closure reason (six extensions, no first version after 14 months) + comments "
        "(fat and protein added outside the charter, truck routing into v1). budget_spent above "
        "plan is a consequence, not the cause.")), [
    E(1, "Realisatie aanvoerprognose", "wontdo", "2025-07-01", "2026-08-14", cm=[
        ("2025-11-19", "Stuurgroep heeft vet- en eiwitgehalte als extra doelvariabelen toegevoegd - stond niet in het projectplan."),
        ("2026-02-10", "Request to include truck routing in v1 accepted at steering."),
        ("2026-06-03", "Now also price scenarios for the milk price committee. v1 date moved to Q1 2027."),
    ]),
    S(2, "Aanvoerdata fabriek Leeuwarden", "done", "2025-07-07", "2025-09-26", p=1,
      sp=["ZUIV Sprint 3"], cm=[("2025-09-26", "Klaar.")]),
])

# ---------------------------------------------------------------- BE-21
add("BE-21", "v2", "CHRN", reg(
    name="Prepaid churn scorer", business_unit="Consumer mobile",
    sponsor="Laura Finch", owner="Sam Okafor", ai_technique="classification",
    registry_stage="Operation", status="retired", start_date="2024-02-05",
    target_production_date="2024-10-01", production_date="2024-11-01",
    closed_date="2026-03-31", budget_planned="150000", budget_spent="149000",
    currency="GBP", success_kpi="prepaid churn", kpi_baseline="4.1 %", kpi_target="3.6 %",
    data_audit_completed="yes", notes="Retired when the prepaid brand was sold."),
    truth("IN_PRODUCTION", notes="production_date 2024-11-01, retired 2026-03-31 (still counts as reached production)."), [
    E(1, "Churn scorer - go-live", "done", "2024-08-05", "2024-11-04", cm=[
        ("2024-11-04", "Scores feed the retention campaigns daily."),
    ]),
    T(2, "Decommission scoring job", "done", "2026-03-02", "2026-03-31", p=1,
      cm=[("2026-03-31", "Job switched off, tables archived.")]),
])

# ---------------------------------------------------------------- BE-22
add("BE-22", "csv", "KAAS", reg(
    name="Rijpingsvoorspelling kaas", business_unit="Kaasmakerij Gouda",
    sponsor="Wim van Dijk", owner="Joost de Vries", ai_technique="forecasting",
    registry_stage="Proof of concept", status="actief", start_date="2025-05-12",
    target_production_date="2026-06-01", budget_planned="170000", budget_spent="120000",
    success_kpi="kazen buiten specificatie", kpi_baseline="2.4 %", kpi_target="1.5 %",
    data_audit_completed="ja"),
    truth("STALLED", "ENGINEERING", "SKILLS_GAP", notes=(
        "Idle since 2026-05-15. Stage: registry lags (Proof of concept) while epic 'MVP bouw "
        "rijpingsmodel' is in progress and sprint 'KAAS Build 4' ran -> ENGINEERING. Cause in "
        "comments: only ML engineer leaves, undocumented pipeline nobody else can run, vacancy "
        "open since March. Distractor: ripening data complete (positive data).")), [
    E(1, "MVP bouw rijpingsmodel", "prog", "2025-10-06", "2026-05-15", cm=[
        ("2026-01-20", "Ripening data from all six cellars is complete since January."),
        ("2026-02-11", "Joost (onze enige ML engineer) vertrekt per 1 maart naar een scale-up."),
        ("2026-04-02", "Feature pipeline is niet gedocumenteerd; niemand anders in het team heeft ooit Airflow aangeraakt."),
        ("2026-05-15", "Vacature ML engineer staat sinds maart open, twee kandidaten afgehaakt."),
    ]),
    S(2, "Pekelbad-metingen koppelen", "done", "2025-10-13", "2026-01-30", p=1,
      sp=["KAAS Build 4"], cm=[("2026-01-30", "Merged.")]),
])

# ---------------------------------------------------------------- BE-23
add("BE-23", "v2", "NETA", reg(
    name="Alarm grouping for the NOC", business_unit="Network operations",
    sponsor="Victor Hale", owner="Tom Becker", ai_technique="clustering",
    registry_stage="PoC", status="cancelled", start_date="2025-11-03",
    closed_date="2026-06-10", budget_planned="110000", budget_spent="64000",
    success_kpi="tickets per outage", kpi_baseline="23", kpi_target="5",
    data_audit_completed="no",
    closure_reason=("Stopped: the alarm history we could obtain covers 5 weeks and cannot be "
                    "tied to the trouble tickets, so there is nothing to learn root causes from.")),
    truth("CANCELLED", "PROTOTYPE", "DATA_READINESS", notes=(
        "closed 2026-06-10. Stage: registry PoC, component 'Proof of concept'. Cause: closure "
        "reason (5 weeks of history, no link to tickets) + comments (read rights late and only "
        "35 days; different element ids, mapping spreadsheet from 2023); audit no. Distractor: "
        "'not a sponsor problem' (negated ownership).")), [
    E(1, "Alarm grouping", "wontdo", "2025-11-10", "2026-06-10", cp=["Proof of concept"], cm=[
        ("2026-01-15", "Not a sponsor problem - the CTO asks about this every month."),
        ("2026-05-04", "Alarm feed access requested from NOC tooling in February; read rights arrived this week, and only for the last 35 days."),
        ("2026-05-27", "Ticketing and the alarm system use different network element ids. The mapping is a spreadsheet somebody last updated in 2023."),
    ]),
    S(2, "Cluster alarms by topology distance", "done", "2025-11-17", "2026-02-20", p=1,
      cp=["Proof of concept"], cm=[("2025-12-10", "Scope of the alarm export: all 2G/4G/5G network elements of region south."), ("2026-02-20", "Works on the synthetic set.")]),
])

# ---------------------------------------------------------------- BE-24
add("BE-24", "v3", "AGUA", reg(
    name="Predicción de roturas de tuberías", business_unit="Aguas del Valle",
    sponsor="Marta Serrano", owner="Carmen Ruiz", ai_technique="survival-model",
    registry_stage="Prueba de concepto", status="activo", start_date="2025-12-01",
    target_production_date="2027-04-01", budget_planned="190000", budget_spent="70000",
    success_kpi="roturas por 100 km", kpi_baseline="21", kpi_target="17",
    data_audit_completed="sí"),
    truth("ACTIVE", notes="Activity 2026-09-29; MVP build in progress, not in production."), [
    E(1, "Desarrollo MVP roturas", "prog", "2026-03-02", "2026-09-29", cm=[
        ("2026-09-29", "Revisión de sprint con explotación, sin incidencias."),
    ]),
    S(2, "Historial de roturas 2010-2025", "done", "2026-03-09", "2026-06-12", p=1,
      cm=[("2026-06-12", "Cargado y revisado con el GIS.")]),
])

# ---------------------------------------------------------------- BE-25
add("BE-25", "v2", "ARCH", reg(
    name="Archive footage search", business_unit="Broadcast archive",
    sponsor="Helen Price", owner="Ana Ribeiro", ai_technique="computer-vision",
    registry_stage="Discovery", status="active", start_date="2025-10-13",
    budget_planned="50000", budget_spent="18000", currency="GBP",
    success_kpi="minutes to find a clip", kpi_baseline="", kpi_target="",
    data_audit_completed=""),
    truth("STALLED", "DISCOVERY", "UNKNOWN", notes=(
        "Idle since 2026-02-11, status active. Stage: registry Discovery, epic 'Discovery'. "
        "Only neutral chatter in Jira; no cause anywhere.")), [
    E(1, "Discovery - archive footage search", "prog", "2025-10-20", "2026-02-11", cm=[
        ("2025-12-02", "Interviewed four archivists, notes on the wiki."),
        ("2026-02-11", "Moved the sync to Thursdays."),
    ]),
    T(2, "List of tape formats in the vault", "done", "2025-10-27", "2025-11-28", p=1,
      cm=[("2025-11-28", "Spreadsheet attached.")]),
])

# ---------------------------------------------------------------- BE-26
add("BE-26", "v2", "HAUL", reg(
    name="Haul road condition scores", business_unit="Open-pit operations",
    sponsor="Dr. Grace Osei", owner="Lena Fischer", ai_technique="computer-vision",
    registry_stage="Deployment", status="cancelled", start_date="2025-03-03",
    target_production_date="2026-02-01", closed_date="2026-07-31",
    budget_planned="240000", budget_spent="262000", currency="USD",
    success_kpi="tyre cost per hour", kpi_baseline="41", kpi_target="35",
    data_audit_completed="yes",
    closure_reason=("Cancelled after the pilot: the scorer only ever ran as a script started "
                    "by hand on the dispatch PC; the site has no way to host, update or watch it.")),
    truth("CANCELLED", "DEPLOYMENT", "PRODUCTION_ARCHITECTURE", notes=(
        "closed 2026-07-31. Stage: registry Deployment, epic 'rollout to dispatch'. Cause: "
        "closure reason (hand-started script, no hosting/updating/monitoring) + comments "
        "(model copied by USB; site IT supports only its standard image, no container host on "
        "OT). Distractors: dispatchers liked the scores (positive adoption); spend 9 % over plan "
        "not mentioned as a reason.")), [
    E(1, "Haul road scores - rollout to dispatch", "wontdo", "2025-10-06", "2026-07-31", cm=[
        ("2026-02-17", "Dispatchers liked the road scores and asked for them on the big screen."),
        ("2026-04-09", "The model file is copied by USB stick to the dispatch PC every Monday."),
        ("2026-06-23", "Site IT: they can't support anything outside the standard image, and there's no container host on the OT side."),
    ]),
    S(2, "Dashcam frame sampling", "done", "2025-10-13", "2026-01-16", p=1,
      sp=["HAUL Sprint 8"], cm=[("2026-01-16", "Sampling at 1 fps.")]),
])

# ---------------------------------------------------------------- BE-27
add("BE-27", "v2", "BEDS", reg(
    name="Bed demand forecast", business_unit="Acute hospital trust",
    sponsor="Dr. Fiona Grant", owner="Aisha Khan", ai_technique="forecasting",
    registry_stage="Prototype", status="active", start_date="2025-08-04",
    target_production_date="2026-04-01", budget_planned="75000", budget_spent="52000",
    currency="GBP", success_kpi="escalation days per month", kpi_baseline="9",
    kpi_target="5", data_audit_completed="yes"),
    truth("STALLED", "PROTOTYPE", "PRODUCTION_ARCHITECTURE", notes=(
        "Idle since 2026-05-20. Stage: registry Prototype, epic 'prototype'. Cause in comments: "
        "notebook run by hand every Monday, no forecast while its author was on leave, hospital "
        "IT has nowhere to run Python jobs. Distractor: bed managers use it and want it daily "
        "(positive adoption).")), [
    E(1, "Bed demand forecast prototype", "prog", "2025-08-11", "2026-05-20", cm=[
        ("2026-01-12", "Bed managers use the forecast every Monday and want it daily."),
        ("2026-03-03", "It is a notebook Aisha runs on Monday mornings; the numbers get pasted into the bed meeting slides."),
        ("2026-05-04", "Aisha was on leave for three weeks in April - no forecast in that time."),
        ("2026-05-20", "Hospital IT has no place to run Python jobs; the warehouse only schedules SQL."),
    ]),
    S(2, "Admissions history by specialty", "done", "2025-08-18", "2025-10-31", p=1,
      cm=[("2025-10-31", "Loaded 5 years.")]),
])

# ---------------------------------------------------------------- BE-28
add("BE-28", "v3", "COSE", reg(
    name="Previsión de cosecha de aceituna", business_unit="Cooperativa Olivarera",
    sponsor="Francisco Moreno", owner="Diego Salas", ai_technique="forecasting",
    registry_stage="En producción", status="en producción", start_date="2025-01-07",
    target_production_date="2025-10-15", production_date="2025-11-20",
    budget_planned="95000", budget_spent="101000", success_kpi="error de previsión",
    kpi_baseline="22 %", kpi_target="12 %", data_audit_completed="sí"),
    truth("IN_PRODUCTION", notes="production_date 2025-11-20."), [
    E(1, "Previsión de cosecha - campaña 2025", "done", "2025-06-02", "2025-11-24", cm=[
        ("2025-11-24", "Previsión usada en la planificación de la almazara."),
    ]),
    S(2, "Imágenes de satélite por parcela", "done", "2025-06-09", "2025-09-05", p=1,
      cm=[("2025-09-05", "Listo.")]),
])

# ---------------------------------------------------------------- BE-29
add("BE-29", "v3", "INNOV", reg(
    name="Atención telefónica con voz sintética", business_unit="Cadena hotelera Sol",
    sponsor="Isabel Cano", owner="Javier Ortega", ai_technique="genai-assistant",
    build_or_buy="buy", registry_stage="Construcción", status="cancelado",
    start_date="2025-09-01", target_production_date="2026-06-01", closed_date="2026-09-10",
    budget_planned="120000", budget_spent="164000", success_kpi="coste por llamada",
    kpi_baseline="3.10", kpi_target="1.80", data_audit_completed="sí", jira_keys="",
    closure_reason=("Cancelado: con el precio por minuto del servicio de voz, cada llamada "
                    "atendida salía más cara que con un agente; el caso de negocio no se sostiene.")),
    truth("CANCELLED", "ENGINEERING", "COST_FUNDING", notes=(
        "closed 2026-09-10. Linked only by label initiative:BE-29 in the shared project INNOV "
        "(empty jira_keys). Stage: registry Construcción, epic 'Construcción del agente de voz'. "
        "Cause: closure reason (per-minute price, more expensive than an agent) + comments "
        "(August invoice, finance freezes spend); spend over plan. Distractor: switchboard "
        "integration works (resolved integration).")), [
    E("INNOV-31", "Construcción del agente de voz", "wontdo", "2025-10-06", "2026-09-10",
      lb=["initiative:BE-29"], cm=[
        ("2026-06-22", "La integración con la centralita funciona sin problemas desde junio."),
        ("2026-09-02", "Factura de agosto del proveedor de voz: 18.400 € por 41.000 minutos."),
        ("2026-09-08", "Finanzas congela el gasto hasta revisar los números del caso de negocio."),
    ]),
    S("INNOV-32", "Flujo de reservas por voz", "done", "2025-10-13", "2026-03-20",
      lb=["initiative:BE-29"], p="INNOV-31", cm=[("2026-03-20", "Flujo probado con 50 llamadas.")]),
])

# ---------------------------------------------------------------- BE-30
add("BE-30", "csv", "BOUW", reg(
    name="Scheurdetectie betonelementen", business_unit="Bouwgroep Delta",
    sponsor="Karel Maas", owner="Emma Visser", ai_technique="computer-vision",
    registry_stage="Proof of concept", status="on hold", start_date="2025-11-17",
    target_production_date="2027-01-01", budget_planned="85000", budget_spent="61000",
    success_kpi="inspectie-uren per brug", kpi_baseline="14", kpi_target="6",
    data_audit_completed="ja",
    notes="On hold: geen dekking in de begroting 2027, herbeoordeling bij de voorjaarsnota."),
    truth("STALLED", "PROTOTYPE", "COST_FUNDING", notes=(
        "Registry status on hold (Jira comments in Aug/Sep inside the window). Stage: registry "
        "Proof of concept, epic 'PoC scheurdetectie'. Cause: notes (no cover in the 2027 "
        "budget) + comments (drone hire not approved, cost centre closed; no new innovation "
        "spend). Distractor: 91 % of cracks found (positive feasibility).")), [
    E(1, "PoC scheurdetectie viaducten", "blocked", "2025-12-01", "2026-09-14", cm=[
        ("2026-06-10", "Detection on the first site is good: 91 % of cracks wider than 0.3 mm found."),
        ("2026-08-25", "Drone hire for the second site not approved - cost centre closed for the rest of the year."),
        ("2026-09-14", "Finance: no new innovation spend until the margin recovers."),
    ]),
    S(2, "Dronebeelden viaduct A12 labelen", "done", "2025-12-08", "2026-04-17", p=1,
      cm=[("2026-04-17", "1.900 beelden gelabeld.")]),
])

# ---------------------------------------------------------------- BE-31
add("BE-31", "v2", "WARD", reg(
    name="Deterioration alert for step-down wards", business_unit="Acute hospital trust",
    sponsor="Dr. Fiona Grant", owner="Priya Nair", ai_technique="classification",
    registry_stage="Build", status="active", start_date="2026-01-12",
    target_production_date="2026-12-01", budget_planned="140000", budget_spent="66000",
    currency="GBP", success_kpi="unplanned ICU transfers", kpi_baseline="14/month",
    kpi_target="10/month", data_audit_completed="yes"),
    truth("ACTIVE", notes="Activity 2026-09-22."), [
    E(1, "Deterioration alert - build", "prog", "2026-02-02", "2026-09-22", cm=[
        ("2026-09-22", "Silent-mode run on ward 7 started, results next sprint."),
    ]),
    S(2, "Observation chart feed", "done", "2026-02-09", "2026-05-15", p=1,
      sp=["WARD Sprint 6"], cm=[("2026-05-15", "Feed in test, 15-minute lag.")]),
])

# ---------------------------------------------------------------- BE-32
add("BE-32", "v2", "SEPS", reg(
    name="Early sepsis alert", business_unit="Critical care",
    sponsor="Dr. Owen Lake", owner="Aisha Khan", ai_technique="classification",
    registry_stage="PoC", status="cancelled", start_date="2025-04-01",
    closed_date="2026-05-31", budget_planned="160000", budget_spent="150000",
    currency="GBP", success_kpi="time to antibiotics", kpi_baseline="3.2 h",
    kpi_target="1 h", data_audit_completed="yes",
    closure_reason=("Closed: after three model generations the alert still fired four times "
                    "for every real case; the ICU would not accept that alarm load.")),
    truth("CANCELLED", "PROTOTYPE", "TECHNICAL_FEASIBILITY", notes=(
        "closed 2026-05-31. Stage: registry PoC, epic 'proof of concept'. Cause: closure reason "
        "(four alarms per real case after three generations) + comments (PPV 0.21, lab trends "
        "+1 point, vitals too sparse). Distractor: EHR extract complete and clean (positive "
        "data).")), [
    E(1, "Sepsis alert - proof of concept", "wontdo", "2025-04-14", "2026-05-31", cm=[
        ("2025-07-08", "The EHR extract is complete and clean, thanks to the data team."),
        ("2026-01-27", "Retrospective run: PPV 0.21 at the sensitivity the ICU asked for."),
        ("2026-04-21", "Adding lab trends bought us 1 point. Vitals every 4 h are just too sparse to see it coming."),
    ]),
    S(2, "Generation 3 model", "done", "2025-12-01", "2026-04-21", p=1,
      cm=[("2026-04-21", "Trained and evaluated, report attached.")]),
])

# ---------------------------------------------------------------- BE-33
add("BE-33", "v3", "TERM", reg(
    name="Planificador de atraques terminal norte", business_unit="Terminal de contenedores",
    sponsor="Andrés Vidal", owner="Lucía Martín", ai_technique="optimisation",
    registry_stage="Prueba de concepto", status="activo", start_date="2025-05-05",
    target_production_date="2026-05-01", budget_planned="260000", budget_spent="231000",
    success_kpi="productividad de muelle", kpi_baseline="26 mov/h", kpi_target="30 mov/h",
    data_audit_completed="sí"),
    truth("STALLED", "ENGINEERING", "SCOPE_CREEP", notes=(
        "Idle since 2026-04-29. Stage: registry lags (Prueba de concepto) but epic 'Desarrollo "
        "de la versión 1' in progress and sprint 'TERM Desarrollo 5' -> ENGINEERING. Cause in "
        "comments: cranes and trucks added to v1, then rail windows and all four terminals, "
        "backlog 180 vs 25 stories. Distractor: TOS connection works in test (positive "
        "integration).")), [
    E(1, "Desarrollo de la versión 1 del planificador", "prog", "2025-10-06", "2026-04-29", cm=[
        ("2025-12-15", "La conexión con el TOS funciona en pruebas, ida y vuelta."),
        ("2026-01-26", "El comité añadió la planificación de grúas y de camiones a la versión 1."),
        ("2026-03-16", "Ahora también piden ventanas ferroviarias, y para las cuatro terminales."),
        ("2026-04-29", "Backlog de la v1: 180 historias. El acta de constitución tenía 25."),
    ]),
    S(2, "Modelo de ventanas de atraque", "done", "2025-10-13", "2026-01-23", p=1,
      sp=["TERM Desarrollo 5"], cm=[("2026-01-23", "Hecho.")]),
])

# ---------------------------------------------------------------- BE-34
add("BE-34", "csv", "VOED", reg(
    name="Allergenen-etiketcontrole", business_unit="Voedingsfabriek Brabant",
    sponsor="Anouk Peters", owner="Pieter Jansen", ai_technique="computer-vision",
    registry_stage="In productie", status="in productie", start_date="2025-04-01",
    target_production_date="2026-02-01", production_date="2026-03-02",
    budget_planned="130000", budget_spent="126000", success_kpi="etiketfouten per miljoen",
    kpi_baseline="34", kpi_target="5", data_audit_completed="ja"),
    truth("IN_PRODUCTION", notes="production_date 2026-03-02."), [
    E(1, "Ingebruikname etiketcontrole lijn 1-4", "done", "2025-10-01", "2026-03-04", cm=[
        ("2026-03-04", "Draait op alle vier de lijnen."),
    ]),
    S(2, "OCR op allergenenlijst", "done", "2025-10-08", "2026-01-09", p=1,
      cm=[("2026-01-09", "Klaar.")]),
])

# ---------------------------------------------------------------- BE-35
add("BE-35", "v3", "FINC", reg(
    name="Rendimiento por parcela", business_unit="Grupo Agrícola Levante",
    sponsor="Tomás Ibáñez", owner="Carmen Ruiz", ai_technique="forecasting",
    registry_stage="Prototipo", status="activo", start_date="2025-10-01",
    target_production_date="2026-09-01", budget_planned="70000", budget_spent="38000",
    success_kpi="kg por hectárea", kpi_baseline="", kpi_target="",
    data_audit_completed="no"),
    truth("STALLED", "PROTOTYPE", "DATA_READINESS", notes=(
        "Idle since 2026-06-01. Stage: registry Prototipo, epic 'Prototipo rendimiento'. Cause "
        "in comments: harvest records in notebooks, only 2 of 9 farms in Excel; plot codes "
        "changed in 2023 with no mapping; audit no.")), [
    E(1, "Prototipo rendimiento por parcela", "prog", "2025-10-06", "2026-06-01", cm=[
        ("2026-02-23", "Los partes de cosecha están en cuadernos en cada finca; sólo dos fincas de nueve los tienen en Excel."),
        ("2026-04-13", "Las parcelas cambiaron de código en 2023 y no hay tabla de correspondencia."),
        ("2026-06-01", "Pendiente de que las fincas pasen los cuadernos; sin fecha."),
    ]),
    S(2, "Mapa de parcelas", "done", "2025-10-13", "2025-12-19", p=1,
      cm=[("2025-12-19", "Mapa cargado.")]),
])

# ---------------------------------------------------------------- BE-36
add("BE-36", "csv", "AKKR", reg(
    name="Verkenning gewasziektes met drones", business_unit="Digitale Landbouw",
    sponsor="", owner="Sanne Bakker", ai_technique="computer-vision",
    registry_stage="Verkenning", status="afgesloten", start_date="2025-09-01",
    closed_date="2026-02-27", budget_planned="45000", budget_spent="12000",
    success_kpi="", data_audit_completed="",
    closure_reason=("Afgesloten na de reorganisatie: de afdeling Digitale Landbouw is opgeheven "
                    "en geen ander bedrijfsonderdeel wilde het onderzoek overnemen.")),
    truth("CANCELLED", "DISCOVERY", "OWNERSHIP_SPONSORSHIP", notes=(
        "closed 2026-02-27, status afgesloten. Stage: registry Verkenning (exploration) = "
        "DISCOVERY, epic 'Verkenning'. Cause: closure reason (unit dissolved, nobody took it "
        "over), empty sponsor, comments (sponsor left, steering cancelled; neither unit puts it "
        "on its plan).")), [
    E(1, "Verkenning gewasziektes", "wontdo", "2025-09-08", "2026-02-27", cm=[
        ("2026-01-12", "Sponsor (head of Digital Farming) left with the reorg; steering meeting cancelled."),
        ("2026-02-16", "Akkerbouw en glastuinbouw allebei gevraagd om het over te nemen; geen van beide zet het op hun plan."),
    ]),
    T(2, "Interviews met telers", "done", "2025-09-15", "2025-11-07", p=1,
      cm=[("2025-11-07", "Verslag toegevoegd.")]),
])

# ---------------------------------------------------------------- BE-37
add("BE-37", "v3", "TELC", reg(
    name="Optimización de visitas técnicas", business_unit="Operador de fibra",
    sponsor="Raúl Blanco", owner="Diego Salas", ai_technique="optimisation",
    registry_stage="Piloto", status="activo", start_date="2026-01-19",
    target_production_date="2026-12-15", budget_planned="150000", budget_spent="64000",
    success_kpi="visitas repetidas", kpi_baseline="17 %", kpi_target="11 %",
    data_audit_completed="sí"),
    truth("ACTIVE", notes="Activity 2026-09-25; registry Piloto (not production)."), [
    E(1, "Piloto de rutas para técnicos zona centro", "prog", "2026-03-02", "2026-09-25", cm=[
        ("2026-09-25", "Segunda semana del piloto con 12 técnicos, comentarios recogidos."),
    ]),
    S(2, "Ventanas horarias de clientes", "done", "2026-03-09", "2026-06-19", p=1,
      cm=[("2026-06-19", "Hecho.")]),
])

# ---------------------------------------------------------------- BE-38
add("BE-38", "v2", "AIX", reg(
    name="Timetable clash solver", business_unit="Academic registry",
    sponsor="Prof. R. Hale", owner="Nina Kowalski", ai_technique="optimisation",
    registry_stage="Deployment", status="active", start_date="2025-04-07",
    target_production_date="2026-01-10", budget_planned="130000", budget_spent="118000",
    currency="GBP", success_kpi="students with clashes", kpi_baseline="7 %",
    kpi_target="1 %", data_audit_completed="yes", jira_keys="AIX-21"),
    truth("STALLED", "DEPLOYMENT", "OWNERSHIP_SPONSORSHIP", notes=(
        "Idle since 2026-05-12. Epic AIX-21 in the shared AIX project (epic key in jira_keys), "
        "story by parent. Stage: registry Deployment, epic 'go-live for semester 1'. Cause in "
        "comments: sponsor retired, no replacement named; registry office and faculties each "
        "say the other decides, nobody signs go-live. Distractor: solver finds clash-free "
        "timetables (positive feasibility).")), [
    E("AIX-21", "Clash solver - go-live for semester 1", "prog", "2025-10-06", "2026-05-12", cm=[
        ("2026-01-19", "Solver finds clash-free timetables for 98 % of programmes."),
        ("2026-04-14", "Prof. Hale retired at the end of March; the faculty board hasn't named anyone in his place."),
        ("2026-05-12", "Registry office says go-live is the faculties' call, faculties say it's a central service. Nobody signs."),
    ]),
    S("AIX-22", "Room capacity import", "done", "2025-10-13", "2026-01-09", p="AIX-21",
      cm=[("2026-01-09", "Imported from the estates system.")]),
])

# ---------------------------------------------------------------- BE-39
add("BE-39", "v3", "OBRA", reg(
    name="Partes de obra con asistente", business_unit="Constructora Ibérica",
    sponsor="Luis Herrero", owner="Javier Ortega", ai_technique="genai-assistant",
    build_or_buy="buy", registry_stage="Despliegue", status="cancelado",
    start_date="2025-06-02", target_production_date="2026-01-15", closed_date="2026-08-31",
    budget_planned="110000", budget_spent="97000", success_kpi="horas de oficina por obra",
    kpi_baseline="9", kpi_target="5", data_audit_completed="sí",
    closure_reason=("Cancelado tras seis meses de prueba en las obras de la zona centro: los jefes de obra siguieron con el "
                    "parte en papel; menos de 5 usuarios semanales de 120.")),
    truth("CANCELLED", "DEPLOYMENT", "USER_ADOPTION", notes=(
        "closed 2026-08-31. Stage: registry Despliegue, epic 'Despliegue en obras'. Cause: "
        "closure reason (site managers stayed with paper, <5 weekly users of 120) + comments "
        "(weekly active users falling). Distractor: security approved the app (negated "
        "security).")), [
    E(1, "Despliegue en obras zona centro", "wontdo", "2026-01-12", "2026-08-31", cm=[
        ("2026-02-03", "Seguridad aprobó la app sin observaciones."),
        ("2026-05-18", "Usuarios activos por semana: 34, 19, 8, 5, 4."),
        ("2026-07-06", "En la obra de Getafe el encargado dice que 'el papel no se queda sin batería'."),
    ]),
    S(2, "Plantillas de parte diario", "done", "2026-01-19", "2026-03-06", p=1,
      cm=[("2026-03-06", "Publicadas.")]),
])

# ---------------------------------------------------------------- BE-40
add("BE-40", "csv", "SLUS", reg(
    name="Sluisplanning binnenvaart", business_unit="Vaarwegbeheer",
    sponsor="Gert Kok", owner="Joost de Vries", ai_technique="optimisation",
    registry_stage="Beheer", status="uitgefaseerd", start_date="2023-09-04",
    target_production_date="2024-05-01", production_date="2024-06-01",
    closed_date="2026-06-30", budget_planned="210000", budget_spent="204000",
    success_kpi="wachttijd per schutting", kpi_baseline="48 min", kpi_target="35 min",
    data_audit_completed="ja", notes="Uitgefaseerd: vervangen door het landelijke systeem."),
    truth("IN_PRODUCTION", notes="production_date 2024-06-01, retired 2026-06-30 (uitgefaseerd)."), [
    E(1, "Ingebruikname sluisplanning", "done", "2024-02-05", "2024-06-04", cm=[
        ("2024-06-04", "In gebruik bij de sluizen Born en Maasbracht."),
    ]),
    T(2, "Uitfaseren en archiveren", "done", "2026-06-01", "2026-06-30", p=1,
      cm=[("2026-06-30", "Gearchiveerd.")]),
])

# ---------------------------------------------------------------- BE-41
add("BE-41", "csv", "DLAB", reg(
    name="Optimalisatie slibverwerking", business_unit="Zuiveringsschap Rivierenland",
    sponsor="", owner="Emma Visser", ai_technique="optimisation",
    registry_stage="Businesscase", status="on hold", start_date="2025-10-01",
    budget_planned="60000", budget_spent="21000", success_kpi="energie per ton slib",
    kpi_baseline="", kpi_target="", data_audit_completed="", jira_keys="DLAB-40",
    notes=("On hold sinds de directiewissel; de nieuwe directie legt de prioriteit bij "
           "netvervanging.")),
    truth("STALLED", "STRATEGY", "OWNERSHIP_SPONSORSHIP", notes=(
        "On hold, idle since 2026-04-10. Epic DLAB-40 in the shared DLAB project (epic key in "
        "jira_keys), story via epic link. Stage: registry Businesscase, epic 'Business case'. "
        "Cause: notes (new management, other priority), empty sponsor, comments (director "
        "postponed then cancelled; programme board moved it behind pipe renewal).")), [
    E("DLAB-40", "Business case slibverwerking", "prog", "2025-10-06", "2026-04-10", cm=[
        ("2026-02-09", "Nieuwe directeur heeft het business case-overleg twee keer verzet en daarna afgezegd."),
        ("2026-04-10", "Programme board moved all optimisation work behind the pipe-renewal programme."),
    ]),
    S("DLAB-41", "Energieverbruik per gisting verzamelen", "done", "2025-10-13", "2026-01-16",
      p="DLAB-40", cm=[("2026-01-16", "Data van drie installaties verzameld.")]),
])

# ---------------------------------------------------------------- BE-42
add("BE-42", "v2", "CAPT", reg(
    name="Photo captioning for the picture desk", business_unit="Regional newspapers",
    sponsor="Claire Dunn", owner="Ben Adler", ai_technique="genai-assistant",
    registry_stage="Build", status="cancelled", start_date="2025-05-06",
    target_production_date="2026-02-01", closed_date="2026-07-20",
    budget_planned="90000", budget_spent="83000", currency="GBP",
    success_kpi="photos published with captions", kpi_baseline="71 %", kpi_target="95 %",
    data_audit_completed="yes",
    closure_reason=("Cancelled: every upgrade of the editorial system broke the captioning "
                    "plug-in, and the CMS vendor would not give us a stable extension point.")),
    truth("CANCELLED", "ENGINEERING", "INTEGRATION", notes=(
        "closed 2026-07-20. Stage: registry Build, fix version MVP 2. Cause: closure reason "
        "(editorial system upgrades break the plug-in, no stable extension point) + comments "
        "(disabled a third time; no API for metadata write-back). Distractor: caption quality "
        "rated good (positive feasibility).")), [
    E(1, "Captioning plug-in", "wontdo", "2025-06-02", "2026-07-20", fv=["MVP 2"], cm=[
        ("2026-01-20", "Picture editors rate the caption quality 4.2/5."),
        ("2026-04-28", "CMS 8.4 update: plug-in disabled again, third time this year."),
        ("2026-06-30", "Vendor: custom extensions are at the customer's risk; no API for writing metadata back is planned."),
    ]),
    S(2, "Caption style guide prompts", "done", "2025-06-09", "2025-09-19", p=1,
      fv=["MVP 2"], cm=[("2025-08-05", "Skills tags of the photographers (sport, court, weather) added to the prompt."), ("2025-09-19", "Done.")]),
])

# ---------------------------------------------------------------- BE-43
add("BE-43", "v3", "HOTL", reg(
    name="Recomendador de excursiones", business_unit="Cadena hotelera Sol",
    sponsor="Isabel Cano", owner="Lucía Martín", ai_technique="recommendation",
    registry_stage="Construcción", status="activo", start_date="2026-03-02",
    target_production_date="2027-03-01", budget_planned="90000", budget_spent="30000",
    success_kpi="ingresos por excursión vendida", kpi_baseline="4 €", kpi_target="6 €",
    data_audit_completed="sí"),
    truth("ACTIVE", notes="Activity 2026-09-18."), [
    E(1, "Construcción del recomendador", "prog", "2026-04-06", "2026-09-18", cm=[
        ("2026-09-18", "Subido el notebook con la evaluación offline."),
    ]),
    S(2, "Catálogo de excursiones", "done", "2026-04-13", "2026-06-26", p=1,
      cm=[("2026-06-26", "Catálogo cargado.")]),
])

# ---------------------------------------------------------------- BE-44
add("BE-44", "csv", "GEMA", reg(
    name="Pompsturing gemalen", business_unit="Waterschap Polderland",
    sponsor="Ria Smits", owner="Pieter Jansen", ai_technique="optimisation",
    registry_stage="", status="actief", start_date="2025-04-07",
    target_production_date="2026-04-01", budget_planned="240000", budget_spent="170000",
    success_kpi="energie per m3 bemaling", kpi_baseline="0.061 kWh", kpi_target="0.050 kWh",
    data_audit_completed="ja"),
    truth("STALLED", "ENGINEERING", "INTEGRATION", notes=(
        "Idle since 2026-05-27. Stage only in Jira (registry stage empty): epic 'Realisatie "
        "pompsturing', sprint 'GEMA Realisatie 3'. Cause in comments: control only through the "
        "supplier of the process control system, SCADA gateway accepts one write per second, "
        "SIT failed again. Distractor: water level predictions within 3 cm (positive "
        "feasibility).")), [
    E(1, "Realisatie pompsturing", "prog", "2025-06-02", "2026-05-27", cm=[
        ("2025-12-15", "Model-voorspellingen van het waterpeil binnen 3 cm, ruim binnen de eis."),
        ("2026-03-09", "Aansturing via het procesbesturingssysteem kan alleen via de leverancier; offerte volgt in Q4."),
        ("2026-05-27", "SCADA gateway weigert meer dan één schrijfactie per seconde; SIT opnieuw gefaald."),
    ]),
    S(2, "Peilmetingen inlezen", "done", "2025-06-09", "2025-09-12", p=1,
      sp=["GEMA Realisatie 3"], cm=[("2025-09-12", "Peilmetingen komen per 5 minuten binnen.")]),
])

# ---------------------------------------------------------------- BE-45
add("BE-45", "csv", "KRED", reg(
    name="Kredietlimietadvies MKB", business_unit="Zakelijk bankieren",
    sponsor="Femke Jacobs", owner="Sanne Bakker", ai_technique="classification",
    registry_stage="Uitrol", status="gestopt", start_date="2025-01-13",
    target_production_date="2026-01-01", closed_date="2026-09-15",
    budget_planned="400000", budget_spent="365000", success_kpi="doorlooptijd kredietaanvraag",
    kpi_baseline="11 dagen", kpi_target="3 dagen", data_audit_completed="ja",
    closure_reason=("Gestopt: model risk management eist een volledig validatiedossier voor "
                    "geautomatiseerde kredietbeslissingen (wachtrij 6 maanden) en de FG gaf een "
                    "negatief advies op de DPIA.")),
    truth("CANCELLED", "DEPLOYMENT", "SECURITY_COMPLIANCE", notes=(
        "closed 2026-09-15. Stage: registry Uitrol, epic 'Uitrol limietadvies'. Cause: closure "
        "reason (model risk validation queue, negative DPIA advice) + comments (profiling needs "
        "explicit consent; MRM queue position 14). Distractor: 'budget is not the problem' "
        "(negated cost).")), [
    E(1, "Uitrol limietadvies kantoren", "wontdo", "2025-10-06", "2026-09-15", cm=[
        ("2026-03-17", "Budget is not the problem here, it's funded through 2027."),
        ("2026-05-12", "FG: profilering op transactiedata vraagt in deze vorm uitdrukkelijke toestemming - negatief advies."),
        ("2026-08-04", "MRM queue position 14; validation of our model not before February."),
    ]),
    S(2, "Adviesscherm voor accountmanagers", "done", "2025-10-13", "2026-02-13", p=1,
      cm=[("2026-02-13", "Klaar in acceptatie.")]),
])

# ---------------------------------------------------------------- BE-46
add("BE-46", "v3", "VISI", reg(
    name="Detección de bolones en chancado", business_unit="Mina Cobre Sur",
    sponsor="Rodrigo Pizarro", owner="Diego Salas", ai_technique="computer-vision",
    registry_stage="Prueba de concepto", status="activo", start_date="2025-08-04",
    target_production_date="2026-08-01", budget_planned="120000", budget_spent="79000",
    currency="USD", success_kpi="paradas del chancador", kpi_baseline="11/mes",
    kpi_target="6/mes", data_audit_completed="sí"),
    truth("STALLED", "PROTOTYPE", "SKILLS_GAP", notes=(
        "Idle since 2026-05-08. Stage: registry Prueba de concepto, epic 'Prueba de concepto'. "
        "Cause in comments: contractor left without documentation; nobody at the mine with "
        "computer vision experience, data scientist vacancy open since January.")), [
    E(1, "Prueba de concepto bolones", "prog", "2025-08-11", "2026-05-08", cm=[
        ("2026-02-24", "El contratista que hizo la primera versión terminó en febrero y no dejó documentación."),
        ("2026-05-08", "En la mina nadie tiene experiencia en visión por computador; la vacante de científico de datos sigue abierta desde enero."),
    ]),
    S(2, "Cámara sobre la correa 3", "done", "2025-08-18", "2025-10-24", p=1,
      cm=[("2025-10-24", "Instalada.")]),
])

# ---------------------------------------------------------------- BE-47
add("BE-47", "v2", "REEF", reg(
    name="Reefer alarm triage", business_unit="Container terminal",
    sponsor="Olaf Brandt", owner="Tom Becker", ai_technique="classification",
    registry_stage="Deployment", status="active", start_date="2025-06-02",
    target_production_date="2026-07-01", budget_planned="100000", budget_spent="97000",
    success_kpi="spoiled reefer claims", kpi_baseline="19/yr", kpi_target="8/yr",
    data_audit_completed="yes"),
    truth("IN_PRODUCTION", notes=(
        "Production only in Jira: rollout epic done, comment 'Live in all three yards since 14 "
        "July'. Registry Deployment / active without production_date.")), [
    E(1, "Reefer alarm triage - rollout all yards", "done", "2026-02-02", "2026-07-20", cm=[
        ("2026-07-20", "Live in all three yards since 14 July; the reefer desk works from the triage list now."),
    ]),
    S(2, "Alarm codes per reefer make", "done", "2026-02-09", "2026-04-17", p=1,
      sp=["REEF Rollout 1"], cm=[("2026-04-17", "Mapped 7 makes.")]),
])

# ---------------------------------------------------------------- BE-48
add("BE-48", "v3", "MERM", reg(
    name="Reducción de mermas en planta", business_unit="Alimentos del Norte",
    sponsor="Ana Belén Soto", owner="Carmen Ruiz", ai_technique="analytics",
    registry_stage="Caso de negocio", status="cerrado", start_date="2025-11-03",
    closed_date="2026-05-15", budget_planned="50000", budget_spent="22000",
    success_kpi="", data_audit_completed="",
    closure_reason=("Cerrado: las tres plantas definen 'merma' de forma distinta y ninguna "
                    "dirección aceptó fijar un indicador común ni hacerse cargo del caso de negocio.")),
    truth("CANCELLED", "STRATEGY", "UNCLEAR_OBJECTIVE",
          "UNCLEAR_OBJECTIVE;OWNERSHIP_SPONSORSHIP", notes=(
              "closed 2026-05-15, status cerrado. Stage: registry Caso de negocio, epic 'Caso "
              "de negocio'. Two causes equally named in the closure reason: no common measure "
              "of waste (objective, named first, empty KPI) and no management taking over the "
              "business case (ownership); comments support both.")), [
    E(1, "Caso de negocio mermas", "wontdo", "2025-11-10", "2026-05-15", cm=[
        ("2026-02-02", "Zaragoza cuenta la merma en kilos, Burgos en euros y Lugo sólo la de envasado. No hay un número que mejorar."),
        ("2026-04-20", "Ninguna de las tres direcciones de planta quiere presentar el caso al comité."),
    ]),
    T(2, "Recogida de datos de merma por planta", "done", "2025-11-17", "2026-01-23", p=1,
      cm=[("2026-01-23", "Datos recogidos.")]),
])

# ---------------------------------------------------------------- BE-49
add("BE-49", "csv", "HAVN", reg(
    name="Containerstapeling optimalisatie", business_unit="Haventerminal West",
    sponsor="Gert Kok", owner="Joost de Vries", ai_technique="optimisation",
    registry_stage="Proof of concept", status="actief", start_date="2026-04-06",
    target_production_date="2027-06-01", budget_planned="160000", budget_spent="40000",
    success_kpi="verplaatsingen per container", kpi_baseline="1.6", kpi_target="1.2",
    data_audit_completed="ja"),
    truth("ACTIVE", notes="Activity 2026-09-28; resolved data access."), [
    E(1, "PoC stapelstrategie", "prog", "2026-04-13", "2026-09-28", cm=[
        ("2026-08-18", "Read access to the yard history came through; no blockers any more on data."),
        ("2026-09-28", "Simulatie op drie weken historie gedraaid, resultaten in de map."),
    ]),
    S(2, "Yard-layout model", "prog", "2026-05-04", "2026-09-21", p=1,
      cm=[("2026-09-21", "Refactored into modules.")]),
])

# ---------------------------------------------------------------- BE-50
add("BE-50", "v2", "RAN", reg(
    name="Radio cell sleep scheduling", business_unit="Network engineering",
    sponsor="Victor Hale", owner="Lena Fischer", ai_technique="forecasting",
    build_or_buy="partner", registry_stage="Rollout", status="paused",
    start_date="2025-03-10", target_production_date="2026-03-01",
    budget_planned="300000", budget_spent="240000",
    success_kpi="energy per site", kpi_baseline="31 MWh/yr", kpi_target="27 MWh/yr",
    data_audit_completed="yes",
    notes=("Paused: the vendor licence for the sleep-mode interface costs more per site than the "
           "energy it saves at current tariffs; waiting for next year's budget round.")),
    truth("STALLED", "DEPLOYMENT", "COST_FUNDING", notes=(
        "Registry status paused, idle since 2026-04-14. Stage: registry Rollout, epic 'rollout "
        "region north'. Cause: notes (licence per site costs more than the saving) + comments "
        "(EUR 1,900 vs ~1,300 per site; finance declined the licence line).")), [
    E(1, "Cell sleep - rollout region north", "prog", "2025-10-06", "2026-04-14", cm=[
        ("2026-02-10", "Vendor quote: EUR 1,900 per site per year for the interface licence; the saving at today's tariff is about EUR 1,300."),
        ("2026-04-14", "Finance declined the licence line for 2026."),
    ]),
    S(2, "Traffic forecast per cell, 15-min", "done", "2025-10-13", "2026-01-23", p=1,
      sp=["RAN Rollout 1"], cm=[("2026-01-23", "Forecast error 6 %, accepted by network engineering.")]),
])

# ---------------------------------------------------------------- BE-51
add("BE-51", "csv", "ZIEK", reg(
    name="Ontslagplanning verpleegafdelingen", business_unit="Ziekenhuis Midden",
    sponsor="Dr. Lotte Vos", owner="Emma Visser", ai_technique="forecasting",
    registry_stage="Productie", status="in productie", start_date="2024-10-01",
    target_production_date="2025-09-01", production_date="2025-10-06",
    budget_planned="180000", budget_spent="176000", success_kpi="ontslag voor 12 uur",
    kpi_baseline="21 %", kpi_target="35 %", data_audit_completed="ja"),
    truth("IN_PRODUCTION", notes="production_date 2025-10-06."), [
    E(1, "Ingebruikname ontslagplanning", "done", "2025-05-05", "2025-10-08", cm=[
        ("2025-10-08", "Alle interne afdelingen gebruiken de lijst bij de ochtendoverdracht."),
    ]),
    S(2, "Koppeling met het EPD", "done", "2025-05-12", "2025-08-29", p=1,
      cm=[("2025-08-29", "Koppeling draait.")]),
])

# ---------------------------------------------------------------- BE-52
add("BE-52", "v2", "INNO", reg(
    name="Audience data exploration", business_unit="Regional newspapers",
    sponsor="Claire Dunn", owner="Kim Harper", ai_technique="analytics",
    registry_stage="Discovery", status="closed", start_date="2025-10-06",
    closed_date="2026-03-15", budget_planned="30000", budget_spent="9000", currency="GBP",
    success_kpi="subscriber retention", kpi_baseline="", kpi_target="",
    data_audit_completed="", jira_keys="",
    closure_reason=("Closed: the only data journalist able to run the exploration left in "
                    "January, and the newsroom has no one else who can work with the analytics "
                    "exports.")),
    truth("CANCELLED", "DISCOVERY", "SKILLS_GAP", notes=(
        "closed 2026-03-15, status closed. Linked only by label initiative:BE-52 in the shared "
        "INNO project (empty jira_keys). Stage: registry Discovery, epic 'Discovery'. Cause: "
        "closure reason (only data journalist left, nobody else can) + comments (notebooks on a "
        "personal drive; nobody can query the warehouse).")), [
    E("INNO-12", "Discovery: what keeps subscribers reading", "wontdo", "2025-10-13",
      "2026-03-15", lb=["initiative:BE-52"], cm=[
        ("2026-01-08", "Kim leaves on 31 Jan; her notebooks are on her personal drive."),
        ("2026-02-17", "No one on the desk can query the analytics warehouse; requests to central BI take weeks."),
    ]),
    T("INNO-13", "Export of article-level reading time", "done", "2025-10-20", "2025-12-05",
      lb=["initiative:BE-52"], p="INNO-12", cm=[("2025-12-05", "Export attached.")]),
])

# ---------------------------------------------------------------- BE-53
add("BE-53", "csv", "BAKK", reg(
    name="Oventemperatuur-advies bakkerij", business_unit="Bakkerijen Zuid",
    sponsor="Marco Bos", owner="Pieter Jansen", ai_technique="regression",
    registry_stage="Realisatie", status="actief", start_date="2025-06-16",
    target_production_date="2026-05-01", budget_planned="90000", budget_spent="55000",
    success_kpi="uitval per baklijn", kpi_baseline="2.8 %", kpi_target="2.0 %",
    data_audit_completed="ja"),
    truth("STALLED", "ENGINEERING", "UNKNOWN", notes=(
        "Idle since 2026-03-30, status actief. Stage: registry Realisatie, epic 'Realisatie'. "
        "Only chatter and a negated data remark; no cause.")), [
    E(1, "Realisatie ovenadvies lijn 2", "prog", "2025-09-01", "2026-03-30", cm=[
        ("2026-01-19", "Geen problemen met de sensordata, de logging draait stabiel."),
        ("2026-03-30", "Standup verplaatst naar 9:30 vanwege de ploegwissel."),
    ]),
    S(2, "Receptparameters inlezen", "done", "2025-09-08", "2025-11-28", p=1,
      cm=[("2025-11-28", "Klaar.")]),
])

# ---------------------------------------------------------------- BE-54
add("BE-54", "v2", "YARD", reg(
    name="Empty container repositioning", business_unit="Inland depots",
    sponsor="Olaf Brandt", owner="Ravi Menon", ai_technique="optimisation",
    registry_stage="PoC", status="cancelled", start_date="2025-06-02",
    closed_date="2026-04-30", budget_planned="110000", budget_spent="126000",
    success_kpi="empty truck km", kpi_baseline="1.2M/yr", kpi_target="0.9M/yr",
    data_audit_completed="yes",
    closure_reason=("Stopped: the proof of concept grew from one depot's empty returns to "
                    "network-wide repositioning, leasing and pricing; none of it reached a "
                    "testable state.")),
    truth("CANCELLED", "PROTOTYPE", "SCOPE_CREEP", notes=(
        "closed 2026-04-30. Stage: registry PoC, epic 'PoC'. Cause: closure reason (grew from one "
        "depot to network, leasing, pricing) + comments (lessor contracts added; pricing added). "
        "Distractor: leasing data access granted (resolved data).")), [
    E(1, "Empty repositioning PoC - Duisburg depot", "wontdo", "2025-06-09", "2026-04-30", cm=[
        ("2025-10-20", "Steering asked to add the lessor contracts to the PoC."),
        ("2025-12-01", "Leasing data access granted, no blockers there."),
        ("2026-02-23", "And now pricing of repositioning moves is in as well - for all 11 depots."),
    ]),
    S(2, "Empty return forecast Duisburg", "done", "2025-06-16", "2025-09-26", p=1,
      cm=[("2025-09-26", "First version runs.")]),
])

# ---------------------------------------------------------------- BE-55
add("BE-55", "v3", "RIEG", reg(
    name="Programación de riego por goteo", business_unit="Grupo Agrícola Levante",
    sponsor="Tomás Ibáñez", owner="Diego Salas", ai_technique="forecasting",
    registry_stage="Despliegue", status="activo", start_date="2025-05-05",
    target_production_date="2026-05-01", budget_planned="140000", budget_spent="133000",
    success_kpi="m3 por hectárea", kpi_baseline="5200", kpi_target="4500",
    data_audit_completed="sí"),
    truth("IN_PRODUCTION", notes=(
        "Production only in Jira: epic 'Despliegue en las nueve fincas' done, comment 'En "
        "producción en las 9 fincas desde el 2 de junio'. Registry Despliegue / activo.")), [
    E(1, "Despliegue en las nueve fincas", "done", "2026-01-12", "2026-06-09", cm=[
        ("2026-06-09", "En producción en las 9 fincas desde el 2 de junio; los encargados riegan según la recomendación diaria."),
    ]),
    S(2, "Sondas de humedad por sector", "done", "2026-01-19", "2026-03-27", p=1,
      cm=[("2026-03-27", "Instaladas.")]),
])

# ---------------------------------------------------------------- BE-56
add("BE-56", "v2", "READ", reg(
    name="Readmission risk flag", business_unit="Acute hospital trust",
    sponsor="Dr. Fiona Grant", owner="Sam Okafor", ai_technique="classification",
    registry_stage="Prototype", status="active", start_date="2025-07-07",
    target_production_date="2026-03-01", budget_planned="70000", budget_spent="68000",
    currency="GBP", success_kpi="30-day readmissions", kpi_baseline="11.8 %",
    kpi_target="10.5 %", data_audit_completed="yes"),
    truth("STALLED", "PROTOTYPE", "SCOPE_CREEP", notes=(
        "Idle since 2026-05-18. Stage: registry Prototype, epic 'prototype'. Cause in comments: "
        "discharge planning added, then pharmacy reconciliation and bed management; scope doc "
        "grew from one flag to four modules. Distractor: IG approved the data flow (resolved "
        "compliance).")), [
    E(1, "Readmission flag - prototype", "prog", "2025-07-14", "2026-05-18", cm=[
        ("2025-11-11", "Clinical lead asked to add discharge planning to the prototype."),
        ("2026-01-13", "IG approved the data flow last month."),
        ("2026-03-10", "Pharmacy reconciliation is now also expected in the first version, and bed management wants in."),
        ("2026-05-18", "Prototype scope doc v7: four modules. v1 of that doc had one flag."),
    ]),
    S(2, "Discharge summary parser", "done", "2025-07-21", "2025-10-17", p=1,
      cm=[("2025-09-15", "Data owner for the discharge summaries is the records team; they signed off the extract."), ("2025-10-17", "Merged.")]),
])

# ---------------------------------------------------------------- BE-57
add("BE-57", "v2", "SOIL", reg(
    name="Fertiliser dose recommendation", business_unit="Arable farming services",
    sponsor="Hannah Vogel", owner="Ravi Menon", ai_technique="regression",
    registry_stage="Build", status="active", start_date="2026-02-02",
    target_production_date="2027-02-01", budget_planned="150000", budget_spent="45000",
    success_kpi="nitrogen per tonne", kpi_baseline="21 kg", kpi_target="18 kg",
    data_audit_completed="yes"),
    truth("ACTIVE", notes="Activity 2026-09-16."), [
    E(1, "Dose recommendation - build", "prog", "2026-03-02", "2026-09-16", cm=[
        ("2026-09-16", "Field trial data from 40 plots loaded, model retrained."),
    ]),
    S(2, "Soil sample lab import", "done", "2026-03-09", "2026-05-22", p=1,
      sp=["SOIL Build 3"], cm=[("2026-05-22", "Import runs nightly.")]),
])

# ---------------------------------------------------------------- BE-58
add("BE-58", "v3", "CONC", reg(
    name="Conciliación automática de pagos", business_unit="Operaciones bancarias",
    sponsor="Alberto Gil", owner="Lucía Martín", ai_technique="matching",
    registry_stage="Caso de negocio", status="en espera", start_date="2026-01-12",
    budget_planned="45000", budget_spent="15000", success_kpi="partidas conciliadas a mano",
    kpi_baseline="38 %", kpi_target="10 %", data_audit_completed="sí"),
    truth("STALLED", "STRATEGY", "UNKNOWN", notes=(
        "Registry status 'en espera' (on hold) with no reason anywhere; Jira comments in Aug/Sep "
        "inside the window. Stage: registry Caso de negocio, epic 'Caso de negocio'. Only "
        "chatter and a positive data remark: UNKNOWN.")), [
    E(1, "Caso de negocio conciliación", "prog", "2026-01-19", "2026-09-09", cm=[
        ("2026-08-12", "Los datos de conciliación del último año ya están cargados y revisados."),
        ("2026-09-09", "La reunión de seguimiento pasa al martes."),
    ]),
    T(2, "Muestra de partidas no conciliadas", "done", "2026-01-26", "2026-03-13", p=1,
      cm=[("2026-03-13", "Muestra de 2.000 partidas.")]),
])

# ---------------------------------------------------------------- BE-59
add("BE-59", "csv", "DLAB", reg(
    name="Sensoranomalieën waterkwaliteit", business_unit="Drinkwater Noord",
    sponsor="Ingrid de Boer", owner="Joost de Vries", ai_technique="anomaly-detection",
    registry_stage="Beheer", status="in productie", start_date="2025-03-03",
    target_production_date="2025-12-01", production_date="2026-01-15",
    budget_planned="120000", budget_spent="117000", success_kpi="valse alarmen per week",
    kpi_baseline="40", kpi_target="10", data_audit_completed="ja", jira_keys="DLAB-60"),
    truth("IN_PRODUCTION", notes="production_date 2026-01-15; epic DLAB-60 in shared project, story via epic link."), [
    E("DLAB-60", "Ingebruikname sensoranomalie-detectie", "done", "2025-09-01", "2026-01-19", cm=[
        ("2026-01-19", "Draait op alle 64 meetpunten."),
    ]),
    S("DLAB-61", "Drempels per meetpunt", "done", "2025-09-08", "2025-12-12", p="DLAB-60",
      cm=[("2025-12-12", "Klaar.")]),
])

# ---------------------------------------------------------------- BE-60
add("BE-60", "v2", "DMND", reg(
    name="7-day water demand forecast", business_unit="Water network operations",
    sponsor="Paul Reid", owner="Aisha Khan", ai_technique="forecasting",
    registry_stage="Build", status="active", start_date="2025-06-02",
    target_production_date="2026-06-01", budget_planned="160000", budget_spent="121000",
    currency="GBP", success_kpi="pumping cost", kpi_baseline="2.1M/yr", kpi_target="1.8M/yr",
    data_audit_completed="yes"),
    truth("STALLED", "ENGINEERING", "TECHNICAL_FEASIBILITY", notes=(
        "Idle since 2026-06-05. Stage: registry Build, epic 'build'. Cause in comments: 14 % "
        "MAPE vs under 7 % needed; all methods 13-15 %; holiday-zone demand swings unforeseen. "
        "Distractor: operations committed to use it (positive adoption).")), [
    E(1, "Demand forecast - build", "prog", "2025-07-07", "2026-06-05", cm=[
        ("2025-12-03", "Ops committed to using it in the pump schedule once it's good enough - they want it."),
        ("2026-02-18", "MAPE on the 7-day horizon is 14 %; network operations need under 7."),
        ("2026-04-15", "Weather ensembles, calendar features, gradient boosting vs TFT: all between 13 and 15 %."),
        ("2026-06-05", "Demand in the holiday zones swings with visitor numbers none of our inputs anticipate."),
    ]),
    S(2, "District meter feed", "done", "2025-07-14", "2025-10-10", p=1,
      sp=["DMND Build 2"], cm=[("2025-09-02", "Added pumping cost per m3 per district as an input column."), ("2025-10-10", "Feed hourly.")]),
])
