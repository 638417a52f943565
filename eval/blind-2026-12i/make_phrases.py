#!/usr/bin/env python3
"""Writes phrases.csv for blind set 2026-12i. Every text written by hand for this set.
Each entry is 'lang|text'. Deterministic: rerunning gives a byte-identical file."""
import csv, io, os

CAUSES = ["DATA_READINESS", "UNCLEAR_OBJECTIVE", "PRODUCTION_ARCHITECTURE", "INTEGRATION",
          "SECURITY_COMPLIANCE", "OWNERSHIP_SPONSORSHIP", "SKILLS_GAP", "SCOPE_CREEP",
          "USER_ADOPTION", "COST_FUNDING", "TECHNICAL_FEASIBILITY"]

POS = {
"DATA_READINESS": """
en|Half the meter readings from the north district come in as 0 because the loggers reset at midnight.
en|pulled the baggage scan logs — only 3 weeks retained, rest got purged by the retention job
en|Who labels the dental x-rays? Nobody has time, so we have 140 annotated out of 9k.
en|The lactose sensor at plant 2 was recalibrated in March and nobody noted it, so the series jumps.
en|Still waiting on read access to the berth schedule DB, ticket open since July.
en|Loan records before 2021 live in the old ILS and the export tool truncates titles at 40 chars.
en|Training set is 92% daytime parcels; the night shift scans look nothing like it.
en|fyi the ore grade column is free text in three units (g/t, ppm, 'high')
en|Can't join ticket sales to seat maps, the venue IDs changed twice since 2022 and there's no mapping table.
en|Each zoo keeps its own feeding log format. Two are on paper.
en|Model looked great until we saw the test split shared pumps with train. Real count of pump failures we have: 11.
fr|Les relevés de compteurs sont saisis à la main une fois par mois, impossible de descendre à l'heure.
fr|On attend toujours l'extraction de la base des abonnés, la DSI dit « pas avant le T2 ».
de|Die Hälfte der Röntgenbilder hat keine Befundung, damit können wir nicht trainieren.
de|Sensordaten aus der Melkanlage liegen nur als PDF-Berichte vor.
es|Los datos de paquetería de 2024 tienen huecos de semanas enteras por el cambio de escáneres.
es|Nadie sabe dónde están las etiquetas de los vuelos retrasados anteriores a 2023.
it|I dati delle prenotazioni sono sparsi in quattro gestionali diversi e nessuno li ha mai riconciliati.
it|Abbiamo solo 60 esempi etichettati di difetti, troppo pochi.
pt|Os registos de manutenção das gruas estão incompletos: faltam os turnos da noite.
pt|Ainda sem acesso aos dados dos cartões de leitor; o pedido à TI está parado há dois meses.
nl|De helft van de sensoren in het zuiveringsstation stuurt al maanden nullen door.
""",
"UNCLEAR_OBJECTIVE": """
en|What exactly are we predicting here? Three meetings and still no answer.
en|We built the chatbot first and are now looking for a department that wants one.
en|success criteria: TBD (since January)
en|Nobody could tell me the current no-show rate, so we can't say if 12% is good.
en|The theatre director wants 'something with AI for the subscriptions'. That's the whole brief.
en|Turns out ops wanted fewer trucks on the road, not faster routes. We optimised the wrong thing.
en|KPI field still empty in the registry, steering didn't want to commit to a number.
en|Is this about cutting cost or improving patient experience? Depends who you ask.
en|Retro: we never agreed on what 'done' means for the pilot.
en|asked for the baseline, got a link to a vendor brochure
en|The use case changed from forecasting demand to 'insights' somewhere in May and nobody wrote down why.
fr|On ne sait toujours pas quel problème métier on cherche à résoudre.
fr|Aucun indicateur de réussite n'a été défini, on avance à l'aveugle.
de|Ziel des Projekts ist weiterhin unklar – jede Abteilung versteht etwas anderes darunter.
de|Wir haben eine Lösung gebaut, bevor klar war, welches Problem sie lösen soll.
es|Nadie ha definido qué significa éxito para este piloto.
es|Seguimos sin línea base: no sabemos cuánto tardan hoy las devoluciones.
it|Manca ancora un obiettivo misurabile, il committente parla solo di "innovazione".
it|Abbiamo capito solo ora che il problema vero era un altro.
pt|Ninguém consegue dizer qual é o indicador que queremos melhorar.
pt|Começámos pela ferramenta e só depois fomos procurar um caso de uso.
nl|Niemand kan uitleggen welk bedrijfsprobleem dit model moet oplossen.
""",
"PRODUCTION_ARCHITECTURE": """
en|Model lives in a notebook on Priya's laptop. Deployment plan: 'later'.
en|There's no pipeline to retrain it, so every refresh is me running cells by hand.
en|Infra asked how we'll monitor drift. We don't have an answer.
en|The POC was a Streamlit app on a free tier; nothing of it can go to prod.
en|No serving endpoint, no CI, no model registry. Just a pickle file on a share.
en|Who gets the alert if the scoring job fails at night? Currently: nobody.
en|to get it live we'd have to rebuild it from scratch in the platform stack, est. 5 months
en|Predictions are refreshed when someone remembers to run the script.
en|Platform team says the container image is 14 GB and won't pass their build limits.
en|no staging env for ML, so every change goes straight onto the demo box
en|It was built as a demo for the board, not as something that would ever run daily.
fr|Pas de chaîne de déploiement pour le modèle, tout est manuel.
fr|Le prototype tourne sur un poste de travail sous le bureau, aucune supervision.
de|Für den Betrieb fehlt jede MLOps-Strecke: kein Monitoring, kein Retraining.
de|Der Prototyp läuft nur in einem Jupyter-Notebook, ein Deploymentpfad ist nicht vorgesehen.
es|No hay forma de desplegar el modelo; el equipo de plataforma no da soporte a Python.
es|El reentrenamiento se hace a mano cada trimestre, cuando alguien se acuerda.
it|Il modello non ha nessun monitoraggio in produzione e nessuno sa come aggiornarlo.
it|La demo gira su una VM temporanea che scade a fine mese, non c'è un piano di rilascio.
pt|Não existe pipeline de CI/CD para o modelo; cada versão é copiada à mão.
pt|O protótipo foi feito sem pensar em produção, teria de ser reescrito.
nl|Er is geen omgeving om het model in productie te draaien of te monitoren.
""",
"INTEGRATION": """
en|The terminal operating system only accepts flat files once a day, so real-time predictions are pointless.
en|SAP team quotes 9 months for the interface. We need it in 2.
en|Our recommendations end up in an email because the booking system has no API.
en|The AODB vendor wants a change request for every new field.
en|Spent the sprint reverse-engineering the mainframe's fixed-width export.
en|Dispatch app can't show a third option, the screen layout is hardcoded by the vendor.
en|Integration with the practice management software is blocked: their API is read-only.
en|SCADA network is air-gapped, no way to push scores back into the control room.
en|the box office system is from 2009 and its only 'API' is a nightly CSV drop
en|Tried the vendor's SOAP endpoint — times out above 50 records.
en|Warehouse scanners run an OS the SDK doesn't support.
fr|Impossible de brancher le modèle sur le SIGB, l'éditeur refuse d'ouvrir une API.
fr|Le connecteur avec l'ERP plante dès qu'on dépasse 1000 lignes.
de|Die Anbindung an das Kassensystem scheitert, der Hersteller liefert keine Schnittstelle.
de|Wir bekommen die Vorhersagen nicht ins Leitsystem, das Protokoll ist proprietär.
es|El sistema de reservas no tiene API y la integración manual no escala.
es|La interfaz con el ERP lleva cuatro meses bloqueada por el proveedor.
it|Il gestionale delle cliniche non espone nessuna API, quindi i suggerimenti restano in un file Excel.
it|L'integrazione con il sistema di biglietteria è ferma da settimane.
pt|O sistema do porto só exporta ficheiros uma vez por noite, não dá para integrar em tempo real.
pt|A ligação ao ERP continua sem funcionar; o fornecedor não responde.
nl|Koppeling met het planningssysteem lukt niet, de leverancier wil geen API openzetten.
""",
"SECURITY_COMPLIANCE": """
en|DPO hasn't signed the DPIA, so we can't touch patient records.
en|InfoSec flagged the vendor for storing data outside the EU. On hold until legal reviews.
en|Pen test found the endpoint exposed without auth; no go-live until it's fixed and retested.
en|Works council needs to approve anything that scores driver behaviour. Next session is in February.
en|Aviation authority wants a safety case for any ML in the turnaround process.
en|legal says we can't use CCTV footage of visitors for training without signage + consent
en|Security review queue is 11 weeks long.
en|The student data can't leave the university tenant and the model is hosted in the US.
en|CISO veto: no LLM with access to customer addresses.
en|Compliance wants an audit trail of every prediction before they sign off.
en|the AI Act classification came back 'high risk'; conformity assessment before anything goes live
fr|La CNIL doit être consultée avant tout usage des images des caméras.
fr|Le RSSI bloque la mise en ligne tant que l'audit de sécurité n'est pas fait.
de|Der Datenschutzbeauftragte hat die Verarbeitung der Patientendaten nicht freigegeben.
de|Der Betriebsrat hat der Auswertung der Fahrerdaten widersprochen.
es|El departamento legal no aprueba el uso de datos de clientes para entrenar.
es|Seguimos esperando la evaluación de impacto de protección de datos.
it|Il Garante privacy va consultato prima di usare le registrazioni delle chiamate.
it|Il responsabile della sicurezza non autorizza l'accesso del fornitore ai nostri dati.
pt|A aprovação do encarregado de proteção de dados está pendente há três meses.
pt|A auditoria de segurança reprovou a solução do fornecedor.
nl|De privacy officer geeft geen akkoord op het gebruik van camerabeelden.
""",
"OWNERSHIP_SPONSORSHIP": """
en|Our sponsor moved to the Rotterdam terminal in June and nobody picked this up.
en|Three directors, three priorities, zero decisions.
en|Who owns this now? Genuinely asking.
en|Steering committee cancelled for the fourth time.
en|New COO's first memo: focus on the core, pause everything 'experimental'.
en|Ops say it's an IT project, IT say it's an ops project.
en|No product owner since Marta left; backlog hasn't been groomed in months.
en|The dean who asked for it retired. Her successor hasn't heard of it.
en|We were told this is priority #1. Then the reorg happened.
en|Nobody from the business came to the demo.
en|escalated to the VP twice, no reply either time
fr|Le sponsor a quitté l'entreprise et personne n'a repris le projet.
fr|La direction a changé ses priorités, le projet n'est plus porté.
de|Seit der Umstrukturierung fühlt sich niemand mehr verantwortlich.
de|Der Auftraggeber hat das Interesse verloren, Termine werden nicht mehr wahrgenommen.
es|No hay ningún responsable de negocio que tome decisiones.
es|El patrocinador cambió de puesto y el proyecto quedó huérfano.
it|Il direttore che aveva voluto il progetto è stato trasferito; nessuno ne ha preso il posto.
it|Le priorità aziendali sono cambiate e il progetto non ha più uno sponsor.
pt|Ninguém da direção quer assumir a responsabilidade pelo projeto.
pt|O patrocinador saiu em março e desde então não há decisões.
nl|Sinds de reorganisatie is er geen eigenaar meer voor dit project.
""",
"SKILLS_GAP": """
en|Our only data scientist handed in her notice last week.
en|Nobody here knows how to run Kubernetes, and the contractor's hours ran out.
en|We've had the ML engineer vacancy open for 7 months.
en|Team is two BI analysts learning PyTorch from YouTube.
en|The person who wrote the feature pipeline left, and it's undocumented.
en|Can't find anyone who understands both the sonar data and the modelling.
en|intern built the first version, intern went back to uni
en|We need a data engineer for the ingestion part and nobody internal has ever built one.
en|Both ML hires withdrew before starting; we're back to zero ML people.
en|Vendor trained one of our people, and he moved to another team.
en|Team bandwidth: 0.3 FTE of someone who also runs the payroll reports.
fr|Personne dans l'équipe ne maîtrise le machine learning.
fr|Notre seul ingénieur data est parti, et il n'a laissé aucune doc.
de|Uns fehlen Leute mit ML-Erfahrung, die Stelle ist seit Monaten unbesetzt.
de|Der einzige Entwickler, der das Modell verstand, hat gekündigt.
es|No tenemos a nadie que sepa poner modelos en producción.
es|La científica de datos se fue y el equipo no sabe mantener el código.
it|Il team non ha competenze di visione artificiale, e il consulente è andato via.
it|Manca un data engineer; nessuno sa gestire la pipeline.
pt|A equipa não tem ninguém com experiência em modelos de linguagem.
pt|O único cientista de dados saiu e não há substituto.
nl|We hebben niemand met ervaring in machine learning sinds Joost vertrokken is.
""",
"SCOPE_CREEP": """
en|Now they also want it to handle cargo, not just passengers.
en|v1 was supposed to cover one depot. The plan now says all 14, plus returns.
en|Another stakeholder, another 'must-have' feature.
en|Requirements doc went from 6 pages to 41.
en|Can we also add a chatbot? And a dashboard? And multilingual support?
en|We keep adding species to the model instead of shipping the one that works for elephants.
en|the MVP now has 23 user stories marked must
en|Every demo ends with a new wish list, and the release date moves again.
en|Originally: predict boiler failures. Now: 'full asset management suite'.
en|Scope review: 9 new epics since kickoff, none descoped.
en|Release 1 keeps absorbing release 2 and 3 items.
fr|Le périmètre ne cesse de s'élargir, on n'arrive jamais à livrer une première version.
fr|À chaque comité, on ajoute un nouveau site au pilote.
de|Der Umfang wächst mit jedem Workshop, eine erste Version ist nicht in Sicht.
de|Jetzt soll das Tool auch noch die Schichtplanung übernehmen.
es|Cada semana se añaden requisitos nuevos y el piloto no termina nunca.
es|Ahora quieren que también cubra las cuatro universidades del grupo.
it|L'ambito continua ad allargarsi: ora vogliono anche la gestione dei fornitori.
it|Ogni riunione aggiunge funzionalità e la prima versione slitta.
pt|O âmbito cresceu tanto que já ninguém sabe o que é a primeira versão.
pt|Agora também querem que o sistema trate das encomendas internacionais.
nl|De scope blijft groeien; er komt steeds iets bij voordat we iets opleveren.
""",
"USER_ADOPTION": """
en|Dispatchers switched it off after two days and went back to the whiteboard.
en|Usage last month: 4 logins, all from the project team.
en|The hygienists say the tool slows them down and ignore the suggestions.
en|Librarians don't trust the recommendations — 'it suggested a cookbook for a toddler'.
en|Controllers keep overriding the slot predictions, override rate 87%.
en|Nobody trained the shift leads, so they never opened it.
en|Keepers prefer their notebooks. The tablets stay in the office.
en|Drivers found a way around the route suggestions: they just accept and drive their own way.
en|the box office staff call it 'the robot' and don't use it
en|Rollout done, adoption zero. No change management was planned.
en|Feedback survey: 3 of 40 planners find the forecasts useful.
fr|Les bibliothécaires n'utilisent pas l'outil, ils le trouvent inutile.
fr|Les agents contournent le système et continuent sur leur tableau Excel.
de|Die Disponenten ignorieren die Vorschläge und planen weiter von Hand.
de|Kaum jemand nutzt die App, die Mitarbeiter wurden nie geschult.
es|Los controladores no se fían de las predicciones y no las usan.
es|Tras el despliegue, casi nadie abre la herramienta.
it|Gli operatori non si fidano del sistema e continuano a fare tutto a mano.
it|Il personale di sala non usa l'app: dicono che complica il lavoro.
pt|Os operadores desligaram as recomendações ao fim de uma semana.
pt|Os utilizadores resistem à ferramenta e ninguém fez a gestão da mudança.
nl|De medewerkers gebruiken de tool niet en werken eromheen.
""",
"COST_FUNDING": """
en|Cloud bill for inference: 22k/month. The savings estimate was 8k/month.
en|Funding for FY27 was not renewed.
en|We've spent 310k of a 120k budget.
en|Finance pulled the second tranche after the Q2 results.
en|The vendor's licence went from per-site to per-user; that's 4x.
en|Business case doesn't close anymore with the new GPU prices.
en|budget frozen until further notice
en|Annotation quotes came in at 3x what we planned for.
en|ROI review: payback period 11 years. Not approved.
en|The capex request for the edge cameras was rejected.
en|We ran out of money in August; contractors released.
fr|Le budget a été coupé lors de l'arbitrage de septembre.
fr|Le coût d'exploitation dépasse largement les gains attendus.
de|Das Budget ist aufgebraucht, eine Verlängerung wurde abgelehnt.
de|Die Betriebskosten liegen weit über dem erwarteten Nutzen.
es|Se recortó la financiación del proyecto para el próximo ejercicio.
es|El coste de las licencias triplica lo presupuestado.
it|Il budget è stato tagliato e il progetto non ha più fondi.
it|I costi del cloud superano di molto il risparmio previsto.
pt|O orçamento foi ultrapassado em 150% e a direção financeira travou tudo.
pt|Sem financiamento para a segunda fase.
nl|Het budget is op en er komt geen nieuwe financiering.
""",
"TECHNICAL_FEASIBILITY": """
en|Best model so far: 61% accuracy. Manual triage is at 78%.
en|The LLM makes up tariff codes in about one answer in six.
en|Forecast error is still 35% MAPE after six iterations.
en|Camera can't tell the two species apart at night — it's a physics problem, not a model problem.
en|We were promised 'autonomous scheduling'. The solver times out on anything above 30 flights.
en|Recall on cracked teeth stuck at 0.4.
en|the signal just isn't in the data: churn looks random with every feature we have
en|Board expected 95% automation; realistic is maybe 20%.
en|OCR fails on handwritten delivery notes, which are most of them.
en|Every architecture we tried plateaus at the same F1 of 0.55.
en|Too many false alarms: 40 per shift, operators would need to check each one.
fr|Le modèle n'atteint pas la précision requise, même après plusieurs essais.
fr|La reconnaissance des partitions manuscrites ne fonctionne pas de façon fiable.
de|Die Erkennungsrate bleibt bei 55 %, weit unter dem Ziel.
de|Das Problem ist technisch zu schwer, die Vorhersage funktioniert nicht.
es|El modelo no alcanza la calidad necesaria, los errores siguen altos.
es|Las expectativas eran poco realistas: la IA no puede predecir eso.
it|Il modello sbaglia troppo spesso, la precisione resta sotto il 60%.
it|Il riconoscimento vocale non regge il rumore del magazzino.
pt|O modelo não consegue a precisão necessária para uso real.
pt|As previsões continuam piores do que o método atual.
nl|Het model haalt de vereiste nauwkeurigheid niet, ook niet na maanden tunen.
""",
}

NEUTRAL = """
en|Moved the standup to 9:30 from Monday.
en|Thanks, merged.
en|Can someone share the slides from Thursday?
en|Added the acceptance criteria to the story.
en|Out of office until the 14th, ping Sam for anything urgent.
en|Renamed the epic to match the roadmap.
en|Demo recording is on the team drive.
en|Closing this as a duplicate of the parent story.
en|Updated the Confluence page with the new contact list.
en|lunch at 12?
en|Sprint review moved to the big meeting room, the small one has no projector.
en|Attached the photos from the site visit at the container terminal.
en|Bumped the library version, tests green.
en|Reassigning to Lena while I'm on leave.
en|Let's discuss in the sync tomorrow.
en|Typo fixed in the description.
en|The fire drill is at 11, we'll pause the workshop.
en|Spreadsheet with the depot list is linked above.
en|Estimates added: 3, 5 and 8 points.
en|Minutes of the kickoff attached.
en|Please use the new channel for questions, the old one is archived.
en|Visited the dairy in Aurillac, nice people, good coffee.
en|Story split into two smaller ones.
en|Retro board is open until Friday.
en|Anyone have the VPN guide for the new laptops?
en|Changed the label to match the others.
en|Added Tom as a watcher.
en|Next refinement: Wednesday 2pm.
en|We'll use the zoo's meeting room for the workshop, the one next to the penguins.
en|Logged my hours for last week.
fr|Réunion décalée à jeudi, même heure.
fr|Merci pour le compte rendu.
fr|J'ai mis à jour la description du ticket.
fr|Quelqu'un a le lien vers la présentation d'hier ?
fr|Je suis en congé la semaine prochaine.
de|Termin auf Donnerstag verschoben.
de|Danke, sieht gut aus.
de|Protokoll vom Workshop hängt an.
de|Ich bin ab Montag wieder im Büro.
de|Ticket umbenannt, damit es zur Roadmap passt.
es|Subo las fotos de la visita al aeropuerto.
es|Gracias, lo reviso mañana.
es|He añadido los criterios de aceptación.
es|La reunión pasa a las diez.
es|Cierro este ticket, está duplicado.
it|Ho aggiornato la descrizione.
it|Riunione spostata a venerdì mattina.
it|Grazie a tutti per la demo di ieri.
it|Allego il verbale dell'incontro.
it|Sono in ferie fino al 20.
pt|Reunião passou para quarta-feira.
pt|Obrigado, já está corrigido.
pt|Anexei as notas da visita ao porto.
pt|Atualizei os critérios de aceitação.
pt|Alguém tem o link da gravação?
nl|Overleg verplaatst naar dinsdag.
nl|Bedankt, ik kijk er morgen naar.
nl|Notulen van de kick-off toegevoegd.
nl|Ik ben volgende week met vakantie.
nl|Ticket opgesplitst in twee kleinere.
"""

NEAR = """
en|Data access finally granted yesterday, pipeline is pulling the full history now.
en|The missing meter readings were recovered from the backup; gaps are closed.
en|KPI agreed with the port director: average crane idle time, baseline 14 min.
en|Monitoring and retraining pipeline are live on the platform since last sprint.
en|The booking API works fine, integration tests all green.
en|DPO signed off the DPIA this morning.
en|Security review passed with two minor findings, both fixed.
en|Our sponsor confirmed funding and ownership at steering, all good.
en|New product owner started Monday and has already groomed the backlog.
en|We hired two ML engineers, both start next month.
en|Scope for v1 is frozen: one airport, one terminal.
en|Adoption is great: 90% of dispatchers use the suggestions every shift.
en|We came in under budget for the pilot.
en|Accuracy is 94% on the holdout, above the 90% target.
en|No data quality issues found in the audit.
en|Not an integration problem after all, just a typo in the endpoint URL. Fixed.
en|The model estimates which visitors will adopt an animal sponsorship.
en|The vendor's integration team was very helpful, connector delivered early.
en|The word 'budget' in this ticket refers to the calorie budget of the feeding plan.
en|Legal had no objections.
en|If the sensor data turned out to be incomplete we'd use the manual logs, but it's complete.
en|Training session for the keepers went well, everyone asked for accounts.
en|Cost per prediction dropped to 0.002 € after the move to batch.
en|Ownership of the dataset was transferred cleanly to the data office.
en|The skills workshop for librarians was fully booked.
fr|Le problème d'accès aux données est résolu depuis lundi.
fr|Le RSSI a validé l'architecture, rien à signaler.
fr|Les utilisateurs sont ravis, l'outil est utilisé tous les jours.
fr|Le budget est respecté, on termine même avec une petite marge.
fr|L'intégration avec le SIGB fonctionne parfaitement.
de|Die Datenqualität wurde geprüft und ist gut.
de|Das Budget reicht, die Freigabe ist erteilt.
de|Die Schnittstelle zum Kassensystem läuft stabil.
de|Der Datenschutzbeauftragte hat zugestimmt.
es|El patrocinador sigue muy implicado y viene a todas las demos.
es|El modelo supera el objetivo de precisión.
es|Ya tenemos el equipo completo, incluida la ingeniera de ML.
es|El alcance de la primera versión está cerrado y aprobado.
it|I dati mancanti sono stati recuperati, ora il dataset è completo.
it|Gli utenti hanno accolto bene il sistema.
it|Il costo del cloud è in linea con le previsioni.
it|Il problema di integrazione è stato risolto dal fornitore.
pt|A aprovação de segurança chegou, podemos avançar.
pt|Os operadores gostam das recomendações e usam-nas diariamente.
pt|O modelo atingiu a precisão pretendida.
pt|O objetivo ficou claro: reduzir o tempo de espera em 20%.
nl|Het vermoede datalek bleek loos alarm; er is niets gebeurd.
nl|De gebruikers zijn enthousiast over de nieuwe planning.
nl|De kosten vallen binnen het budget.
nl|De koppeling met het ERP werkt sinds gisteren.
"""

def entries(block):
    out = []
    for line in block.strip().split("\n"):
        lang, text = line.split("|", 1)
        assert lang in ("en", "fr", "de", "es", "it", "pt", "nl"), line
        assert text == text.strip() and text, line
        out.append((lang, text))
    return out

rows, langs = [], []
n = 0
for cause in CAUSES:
    es = entries(POS[cause])
    assert len(es) == 22, (cause, len(es))
    for lang, text in es:
        n += 1
        rows.append((f"P{n:03d}", cause, "positive", text)); langs.append(lang)
neu, near = entries(NEUTRAL), entries(NEAR)
assert len(neu) == 60 and len(near) == 50, (len(neu), len(near))
for i, (lang, text) in enumerate(neu + near, 1):
    rows.append((f"N{i:03d}", "NONE", "negative", text)); langs.append(lang)

texts = [r[3] for r in rows]
assert len(set(texts)) == len(texts), "duplicate text"
assert len({t.lower() for t in texts}) == len(texts), "duplicate text (case-insensitive)"
assert all("\n" not in t and "\r" not in t for t in texts)
assert set(langs) == {"en", "fr", "de", "es", "it", "pt", "nl"}
share = langs.count("en") / len(langs)
assert 0.48 <= share <= 0.60, share
assert len(rows) == 352

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(["id", "expected_cause", "kind", "text"])
w.writerows(rows)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "phrases.csv"), "w", encoding="utf-8", newline="") as f:
    f.write(buf.getvalue())
print(f"phrases.csv: {len(rows)} rows, English {langs.count('en')} ({share:.0%}); by language:",
      {l: langs.count(l) for l in sorted(set(langs))})
