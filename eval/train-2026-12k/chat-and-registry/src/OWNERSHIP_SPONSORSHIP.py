LABEL = "OWNERSHIP_SPONSORSHIP"
S = {"en": """
did anyone go to karen's farewell? so she left and nobody picked up the forecasting thing, it's just orphaned now
tbh since the reorg nobody knows who signs off anything for the ops analytics stuff
fwiw the new cfo killed every initiative the old one sponsored, ours included
so who's the product owner now? jira says tom but tom moved to payments in august
sales and service both want it but neither will own it, so it's nobody's
the vp who pushed this is gone, new one wants to "revisit the whole ai roadmap" aka freeze
honestly we've had 3 sponsors in 9 months, each one with different priorities
updated the status page. steerco hasnt met since june, no decisions, we're just idling. not sure what else to write
ok the business side stopped showing up to sprint reviews. 4 in a row
the merger means everything not "core" is on ice, and apparently we're not core
ugh the two plant managers cant agree whose line goes first, so neither does
fwiw marketing said it's an IT project, IT says it's a marketing project. circular
priorities shifted to the erp rollout, our team got pulled to support that
nobody wants to be accountable for a model making pricing calls, so it sits
heads up: exec sponsor on long leave, no delegate named. on hold until he's back
the regional directors each want their own version, no one will agree to a single owner
retro: we lost the sponsor at the q3 review, new strategy is cost-out, ai not on the list
tbh the project was somebody's pet idea and they moved on
doing registry cleanup. the business owner role has been "tbd" for 7 months lol. who do i even ask
board changed focus to the new market entry, everything else deprioritised
so hospital ops and the clinical side are fighting over who funds and runs it. stalemate
cake in the kitchen btw. sad news though, our champion in claims retired, his replacement has never heard of us
the country managers never bought in, they see it as a head office toy
sprint 12 planning cancelled again, PO doesnt have time. third month like this
fwiw we still havent got a decision whether this sits in digital or in supply chain
Parked: no owner after reorg
On hold – sponsor left, successor not named
Closed. Priorities shifted to ERP programme
Stopped – no business owner willing to take accountability
Paused pending new leadership decision on AI portfolio
Cancelled: sponsor withdrew support
Orphaned since PO moved teams
On hold: stakeholder disagreement between regions
Deprioritised after strategy review
Closed – merger integration took precedence
Parked; steering committee inactive since Q2
Stopped. Business no longer engaged
On hold – ownership between IT and marketing unresolved
Cancelled after change of CEO
Suspended, exec sponsor on extended leave
Closed – no champion in the business
Parked pending reorg of digital unit
Deprioritised: not aligned with new group strategy
On hold – plant managers could not agree sequencing
Closed; owner role vacant for 7 months
Stopped – business unit divested
Paused: no decision-maker since restructuring
Cancelled, replaced by other priorities in 2027 plan
On hold until new business owner appointed
Closed – lack of executive sponsorship
""", "de": """
seit netz und vertrieb getrennt wurden, weiß keiner, wem die lastprognose gehört
abschiedsfeier war nett. ehrlich gesagt ist unser werkleiter jetzt in mexiko und der neue kennt das projekt nicht
ugh der lenkungskreis im klinikum hat seit dem chefarztwechsel nicht mehr getagt
fwiw im jobcenter will die geschäftsführung jetzt erst das neue fachverfahren, ki später
die kfz-sparte und die schadenabteilung schieben sich die verantwortung seit april hin und her
Ruht: Produktverantwortung nach Reorganisation offen
Eingestellt – Sponsor (Vorstand Vertrieb) ausgeschieden
Zurückgestellt, Priorität auf Carve-out Netzgesellschaft
Gestoppt, Fachbereich stellt keinen Product Owner
Pausiert bis neue Werksleitung über Portfolio entscheidet
On hold – Lenkungskreis seit Q2 ohne Beschluss
""", "fr": """
depuis la fusion des deux mutuelles personne ne sait qui porte le projet
franchement notre directeur de ligne a été muté et son successeur a gelé tout ce qui n'est pas sécurité
bon les directeurs de magasin et le siège se renvoient le sujet depuis six mois
ugh le nouveau maire a d'autres priorités, le projet de l'ancien adjoint est enterré
le responsable métier ne vient plus aux revues depuis septembre
Suspendu : plus de sponsor depuis la fusion
En attente de la nomination d'un product owner
Abandonné – projet hors des nouvelles priorités de la direction
Arrêté, désaccord entre siège et réseau
Gelé après changement de mandature
Clôturé – direction métier désengagée
""", "es": """
desde que compraron la operadora nadie del nuevo comité sabe que existimos
os paso el acta del lunes. ugh el director de revenue de los hoteles se fue y el proyecto quedó huérfano
la verdad la cooperativa cambió de presidente y ahora todo es la nueva planta
el área de riesgos y la de negocio llevan meses sin ponerse de acuerdo sobre quién lo dirige
Parado: sin patrocinador tras la compra
En espera de nuevo responsable de negocio
Cancelado – nueva dirección cambia prioridades
Suspendido, comité de seguimiento sin convocar desde marzo
Cerrado: ningún área asume la propiedad
Desprioritizado por el plan de eficiencia 2027
En pausa hasta cambio de junta rectora
""", "it": """
dopo l'acquisizione del gruppo francese nessuno ha più preso in mano il progetto
onestamente il direttore commerciale che lo voleva è passato alla concorrenza
ugh in asl il direttore sanitario è cambiato e il nuovo ha congelato tutti i progetti digitali
al porto autorità e terminalisti non si mettono d'accordo su chi lo gestisce
Sospeso: progetto senza responsabile dopo l'acquisizione
Fermo in attesa del nuovo direttore commerciale
Chiuso – priorità spostate sul piano industriale
In pausa, sponsor assente da sei mesi
Annullato: disaccordo tra autorità portuale e terminal
Rinviato dalla nuova direzione sanitaria
Archiviato, nessun owner di business disponibile
""", "pt": """
depois da fusão com a outra cooperativa ninguém sabe quem decide sobre o projeto
a diretora que patrocinava foi pra matriz em são paulo e o projeto ficou órfão
Parado: sem responsável de negócio
Suspenso, comitê não se reúne desde junho
Encerrado – nova diretoria mudou prioridades
""", "nl": """
na de fusie van de twee waterschappen voelt niemand zich eigenaar
eerlijk gezegd is de wethouder die dit wilde na de verkiezingen vertrokken
ugh bij de woningcorporatie wisselen ze elk half jaar van directeur, elke keer nieuwe prioriteiten
de veiling en de kwekers blijven discussiëren wie betaalt en wie beslist
Gestopt: opdrachtgever vertrokken na verkiezingen
On hold – eigenaarschap na fusie onduidelijk
Geparkeerd, directie kiest voor ander programma
Afgesloten: geen product owner vanuit de business
Gepauzeerd tot nieuwe bestuurder is benoemd
Beëindigd – stuurgroep niet meer bijeengekomen
Wacht op besluit wie verantwoordelijk is
"""}
