LABEL = "DATA_READINESS"
S = {"en": """
Blocked: the claims extract from CLX only goes back to March 2024, we need at least three years for seasonality.
Got the vendor email this morning, the sensor history before the firmware upgrade was never archived. So we train on 7 months or nothing.
Labels for the defect images are still with the QA team, 1,200 of 40k done. Moving to next sprint again.
Load into FIN_MART failed for the third night, 18% of invoice lines have no cost centre. Parking the forecast story until that's fixed.
Turns out half the tickets in the helpdesk dump have the category field set to 'Other'. Not usable as target.
We can't get read access to the HR warehouse, the owner says the tables are 'not fit for analytics'. Hm.
Epic on hold - the patient records from the two merged hospitals use different coding and nobody has a mapping.
The training set is 94% from the Rotterdam depot. Model looks great there and useless everywhere else.
DS-311 reopened: duplicates in the customer master, the same client appears up to 6 times with different IDs.
Spent the whole sprint cleaning timestamps. Three time zones, no offsets stored. Ugh.
Resolution: Won't Do. Historical call transcripts were deleted after 90 days per retention policy, nothing to train on.
Handover note: the churn labels in table CHURN_FLAG_V2 are wrong for 2023, marketing back-filled them by hand. Don't trust them.
Still waiting for the SCADA export, plant IT says the historian only keeps 1-minute averages and we need raw.
Fraud cases are labelled only when they end in court, so maybe 300 positives out of 2M. We can't learn much from that.
The spreadsheet the buyers keep is the only record of promo dates and it lives on someone's desktop.
Blocked because the feature table has nulls for every store that migrated to the new POS in Q2.
Jan ran profiling on the maintenance logs: free text, 40% empty, rest is 'see email'. Not a training set.
Epic paused. The crop yield data from the cooperative covers 11 farms out of 180, and they're all the big ones.
Image resolution from the old scanners is too low for the classifier, and the new scanners go live in 2027.
Data from the billing system arrives as PDF only. Someone would have to re-key it.
The lab confirmed the ground-truth column was filled in after the fact for 2022 - leakage all over the place.
Moved to Blocked: we asked three times for the shipment events from the 3PL and got a sample of 50 rows.
Comment from Priya: the annotation guide changed twice, so the first 8k labels are inconsistent with the rest.
No access to production call recordings until the works council agrees, and the test recordings are actors reading scripts.
Data mart refresh has been broken since the DWH migration, last good snapshot is 14 weeks old.
The weather feed we bought only has daily values; the demand model needs hourly.
Checked the tariff table - 30% of rows still reference products we discontinued in 2019. Can't join cleanly.
We only have approved loans in the history. Rejected applicants were never stored, so the scorecard can't learn what a bad applicant looks like.
Sprint goal missed, the meter reads for the north region have gaps of up to 40 days.
Sorry, the dataset Tom shared is a demo extract with anonymised and shuffled columns. Real one is locked in the legacy DB.
Quality of the OCR'd contracts is poor, the clause labels don't line up with the text in about a third of docs.
Product catalogue has no consistent attribute names - 'colour', 'color', 'kleur', 'col.' all in use. Recommender blocked.
Root cause for the bad backtest: the stock-out days were recorded as zero sales, so the model learned demand is zero.
Infra is fine, the problem is the input. The event stream drops about 1 in 20 messages and we can't replay them.
Per DATA-882 the radiology reports are stored in a vendor format we can't parse without their toolkit, which costs extra to license... mostly a data access issue though.
The asset register lists pumps that were scrapped years ago and misses the new ones. Predictive maintenance on that? No.
Closing the spike, there are 412 usable labelled examples of the rare failure. Need thousands.
Nobody could tell us which of the five 'revenue' columns is the right one. Each dept has its own.
Customer surveys only cover people who answered, mostly happy ones. Sentiment model is biased from day one.
Pulled the GPS pings - the trucks' trackers were switched off at night to save battery, so all the depot dwell time is missing.
Moving the story back to To Do: the lab results table uses free-text units (mg/dl, mmol, blank). Need harmonisation first.
After the ERP cutover the old order history sits in an archive nobody can query.
Last year's labels were made by interns in two weeks, agreement with the expert panel is 61%.
The Kafka topic has the right events but the product IDs are hashed differently per channel, nothing joins.
""", "de": """
Die Fahrgastzählung aus den Bussen liegt nur für 40 von 310 Fahrzeugen vor, der Rest hat keine Zählsensoren.
Laut Anruf von Herrn Kessler (Stadtwerke) sind die Lastgänge vor 2023 nur als Monatssummen archiviert.
Im Schadenportal ist das Feld 'Ursache' ein Pflichtfeld, aber 60 % wählen einfach den ersten Eintrag.
Nächtlicher Import nach FIN_DWH ist wieder abgebrochen: Kostenstellen aus der Tochter in Graz fehlen komplett.
Die Lieferantendaten im Einkauf sind seit 2019 nicht mehr gepflegt, jede dritte Adresse stimmt nicht.
Blockiert wegen Datenzugang: Die Pflegedokumentation gehört der Klinikdirektion, Antrag liegt seit sieben Wochen dort.
Unsere Bilder vom Förderband sind alle bei Tageslicht aufgenommen, die Nachtschicht sieht völlig anders aus.
Die Artikelstammdaten haben keine einheitliche Warengruppe, jede Filiale hat eigene Codes vergeben.
Übergabenotiz: Tabelle KUNDE_HIST enthält Testkunden aus dem Go-live 2021, die nie gelöscht wurden. Vorsicht.
Es gibt genau 41 dokumentierte Getriebeschäden, und bei der Hälfte fehlt das Datum.
Ergebnis Profiling: Temperaturwerte von 9999 als Platzhalter, negative Durchflüsse, Zeitstempel aus 1970.
Die Zielgröße 'Kündigung' wurde im Callcenter erst ab Mitte 2024 erfasst, davor gibt es nichts.
Hofbesuche der Tierärzte sind nur als eingescannte Formulare vorhanden, nicht auswertbar.
Das Wetterarchiv deckt unsere Alpenstandorte nicht ab, die nächste Station ist 40 km entfernt.
Kommentar Jürgen: die Rückmeldungen der Techniker sind zu 80 % 'erledigt', mehr steht da nicht.
Seit dem Wechsel des Telematikanbieters kommen GPS-Daten ohne Fahrzeugkennung an.
Auf die Rohdaten im Historian haben nur zwei Leute im Werk Zugriff, und beide sind im Schichtdienst.
""", "fr": """
Les fiches d'intervention des techniciens de la Réunion sont encore saisies sur papier.
Appel avec la régie des eaux : les index des compteurs avant 2022 ont été écrasés lors du changement d'outil.
Sur 2 000 réclamations clients, 1 400 portent le motif « divers ». Impossible d'en faire une cible.
Le flux nocturne vers l'infocentre tombe en erreur, les codes postaux de la Corse sont mal formatés.
Aucune trace des promotions passées, elles étaient gérées dans des mails entre chefs de rayon.
Les étiquettes du jeu d'images ont été posées par deux prestataires différents avec deux grilles différentes.
Bloqué : la base des prêts ne contient que les dossiers acceptés, les refus ne sont pas conservés.
Le jeu de données de test vient d'un seul entrepôt, celui de Rungis, très différent des autres.
Le service juridique a 300 contrats numérisés, il en faudrait dix fois plus pour entraîner quelque chose.
Note de passation : les horodatages des capteurs sont en heure locale sans fuseau, été et hiver mélangés.
Les identifiants patients changent à chaque séjour, on ne peut pas reconstituer les parcours.
Demande d'accès aux données de la plateforme téléphonique envoyée en août, toujours pas de réponse de la DSI.
Il manque toute la production de la ligne 2, le logiciel de supervision n'a jamais été branché à l'historien.
Commentaire d'Yves : les rendements à la parcelle sont déclaratifs, les agriculteurs arrondissent à la tonne.
Le référentiel fournisseurs contient 7 000 doublons d'après le dernier contrôle.
La moitié des photos de compteurs sont floues ou prises de nuit.
Les données météo achetées s'arrêtent en 2021, le contrat n'a pas été renouvelé.
""", "es": """
Los partes de los técnicos de Galicia se siguen escribiendo a mano y se escanean como imagen.
Según la distribuidora, las curvas de carga anteriores a 2023 solo se guardaron como totales mensuales.
El campo 'motivo de reclamación' tiene 'otros' en el 70 % de los casos.
Sin acceso a la base de pacientes de Atención Primaria, la consejería aún no ha contestado a la solicitud.
Los precios de la competencia los apuntaba un comercial en una libreta.
Solo 55 incendios registrados en la zona en quince años, y la mitad sin coordenadas.
Las fotos de las lineales se hicieron todas con la tienda vacía, el modelo no reconoce nada en hora punta.
Nota de traspaso: cuidado con la tabla VENTAS_OLD, tiene días duplicados desde la migración de 2022.
El catastro y nuestro inventario de contadores usan direcciones escritas de forma distinta, cruzarlos es imposible.
Los datos del tacógrafo se descargan cada 28 días y se pierden los de los camiones alquilados.
Llevamos dos sprints limpiando códigos de producto antes de poder entrenar nada.
""", "it": """
Il consorzio del Prosecco ci ha mandato le rese per vigneto, ma solo per il 2024. Gli anni prima sono su Excel sparsi tra le cantine.
Bloccato: le telecamere al porto di Genova registrano a 5 fps, i container passano e non si legge il codice.
Il campo 'esito visita' nelle cartelle ambulatoriali è compilato nel 30% dei casi.
Il file dei sinistri auto arriva dalla compagnia con le targhe oscurate, quindi niente join con i dati telematici.
Nota di passaggio: le taglie nei resi dell'e-commerce sono codificate in tre standard diversi (IT, EU, US) senza indicazione.
Abbiamo chiesto i dati dei caselli a fine agosto, la concessionaria ha risposto che servono sei mesi per l'estrazione.
Il dataset delle immagini di tessuti difettosi ha 180 esempi, di cui 120 dello stesso difetto.
Le letture dei contatori gas sono mensili stimate per metà delle utenze, il modello impara la stima.
Commento di Sara: gli operatori hanno chiuso i ticket con 'risolto' anche quando il cliente ha richiamato.
Le rilevazioni della qualità dell'aria hanno buchi ogni volta che una centralina va in manutenzione, cioè spesso.
Lo storico prezzi dei fornitori è nelle email dell'ufficio acquisti, nessun database.
""", "pt": """
A cooperativa mandou a produtividade por talhão só da safra 2024, as anteriores estão em cadernos dos agrônomos.
Bloqueado: o prontuário do SUS municipal não tem identificador único, o mesmo paciente aparece com cinco cadastros.
O campo 'motivo do churn' na operadora é preenchido pelo atendente como quer, metade é 'outros'.
As imagens de satélite da região vêm cobertas de nuvem de novembro a março.
Nota de passagem: a tabela de sinistros tem valores em reais e em dólares na mesma coluna, sem indicação.
Pedimos os dados das balanças rodoviárias em agosto, o DER disse que a extração leva seis meses.
Temos 70 casos de fraude em boleto confirmados, o resto nunca foi investigado.
Comentário do Caio: as leituras dos hidrômetros da zona rural são estimadas há anos.
O histórico de preços dos fornecedores está espalhado em e-mails do setor de compras.
Os logs do app antes de 2025 foram apagados na troca de fornecedor de analytics.
"""}
