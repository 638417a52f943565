LABEL = "OWNERSHIP_SPONSORSHIP"
S = {"en": """Our sponsor (VP Ops) left in September; the new VP has other priorities and hasn't replied to three meeting requests.
Closing. After the reorg nobody on the business side considers this their project.
Steerco hasn't met since June. No one with budget authority has looked at this in five months.
Product owner role vacant since the spring; tickets pile up with nobody to accept them.
Deprioritised in the Q3 planning: the CFO's cost programme took all the attention.
IT thinks marketing owns it, marketing thinks it's an IT innovation project. It's nobody's.
New CEO, new strategy deck, AI isn't on it. Parking.
The sponsor moved to the Singapore office and handed it to a deputy who was never briefed.
Nobody could decide between the two plants which one pilots first, so neither did.
Closing as agreed with Lena: business unit merged into Retail Banking, use case dropped from the new portfolio.
Sales and Ops disagree on whether the lead score should exist at all. Escalated twice, no decision.
The project lost its champion when Dr. Peters retired. The ward has been polite but uninterested since.
We were told to pause for the SAP S/4 migration, which now has all the key users until 2027.
Responsibility for the model after go-live was never assigned, so go-live was never approved.
Our exec sponsor is on sabbatical and delegated nothing. Decisions pending since 4 Aug.
The Digital Office that commissioned it was dissolved in the reorg. No successor owner.
Status: orphaned. The data office says it's a business project, the business says it's a data office project.
Country managers refused to adopt a group-wide model, each wants their own. Group didn't push.
Priorities shifted to the cyber-remediation programme after the incident in October; all discretionary work stopped.
Nobody showed up to the sprint review from the business for the third time in a row.
Stakeholder map had 11 names and no decider. That's the problem in one sentence.
Merged with the other forecasting initiative, then the other one was cancelled, taking ours with it.
The BU head who asked for it got promoted; successor inherited 30 projects and cut the bottom 10. We were in the bottom 10.
We need a decision on go/no-go and there's no one who can make it. DATA-SC-14 escalation sat for 6 weeks.
Three owners in 12 months. Each one reset the scope and then moved on.
Parked. Management attention is on the acquisition integration for the foreseeable future.
Ownership of the customer data and of the model is split across 4 departments; no one will be accountable for outcomes.
The clinical lead and the IT lead don't talk to each other. Project can't move without both.
The initiative was the pet project of the previous COO. With him gone there's no appetite.
Not cancelled officially, just dropped off every agenda since spring.
Procurement and logistics both want the forecast but neither wants to fund the run phase or own it.
We asked for a business owner in the kickoff. Still TBD, nine months later.
Closing: the programme was reshuffled and this epic didn't make it into any of the new value streams.
Board decided in November to focus on core platform stability; all AI pilots frozen.
The regional director never bought in, and the stores report to him, not to us.
When the head of underwriting left, the model lost its only advocate on the exec team.
Sponsor agreed to the pilot verbally, then denied ever committing resources. Awkward.
There's nobody to sign the acceptance. The original requester changed jobs and HR can't tell us who replaced her.
It's been handed back and forth between the CDO and CIO offices three times. Currently in limbo.
Competing initiative from group IT got the executive backing, ours was shelved.
Status update: awaiting new sponsor. Has been the status since 21 March.
Key stakeholders disagree on whether the assistant should answer customers directly or only help agents. Stuck.
With the merger, all projects had to be re-approved. This one wasn't re-submitted because no one felt responsible.
The business team's OKRs for next year don't include anything this model supports.
We delivered to the UAT stage and the receiving department said they never asked for it.
Escalated to the portfolio board, who said it's the division's call. Division says it's the board's call.
Project sponsor changed from Finance to Operations mid-flight, Operations doesn't see the benefit.
Nobody from the plant management attended any of the demos. Interest evidently gone.
Management turned over and the new leadership wants to "revisit all analytics investments". That was in April.
The initiative depended on head office and the branches agreeing on process ownership. They didn't.
Priority dropped from P1 to P4 after the budget round, without any discussion with the team.
Ops director said yes in the meeting and no in the email afterwards.
Closing per portfolio review. Sponsor no longer with the company, no replacement identified.
Our champion in claims went on long-term sick leave and nobody picked the project up.
Coffee machine on 3 is fixed, by the way. On this one: we lost the slot on the leadership agenda in Q2 and never got it back, nobody up there is asking for it.""",
"de": """Frau Dr. Albers hat das Haus verlassen, ihr Nachfolger hat das Projekt in seiner ersten Woche auf Eis gelegt.
Seit die Sparte Gewerbe in die Holding gewandert ist, fühlt sich bei uns niemand mehr verantwortlich.
Der Lenkungskreis wurde zweimal mangels Teilnehmern abgesagt.
Product Owner hat intern gewechselt, Nachbesetzung "in Klärung" seit April.
Neuer Vorstand Vertrieb, neue Schwerpunkte; unser Thema ist von der Liste gefallen.
Streit zwischen Werk Nord und Werk Süd, wer zuerst pilotiert, am Ende keiner.
Die Fachabteilung hat uns in der Abnahme erklärt, sie habe das nie bestellt.
Der Bürgermeister, der das Projekt wollte, wurde nicht wiedergewählt.
Nach der Übernahme müssen alle IT-Vorhaben neu priorisiert werden, Termin dafür offen.
Controlling und Einkauf wollen beide die Prognose, aber keiner übernimmt die Betriebskosten oder die Verantwortung.
Bereichsleiter hat dreimal den Termin für die Go/No-Go-Entscheidung verschoben.
Keiner der Geschäftsführer war bei der Ergebnispräsentation.
Ohne Fürsprecher im Vorstand kommt das Projekt nicht in die Mittelfristplanung.
Die Verantwortung für das Modell nach Go-live ist ungeklärt, deshalb gibt es kein Go-live.
Die IT-Leitung hält es für ein Fachthema, der Fachbereich für ein IT-Thema.
Der Sponsor ist in Elternzeit und hat keine Vertretung benannt.
Die Landesgesellschaften haben das Konzernmodell abgelehnt, die Zentrale hat es hingenommen.
Auftrag ging an das Digital Lab, das Digital Lab gibt es seit Juli nicht mehr.
Projekt ruht, weil alle Entscheider mit der Cyber-Sanierung beschäftigt sind.
Stakeholder-Landkarte mit 14 Namen, aber keiner kann entscheiden.
Rückmeldung des neuen Bereichsleiters steht seit acht Wochen aus.
Abgeschlossen mangels Auftraggeber.""",
"fr": """La directrice commerciale qui portait le sujet a été nommée au Canada, son intérim n'a pas repris le dossier.
Depuis la fusion des deux caisses régionales, personne ne sait qui arbitre le projet.
Le comex a basculé toutes ses priorités sur le plan de sauvegarde.
On a présenté trois fois au codir, trois fois reporté à la séance suivante.
Le projet a été transféré de la direction digitale vers la direction clients, qui ne l'a jamais inscrit à son plan.
Les chefs d'agence attendent un signal du siège, le siège attend une demande des agences.
Marketing et ventes n'arrivent pas à se mettre d'accord sur qui utiliserait le score, aucun arbitrage.
Aucun propriétaire désigné pour le modèle après la mise en service, donc pas de mise en service.
Le nouveau directeur des opérations veut « tout remettre à plat », projet suspendu en attendant.
Point du 17/09 : toujours pas de nom pour signer la fiche projet côté métier.
Arbitrage budgétaire : relégué en priorité basse sans échange avec l'équipe.
Le sponsor est en arrêt longue durée, personne n'a pris le relais.
Le siège veut un modèle unique, les régions refusent, aucune décision depuis mai.
La cellule innovation qui avait lancé le sujet a été dissoute lors de la réorganisation.
Le sponsor a été remplacé trois fois en dix-huit mois, chaque nouveau arrivant a gelé le sujet.
Relance du 12/10 restée sans réponse de la part du commanditaire.
Clôturé : plus de sponsor, plus de budget porteur, plus d'intérêt métier.""",
"nl": """Het project verhuisde van Digital naar Operations, en Operations heeft het nooit in de planning gezet.
Sinds de fusie van de twee zorggroepen is onduidelijk wie hierover beslist.
Directeur operations zei in het MT ja, maar gaf zijn teamleiders nooit de ruimte.
Het initiatief was van de vorige CIO; zijn opvolger heeft er nooit naar gevraagd.
Tussen de regio's en het hoofdkantoor is geen overeenstemming over wie eigenaar is van het proces.
Stuurgroep twee keer afgelast, daarna niet meer ingepland.
De afdeling die het model zou gebruiken is opgegaan in een shared service center, zonder opdrachtgever.
Niemand tekent voor het beheer na livegang, dus geen livegang.
Bij de jaarplanning is het project zonder overleg naar prio laag gezet.
Onze kampioen bij klantenservice is met langdurig verlof, sindsdien gebeurt er niets.
Er zijn elf stakeholders en geen enkele besluitnemer.
De teeltmanager die het wilde is naar een concurrent vertrokken.
Opdrachtgever vroeg om een demo en is daarna nooit meer op een overleg verschenen.
Drie maanden geen reactie van de opdrachtgever op de go/no-go-vraag.
Niemand voelt zich verantwoordelijk voor het resultaat; iedereen wel voor zijn eigen stukje.
Gesloten: opdrachtgever weg, geen opvolger aangewezen."""}
