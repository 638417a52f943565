LABEL = "UNCLEAR_OBJECTIVE"
S = {"en": """Closing. After 4 months nobody could tell us which decision the forecast is supposed to change.
Steerco asked for the success criterion again; we still don't have one. Parking until the business defines it.
We built a chatbot because the board wanted "something with GenAI". No one defined what problem it solves.
Won't Do: there was never a baseline, so we can't show the model is better than what planners do today.
Retro note: the use case was picked because the vendor demo looked nice, not because anyone needed it.
The KPI changed three times (NPS, then AHT, then first-contact resolution). We kept rebuilding for a moving target.
Turns out procurement doesn't actually have a pricing problem, the margin leak is in the returns process.
Product owner asked us "what can AI do with our data?". That is not a requirement. See PROD-77 for the thread.
We delivered the anomaly scores but nobody knows what counts as an anomaly worth acting on.
Closing as Obsolete: the question the model answered was not the question ops was asking.
Nobody agreed on what "high-risk customer" means; credit, marketing and collections each have their own definition.
The business case said "efficiency gains" with no number attached. Steerco refused phase 2 for exactly that reason.
Solution looking for a problem. We had a computer vision platform and went hunting for a use case.
Acceptance criteria in the epic still say "TBD" after sprint 9.
Demo went fine but the ask afterwards was "ok and what do we do with this?" Nobody had an answer.
The target was defined as "predict demand" but the planners work with weekly buckets per DC and we predicted daily per store.
We never measured the current error rate of the manual triage, so there's nothing to compare against.
Paused. The sponsor wants "better insights", we've asked five times for a concrete decision or metric.
Discovery outcome: the real pain point is the approval workflow, not the document classification we were asked to build.
Hypothesis was never written down. Every review someone proposes a new one.
Reason for closure: no measurable objective, project was launched as an innovation showcase.
We optimised for accuracy, business wanted recall on the rare cases. Found out at UAT.
What does "success" look like for the churn model? Still no answer from marketing, see CX-201.
The problem statement reads "use ML to improve maintenance". That's the whole thing.
Two workshops later the team still disagrees whether we're predicting failures or scheduling technicians.
Nobody owns the KPI we're supposed to move, so nobody can tell us if 3% improvement matters.
We should have asked what the nurses actually need before building a sepsis dashboard. They needed staffing, not alerts.
Closing after review: the use case was defined as "AI for HR", without a concrete process in scope.
The value hypothesis in the canvas is empty. Team went straight to model selection.
Business says the model works but can't say what changed. No target metric, no baseline, no follow-up.
It was a solution-first initiative: we had budget for GenAI and picked claims letters because they were text.
Requirements were "like ChatGPT but for our contracts". We built three different things trying to guess.
Marked Won't Do. Expected benefit was never quantified; finance can't sign off on something without a number.
Turns out the forecast error wasn't the bottleneck; stock-outs come from supplier delays. We solved the wrong problem.
The initiative has four stated goals and they contradict each other (cut cost, increase service level, reduce staff, improve quality).
No agreed definition of a "defect" between quality and production, so the label and the goal both float.
Steering committee minute 12.03: "objective to be clarified". Still not clarified as of today.
I'll be honest, we never understood what the legal team wanted from the clause extractor.
The recommender was supposed to increase "engagement". Clicks? Time on page? Subscriptions? Nobody decided.
Baseline missing. Accuracy 0.84 is meaningless if we don't know what the current process achieves.
Stopped at discovery: interviews showed the underwriters don't actually want a score, they want the missing documents flagged.
We built what the ticket said. The ticket was wrong about the process.
On hold until product management writes down the success metric, see PM-33 (open since June).
Retrospective: we started with the model and hoped the use case would emerge. It didn't.
The original brief came from an offsite slide with the word "predictive" on it.
Business owner keeps changing the question: first which customers will leave, now why they leave, next week probably when.
Nobody could name a single decision that would be made differently with the risk score.
The pilot had no exit criteria so it just kind of continued until someone cancelled the cost centre.
Route optimisation was the ask, but dispatchers already hit 97% on-time. No room to improve, nobody checked before.
There is no owner of the outcome metric; the data team was asked to "find value" in the IoT data.
Resolution: Won't Do, as agreed in the review. Problem statement unclear.
We measured model F1, management wanted minutes saved per case. Neither was agreed upfront.
Closed. Use case was a copy of a competitor's press release, no internal process needed it.
Idea was "predict everything about the customer". We asked for a priority list and got the same sentence back.
Parking lot: objective still undefined. We'll reopen once there's a KPI and someone who owns it.""",
"de": """Der Vorstand wollte bis zur Hauptversammlung "ein KI-Projekt vorzeigen". Welches Problem es lösen soll, hat nie jemand gefragt.
Im Anforderungsworkshop mit der Krankenhausverwaltung kam heraus, dass sie eigentlich Bettenplanung meinen, nicht Diagnosen.
Wir haben eine Churn-Vorhersage gebaut, der Fachbereich wollte aber wissen, wie man Neukunden gewinnt.
Seit Monaten diskutieren Einkauf und Logistik, ob Lagerkosten oder Lieferfähigkeit die Zielgröße ist.
Nutzenbewertung im Antrag: "erhebliche Effizienzgewinne". Zahlen dazu gibt es keine.
Kurzes Update: Es gibt immer noch keine Definition, ab wann eine Vorhersage "gut genug" ist.
Der Auftrag lautete "Machen Sie was mit den Maschinendaten". Mehr Kontext kam nicht.
Ticket geschlossen, der Anwendungsfall war eine Kopie aus einer Herstellerbroschüre.
Der Fachbereich konnte im Review nicht benennen, welcher Prozessschritt sich ändern würde.
Die Sachbearbeitung misst heute keine Bearbeitungszeiten, also gibt es auch keinen Vergleichswert.
Unser Auftraggeber hat die Fragestellung in jedem Jour fixe neu formuliert.
Wir haben drei Monate lang Anomalien erkannt, die niemand als relevant einstufen wollte.
Projekt aus dem Innovationsbudget gestartet, ohne dass ein Fachbereich einen Bedarf angemeldet hatte.
Der Kennzahlenbaum im Projektsteckbrief ist leer geblieben.
Erst im Test zeigte sich, dass die Stadtverwaltung keine Prognose, sondern eine Priorisierung der Anträge braucht.
Der Lenkungsausschuss fragte nach dem Mehrwert. Antwort des Projekts: "Wird sich in der Pilotphase zeigen".
Unklar bis zuletzt, ob der Bot Kunden beraten oder nur Fragen weiterleiten soll.
Ergebnis ist technisch sauber, aber niemand konnte erklären, wofür die Disponenten es brauchen.
Die Hypothese wurde nie aufgeschrieben, jede Runde brachte eine neue.
Der Sponsor wünscht sich "Transparenz über alles", das ist kein Ziel, das man bauen kann.
Nach der Prozessanalyse war klar: das Problem ist der Medienbruch beim Antrag, nicht die Bearbeitung.
Auf Eis, bis jemand sagt, was am Ende gemessen wird.""",
"fr": """La direction voulait « de l'IA générative » dans le plan de transformation, sans cas métier identifié.
En atelier, les gestionnaires de paie ont expliqué que leur vrai souci est le calendrier de clôture, pas la détection d'anomalies.
On nous a demandé de « valoriser les données de la flotte », sans préciser pour quelle décision.
Aucun indicateur de départ : le taux d'erreur actuel des saisies n'a jamais été mesuré.
Le comité a demandé trois fois le gain attendu, toujours pas de chiffre.
La mairie souhaitait « anticiper les besoins des habitants », formulation trop vague pour en tirer un modèle.
On a livré un score de propension que personne ne sait relier à une action commerciale.
Au bout de six mois, l'hypothèse de valeur tient toujours sur un post-it.
La cible a changé entre le cadrage et le développement : d'abord le délai, puis la satisfaction.
Le cas d'usage venait d'un salon professionnel, aucun processus interne ne le réclamait.
Les achats et la supply chain ne s'accordent pas sur ce qu'on cherche à minimiser.
Le pilote n'a jamais eu de définition du succès, donc impossible de dire s'il a réussi.
Dossier clos : problème mal compris, le goulot était la validation juridique et non la rédaction.
Personne n'a su expliquer ce qu'on ferait des segments une fois calculés.
Projet lancé pour occuper la nouvelle équipe data plutôt que pour répondre à un besoin.
L'expression de besoin se résume à « faire comme le concurrent ».
En attente : le métier doit dire quel indicateur compte vraiment.""",
"nl": """Bij de woningcorporatie wilde men "voorspellend onderhoud", maar de onderhoudsplanning ligt al tien jaar vast in contracten.
Het team heeft vier maanden gebouwd aan een model waarvan de uitkomst in geen enkel overleg terugkomt.
Directie vroeg om "inzicht in de klantreis". Welke vraag daarachter zat, is nooit duidelijk geworden.
Succescriterium in het projectplan: "positieve ontvangst door de gebruikers". Meer niet.
Bij de demo vroeg de afdelingsmanager waarom we dit eigenlijk gebouwd hadden. Goede vraag.
De teeltadviseurs wilden een waarschuwing bij ziektedruk, wij hebben een opbrengstvoorspelling gemaakt.
Geen nulmeting van de wachttijden op de SEH, dus een verbetering is niet aan te tonen.
De opdracht veranderde na elke stuurgroep van richting.
Het initiatief kwam uit de innovatie-etalage: eerst de technologie, daarna op zoek naar een toepassing.
Het doel "minder uitval" is nooit vertaald naar een meetbare norm of een eigenaar ervan.
Klantenservice wilde snellere antwoorden, marketing wilde meer conversie; het project probeerde beide en haalde geen van beide.
Resolutie: geen duidelijk businessprobleem vastgesteld na de discovery.
We blijken de verkeerde vraag te hebben beantwoord: het ging om wie er belt, niet waarom.
In de epic staat als doel "AI toepassen". Dat is een middel, geen doel.
On hold tot de opdrachtgever de beoogde besparing concreet maakt.
Geen idee wat de business met 87% nauwkeurigheid wint, niemand heeft het ooit berekend."""}
