LABEL = "UNCLEAR_OBJECTIVE"
S = {"en": """
What went wrong: we started from "we need GenAI" and only in month four asked which process it was meant to improve.
Retro: nobody could tell us what a good forecast would be worth, so every demo ended with "nice, but so what?"
Audit finding 2.1: the business case had no baseline, no target KPI and no measure of success agreed with the business.
We initially blamed the data, but honestly the problem was that sales and ops wanted two different things from the same model.
Post-mortem: the chatbot was built before anyone defined which customer questions it should actually answer.
Lessons learned: agree the success criterion before the first sprint; we never had one and the project died in review.
Quarterly portfolio review: Smart Routing closed, steering could not articulate the problem it was solving.
Vendor status: acceptance criteria still not signed off by the client after three workshops.
The retrospective found that the "efficiency gain" in the proposal was never quantified against current handling time.
We solved the wrong problem; planners did not need better forecasts, they needed earlier visibility of supplier delays.
Lesson: a technology looking for a use case is not a project. The vision platform had no sponsor use case after 8 months.
Audit observed that the initiative's objective changed from cost reduction to customer experience and back within one quarter.
The pilot was technically fine, yet nobody could say whether a 12% lift was good, bad or irrelevant.
Post-mortem conclusion: the business never had a clear question, only a wish to "do something with AI in claims".
What went wrong: the team optimised accuracy while the hospital actually cared about reducing waiting time.
Status report: the scope document still says "explore opportunities", no decision criterion for go or no-go.
Our first theory was lack of budget, but the real reason it stalled was that nobody knew what "success" meant for the pilot.
The lessons-learned register notes the problem statement was written after the vendor had already picked the solution.
Retro: we built an anomaly detector, then discovered the maintenance team did not consider those anomalies a problem.
Finding: no measurable KPI was attached to the €400k investment, so the review board could not judge progress.
Quarterly review: the knowledge assistant was cancelled; use cases kept shifting with whoever attended the workshop.
We misunderstood the request; procurement wanted to detect maverick spend, we delivered a supplier risk score.
Post-mortem: no baseline was captured before the pilot, so the claimed savings could not be verified.
Adding this to the register before I forget. "Let's see what the data tells us" is not an objective, and it cost us two quarters.
Vendor report Q2: deliverables accepted but the client cannot state which decision the scores are meant to support.
Good turnout at the retro, thanks all. Honest summary: the model answered a question nobody in the branches was asking.
The audit committee noted that three different success metrics were reported to three different boards.
What went wrong: the innovation lab picked the use case because it made a good demo, not because it mattered to the business.
The pricing project stalled as finance and marketing never agreed whether margin or volume was the target.
Initially we said the model was underperforming, but there had never been an agreed threshold to underperform against.
Lessons learned: we jumped into building a recommender before checking if customers actually struggled to find products.
Steerco ran over again. Status red: the business owner asked what the project is for, which says it all.
Retro: every sprint review produced new "what if it could also tell us..." because there was never a core question.
Finding 7: benefits realisation plan absent; expected value stated only as "significant".
The fleet project was closed because the problem it addressed (idle time) turned out to be a reporting artefact, not a real issue.
Post-mortem: solution first, problem later. We had the LLM licence before we had the use case. The licence expires in May, the use case never came.
Demo day went okay. We thought users would tell us what they needed once they saw the prototype, they didn't, and we still have no target.
The quarterly review parked the initiative pending a clear business problem statement from the Retail division.
Lesson: without a baseline of today's manual error rate we could never show the model was better.
What went wrong: the target variable was "customer value", and no two departments defined it the same way.
Vendor update: sprint 5 demo postponed, client still deciding whether the goal is triage speed or triage accuracy.
Audit noted the project charter listed twelve objectives with no priority between them.
Retro comment: we were asked to "use AI on the invoices" and nobody ever told us what outcome they wanted. Still don't know, to be honest.
The risk model did its job, but risk officers said they never needed a score, they needed explanations for the regulator letters.
Retrospective: after six months we were still debating what counts as a successful prediction for the call centre.
The post-mortem points to a proposal copied from a conference talk, with no link to our own processes.
Lessons learned register: define the decision the model informs, who makes it, and how you will know it improved.
The demand-sensing pilot ended when category managers said the weekly forecast already worked fine for them.
Portfolio review notes attached. "AI for HR" closed, it never progressed beyond a list of possible ideas.
Steering meeting went long again. We still have no agreed KPI for the pilot, so the go/no-go got pushed to January.
Our first explanation was vendor delay; the honest one is that we never wrote down what problem we were solving.
Finding: the project's success was measured as "model deployed", not as any business outcome.
What went wrong: we assumed reducing no-shows was the aim, but the clinic actually wanted better slot utilisation.
Board pack went out Monday. They spotted that the KPI was picked after the results came in, and rightly did not accept it.
Post-mortem: nobody could explain what would change in anyone's daily work if the model worked perfectly.
""", "fr": "", "de": "", "es": "", "nl": ""}
S["fr"] = """
REX : la direction voulait « un ChatGPT maison » et personne n'a précisé pour quels agents ni pour quelles tâches.
Au bout de six mois, la question « on veut prédire quoi exactement pour les contrôles URSSAF ? » n'avait toujours pas de réponse.
Le dossier d'investissement promettait de « moderniser la relation usager », sans un seul chiffre associé.
Revue trimestrielle : projet Phare clôturé, la direction des opérations n'a jamais formulé le besoin par écrit.
Point prestataire : recette impossible, le client refuse de fixer un seuil de performance avant d'avoir vu les résultats.
Les gestionnaires de la caisse de retraite attendaient un outil de recherche dans la réglementation, on leur a livré une classification des courriers.
Constat d'audit : la fiche projet cite la « transformation IA » comme seul objectif.
Le pilote de maintenance des escalators a atteint 81 % de détection, mais personne n'avait dit combien il fallait.
La question posée par le conseil régional a changé trois fois : fréquentation des TER, puis retards, puis satisfaction.
On a choisi le cas d'usage parce que l'éditeur avait déjà une démo prête sur ce thème.
Bilan : le chiffrage des gains reposait sur un temps de traitement actuel que personne n'avait mesuré.
Compte rendu du comité en pièce jointe. On discute encore de la définition d'un « dossier complexe », c'est pourtant la cible du modèle.
Le projet a été lancé pour « ne pas rater le train de l'IA », c'est écrit tel quel dans le compte rendu du codir.
La caisse voulait réduire les indus, mais le modèle détectait des dossiers incomplets, ce qui n'est pas du tout la même chose.
On a commencé par le lac de données et les outils, le problème métier devait « émerger » ; il n'a jamais émergé.
Au jalon de mi-parcours, les trois directions présentes avaient chacune une idée différente du livrable attendu.
Sympathique atelier hier, merci pour les croissants. On n'a toujours pas d'indicateur de succès validé, le go/no-go glisse à février.
"""
S["de"] = """
Lessons Learned: Der Vorstand wollte „etwas mit KI im Kundenservice“, welche Anliegen gemeint waren, hat nie jemand festgelegt.
Im Abschlussbericht steht als Ziel „Digitalisierungsschub“, eine messbare Größe gab es nicht.
Die Krankenkasse hat erst nach dem Piloten überlegt, ob sie Kosten senken oder Versicherte besser beraten will.
Retro: Wir haben Reklamationen klassifiziert, obwohl die Qualitätssicherung eigentlich wissen wollte, welche Lieferanten auffällig sind.
Quartalsreview: Initiative Kompass eingestellt, kein Fachbereich konnte einen konkreten Entscheidungsprozess benennen.
Prüfbericht: Der Nutzen wurde pauschal mit 10 % Effizienzgewinn angesetzt, ohne Messung des heutigen Aufwands.
Das Modell erkannte Rückläufer zuverlässig, aber niemand hatte festgelegt, was mit dieser Information passieren soll.
Protokoll vom Lenkungskreis anbei. Das Abnahmekriterium wird seit drei Sitzungen diskutiert, die Fachseite möchte sich weiterhin nicht festlegen.
Es gab den Wunsch nach einem Sprachmodell, bevor überhaupt klar war, welches Problem die Sachbearbeitung hat.
Statusbericht Dienstleister: Der Auftraggeber hat das Projektziel von Prognose auf Ursachenanalyse umgestellt, Arbeit von acht Wochen hinfällig.
Die Geschäftsführung sprach von Umsatzsteigerung, die Werkleitung von Ausschussreduktion, beides gleichzeitig war nie realistisch.
Wir wussten bis zum Schluss nicht, ob der Bürgerservice die Wartezeit oder die Zahl der Rückfragen senken wollte.
Ohne Vorher-Messung der Durchlaufzeit in der Rechnungsprüfung konnten wir keinen Effekt nachweisen.
Das Thema wurde aus einer Herstellerpräsentation übernommen, ein Bezug zu unseren Abläufen fehlte.
Post-Mortem: Gemessen werden sollte die „Qualität der Beratung“, eine Definition dafür hat nie jemand geliefert.
Schönes Teamevent gestern, danke an alle. Im Projekt selbst fehlt weiter die Antwort auf die Frage, wofür der Score eigentlich genutzt werden soll.
"""
S["es"] = """
Lecciones aprendidas: la dirección quería "un asistente de IA" y nadie definió para qué empleados ni para qué tareas.
En el ayuntamiento nunca se aclaró si el chatbot debía reducir colas presenciales o llamadas al 010.
Informe trimestral: iniciativa cerrada, el comité no supo qué decisión iba a cambiar con la predicción de demanda.
La cooperativa pidió "optimizar la cosecha" y tardamos meses en entender que se referían a la logística de recogida.
Hallazgo de auditoría: el caso de negocio hablaba de "eficiencias relevantes" sin cifra ni indicador.
En la mutua nadie aclaró si el piloto debía acortar las bajas laborales o solo detectar las fraudulentas.
Informe del proveedor: el cliente cambió el objetivo del piloto de clasificar facturas a detectar fraude en la semana 10.
Gracias por las notas del taller. Cada director regional tenía su propia idea de lo que era un pedido "urgente", y el modelo dependía de eso.
El objetivo del piloto se fijó en una reunión sin acta y cada asistente lo recordaba de forma distinta.
El proyecto se lanzó porque la competencia había anunciado algo parecido en prensa. Nunca pasamos de ahí.
Comida de equipo muy agradable. Del proyecto, seguimos sin saber qué significa éxito para el área de riesgos.
"""
S["nl"] = """
Evaluatie: de stuurgroep keurde een "AI-verkenning" goed zonder hypothese of vraagstelling.
De polikliniek kreeg een no-showvoorspelling, terwijl ze al structureel overboekt; niemand had om die voorspelling gevraagd.
De KPI van het programma was het aantal gestarte use cases, niet het effect ervan.
Kwartaalrapportage: de provincie wilde "datagedreven werken", wat dat concreet moest opleveren is nooit benoemd.
Na drie maanden bleek het probleem een planningsregel in het roostersysteem te zijn, geen voorspelvraagstuk.
Auditbevinding: het succescriterium kwam uit de verkoopbrochure van de leverancier, niet van de business.
Terugblik op het jaar. Halverwege verschoof de doelgroep van starters naar senioren, en daarmee de hele vraag.
Niemand kon zeggen of een gemiste fraudezaak erger was dan tien onterechte controles, dus een drempel kwam er nooit.
De businesscase was letterlijk overgenomen van een buurgemeente met een heel ander probleem. Dat zag pas de auditor.
Leveranciersrapport: acceptatie loopt vast, de opdrachtgever kan niet formuleren welk besluit de scores moeten sturen.
Goede retro, veel energie. Maar de vraag "wat willen we eigenlijk verbeteren?" kwam voor de derde keer terug zonder antwoord.
"""
