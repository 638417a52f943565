LABEL = "COST_FUNDING"
S = {"en": """
finance review done. ugh 180k of the 200k is gone and we're in sprint 6. not sure how we get to go-live
tbh the inference bill for the llm pilot was 40k last month, finance went pale
fwiw the 2027 budget round didnt include us, so we run out in feb
so the business case needs 3 years to break even, cfo wants 12 months. dead
honestly the gpu quote came back at 3x what we planned
ok capex freeze across the group, all new ai spend on hold
the vendor doubled licence fees at renewal, cant justify it for a pilot
standup: po says no more contractor days after the 15th, budget exhausted
annotation alone would cost 250k, more than the whole projected saving
fwiw the savings were 90k a year and run cost is 110k. not great math
funding was moved to the cyber programme after the incident
ugh cloud costs are eating the margin on every prediction, roi negative
updated the wiki. the grant ended in june and nobody found follow-on money, so the pilot is just idle
tbh we spent the money on the poc and there's nothing left for the build
procurement wont release the PO until next fiscal
the price of the api per call makes it uneconomic at our volumes
retro: overspend 60%, mostly integration consultants
the hospital trust cut the innovation fund, our pilot was first to go
so the roi review says 0.6x, steerco said stop
fwiw opex for monitoring and retraining wasnt in the budget at all
spend report attached. we burned the q3 allocation by august, so no contractor days until october
ran the numbers for the steerco. cost per claim processed is higher than the manual team, embarrassing
the seed money from digital ran out and the business unit wont co-fund
headcount costs went up with the new agreement, no room for us
budget cut 40% in the mid-year review, only keeping the run costs
Stopped: budget exhausted before production
On hold – funding not approved for 2027
Closed. Running cost exceeds expected benefit
Cancelled – ROI below hurdle rate
Parked pending budget reallocation
Paused: capex freeze
Stopped – licence cost increase at renewal
Closed, business case negative after re-estimate
On hold – PO not released by procurement
Cancelled; funding moved to other programme
Stopped. Overspend of 60% vs plan
Deprioritised in budget round, no funding
Closed – cloud inference cost not sustainable
Parked until next fiscal year
On hold: co-funding from business unit refused
Cancelled – annotation costs exceed projected savings
Stopped, grant funding ended
Closed – payback period beyond 3 years
Paused pending CFO approval of additional spend
Suspended: innovation fund cut
Closed; opex for operations never budgeted
On hold – cost per transaction higher than manual
Stopped – budget cut in mid-year review
Parked. No funding for build phase after POC
Cancelled due to cost overrun
""", "de": """
die stadtwerke haben den wirtschaftsplan 2027 durch, für uns ist kein euro drin
ehrlich gesagt frisst die gpu-miete im werk mehr als der ausschuss je gekostet hat
ugh das förderprojekt vom land läuft im märz aus und eine anschlussfinanzierung gibt es nicht
fwiw die kfz-sparte rechnet mit amortisation in fünf jahren, der vorstand will zwei
Ruht: keine Mittel im Wirtschaftsplan 2027
Eingestellt – Fördermittel ausgelaufen
Zurückgestellt, Investitionsfreigabe durch Aufsichtsrat verschoben
Gestoppt, Betriebskosten übersteigen Einsparung
Pausiert – Budget zu 95 % verbraucht, Sprint 8 offen
On hold, Bestellung durch Einkauf nicht freigegeben
Beendet: Lizenzpreis des Anbieters verdreifacht
""", "fr": """
la mutuelle a réduit le budget transfo de 30 %, le pilote saute
franchement le coût des tokens pour répondre aux voyageurs dépasse ce que coûte un conseiller
point budget avec le daf ce matin. on a dépensé 240 k€ sur 260 et l'intégration n'est pas commencée
à la mairie le budget primitif 2027 n'a rien prévu pour la suite
Suspendu : enveloppe 2027 non votée
En attente de l'arbitrage du DAF
Abandonné – ROI inférieur au seuil groupe
Arrêté, coûts cloud trois fois supérieurs à l'estimation
Gelé, budget d'investissement réaffecté à la cybersécurité
Clôturé – dépassement budgétaire de 60 %
Clôture : subvention régionale terminée
""", "es": """
la operadora recortó el presupuesto de innovación a la mitad y nos tocó
ugh el coste de la nube del piloto de hoteles se comió todo el margen de la temporada
la verdad el ayuntamiento no tiene partida en los presupuestos del año que viene
la subvención europea para la cooperativa termina en junio y no hay continuidad
Parado: sin partida presupuestaria para 2027
En espera de aprobación de gasto por dirección financiera
Cancelado – coste por consulta superior al ahorro
Suspendido, congelación de inversiones del grupo
Cerrado: desviación del 80 % sobre lo presupuestado
En pausa hasta nuevo ejercicio fiscal
Descartado, retorno estimado a más de cuatro años
""", "it": """
aggiornamento veloce. il budget del pastificio per l'innovazione è finito a settembre, quindi niente sprint fino a gennaio
onestamente il costo delle api per ogni scheda prodotto è più alto del copywriter
ugh il fondo pnrr per l'asl copre solo l'hardware, il software resta scoperto
il cda del porto ha tagliato tutte le spese non obbligatorie per il 2027
Sospeso: fondi esauriti prima della messa in produzione
Fermo in attesa dell'approvazione del budget 2027
Chiuso – costi di esercizio superiori ai benefici
In pausa, taglio del 40 % al budget IT
Annullato: ROI negativo nella revisione di metà anno
Rinviato, finanziamento PNRR non estendibile
Bloccato, ordine d'acquisto licenze non approvato
""", "pt": """
a cooperativa cortou o orçamento de tecnologia depois da quebra da safra
o custo da nuvem passou de 30 mil por mês, a diretoria mandou parar
Parado: verba de 2027 não aprovada
Suspenso, estouro de 50 % no orçamento
Encerrado – retorno sobre investimento negativo
""", "nl": """
de gemeenteraad heeft de post innovatie geschrapt bij de voorjaarsnota
eerlijk gezegd kosten de cloudrekeningen van het waterschap meer dan de pilot oplevert
ugh de subsidie van het ministerie stopt eind dit jaar en er is geen vervolg
de corporatie moet bezuinigen op alles wat niet met onderhoud te maken heeft
Gestopt: geen dekking in begroting 2027
On hold – subsidie afgelopen
Geparkeerd, investeringsstop tot nader order
Afgesloten: exploitatiekosten hoger dan baten
Gepauzeerd – 85 % van budget besteed, nog geen productie
Beëindigd na overschrijding van 70 %
Wacht op akkoord controller voor extra middelen
"""}
