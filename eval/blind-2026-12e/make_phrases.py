#!/usr/bin/env python3
"""Writes phrases.csv of the blind set 2026-12e (deterministic).

All phrases were written by hand for this set. Settings: ports and shipping, agriculture,
telecom networks, hospitals, universities, media, mining, construction, water, banking
operations, food manufacturing, tourism. Columns: id,expected_cause,kind,text.
"""
import csv
import io
import os

CAUSES = [
    "DATA_READINESS", "UNCLEAR_OBJECTIVE", "PRODUCTION_ARCHITECTURE", "INTEGRATION",
    "SECURITY_COMPLIANCE", "OWNERSHIP_SPONSORSHIP", "SKILLS_GAP", "SCOPE_CREEP",
    "USER_ADOPTION", "COST_FUNDING", "TECHNICAL_FEASIBILITY",
]

POS = {}

POS["DATA_READINESS"] = [
    "Berth-call history only goes back to March; before that the terminal kept it in spreadsheets nobody archived.",
    "Half the soil probes report in centibar, the other half in percent moisture, and no one wrote down which is which.",
    "We asked for the cell-tower alarm feed in June. Still waiting on the NOC to give us read rights.",
    "radiology: of the 40k scans maybe 3k have a confirmed finding attached, the rest is free text in the letter",
    "The marking sheets of the 2019-2021 cohorts were shredded under the retention schedule, so we have two years to train on.",
    "Haul-truck telemetry has holes of up to six hours at every shift change - the modem reboots and throws away its buffer.",
    "Steering minutes: training deferred until the sensor history is cleaned up; cleaning effort estimated at 9 weeks.",
    "The sample we were handed is all from the Rotterdam plant; the other four lines run different recipes.",
    "fyi the subscriber table has the same customer under 3 ids depending on which billing stack it came from",
    "Retro: sprints 3 to 5 went on hand-tagging pallet photos because the vendor's image set turned out to be stock pictures.",
    "Hydrant pressure readings before 2022 exist as scanned PDFs only.",
    "Status report: confirmed fraud outcomes exist only for wire transfers that ended up in court, about 0.4 % of the alerts.",
    "Email: the booking extracts we received are summed per week, so day-of-week effects cannot be learned from them.",
    "Die Melkdaten liegen auf jedem Hof in einem anderen Format vor, eine gemeinsame Schlüsselspalte gibt es nicht.",
    "Lesezugriff auf die Bautagesberichte hat nur die Bauleitung; unser Antrag hängt seit acht Wochen.",
    "Zählerstände der Ortsnetze kommen nur monatlich, gebraucht würden Viertelstundenwerte.",
    "Les relevés de turbidité ont des trous de plusieurs semaines chaque été, les sondes sont débranchées pendant les travaux.",
    "Personne n'a jamais qualifié les appels du service client, il faudrait tout réécouter.",
    "Le jeu d'entraînement ne contient que des brebis Lacaune ; les autres élevages n'y ressemblent pas.",
    "Las fichas de cosecha siguen en papel en cada finca; pasarlas a digital llevaría toda la temporada.",
    "De meetreeksen van de gemalen liggen bij drie waterschappen en niemand wil ze afstaan.",
    "A base de avarias do porto tem dia e mês trocados em metade dos registos.",
]

POS["UNCLEAR_OBJECTIVE"] = [
    "Nobody could tell us which number should move if the berth planner works - crane hours? time at anchor? fuel?",
    "SteerCo minutes: the question 'which decision will this change' was parked again.",
    "We built the yield model because the vendor demoed one; we never wrote down what the agronomists would do differently with it.",
    "chat: so is the goal fewer dropped calls or fewer truck rolls? heard both from the same VP this week",
    "There is no measurement of today's bed turnaround, so nobody can say whether 40 minutes would be good or bad.",
    "Kick-off deck lists 'leverage AI in admissions' as the objective. That is the entire objective.",
    "Retro: three months in we learned the editors wanted topic suggestions, not headline scoring.",
    "Acceptance criteria for the ore-grade predictor: TBD (owner: TBD).",
    "Each plant manager counts 'waste' differently, so the target depends on who is in the room.",
    "Status: model ready, use case not - still looking for a process to plug it into.",
    "Email: before we spend more, could someone confirm which problem the assistant is supposed to solve for branch staff?",
    "The brief said 'predict demand'. For which product, which horizon and which decision was never settled.",
    "Lessons learned: we tuned for recall on leak alerts, then found out the field crews can only visit five a day.",
    "Was hier als Erfolg zählen soll, ist bis heute offen - weder Kennzahl noch Ausgangswert.",
    "Die Fachseite konnte nicht sagen, welche Entscheidung das Modell eigentlich unterstützen soll.",
    "Wir haben eine Lösung gebaut und suchen jetzt das passende Problem dazu.",
    "Aucun indicateur de réussite n'a été arrêté avec la direction des opérations portuaires.",
    "On nous demande « de l'IA pour l'office de tourisme » sans dire pour quel usage.",
    "Nadie ha sabido explicar qué indicador del negocio tendría que mejorar con el piloto.",
    "Het doel is nog steeds niet scherp: sneller plannen of minder mensen inzetten?",
    "Non esiste un valore di partenza con cui confrontare quello che produce il modello.",
    "Percebemos tarde que a fábrica queria reduzir paragens de linha e não prever vendas.",
]

POS["PRODUCTION_ARCHITECTURE"] = [
    "The forecast is a Jupyter notebook that Priya reruns every Monday morning and mails round as Excel.",
    "There is nowhere to host the model; central IT says containers are 'on the 2027 roadmap'.",
    "We would notice the sorting model going off only through complaints - nothing watches its output.",
    "The proof of concept reads its files from hard-coded paths on a USB disk in the lab.",
    "Retraining is a 14-step wiki page done by hand; it last happened in February.",
    "Steering minutes: pilot results accepted, but no team can run it around the clock on the network operations side; hosting question open.",
    "chat: the scoring endpoint is flask on my desktop, if I close the lid the berth screen goes blank lol",
    "Need a scheduler for nightly scoring - none exists inside the plant network.",
    "The model was trained on library versions the bank's approved runtime does not support.",
    "Retro: we treated the pilot as a demo and now every piece has to be rebuilt for the cluster.",
    "No route to move a model from the data science sandbox into the hospital's server zone.",
    "Status report: go-live waits until there is somewhere to serve predictions under 200 ms.",
    "Each new version is copied by hand onto the edge boxes on the shovels; two of them still run version 1.",
    "Der Prototyp läuft nur auf dem Laptop des Werkstudenten, einen Betrieb dafür gibt es nicht.",
    "Für Modell-Updates fehlt jede Pipeline, es wird alles händisch kopiert.",
    "Aucun environnement n'est prévu pour héberger le modèle en production, la DSI ne sait pas où le mettre.",
    "Pas de supervision : si les prédictions dérivent, personne ne s'en apercevra.",
    "La maquette a été codée pour la démo, il faudrait tout réécrire pour l'exploitation.",
    "No hay forma de desplegar el modelo: el entorno de producción no admite Python.",
    "Het model draait als script op een werkstation; beheer of bewaking is er niet.",
    "Manca del tutto una procedura per riaddestrare il modello quando cambiano i dati.",
    "O protótipo nunca foi pensado para produção; não há monitorização nem controlo de versões.",
]

POS["INTEGRATION"] = [
    "The terminal operating system only takes updates through a nightly flat-file drop, so live berth suggestions cannot get in.",
    "Our scores can't be written back into the EHR; nurses would have to look at a second screen.",
    "The core banking mainframe has no interface for the dispute queue; the vendor quotes 9 months to build one.",
    "SIT failed again: the SCADA gateway rejects our messages above one per second.",
    "chat: billing wants ISO-8859-1 fixed-width and we send json. who owns the adapter??",
    "Retro: the hard part was never the model, it was getting the student record system to talk to anything.",
    "Handing the suggested route to the dispatch app needs a change in the vendor's product - not on their roadmap.",
    "Status report: connector to the ERP for batch recall data still failing after the third attempt.",
    "The network inventory tool exports once a week; the model needs the topology as it is now.",
    "Lab results reach us only through an HL7 feed owned by the interface team, and they have no slot for a new subscriber before spring.",
    "The tour operator's booking engine times out when we call it more than twice per search.",
    "Steering minutes: the maintenance planning tool cannot import the predicted failure dates; CSV upload workaround rejected by ops.",
    "Email: the auto-tagging plug-in breaks every time the newsroom editorial system is updated.",
    "Die Anbindung an SAP PM scheitert, weil die Altversion die nötigen Bausteine nicht hat.",
    "Die Ergebnisse müssten ins Leitsystem zurück, und das geht nur über den Hersteller.",
    "Mit dem Krankenhausinformationssystem gibt es nur den nächtlichen Export, sonst nichts.",
    "Impossible de brancher le modèle sur le logiciel de gestion des escales, il n'expose rien.",
    "L'outil des conducteurs de travaux ne peut pas recevoir les alertes, il faudrait une double saisie.",
    "El sistema de reservas heredado no tiene API y el proveedor no piensa desarrollarla.",
    "De koppeling met het planningssysteem van de haven werkt nog steeds niet.",
    "Collegare il modello al gestionale di stabilimento richiede modifiche che il fornitore non fa.",
    "Não conseguimos ligar o modelo ao sistema de faturação antigo.",
]

POS["SECURITY_COMPLIANCE"] = [
    "InfoSec won't open the firewall between the OT network and the analytics subnet; request turned down twice.",
    "The patient-flow model uses identifiable records and the DPIA has sat with the privacy office since May.",
    "Legal says the call recordings may not be used for training under the consent customers gave.",
    "Ethics board approval for using student essays is still pending; the board next meets in January.",
    "Model risk wants a full validation pack before any use in credit decisions - 4 to 6 months queue.",
    "chat: pen test found the guest chatbot leaks other guests' booking refs, go-live frozen until fixed",
    "Hosting outside the EU is not allowed for crew manifests; the vendor only offers a US region.",
    "Steering minutes: the regulator has to be notified before automated decisions on water disconnections; notification not filed yet.",
    "Email: compliance flagged the drone footage of neighbouring plots - consent or blurring needed before any further training.",
    "Under the site agreement with the union, operator-level fatigue scores may not be stored, so the model can't run as designed.",
    "Retro: 11 weeks lost waiting for the security architecture board.",
    "Status: stuck on the data processing agreement with the vendor; procurement legal still redlining.",
    "Audit finding: the training bucket with account numbers had no access controls - work suspended until fixed.",
    "Der Datenschutzbeauftragte hat der Nutzung der Patientendaten nicht zugestimmt.",
    "Die IT-Sicherheit will erst ein Gutachten zum Penetrationstest sehen, bevor der Dienst ans Netz darf.",
    "Ohne Zustimmung des Betriebsrats darf die Auswertung der Fahrerdaten nicht starten.",
    "La CNIL doit être consultée avant tout traitement des positions des abonnés.",
    "Le RSSI bloque la mise en ligne tant que l'audit de sécurité n'est pas passé.",
    "Avis défavorable du comité d'éthique sur l'utilisation des dossiers étudiants.",
    "Jurídico no autoriza usar las grabaciones de los clientes para entrenar el modelo.",
    "De privacy officer heeft nog geen akkoord gegeven op de verwerking van de reizigersgegevens.",
    "A aprovação da equipa de segurança da informação está pendente há três meses.",
]

POS["OWNERSHIP_SPONSORSHIP"] = [
    "Our sponsor moved to the Singapore office in July and nobody took over the steering seat.",
    "Three department heads each think one of the others should pay for it and run it.",
    "Four product owners in eight months.",
    "SteerCo cancelled for the third time; nobody at director level is chasing the decisions.",
    "chat: who signs off the rollout? ops says data office, data office says ops",
    "After the merger the new COO has other things on her list; this isn't in her top ten.",
    "Retro: there was never a business owner, only an IT project manager relaying guesses.",
    "Email: the dean who championed this has retired and the faculty board doesn't want to inherit it.",
    "Business owner field still empty - please nominate someone before the gate.",
    "Status report: the grid team and the customer team disagree on whose project this is; both declined to own the KPI.",
    "Harbour master and terminal operator want opposite things from the berth tool and nobody arbitrates.",
    "The reorg dissolved the digital farming unit; its projects were left without a home.",
    "Steering minutes: next year's focus is the ERP migration; all innovation items moved down the list.",
    "Seit der Bereichsleiter weg ist, fühlt sich niemand mehr zuständig.",
    "Die Geschäftsführung hat andere Schwerpunkte gesetzt, das Vorhaben rutscht nach hinten.",
    "Im Lenkungskreis sitzt seit März niemand mehr aus dem Fachbereich.",
    "Plus de sponsor depuis la réorganisation, le projet n'a plus de porteur côté métier.",
    "Les directions production et qualité ne s'entendent pas sur qui pilote le projet.",
    "Nadie en la dirección quiere hacerse cargo del proyecto.",
    "Er is geen eigenaar aan de businesskant; iedereen wijst naar een ander.",
    "Con il cambio del direttore generale il progetto non è più tra le priorità.",
    "O patrocinador saiu da empresa e o projeto ficou sem dono.",
]

POS["SKILLS_GAP"] = [
    "The only person who understood the feature pipeline left for a fintech in August.",
    "We have one data scientist for six sites, and she is also the Power BI admin.",
    "Nobody here has put a model on Kubernetes before; we're learning as we go.",
    "The ML engineer opening has been advertised twice without a hire; vacant since January.",
    "chat: anyone know survival models? asking for the maternity ward forecast, we're all SQL people here",
    "The contractor who built the prototype rolled off and left no documentation behind.",
    "Retro: strong on dashboards, zero experience with time series in the team.",
    "Status report: data engineering capacity is 0.3 FTE against a plan of 2.",
    "Hand-over from the vendor never happened; the internal team can't maintain the pipeline.",
    "Email: Marco was the last one who could retrain the grading model; since he left nobody has touched it.",
    "Steering minutes: the two data engineers we were promised have not been found; the team is running on one person.",
    "Half the squad went back to the network upgrade and the ones left have never worked with PyTorch.",
    "The hospital's analytics team builds reports well, but nobody there can validate a deep learning model.",
    "Unser einziger Data Scientist hat gekündigt, eine Nachfolge ist nicht in Sicht.",
    "Im Team fehlt das Wissen, wie man ML-Modelle betreibt.",
    "Die Stelle für den Dateningenieur ist seit einem halben Jahr unbesetzt.",
    "Personne dans l'équipe ne maîtrise l'apprentissage automatique, tout repose sur un stagiaire.",
    "Le seul data engineer est parti et son remplaçant n'arrive qu'en mars.",
    "No tenemos a nadie con experiencia en visión artificial en la mina.",
    "De enige ML-engineer is vertrokken en er is geen vervanger.",
    "Al team mancano le competenze per mettere in esercizio un modello.",
    "Falta quem saiba mexer no pipeline desde que a única engenheira de dados saiu.",
]

POS["SCOPE_CREEP"] = [
    "It started as berth scheduling for one terminal; now it has to plan cranes, trucks and rail slots for all four.",
    "Every review adds another crop; we're at eleven and haven't shipped the first.",
    "The MVP list grew from 6 items to 31 after the stakeholder workshop.",
    "chat: and now marketing wants the model to also pick the offer AND the channel AND the timing",
    "Retro: we kept saying yes to 'just one more ward' and never got a version out the door.",
    "Steering minutes: extension to the Spanish and Portuguese plants approved before the Dutch pilot is even live.",
    "New requirement: also predict failures for pumps, not only valves (pumps were out of scope in the charter).",
    "Status report: release 1 pushed back again to add the multilingual interface the tourism board asked for.",
    "Email: the 'quick' readmission flag now also covers discharge planning, bed management and pharmacy reconciliation.",
    "What was scoped as a tagging helper for the sports desk turned into a content platform for the whole newsroom.",
    "Go-live slips every quarter because each demo brings new must-haves.",
    "The v1 backlog holds 240 stories. The charter had 20.",
    "Change requests after sign-off: 17 so far, every one accepted.",
    "Der Umfang wächst mit jedem Lenkungskreis, eine erste Version ist nicht in Sicht.",
    "Aus der Prognose für eine Molkerei ist ein Konzernprogramm für alle Standorte geworden.",
    "Ständig kommen neue Anforderungen dazu, bevor die erste Ausbaustufe steht.",
    "Le périmètre ne cesse de s'élargir : après les quais, on ajoute les entrepôts et la douane.",
    "Chaque comité ajoute une fonctionnalité, la première version n'est jamais livrée.",
    "El alcance crece cada semana y no hay una primera versión que se pueda poner en marcha.",
    "Er komen steeds meer wensen bij; de eerste versie schuift telkens op.",
    "Il perimetro è stato esteso a tutte le miniere prima di finire la prima.",
    "A cada reunião entram requisitos novos e a primeira entrega nunca fecha.",
]

POS["USER_ADOPTION"] = [
    "Planners still build the stowage plan by hand and look at the suggestions afterwards to check - sometimes.",
    "Nurses switched the alert off on 5 of 7 wards within a fortnight.",
    "Login stats: 9 of 140 agronomists opened the app in September.",
    "Dispatchers say the routes 'don't know the roads' and override 80 % of them.",
    "chat: tellers keep printing the old checklist, nobody opens the assistant",
    "Retro: the site foremen were never trained; they saw the dashboard once at a town hall.",
    "Lecturers don't trust the similarity score and mark exactly as before.",
    "Status report: the newsroom prefers its own spreadsheet of trending topics to the recommender.",
    "Steering minutes: operators feel watched and refuse to carry the tablet on shift.",
    "Email: the hotel front desks have quietly gone back to the old rate sheet.",
    "Take the recommendation off the default screen - users complain it slows them down.",
    "Weekly active users: 38, 21, 7, 4, 4.",
    "Control room staff call the leak predictions 'the computer's guess' and wait for the field to phone in anyway.",
    "Die Disponenten ignorieren die Vorschläge und planen weiter nach Gefühl.",
    "Auf den Stationen nutzt das Tool kaum jemand, die Pflege glaubt den Warnungen nicht.",
    "Ohne Schulung und Begleitung haben die Meister das System nie angenommen.",
    "Les agents d'accueil contournent l'outil et restent sur leurs fiches papier.",
    "Les médecins ne croient pas aux recommandations et ne les ouvrent pas.",
    "Los capataces no usan la aplicación; siguen con la libreta de siempre.",
    "De planners vertrouwen het advies niet en doen het liever zelf.",
    "Gli operatori non usano lo strumento e nessuno si è occupato della formazione.",
    "Os utilizadores resistem à ferramenta e voltaram ao processo antigo.",
]

POS["COST_FUNDING"] = [
    "FY27 budget cut by 40 % and this was the first line to go.",
    "GPU bill for the pilot came in at three times plan, and finance froze further spend.",
    "The business case pays back after 9 years; the board wants 3.",
    "Vendor API at full volume: ~£410k a year to run. Savings: ~£120k a year.",
    "chat: we're out of money for Q4, contractors finish on Friday",
    "Steering minutes: no further money until the phase 1 savings show up in the P&L.",
    "Retro: the money ran out halfway through the build because nobody had estimated the labelling.",
    "Status report: spend at 168 % of plan, request for a top-up declined.",
    "Email: the research council grant ended in June and there is no follow-on money.",
    "Renewal of the annotation platform licence not approved - cost centre blocked.",
    "With the per-minute price of the speech service, the hotline use case loses money on every call.",
    "Capex for edge cameras at all 30 pits was in nobody's plan.",
    "Savings programme: all discretionary IT projects stopped, this one included.",
    "Für das nächste Geschäftsjahr sind keine Mittel mehr eingeplant.",
    "Die laufenden Kosten übersteigen den erwarteten Nutzen deutlich.",
    "60 % über Plan, weitere Freigaben wurden verweigert.",
    "Le financement a été retiré lors des arbitrages de juin.",
    "Le coût d'exploitation du modèle dépasse les gains attendus.",
    "Se acabó el presupuesto y no hay partida para el año que viene.",
    "De kosten liepen uit de hand en de geldkraan is dichtgedraaid.",
    "Il rapporto costi-benefici non regge: il ritorno previsto è troppo basso.",
    "O financiamento foi cortado no orçamento do próximo ano.",
]

POS["TECHNICAL_FEASIBILITY"] = [
    "Best model so far gets 61 % on the rock-type classes; the geologists need 90 % before they'd rely on it.",
    "Arrival times hinge on weather we can't forecast beyond two days; more data doesn't improve the error.",
    "Precision for the sepsis alert plateaued at 0.22 - one real case for every four alarms.",
    "chat: tried xgboost, lstm, a transformer, same MAPE +-1pt. the signal just isn't there imo",
    "Retro: the vision model can't tell bruised apples from shadows under the conveyor lights.",
    "Status report: error on the 7-day water demand forecast is twice what operations can live with.",
    "The summaries invent figures that are not in the source article, roughly one in five.",
    "Steering minutes: 'fully automatic' detection of hairline cracks was never a realistic expectation.",
    "Handwriting recognition on the harvest logs is stuck at 70 % of characters right.",
    "Email: even the vendor's own model can't beat last year's same-week value on our sites.",
    "The noise in the vibration signals hides the fault pattern; we detect nothing earlier than the operators already do.",
    "Accuracy collapses whenever the ore blend changes, which is every week.",
    "Lessons learned: flagging individual students at risk a term ahead is not possible with what we know about them.",
    "Das Modell erreicht die geforderte Genauigkeit nicht, auch nach mehreren Anläufen.",
    "Jede dritte Erkennung ist falsch - so ist das im Werk nicht einsetzbar.",
    "Die Erwartungen an die Vorhersagequalität waren von Anfang an zu hoch.",
    "Le modèle plafonne à 55 % de bonnes réponses, à peine mieux que le hasard.",
    "La détection des fissures reste trop peu fiable pour remplacer l'inspection visuelle.",
    "El modelo no llega a la precisión mínima que pide operaciones.",
    "Na drie iteraties haalt het model nog steeds de vereiste nauwkeurigheid niet.",
    "Il problema si è rivelato troppo difficile: l'errore di previsione resta altissimo.",
    "O modelo não consegue distinguir os defeitos com fiabilidade suficiente.",
]

NEUTRAL = [
    "Moved the standup to 9:15 because of the crane-shift handover.",
    "Renamed the repo to berth-planner-core, please update your remotes.",
    "Demo to the harbour team went fine, slides are in the shared drive.",
    "Sprint 7 goal: finish the feature table schema and write the README.",
    "Bumped pandas to 2.2 in the training image.",
    "Merged the PR for the soil-moisture parser, thanks Ana.",
    "Next check-in on Thursday, agenda to follow.",
    "Added unit tests for the date handling in the tide-table loader.",
    "Who has the link to the Confluence page with the ward layouts?",
    "Created the epic for the Q3 work, stories to be refined on Tuesday.",
    "Fixed a typo in the dashboard title.",
    "Backfill for July done; 1.2M rows written.",
    "Logging level of the scoring job set to INFO.",
    "Workshop with the dairy cooperative booked for 14 October.",
    "Latency panel added to the team's Grafana board.",
    "Walked the platform team through the architecture diagram; their minor comments are in.",
    "Out of office next week, Jonas covers.",
    "Split the feature engineering into three modules.",
    "Updated the onboarding page for new joiners.",
    "Tagged release 0.4.1.",
    "Deleted stale branches.",
    "Sprint review moved to Friday afternoon.",
    "Hyperparameter sweep finished overnight, results are in the experiment tracker.",
    "Site visit to the quarry on the 3rd; bring boots and a hard hat.",
    "Please file the tagging work under the new component.",
    "Copied the timeline slide into the monthly report.",
    "Docker image down from 3.1 GB to 900 MB.",
    "Pairing on the tokenizer this afternoon.",
    "Added a Makefile target for local runs.",
    "User guide translated into Dutch.",
    "Weekly sync with network planning set up.",
    "Rotated the test environment certificates as scheduled.",
    "Plotted residuals by month, see attachment.",
    "Re-estimated the story points after refinement.",
    "Room for the kick-off confirmed with the faculty office.",
    "CI runner switched to the bigger instance type.",
    "Hotel amenities catalogue imported into the staging DB.",
    "Agreed naming conventions for the feature columns.",
    "All retro actions from last sprint are closed.",
    "Closing as duplicate of the parent story.",
    "Daily auf 9:30 verschoben.",
    "Neue Version des Skripts liegt im Repo.",
    "Protokoll der Sitzung hängt an.",
    "Bitte die Tickets bis Freitag schätzen.",
    "Réunion de suivi décalée à jeudi.",
    "J'ai mis à jour le schéma de la base.",
    "Compte rendu de l'atelier en pièce jointe.",
    "Relecture du code faite, deux petites remarques.",
    "Subido el notebook con los gráficos de la semana.",
    "La reunión de seguimiento pasa al martes.",
    "Actualizada la documentación del proceso de carga.",
    "Standup verplaatst naar half tien.",
    "Nieuwe versie van het dashboard staat klaar.",
    "Notulen van het overleg toegevoegd.",
    "Aggiornato il file di configurazione.",
    "La riunione è spostata a giovedì.",
    "Caricati i risultati dell'ultimo esperimento.",
    "A reunião de acompanhamento passou para sexta.",
    "Atualizei o README com os passos de instalação.",
    "Os gráficos da semana estão na pasta partilhada.",
]

NEAR_MISS = [
    "Read access to the berth logs came through on Monday; we're loading them now.",
    "Pen test report came back clean, nothing to fix.",
    "Switched the loss to quantile; the objective is now pinball loss at q=0.9.",
    "No trouble with the booking engine so far, calls come back in 80 ms.",
    "If the budget were cut we'd drop the second site - nobody expects that this year.",
    "Nurses on ward 4 asked for the tool to be rolled out to ward 5 as well.",
    "Sponsor reconfirmed at the quarterly review and sat through the whole demo.",
    "Accuracy on the holdout is 94 %, well above the 85 % target.",
    "Scope for v1 frozen and signed; extra asks go on the v2 list.",
    "The new data engineer started on the 1st and already fixed the loader.",
    "Cost centre code for the cloud account is 4711-AI.",
    "Added 'cost per tonne moved' as an input feature.",
    "Joined the column owner_type (private/public land) from the cadastre.",
    "Added each warehouse's safety stock level as a feature.",
    "Integration tests green on main.",
    "The monitoring board now shows drift per feature, alerts go to the on-call channel.",
    "Privacy office approved the processing record; no further conditions.",
    "Training a model of seed-variety adoption among smallholder farmers.",
    "Variable scope in the loop was wrong, fixed.",
    "The labelled set is complete and balanced across all five plants.",
    "KPI agreed with the port authority: average waiting time at anchor, baseline 31 h.",
    "Legal confirmed the customers' consent covers model training.",
    "Funding for next year approved in full.",
    "The adapter to the terminal system works end to end in test.",
    "We don't expect a skills problem: both engineers did the MLOps course.",
    "Without a sponsor this would have stalled, but the CFO is fully behind it.",
    "Guests in the pilot hotels rate the suggestions 4.6 out of 5.",
    "Model drift? Not seen - PSI below 0.05 on every feature.",
    "The team runs the whole pipeline itself now, from ingestion to serving.",
    "Creep test results for the concrete samples added to the dataset.",
    "Travel budget moved to next quarter, no effect on delivery.",
    "Data quality checks pass on all 12 source tables since the August fix.",
    "Teachers asked for a training session, it's booked for next week.",
    "Die Freigabe vom Datenschutz liegt vor, wir können loslegen.",
    "Kein Problem mit der Schnittstelle, die Daten kommen stündlich an.",
    "Das Budget ist für zwei Jahre gesichert.",
    "Sicherheitsabstand der Kräne als Merkmal ergänzt.",
    "Le sponsor a réaffirmé son soutien en comité.",
    "Pas de souci de qualité des données, les contrôles sont au vert.",
    "Les utilisateurs du pilote demandent déjà l'extension à d'autres sites.",
    "Le coût de revient par lot est une variable du modèle.",
    "La precisión supera el objetivo acordado con operaciones.",
    "Seguridad aprobó la arquitectura sin observaciones.",
    "De integratie met het planningssysteem werkt sinds vorige week.",
    "Geen zorgen over de kosten, we zitten ruim binnen het budget.",
    "I dati richiesti sono arrivati, nessun blocco.",
    "Il team ha tutte le competenze che servono.",
    "L'obiettivo è chiaro: ridurre i tempi di attesa del 15 %.",
    "A equipa de segurança aprovou o acesso aos dados.",
    "O patrocinador esteve na demonstração e ficou satisfeito.",
]


def rows():
    out = []
    n = 0
    for cause in CAUSES:
        ps = POS[cause]
        assert len(ps) == 22, (cause, len(ps))
        for t in ps:
            n += 1
            out.append((f"P{n:03d}", cause, "positive", t))
    assert n == 242
    assert len(NEUTRAL) == 60, len(NEUTRAL)
    assert len(NEAR_MISS) == 50, len(NEAR_MISS)
    for i, t in enumerate(NEUTRAL + NEAR_MISS, 1):
        out.append((f"N{i:03d}", "NONE", "negative", t))
    texts = [r[3] for r in out]
    dup = {t for t in texts if texts.count(t) > 1}
    assert not dup, dup
    lowered = [t.strip().lower() for t in texts]
    assert len(set(lowered)) == len(lowered)
    assert all(t == t.strip() and t and "\n" not in t for t in texts)
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "expected_cause", "kind", "text"])
    for r in rows():
        w.writerow(r)
    with open(os.path.join(here, "phrases.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    print("phrases.csv: 242 positive, 110 negative")


if __name__ == "__main__":
    main()
