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
Without a champion in each team, the rollout fizzled.
The old-timers in maintenance refuse to log jobs through the new app.
Survey: 62% of users 'don't see how it helps me'.
Accountants treat every auto-coded line as suspicious and redo it.
The tool works; the workflow around it never changed.
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
Les régulateurs impriment le planning proposé et le refont à la main.
Les syndicats rapportent que le personnel y voit un outil de surveillance.
Statistiques : onze connexions le mois dernier, dont neuf de l'équipe projet.
les chauffeurs ont désactivé les suggestions d'itinéraire, ils font comme avant
Aucune formation, juste un mail avec un lien.
Les conseillers appellent ça « la boîte noire » et écrasent le score.
Les usagers demandent « un vrai conseiller » dès le deuxième message.
Les médecins ne l'utiliseront pas tant qu'il ne s'explique pas.
Les gestionnaires gardent un Excel « au cas où » et ne regardent que lui.
Les bibliothécaires cataloguent toujours à la main.
""", "es": """
A las dos semanas los usuarios del piloto volvieron a su Excel.
Las enfermeras cierran las alertas sin leerlas.
Los planificadores imprimen la propuesta y la rehacen a mano.
El comité de empresa dice que la plantilla lo ve como un sistema de vigilancia.
Estadísticas de uso: doce accesos el mes pasado, casi todos nuestros.
los repartidores quitaron las sugerencias de ruta y siguen como siempre
No hubo formación, solo un correo con un enlace.
Los tramitadores lo llaman 'la caja negra' y cambian todas las puntuaciones.
Los ciudadanos piden hablar con una persona en el segundo mensaje.
Los médicos dicen que si no explica por qué, no lo usan.
Los jefes de tienda siguen pidiendo con las cifras del año pasado.
Los técnicos prefieren llamar al veterano antes que leer el diagnóstico.
""", "it": """
Dopo due settimane gli utenti pilota erano tornati al loro Excel.
Gli infermieri chiudono gli avvisi senza leggerli.
I pianificatori stampano la proposta e la rifanno a mano.
I sindacati riferiscono che il personale lo vive come un controllo.
Statistiche d'uso: dieci accessi il mese scorso, quasi tutti del team.
gli autisti hanno disattivato i suggerimenti di percorso, fanno come prima
Nessuna formazione, solo una mail con un link.
I liquidatori lo chiamano 'la scatola nera' e correggono ogni punteggio.
I cittadini chiedono un operatore al secondo messaggio.
I medici dicono che senza spiegazioni non lo usano.
I capi negozio ordinano ancora con i numeri dell'anno scorso.
I tecnici preferiscono telefonare al collega anziano piuttosto che leggere la diagnosi.
""", "pt": """
Ao fim de duas semanas os utilizadores do piloto voltaram à folha de Excel.
As enfermeiras fecham os alertas sem ler.
Os planeadores imprimem a proposta e refazem tudo à mão.
O sindicato diz que os funcionários veem a ferramenta como vigilância.
Estatística de uso: dez acessos no mês passado, quase todos da equipa.
os motoristas desligaram as sugestões de rota e seguem como antes
Não houve formação, só um e-mail com um link.
Os analistas chamam-lhe 'a caixa preta' e alteram todas as notas.
Os cidadãos pedem um atendente humano logo na segunda mensagem.
Os médicos dizem que sem explicação não usam.
Os gerentes de loja continuam a encomendar pelos números do ano passado.
Os técnicos preferem ligar ao colega mais velho do que ler o diagnóstico.
""", "nl": """
Na twee weken zaten de pilotgebruikers weer in hun Excel.
Verpleegkundigen klikken de meldingen weg zonder ze te lezen.
De planners printen het voorstel en doen het daarna met de hand over.
De OR meldt dat medewerkers het zien als controle-instrument.
Gebruiksstatistiek: tien logins vorige maand, bijna allemaal van ons.
de chauffeurs hebben de routesuggesties uitgezet en rijden zoals altijd
Er was geen training, alleen een mail met een link.
Behandelaars noemen het 'de zwarte doos' en overschrijven elke score.
Burgers vragen bij het tweede bericht al om een medewerker.
Artsen zeggen dat ze het niet gebruiken zolang het zich niet verklaart.
Filiaalmanagers bestellen nog steeds op basis van vorig jaar.
Monteurs bellen liever de ervaren collega dan de diagnose te lezen.
"""}
