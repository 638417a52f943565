LABEL = "COST_FUNDING"
S = {"en": """
Finance email this morning: the 2027 budget line for the analytics programme is zero. Epic on hold.
Cloud bill for the pilot came in at 38k for October. Nobody planned for that, the experiment is paused.
Hand-over: the funding was one-off innovation money, it ran out in June and no BU picked up the run cost.
Resolution: Won't Do. Business case showed payback after 7 years, steerco wants under 2.
The vendor's licence quote for production is 4x the pilot price. Procurement said no.
Blocked: capex request for the GPU servers rejected in the September round.
Comment: inference cost per document is 0.40 EUR, manual processing is 0.25. Hard to argue.
Headcount budget cut by 30% across IT, the two contractor slots on this epic go first.
We burned the full year's budget in the POC. Nothing left for engineering.
CFO asked for ROI evidence before releasing phase-2 money. We don't have it yet and the window closed.
The LLM token costs scale with every email, at full volume it's 1.2M per year.
Cost overrun of 180% on the data platform work. Programme board stopped further spend.
Comment from the controller: run costs were never in the business case, only build costs.
Funding was tied to the grant, grant period ended, no follow-up financing.
Travel and hardware freeze after the Q2 numbers - the edge cameras can't be bought.
Moved to backlog: the depot budget holders won't pay for the sensors.
The recharge model means each store pays per prediction. Stores opted out.
We'd need 3 more FTE to run it. No funding approved, so it stays a pilot.
Annual licence renewal for the annotation platform not approved. Labelling stopped.
Saving estimate came in at 60k a year; the platform alone costs 200k. Steerco closed it.
Blocked on PO number - the purchase order for the vendor was not released before year-end freeze.
Comment: all discretionary spend is frozen until the restructuring is complete.
The price of the external data feed went up 5x after the vendor was acquired.
The group reallocated the innovation budget to the cyber programme.
Marginal gain over the rule-based system doesn't cover the extra compute. Not worth it.
Monthly GPU reservation costs more than the whole team. Finance flagged it.
Budget request for the production rollout deferred to next fiscal year.
The business case assumed 40% automation; pilot shows 12%. At 12% it loses money.
Vendor contract expired, renewal stuck in budget approval.
We're paying for three environments and using one. Still the cheapest we can get, and still too expensive for the sponsor.
After the tariff hike, the plant cut every project without hard savings this year.
Comment: the funding bucket was 'innovation', production needs 'run', and there is no 'run' money for this.
Storage costs for keeping all the raw video are unaffordable, and we can't train without it.
Phase 2 funding rejected by the investment committee - 'not a priority for the capital plan'.
The estimate for hardening went from 150k to 520k. That killed it.
Payback period too long for a contract that ends in 2028.
We can't afford the enterprise licence for the model hosting, and open source needs staff we don't have money for.
Hiring stop plus external spend freeze - the project has no money to pay anyone.
Subsidy from the ministry was cut in the new budget law. Project stops at the end of the quarter.
Running the model on all 9M customers monthly would cost more than the marketing budget it's supposed to optimise.
Quote from the SI for integration: 700k. Our budget for the year was 250k.
Steerco note: costs are out of control, 3 change requests all billed as extra.
The savings went to another department's P&L, so ours had no reason to keep paying.
We were told to self-fund from savings that won't appear until year 3.
""", "de": """
Der Kreistag hat im Haushalt 2027 die Mittel für Digitalisierung um 40 % gekürzt, unser Projekt ist raus.
Rechnung des Hyperscalers für das Training im November: 52.000 Euro. Der Bereichsleiter hat alle GPU-Instanzen stoppen lassen.
Das Förderprojekt endet im März, für den Regelbetrieb hat keiner Geld eingeplant.
Nach der Preisrunde des Softwareanbieters kostet die Produktivlizenz pro Jahr mehr als das ganze Team.
Blockiert: Ohne Bestellnummer kein Vertrag mit dem Annotationsdienstleister, und der Einkauf hat keine Freigabe.
Die Energiepreise haben das Werk in die Verlustzone gebracht, alle Vorhaben ohne harte Einsparung sind gestrichen.
Kommentar Controlling: Die Betriebskosten wurden im Business Case schlicht vergessen.
Der Nutzen landet bei der Logistik, die Kosten bei uns. Unser Bereich zahlt das nicht weiter.
Die Tokenkosten bei vollem Volumen: rund 900.000 Euro pro Jahr. Das war nie im Plan.
Die Amortisationsrechnung geht nur auf, wenn wir 35 % automatisieren, im Pilot sind es 9 %.
Der Integrator hat für die Anbindung 650.000 Euro angeboten, unser Jahresbudget liegt bei 200.000.
Für die Speicherung der Rohvideos fehlt das Geld, ohne Rohvideos kein Training.
Das Investitionskomitee hat Phase 2 abgelehnt, 'kein Bestandteil der Kapitalplanung'.
Die Kosten für die Härtung sind von 120.000 auf 480.000 gestiegen. Damit war es vorbei.
Wir sollen uns aus Einsparungen selbst finanzieren, die frühestens im dritten Jahr kommen.
Nach der Gewinnwarnung wurden alle nicht zwingenden Ausgaben eingefroren.
Die Wartungsverlängerung für die Annotationsplattform wurde nicht genehmigt, das Labeling steht.
""", "fr": """
Le conseil départemental a réduit de 40 % l'enveloppe numérique au budget 2027, notre projet n'y est plus.
Facture du cloud pour l'entraînement en novembre : 48 000 €. Le directeur a fait couper toutes les GPU.
Le financement France 2030 s'arrête en mars et rien n'est prévu pour le fonctionnement.
Après la hausse tarifaire de l'éditeur, la licence annuelle coûte plus cher que toute l'équipe.
Bloqué : pas de bon de commande pour le prestataire d'annotation, les achats n'ont pas la délégation.
Avec la flambée de l'énergie l'usine est dans le rouge, tout projet sans économie directe est supprimé.
Commentaire du contrôleur de gestion : les coûts de fonctionnement ont été oubliés dans le dossier.
Le gain va à la logistique, la dépense reste chez nous. Notre direction arrête de payer.
Coût des appels au LLM à plein volume : environ 850 000 € par an, jamais budgété.
Le calcul de rentabilité suppose 35 % d'automatisation, le pilote en fait 8 %.
L'intégrateur chiffre le raccordement à 600 000 €, notre budget annuel est de 180 000.
Pas d'argent pour stocker les vidéos brutes, donc pas d'entraînement possible.
Le comité d'investissement a refusé la phase 2.
Le chiffrage de l'industrialisation est passé de 100 000 à 450 000 €. Fin de l'histoire.
On nous demande de nous autofinancer sur des économies attendues dans trois ans.
Après l'avertissement sur résultats, toutes les dépenses non indispensables sont gelées.
Le renouvellement de l'abonnement à la plateforme d'annotation n'a pas été accordé.
""", "es": """
La diputación recortó un 40 % la partida de digitalización en los presupuestos de 2027.
La factura de la nube por el entrenamiento de noviembre fue de 47.000 euros y el director mandó apagar las GPU.
Los fondos Next Generation se acaban en marzo y nadie ha previsto el coste de mantenimiento.
Tras la subida de precios del proveedor, la licencia anual cuesta más que todo el equipo.
Bloqueado: sin pedido de compra no podemos contratar el etiquetado y compras no tiene autorización.
Con la subida de la luz la planta está en pérdidas y se cancela todo lo que no ahorre directamente.
El beneficio se lo lleva logística y el coste lo pagamos nosotros. Nuestro área deja de financiarlo.
El coste de tokens a volumen completo rondaría 800.000 euros al año.
La rentabilidad exige automatizar un 35 % y el piloto llega al 9 %.
El comité de inversiones rechazó la fase 2.
Tras el aviso de resultados se congelaron todos los gastos no imprescindibles.
""", "it": """
La maison ha chiuso il budget innovazione dopo il calo delle vendite in Asia.
Il preventivo delle GPU per il modello di visione in porto supera l'intero budget IT dell'anno.
Bloccato: l'ordine per le sonde nei vigneti non è stato approvato in tempo per la vendemmia.
Nota di passaggio: il progetto era finanziato da un bando regionale scaduto a giugno, nessun rinnovo.
Il costo di ogni chiamata all'LLM moltiplicato per le pratiche annue fa 600.000 euro.
Il risparmio dimostrato nel pilota è un quarto di quello promesso, il business case non regge più.
La concessionaria ha tagliato le spese non legate alla sicurezza stradale.
Commento di Fabio: i costi di esercizio non erano mai stati considerati, solo quelli di sviluppo.
Il contratto di manutenzione del fornitore costa più del beneficio atteso.
Il finanziamento della fase 2 è stato rimandato al prossimo esercizio.
Il beneficio finisce nel conto economico della logistica, noi paghiamo e basta.
""", "pt": """
A diretoria cortou a verba de inovação depois da queda nas exportações de soja.
O orçamento das GPUs para o modelo de visão no porto passa o orçamento de TI do ano inteiro.
Bloqueado: o pedido dos sensores de solo não foi aprovado a tempo da safra.
Nota de passagem: o projeto era financiado por um edital da Finep que venceu em junho, sem renovação.
O custo de cada chamada ao LLM vezes os processos do ano dá 3 milhões de reais.
A economia comprovada no piloto é um quarto da prometida, o business case não fecha.
Comentário do Rafael: ninguém considerou custo de operação, só o de desenvolvimento.
O contrato de manutenção do fornecedor custa mais que o benefício esperado.
O financiamento da fase 2 ficou para o próximo exercício.
O ganho vai para o resultado da logística e a conta fica com a gente.
"""}
