LABEL = "USER_ADOPTION"
S = {"en": """
Pilot users went back to the spreadsheet after week two.
Nurses click 'dismiss' on 94% of the alerts without reading them.
Planners print the AI schedule and then redo it by hand.
chat: the drivers turned the routing suggestions off, they say it sends them through school zones
Usage dashboard: 11 logins last month, 9 of them were us testing.
Adjusters call it 'the black box' and override every score above medium.
Nobody told the branch staff the tool exists.
Minutes: union reps report staff believe the tool is there to monitor them.
Teachers kept the old marking rubric and ignore the suggested grades.
Dispatch keeps the radio, the tablet sits in the glovebox.
Doctors said they'd use it if it explained itself; it doesn't, so they don't.
The sales team exports the leads and re-ranks them by gut feel.
There was no training, just an email with a link.
Call centre agents paste the same canned answer instead of the AI draft.
Farmers don't trust recommendations from a company that also sells them fertiliser.
After one bad prediction went viral on the intranet, usage dropped to zero.
Warehouse pickers found a shortcut that skips the suggested route entirely.
Caseworkers say the risk score insults their professional judgement.
Feedback button pressed 3 times in 6 months.
The store managers still order from last year's numbers.
Change management budget: zero. Change happened: zero.
Retro: we launched to 400 users and trained 12.
The inspectors fill in the paper form first, then type it into our app afterwards.
Engineers use the chatbot to find the phone number of someone who knows the answer.
Clinicians muted the sepsis alert after the first weekend.
Most loan officers never opened the explanation panel.
The forecast is 'advisory'; nobody follows advice.
Frontline staff weren't consulted, and it shows in the adoption numbers.
ppl just ignore the recommendations, they say its 'another IT thing'
Librarians keep cataloguing manually and mark the AI tags as wrong by default.
Pharmacists double-check every suggestion, which makes it slower than before.
Field technicians prefer calling the senior tech to reading the AI diagnosis.
The citizen-facing assistant has a 70% drop-off at the first question.
Active users fell from 300 at launch to 40 by month three.
Schedulers keep a shadow Excel 'just in case' and use only that.
People don't believe the numbers because they don't match the ERP report.
Judges' clerks stopped using the summaries after one contained a wrong date.
Customers ask for 'a real person' within two messages.
Without a champion in each team and with no time set aside for training, the rollout fizzled within a month and the regional offices quietly went back to phoning the head office for every decision.
The old-timers in maintenance refuse to log jobs through the new app.
Survey: 62% of users 'don't see how it helps me'.
Accountants treat every auto-coded line as suspicious and redo it.
The tool works as designed, the accuracy is fine, but the workflow around it never changed: the nurses still fill the old paper chart first and open the app only when the audit team is on the ward.
Users work around the mandatory field by typing 'n/a'.
Shift leads tell new hires to skip the AI step.
Pilot hospitals report the triage suggestion is 'interesting' and unused.
Parents opted out of the tutoring app in droves after a newspaper article.
The cashiers cover the camera with a sticker.
""", "de": """
Nach zwei Wochen waren die Pilotnutzer wieder bei ihrer Excel-Liste.
Die Pflegekräfte klicken fast jede Warnung weg, ohne sie zu lesen.
Die Disponenten drucken den Vorschlag aus und planen dann doch selbst.
Personalrat meldet: Die Belegschaft hält das Tool für eine Leistungskontrolle.
Nutzungsstatistik: 14 Logins im Oktober, die meisten davon wir selbst.
die Fahrer haben die Routenvorschläge einfach abgeschaltet
Eine Schulung gab es nie, nur eine Rundmail mit Link.
Seit dem einen peinlichen Fehler im Intranet benutzt es keiner mehr.
Die Sachbearbeiter sagen, der Score beleidige ihr Fachurteil.
Im Lager gibt es längst eine Abkürzung um die vorgeschlagene Route herum.
Die alten Hasen in der Instandhaltung weigern sich, Aufträge in der App zu erfassen.
Das Werkzeug funktioniert, aber der Arbeitsablauf drumherum hat sich nie geändert.
""", "fr": """
Au bout de deux semaines, les utilisateurs pilotes étaient revenus à leur tableur.
Les infirmières ferment les alertes sans les lire.
les chauffeurs ont désactivé les suggestions d'itinéraire, ils font comme avant
Les syndicats rapportent que le personnel y voit un outil de surveillance.
Statistiques : onze connexions le mois dernier, dont neuf de l'équipe projet.
Aucune formation, juste un mail avec un lien.
Les conseillers bancaires appellent ça « la boîte noire » et écrasent le score.
Les usagers demandent « un vrai conseiller » dès le deuxième message.
Les bibliothécaires cataloguent toujours à la main et marquent les suggestions comme fausses.
Les contrôleurs remplissent d'abord le formulaire papier, puis le ressaisissent dans l'appli.
Depuis une erreur qui a circulé sur l'intranet, plus personne ne s'en sert.
Les anciens de l'atelier refusent de déclarer les interventions dans l'application.
""", "es": """
A las dos semanas los usuarios del piloto volvieron a su Excel.
los repartidores quitaron las sugerencias de ruta y siguen como siempre
Los médicos de primaria dicen que si no explica por qué, no lo usan.
Los profesores siguen corrigiendo con su rúbrica de siempre e ignoran la nota sugerida.
El comité de empresa dice que la plantilla lo ve como un sistema de vigilancia.
Los agricultores no se fían de una recomendación que viene de quien les vende el abono.
Estadísticas de uso: doce accesos el mes pasado, casi todos nuestros.
Los tramitadores escriben 'n/a' en el campo obligatorio para saltárselo.
Los jefes de turno les dicen a los nuevos que se salten el paso de la IA.
Lanzamos a 400 usuarios y formamos a 12.
Los ciudadanos abandonan el asistente en la primera pregunta, un 70 %.
Los farmacéuticos revisan cada sugerencia, así que tardan más que antes.
""", "it": """
Dopo due settimane gli utenti pilota erano tornati al loro Excel.
gli operatori della centrale tengono la radio, il tablet sta nel cassetto
I liquidatori lo chiamano 'la scatola nera' e correggono ogni punteggio.
I cittadini chiedono un operatore al secondo messaggio.
Nessuna formazione, solo una mail con un link.
I magazzinieri hanno trovato una scorciatoia che salta il percorso suggerito.
Gli utenti attivi sono scesi da 300 al lancio a 40 dopo tre mesi.
I cancellieri hanno smesso di usare i riassunti dopo che uno conteneva una data sbagliata.
Sondaggio: il 62% degli utenti 'non vede come mi aiuta'.
I contabili rifanno a mano ogni riga codificata automaticamente.
Senza un referente in ogni ufficio il rollout si è spento.
I capi negozio ordinano ancora con i numeri dell'anno scorso.
""", "pt": """
Ao fim de duas semanas os utilizadores do piloto voltaram à folha de Excel.
as enfermeiras silenciaram o alerta de sépsis logo no primeiro fim de semana
Os gerentes de crédito nunca abriram o painel de explicação.
O sindicato diz que os funcionários veem a ferramenta como vigilância.
Os clientes pedem um atendente humano logo na segunda mensagem.
Os técnicos preferem ligar ao colega mais velho do que ler o diagnóstico.
Os pais cancelaram a app de explicações em massa depois de uma notícia no jornal.
Os operadores de caixa taparam a câmara com um autocolante.
Ninguém acredita nos números porque não batem com o relatório do ERP.
A ferramenta funciona, mas o processo à volta nunca mudou.
O botão de feedback foi usado três vezes em seis meses.
Os planeadores mantêm um Excel paralelo 'por via das dúvidas' e só usam esse.
""", "nl": """
Na twee weken zaten de pilotgebruikers weer in hun Excel.
de wijkverpleging klikt de meldingen weg zonder te lezen
De OR meldt dat medewerkers het zien als controle-instrument.
Burgers vragen bij het tweede bericht al om een medewerker.
Er was geen training, alleen een mail met een link.
Leraren negeren de voorgestelde cijfers en nakijken gaat zoals altijd.
De planners printen het voorstel en doen het daarna met de hand over.
Accountmanagers exporteren de leads en rangschikken ze op gevoel.
Gebruik is van 250 naar 30 actieve gebruikers gezakt in drie maanden.
Na één pijnlijke fout op intranet gebruikt niemand het meer.
De oudgedienden in de werkplaats weigeren opdrachten in de app te zetten.
Filiaalmanagers bestellen nog steeds op basis van vorig jaar en zeggen dat het advies van het systeem 'mooi is voor op kantoor', maar in de winkel kijkt niemand ernaar.
"""}
