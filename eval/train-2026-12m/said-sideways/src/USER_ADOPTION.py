LABEL = "USER_ADOPTION"
S = {"en": """
The planners keep printing last year's spreadsheet.
Usage log for October: 3 logins across 40 dispatchers, two of them ours.
Steering minutes: the ward sisters continue to roster from the whiteboard.
Post-mortem: traders overrode the suggested hedge 92 % of the time and stopped opening the tab in week 6.
chat: the depot guys turned the alerts off on the handhelds, said they beep too much
Branch managers forward the churn list to nobody; callbacks made from the list: zero.
Closure reason: "recommendations not followed by the field; pilot ended".
email from an agronomist: "I've been walking these fields for 25 years, I don't need a satellite to tell me"
Editors keep writing their own headlines and ignore the suggested ones.
The inspectors print the risk ranking and then visit in postcode order anyway.
Portfolio review: tool live in 12 pharmacies, used in 1.
Feedback session: "I don't know why it says what it says, so I don't use it".
Site managers keep the old paper permit book alongside the app and trust only the book.
Post-mortem: nobody trained the night shift; the night shift is where the volume is.
chat: the call-centre team leaders told people to close the suggestion pane
Teachers sent the early-warning flags straight to the bin folder with a mail rule.
Minutes: the union asked for the productivity model to be paused; the works council was never consulted.
Loan officers export the score, then re-do the assessment in their own Excel.
The Captains ignore the fuel-optimal speed advice; they say charter parties set the speed.
Survey after 3 months: 71 % of the buyers say the forecast "doesn't match my gut".
Registry comment: technically live, practically unused; retire at next review.
email: "the team just goes around it - they enter a dummy code to skip the recommendation screen"
Post-mortem bullet: launch was one e-mail and a PDF; no floor walkers, no super users.
Only the two planners who helped build it use it; everybody else waits for it to be wrong.
The radiologists asked for the AI overlay to be hidden by default; it now stays hidden.
Minutes: grid controllers keep their own load forecast on a sticky note next to the screen.
After the first false alarm the operators muted the channel.
The sales reps say the next-best-offer suggestions embarrass them in front of customers.
chat: clicks on "accept route" dropped from 60 % to 4 % since the pilot champion left the depot
Field staff were never told why the app changed; half still ring the office for the schedule.
Dashboard views per week: 11. Number of intended users: 380.
The auditors re-check every item the model clears, so no time is saved and they see no point.
Post-mortem: the matching tool was seen as a headcount threat and quietly boycotted.
Case workers type "see notes" in the reason field and decide as before.
Closure: "business reverted to manual allocation after go-live".
Farmers in the pilot co-op kept spraying on the calendar, not on the alerts.
The newsroom still runs the story list from the morning meeting, the ranking page has no visitors.
email: "people are scared that if they follow it and it's wrong, they carry the blame"
Store managers override the replenishment proposal on 80 % of lines.
We never got a slot in the onboarding programme; new hires don't even know it exists.
Post-mortem: nobody asked the claims handlers what they needed; they didn't want what we built.
chat: the site foremen print the schedule and pin it up, the app version is ignored
Pilot extended twice because uptake never passed 10 %.
Nurses told us they prefer their own score because "the computer doesn't know the patient".
"""}
S.update({"es": """
Los médicos de urgencias dicen que el aviso de sepsis salta tanto que ya lo cierran sin leer.
Acta: las gestoras de la oficina siguen llamando a los clientes por orden alfabético, no por la lista de riesgo.
chat: en la obra de Valdebebas nadie rellena el parte en la tablet, lo hacen en papel y lo escanean
Post-mortem: los jefes de turno veían el cuadro de mando como un control sobre ellos y dejaron de entrar.
En la lonja siguen fijando el precio de salida a ojo, la sugerencia se queda en la pantalla.
Cierre: "la red comercial vuelve al argumentario de siempre tras el piloto".
Los profesores tutores dicen que la alerta de abandono "llega cuando ya lo sabíamos".
correo: "mis chicos no se fían, dicen que la máquina no conoce a los clientes del pueblo"
Los capitanes del ferry ajustan la velocidad como siempre; el consejo de consumo nadie lo mira.
De 230 técnicos formados, 14 han abierto la aplicación más de una vez.
El equipo de compras descarga el pedido propuesto y lo rehace entero en su Excel de toda la vida.
Los controladores de la red eléctrica apuntan su propia previsión en un pósit junto a la pantalla.
Nadie explicó a la plantilla por qué cambiaba el sistema; medio almacén sigue llamando a la oficina.
Los gestores de siniestros escriben "ver notas" en el motivo y deciden como antes.
Los periodistas siguen eligiendo titulares a su aire; los propuestos no los usa nadie.
El sindicato pidió retirar la herramienta de productividad y la dirección la apagó sin más.
Después de la campaña de lanzamiento el uso cayó a cero en tres semanas.
"""})
S.update({"it": """
I capisquadra della manutenzione stradale chiamano ancora il geometra per sapere dove andare.
Verbale: dopo due mesi il 90 % delle proposte di riordino viene modificato a mano dai capireparto.
chat: l'app per i turni la usano solo i nuovi assunti, i vecchi chiedono alla caposala
Chiusura: "abbandonato dagli utenti dopo la fine dell'affiancamento".
I broker continuano a quotare con il loro listino e non aprono il suggerimento di prezzo.
mail: "i medici di base dicono che il punteggio di rischio è un'altra incombenza burocratica"
Al porto i gruisti ignorano la sequenza proposta e seguono quella del capoturno.
Post-mortem: nessuno ha chiesto agli sportellisti cosa serviva, e quello che abbiamo fatto non serviva.
Le segnalazioni di frode vengono chiuse in blocco con "verificato" senza aprirle.
I tecnici agronomi consegnano ancora il quaderno di campagna cartaceo.
Dopo il primo errore clamoroso sul meteo, nessun agricoltore ha più aperto le notifiche.
I redattori temono che il sistema li sostituisca e lo usano il meno possibile.
Utenti attivi a novembre: 7 su 310 licenze.
La formazione è stata un webinar registrato che nessuno ha visto fino alla fine.
I dispacciatori della rete gas tengono aperto il loro foglio e ignorano la previsione.
Il personale di sala rifiuta il tablet perché "rallenta il servizio".
I cassieri hanno imparato a saltare il pop-up con il tasto ESC.
""", "pt": """
Os médicos do pronto-socorro dizem que o alerta de sepse dispara tanto que fecham sem ler.
Ata: os gerentes de agência seguem ligando por ordem alfabética e não pela lista de risco.
chat: na obra da Marginal o diário é preenchido em papel e escaneado depois
Post-mortem: os supervisores viam o painel como fiscalização e pararam de acessar.
Encerramento: "rede comercial voltou ao roteiro de sempre depois do piloto".
Os professores dizem que o alerta de evasão "chega quando a gente já sabia".
Compras baixa o pedido sugerido e refaz tudo na planilha de sempre.
Os produtores de café olham a previsão e colhem quando o vizinho colhe.
Depois da campanha de lançamento o uso caiu a zero em três semanas.
Os vaqueiros não carregam o celular no curral, então o alerta de cio nunca é visto.
e-mail: "os fiscais acham que o ranking foi feito pra vigiar eles e não pra ajudar"
""", "nl": """
De wegploegen bellen nog steeds de uitvoerder om te horen waar ze heen moeten.
Notulen: 90 % van de bestelvoorstellen wordt met de hand aangepast door de filiaalmanagers.
chat: de rooster-app gebruiken alleen de nieuwe mensen, de rest vraagt het aan de teamleider
Afsluitreden: "door gebruikers verlaten na einde begeleiding".
De huisartsen vinden de risicoscore vooral extra administratie.
Fraudesignalen worden in bulk afgesloten als "gecontroleerd" zonder ze te openen.
De kraanmachinisten negeren de voorgestelde volgorde en doen wat de voorman zegt.
Redacteuren zijn bang dat het systeem hen vervangt en gebruiken het zo min mogelijk.
De wijkverpleging plant de routes nog op de achterkant van een envelop.
mail: "de handhavers zeggen dat ze hun wijk beter kennen dan een algoritme"
Bij de teelt kijkt men pas naar het advies als het al te laat is en dan ook niet meer.
""", "de": """
Die Straßenmeisterei-Kolonnen rufen weiter den Polier an, um zu erfahren, wohin es geht.
Chat: die Dienstplan-App nutzen nur die Neuen, die anderen fragen die Stationsleitung
Abschlussgrund: "nach Ende der Begleitung von den Anwendern aufgegeben".
Die Hausärzte empfinden den Risikoscore vor allem als zusätzliche Bürokratie.
Die Kassierer drücken das Pop-up inzwischen reflexartig mit Escape weg.
Der Betriebsrat hat den Stopp verlangt, man hatte ihn nie einbezogen.
Die Landwirte im Pilotgebiet düngen weiter nach Gefühl und Kalender.
Mail: "die Sachbearbeitung sieht den Vorschlag, kopiert ihn aber nie, sondern rechnet selbst nach"
Die Lokführer schalten die Fahrempfehlung ab, weil sie dem Fahrplan widerspricht.
Protokoll: die Außendienstler halten die Tourenvorschläge für praxisfern und fahren ihre alten Runden.
"""})
