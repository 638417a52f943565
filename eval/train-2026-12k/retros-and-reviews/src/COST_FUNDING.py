LABEL = "COST_FUNDING"
S = {"en": """
What went wrong: €180k of the €200k was spent by sprint 6, and nobody would sign off the extra €150k for integration.
Retro: cloud inference costs in the pilot were four times the estimate, and at full volume they exceeded the savings.
Audit finding 9.1: the initiative overran its approved budget by 62% without a formal change request.
We first blamed the vendor's day rates, but the real problem was that the business case never covered running costs.
Post-mortem: funding was cut in the Q3 cost-reduction programme and the project was stopped mid-build.
Lessons learned: a pilot budget is not a rollout budget; we had no money for the second phase.
Quarterly portfolio review: Smart Grid Forecast closed, ROI could not be demonstrated within the three-year horizon.
Vendor status for May. Work suspended pending the client purchase order for phase 2, team reassigned meanwhile.
The retrospective noted the GPU bill alone reached €25k per month, twice the saving the model generated.
What went wrong: the innovation fund paid for the POC, and no business unit would pay to take it further.
Post-mortem: licence fees for the vendor platform went up 40% at renewal and the CFO refused.
Finding: total cost of ownership was never calculated; maintenance and retraining were missing from the business case.
Status red. Budget for 2027 not approved, team released at year end. Thanks everyone, it was a good run.
Retro comment: great results, no money. Next. Archiving the repo on Friday.
Initially we said it was a capacity issue; actually the project was killed in the budget round because the payback was seven years.
Lessons-learned register: labelling costs were underestimated by a factor of five.
Audit observed that the project continued spending for four months after its funding had formally expired.
Post-mortem: the EU grant ended in June and no internal co-funding had been secured.
Quarterly review: document AI paused, the per-page API cost makes the use case uneconomic at our volumes.
What went wrong: the savings only appeared in another department's budget, so ours would not fund it.
Retro: we burned through the contingency on data cleaning and had nothing left for deployment.
Post-mortem: the hiring freeze and 15% opex cut hit exactly when we needed to scale.
Finding 2.2: expected benefits of €1.2m were based on assumptions never validated; the revised estimate is €140k.
Vendor report Q3: client has frozen all discretionary spend; project on hold.
The first narrative was technical delay, but the steering committee minutes show the money simply ran out.
Lessons learned: when the business case depends on headcount reduction nobody will actually implement, the ROI is fiction.
Team lunch moved to the 18th. Project status: on hold until next fiscal year's budget allocation.
Post-mortem: the fixed-price contract was exhausted at 70% completion and renegotiation failed.
What went wrong: running the LLM for every customer email would cost more than the agents it was meant to help.
Retro: the pilot was funded from leftover year-end budget and had no line in next year's plan.
Audit note: no cost tracking per initiative; overrun discovered only at annual closing.
The quarterly portfolio review notes Vision QC cancelled after the camera hardware quote came in at €900k.
Post-mortem: the benefit was real but small: about €40k a year against €300k in annual running cost.
Lessons learned: we should have done a cost-per-prediction estimate before the architecture choice.
What went wrong: currency movements made the USD-priced vendor contract 20% more expensive mid-project.
Retro: finance asked for a payback under two years; our honest estimate was four.
Finding: the programme's funding was reallocated to cybersecurity after the ransomware incident.
Post-mortem: cost overruns in the data platform consumed the budget meant for the AI use cases built on it.
Sorry, no demo this week. The CFO wants a revised business case before releasing the remaining €80k, and we are writing it.
We blamed scope at first, but honestly the numbers never worked once storage and egress were included.
Quarterly review: Customer Voice cancelled, support contract renewal priced beyond budget.
Lessons-learned register: the project was approved on a capex logic and then failed on opex.
Retro: the model saves two minutes per call, which finance valued at less than the licence cost.
Post-mortem: the hospital's deficit led to a freeze on all non-clinical investments.
What went wrong: annotation vendor invoices exceeded the whole year's budget by May.
Vendor Q1 report received. Client requests a 30% price reduction or termination, negotiations ongoing, work slowed meanwhile.
Audit finding: the business case double-counted savings already claimed by the process automation programme.
Retro: we got funding for a prototype and were then told to "self-fund" production. No department volunteered.
The post-mortem attributes the stop to budget cuts after the lost tender.
Sprint went fine, nothing special. Main item from the steerco: no budget for next year, so we wind down by March.
From the closure workshop: a small ROI is still an ROI, but not when the running cost outgrows it. Ours did by month four.
Finding 5: budget tracking showed 140% consumption at 60% progress.
Post-mortem: the council's austerity package removed the digital innovation line entirely.
Quarterly portfolio review: Energy Optimiser stopped, hardware and integration costs exceeded projected energy savings.
What went wrong: each retraining cycle cost €12k in compute and the model needed one every month.
""", "fr": """
""", "de": """
""", "es": """
""", "nl": """
"""}
S["fr"] = """
REX : la subvention de la Région couvrait le prototype ; la mise en service n'a trouvé aucun financeur.
Le coût par page du service d'extraction, appliqué à nos 40 millions de pages d'archives, dépassait le budget annuel du service.
Revue trimestrielle : projet Vigie arrêté, les gains étaient du « temps libéré » que la direction financière refuse de valoriser.
Les images satellites haute résolution nécessaires coûtaient 90 k€ par campagne, trois campagnes par an.
Bilan : après la perte de l'appel d'offres principal, toutes les dépenses non facturables ont été coupées.
Le vote du budget primitif a supprimé la ligne « transformation numérique » pour financer la rénovation des écoles.
Constat d'audit : le projet a continué à engager des dépenses quatre mois après l'expiration de son enveloppe.
La maintenance annuelle du réseau de caméras représentait à elle seule le double des économies attendues.
Point avec les achats ce matin. Les honoraires du cabinet ont absorbé 80 % du budget avant même la collecte des données, on arrête là.
Au-dessus de 140 k€, il fallait lancer un marché public formalisé ; le projet n'a pas survécu au délai ni au coût.
La licence de l'outil d'intégration de données, oubliée dans le dossier, coûtait à elle seule 120 k€ par an.
Les crédits Ségur ont été fléchés vers les équipements médicaux, le projet d'aide à la planification n'a rien obtenu.
Rapport du prestataire : travaux suspendus dans l'attente du bon de commande de la phase 2, toujours pas émis.
Le modèle ne faisait gagner que deux minutes par dossier, soit moins que le coût de la plateforme.
La hausse du prix de l'électricité a fait exploser le coût des calculs dans notre propre datacenter.
Le comité d'engagement a exigé un retour sur investissement en dix-huit mois ; notre estimation la plus optimiste était de quatre ans.
Rétro agréable, merci à tous. Annonce du codir : enveloppe 2027 réduite de moitié, le projet n'y figure plus.
"""
S["de"] = """
Lessons Learned: Nach dem Anstieg der Strompreise 2022 wurde das eigene GPU-Rechenzentrum unbezahlbar.
Die Kurzarbeit im Werk führte zu einem kompletten Stopp aller nicht operativen Projektbudgets.
Oberhalb des EU-Schwellenwerts hätte der Betrieb europaweit ausgeschrieben werden müssen, dafür fehlten Geld und Zeit.
Der Lizenzvertrag verlangte eine Mindestabnahme von 500 Nutzern, wir brauchten 60.
Abschlussbericht: Durch den starken Franken wurde der Vertrag mit dem Schweizer Anbieter um ein Fünftel teurer.
Das Controlling stufte die Entwicklungskosten als nicht aktivierbar ein, damit sprengten sie das Jahresergebnis.
Quartalsreview: Nachtragshaushalt abgelehnt, das Vorhaben im Bauamt endet mit dem Haushaltsjahr.
Die Auswertung langer Verträge mit dem Sprachmodell kostete pro Dokument mehrere Euro, bei 200.000 Verträgen nicht finanzierbar.
Die Einsparung lag am Ende bei 0,3 Vollzeitstellen, dem standen sechsstellige Betriebskosten gegenüber.
Prüfungsfeststellung: Fördermittel wurden wegen verspäteter Verwendungsnachweise zurückgefordert, das Projekt stand ohne Geld da.
Die Drohnenbefliegung der Leitungstrassen war pro Kilometer so teuer, dass sich die Schadenserkennung nicht rechnete.
Statusbericht Dienstleister, letzte Ausgabe. Leistungen eingestellt, der Kunde hat die Rahmenvereinbarung aus Kostengründen nicht verlängert.
Die Konzernumlage für die Cloud-Plattform verdoppelte sich, und unser kleiner Anwendungsfall trug sie nicht.
Nach dem Tarifabschluss stiegen die Personalkosten, das gedeckelte Projektbudget reichte nur noch bis Juni.
Die Geschäftsführung verlangte eine Amortisation innerhalb eines Geschäftsjahres, realistisch waren drei.
Retro war entspannt. Danach kam die Nachricht aus dem Controlling: Mittel für das zweite Halbjahr gestrichen, das Projekt wird eingefroren.
"""
S["es"] = """
Lecciones aprendidas: los fondos Next Generation cubrían el piloto, pero nadie presupuestó el mantenimiento a partir de 2026.
El contrato de mantenimiento de las cámaras de los peajes costaba más que el fraude que llegaban a detectar.
Informe trimestral: proyecto cancelado, el retorno estimado llegaba en el año ocho.
Noticia del pleno de ayer. El presupuesto municipal se prorrogó al no aprobarse el nuevo, y las partidas de innovación quedaron congeladas.
Hallazgo de auditoría: sobrecoste del 70 % sin autorización del comité de inversiones.
La central de la cooperativa se negó a repartir el coste entre los socios, y sin ese reparto no había financiación.
Informe del proveedor: trabajos suspendidos a la espera del pedido de compra de la fase 2. Sin fecha prevista.
Al renovar con la agencia privada, el precio de los datos meteorológicos se triplicó y el caso de negocio dejó de cuadrar.
En la filial de Buenos Aires la inflación se comió el presupuesto en pesos antes de acabar el segundo trimestre.
Las horas de consultoría para adaptar el modelo a cada delegación no estaban previstas y agotaron la partida en mayo.
Hemos cerrado las historias del sprint. Lo malo: la factura de GPU de noviembre se ha comido el colchón y compras no aprueba más gasto.
"""
S["nl"] = """
Evaluatie: door het ravijnjaar in het gemeentefonds werd elke niet-wettelijke taak geschrapt, ons project incluis.
De REACT-EU-subsidie liep af en de gemeente vond geen structurele dekking voor de licenties.
Kwartaalrapportage: de egresskosten om data uit het eigen datacenter naar de cloud te halen waren nergens begroot.
Offerte binnen, helaas. De leverancier rekent per inwoner, en voor een gemeente van 180.000 inwoners was dat onbetaalbaar.
De besparing kwam bij de zorgverzekeraar terecht, maar het ziekenhuis moest de kosten dragen, en dat ging niet door.
Auditbevinding: inhuur tegen hoge uurtarieven verklaarde bijna de hele overschrijding van 45 %.
De lidarvluchten voor de boominspectie kostten per seizoen meer dan de hele afdeling groenbeheer te besteden had. Het project is daarom beëindigd.
De Europese aanbesteding voor de vervolgfase kostte zo veel tijd en geld dat het bestuur de stekker eruit trok.
Leveranciersrapport: werkzaamheden stilgelegd, de inkooporder voor fase 2 is niet goedgekeurd.
Het model bespaarde per dossier een paar minuten, te weinig om de jaarlijkse beheerkosten terug te verdienen.
Actielijst bijgewerkt. Belangrijkste punt: de subsidie dekt alleen de pilot, voor structureel beheer is geen geld, dus na juni stopt het.
"""
