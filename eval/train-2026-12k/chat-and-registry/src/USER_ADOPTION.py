LABEL = "USER_ADOPTION"
S = {"en": """
ugh the night shift nurses just click through the alerts, nobody reads them
tbh the planners keep their excel and only open our tool when the manager asks
fwiw usage dropped to 3 logins a week after the first month
so the adjusters override the score 80% of the time, they say it doesnt know the customer
honestly the drivers turned off the routing app, they know the shortcuts better
the branch staff think it's there to replace them, so they dont touch it
ok the traders dont trust a black box, they want to see why or they ignore it
no one trained the call center agents, they dont even know the suggestions panel exists
standup: dashboard live 6 weeks, 2 active users, both on our team lol. marco out tmrw
the doctors refuse to use anything that adds clicks to the discharge flow
fwiw the field techs still print the work orders and write on them
retro: no change mgmt at all. we dropped it on them on a monday and left
the store managers say the forecast is "always wrong", so they order by gut anyway
training room booked for next tue. ugh the underwriters built a workaround spreadsheet to avoid the new screen though
tbh we never asked the dispatchers what they needed, they see it as head office meddling
the shift leads copy last week's plan instead of the optimised one
recruiters dont believe the ranking, they go back to keyword search
checked the logs over the weekend. nobody uses the chatbot, people still email the helpdesk. 14 chats in a month
fwiw the union told members not to rely on the scheduling suggestions
visited the pilot store yesterday, nice people. they used it for two weeks then quietly stopped
honestly the sales reps see next-best-action as micromanagement
agronomists prefer their own field walks, they open the app maybe once a season
the approval team reverted to the old checklist after one wrong flag
so the radiologists say the heatmaps slow them down, usage near zero
teachers didnt get any onboarding, so the tutoring tool stayed unused
Closed: no user adoption after rollout
On hold – end users reverted to manual process
Parked. Usage below 5% of target group
Stopped – business users distrust model output
Paused pending change management plan
Cancelled; field staff refused to use app
Closed – recommendations overridden in most cases
On hold: training for users never delivered
Stopped. Operators work around the tool
Suspended, low uptake in pilot branches
Closed – clinicians rejected workflow change
Parked until user acceptance improves
Cancelled – planners kept spreadsheets
Deprioritised: no demand from users
On hold – call centre agents work around it
Closed; pilot users stopped logging in after month 1
Stopped – resistance from frontline staff
Paused: adoption plan missing
Cancelled after user survey: low trust in scores
On hold – dispatchers not onboarded
Closed, tool not used in daily operations
Parked – sales force ignores recommendations
Stopped. Users prefer legacy screen
Retired unused after 6 months live in pilot
Closed – no change management budget, adoption failed
""", "de": """
war heute im stützpunkt ost. die monteure drucken sich die störungsliste weiter aus und ignorieren die app
ehrlich gesagt hält die station 4 die sturzrisiko-hinweise für bevormundung und klickt sie weg
ugh die vermittler im jobcenter vertrauen der empfehlung nicht und machen ihr eigenes profiling
fwiw in der schadenregulierung nutzt nur die junge truppe das tool, die erfahrenen nie
die schichtleiter im werk fahren weiter nach ihrem plan, das optimierte programm schaut keiner an
Ruht: Anwender nutzen Prognose nicht
Eingestellt – Sachbearbeitung überstimmt Empfehlung in 9 von 10 Fällen
Zurückgestellt, Schulungskonzept fehlt
Gestoppt, Pflege lehnt zusätzliche Dokumentation ab
Pausiert – weniger als 10 aktive Nutzer im Pilot
On hold, Akzeptanzproblem bei Disponenten
""", "fr": """
les contrôleurs ne consultent jamais l'application de prévision d'affluence
franchement les gestionnaires de la mutuelle recalculent tout à la main, ils n'y croient pas
ugh les agents d'accueil de la mairie ont dit que le chatbot répondait à côté et ils renvoient vers le guichet
les chefs de rayon ont vu l'outil comme un flicage de leurs commandes
Suspendu : outil boudé par les équipes en gare
En attente d'un accompagnement au changement
Abandonné – gestionnaires revenus au calcul manuel
Arrêté, faible usage après six mois
Gelé, rejet par les chefs de rayon
Clôturé – aucune appropriation par les agents
Clôture : défiance des utilisateurs envers les scores
""", "es": """
los técnicos de la operadora siguen llamando al supervisor en vez de mirar la recomendación
ugh en recepción de los hoteles nadie usa el precio sugerido, ponen el de siempre
la verdad los funcionarios ven el asistente como una amenaza a su puesto
los maestros almazareros dicen que su olfato vale más que cualquier predicción
Parado: uso residual por parte de los técnicos
En espera de plan de formación a recepción
Cancelado – rechazo del personal municipal
Suspendido, usuarios vuelven a la hoja de cálculo
Cerrado: nadie entra a la herramienta tras el piloto
En pausa por falta de confianza de los gestores
Descartado, el equipo comercial lo ignora
""", "it": """
i capireparto del pastificio spengono il tablet con i suggerimenti appena arriva
onestamente le commesse dei negozi non guardano mai le raccomandazioni di riassortimento
ugh i medici del pronto soccorso dicono che l'algoritmo rallenta il triage e lo saltano
gli spedizionieri al porto continuano a telefonare invece di usare il portale
Sospeso: utilizzo quasi nullo nei negozi pilota
Fermo in attesa di un piano di formazione
Chiuso – rifiuto da parte del personale medico
In pausa, operatori diffidenti verso le previsioni
Annullato: gli utenti aggirano lo strumento
Rinviato, nessuna gestione del cambiamento prevista
Archiviato dopo sei mesi senza utenti attivi
""", "pt": """
os agrônomos de campo continuam usando a planilha deles e ignoram o app
os gerentes de agência acham que o score tira autonomia e não usam
Parado: baixo uso pelos gerentes
Suspenso até plano de mudança organizacional
Encerrado – equipe voltou ao processo antigo
""", "nl": """
de handhavers van de gemeente negeren de risicoscore en lopen hun vaste ronde
eerlijk gezegd vinden de kwekers het prijsadvies onzin en ze kijken er niet naar
ugh de huurdersconsulenten gebruiken de app alleen als de manager meekijkt
terug van de dijkinspectie, koud. de dijkwachters vertrouwen hun eigen ogen meer dan het model, logisch misschien
Gestopt: geen draagvlak bij handhavers
On hold – adoptie onder de maat
Geparkeerd, trainingen voor gebruikers nooit gegeven
Afgesloten: tool structureel omzeild
Gepauzeerd tot veranderaanpak er ligt
Beëindigd – gebruikers vertrouwen uitkomst niet
Wacht op nieuwe ronde met eindgebruikers
"""}
