LABEL = "INTEGRATION"
S = {"en": """
ugh the AS400 has no api, the only way in is a nightly flat file and it drops half the fields
tbh the model works, we just cant get the score into Guidewire, their team says 6 month queue
fwiw the epic interface team wont open an hl7 feed for a pilot
so the WMS vendor wants 80k for a custom endpoint. to push one number per pallet
honestly we can predict the delay fine, the dispatchers just never see it cause its not in their tool
salesforce integration broke again after their release, 3rd time this quarter
ok the scada network is air gapped, no way to get the forecast back into the control room
standup: scoring svc up, but the core banking adapter still returns 500 for any batch >100
talked to the mainframe folks over lunch. they only deploy twice a year, next window is april. so our hook waits til then
so we have the recommendations but the shop frontend is a 2009 php monolith, no hook to show them
fwiw the call center softphone cant display anything external, agents would need a second screen
morning. integration with SAP PM keeps timing out, ticket with the sap team since sept. escalating today
ugh the ticketing system has a rate limit of 10 calls per min lol
we'd need to change the claims workflow in 5 places and the bpm team is booked til 2027
the erp upgrade froze all interface changes, our connector is stuck in the queue
turns out the billing system only accepts changes through a screen, no api, no batch. rpa maybe??
demo to the lab went great, they liked it. but the lims vendor says writing results back voids their support contract, so it stays a demo
retro: data in, fine. results out, nowhere to put them. nobody owns the target system
the api exists but returns customer data in a format that changes per country, nightmare
tbh the integration estimate went from 2 to 14 weeks once we saw the middleware
esb team wont onboard new consumers until the migration is done
depot visit notes are up on confluence. short version: cant get the routing suggestions into the drivers' handhelds, old windows ce devices
the pos software is from a vendor that went bust, nobody can change it
fwiw we built the fraud score but the payment switch cant call out synchronously
sprint 9: still no connection to the hr system, workday tenant owned by the parent company
Stopped: no integration path to core policy system
On hold – interface to SAP not available until upgrade
Parked. Legacy mainframe has no API
Closed – could not embed output in agent workflow
Paused pending ESB onboarding
Cancelled; vendor refused integration with their platform
On hold: HL7 interface request rejected
Blocked – billing system only supports manual entry
Stopped – integration effort 5x original estimate
Parked until CRM migration completes
Closed, no way to write results back to ERP
Suspended: SCADA network isolation prevents integration
On hold – middleware change freeze
Cancelled: target application end of life, no connectors
Paused – API rate limits incompatible with volumes
Stopped. POS platform cannot display recommendations
Closed – workflow integration not feasible in current BPM
On hold pending interface spec from vendor
Parked; handheld devices cannot consume service
Closed – real-time call from payment switch not supported
Blocked: no release slot on mainframe until next year
Stopped – downstream system owner declined interface
On hold: no interface slot on group Workday tenant until 2027
Deferred until new TMS is live
Cancelled – point-to-point interfaces too brittle
""", "de": """
das netzleitsystem nimmt keine externen werte an, nur was der hersteller zertifiziert
ehrlich gesagt müsste man die prognose ins mes schreiben, aber das mes-team hat erst 2027 zeit
ugh die e-akte im jobcenter hat keine api, nur einen nächtlichen export
fwiw das kis im klinikum kann keine zusatzfelder anzeigen, also sieht die station das ergebnis nie
Ruht: Anbindung an Guidewire nicht vor Release 11
Eingestellt – Schnittstelle zum Leitstand technisch nicht möglich
Zurückgestellt bis Ablösung des AS/400
Gestoppt, Hersteller verlangt 90 T€ für Schnittstelle
Pausiert: Rückkanal ins ERP nicht spezifiziert
On hold – EDI-Anbindung der Spediteure ungeklärt
Beendet, Integration in Sachbearbeitungsmaske gescheitert
""", "fr": """
le logiciel des agents de quai ne peut rien afficher d'externe, l'info n'arrive jamais
franchement le progiciel de la mutuelle est fermé, l'éditeur ne veut pas ouvrir d'api
bon l'outil de réapprovisionnement attend un fichier au format de 1998, on n'arrive pas à le produire
à la mairie le logiciel d'état civil n'accepte aucune connexion entrante
Arrêté : intégration au logiciel de gestion des sinistres impossible
En pause – gel des évolutions SI pendant la migration
Suspendu, échanges EDI avec les transporteurs non disponibles
Clôturé – pas d'API sur l'outil de caisse
En attente d'un créneau de l'équipe intégration (T3)
Abandonné : éditeur refuse le connecteur
Gelé, le résultat ne peut pas être réinjecté dans l'ERP
""", "es": """
la plataforma de provisión de la operadora no deja escribir nada desde fuera
la demo gustó mucho en recepción. ugh pero el pms de los hoteles es de un proveedor que cobra cada integración aparte, y caro
en el ayuntamiento la sede electrónica y el gestor de expedientes no se hablan
la verdad la almazara tiene un software local sin red, pasamos datos con un pendrive
Parado: integración con el sistema de facturación inviable
En espera de que el proveedor del PMS publique API
Cancelado – el core bancario no acepta llamadas en tiempo real
Suspendido, cambios congelados en el bus de integración
Cerrado: el resultado no llega al flujo de los gestores
Bloqueado por sistema heredado sin conectores
En pausa hasta sustituir la centralita
""", "it": """
il sistema doganale del porto non accetta dati da applicazioni esterne
onestamente il gestionale dei negozi è un as400 e nessuno sa più modificarlo
ugh il fascicolo sanitario non ha un punto di integrazione per i nostri alert
il pastificio ha le linee su plc vecchi, per leggere e scrivere servirebbe un gateway che non c'è
Sospeso: impossibile collegarsi al sistema legacy di magazzino
Fermo – fornitore del gestionale non rilascia API
Chiuso, risultati non inseribili nel flusso di lavoro degli operatori
In pausa per congelamento modifiche sul middleware
Annullato: integrazione con il core assicurativo troppo onerosa
Rinviato fino alla sostituzione del CRM
Bloccato, interfaccia con il sistema PLC non disponibile
""", "pt": """
o sistema de balança da cooperativa é offline, não tem como receber a previsão
o core do banco só aceita alteração em lote noturno, nada em tempo real
Parado: sem conector para o sistema legado
Suspenso aguardando API do fornecedor do ERP
Encerrado – integração com o prontuário eletrônico inviável
""", "nl": """
het zaaksysteem van de gemeente heeft geen api, alleen een export per nacht
eerlijk gezegd kan de veilingklok geen externe data tonen, dus de kopers zien niks
ugh de leverancier van het huurderssysteem wil pas koppelen na hun grote release
bedankt voor de rondleiding gisteren. fwiw de sluisbediening draait op een afgeschermd netwerk, daar komt niets binnen
Gestopt: koppeling met zaaksysteem niet mogelijk
On hold – leverancier bouwt API pas in 2027
Geparkeerd, terugkoppeling naar ERP niet gerealiseerd
Afgesloten: integratie in werkproces van behandelaars mislukt
Gepauzeerd tijdens wijzigingsbevriezing op de servicebus
Beëindigd – legacy systeem zonder koppelmogelijkheden
Wacht op interface met terminal operating system
"""}
