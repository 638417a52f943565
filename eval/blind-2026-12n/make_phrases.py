#!/usr/bin/env python3
"""Blind phrase set 2026-12n, written by hand by helper blind14. Each row: 'lang|text'.
The script only numbers, checks and writes phrases.csv."""
import csv, os

CAUSES = ["DATA_READINESS", "UNCLEAR_OBJECTIVE", "PRODUCTION_ARCHITECTURE", "INTEGRATION",
          "SECURITY_COMPLIANCE", "OWNERSHIP_SPONSORSHIP", "SKILLS_GAP", "SCOPE_CREEP",
          "USER_ADOPTION", "COST_FUNDING", "TECHNICAL_FEASIBILITY"]

POS = {
"DATA_READINESS": """
en|half the tachograph dumps from the old fleet are blank after 2023, cant train on that
en|Greenhouse climate logs only go back 5 weeks bc the Priva box overwrites itself, not enough seasons
en|we have 40k client files but the risk profile field is free text typed by RMs, basically unusable
en|Joost: the yield numbers per compartment were entered by hand on Fridays and half are copy-paste of last week
en|nobody labelled which deliveries were actually late vs rescheduled by the customer, so the target is garbage
en|waiting on a data extract from the custody platform since June, still no file
en|pallet scans exist only for the Zaragoza hub, other depots dont scan at all
en|The KYC history sits in three archives and none of them share a client id.
en|sensor drift on the CO2 probes means last winter's readings are off by like 20%
en|only 300 images of botrytis, and they're all from one greenhouse under the same lights
en|fraud cases from before the 2024 migration were purged, we literally have 7 positive examples
de|Die Wiegedaten der Sortierlinie fehlen für Halle 3 komplett, ohne die ist das Modell blind.
de|Kundenstammdaten doppelt und widersprüchlich, Bereinigung dauert laut DWH-Team bis Q2.
fr|Les relevés de température des camions frigo sont stockés en PDF par le prestataire, impossible à exploiter.
fr|on n'a toujours pas accès aux historiques de commandes, la DSI attend une validation depuis 6 semaines
es|Los albaranes escaneados no tienen el código de cliente, no hay forma de cruzarlos con las rutas
es|el histórico de consumos de gasoil está incompleto: faltan todos los camiones subcontratados
it|I dati delle celle di carico sono sparsi in fogli Excel diversi per ogni magazzino, niente di coerente
it|dataset di addestramento troppo piccolo e sbilanciato, quasi tutte le foto sono di piante sane
pt|As transações antigas não têm a categoria preenchida, metade do histórico ficou sem rótulo
pt|ainda estamos à espera do extrato do core bancário, sem dados não há piloto
nl|De oogstregistratie per kas is pas sinds maart digitaal, daarvoor alleen papieren lijsten.
""",
"UNCLEAR_OBJECTIVE": """
en|still not clear what we'd do differently if the model says a client will churn
en|Marta asked what number this is supposed to move and nobody in the room could answer
en|we built the demo because the board wanted 'something with AI' for the annual report
en|steering: no agreed definition of a successful route, ops and finance want opposite things
en|what's the current manual error rate? we never measured it so we can't show any gain
en|the brief was literally "use the camera data for something smart"
en|is this about saving diesel or about on-time delivery? two sponsors, two answers
en|PoC looks nice but the growers say the problem we solved isn't the one they have
en|acceptance criteria for the pilot were never written down, every review moves the goalposts
en|Jan: we still don't know which decision this forecast feeds into
en|We picked the model first and went looking for a use case afterwards, in hindsight a mistake
de|Was genau soll der Assistent den Beratern abnehmen? Die Frage ist seit dem Kickoff offen.
de|Kein Zielwert vereinbart, also weiß keiner, ob 82 % gut oder schlecht sind.
fr|Le besoin métier n'a jamais été formalisé, on a codé une solution à la recherche d'un problème.
fr|personne ne sait si on vise la réduction des retours ou la satisfaction client
es|Nadie ha definido qué significa "mejorar la planificación"; sin un indicador no podemos cerrar el piloto
es|el comité pregunta por el caso de negocio y seguimos sin tener uno
it|Obiettivo del progetto ancora vago, ogni reparto lo interpreta in modo diverso
it|manca una baseline: non sappiamo quanto tempo ci mettono oggi gli operatori
pt|Qual é o problema de negócio? Na reunião de ontem cada diretor deu uma resposta diferente.
pt|sem KPI acordado o piloto não tem como ser avaliado
nl|We weten eigenlijk niet welk probleem de telers hiermee opgelost willen zien.
""",
"PRODUCTION_ARCHITECTURE": """
en|the model lives in Pieter's notebook and gets rerun by hand every Monday, that's the whole "pipeline"
en|no place to host it: the bank's platform doesn't allow python containers in prod
en|PoC was a Streamlit app on a laptop, rebuilding it properly is basically starting over
en|who retrains it when the season changes? there is no job, no schedule, nothing
en|No monitoring at all, we found out it was scoring garbage three weeks later from a customer
en|infra says they can't support a GPU box in the DC and cloud isn't approved for this
en|can't get a release through CAB bc there's no CI, no tests, no rollback plan for the scoring service
en|batch scoring runs from a cron on a VM under someone's desk, ops refuses to take it over
en|we never planned how predictions get served at 5am when the dispatchers start
en|model artefacts are versioned as final_v3_REAL.pkl on a shared drive
en|Feature pipeline only exists in the prototype, prod would need the whole thing rewritten in Spark
de|Für den Betrieb fehlt jede Plattform: kein Deployment-Weg, kein Monitoring, keine Zuständigkeit im Betrieb.
de|Der Prototyp lief nur in der Sandbox, ein Pfad in die Produktion wurde nie geplant.
fr|Aucune chaîne de déploiement, le modèle est relancé à la main depuis un poste de dev.
fr|pas de réentraînement prévu, les perfs chutent dès que la saison change
es|El modelo no tiene dónde ejecutarse en producción, sistemas no da soporte a contenedores
es|no hay monitorización ni versionado, si falla nadie se entera hasta que se queja el cliente
it|Il prototipo gira sul portatile di Luca, nessuno ha pensato a come metterlo in esercizio
it|senza pipeline di rilascio l'IT non accetta il passaggio in produzione
pt|O protótipo foi feito num notebook e não há infraestrutura para servir o modelo em produção.
pt|nenhum processo de retreino ou monitorização foi previsto
nl|Er is geen omgeving om het model in productie te draaien, alles staat nog op de laptop van de stagiair.
""",
"INTEGRATION": """
en|TMS vendor wants 6 months and a change request to expose the planning API
en|the scoring result has nowhere to go: the advisor CRM has no field for it and Temenos can't be touched till 2027
en|greenhouse computer (Priva) only does file export once a day, realtime control impossible
en|we can read from SAP but writing the proposed orders back needs an interface nobody owns
en|dispatchers would have to copy the suggested route into the old AS/400 screen by hand
en|the mainframe batch window is full, no slot to call our model during EOD
en|Webhook from the telematics provider is undocumented and changes every release
en|Still can't get the warehouse scanners to talk to the new service, middleware team says it's not on their roadmap
en|core banking only accepts fixed-width files, our JSON output needs a translation layer first
en|order data comes in via EDI and the mapping to our format breaks on every new customer
en|the plugin for the climate computer isn't certified by the supplier so we can't install it
de|Die Schnittstelle zum ERP ist nur lesend, Rückschreiben der Dispo-Vorschläge geht nicht.
de|Anbindung an das Lagerverwaltungssystem scheitert am alten SOAP-Dienst, Doku fehlt.
fr|Le TMS ne sait pas recevoir nos prévisions, l'éditeur demande un développement spécifique.
fr|impossible de brancher le modèle sur le logiciel de caisse sans refaire l'interface
es|El sistema de gestión de flota no tiene API; la única salida es un CSV nocturno
es|conectar con el ERP del cliente nos bloquea desde marzo, su proveedor no responde
it|Il gestionale di magazzino non espone servizi, l'integrazione richiederebbe un rifacimento
it|flusso verso il CRM fermo: il connettore non supporta i campi personalizzati
pt|O core bancário não expõe nenhum serviço para receber a pontuação do modelo.
pt|a integração com o sistema de rastreamento dos camiões continua a falhar
nl|Het klimaatsysteem van de kas kan onze setpoints niet automatisch overnemen.
""",
"SECURITY_COMPLIANCE": """
en|Compliance says client portfolio data can't leave the EU tenant, the LLM endpoint is US only
en|DPIA still open, DPO won't sign until we explain how drivers are informed about the camera footage
en|works council objected to the driver-behaviour scoring, on hold until the agreement is renegotiated
en|model risk committee sent it back a third time: no explainability for the credit decision
en|InfoSec found the vendor stores prompts for 30 days, pen test report outstanding
en|legal: using dashcam video for training needs consent we don't have
en|blocked at the third-party risk assessment, vendor won't fill in the questionnaire
en|the regulator's guidance on automated advice came out and we don't meet the documentation part
en|Security won't open the firewall to the SaaS until SOC2 type II is in hand
en|GDPR review flagged that location traces identify the drivers even after pseudonymising
en|audit finding from Q1: no approval trail for the model, everything frozen until it's fixed
de|Der Datenschutzbeauftragte hat die Verarbeitung der Fahrerdaten vorerst untersagt.
de|Freigabe durch die IT-Sicherheit fehlt weiterhin, der Anbieter hostet außerhalb der EU.
fr|Le juridique bloque : les données clients ne peuvent pas être envoyées à un service hébergé aux États-Unis.
fr|la CNIL a été saisie par le CSE, tout est suspendu en attendant leur avis
es|Cumplimiento no aprueba el uso de datos personales de clientes sin una evaluación de impacto
es|la auditoría de seguridad del proveedor sigue pendiente y sin ella no podemos pasar a producción
it|L'ufficio legale non autorizza l'uso dei video dei conducenti per addestrare il modello
it|bloccati dalla revisione privacy, il DPO chiede un'analisi d'impatto completa
pt|O compliance barrou a solução: dados de clientes não podem sair do país.
pt|aguardando parecer do jurídico sobre o consentimento dos clientes há dois meses
nl|De privacy officer geeft geen akkoord zolang de camerabeelden van medewerkers worden opgeslagen.
""",
"OWNERSHIP_SPONSORSHIP": """
en|Since Henk moved to the Almería site nobody on the business side picks this up
en|new COO has other priorities, our steering slot got cancelled twice
en|who signs off the pilot? ops says IT, IT says ops
en|sponsor left in the reorg and the new head of private banking hasn't heard of the project
en|the depot managers never agreed to this, it was pushed from HQ and they just ignore the meetings
en|deprioritised in favour of the ERP upgrade, no product owner assigned for H2
en|We keep presenting to different people each month, nobody actually owns the decision
en|business owner role vacant since April
en|two divisions both claim it and neither wants to pay for the rollout
en|management attention went to the merger, this has been parked without anyone saying so
en|Our champion in sales retired and his successor thinks the old process is fine
de|Seit der Umstrukturierung fühlt sich kein Bereich mehr verantwortlich.
de|Der Sponsor ist gegangen, ein Nachfolger wurde nie benannt.
fr|Plus de sponsor côté direction depuis le départ de Mme Lefèvre, le sujet n'est plus porté.
fr|les priorités ont changé au comité de direction, le projet n'a plus de propriétaire
es|El director de operaciones que lo impulsaba se fue y nadie ha recogido el testigo
es|logística y comercial no se ponen de acuerdo en quién lo lidera
it|Nessuno in azienda si sente responsabile del progetto dopo il cambio di direzione
it|priorità cambiate: il nuovo CFO ha congelato tutto ciò che non è regolamentare
pt|O patrocinador saiu do banco e ninguém assumiu a iniciativa.
pt|a área de negócio nunca designou um responsável pelo piloto
nl|Na de reorganisatie is er niemand meer die dit project trekt.
""",
"SKILLS_GAP": """
en|Our only data scientist handed in her notice, the forecast code is undocumented
en|nobody in IT knows how to maintain a Kubernetes deployment, we'd need to hire
en|contractor from the agency rolled off end of June, the rest of us can't touch the model
en|we have analysts who know SQL but no one who can do computer vision
en|hiring freeze, the ML engineer req has been open since January
en|Koen was the only one who understood the feature pipeline and he's on long term sick leave
en|vendor wanted us to run the platform ourselves, we simply don't have the people
en|the team is two BI devs learning pytorch from YouTube, progress is slow
en|data engineer went to a competitor, pipelines broke and nobody can fix them
en|can't find anyone who knows both the greenhouse process and ML, recruitment failed twice
en|After the consultants left the knowledge went with them.
de|Uns fehlen schlicht die Leute mit ML-Erfahrung, intern kann das keiner weiterentwickeln.
de|Die einzige Entwicklerin mit Python-Kenntnissen ist in Elternzeit.
fr|Le data scientist est parti et personne en interne ne maîtrise le code.
fr|on n'a pas les compétences MLOps, le recrutement est gelé
es|Nos falta gente que sepa de aprendizaje automático; el único perfil se ha ido a otra empresa
es|el equipo no tiene experiencia con modelos de visión y la formación no está presupuestada
it|Il fornitore se n'è andato e internamente nessuno sa mettere mano al modello
it|manca un data engineer, le pipeline le tiene in piedi uno stagista
pt|A equipa não tem ninguém com experiência em machine learning depois da saída do Rui.
pt|não conseguimos contratar engenheiros de dados, as vagas estão abertas há meses
nl|Onze enige data scientist is vertrokken en niemand kan het model onderhouden.
""",
"SCOPE_CREEP": """
en|started as ETA for one depot, now they want all 14 depots plus the Portuguese subcontractors before go-live
en|every steering adds another product type to the first release
en|the advisor assistant now also has to do tax letters, onboarding and the quarterly reports. v1 keeps slipping
en|Sales asked for "just" a customer-facing version too, so the internal pilot is on hold
en|from disease detection in tomatoes it became all crops, all diseases, plus yield forecast
en|new requirement list from the workshop has 37 items, original scope was 5
en|we never shipped v1 because the backlog keeps getting must-haves added
en|now they also want multi-language support and mobile before anyone uses it
en|Can we also add returns, cross-dock and the Moroccan routes? — that's the third "also" this month
en|requirements doubled after the demo, release date moved again
en|MVP got redefined as "everything the old system does plus AI"
de|Der Umfang wächst mit jedem Workshop, ein erstes Release ist nicht mehr absehbar.
de|Jetzt soll es auch noch die Tourenplanung für Fremdspediteure abdecken, bevor wir live gehen.
fr|À chaque comité on ajoute un périmètre, la première version n'est jamais figée.
fr|ils veulent maintenant toutes les serres et tous les produits dans la V1
es|El alcance no para de crecer: ahora también quieren incluir devoluciones y transporte internacional
es|cada reunión añade requisitos nuevos y la primera versión nunca se cierra
it|Il perimetro continua ad allargarsi, adesso vogliono anche la parte clienti prima del rilascio
it|requisiti aggiunti a ogni sprint review, la versione 1 slitta di continuo
pt|Cada diretor acrescenta um pedido e o âmbito da primeira versão nunca fica fechado.
pt|agora querem incluir também os fundos de investimento antes de lançar
nl|Elke stuurgroep komt er weer een gewas bij, de eerste versie is nooit af.
""",
"USER_ADOPTION": """
en|drivers switched the route suggestions off after two days, they say they know the roads better
en|Usage log: 3 logins from the advisors in the whole of August
en|growers keep doing their own thing and just use the dashboard to confirm what they already decided
en|dispatch team doesn't trust the ETA, they phone the drivers anyway
en|the RMs see it as HQ checking up on them and refuse to use it
en|no training was given, people didn't know the tool existed
en|warehouse staff found a way to skip the recommended slot and nobody stopped them
en|pilot users went back to the Excel planner after the first week
en|"the model doesn't know our customers" — that's the feedback from every branch
en|Adoption at 12% after 4 months despite the mails from management
en|the night shift prints the old list and ignores the screen
de|Die Disponenten ignorieren die Vorschläge und planen weiter nach Gefühl.
de|Die Berater nutzen den Assistenten kaum, sie trauen den Antworten nicht.
fr|Les chauffeurs contournent l'application et continuent avec leur ancienne méthode.
fr|aucune conduite du changement, les équipes terrain n'ont jamais adopté l'outil
es|Los jefes de tráfico no se fían de la predicción y siguen planificando a mano
es|nadie usa el panel, los comerciales dicen que les hace perder tiempo
it|Gli operatori di magazzino non lo usano, preferiscono il vecchio metodo
it|resistenza forte dei capisquadra, nessuna formazione prevista
pt|Os gestores de conta não confiam nas recomendações e continuam a usar a folha deles.
pt|a utilização caiu para quase zero depois do primeiro mês
nl|De telers vertrouwen het advies niet en sturen de klimaatcomputer gewoon zelf bij.
""",
"COST_FUNDING": """
en|API costs at current volumes would be 3x what the whole claims desk costs, finance said no
en|budget for next year cut by 40%, this didn't make the line
en|We've burnt through the pilot budget by May and there's no top-up
en|business case doesn't hold: savings ~80k/yr, running cost ~150k/yr
en|CFO won't fund the rollout until the cost cutting programme is done
en|GPU bill last month was more than the team's salaries, paused
en|vendor licence per truck makes it uneconomic for the smaller depots
en|funding was tied to the EU grant which wasn't renewed
en|spent 190% of the estimate and still not in prod, investment committee stopped further spend
en|Payback period came out at 7 years, nobody will sign that
en|capex request rejected at the October round
de|Das Budget ist aufgebraucht, für die Einführung gibt es kein Geld mehr.
de|Die Lizenzkosten pro Gewächshaus rechnen sich für kleinere Betriebe nicht.
fr|Le budget a été coupé lors de l'arbitrage annuel, plus de financement pour la suite.
fr|coût d'exploitation trop élevé par rapport au gain attendu
es|Se ha agotado el presupuesto del piloto y dirección no aprueba más gasto
es|el retorno de la inversión no sale, el coste por camión es demasiado alto
it|Il budget è stato tagliato, non ci sono fondi per la messa in produzione
it|costi di licenza fuori scala rispetto al beneficio atteso
pt|O orçamento foi cortado e não há verba para continuar o projeto.
pt|custos de cloud muito acima do previsto, a direção financeira travou
nl|Het budget is op en er komt geen extra geld voor de uitrol.
""",
"TECHNICAL_FEASIBILITY": """
en|accuracy stuck at 61% on the holdout, business needs 90+ to replace the manual check
en|tried four architectures, none beats the naive 'same as last week' forecast
en|the camera can't see the fruit behind the leaves, no model will fix that
en|LLM keeps inventing fund names in the summaries, hallucination rate too high for client letters
en|false positives on the fraud side would swamp the team, recall/precision trade-off doesn't work
en|traffic is just too random on those routes, the ETA error is 40 min whatever we do
en|expectation was 'fully automatic', realistically we can get maybe assisted
en|model works in the lab and falls apart in a real greenhouse with condensation on the lens
en|Results on new clients are no better than a coin flip
en|vendor promised 95% OCR on handwritten CMRs, we're seeing 55%
en|signal isn't there: the features we have don't predict breakdowns
de|Die Erkennungsrate bleibt unter 70 %, für den Betrieb bräuchten wir deutlich mehr.
de|Das Modell schlägt den einfachen Durchschnitt nicht, die Vorhersage ist praktisch wertlos.
fr|Malgré plusieurs essais, le modèle ne dépasse pas la précision de la méthode actuelle.
fr|les attentes étaient irréalistes, on ne peut pas prédire la demande à ce niveau de détail
es|El modelo no alcanza la precisión mínima que pide operaciones, se queda en un 65 %
es|la visión artificial falla con lluvia y de noche, no es viable con estas cámaras
it|Le prestazioni del modello restano insufficienti, troppi errori per l'uso reale
it|il problema è più difficile del previsto, i dati non contengono il segnale
pt|O modelo não atinge a precisão necessária; fica abaixo do processo manual.
pt|as expectativas eram irrealistas, a tecnologia ainda não resolve isto
nl|Het model haalt de vereiste nauwkeurigheid niet, zelfs na drie iteraties.
""",
}

NEUTRAL = """
en|moved the demo to Thursday, room 3.14
en|can someone share the link to the sprint board?
en|Thanks Ana, looks good to me
en|updated the ticket description with the latest meeting notes
en|reassigning to Pieter while I'm on leave
en|Please log your hours before Friday.
en|attached the slides from Tuesday
en|I'll check with the Valencia depot and get back to you
en|retro notes in confluence, see link
en|closing this subtask, duplicate of the one above
en|daily moved to 9:15 from next week
en|new joiner Sofia starts Monday, pls add her to the channel
en|merged the branch, ping me if the build fails
en|who's taking minutes tomorrow?
en|reminder: office closed on the 12th
en|renamed the columns in the report as discussed
en|FYI the VPN certificate expires end of month, renew yours
en|story points re-estimated in refinement
en|Draft agenda for the quarterly review attached.
en|added acceptance notes, ready for refinement
en|lunch order for the workshop is in the sheet
en|ok for me, go ahead
en|screenshot of the dashboard attached for reference
en|test data refreshed in the acceptance env
en|linked the related ticket
en|ticket moved to next sprint per planning
en|Marco will present the status at the all-hands
en|corrected a typo in the title
en|parking spots for the visitors are booked
en|updated the glossary page
de|Termin verschoben auf Mittwoch, Einladung kommt.
de|Danke, habe die Unterlagen erhalten.
de|Protokoll vom Jour fixe hängt an.
de|Bitte Urlaub im Teamkalender eintragen.
fr|Réunion décalée à 14h, même salle.
fr|Merci pour le retour, je regarde ça demain.
fr|compte rendu de l'atelier en pièce jointe
fr|j'ai mis à jour le planning du sprint
es|Pasamos la demo al jueves por la mañana.
es|Gracias, lo reviso y te digo algo.
es|acta de la reunión subida a la carpeta compartida
es|he cambiado el responsable de la tarea mientras estoy de vacaciones
es|recordad imputar las horas antes del viernes
it|Riunione spostata a lunedì, stessa ora.
it|grazie, ricevuto il file
it|verbale del workshop allegato al ticket
it|aggiornata la descrizione della storia
pt|Reunião adiada para quinta-feira.
pt|obrigado, vou ver isso amanhã
pt|ata da reunião de sprint anexada
pt|alterei o título do ticket para ficar mais claro
nl|Overleg verplaatst naar dinsdagmiddag.
nl|Bedankt, ik kijk er morgen naar.
nl|Notulen van de stuurgroep staan op Teams.
nl|kan iemand mij toegang geven tot het bord?
nl|ik ben volgende week vrij, Ruud neemt het over
de|Neuer Kollege startet am 1., bitte Zugänge anlegen.
fr|le lien de la visio est dans l'invitation
es|subo las capturas de pantalla al ticket
it|ho rinominato il file come concordato
"""

NEAR = """
en|data extract from custody finally arrived, complete and clean, training starts Monday
en|DPO signed the DPIA today, we're cleared to use the telematics data
en|budget for the rollout approved by the CFO, no cuts
en|the ERP interface works end to end now, orders flow back automatically
en|drivers actually like the new route hints, usage is up every week
en|if the sponsor ever left we'd be in trouble, but for now Lotte is fully behind it
en|no scope changes this sprint, v1 frozen as agreed
en|accuracy on the holdout is 93%, above the bar the business set
en|we hired a second ML engineer, the team is complete
en|KPI agreed with ops: minutes of delay per route, baseline 24
en|the CI pipeline deploys the scoring service to prod automatically now
en|cost of the security cameras in the new depot was lower than quoted
en|The adoption of the new pallet standard by suppliers is going well (not our project, fyi)
en|data quality of the greenhouse logs checked: no gaps since the sensor swap
en|what if the vendor raises prices next year? worth a line in the risk log, nothing now
en|we are not blocked by legal, their review came back positive
en|training for the dispatchers done, all 40 people attended
en|the "integration" of the two sales teams is HR's topic, not ours
en|scope of the audit is the warehouse, our project isn't in it
en|monitoring dashboard live, alerts go to the on-call channel
en|model beats the baseline by a wide margin on every depot
en|new sponsor named within a week of the reorg, no impact on the plan
en|Ruben left but handed over everything, Ana runs the pipeline now without issues
en|feature freeze respected, release on schedule
en|budget check: 60% spent, 70% of work done, on track
de|Die Datenschutzprüfung ist abgeschlossen, keine Einwände.
de|Schnittstelle zum Lager läuft stabil seit zwei Wochen.
de|Die Nutzer sind begeistert, fast alle Disponenten arbeiten damit.
de|Budget für nächstes Jahr ist bereits freigegeben.
fr|Les données sont enfin complètes, plus aucun trou dans l'historique.
fr|le sponsor a confirmé son soutien au comité d'hier
fr|le modèle dépasse largement l'objectif fixé
fr|si jamais le budget était réduit, on pourrait décaler la phase 2 — ce n'est pas le cas
es|Seguridad ha dado el visto bueno, pasamos a producción la semana que viene.
es|los jefes de tráfico ya usan la predicción a diario
es|el alcance de la v1 está cerrado y firmado
es|la integración con el TMS funciona sin incidencias
it|Il DPO ha approvato, possiamo procedere.
it|abbiamo assunto due data engineer, il team è al completo
it|l'accuratezza del modello supera quella del processo manuale
it|se mai mancassero i dati del magazzino nord potremmo usare quelli di Verona, per ora sono completi
it|la migrazione del server di posta non riguarda il nostro progetto
pt|O orçamento foi aprovado sem cortes.
pt|os gestores de conta estão a usar a ferramenta todos os dias
pt|a integração com o core bancário ficou pronta antes do prazo
pt|dados de transações limpos e validados pela equipa de dados
nl|De privacy officer heeft akkoord gegeven, we kunnen door.
nl|Telers gebruiken het advies inmiddels in alle kassen.
nl|het model haalt de afgesproken nauwkeurigheid ruim
nl|Budget voor de uitrol is vrijgegeven.
"""

def parse(block):
    rows = []
    for line in block.strip().splitlines():
        lang, text = line.split("|", 1)
        rows.append((lang.strip(), text.strip()))
    return rows

rows, langs = [], {}
i = 0
for c in CAUSES:
    ps = parse(POS[c])
    assert len(ps) == 22, (c, len(ps))
    assert len({l for l, _ in ps} - {"en"}) >= 5, c
    for lang, t in ps:
        i += 1
        rows.append((f"P{i:03d}", c, "positive", t)); langs[lang] = langs.get(lang, 0) + 1
neu, near = parse(NEUTRAL), parse(NEAR)
assert len(neu) == 60, len(neu)
assert len(near) == 50, len(near)
j = 0
for kind, block in (("neutral", neu), ("near_miss", near)):
    for lang, t in block:
        j += 1
        rows.append((f"N{j:03d}", "NONE", kind, t)); langs[lang] = langs.get(lang, 0) + 1
assert len(rows) == 352
texts = [r[3].lower() for r in rows]
assert len(set(texts)) == len(texts), "duplicate text"
for r in rows:
    assert "\n" not in r[3] and 3 <= len(r[3].split()) <= 40, r
assert set(langs) == {"en", "de", "fr", "es", "it", "pt", "nl"}, langs
share = langs["en"] / len(rows)
assert 0.45 <= share <= 0.60, share
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "phrases.csv")
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "expected_cause", "kind", "text"])
    w.writerows(rows)
print("phrases:", len(rows), "langs:", dict(sorted(langs.items())), f"en={share:.0%}")
