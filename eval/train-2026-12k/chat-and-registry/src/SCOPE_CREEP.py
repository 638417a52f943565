LABEL = "SCOPE_CREEP"
S = {"en": """
ugh now they want it to do returns AND warranty AND spare parts. we were supposed to ship returns in may
tbh every steerco adds another country, we're at 11 and havent released one
jira stats for the steerco deck: fwiw the mvp backlog grew from 30 stories to 210 since kickoff
so the invoice bot now also needs to handle contracts, emails and "maybe voice". no
honestly we'd be live if they hadnt insisted on all 40 product lines at once
ok new requirement from the cfo: real-time, all channels, multilingual. for a pilot
the forecast was for one dc, now it's all dcs plus promos plus new products
cab slot booked for nothing again. we keep getting "one more small thing" before go-live. it's been 6 months of small things
standup: yet another cr for the triage tool, now radiology too. release moved again
fwiw they want the chatbot to replace the whole intranet search now
the phase 1 definition keeps changing, nobody will freeze it
ugh legal, hr and finance all want their own use case on the same llm platform before we launch anything
sprint 14, still no release, because the ask grew from anomaly alerts to a full maintenance planner
the pilot ward became 6 wards became the whole hospital group. in one go
tbh the "v1" spec now includes a mobile app nobody asked for originally
pricing model started with fuel, now it's fuel + shop + car wash + loyalty
demo done, room was full. every demo ends with "great, can it also..." and it goes into scope. today 3 new items
we've rebuilt the data model 3 times to fit new requirements
the business insists on 100% of edge cases before anyone uses it
retro: scope doubled after the sponsor saw the competitor's demo
honestly nobody's willing to say no, so the roadmap is a wishlist
from 1 region to global rollout with 20 languages in the first release, lol ok
customer wants explanations, what-if simulation and a gui now. original was a nightly csv
the poc kept absorbing other team's ideas and never got to a deployable cut
half day tomorrow, back thu. ugh "while we're at it" is the most expensive sentence in this project. rant over
Stopped: scope expanded beyond first deployable release
On hold – requirements not frozen after 4 change requests
Parked. MVP grew into enterprise platform
Closed – scope creep, no release after 14 sprints
Paused pending re-scoping to a single use case
Cancelled; business insisted on all markets at once
On hold: phase 1 redefined three times
Stopped – continuous additions to scope
Suspended, backlog grew 7x since kick-off
Closed – never reached a shippable increment
Parked pending descoping workshop
On hold – new modules added before go-live
Closed: expanded to all sites, timeline collapsed
Stopped. Feature list out of control
Deprioritised until scope agreed and frozen
Cancelled – pilot turned into full programme
Paused; multilingual and multichannel demands added
Closed – endless change requests
On hold: MVP not defined
Stopped – requirement for 100% coverage before launch
Parked. Too many stakeholders adding use cases
Closed, v1 scope never stabilised
On hold – business asked for real-time on top of batch
Cancelled: ambition grew past budget and timeline
Stopped after scope tripled
""", "de": """
erst nur lastprognose für ein umspannwerk, jetzt sollen es alle 40 plus einspeisung sein
ugh die ärzte wollen zusätzlich noch arztbriefe, befunde und kodierung, bevor irgendwas live geht
fwiw im werk ist aus "eine linie" inzwischen "alle drei standorte inklusive polen" geworden
jedes gespräch mit der kfz-sparte endet mit einer neuen anforderung für die app
Ruht: Umfang nach Erweiterung auf Gewerbekunden neu zu bewerten
Eingestellt – erster Release nie abgegrenzt
Zurückgestellt, zwölf Änderungsanträge offen
Gestoppt, Pilot zur Konzernplattform ausgeweitet
Pausiert – Anforderungsliste verdreifacht seit Kick-off
On hold bis Lenkungskreis den Scope einfriert
Beendet: MVP nach 14 Monaten nicht auslieferbar
""", "fr": """
au début c'était les remboursements optique, maintenant c'est toutes les garanties santé
ugh chaque gare voulait ses propres règles, on a fini avec 60 variantes
franchement le pilote d'un magasin est devenu le national avec drive et livraison
la mairie a ajouté l'urbanisme et l'état civil au chatbot avant même la première version
Suspendu : périmètre étendu à toutes les garanties
En attente d'un arbitrage pour réduire le périmètre
Abandonné – demandes d'évolution continues
Arrêté, pilote transformé en programme national
Gelé, première version jamais stabilisée
Clôturé – cahier des charges réécrit quatre fois
Clôture : objectif initial noyé sous les ajouts
""", "es": """
empezamos con bajas de móvil y ahora quieren fibra, tv y empresas en la misma versión
ya van nueve idiomas. ugh en cada reunión los hoteles añaden uno más al asistente y seguimos sin salir
la verdad el ayuntamiento metió padrón, tasas y multas antes de lanzar lo de citas
el modelo de la almazara iba a ser de rendimiento y ahora incluye calidad, precios y clima
Parado: alcance ampliado a todos los segmentos
En espera de redefinir la primera versión
Cancelado – requisitos nuevos en cada comité
Suspendido, el piloto creció a programa corporativo
Cerrado: nunca se cerró el alcance
En pausa, 25 peticiones de cambio abiertas
Bloqueado por ampliación a todas las delegaciones
""", "it": """
dovevamo fare solo la previsione della semola, adesso vogliono tutte le materie prime più energia
onestamente la collezione pilota è diventata tutte le stagioni e tutti i canali
ugh l'asl ha aggiunto triage, refertazione e prenotazioni al progetto originale sulle dimissioni
riunione con i terminalisti finita ora. ogni terminal vuole la sua versione personalizzata, altro che mvp
Sospeso: perimetro ampliato oltre la prima versione
Fermo, requisiti in continuo cambiamento
Chiuso – il pilota è diventato un programma aziendale
In pausa per ridefinizione dell'MVP
Annullato: nessun rilascio dopo 12 mesi di aggiunte
Rinviato finché il comitato non congela il perimetro
Bloccato, richieste di modifica fuori controllo
""", "pt": """
era só previsão de café arábica, agora querem todos os grãos e ainda preço de mercado
o piloto de crédito rural virou projeto pra todas as linhas do banco
Parado: escopo cresceu sem controle
Suspenso até redefinir o MVP
Encerrado – nenhuma entrega após sucessivas ampliações
""", "nl": """
het begon met één gemaal, nu wil het bestuur het hele beheergebied en de dijken erbij
ugh de gemeente heeft er parkeren, afval en vergunningen bij gezet voor de eerste release
fwiw de veiling wil naast prijzen ook logistiek en kwaliteit in dezelfde versie
elke klantenpanelsessie van de corporatie levert weer nieuwe wensen op voor de app
Gestopt: scope uitgebreid naar alle domeinen
On hold – MVP nooit afgebakend
Geparkeerd tot herijking van de eerste release
Afgesloten, pilot uitgegroeid tot programma
Gepauzeerd, twintig wijzigingsverzoeken open
Beëindigd: geen oplevering door steeds nieuwe eisen
Wacht op besluit over inperking scope
"""}
