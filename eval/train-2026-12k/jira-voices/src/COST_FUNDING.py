LABEL = "COST_FUNDING"
S = {"en": """€180k of the €200k is gone and we're at sprint 6 of 12. Steerco declined the top-up.
Closing. Funding for FY26 was not renewed in the October budget round.
GPU bill for the pilot was 4x the estimate; finance froze the cost centre until the business case is redone.
Inference cost per document came out at €0.38, the manual process costs €0.22. No case.
Cost cutting programme "Fit for 27" took the innovation budget down to zero.
The licence for the vendor platform went from 60k to 240k per year at renewal. We can't justify it.
Payback period in the revised business case is 7 years; threshold is 3. Killed at gate 2.
Status: on hold, no PO for the annotation vendor, procurement says budget line is exhausted.
We spent the whole budget on data cleansing; nothing left for the model or the integration.
Run cost estimate (cloud + support + retraining) is €410k a year for savings of maybe €150k.
The grant that funded the pilot ended in June and no follow-up funding was secured.
Closing as Won't Do: ROI negative after factoring in the integration quote.
Budget for the second phase was moved to the regulatory programme.
Token costs for the LLM assistant ran at €27k per month in the pilot with only 200 users. Scaling to 5,000 is off the table.
Original estimate €350k, spend to date €620k, forecast to complete €900k. Steerco pulled the plug.
We had headcount funding but no opex for the platform; no one can pay the monthly bill.
After the profit warning all discretionary projects were halted, including this one.
The vendor quote for productionisation came in at €1.1M. The entire AI budget is €800k.
Benefits case was cut in half after finance re-validated the savings assumptions.
Funding ran out before UAT. The remaining €12k won't cover even the test environment.
Year-end budget freeze came early, contractors released on 30 Nov.
Annual cost of keeping the model alive exceeds the savings it delivers.
Finance's verdict: nice to have, not at these prices.
The business unit refused to cross-charge the run cost, so IT won't host it.
Spent €95k on external labelling and the data still isn't enough. No more money for round two.
Q1 funding request rejected: "not aligned with the cost-out targets".
Cost overrun on cloud storage, the raw video archive alone is €9k/month.
Closing per CFO decision of 18/09: no further investment in the pricing engine.
We were funded for a POC only. No budget line exists for production, and nobody is willing to create one.
The savings depended on cutting 12 FTE, which HR and the union ruled out. Without that the business case is gone.
At current energy prices the on-prem GPU server doesn't pay off. Cloud even less.
Budget was cut by 40% mid-year. We can finish the documentation, not the build.
The maintenance contract with the vendor alone costs more than the process it automates.
The steering group asked for a 20% cost reduction on the plan; there is no smaller version that still works.
Procurement rejected the three-year subscription, one-year pricing makes the ROI negative.
Innovation fund money was tied to calendar year 2025 and expired unspent on the integration part.
Closed: the capex for the cameras on all 14 lines was not approved.
Burn rate too high for the value shown so far. Paused at the gate review.
ROI was based on a 30% reduction in returns. Pilot showed 4%.
Currency effects and the vendor's price increase pushed the licence above the approval limit of the division.
Cost per prediction needs to come down 10x before rollout makes sense.
The business case assumed free use of the group cloud; the group now charges back at list price.
Budget holder changed and the new one didn't carry over the commitment.
Happy Friday all. Re the rollout question from Monday: we're out of money, simple as that. Will update the roadmap slide.
All external spend stopped with the hiring freeze; the project relied on two contractors.
Forecasted run-rate of €48k/month for the vector DB and LLM calls. Not approved.
Invoice from the annotation partner disputed, work stopped pending payment.
The pilot's TCO over five years came out at €3.2M vs a benefit of €1.1M.
We overspent on the discovery phase and there's no contingency left.
Funding cut after the sale of the division. New owner won't invest.
Re: funding — the savings are real but they land in another department's P&L, so nobody funds it.
Running the model on all 2M customers daily would cost more than the marketing uplift.
Costs kept climbing: data licences, then the extra environment, then the consultants.
Demo recording is on the SharePoint. No budget for licences after the pilot, and the free tier ends 31 Dec, so this is probably the last demo.
Closing. The economics don't work at our volumes.""",
"de": """Budgetrahmen 2025 ist ausgeschöpft, für die Integration bleiben 8 T€. Das reicht nicht einmal für den Dienstleister.
Mit Ablauf des Förderprogramms zum 30.06. ist die Finanzierung weg, die Landesmittel für 2026 sind gestrichen.
Die Rechenkosten im Pilot lagen bei 22 T€ im Monat, geplant waren 5.
Der Investitionsantrag für die Sensorik an 30 Pumpen wurde im Haushaltsausschuss abgelehnt.
Im Wirtschaftsplan der Stadtwerke ist für 2026 kein Posten für Analytics vorgesehen.
Laut Nachkalkulation kostet der Betrieb 380 T€ jährlich, der Nutzen liegt bei rund 120 T€.
Wegen des Sparkurses im Konzern wurden alle externen Dienstleister zum Monatsende abbestellt.
Der Anbieter hat nach dem ersten Jahr den Preis pro Nutzer verdreifacht.
Der überarbeitete Business Case rechnet sich erst nach acht Jahren.
Kosten für die Annotation liefen aus dem Ruder, 140 T€ statt 40 T€.
Die Einsparung entsteht in der Logistik, bezahlt werden soll aus dem Vertriebsbudget. Das macht niemand mit.
Mehrkosten durch zusätzliche Umgebungen und Lizenzen, das Restbudget ist aufgebraucht.
Nach dem Verkauf des Geschäftsbereichs will der neue Eigentümer kein Geld mehr investieren.
Die Bewilligung für Phase 2 wurde vom Vorstand mit Verweis auf die Ertragslage abgelehnt.
Betriebskosten pro Vorhersage müssten um den Faktor 10 sinken, damit sich das rechnet.
Konzern verrechnet die Cloud jetzt zum Listenpreis, damit kippt die Wirtschaftlichkeit.
Die Kostenstelle wurde zum Jahresende geschlossen, offene Rechnungen gehen nicht mehr durch.
Wir haben das Budget in der Discovery verbraucht, Reserve gibt es keine.
Im Gate-Review wurde festgestellt, dass der Nutzen die laufenden Kosten nicht deckt.
Das Budget wurde im Sommer pauschal um 35 % gekürzt.
Für den Betrieb nach dem Pilot war nie Geld eingeplant.
Wirtschaftlichkeit nicht gegeben, Projekt auf Beschluss der Geschäftsführung beendet.""",
"fr": """Il reste 9 k€ sur la ligne projet, le devis de l'intégrateur est à 75 k€.
La région a retiré sa participation au cofinancement après les élections.
Sur le pilote, chaque appel à l'assistant coûte 4 centimes ; à 2 millions d'appels par an, la direction dit stop.
Le parc de caméras pour les 22 quais représente 600 k€ d'investissement, refusé en comité d'engagement.
Le contrat de maintenance de l'éditeur coûte plus cher que l'équipe qu'il devait soulager.
Le budget SI de l'hôpital a été redéployé vers la mise aux normes incendie.
Les économies annoncées se sont révélées déjà comptées dans le plan de performance, il n'y a plus de gain net.
On a épuisé le budget annuel dès le troisième sprint à cause du stockage des vidéos brutes.
Arbitrage du DAF : pas un euro de plus tant que le pilote n'a pas prouvé sa valeur, et il ne peut pas le faire sans argent.
Les licences des outils d'annotation n'ont pas été renouvelées faute de crédits.
Dépassement de 70 % sur le prévisionnel, le comité de pilotage arrête les frais.
Facture cloud de novembre : 31 k€, trois fois le plafond autorisé.
Le tarif de la donnée cadastrale a été revu à la hausse, le modèle devient trop cher à alimenter.
Pas de ligne budgétaire pour l'exploitation, uniquement de l'investissement ; personne ne paie le run.
Le groupe impose une baisse de 15 % des dépenses externes, le projet dépendait de trois consultants.
La rentabilité n'est atteinte qu'à partir de 50 000 dossiers par an, on en traite 8 000.
Coût trop élevé pour un bénéfice incertain, projet abandonné.""",
"nl": """De Copilot-licenties kosten 30 euro per medewerker per maand, voor 4.000 man zei de RvB nee.
Het waterschap bezuinigt 12% op informatievoorziening, dit project viel als eerste af.
Sprint 8 van 12 en 210k van de 230k is op.
Het ziekenhuis draait een tekort; alle projecten die niet direct zorg zijn, zijn stopgezet.
In de pilot levert het 40k per jaar op, de beheerkosten zijn 150k.
Offerte van de leverancier voor de uitrol: 1,3 miljoen. Ons budget: 400k.
De subsidieaanvraag voor de opschaling is afgewezen.
Stroomrekening van het eigen GPU-cluster is verdubbeld, financieel niet meer te verantwoorden.
Hyperspectrale camera's van 80k per stuk zijn voor de telers niet terug te verdienen.
Bij de controle bleek de besparing dubbel geteld met het lean-programma; zonder die post is er geen business case.
Kostenplaats bij de jaarwisseling afgesloten, facturen blijven hangen en de leverancier stopt.
De dataleverancier heeft de tarieven voor bulkbevragingen verdrievoudigd.
Budgetoverschrijding van 60%, de stuurgroep trekt de stekker eruit.
Doelstelling voor de cost-income ratio gaat voor, alle discretionaire IT-uitgaven bevroren.
Afdeling moet de beheerkosten zelf dragen en heeft daar geen ruimte voor.
Budget op, project gesloten."""}
