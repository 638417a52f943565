LABEL = "INTEGRATION"
S = {"en": """
Blocked: the mainframe only accepts fixed-width files via nightly FTP, we can't push scores back in real time.
Vendor replied: the CRM API has no write endpoint for custom fields. Our risk score has nowhere to land.
The ERP team quoted 9 months for the interface change. Model is ready, the plumbing isn't.
Hand-over: scores are in a table nobody reads, because the dispatch tool can't import them.
INT-204 still open, SAP PI mapping fails on the material number format.
Call centre software is a closed appliance, no hook to show the next-best-action to agents.
The EHR vendor wants 120k and a year to add a field in the clinician screen.
Story back to blocked, the WMS only exposes a SOAP service that times out above 50 records.
We have predictions, but getting them into the planners' Excel-based workflow means emailing CSVs. Not sustainable.
Resolution: Won't Do. The core banking system is frozen until the migration in 2028, no new interfaces allowed.
The legacy booking system has no API at all; integration would be screen-scraping.
Test of the connector to Maximo failed, work orders created by the model end up with no asset link.
We can only read from the POS, not write. Price recommendations have to be typed in by hand per store.
The message bus team says our topic needs a schema review first, queue is 3 months.
Integration with the document management system broke after their upgrade, our classifier can't fetch files anymore.
The claims workflow is hard-coded in the vendor product, no step where a model could plug in.
Comment: auth between the scoring service and the portal is still open, SSO team can't support service accounts.
Estimate from the middleware team: 40 person-days to expose the order events. Not in their plan.
Pilot ran with manual uploads. Automating the feed from the lab system needs HL7 work nobody has scheduled.
The telematics provider changed their API and our ingestion has been broken for two weeks.
Blocked waiting for the interface spec from the billing vendor, third reminder sent.
The routing engine only takes its own parameter files. We'd have to reverse-engineer the format.
Model output can't be shown in the inspection app, the app is a vendor SaaS with no extension points.
Planner still re-keys the forecast into APO by hand, integration story deprioritised by SAP team.
Moved to On Hold: the ticketing tool's webhook limits make auto-triage impossible at our volume.
The warehouse scanners run an OS from 2012, they can't call a REST API.
The signal from the model needs to reach the control room SCADA, but OT won't allow any inbound connection.
Comment from Rui: every field in the HR system has a different name in the export than in the UI, mapping took a month and still fails.
The last mile: scores exist, nobody sees them because the front-end release train is full until Q3.
Their API is rate limited to 100 calls an hour. We need 40,000.
Vendor says the CRM upgrade that would allow embedding is 'on the roadmap'. No date.
Customer portal runs on a CMS that can't render dynamic recommendations.
Can't match our IDs with the partner's: they use their own article numbers and no cross-reference exists.
The GIS system and the asset database don't talk to each other, so the model can't place failures on the map.
Closing the epic: costs of integrating with six regional ERP instances outweigh the benefit.
Batch interface to the mainframe runs once a day, alerts would arrive 20 hours late.
Stuck on the file drop: the legacy app expects Latin-1 and crashes on UTF-8 names.
The OCR output can't be pushed into the case management system, only attachments are allowed there.
Dev and prod versions of the policy admin API differ; our integration tests pass and prod calls fail.
Waiting for firewall change and new interface contract with the logistics partner, both stuck.
We built the chatbot but the backend booking system only allows one session per user, so it logs agents out.
The plant MES has no interface for external quality flags, operators would need a second screen.
Comment: the HIS only supports push from certified modules, our model is not a certified module.
The workflow tool allows one decision rule per step, we can't insert a probability there.
""", "de": """
Das Leitsystem der Verkehrsbetriebe nimmt nur Fahrplandaten im VDV-Format an, unsere Prognose passt da nicht rein.
Der Anbieter der Praxissoftware verlangt 90.000 Euro für eine Schnittstelle, die ein Feld anzeigt.
Im Test mit dem Dokumentenmanagement kommen die Klassifikationen an, werden aber beim Speichern überschrieben.
Die Scores müssten ins Fachverfahren der Sachbearbeitung, das ist ein Host-Programm ohne Erweiterungsmöglichkeit.
Blockiert: Die Firewallfreigabe zwischen Büro-IT und Produktionsnetz wird seit Juli geprüft.
Übergabe: Ausgabe landet als CSV auf einem Share, die Disposition holt sie sich per Hand, wenn jemand dran denkt.
Das ERP des Großhändlers kennt keine externen Bestellvorschläge, nur manuelle Eingabe.
Die Kennungen im Instandhaltungssystem und im Sensorportal sind verschieden, eine Zuordnung fehlt bei 40 % der Anlagen.
Der Hersteller des Callcenter-Systems sagt, Zusatzfenster für Agenten gibt es erst mit Version 12.
Unsere REST-Aufrufe scheitern am Proxy des Rechenzentrums, der nur SOAP durchlässt.
Die Rückmeldung an das Lagerverwaltungssystem klappt nur für ganze Paletten, nicht für einzelne Artikel.
Nach dem Update des Portals liefert die Schnittstelle andere Feldnamen und unser Import läuft ins Leere.
Der Mainframe-Batch verarbeitet unsere Datei, aber erst im nächsten Nachtlauf. Für Betrugsfälle zu spät.
Das Kartenmodul im GIS kann keine externen Layer laden, die Risikoflächen bleiben unsichtbar.
Kommentar Heike: die Übergabe an Maximo legt Arbeitsaufträge doppelt an, sobald mehr als ein Fehler gemeldet wird.
Das Kassensystem wird zentral vom Franchisegeber betrieben, wir dürfen da nichts ändern.
Die Schnittstelle zum Partnerportal ist nur für Lesezugriffe lizenziert.
""", "fr": """
Le logiciel de régulation des bus n'accepte que des horaires au format du constructeur, pas nos prévisions.
L'éditeur du logiciel de la pharmacie demande 80 000 € pour afficher un indicateur.
En recette, les classes calculées arrivent dans la GED puis sont écrasées à l'enregistrement.
Il faudrait injecter les scores dans l'application de gestion des aides, un vieux programme COBOL fermé.
Bloqué : l'ouverture de flux entre le réseau bureautique et le réseau industriel est en instruction depuis juillet.
Note de passation : le résultat est un CSV sur un partage, les planificateurs le récupèrent quand ils y pensent.
Le progiciel du grossiste ne connaît pas les propositions de commande externes.
Les identifiants des équipements diffèrent entre la GMAO et le portail capteurs pour 40 % du parc.
Le fournisseur du centre d'appels dit qu'un panneau supplémentaire ne sera possible qu'en version 12.
Le proxy du datacenter ne laisse passer que du SOAP, nos appels REST échouent.
Le retour vers le WMS ne fonctionne qu'à la palette, pas à l'article.
Depuis la mise à jour du portail, les noms de champs ont changé et l'import ne récupère plus rien.
Le traitement batch du mainframe prend notre fichier au passage suivant, trop tard pour la fraude.
Le module cartographique du SIG ne sait pas charger de couche externe.
L'envoi vers la GMAO crée des ordres en double dès que plusieurs défauts sont remontés.
Les caisses sont gérées par le franchiseur, on n'a pas la main dessus.
L'accès au portail partenaire est licencié en lecture seule.
""", "es": """
El sistema de ayuda a la explotación de autobuses solo acepta horarios en el formato del fabricante.
La empresa del software de farmacia pide 70.000 euros por mostrar un indicador en pantalla.
En pruebas la clasificación llega al gestor documental y se sobrescribe al guardar.
Las puntuaciones deberían entrar en la aplicación de tramitación, que es un programa COBOL cerrado.
Bloqueado: la apertura de puertos entre la red de oficina y la de planta lleva desde julio en revisión.
Nota de traspaso: el resultado es un CSV en una carpeta compartida, los planificadores lo cogen cuando se acuerdan.
Los códigos de equipo no coinciden entre el GMAO y la plataforma de sensores en el 40 % de los casos.
El proxy del CPD solo deja pasar SOAP, las llamadas REST fallan.
Desde la actualización del portal los nombres de campo cambiaron y la importación no trae nada.
Los terminales de caja los gestiona el franquiciador y no podemos tocar nada.
El batch del host recoge nuestro fichero en la siguiente ejecución, demasiado tarde para el fraude.
""", "it": """
Il gestionale della maison accetta solo import da file Excel con un tracciato fisso, le previsioni per taglia non ci stanno.
Il sistema portuale per le pratiche doganali è di un consorzio esterno, niente API per scrivere.
Bloccato: l'app dei casellanti è sviluppata da un fornitore che non risponde alle richieste di modifica da marzo.
Il punteggio di rischio andrebbe mostrato nel CRM delle agenzie, che è una versione del 2014 senza estensioni.
Nota di passaggio: il collegamento con il sistema di laboratorio HL7 si interrompe a ogni aggiornamento del fornitore.
I codici articolo della logistica e quelli del negozio online non coincidono, manca la tabella di raccordo.
Il sistema di fatturazione elettronica non prevede campi aggiuntivi, la classificazione non si può salvare.
Commento di Irene: le previsioni le ricopiamo a mano nel gestionale ogni lunedì mattina.
L'integrazione con la piattaforma del corriere richiede un accordo commerciale che non c'è.
Il PLC della linea di imbottigliamento non accetta comandi dall'esterno.
Il sistema di prenotazione dell'ASL permette solo un accesso alla volta, l'assistente virtuale va in conflitto.
""", "pt": """
O ERP da usina só aceita importação por planilha com layout fixo, a previsão por talhão não cabe.
O sistema de desembaraço é de uma empresa terceira do porto, sem API de escrita.
Bloqueado: o app dos fiscais é de um fornecedor que não responde pedidos de alteração desde março.
O score de risco teria que aparecer no CRM das agências, que é uma versão de 2013 sem extensão.
Nota de passagem: a integração HL7 com o laboratório cai a cada atualização do fornecedor.
Os códigos de produto do CD e do e-commerce não batem, falta a tabela de-para.
O emissor de nota fiscal não permite campo adicional, a classificação não tem onde ficar.
Comentário da Patrícia: toda segunda a gente copia a previsão na mão para o sistema.
O CLP da linha de envase não aceita comando externo.
A integração com a transportadora depende de um contrato que ainda não existe.
"""}
