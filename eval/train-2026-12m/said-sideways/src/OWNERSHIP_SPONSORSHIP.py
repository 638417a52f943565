LABEL = "OWNERSHIP_SPONSORSHIP"
S = {"en": """
Three reorganisations later the steering slot went to the payroll migration.
Item 4 deferred again - nobody from the Claims side attended, third meeting running.
Portfolio review: initiative parked until the new COO decides which directorate it sits under.
Since Marta moved to group strategy nobody has signed off a single sprint review.
Closed - Resolution: Won't Do. Reason given: "no business owner after restructure".
fwd from Hugo: "not sure who I'm supposed to send the pilot results to anymore, Ops says it's Commercial, Commercial says Ops"
SteerCo 14/03: the port authority and the terminal operator each expect the other to pay for the pilot berth.
the VP who asked for the forecasting tool left in June, the new one has not opened the deck
Post-mortem: two directors with opposite asks, we built for one and the other blocked go-live.
Registry note: sponsor field blank since 2025-Q4, follow-ups unanswered.
chat: does anyone actually own LEAF-ranker now? the Jira board still lists Pieter and he left in August
Minutes: board chose to prioritise the SAP S/4 cutover, analytics initiatives moved to "later".
After the merger with Nordhaven both planning teams claim the demand model, neither funds the run.
Portfolio note: no one at director level willing to put their name on the go-live memo.
pasted email: "I was told this was Regional's baby. Regional says they never asked for it."
closure reason: business sponsor retired, successor has different priorities
Our exec champion took the CFO job at the subsidiary; the quarterly demo has been cancelled twice since.
Decision postponed - agronomy and sales both want a say but nobody wants the budget line.
The ministry rotated the deputy director again, fourth briefing from scratch this year.
Escalated to the SteerCo, which did not meet in Q3.
Post-mortem bullet: handover between the innovation lab and IT never happened; lab disbanded, IT never accepted it.
Hospital board minutes: "interesting, but not for this planning cycle" - third time recorded.
Slack: who do I ask for UAT testers? the Lending product lead role has been vacant since spring
The newsroom chief who commissioned the tagging model was replaced and the new chief wants podcasts instead.
Action item "confirm product owner" carried forward from 12 consecutive weekly minutes.
Project went from Digital to Finance to Group IT in eight months; each one re-scoped and then lost interest.
Closure: deprioritised in favour of the regulatory reporting programme.
Nobody on the district council side showed up to the acceptance session.
email fragment: "...honestly, after Jan left, I don't think anyone upstairs remembers we exist"
The plant manager and the central data team disagree on whether this is even a plant problem.
Q2 review: the sponsoring division was sold to a private-equity buyer; initiative orphaned.
RACI still shows "TBD" for the accountable box, three months into the build.
Minutes: item withdrawn by the chair, "no mandate from the executive committee to continue".
chat: we keep presenting to middle managers who can't say yes
The credit-risk head said she'd "think about it" in February. It is now November.
Post-mortem: pilot succeeded technically, but no line unit agreed to take over running it.
Pharma portfolio review: TA lead changed twice, current lead views the trial-site model as legacy.
New CIO froze all work started under the previous CIO pending review; review never scheduled.
registry: status ON HOLD, comment "awaiting new owner after BU split"
Shipping desk and chartering desk keep sending conflicting requirements; nobody arbitrates.
Sponsor attended kickoff only. All subsequent invitations declined.
Email: "Management has other fish to fry this year, suggest we pick it up again once things calm down."
After the election the new alderman dropped the pothole-detection pilot from the work programme.
Our sponsor's bonus targets changed in January and the route optimiser is no longer on them.
"""}
S.update({"es": """
Desde que el área de Riesgos pasó a depender de Madrid, el piloto de scoring no tiene quien lo defienda en comité.
Acta 22/05: la gerencia del hospital pide "volver a valorarlo cuando se cierre el concurso de limpieza".
Cuarto cambio de interlocutor en la naviera; cada uno pide repetir la demo desde cero.
chat: Jaime dice que eso ya no es cosa suya, que hable con la nueva directora, que aún no ha llegado
En la revisión trimestral el proyecto ni apareció en la lista de la vicepresidencia.
Cierre registrado: "la unidad promotora se disolvió en la reestructuración de enero".
La alcaldía cambió de color en mayo y la concejalía de movilidad archivó todo lo heredado.
correo pegado en el ticket: "sinceramente, nadie en el comité se acuerda de haber aprobado esto"
Marketing quiere segmentación, Ventas quiere previsión; el presupuesto sigue sin firmar porque ninguno cede.
La directora médica que lo pidió se fue a la privada y el servicio ya no contesta.
Post-mortem: el proyecto nació en Innovación y murió en el traspaso a Sistemas, que nunca lo aceptó formalmente.
Tras la OPA, la nueva matriz revisa todas las iniciativas digitales; la nuestra lleva siete meses en la cola.
Punto 6 retirado del orden del día a petición de la secretaría general, sin explicación.
El gerente de la cooperativa olivarera prefiere invertir en la almazara, el modelo de rendimiento queda aparcado.
Nadie de la consejería vino a la sesión de aceptación, así que no hubo aceptación.
chat: ¿quién es ahora el dueño de la tabla de tarifas? Finanzas dice que Pricing, Pricing dice que ya no existe
El consejero delegado nuevo pidió "una foto de todo lo digital" en marzo; desde entonces nadie firma nada.
"""})
S.update({"it": """
La Fondazione ha cambiato presidente e il bando per la seconda annualità non è stato più rinnovato né discusso.
Verbale CdA ospedaliero: "tema interessante, da riprendere con la nuova direzione sanitaria".
chat: l'ing. Valli è passato alle reti, il suo vice dice di non saperne niente
Per la terza volta la call di avanzamento è stata annullata dall'ufficio del direttore con cinque minuti di preavviso.
Il progetto sulla resa del pomodoro da industria era di Conti, che ha lasciato l'OP a luglio.
Chiusura: "venuto meno l'interesse della funzione richiedente".
mail: "ma questa iniziativa sotto chi è finita, Operations o Digital? Me lo chiedono in tre"
La capitaneria e l'autorità portuale non hanno mai deciso chi fosse titolare dei dati e del risultato.
Il direttore marketing che aveva voluto il motore di raccomandazione è andato in un'altra banca.
Nel piano industriale 2026 la voce analitica avanzata semplicemente non c'è.
Il referente del cliente cambia a ogni gara d'appalto, e ognuno chiede una demo diversa.
Post-mortem: l'esito del pilota è stato presentato a un comitato che nel frattempo era stato sciolto.
Il rettore nuovo ha altre priorità: il progetto sull'abbandono universitario non è stato più convocato.
chat: riunione di stato saltata di nuovo, il capo area è "impegnato sul budget"
Il responsabile della redazione digitale è stato spostato alla radio, il tagging automatico non lo segue nessuno.
La rete di vendita e la direzione crediti si contendono il modello e intanto nessuno decide.
Registro: "in sospeso dal 14/02, in attesa di chiarire la competenza tra due direzioni".
""", "pt": """
O superintendente da distribuidora foi trocado em março e a pauta de inovação sumiu das reuniões.
chat: a Carla foi pra controladoria, e ninguém mais sabe quem valida os números do piloto
Encerramento no portfólio: "perda de interesse da área solicitante".
A usina de açúcar mudou de dono; os novos acionistas congelaram tudo o que não fosse moagem.
e-mail: "isso ficou com Comercial ou com Supply? três pessoas me perguntaram essa semana"
Quatro reuniões de status canceladas pela agenda do diretor em seis semanas.
Na universidade, a nova reitoria não reconvocou o grupo do projeto de evasão.
O gerente regional que pediu o modelo foi demitido e o sucessor "vai avaliar".
Registro: "suspenso até definir competência entre duas diretorias".
O diretor de RH e o de Operações querem coisas opostas e o CEO não arbitra.
O secretário de saúde caiu na reforma do secretariado e o projeto ficou órfão.
""", "nl": """
De nieuwe Raad van Bestuur van het ziekenhuis wil eerst "alle IT-trajecten herijken"; sindsdien staat alles stil.
chat: Bas zit nu bij Netbeheer, zijn vervanger weet nergens van
Voortgangsoverleg voor de derde keer afgezegd door het secretariaat van de directeur.
De akkerbouwcoöperatie heeft een nieuwe voorzitter die liever in een nieuwe loods investeert.
Afsluitreden in de portfolio: "belangstelling bij de vragende afdeling vervallen".
In het jaarplan 2026 komt het project gewoon niet voor.
Waterschap en gemeente hebben nooit afgesproken wie eigenaar van de uitkomst is.
Register: "on hold sinds 14 februari, bevoegdheid tussen twee directies onduidelijk".
De omroepdirecteur die het wilde is vertrokken naar de publieke concurrent.
mail: "de rector heeft andere prioriteiten, we horen het wel na de zomer"
Na de fusie van de twee woningcorporaties claimen beide het project, maar geen van beide wil betalen.
""", "de": """
Die Stadtwerke haben einen neuen technischen Geschäftsführer, die KI-Themen stehen seither auf keiner Agenda.
Chat: Herr Brandt ist jetzt im Netzbetrieb, sein Nachfolger weiß von nichts
Die Molkerei wurde verkauft; der neue Eigentümer friert alles ein, was nicht Produktion ist.
Abschlussgrund: "Interesse der anfordernden Stelle entfallen".
Landkreis und Zweckverband haben nie geklärt, wem das Ergebnis gehört.
Statusrunde zum dritten Mal vom Vorzimmer der Direktorin abgesagt.
Mail: "der neue Dezernent hat das Thema nicht übernommen, wir warten auf ein Signal"
Vertrieb und Produktion wollen gegensätzliche Dinge, die Geschäftsführung entscheidet nicht.
Der Chefredakteur, der das Projekt wollte, ist zum Konkurrenten gegangen.
Register: "ruht seit 14.02., Zuständigkeit zwischen zwei Direktionen ungeklärt".
"""})
