#!/usr/bin/env python3
"""Training sentences (German, French, Dutch) for lastmile's learned cause pass.

Hand-written, one sentence (or two) per line inside the blocks below. Running this script
rewrites sentences.csv byte-identically and asserts counts, uniqueness and codes.
Training material only: never score the product on it.
"""
import csv
import io
import os

CAUSES = [
    "DATA_READINESS",
    "UNCLEAR_OBJECTIVE",
    "PRODUCTION_ARCHITECTURE",
    "INTEGRATION",
    "SECURITY_COMPLIANCE",
    "OWNERSHIP_SPONSORSHIP",
    "SKILLS_GAP",
    "SCOPE_CREEP",
    "USER_ADOPTION",
    "COST_FUNDING",
    "TECHNICAL_FEASIBILITY",
]
LANGS = ["de", "fr", "nl"]
# (label, kind-detail, lang) -> list of texts; kind-detail is "pos", "neutral" or "near"
DATA = {}


def add(label, detail, lang, block):
    lines = [ln.strip() for ln in block.strip("\n").split("\n")]
    lines = [ln for ln in lines if ln]
    DATA.setdefault((label, detail, lang), []).extend(lines)


# ---------------------------------------------------------------- DATA_READINESS
add("DATA_READINESS", "pos", "de", """
Der Export aus dem Lagerverwaltungssystem hört im März 2021 auf, danach gibt es schlicht keine Daten.
Die Hälfte der Werke fehlt im Extrakt, Linz und Graz sind gar nicht drin.
Labels sind inzwischen ok, aber der Feed aus den Filialen bricht jedes Wochenende ab.
Datenqualität ungenügend: 38 % der Schadensmeldungen ohne Schadensursache erfasst.
Wir haben 400 gelabelte Röntgenbilder, gebraucht werden eher 40.000.
Zugriff auf die Kundendaten im Data Lake ist seit sechs Wochen beantragt, passiert ist nix.
Die Sensordaten der Turbinen liegen als PDF-Ausdrucke vor. Ja, wirklich.
Kundenstammdaten sind in drei Systemen gepflegt und widersprechen sich bei jedem zweiten Datensatz.
Die Trainingsdaten stammen nur aus Bayern, der Rest der Republik ist nicht repräsentiert.
Wer soll die 12k Tickets labeln? Die Fachabteilung hat keine Zeit dafür.
Zeitstempel in der Telemetrie sind mal UTC, mal MEZ, mal gar nicht gesetzt.
Historie der Zahlungsausfälle wurde 2019 bei der Migration gelöscht.
datenlage ist eine katastrophe, die hälfte der felder ist leer oder "n/a"
Die Ernteerträge wurden bis 2020 auf Papier erfasst und nie digitalisiert.
Ohne die Daten aus dem SAP-Altsystem können wir das Modell nicht trainieren, und die hat keiner.
Die Freitextfelder in den Pflegeberichten sind voller Kürzel, die nur die Station versteht.
Das Sample, das wir vom Netzbetreiber bekommen haben, enthält nur Störungen aus dem Sommer.
Datenzugriff auf die Produktionsdaten wird von der IT verweigert, wir arbeiten mit einem Dump von 2022.
Beim Abgleich der Lieferscheine fehlen rund 20 Prozent der Sendungsnummern.
Die Kündigungsgründe im CRM sind zu 80 % mit "Sonstiges" befüllt.
Jeder Standort hat sein eigenes Excel mit eigener Spaltenlogik, zusammenführen geht nicht automatisch.
Die Baustellenberichte existieren nur als eingescannte Handnotizen.
Daten sind unbrauchbar.
Klassen massiv unausgewogen: 99,7 % der Transaktionen sind unauffällig, Betrugsfälle kaum vorhanden.
Frage in die Runde: Haben wir überhaupt Retourendaten vor 2023? Laut Logistik wurden die im alten Lagersystem nie gespeichert, nur die Stückzahl pro Monat.
Das Data Warehouse wird nur monatlich befüllt, für tägliche Prognosen reicht das nicht.
Die Messreihen aus dem Labor wurden mit unterschiedlichen Geräten und Einheiten erhoben.
Statusbericht Q3: Datenbereitstellung weiterhin rot, Fachbereich liefert nicht.
Kurzes Update aus dem Weiterbildungsprojekt: Modellseitig wären wir so weit, aber die Kursdaten der Plattform sind voller Dubletten, teilweise fünffach, und die Teilnehmer-IDs wurden heuer im Jänner neu vergeben, ohne Mapping auf die alten.
Grundwahrheit fehlt: ob die Prognose stimmte, wird nirgends zurückgeschrieben.
Die Patientendaten liegen in einem Silo der Klinik, an das wir nicht rankommen.
Die Verkehrszählungen der Gemeinden sind lückenhaft, viele Zählstellen seit Jahren defekt.
""")
add("DATA_READINESS", "pos", "fr", """
L'extraction qu'on a reçue s'arrête en 2021 et la moitié des entrepôts n'y figurent pas.
Sur les relevés Linky qu'on nous a passés, des communes entières n'ont rien entre janvier et avril.
Les étiquettes sont bonnes maintenant, mais le flux des agences tombe encore tous les week-ends.
Qualité des données insuffisante : 40 % des sinistres sans code cause renseigné.
On a 300 dossiers annotés, il en faudrait au moins dix fois plus.
Ticket d'habilitation au datalake ouvert le 2 septembre, statut « en cours d'analyse » depuis.
L'historique des interventions ? Des classeurs Exacompta dans le bureau du chef d'atelier.
On a reçu 37 fichiers d'agences, 37 formats, dont un en .ods et deux protégés par mot de passe.
Le jeu d'entraînement ne contient que des patients de l'hôpital de Rennes, pas du tout représentatif.
qui va annoter les 15 000 mails ? personne au service client n'a le temps
Les horodatages des capteurs sont incohérents, certains en heure locale, d'autres en UTC.
Les données antérieures à la migration de 2019 ont été perdues, on n'a rien avant.
Un même article a un code EAN en magasin, un code interne en entrepôt et un troisième chez le fournisseur, aucune table de passage.
Les rendements agricoles n'ont jamais été saisis de façon structurée avant 2021.
Sans l'historique de l'ancien AS/400 on ne peut rien entraîner, et personne ne sait l'exporter.
Les comptes rendus des infirmières sont en texte libre plein d'abréviations maison.
L'échantillon transmis par le fournisseur ne couvre que les pannes d'été.
La DSI refuse l'accès aux données de prod, on bosse sur un dump de 2022.
Environ 20 % des numéros de colis manquent quand on rapproche avec les bons de livraison.
Le motif de résiliation est renseigné « Autre » dans 80 % des cas.
Les comptes rendus de chantier sont des photos de carnets prises au téléphone, souvent floues.
Les données existent, mais personne ne sait ce que veut dire la colonne FLG_7. Aucune doc.
Classes très déséquilibrées : quasiment aucun cas de fraude dans l'historique.
Question à tous : a-t-on seulement l'historique des retours avant 2023 ? D'après la logistique, l'ancien WMS ne gardait que le nombre de colis par mois, rien au détail.
L'entrepôt de données n'est alimenté qu'une fois par mois, impossible de faire du quotidien.
Les mesures du labo ont été faites avec des appareils différents et des unités différentes.
COPIL : chantier données toujours au rouge, le métier ne livre pas les extractions.
Bonjour à tous, petit retour après l'atelier de jeudi : côté modèle ça irait, mais le fichier élèves contient des doublons partout, parfois cinq fois le même élève, et les identifiants ont changé à la rentrée sans table de correspondance.
On n'a pas de vérité terrain : le résultat réel n'est jamais réinjecté nulle part.
Les dossiers patients sont enfermés dans le silo de la clinique, inaccessible pour nous.
Les comptages de trafic des communes sont troués, la moitié des boucles sont HS depuis des années.
les données CRM sont pourries, adresses fausses, mails vides, doublons en pagaille
""")
add("DATA_READINESS", "pos", "nl", """
De export uit het WMS stopt in maart 2021 en de helft van de depots ontbreekt.
Labels zijn nu in orde, maar de feed van de winkels valt elk weekend nog uit.
Datakwaliteit onvoldoende: 35 % van de schademeldingen heeft geen oorzaakcode.
We hebben 250 gelabelde scans, we hebben er duizenden nodig.
Toegang tot de klantdata in het datalake is al zes weken aangevraagd, nog steeds niks.
Elke vestiging houdt een eigen Excel bij met eigen kolommen, samenvoegen lukt niet automatisch.
De trainingsdata komt alleen uit Noord-Holland, de rest van het land zit er niet in.
Tijdstempels in de telemetrie zijn deels UTC, deels lokale tijd, deels leeg.
Wie gaat die 10.000 tickets labelen? Niemand van de klantenservice heeft daar tijd voor.
De oogstgegevens zijn tot 2020 op papier bijgehouden en nooit gedigitaliseerd.
Het opzegreden-veld in het CRM staat bij 80 % op "overig".
De bouwverslagen bestaan alleen als gescande handgeschreven notities.
Hebben we eigenlijk wel retourdata van voor 2023? Blijkbaar niet.
Het datawarehouse wordt maar één keer per maand gevuld, te traag voor dagprognoses.
De patiëntgegevens zitten in een silo van het ziekenhuis waar wij niet bij kunnen.
data is er wel maar niemand weet wat kolom CD_STAT betekent, geen documentatie
""")
# ---------------------------------------------------------------- UNCLEAR_OBJECTIVE
add("UNCLEAR_OBJECTIVE", "pos", "de", """
Wir wissen immer noch nicht, welche Kennzahl das Controlling eigentlich bewegen will.
Es gibt keine Baseline, also können wir auch nicht sagen, ob das Modell besser ist als heute.
Erst wurde "wir brauchen KI" beschlossen, dann hat man nach einem Problem dafür gesucht.
Erfolgskriterium nie definiert. Im Lenkungsausschuss hat jeder etwas anderes erwartet.
Welches Problem lösen wir hier genau? Die Frage kam in Sprint 9 und ist bis heute offen.
Der Fachbereich wollte eigentlich eine bessere Tourenplanung, gebaut wurde eine Nachfrageprognose.
Ziel laut Projektauftrag: "Mehrwert durch Daten schaffen". Mehr steht da nicht.
Der Chatbot ist fertig, aber keiner kann sagen, wofür genau die Kundenbetreuung ihn braucht.
Niemand hat festgelegt, ab welcher Trefferquote das Ganze als Erfolg gilt.
Im Retro kam raus: Wir haben ein halbes Jahr am falschen Use Case gebaut.
KPI? Gibt's nicht. Der Vorstand wollte halt auch mal was mit GenAI machen.
Die Fragestellung hat sich dreimal geändert, je nachdem wer gerade im Meeting sass.
Protokoll Lenkungsausschuss, Traktandum 3: Auf die Frage, woran wir nach dem Pilot Erfolg oder Misserfolg festmachen, gab es keine Antwort. Der Business Case besteht weiterhin aus einer Folie mit dem Wort "Effizienz". Pendenz bleibt offen.
Uns fehlt ein messbares Ziel, deshalb gibt es auch keinen Go/No-Go-Entscheid.
Es ist unklar, ob die Leitstelle schneller disponieren oder weniger Fehlalarme haben will.
Wir haben eine Lösung gesucht, die ein Problem hat, nicht umgekehrt.
Die Ausgangslage wurde nie gemessen, wie lange dauert die Bearbeitung heute überhaupt?
Das Projekt ist aus einem Hackathon entstanden, ein Geschäftsproblem wurde nie formuliert.
Zielsetzung zu schwammig, der Auftrag lautet "irgendwas mit Predictive Maintenance".
Die Einkäufer brauchen eigentlich Transparenz über Lieferzeiten, keine Preisprognose.
Jeder Stakeholder versteht unter "Qualität verbessern" etwas anderes.
Im Steering wurde gefragt, was denn der Nutzen sei. Schweigen im Raum.
Wir optimieren auf Genauigkeit, aber das Geschäft misst in Euro, und die Umrechnung kennt keiner.
Was genau soll das Tool für die Sachbearbeitung besser machen? Weiss bis heute niemand.
Anforderungen kamen nie, nur der Wunsch nach "einem Dashboard mit KI drin".
Ehrlich gesagt hat den Use Case die Beratung mitgebracht, der Fachbereich hat nie formuliert, was er damit erreichen will, und fragt jetzt zurück, was er abnehmen soll.
Nach der Demo hiess es: schön, aber das ist nicht unser Problem.
Abnahmekriterien fehlen komplett, darum kann auch nichts abgenommen werden.
Wir wussten lange nicht, dass die Schadenregulierer eigentlich Priorisierung wollen, nicht Klassifikation.
ohne definiertes Ziel kann man auch nicht sagen ob der PoC gescheitert ist, oder?
Das Gemeindeamt wollte "Bürgernähe verbessern", messbar wurde das nie gemacht.
Die Kollegen im Vertrieb hatten eine ganz andere Vorstellung davon, was vorhergesagt werden soll.
""")
add("UNCLEAR_OBJECTIVE", "pos", "fr", """
Trois ateliers avec la DAF et toujours pas d'indicateur cible sur lequel s'engager.
Personne n'a mesuré le taux d'erreur des saisies manuelles, donc on ne peut pas comparer.
On a décidé de « faire de l'IA » avant de savoir pour quel problème.
Le critère de succès n'a jamais été validé, chacun en COPIL attendait autre chose.
Quel problème métier on résout exactement ? Question posée au sprint 8, toujours sans réponse.
Le métier voulait une meilleure planification des tournées, on a livré une prévision de la demande.
Objectif dans la note de cadrage : « valoriser la donnée ». C'est tout.
Le chatbot marche, mais personne ne sait à quoi il doit servir pour le service client.
Bon à 80 %, c'est bien ou pas ? Aucune cible n'a jamais été posée.
En rétro on s'est rendu compte qu'on avait bossé six mois sur le mauvais cas d'usage.
un KPI ? lol. le comex voulait juste pouvoir dire « on fait de la GenAI » au salon
La question posée au modèle a changé trois fois selon qui était dans la réunion.
CR du comité : on nous redemande « ce que ça rapporte », toujours ni indicateur ni situation de départ, le business case tient sur une slide « efficience », donc impossible de conclure sur le pilote.
Sans objectif mesurable, pas de décision go / no go possible.
On ignore si le centre d'appels veut réduire le temps d'attente ou le taux de rappel.
Solution cherche problème.
Le temps de traitement actuel n'a jamais été mesuré, alors comparer à quoi ?
Le projet sort d'un hackathon, aucun besoin métier n'a été formalisé depuis.
Le cadrage se limite à « faire de la maintenance prédictive ». Sur quoi ? Pour qui ?
Les acheteurs avaient besoin de visibilité sur les délais, pas d'une prévision de prix.
« Améliorer la qualité » veut dire quelque chose de différent pour chaque partie prenante.
En comité, quelqu'un a demandé quel était le bénéfice attendu. Long silence.
On optimise l'exactitude alors que le métier raisonne en euros, et le lien n'a jamais été fait.
Le besoin n'a jamais été exprimé, juste l'envie d'« un tableau de bord avec de l'IA ».
Pour être honnête, le cas d'usage vient du cabinet de conseil, le métier n'a jamais dit ce qu'il voulait en tirer et nous demande maintenant ce qu'il est censé valider.
Après la démo : « joli, mais ce n'est pas notre problème ».
Aucun critère de recette, donc rien ne peut être recetté.
On a compris trop tard que les gestionnaires voulaient prioriser les dossiers, pas les classer.
La mairie voulait « améliorer la relation usager », sans jamais dire comment le mesurer.
Le commercial imaginait prédire le churn, la data science prédisait le panier moyen.
L'expression de besoin n'a jamais été écrite, on a codé à partir d'un mail de trois lignes.
Le sponsor est là, le budget aussi, mais on ne sait pas ce qu'on doit prouver.
""")
add("UNCLEAR_OBJECTIVE", "pos", "nl", """
We weten nog steeds niet welk getal finance precies omhoog wil zien gaan.
Er is geen nulmeting, dus we kunnen niet zeggen of het model beter is dan nu.
Eerst werd besloten "we gaan iets met AI doen", daarna zocht men een probleem.
Succescriterium nooit vastgesteld, in de stuurgroep verwachtte iedereen iets anders.
Welk bedrijfsprobleem lossen we hier eigenlijk op? Vraag staat al sinds sprint 7 open.
De afdeling wilde betere roostering, wij hebben een verzuimvoorspelling gebouwd.
Doel in de projectopdracht: "meer waarde uit data halen". Dat is alles.
Niemand heeft bepaald vanaf welke nauwkeurigheid dit als geslaagd telt.
KPI? Die is er niet, het bestuur wilde gewoon ook iets met GenAI.
De vraagstelling is drie keer veranderd, afhankelijk van wie er in de meeting zat.
Het use case kwam van het adviesbureau, niet van de business.
Na de demo zei de business: leuk, maar dit is niet ons probleem.
Acceptatiecriteria ontbreken volledig, dus er kan ook niks geaccepteerd worden.
Verslag stuurgroep: op de vraag waaraan we na de pilot succes afmeten kwam geen antwoord, er is geen nulmeting, geen KPI en de business case is één slide met het woord "efficiëntie". Actiepunt blijft open.
De gemeente wil "dienstverlening verbeteren" maar hoe meet je dat dan?
Pas bij de evaluatie bleek dat de planners prioritering wilden, geen classificatie.
""")
# ---------------------------------------------------------------- PRODUCTION_ARCHITECTURE
add("PRODUCTION_ARCHITECTURE", "pos", "de", """
Das Modell läuft nur, wenn Jonas montags sein Notebook startet.
Es gibt keinen Deploymentpfad, der PoC lebt auf einem Laptop in der Entwicklung.
Kein Monitoring: dass die Prognosen seit drei Wochen Müll sind, hat keiner gemerkt.
Retraining? Machen wir manuell, wenn jemand dran denkt.
Der Prototyp wurde ohne Gedanken an den Produktivbetrieb gebaut, jetzt fangen wir von vorn an.
Keine CI/CD-Pipeline für das Modell, jedes Update ist ein Copy-Paste auf den Server.
Betrieb hat abgelehnt: kein Runbook, kein Alerting, kein Rollback-Konzept.
Die Vorhersagen werden als CSV per Mail verschickt, eine Schnittstelle zum Ausliefern fehlt.
Das Scoring dauert 40 Minuten pro Batch, für den Echtzeit-Einsatz an der Kasse unbrauchbar.
Wer betreibt das eigentlich um 3 Uhr nachts, wenn der Endpunkt hängt?
Die Python-Umgebung existiert nur auf der VM von Frau Huber, Requirements gibts nicht.
Modellversionierung fehlt, wir wissen nicht, welches Modell gerade bei den Disponenten läuft.
Der Jupyter-Code ist nicht produktionsreif und müsste komplett neu geschrieben werden.
Die Plattform-Teams haben keine Serving-Infrastruktur für GPU-Modelle.
Seit dem Update der Bibliothek startet der Container nicht mehr, und niemand hat ihn gebaut, der noch da ist.
Drift im Modell fällt erst auf, wenn sich die Filialleiter beschweren.
PoC war erfolgreich, aber für die Überführung in Betrieb gibt es weder Zielarchitektur noch Team.
Hallo zusammen, zur Frage vom Betrieb, wann wir live gehen: Es gibt derzeit weder Container noch Pipeline noch Monitoring, die Modell-Artefakte liegen auf einem USB-Stick und das Scoring startet jemand per Hand. Ehrlich gesagt sind wir davon noch weit entfernt.
Es gibt keine Staging-Umgebung, also testen wir direkt in Prod oder gar nicht.
Der Batchjob läuft als Cronjob unter einem persönlichen Account, der nächsten Monat gelöscht wird.
Wir haben kein Feature Store, die Features im Training sind andere als im Betrieb.
Skalierung nicht möglich, das Ganze war für 1.000 Datensätze gebaut, nicht für 30 Mio.
Das Notebook hat 240 Zellen und muss in der richtigen Reihenfolge von Hand ausgeführt werden.
Die Plattform für Modellbetrieb kommt laut IT frühestens 2028.
Latenz im Callcenter inakzeptabel, Antwort kommt nach 9 Sekunden.
Nach dem Pilot wurde das Ding abgeschaltet, weil es niemand in den Regelbetrieb übernehmen konnte.
Es fehlt ein Konzept für Nachtraining, das Modell ist auf dem Stand von 2023.
Das Deployment hängt an einem Skript, das nur auf einem Windows-Rechner im Keller läuft.
mlops = null. alles handarbeit.
Seit wir das Modell im Juni auf die VM kopiert haben, schaut niemand mehr drauf, es gibt keine Logs, keine Metriken und keinen Alarm, wenn der Job nachts abbricht.
Die Pipeline bricht bei jedem Schemawechsel, weil sie nie gehärtet wurde.
Im Betriebshandbuch steht zum Modell genau ein Satz: "wird noch ergänzt".
""")
add("PRODUCTION_ARCHITECTURE", "pos", "fr", """
Ça tourne uniquement quand Karim lance son notebook le lundi matin.
Pas de chemin de mise en production, le POC vit sur un portable de l'équipe data.
Ce sont les agences qui nous ont alertés que les scores étaient tous à zéro depuis le 3, nous on n'avait aucune alerte.
réentraînement : quand Mehdi a un moment, en général entre deux sprints
Le prototype a été construit sans penser à la prod, il faut tout refaire.
Pas de chaîne CI/CD pour le modèle, chaque mise à jour c'est un copier-coller sur le serveur.
L'exploitation a refusé la MEP : pas de runbook, pas d'alerting, pas de plan de retour arrière.
Les prédictions sont envoyées par mail en CSV, aucune API pour les exposer.
Le scoring prend 40 minutes par lot, inutilisable en temps réel en caisse.
Qui gère ça à 3 h du matin quand l'endpoint plante ?
Pas de requirements.txt, pas d'image, ça marche sur la VM de Sophie et nulle part ailleurs.
Pas de versionnage des modèles, on ignore quelle version tourne chez les régulateurs.
Le code des notebooks n'est pas industrialisable, il faudrait tout réécrire.
L'équipe plateforme n'a pas d'infra de serving pour les modèles GPU.
La dérive du modèle n'est détectée que quand les chefs de rayon se plaignent.
POC concluant mais aucune architecture cible ni équipe pour le run.
Pas industrialisé, point.
Pas d'environnement de recette, on teste directement en prod, ou pas du tout.
Le job de scoring est lancé par une tâche planifiée Windows sous le compte AD d'un collègue qui part en retraite.
Les features calculées en entraînement ne sont pas les mêmes qu'en production.
Le proto charge tout en mémoire avec pandas ; sur le volume réel de la banque, il tombe au bout de dix minutes.
Le notebook fait 240 cellules qu'il faut exécuter à la main dans le bon ordre.
La plateforme MLOps de la DSI n'arrivera pas avant 2028.
9 s de latence par appel alors que le SLA du centre d'appels impose une réponse en moins d'une seconde.
Après le pilote, on a coupé faute d'équipe pour le maintien en condition opérationnelle.
Le modèle n'a jamais été réentraîné depuis 2023, aucun processus prévu.
Le déploiement dépend d'un script qui ne tourne que sur un PC Windows au sous-sol.
industrialisation : néant. tout est fait à la mano.
Pour la date de MEP demandée par l'exploitation : ni conteneur, ni pipeline, ni supervision, les artefacts sont sur une clé USB et le scoring est lancé à la main. On en est loin.
La chaîne casse à chaque changement de schéma, elle n'a jamais été durcie.
Dans le dossier d'exploitation, la partie modèle tient en une ligne : « à compléter ».
Le POC a été fait sur le poste perso du stagiaire, impossible à reproduire.
""")
add("PRODUCTION_ARCHITECTURE", "pos", "nl", """
Het draait alleen als Priya op maandag haar notebook start.
Er is geen pad naar productie, de POC staat op een laptop van het datateam.
Geen monitoring: niemand had door dat de voorspellingen al drie weken fout zijn.
Hertrainen? Handmatig, als iemand eraan denkt.
Beheer weigert de livegang: geen runbook, geen alerting, geen rollbackplan.
De voorspellingen gaan als CSV per mail rond, er is geen API.
Wie beheert dit om 3 uur 's nachts als het endpoint hangt?
Geen modelversiebeheer, we weten niet welke versie bij de planners draait.
De notebookcode is niet productierijp en moet helemaal herschreven worden.
Het model is sinds 2023 niet meer getraind, daar is geen proces voor.
De batchjob draait als cronjob onder een persoonlijk account dat volgende maand verdwijnt.
Geen acceptatieomgeving, dus testen we direct in productie of helemaal niet.
De pijplijn breekt bij elke schemawijziging omdat hij nooit robuust is gemaakt.
Na de pilot is het uitgezet omdat niemand het in de lijn kon overnemen.
Geen MLOps, punt.
Gebouwd voor duizend regels, niet voor dertig miljoen. Schaalt niet.
""")
# ---------------------------------------------------------------- INTEGRATION
add("INTEGRATION", "pos", "de", """
Das Modell funktioniert, aber wir kriegen die Ergebnisse nicht ins SAP zurückgeschrieben.
Die Schnittstelle zum Krankenhausinformationssystem gibt es nicht, der Hersteller will 18 Monate.
Das Altsystem der Kernbank hat keine API, nur einen nächtlichen Dateiexport im Fixed-Width-Format.
Die Disponenten müssten die Empfehlung von Hand ins TMS abtippen, das macht keiner.
Der Anbieter des Leitstandsystems lässt keine Fremdanbindung zu.
Anbindung an Salesforce scheitert an den API-Limits, wir kommen auf 5 % der Aufrufe, die wir bräuchten.
Die Middleware der Stadtwerke kann nur SOAP, unser Scoring-Service nur REST, und für einen Adapter dazwischen gibt es weder Zuständigkeit noch Freigabe.
SIT mit dem ERP seit drei Wochen blockiert, Mapping der Materialnummern passt nicht.
Das Dokumentenmanagement der Kanzlei lässt sich nicht auslesen, alles proprietär.
Wir können das Modell nicht in den Workflow der Sachbearbeitung einhängen, der ist hart codiert im Mainframe.
Die Ergebnisse landen in einem separaten Tool, das neben den drei anderen offen sein müsste.
Stand Anbindung: Das Modell liefert die Empfehlungen pünktlich, aber der Scanner in der Wareneingangshalle spricht nur ein Protokoll von 1998, das ERP nimmt keine Rückmeldungen von aussen an und der Hersteller will für beides ein separates Projekt.
Single Sign-On mit dem Intranet klappt nicht, also muss man sich extra anmelden.
Das Schulverwaltungsprogramm hat keine Schnittstelle, Export nur als PDF.
Der Hersteller der Melkroboter rückt die Schnittstellendoku nicht raus.
Die Buchungsplattform ändert jedes Quartal ihr API-Format ohne Vorankündigung.
Das Ticketsystem im Kundenservice ist so angepasst, dass kein Plugin mehr reinpasst.
Für die Rückmeldung ans Lager-System fehlt ein Event, und das Team dort hat keine Kapazität.
CAD-Dateien aus der Planung können wir nicht lesen, Format wird nur von der Baufirma unterstützt.
Die Anbindung an das Fachverfahren der Behörde braucht eine Freigabe des Rechenzentrums und ein Jahr Umsetzung.
Das Modell erwartet Echtzeit, das Core-Banking liefert einmal nachts.
Die API des Netzleitsystems ist nur lesend, Steuerbefehle zurück sind nicht vorgesehen.
Wir hängen immer noch am Mapping zwischen den Artikelnummern im Shop und im Warenwirtschaftssystem.
Das Pilotteam kopiert die Scores aus dem Dashboard ins CRM. Per Hand. Jeden Tag.
Der Lieferant des LIMS verlangt 80.000 EUR für eine Schnittstelle.
Das HR-System lässt keine externen Aufrufe zu, nur Batch-Upload über SFTP.
Die Einbindung in die Telefonanlage ist technisch nicht vorgesehen.
Die Integration in Outlook klappt nur mit dem alten Client, nicht mit dem neuen.
Ohne Anbindung an den Dispatch-Workflow bleibt das eine hübsche Insellösung.
wie sollen die Mitarbeitenden das nutzen, wenn es nicht im Kassensystem auftaucht?
Das Redaktionssystem hat keine Erweiterungspunkte, der Hersteller sagt "nicht geplant".
Unterschiedliche Kundennummern im CRM und im Abrechnungssystem, ein Join ist nicht möglich.
""")
add("INTEGRATION", "pos", "fr", """
Le modèle fonctionne, mais impossible de réécrire les résultats dans SAP.
Aucune interface avec le DPI de l'hôpital, l'éditeur annonce 18 mois.
Le core banking n'a pas d'API, juste un export fichier la nuit en format positionnel.
Les planificateurs devraient recopier la recommandation à la main dans le TMS, personne ne le fait.
Le contrat de maintenance de l'hyperviseur réseau interdit toute brique tierce, sous peine de perte de garantie.
Salesforce nous coupe au bout de 15 000 appels par jour, il en faudrait 300 000 pour scorer tout le portefeuille.
L'ESB ne parle que SOAP et notre service de scoring que REST.
Recette d'intégration bloquée depuis trois semaines, le mapping des références articles ne colle pas.
La GED du cabinet est propriétaire, on ne peut rien en extraire.
Impossible de brancher le modèle dans le workflow des gestionnaires, tout est codé en dur sur le mainframe.
Les résultats arrivent dans un outil à part, qu'il faudrait ouvrir en plus des trois autres.
Point intégration : le modèle sort bien ses recommandations, mais les douchettes de l'entrepôt utilisent un protocole de 1998, l'ERP refuse toute écriture venant de l'extérieur, et l'éditeur veut un projet séparé pour chacun des deux.
L'outil n'est pas derrière l'ADFS, donc un login de plus à retenir pour les agents d'accueil.
Pronote ne nous sort que des PDF, on ne peut rien récupérer proprement pour alimenter le modèle en retour.
Le constructeur des robots de traite garde son protocole fermé, il faudrait passer par leur propre plateforme payante.
La plateforme de réservation change son format d'API chaque trimestre sans prévenir.
Le CRM du service client est tellement customisé qu'aucun plugin ne passe.
Il manque un événement pour remonter l'info au WMS et l'équipe n'a pas de capacité.
Les fichiers de l'architecte ne sont lisibles qu'avec le logiciel de l'entreprise de BTP.
Le raccordement à l'application métier de la préfecture demande un an et l'accord du centre serveur.
Le modèle attend du temps réel, le système comptable livre une fois par nuit.
L'API du SCADA est en lecture seule, impossible de renvoyer une consigne.
On bloque encore sur la correspondance entre les références e-commerce et celles de l'ERP.
L'équipe pilote copie les scores du dashboard vers le CRM. À la main. Tous les jours.
Le fournisseur du LIMS demande 80 000 € pour ouvrir une interface.
Le SIRH n'accepte aucun appel externe, seulement un dépôt SFTP.
L'intégration au standard téléphonique n'est tout simplement pas prévue.
Sans branchement dans l'outil de dispatch, ça reste un joli gadget isolé.
comment les vendeurs vont l'utiliser si ça n'apparaît pas dans la caisse ?
Le système éditorial n'a aucun point d'extension, l'éditeur répond « pas sur la roadmap ».
Les identifiants clients diffèrent entre le CRM et la facturation, aucune jointure possible.
Le connecteur vers Outlook ne marche qu'avec l'ancien client lourd.
""")
add("INTEGRATION", "pos", "nl", """
Het model werkt, maar we krijgen de uitkomsten niet terug in SAP.
Er is geen koppeling met het EPD, de leverancier noemt anderhalf jaar.
Het oude kernbanksysteem heeft geen API, alleen een nachtelijke bestandsexport.
De planners moeten het advies met de hand in het TMS overtypen, dat doet niemand.
De ketentest met het ERP ligt al drie weken stil, de artikelnummers matchen niet.
De resultaten staan in een los tooltje dat naast drie andere schermen open moet.
Geen SSO met het intranet, dus medewerkers moeten apart inloggen.
De leverancier van het LIMS vraagt 80.000 euro voor een interface.
Het pilotteam kopieert de scores elke dag handmatig naar het CRM.
Het HR-systeem accepteert geen externe calls, alleen een upload via SFTP.
Zonder koppeling met de dispatch-workflow blijft het een eilandje.
De API van het netbeheersysteem is alleen-lezen, terugsturen kan niet.
Het leerlingvolgsysteem heeft geen koppelvlak, export alleen als PDF.
hoe moeten de verkopers dit gebruiken als het niet in het kassasysteem zit?
Koppeling lukt niet.
Het boekingsplatform wijzigt elk kwartaal zonder aankondiging het API-formaat.
""")
# ---------------------------------------------------------------- SECURITY_COMPLIANCE
add("SECURITY_COMPLIANCE", "pos", "de", """
Die DSFA ist seit vier Monaten beim Datenschutz und kommt nicht zurück.
Der Betriebsrat hat der Auswertung der Arbeitszeiten nicht zugestimmt, damit ist der Use Case tot.
DSGVO: Wir dürfen die Gesundheitsdaten nicht für das Training verwenden, Einwilligung fehlt.
IT-Security verbietet den Aufruf der externen LLM-API, Daten würden die EU verlassen.
Freigabe durch den Informationssicherheitsbeauftragten steht aus, ohne die kein Go-Live.
Die Rechtsabteilung sieht bei den Kreditentscheidungen ein Diskriminierungsrisiko und blockiert.
Mitbestimmung: BR will eine Betriebsvereinbarung, Verhandlungen starten frühestens im Frühjahr.
Laut Datenschutzbeauftragtem ist die Zweckbindung verletzt, die Daten wurden für Abrechnung erhoben.
Pentest hat drei kritische Findings ergeben, bis zur Behebung ist alles eingefroren.
Die BaFin-Anforderungen an Modellrisiko sind nicht erfüllt, die Validierung fehlt.
Einkauf hat den Vertrag gestoppt, weil der Cloud-Anbieter nicht auf der Liste der zugelassenen Dienstleister steht und das Onboarding-Verfahren mindestens ein halbes Jahr dauert.
Pseudonymisierung reicht dem DSB nicht, er will vollständige Anonymisierung. Dann ist das Modell wertlos.
Der AI Act stuft das als Hochrisiko ein, für die Konformitätsbewertung hat niemand Kapazität.
Compliance hat das Projekt gestoppt, weil Kundengespräche ohne Hinweis aufgezeichnet wurden.
Das Swissmedic-Thema ist noch offen, solange gilt das Tool nicht als zugelassen.
Bei der Schulbehörde ist die Verwendung von Schülerdaten rechtlich nicht geklärt.
Auftragsverarbeitungsvertrag mit dem Anbieter noch nicht unterschrieben, Einkauf und Legal streiten.
Das Gremium für KI-Governance tagt nur quartalsweise und hat uns wieder vertagt.
Ohne TOMs-Nachweis keine Freigabe, und den kann der Dienstleister nicht liefern.
Die Revision hat moniert, dass Modellentscheidungen nicht nachvollziehbar sind. Projekt auf Eis.
Personenbezogene Daten im Prompt, das ging beim Security-Review gar nicht durch.
Unsere Personalvertretung fürchtet Leistungskontrolle und hat Widerspruch eingelegt.
Das Löschkonzept fehlt, solange wird der Datenschutz nichts freigeben.
Berufsgeheimnis: Mandantenakten dürfen nicht an ein externes Modell, sagt die Kammer.
Zugriffskonzept abgelehnt, zu viele Leute hätten Zugriff auf Gehaltsdaten.
Exportkontrolle: Die Konstruktionsdaten dürfen nicht auf US-Server.
Laut Legal ist unklar, wer haftet, wenn die Empfehlung falsch ist. Bis dahin kein Einsatz.
Wir warten seit Juni auf das Ok vom Datenschutz, dreimal nachgefragt, keine Antwort.
der DSB hat bei der Verarbeitung von Kennzeichen sofort die Notbremse gezogen
Die Aufsicht verlangt eine Erklärbarkeit, die unser Modell nicht bietet.
Security-Freigabe für den Container fehlt, Base-Image hat bekannte CVEs.
Update Datenschutz: Die DSFA ist eingereicht, der DSB hat aber Rückfragen zur Rechtsgrundlage, die Einwilligungserklärung der Patienten deckt KI-Auswertungen nicht ab und die Ethikkommission tagt erst wieder im März. Bis dahin dürfen wir keine Echtdaten anfassen.
""")
add("SECURITY_COMPLIANCE", "pos", "fr", """
L'AIPD est chez le DPO depuis quatre mois et ne revient pas.
Le CSE n'a pas donné son avis sur l'analyse des temps de travail, le cas d'usage est gelé.
RGPD : pas de consentement pour utiliser les données de santé à des fins d'entraînement.
La sécurité interdit l'appel à l'API LLM externe, les données sortiraient de l'UE.
Le dossier de sécurité est chez le RSSI depuis août, tant qu'il n'a pas signé la PSSI nous interdit d'ouvrir.
Avis défavorable du juridique : variables proxy de l'origine dans le scoring crédit, risque de discrimination.
La direction juridique demande un avis de la CNIL avant d'aller plus loin.
Selon le DPO, la finalité n'est pas respectée : les données ont été collectées pour la facturation.
Rapport d'audit d'intrusion : trois critiques, dont une injection sur l'API. Ouverture suspendue.
Les exigences ACPR sur le risque de modèle ne sont pas remplies, pas de validation indépendante.
L'hébergeur n'est pas certifié HDS, donc impossible pour les données patients.
La pseudonymisation ne suffit pas au DPO, il veut de l'anonymisation. Le modèle devient inutile.
L'AI Act classe ça en haut risque et personne n'a la capacité de faire l'évaluation de conformité.
La conformité a arrêté le projet, les appels clients étaient enregistrés sans information préalable.
L'utilisation des données élèves n'a jamais été validée juridiquement par le rectorat.
Le contrat de sous-traitance RGPD n'est toujours pas signé, achats et juridique se renvoient la balle.
Le comité de gouvernance IA ne se réunit qu'une fois par trimestre et nous a encore reportés.
L'audit interne reproche l'absence d'explicabilité des décisions, projet suspendu.
Des données perso dans les prompts : refus net à la revue sécurité.
Les représentants du personnel craignent une surveillance des salariés et s'y opposent.
Pas de politique de durée de conservation, donc pas de feu vert du DPO.
Secret professionnel : les dossiers clients du cabinet ne peuvent pas partir vers un modèle externe.
Matrice des droits refusée par la DRH et la sécu : la moitié de la DSI aurait vu les rémunérations.
Le contrôle export interdit d'envoyer les plans sur des serveurs américains.
D'après le juridique, on ne sait pas qui est responsable si la recommandation est fausse. Donc pas d'usage.
On attend le go du DPO depuis juin, trois relances, zéro réponse.
le DPO a tiré le frein à main dès qu'il a vu les plaques d'immatriculation
Le régulateur exige une explicabilité que notre modèle ne fournit pas.
Point conformité : AIPD déposée, mais le DPO questionne la base légale, le consentement des patients ne couvre pas l'IA et le comité d'éthique ne siège qu'en mars. D'ici là, pas de vraies données.
Bloqué par RGPD.
Homologation SecNumCloud exigée pour ce ministère, notre fournisseur ne l'a pas.
Tant que la clause de réversibilité n'est pas validée par le juridique, rien ne bouge.
""")
add("SECURITY_COMPLIANCE", "pos", "nl", """
De DPIA ligt al vier maanden bij privacy en komt maar niet terug.
De OR heeft geen instemming gegeven voor het analyseren van werktijden, use case ligt stil.
AVG: we mogen de gezondheidsgegevens niet gebruiken voor training, geen toestemming.
Security verbiedt de externe LLM-API, de data zou de EU verlaten.
De FG zegt dat het doelbindingsbeginsel geschonden wordt, de data was voor facturatie.
De pentest leverde drie kritieke bevindingen op, alles bevroren tot ze opgelost zijn.
De toezichthouder (DNB) eist modelvalidatie die we niet hebben.
Legal ziet een discriminatierisico bij de kredietbeoordeling en houdt het tegen.
Verwerkersovereenkomst nog niet getekend, inkoop en juridische zaken zijn het oneens.
PII in de prompts, bij de security review direct afgekeurd.
De audit-afdeling vindt de beslissingen van het model niet uitlegbaar. Project on hold.
Er is geen bewaartermijnbeleid, dus de privacy officer geeft geen akkoord.
Volgens juridische zaken is onduidelijk wie aansprakelijk is bij een fout advies.
we wachten sinds juni op akkoord van de FG, drie keer gerappelleerd, niks
Het AI-governanceboard vergadert één keer per kwartaal en heeft ons weer doorgeschoven.
Update privacy: de DPIA is ingediend, maar de FG heeft vragen over de grondslag, de toestemming van patiënten dekt geen AI-analyse en de ethische commissie komt pas in maart weer bij elkaar. Tot die tijd geen echte data.
""")
# ---------------------------------------------------------------- OWNERSHIP_SPONSORSHIP
add("OWNERSHIP_SPONSORSHIP", "pos", "de", """
Seit der Sponsor zur Konzernmutter gewechselt ist, fühlt sich niemand mehr zuständig.
Wer ist eigentlich der Product Owner? Die Frage ist seit drei Sprints offen.
Der neue Bereichsleiter hat andere Prioritäten, das Projekt wurde in die Warteschleife gestellt.
Fachbereich und IT schieben sich die Verantwortung gegenseitig zu.
Nach der Reorganisation gehört das Thema formal zu keiner Abteilung mehr.
Im SteerCo sass diesmal niemand vom Business, Entscheidungen wurden wieder vertagt.
Die Geschäftsleitung hat Kostensenkung ausgerufen, KI-Themen sind nicht mehr Priorität eins.
Vertrieb will das Modell, Marketing will es nicht, und keiner entscheidet.
Unsere Sponsorin ist in Elternzeit, eine Vertretung gibt es nicht.
Drei Mails und zwei Terminanfragen an den Auftraggeber seit Oktober, keine Antwort, und ohne seine Entscheidung dürfen wir weder den Pilot verlängern noch abbrechen.
Es gibt fünf Stakeholder mit Vetorecht und keinen, der am Ende unterschreibt.
Die Abnahme macht wer? Die Klinikleitung verweist auf die Pflegedirektion und umgekehrt.
Mit der Fusion wurden die Prioritäten komplett neu gemischt, unser Projekt fiel raus.
Der CDO, der das angestossen hat, ist weg, und sein Nachfolger kennt das Projekt nicht.
Niemand im Werk will das Risiko übernehmen, falls das Modell danebenliegt.
Die Regionalleiter waren nie an Bord, das kam alles von der Zentrale.
Projekt verwaist. Letzter Kommentar des Owners vom 14.02.
Es wurde im Lenkungskreis beschlossen, erst das ERP-Programm fertigzumachen.
Die Verantwortung liegt "beim Team", also bei niemandem.
Hallo Frau Keller, seit der Gemeinderatswahl hat der neue Bürgermeister das Thema nicht mehr angesprochen, die Abteilungsleitung verweist auf ihn, er auf die Abteilung, und so liegt die Freigabe für die nächste Phase seit Monaten bei niemandem.
Budget wäre da, aber niemand aus dem Fachbereich will die Produktverantwortung übernehmen.
Die Landesgesellschaften in AT und CH ziehen nicht mit, die Zentrale setzt sich nicht durch.
Unser Ansprechpartner bei der Reederei wechselt alle zwei Monate.
Nach dem Führungswechsel im Einkauf wurde der Pilot stillschweigend nicht verlängert.
Zwei Bereichsleiter streiten, wem das Modell "gehört", seit Wochen Stillstand.
Hat eigentlich irgendwer im Vorstand das noch auf dem Schirm?
Der Entscheider taucht in keinem Termin auf, schickt immer nur seinen Assistenten.
Sales hat die Zusage zurückgezogen, jetzt ist Q4 und alles geht ins Jahresendgeschäft.
Es war das Lieblingsprojekt vom alten CIO. Der neue hat es als erstes gestrichen.
Die Redaktion und die Verlagsleitung sind sich über die Richtung uneins, wir hängen dazwischen.
ownership ungeklärt, seit dem Abgang von Herrn Meier kümmert sich keiner
Kein Mandat von oben, deshalb macht jede Abteilung weiter wie bisher.
""")
add("OWNERSHIP_SPONSORSHIP", "pos", "fr", """
Notre sponsor a été promu au siège du groupe, depuis le sujet flotte entre deux directions.
Qui est le product owner au juste ? Question ouverte depuis trois sprints.
Arrivée d'un nouveau directeur des opérations, première décision : « on verra ça l'an prochain ».
Ping-pong permanent entre DSI et métier pour savoir qui doit porter le projet.
Dans le nouvel organigramme, l'équipe data ne dépend plus de personne, et le projet non plus.
Personne du métier au COPIL cette fois, décisions encore reportées.
Le comex a réorienté les priorités vers la cybersécurité, l'IA passe au second plan.
Les ventes veulent le modèle, le marketing n'en veut pas, et personne ne tranche.
Sponsor en congé long, aucun intérim nommé, les arbitrages attendent son retour en avril.
Trois relances et deux demandes de rendez-vous au commanditaire depuis octobre, zéro réponse, et sans sa décision on ne peut ni prolonger ni arrêter le pilote.
Tout le monde peut dire non, personne n'est habilité à dire oui.
Qui valide ? La direction de l'hôpital renvoie vers la direction des soins, et inversement.
Post-fusion, la feuille de route commune n'a repris aucun des projets de l'ex-mutuelle, dont le nôtre.
Le CDO qui l'avait lancé est parti, son successeur ne connaît pas le dossier.
Le directeur d'usine refuse de signer quoi que ce soit tant qu'il n'est pas clair qui assume en cas d'erreur.
Troisième référent métier en six mois côté armateur, chacun repart de zéro et remet tout en cause.
Projet orphelin. Dernier commentaire du porteur le 14/02.
Le comité de direction a décidé de finir d'abord le programme ERP.
RACI rempli avec des « C » et des « I » partout, et pas un seul « A ».
Sponsor parti, projet orphelin.
Le budget est là, mais personne côté métier ne veut endosser le rôle de PO.
Les filiales belge et suisse ne suivent pas, et le siège ne s'impose pas.
Bonjour, depuis les municipales le nouveau maire n'a plus évoqué le sujet, la direction des services renvoie vers lui, lui renvoie vers la direction, et la décision pour la phase suivante n'est portée par personne depuis des mois.
Le pilote n'a pas été reconduit après le changement de directeur des achats, sans explication.
Deux directeurs se disputent la propriété du modèle, tout est figé depuis des semaines.
Quelqu'un sait encore qui est sponsor de ce truc ?
Le DGA est excusé pour la quatrième fois d'affilée, son adjoint n'a pas mandat pour trancher.
Les commerciaux ont retiré leur soutien, on est en fin d'année et tout part sur le closing.
Projet du DSI sortant ; son successeur a fait le ménage dans le portefeuille dès sa première semaine.
La rédaction et la direction du groupe de presse ne sont pas d'accord sur la direction à prendre.
pas de porteur depuis le départ de M. Dubois, le ticket traîne
Aucun mandat de la direction, chaque service continue comme avant.
""")
add("OWNERSHIP_SPONSORSHIP", "pos", "nl", """
Onze sponsor is doorgeschoven naar de holding en sindsdien zweeft het project tussen twee directies.
Wie is eigenlijk de product owner? Die vraag staat al drie sprints open.
De nieuwe directeur heeft andere prioriteiten, het project staat in de wacht.
Pingpong tussen IT en de business over wie dit moet trekken, al maanden.
Na de reorganisatie valt het onderwerp onder geen enkele afdeling meer.
In de stuurgroep zat niemand van de business, besluiten weer uitgesteld.
Sales wil het model, marketing niet, en niemand hakt de knoop door.
Opdrachtgever is onbereikbaar.
Na de fusie met de buurcorporatie is de gezamenlijke roadmap opgesteld zonder ons project erin.
De CDO die dit startte is weg en zijn opvolger kent het dossier niet.
Project is verweesd, laatste reactie van de eigenaar op 14 februari.
De regiomanagers stonden er nooit achter, het kwam allemaal van het hoofdkantoor.
Het geld staat klaar, alleen wil geen enkele teamleider de rol van product owner op zich nemen.
Twee directeuren ruziën over wie eigenaar is van het model, weken stilstand.
Is er in de raad van bestuur nog iemand die hier wakker van ligt?
Het was het stokpaardje van de oude CIO, de nieuwe heeft het meteen geschrapt.
""")
# ---------------------------------------------------------------- SKILLS_GAP
add("SKILLS_GAP", "pos", "de", """
Unser einziger Data Scientist hat gekündigt, seitdem steht alles.
Niemand im Team kann Kubernetes, und die Plattformgruppe hat keine Leute frei.
Die Stelle für den ML-Engineer ist seit neun Monaten ausgeschrieben, keine passende Bewerbung.
Der Werkstudent, der das Modell gebaut hat, ist fertig mit dem Studium und weg.
Wir haben Analysten, aber keinen, der ein Modell in Produktion bringen kann.
Das Know-how steckt komplett beim externen Dienstleister, der Vertrag ist ausgelaufen.
Für Data Engineering haben wir 0,3 FTE. Für drei Projekte.
Keiner versteht den Code, den Lukas hinterlassen hat, und Lukas ist bei der Konkurrenz.
In der IT gibt es niemanden mit Erfahrung in Zeitreihenmodellen.
Das Team besteht aus zwei Praktikanten und einer Teilzeitkraft.
Der Fachexperte für Tarifierung ist in Rente gegangen, sein Wissen war nirgends dokumentiert.
Wir müssten erst Spark lernen, bevor wir mit den Daten überhaupt etwas machen können.
Ohne jemanden, der Python und SAP versteht, kommen wir nicht weiter.
Die zwei Neuen sind motiviert, aber keiner von beiden hat je mit Zeitreihen oder Spark gearbeitet, und die interne Schulung dazu findet erst im Herbst statt.
Dem Team fehlt die Erfahrung mit Computer Vision, wir haben bisher nur Tabellen gemacht.
Fluktuation im Data-Team: dreimal in einem Jahr neu besetzt, jedes Mal Einarbeitung von vorne.
Haben wir überhaupt jemanden, der Azure ML bedienen kann? Bisher nein.
Die Kollegin, die die Pipeline gebaut hat, ist in Elternzeit und niemand kann sie warten.
Der Personalstopp verhindert, dass wir den Data Engineer einstellen.
Unser Partner hat seine Senior-Leute abgezogen, übrig sind Juniors ohne Domänenwissen.
Der Lehrstuhl hat das Modell gebaut, aber bei uns kann es niemand weiterentwickeln.
Es gibt schlicht niemanden, der die Labels fachlich prüfen kann, die Ärzte haben keine Zeit.
Auf dem Markt in Zürich finden wir keine MLOps-Leute zu unseren Gehältern.
Der Admin kennt sich mit GPU-Treibern nicht aus, der Server läuft seit Wochen nicht.
Retro: Wir haben die Komplexität unterschätzt und hatten niemanden mit NLP-Erfahrung.
Das ganze Projekt hing an einer Person, die jetzt krankgeschrieben ist.
Wir sind drei Leute für Daten, Modell, Betrieb und Support. Geht nicht.
Statistikkenntnisse in der Fachabteilung gleich null, die Ergebnisse kann niemand interpretieren.
Die Agentur hat den Prototyp gebaut und ist weg, intern kann keiner Go oder Rust.
Knowhow fehlt ganz klar, wir basteln seit Monaten am Feature Engineering rum
Seit der Kündigung von Frau Yilmaz gibt es keinen, der das Datenmodell versteht.
Retro-Notiz: Seit der Abgang von Stefan und dem Wechsel von Aylin ins Controlling kann niemand mehr die Pipeline debuggen, die Doku ist veraltet, die Stelle ist ausgeschrieben, aber bis jemand eingearbeitet ist, vergehen sicher sechs Monate.
""")
add("SKILLS_GAP", "pos", "fr", """
Départ de notre unique data scientist fin août, le repo n'a plus bougé depuis.
On doit déployer sur le cluster k8s mais personne chez nous n'a jamais écrit un manifeste.
Offre ML engineer publiée sur Welcome, LinkedIn et APEC depuis janvier : trois entretiens, zéro profil adapté.
Fin d'alternance pour Lucas en septembre, c'était le seul à savoir relancer l'entraînement.
Nos contrôleurs savent faire des TCD, pas un service de scoring ; il nous faut un vrai profil data engineer.
Fin du marché avec l'intégrateur, et on s'aperçoit qu'aucun transfert de compétences n'avait été prévu.
Côté data engineering c'est un tiers de temps partagé entre trois chantiers, forcément ça n'avance pas.
Le code de feature engineering est illisible pour tout le monde depuis que son auteur est parti chez la concurrence.
La DSI sait faire du BI classique, mais la prévision de séries temporelles, personne ne connaît.
équipe actuelle : 2 stagiaires + Nathalie à 50 %, on ne va pas faire de miracles
Départ en retraite de l'actuaire référent, toutes les règles métier étaient dans sa tête.
Les volumes exigent Spark, or l'équipe n'a jamais dépassé pandas sur un portable.
Sans quelqu'un qui connaît à la fois Python et SAP, on n'avance pas.
Les deux recrues sont motivées, mais aucune n'a jamais touché à Spark ni aux séries temporelles, et la formation interne n'est prévue qu'à l'automne.
L'équipe n'a aucune expérience en vision par ordinateur, on n'a fait que du tabulaire.
Turnover dans l'équipe data : trois remplacements en un an, on repart de zéro à chaque fois.
A-t-on seulement quelqu'un qui sait utiliser Azure ML ? Pour l'instant, non.
La collègue qui a monté le pipeline est en congé parental et personne ne sait le maintenir.
Gel des recrutements décidé par la DRH, le poste de data engineer validé en mars ne sera pas ouvert.
Le prestataire a rappelé ses deux consultants confirmés sur un autre client, on nous a mis des débutants à la place.
Le labo universitaire a fait le modèle, mais chez nous personne ne peut le faire évoluer.
Il n'y a personne pour valider les annotations, les médecins n'ont pas le temps.
Les profils MLOps à Genève partent dans les banques privées, nos grilles de la fonction publique ne suivent pas.
L'admin ne connaît rien aux drivers GPU, le serveur est en rade depuis des semaines.
Rétro : on a sous-estimé la complexité, personne n'avait d'expérience en NLP.
Bus factor de 1 : Karine est en arrêt depuis trois semaines et le flux de nuit tombe sans que personne sache le relancer.
On est trois pour la donnée, le modèle, l'exploitation et le support. Intenable.
Les équipes métier n'ont aucune culture statistique, personne ne sait lire les résultats.
Note de rétro : depuis le départ de Julien et la mutation d'Inès au contrôle de gestion, plus personne ne sait déboguer le pipeline, la doc est périmée, le poste est ouvert mais il faudra six mois pour former quelqu'un.
clairement on manque de compétences, ça fait des mois qu'on bricole les features
Depuis le départ de Mme Lefèvre, plus personne ne comprend le modèle de données.
Personne pour maintenir.
""")
add("SKILLS_GAP", "pos", "nl", """
Sinds Sanne weg is heeft niemand meer een commit gedaan op het modelrepo.
We moeten op het k8s-cluster deployen maar niemand hier heeft ooit een Helm chart gezien.
De vacature voor ML-engineer staat al negen maanden open, geen geschikte kandidaten.
De afstudeerder die het model schreef is klaar en weg, de code begrijpt verder niemand.
Alle kennis zit bij de externe partij en het contract is afgelopen.
data engineering = een derde van Kees, verdeeld over drie projecten. succes ermee
Niemand snapt de code die Daan heeft achtergelaten, en Daan werkt nu bij de concurrent.
Het team bestaat uit twee stagiairs en een parttimer.
De tariferingsexpert is met pensioen en zijn kennis stond nergens op papier.
Retro: sinds Bram vertrok en Fatima naar control ging kan niemand de pijplijn meer debuggen, de documentatie is verouderd en tot iemand nieuw is ingewerkt zijn we zeker een half jaar verder.
Personeelsstop vanaf Q2, de goedgekeurde vacature voor de data engineer gaat niet open.
Er is niemand om de labels inhoudelijk te controleren, de artsen hebben geen tijd.
Het hele project hing aan één persoon en die zit nu ziek thuis.
We zijn met z'n drieën voor data, model, beheer en support. Onhoudbaar.
kennis ontbreekt gewoon, we prutsen al maanden aan de features
Het bureau heeft het prototype gebouwd en is weg, intern kan niemand ermee verder.
""")
# ---------------------------------------------------------------- SCOPE_CREEP
add("SCOPE_CREEP", "pos", "de", """
Angefangen hat es mit einer Prognose für ein Lager, jetzt sollen es alle 14 Standorte plus Filialen sein.
Jede Woche kommt im Jour fixe eine neue Anforderung dazu, ein MVP gibt es immer noch nicht.
Nach der Demo wollte der Fachbereich noch Erklärungen, Szenarien, Simulation und eine App.
Der Scope wurde im Lenkungsausschuss erneut erweitert, diesmal um die Schweizer Tochter.
Wir wollten nur Rechnungen klassifizieren, jetzt sollen wir auch noch Verträge prüfen und Mahnungen schreiben.
Das Backlog ist von 30 auf 210 Stories gewachsen, live ist nichts.
"Könnt ihr das auch noch für Französisch und Italienisch machen?" – das war vor der ersten Version.
Statt einer ersten Version für die Notaufnahme soll es jetzt gleich das ganze Klinikum abdecken.
Der Chatbot soll inzwischen auch Termine buchen, Rechnungen erklären und Beschwerden annehmen.
Go-Live wurde viermal verschoben, jedes Mal wegen "nur noch einer Kleinigkeit".
Aus "Erkennung von Schäden an Paletten" wurde "End-to-End-Qualitätsplattform".
Im Refinement kamen heute wieder neun neue Stories rein, davon keine einzige für die Basisfunktion, die Liste wächst schneller, als wir liefern können.
Bevor irgendwas produktiv geht, will der Vertrieb noch eine Integration in alle Kanäle.
Phase 1 wurde nie abgeschlossen, weil ständig Phase-2-Themen reingezogen wurden.
Erst Weizen, dann auch Mais und Raps, jetzt sollen wir Tierhaltung mitmachen.
Das Pflichtenheft hat inzwischen Version 17.
Niemand traut sich, Nein zu sagen, also kommt alles in den Scope.
Wir bauen an einem Feature nach dem anderen, ohne dass je ein Nutzer die Basisversion gesehen hat.
Zur Prognose kam ein Dashboard, zum Dashboard ein Alerting, zum Alerting eine Mobile-App.
Die Anforderung "auch für Baustellen in Österreich" hat alles wieder aufgemacht.
Statusbericht KW 23: Die erste Version für die Schadenmeldung Kfz wäre abnahmebereit gewesen, aber inzwischen sollen auch Hausrat, Haftpflicht und Reise rein, dazu ein Kundenportal und eine Anbindung an die Makler. Go-Live daher erneut verschoben.
Wann haben wir eigentlich beschlossen, dass das auch für die Rechtsabteilung funktionieren muss?
Eigentlich fertig für den Pilot, aber jetzt will man vor dem Rollout noch sieben weitere Dokumenttypen.
Der ursprüngliche Use Case ist in der Masse an Zusatzwünschen untergegangen.
MVP-Definition wurde so oft erweitert, dass es kein MVP mehr ist.
Die Schulbehörde wollte erst eine Vertretungsplanung, inzwischen den kompletten Stundenplan mit KI.
feature creep vom feinsten, jede Abteilung hat noch einen Sonderwunsch
Reiseportal: Aus Preisprognose wurde Preis-, Hotel-, Wetter- und Streikprognose.
Wir haben die Erstversion nie ausgeliefert, weil ständig "noch ein Land" dazukam.
Der Auftrag umfasst inzwischen drei Sprachen, fünf Märkte und eine Schnittstelle zum Partnerportal.
Jedes Review endet mit neuen Anforderungen statt mit einer Abnahme.
Der Umfang hat sich seit dem Kick-off verdreifacht, Zeitplan und Team nicht.
""")
add("SCOPE_CREEP", "pos", "fr", """
Le pilote devait couvrir l'entrepôt de Saint-Quentin ; on parle maintenant de tout le réseau France plus l'Espagne.
Chaque comité rajoute « juste une règle de gestion », résultat on n'a jamais figé la V1.
Après la démo, le métier a demandé en plus des explications, des scénarios et une appli mobile.
Décision COPIL : on intègre aussi la filiale belge dès le lot 1. Personne n'a recalculé le planning.
On devait juste classer les factures, maintenant il faut aussi analyser les contrats et rédiger les relances.
210 US dans Jira pour un outil qui devait faire une seule chose, et toujours rien en prod.
« Vous pouvez aussi le faire en allemand et en italien ? » – avant même la V1.
Le directeur médical veut que ça marche pour tous les pôles avant d'ouvrir aux urgences, donc on n'ouvre rien.
Le chatbot doit maintenant aussi prendre des rendez-vous, expliquer les factures et traiter les réclamations.
4e report de MEP. Motif : « tant qu'à faire, on ajoute l'export comptable ».
On est partis sur la détection de colis écrasés, on nous demande maintenant une plateforme qualité groupe.
Au refinement de ce matin, encore neuf nouvelles stories, aucune sur la fonction de base : la liste grossit plus vite que ce qu'on livre.
Avant toute mise en prod, les commerciaux veulent l'intégration dans tous les canaux.
La phase 1 n'a jamais été clôturée, on y a aspiré des sujets de phase 2 en continu.
La coopérative voulait le rendement du blé, puis toutes les grandes cultures, et maintenant la vigne.
Rapport hebdo : la V1 pour les sinistres auto était prête à être recettée, mais il faut maintenant ajouter l'habitation, la responsabilité civile et le voyage, plus un portail client et un lien vers les courtiers. Mise en prod encore repoussée.
Le PO dit oui à tout le monde, le périmètre ressemble à une liste au Père Noël.
On empile les fonctionnalités sans qu'aucun utilisateur n'ait vu la version de base.
À la prévision s'est ajouté un dashboard, puis des alertes, puis une appli mobile.
La demande « aussi pour les chantiers en Suisse » a tout rouvert.
Périmètre qui enfle.
Qui a validé qu'on traiterait aussi les contrats fournisseurs ? Ce n'était pas dans la note de cadrage.
La V1 sur les factures était recettée, mais le métier exige bons de commande, avoirs et relances avant de l'ouvrir.
Le cas d'usage initial s'est noyé dans les demandes annexes.
La définition du MVP a été étendue tellement de fois que ce n'en est plus un.
L'académie voulait un outil pour les remplacements de courte durée, on en est à refaire tous les emplois du temps.
effet tunnel + périmètre qui gonfle, chaque service a sa demande spéciale
Agence de voyage : de la prévision de prix on est passé à prix, hôtels, météo et grèves.
La V1 n'est jamais sortie parce qu'il y avait toujours « un pays de plus ».
Chaque revue de sprint se termine par de nouvelles demandes au lieu d'une validation.
Le périmètre a triplé depuis le lancement, ni le planning ni l'équipe n'ont bougé.
Le projet s'est transformé en usine à gaz, on a oublié le besoin de départ.
""")
add("SCOPE_CREEP", "pos", "nl", """
De pilot was voor DC Tilburg, inmiddels wil men heel Benelux plus de webshop in de eerste versie.
Elke week komt er in het overleg een nieuwe eis bij, en nog steeds geen MVP.
Na de demo kwam er een verlanglijst van twee A4'tjes, geen enkel punt ging over de basisfunctie.
De scope is in de stuurgroep weer uitgebreid, nu met de Belgische dochter erbij.
Opdracht was inkomende facturen routeren; inmiddels staat contractanalyse en het schrijven van aanmaningen ook op het bord.
De backlog is gegroeid van 30 naar 210 stories, niks staat live.
Livegang vier keer uitgesteld, elke keer voor "nog één dingetje".
Fase 1 is nooit afgerond omdat er steeds fase-2-wensen bij kwamen.
Niemand durft nee te zeggen, dus alles gaat de scope in.
Eerst alleen aardappelen, toen alle akkerbouw, nu wil de coöperatie ook de melkveehouders erbij.
Weekrapport: versie 1 voor autoschade was klaar voor acceptatie, maar nu moeten inboedel, aansprakelijkheid en reis er ook in, plus een klantportaal en een koppeling met tussenpersonen. Livegang weer verschoven.
Wanneer hebben we besloten dat het ook voor juridische zaken moet werken?
De oorspronkelijke use case is ondergesneeuwd door extra wensen.
De MVP is zo vaak opgerekt dat het geen MVP meer is.
feature creep ten top, elke afdeling heeft nog een speciaal verzoek
De omvang is sinds de kick-off verdrievoudigd, de planning niet.
""")
# ---------------------------------------------------------------- USER_ADOPTION
add("USER_ADOPTION", "pos", "de", """
Die Pflegekräfte drucken die Liste aus und haken sie trotzdem von Hand ab.
Nach dem Rollout haben sich 12 von 300 Disponenten überhaupt eingeloggt.
Die Sachbearbeiter vertrauen den Vorschlägen nicht und prüfen jeden Fall doppelt.
Die Filialleiter bestellen weiter nach Bauchgefühl, die Prognose schaut keiner an.
"Das hat der Computer gesagt" zählt bei unseren Meistern nichts.
Die Nutzungszahlen sind nach der ersten Woche auf fast null gefallen.
Im UAT haben die Kollegen aus dem Callcenter die Empfehlungsbox einfach weggeklickt, und im Echtbetrieb genauso.
Change Management gab es keins, das Tool wurde per Rundmail angekündigt.
Die Ärztinnen ignorieren die Warnhinweise, zu viele Fehlalarme in der Anfangszeit.
Die Lehrkräfte nutzen lieber weiter ihre eigenen Excel-Listen.
Landwirte wollen keine App, die ihnen sagt, wann sie säen sollen.
Im Aussendienst wird der Score als Kontrolle empfunden, also wird er umgangen.
Keiner hat die Anwender gefragt, und jetzt will es keiner benutzen.
Die Schulung bestand aus einem 20-minütigen Video, danach war Schluss.
Die Agenten tippen die Antworten lieber selbst, der Entwurf vom Assistenten wird gelöscht.
Die Dispo am Standort Basel macht es weiter wie immer und trägt die Touren per Hand ein.
Widerstand vom Betriebsrat nicht, aber von den Leuten selbst: "brauchen wir nicht".
Akzeptanz bei den Anwendern gering, Rückmeldung: zu umständlich, zu langsam, zu unklar.
Feedback aus der Pilotstation nach vier Wochen: Die Vorschläge stimmen meistens, aber das Pflegepersonal schreibt die Übergabe weiterhin auf Papier, weil es schneller geht und niemand erklärt hat, warum man der Empfehlung trauen sollte.
Warum nutzt eigentlich niemand im Lager die Pickliste vom Modell? Weil sie der alten nicht ähnlich sieht.
Die Mitarbeitenden haben Angst um ihren Job und boykottieren das Tool leise.
Bei der Umfrage sagten 70 %, sie hätten den Assistenten nie geöffnet.
Die Redakteure misstrauen den automatisch erzeugten Überschriften und schreiben alles neu.
Im Werk läuft die KI-Qualitätsprüfung, aber die Prüfer schauen trotzdem jedes Teil selbst an.
Die Kundschaft will keinen Chatbot, 80 % verlangen sofort einen Menschen.
Die Oberfläche kommt gut an, aber in der Praxis bleiben die Leute in der Werkstatt bei ihrem Zettelsystem an der Pinnwand, das Tool ist nach zwei Wochen vergessen.
Nach drei Monaten Pilot: Tool wird nur vom Teamleiter benutzt, und das auch nur in Demos.
die Bauleiter rufen lieber den Polier an als in die App zu schauen
Die Empfehlungen werden im Alltag schlicht übergangen, niemand fühlt sich daran gebunden.
Kein einziger Schadenregulierer hat die Priorisierung übernommen, alle sortieren nach Eingang.
Die Ärzte haben eine Unterschriftenliste gegen den Einsatz gestartet.
Es gab keine Einbindung der Stationsleitungen, also wird das Tool ignoriert.
""")
add("USER_ADOPTION", "pos", "fr", """
Les infirmières impriment la liste et cochent à la main quand même.
Stats de connexion à J+30 : 4 % des planificateurs, et la moitié ne sont venus qu'une fois.
Les gestionnaires ont pris l'habitude de tout recontrôler derrière l'outil « au cas où », donc aucun gain.
En magasin, les commandes sont toujours passées au pif du chef de rayon, l'écran de prévision reste fermé.
Au plateau, la première chose que les téléconseillers ont demandée, c'est comment masquer le panneau de suggestions.
Aucun accompagnement : un lien envoyé un vendredi soir et débrouillez-vous.
Les médecins ignorent les alertes, trop de faux positifs au début.
Les enseignants ont testé une fois puis sont retournés à leur carnet de notes papier.
Les exploitants nous ont dit sans détour qu'ils n'avaient pas besoin d'un téléphone pour savoir quand semer.
Les commerciaux remplissent le CRM n'importe comment pour que le score les laisse tranquilles.
Personne n'a consulté les utilisateurs, et maintenant personne ne veut s'en servir.
Formation = un tuto de 20 min sur l'intranet que personne n'a regardé en entier.
Les agents réécrivent tout eux-mêmes, le brouillon de l'assistant part à la poubelle.
À Vitrolles, le chef de quai refait ses tournées sur tableau blanc chaque matin, l'outil tourne dans le vide.
Pas d'opposition syndicale, mais les gens disent juste « on n'en a pas besoin ».
Verbatims du sondage : « usine à clics », « je perds du temps », « je ne comprends pas pourquoi il propose ça ».
Retour du service pilote après quatre semaines : les suggestions sont souvent justes, mais les soignants continuent les transmissions sur papier parce que c'est plus rapide et que personne ne leur a expliqué pourquoi faire confiance à l'outil.
Pourquoi personne à l'entrepôt n'utilise la liste de préparation du modèle ? Parce qu'elle ne ressemble pas à l'ancienne.
Les salariés craignent pour leur poste et boycottent l'outil en silence.
Au sondage, 70 % disent n'avoir jamais ouvert l'assistant.
En rédaction, les titres proposés par l'outil font rire et finissent systématiquement réécrits.
Le contrôle qualité par IA tourne, mais les contrôleurs regardent quand même chaque pièce.
Les clients ne veulent pas du chatbot, 80 % demandent tout de suite un humain.
Personne ne l'utilise.
Bilan du pilote : l'outil sert surtout à faire des démos au siège, pas aux équipes.
les conducteurs de travaux appellent le chef de chantier plutôt que d'ouvrir l'appli
Les recommandations sont ignorées au quotidien, personne ne se sent tenu de les suivre.
Aucun gestionnaire sinistres n'a adopté la priorisation, tout le monde traite par ordre d'arrivée.
Motion de la CME contre l'outil d'aide à la prescription, signée par la majorité des praticiens.
Les cadres de santé n'ont pas été associés, donc l'outil est boudé.
Taux d'utilisation quasi nul après la première semaine, malgré les relances.
Les vendeurs trouvent les suggestions « hors sol » et ne les proposent jamais aux clients.
""")
add("USER_ADOPTION", "pos", "nl", """
De verpleegkundigen printen de lijst en vinken hem toch met de hand af.
Inlogstatistiek na een maand: 4 % van de planners, de helft daarvan één keer.
Schadebehandelaars doen alles nog eens zelf na 'voor de zekerheid', dus tijdwinst nul.
Filiaalmanagers bestellen nog steeds op gevoel, niemand kijkt naar de prognose.
Geen verandermanagement, de tool is aangekondigd via een rondmail.
De artsen negeren de waarschuwingen, te veel vals alarm in het begin.
De docenten hebben het één keer geprobeerd en zijn teruggegaan naar hun cijferschriftje.
In de buitendienst wordt de score gezien als controle van bovenaf; mensen klikken gewoon 'n.v.t.' aan om eronderuit te komen.
Niemand heeft de gebruikers iets gevraagd en nu wil niemand het gebruiken.
De training was een filmpje van twintig minuten, meer niet.
Medewerkers zijn bang voor hun baan en saboteren de tool stilletjes.
In de enquête zegt 70 % de assistent nooit geopend te hebben.
Klanten willen geen chatbot, 80 % vraagt meteen om een mens.
Niemand gebruikt het.
De projectleiders bellen liever de uitvoerder op de bouw dan dat ze de app openen.
Gebruik na de eerste week bijna nul, ondanks herinneringen.
""")
# ---------------------------------------------------------------- COST_FUNDING
add("COST_FUNDING", "pos", "de", """
Die Lizenzverlängerung kostet das Dreifache von dem, was wir budgetiert hatten.
Budget für 2027 wurde gestrichen, das Projekt läuft zum Jahresende aus.
Die GPU-Kosten in der Cloud liegen bei 14.000 Euro im Monat, für einen Pilot mit 20 Nutzern.
Der Business Case rechnet sich erst nach elf Jahren. Abgelehnt.
Im Zuge des Sparprogramms wurden alle Innovationsprojekte eingefroren.
Die Tokenkosten pro Anfrage fressen die gesamte Einsparung beim Kundenservice auf.
Budgetüberschreitung von 60 %, der Controller hat die Reissleine gezogen.
Für die zweite Phase gibt es kein Geld mehr, nur noch für den Betrieb der Bestandssysteme.
Die Fördermittel vom Land sind ausgelaufen und eine Anschlussfinanzierung ist nicht in Sicht.
Der Anbieter hat die Preise pro API-Call verdoppelt, damit ist der ROI weg.
Wer zahlt die Annotation? Die Fachabteilung sagt IT, die IT sagt Fachabteilung.
Laufende Kosten für Speicher und Rechenzeit höher als die Personalkosten, die wir sparen wollten.
Nach dem schlechten Quartal wurden alle nicht-operativen Ausgaben gestoppt.
Das Angebot für die Produktivsetzung liegt bei 1,2 Mio. CHF, bewilligt waren 300.000.
Der Investitionsausschuss hat den Antrag zurückgewiesen, weil die Amortisation bei realistischen Annahmen erst nach neun Jahren eintritt und die Betriebskosten nicht gedeckt sind.
Der Kostenstellenverantwortliche will die Cloud-Rechnung nicht mehr übernehmen.
Die Krankenkasse vergütet das Verfahren nicht, also trägt die Klinik alle Kosten allein.
Schon der Pilot hat das Jahresbudget der Abteilung aufgebraucht.
Mit dem Haushaltsstopp der Stadt ist das Vorhaben erstmal erledigt.
Lohnt sich das überhaupt bei 40 Reklamationen im Monat? Finanzen meint nein.
Die Hardware für die Edge-Geräte in den Ställen ist viel teurer als geplant.
Wir haben den Betrag für Datenaufbereitung um Faktor vier unterschätzt.
Controlling: Nutzen nicht quantifizierbar, daher keine weiteren Mittel.
Die Beraterstunden sind aufgebraucht, und für interne Leute gibt es kein Budget.
viel zu teuer.
Der Jahresvertrag mit dem Modellanbieter wurde aus Kostengründen nicht verlängert.
Die Einsparung pro Fall beträgt 40 Cent, die Kosten pro Fall 1,10 Euro.
Finanzierung nur bis zum PoC gesichert, für den Rollout fehlt der Topf.
Mit den Energiepreisen ist der Betrieb des eigenen Rechenclusters nicht mehr tragbar.
Im Budgetprozess wurde das Projekt um 70 % gekürzt, mit dem Rest geht nichts.
Der Verlag hat nach den Anzeigenrückgängen das KI-Budget komplett zurückgezogen.
Mail vom Controlling: Die Cloud-Rechnung für das Projekt lag im Oktober bei 38.000 Euro, geplant waren 9.000 für das ganze Quartal. Bis ein tragfähiger Business Case vorliegt, werden keine weiteren Bestellungen freigegeben.
""")
add("COST_FUNDING", "pos", "fr", """
L'éditeur nous annonce le renouvellement à 3x le tarif de l'an dernier, personne ne l'avait provisionné.
Ligne budgétaire IA rayée du PLF interne, on boucle le pilote et on rend les clés au 31/12.
14 k€/mois d'instances GPU pour vingt conseillers en pilote... la DAF a failli tomber de sa chaise.
Le business case n'est rentable qu'au bout de onze ans. Refusé.
Avec le plan de performance du groupe, tout ce qui n'est pas « run » est gelé jusqu'à nouvel ordre.
Chaque réponse du bot coûte plus cher en tokens que trente secondes d'un conseiller, cherchez l'erreur.
On a consommé 160 % de l'enveloppe à mi-parcours, stop immédiat demandé par le contrôleur de gestion.
La phase 2 n'est pas financée : les arbitrages ont tout mis sur le maintien en condition du legacy.
La subvention régionale est terminée et aucun financement de relais n'est prévu.
Nouvelle grille tarifaire du fournisseur au 1er janvier, prix par appel x2, notre calcul de ROI ne tient plus.
L'annotation n'est imputée nulle part, du coup personne ne la finance et le prestataire attend son bon de commande.
Le run en stockage et calcul coûte plus que les ETP qu'on voulait économiser.
Résultats T3 décevants pour l'enseigne, la direction a coupé toutes les dépenses discrétionnaires, nous compris.
Le devis pour l'industrialisation est à 1,2 M€, on avait 300 k€ d'accord.
Le comité d'investissement a rejeté la demande : avec des hypothèses réalistes, le retour sur investissement arrive au bout de neuf ans et le run n'est pas couvert.
Le responsable du centre de coûts refuse de continuer à payer la facture cloud.
L'acte n'est pas remboursé par la Sécu, donc l'hôpital supporte seul les coûts.
On a cramé le budget annuel de la direction logistique rien qu'avec le pilote, et on est en juin.
Avec le gel budgétaire de la métropole, le projet est enterré pour l'instant.
Tout ça pour automatiser 40 réclamations par mois ? La question du DAF a tué le sujet.
Le devis des capteurs et passerelles pour les 60 élevages est arrivé, c'est le double de ce qu'on avait chiffré.
On a sous-estimé d'un facteur quatre le coût de préparation des données.
Contrôle de gestion : gain non chiffrable, donc pas de rallonge.
Le bon de commande de l'ESN est soldé depuis septembre, et rien n'est prévu pour reprendre en interne.
ça coûte un bras, chaque run de test c'est quelques centaines d'euros
Les achats n'ont pas reconduit l'abonnement au modèle, jugé hors de prix par rapport aux gains constatés.
Gain par dossier : 40 centimes. Coût par dossier : 1,10 €.
Financement assuré jusqu'au POC seulement, rien pour le déploiement.
La facture d'électricité du datacenter a explosé cet hiver, le cluster on-prem n'est plus finançable.
Lors des arbitrages budgétaires, le projet a été raboté de 70 %, impossible de continuer.
Suite à la chute des recettes publicitaires, le groupe a retiré toute l'enveloppe IA.
Mail du contrôle de gestion : facture cloud à 38 000 € en octobre pour 9 000 € prévus sur le trimestre. Sans business case solide, plus aucune commande ne sera validée.
""")
add("COST_FUNDING", "pos", "nl", """
Offerte voor de verlenging binnen: drie keer het bedrag van vorig jaar. Daar is geen dekking voor.
In de kadernota voor 2027 staat geen euro meer voor dit traject, dus we ronden af per 31 december.
De GPU-kosten in de cloud zijn 14.000 euro per maand, voor een pilot met 20 gebruikers.
De business case is pas na elf jaar rendabel. Afgewezen.
Bezuinigingsronde bij de gemeente: alles wat niet wettelijk verplicht is, ligt stil. Wij dus ook.
Budgetoverschrijding van 60 %, de controller heeft de stekker eruit getrokken.
De subsidie van de provincie is afgelopen en er is geen vervolgfinanciering.
De leverancier heeft de prijs per API-call verdubbeld, daarmee is de ROI weg.
Het labelwerk valt tussen twee begrotingen in, niemand wil de inkooporder tekenen.
De offerte voor productie is 1,2 miljoen, er was 300k goedgekeurd.
Het is pas mei en de pilot heeft het complete jaarbudget van inkoop al opgesoupeerd.
Is het de moeite waard bij 40 klachten per maand? Finance denkt van niet.
Besparing per dossier 40 cent, kosten per dossier 1,10 euro.
Financiering alleen tot en met de POC, voor de uitrol is er geen potje.
Mail van control: de cloudrekening van het project was in oktober 38.000 euro, terwijl er 9.000 voor het hele kwartaal begroot was. Tot er een sluitende business case ligt, worden geen bestellingen meer goedgekeurd.
Na de omzetdaling heeft de uitgeverij het AI-budget volledig ingetrokken.
""")
# ---------------------------------------------------------------- TECHNICAL_FEASIBILITY
add("TECHNICAL_FEASIBILITY", "pos", "de", """
Mehr als 71 % Genauigkeit schaffen wir nicht, gefordert sind 95.
Das Modell verwechselt Haarrisse mit Kratzern, egal wie viele Bilder wir nachlegen.
Die Nachfrage nach Ersatzteilen ist einfach zu zufällig, da gibt es nichts zu lernen.
Der Vorstand erwartet eine vollautomatische Vertragsprüfung ohne Fehler. Das kann keine KI.
Das Sprachmodell halluziniert Paragraphen, die es im Gesetz gar nicht gibt.
Nach sechs Monaten Tuning liegt der F1-Score immer noch bei 0,58.
Für Schweizerdeutsch im Callcenter ist die Spracherkennung unbrauchbar.
Die Vorhersage ist nicht besser als "gleicher Wert wie letzte Woche".
Mit den verfügbaren Merkmalen lässt sich der Ausfall der Pumpen nicht vorhersagen, zu selten, zu unterschiedlich.
Die Erwartung war "Kristallkugel", geliefert werden kann bestenfalls eine grobe Tendenz.
Bei Regen und Dunkelheit erkennt die Kamera die Kennzeichen nicht zuverlässig.
Das Problem ist mathematisch schlicht zu schwer für die Datenmenge, die es jemals geben wird.
Jedes Mal, wenn die Produktion eine neue Variante auflegt, bricht die Trefferquote auf unter 60 % ein, und nachtrainieren hilft erst nach Wochen mit neuen Bildern.
Handschriftliche Arztbriefe kann das OCR nicht entziffern, Fehlerrate über 30 %.
Die Unfallrisiken auf Baustellen hängen von Faktoren ab, die wir gar nicht messen können.
Wetter drei Wochen im Voraus auf Hofebene? Das hatte der Vertrieb dem Kunden versprochen.
Die Zusammenfassungen der Gerichtsurteile sind sachlich falsch, jede dritte mindestens.
Das Modell ist in der Validierung gut und im echten Betrieb kaum besser als Raten.
Zu viele Fehlalarme bei der Betrugserkennung, jeder echte Fall kommt mit 200 falschen.
Egal welche Architektur: die Erkennung von Ironie in Kundenbewertungen klappt nicht.
Die Anforderung "100 % richtige Diagnose" war von Anfang an unrealistisch.
Abschlussbemerkung zum PoC: Wir haben drei Modellfamilien, zwei Anbieter und viel Prompt-Tuning ausprobiert, trotzdem sind die Übersetzungen der pharmazeutischen Fachbegriffe für Zulassungsdokumente zu ungenau, jede Seite müsste komplett nachgeprüft werden.
Im Benchmark gut, auf unseren Dokumenten unbrauchbar, die Layouts sind zu verschieden.
Prognosegüte reicht für die Netzplanung nicht aus, Abweichung im Mittel 25 %.
Das Modell kann die Sonderfälle nicht, und bei uns sind 40 % der Fälle Sonderfälle.
Kann man Schulabbrüche überhaupt vorhersagen? Nach unseren Ergebnissen: nein.
Ergebnisse schwanken bei jeder Wiederholung so stark, dass man sich auf nichts verlassen kann.
Der Algorithmus findet die Fehlteile auf dem Förderband nur bei Stillstand.
Die Erkennungsrate für Unkraut liegt bei 60 %, die Spritze würde die Hälfte der Ernte treffen.
Ehrlich gesagt: das Modell ist nicht gut genug, und wir wissen nicht, wie es besser werden soll.
Modell zu schlecht.
Selbst mit 10x mehr Daten hat sich der Fehler kaum bewegt, wir sind am Plateau.
""")
add("TECHNICAL_FEASIBILITY", "pos", "fr", """
71 % de bonnes réponses sur le jeu de recette, le seuil contractuel est à 95 %.
Le modèle confond les microfissures et les rayures, quel que soit le nombre d'images ajoutées.
La demande en pièces détachées est trop aléatoire, il n'y a rien à apprendre.
La direction attendait une relecture de contrats automatique et sans erreur ; aucune IA ne sait faire ça.
L'assistant juridique cite régulièrement un article L. 1234-56 du code du travail qui n'existe pas.
Six mois de feature engineering et d'hyperparamètres, F1 toujours autour de 0,58.
La reconnaissance vocale ne comprend rien à l'accent du Sud-Ouest des appelants.
La prévision ne fait pas mieux que « même valeur que la semaine dernière ».
Les pannes de pompes sont trop rares et trop variées pour être prédites avec ce qu'on mesure.
La direction voulait le chiffre d'affaires à la semaine près sur douze mois, aucun modèle ne fera ça.
De nuit et sous la pluie, la caméra ne lit plus les plaques de façon fiable.
Le problème est tout simplement trop dur pour le volume de données qu'on aura jamais.
À chaque nouvelle référence lancée par la production, le taux de détection tombe sous 60 %, et il faut des semaines d'images pour qu'un réentraînement rattrape.
L'OCR ne déchiffre pas les ordonnances manuscrites, plus de 30 % d'erreurs.
Le risque d'accident sur chantier dépend de facteurs qu'on ne sait pas mesurer.
Prévoir la météo à trois semaines à l'échelle d'une exploitation ? C'est ce que le commercial avait promis.
Les résumés de jurisprudence sont faux sur le fond, au moins un sur trois.
Très bon en validation, à peine mieux que le hasard en conditions réelles.
Détection de fraude : pour un vrai cas, on remonte 200 fausses alertes.
Aucune architecture n'arrive à détecter l'ironie dans les avis clients.
L'exigence « zéro erreur de diagnostic » était irréaliste dès le départ.
Conclusion du POC : trois familles de modèles, deux fournisseurs et beaucoup de prompt engineering plus tard, la traduction des termes pharmaceutiques reste trop approximative pour des dossiers d'AMM, chaque page devrait être relue intégralement.
Bon sur le benchmark public, inutilisable sur nos documents aux mises en page trop variées.
Erreur moyenne de 25 % sur la prévision de charge, insuffisant pour le réseau.
Le modèle ne gère pas les cas particuliers, et chez nous c'est 40 % des dossiers.
Peut-on seulement prédire le décrochage scolaire ? D'après nos résultats, non.
Les résultats varient tellement d'un run à l'autre qu'on ne peut s'y fier.
La détection des mauvaises herbes plafonne à 60 %, on arroserait la moitié de la récolte.
Honnêtement, le modèle n'est pas assez bon et on ne voit pas comment l'améliorer.
bref l'IA ne sait lire ni l'ironie ni les tableaux
Même avec dix fois plus de données, l'erreur n'a presque pas bougé : on est au plateau.
Le temps de trajet des ambulances ne se prédit pas mieux qu'avec la moyenne historique.
""")
add("TECHNICAL_FEASIBILITY", "pos", "nl", """
We komen niet boven 71 % nauwkeurigheid, de eis is 95.
Het model haalt haarscheurtjes en krassen door elkaar, hoeveel beelden we ook toevoegen.
Het taalmodel verzint wetsartikelen die niet bestaan.
Na zes maanden tunen blijft de F1-score op 0,58 steken.
De spraakherkenning begrijpt het Limburgse dialect van de bellers niet.
De voorspelling is niet beter dan "zelfde waarde als vorige week".
Ze verwachtten een glazen bol, we kunnen hooguit een grove trend leveren.
In het donker en bij regen leest de camera de kentekens niet betrouwbaar.
De OCR kan handgeschreven verwijsbrieven niet lezen, meer dan 30 % fouten.
Goed in validatie, in de praktijk nauwelijks beter dan gokken.
Fraudedetectie: op elk echt geval 200 valse meldingen.
De eis "100 % juiste diagnose" was vanaf het begin onrealistisch.
Het model kan de uitzonderingen niet aan en bij ons is 40 % uitzondering.
Kun je schooluitval eigenlijk wel voorspellen? Volgens onze resultaten niet.
Model haalt het niet.
Zelfs met tien keer meer data is de fout nauwelijks gedaald, we zitten op een plateau.
""")
# ---------------------------------------------------------------- NEGATIVES: neutral
add("NONE", "neutral", "de", """
Testschritt 3: Auf "Speichern" klicken, erwartetes Ergebnis: Erfolgsmeldung erscheint. Ergebnis: ok.
Der Button "Weiter" ist auf dem iPad im Querformat abgeschnitten.
Release Notes 4.2.1 (Kundenportal Versicherung): Tippfehler im Bestätigungsdialog korrigiert, Sortierung der Policenliste nach Ablaufdatum, neue Hilfetexte im Schadenformular, Performance der Suche verbessert. Keine Datenbankänderungen, kein Downtime nötig.
Meeting am Donnerstag verschoben auf 14:00, Raum 3.12 im Neubau.
Kann jemand kurz schauen, ob das Feld "Lieferdatum" im Formular Pflicht sein soll?
Fix: NullPointerException beim Öffnen leerer Aufträge.
Akzeptanzkriterium für UAT: Der Nutzer kann die Liste als PDF exportieren.
Sprint-Review ist am 12.03., bitte Demo vorbereiten.
Status: 7 von 9 Stories erledigt, Rest im nächsten Sprint.
Die Fehlermeldung "Ungültige PLZ" erscheint auch bei korrekten österreichischen Postleitzahlen.
Bitte Logo in der Kopfzeile gegen die neue Version tauschen.
Dokumentation für die Rollenverwaltung im Confluence ergänzt.
Hab den Branch auf den aktuellen Stand von develop gebracht, Konflikte aufgelöst.
Wer übernimmt die Vertretung für das Daily während meines Urlaubs?
Bug: Datumsfilter zeigt Einträge vom Vortag mit an.
Die Schriftgrösse in der Druckansicht ist zu klein, bitte auf 11pt.
UI-Text: "Ihre Änderungen wurden gespeichert."
Die Spalte "Bemerkung" soll in der Übersicht ausgeblendet werden.
Ticket dupliziert von PRJ-1482, schliesse dieses hier.
Der Kalender-Export nach Outlook zeigt falsche Zeitzone bei Sommerzeit. Behoben in 3.8.
Kurze Frage: Ist das Feld Kostenstelle numerisch oder alphanumerisch?
Retro-Termin steht, Einladung geht heute raus.
Testfall TC-221 bestanden, TC-222 fehlgeschlagen wegen Rundungsfehler bei der MwSt., Bug angelegt.
Die Paginierung springt nach dem Filtern wieder auf Seite 1, erwartetes Verhalten laut PO.
Übersetzung der Menüpunkte ins Italienische fehlt noch.
Neue Version des Styleguides ist im Sharepoint abgelegt.
Ladezeit der Startseite nach dem Caching von 2,1 auf 0,8 s verbessert.
Bitte bis Freitag die Stundenzettel im Tool erfassen.
Button-Farbe auf das CI-Blau angepasst.
Die Suchfunktion findet Umlaute nicht, wenn man "ae" statt "ä" eingibt.
Liebe Kolleginnen und Kollegen, der Workshop mit der Filiale Innsbruck findet am 4. Mai statt. Anreise am Vorabend, Hotel ist gebucht, Rechnungen bitte wie üblich über die Reisekostenabrechnung einreichen.
Changelog: Export-Dialog merkt sich jetzt das zuletzt gewählte Format.
Kleine Korrektur im Text der Willkommensmail, "Sie" statt "du".
Die Druckvorschau der Lieferscheine zeigt die Seitenzahl doppelt.
Abnahme durch die Fachabteilung am Mittwoch geplant.
Passwort-Reset-Mail landet bei GMX im Spam, SPF-Eintrag geprüft.
Refactoring der Validierungslogik, keine funktionale Änderung.
Kann geschlossen werden, Verhalten wie spezifiziert.
Im Dropdown für die Anrede fehlt "Divers".
Neues Icon für den Download-Button eingebaut.
Wann ist der nächste Termin mit dem Lieferanten? Ich würde gern die Agenda vorbereiten.
Statusbericht Oktober: Alle Arbeitspakete im Plan, Abnahme der Maske für die Bettenbelegung durch die Stationsleitungen erfolgt, Schulungstermine stehen, Ampel grün, nächster Bericht Anfang Dezember.
Meilenstein 2 erreicht, Abschlussbericht folgt nächste Woche.
Bitte die Bildschirmfotos im Ticket durch aktuelle ersetzen.
Beim Doppelklick auf eine Zeile öffnet sich der Dialog zweimal.
Die Hotline-Nummer in der Fusszeile ist veraltet.
Die Tabelle der Schichtpläne lässt sich jetzt nach Station filtern.
Protokoll Jour fixe Bauprojekt Nordring: Terminplan bestätigt, Besprechung der Fassadenmuster auf KW 19 gelegt, Traktandum Parkplätze vertagt, allfällige Fragen bitte bis Montag an die Bauleitung.
Feld "Telefon" akzeptiert jetzt auch Schweizer Nummern mit +41.
Logging-Level in der Testumgebung auf DEBUG gesetzt.
Die Checkbox "AGB gelesen" ist standardmässig angehakt, soll nicht so sein.
Ich bin ab Montag wieder im Büro, bis dahin bitte an Sandra wenden.
Versionsnummer im About-Dialog aktualisiert.
Der Export nach Excel schneidet führende Nullen bei der Artikelnummer ab.
Kurzes Update für alle, die gestern nicht im Daily waren: Backend ist fertig, das Frontend für die Tourenübersicht ist zu zwei Dritteln umgesetzt, Tests starten Mittwoch, Review wie geplant am Freitag.
Die Bestellbestätigung enthält jetzt die Lieferadresse.
Wo finde ich die Vorlage für den Statusbericht?
Layout der Rechnung an die neue Briefvorlage angepasst.
Der Tooltip über dem Info-Symbol überdeckt das Eingabefeld.
Schulung für die neuen Azubis am 15. in der Kantine.
Die Sortierung der Ortsnamen ignoriert das ß.
Daily fällt morgen aus wegen Betriebsversammlung.
Testprotokoll angehängt, alle 48 Fälle grün.
Bitte Zugangsdaten für den Testserver an den neuen Kollegen schicken.
Der Link im Newsletter führt auf eine 404-Seite.
Feldlänge für Strassennamen von 40 auf 60 Zeichen erhöht.
Hinweistext: "Bitte wählen Sie mindestens eine Filiale aus."
Im Firefox verrutscht das Menü beim Scrollen.
Wartungsfenster am Samstag 22–24 Uhr, Systeme kurz nicht erreichbar.
Neue Spalte "Letzte Änderung" in der Vertragsübersicht.
Tippfehler: "Bestellnummmer" mit drei m.
PR gemergt, Pipeline grün.
Ist das Ticket noch aktuell oder kann es zu?
Die Uhrzeit in der Terminbestätigung wird ohne führende Null angezeigt.
Auf Kundenwunsch wird das Datumsformat auf TT.MM.JJJJ umgestellt.
Agenda fürs Quartalsmeeting: Rückblick, Ausblick, Verschiedenes.
Die Ladeanimation dreht sich auch nach dem Laden weiter.
Kontaktformular sendet jetzt eine Kopie an den Absender.
Die Tastenkombination Strg+S funktioniert im Editor nicht.
Abstimmungstermin mit dem Bauamt für KW 18 angefragt.
Der Mengenrabatt wird im Warenkorb korrekt berechnet, geprüft mit 5 Fällen.
Bitte die Rundungsregel für Beträge in CHF auf 5 Rappen umstellen.
Zählerstand-Erfassung in der App: Kamera öffnet jetzt direkt.
Raumbuchung für die Projektwoche bestätigt.
Die Vorlage für das Übergabeprotokoll wurde um ein Unterschriftenfeld ergänzt.
Stundenplan-Ansicht zeigt Feiertage jetzt grau an.
Der Scanner liest die Barcodes auf den Paletten wieder, Firmware-Update hat geholfen.
Danke für die schnelle Rückmeldung, passt so.
""")
add("NONE", "neutral", "fr", """
Étape 4 : cliquer sur « Valider ». Résultat attendu : message de confirmation. Résultat obtenu : OK.
Sur Android 14, le clavier masque le champ « Complément d'adresse ».
Notes de version 2.7.0 de l'espace assuré : coquille corrigée dans la confirmation, tri des contrats par échéance, nouveaux textes d'aide dans la déclaration de sinistre, recherche plus rapide. Aucune interruption de service prévue.
Réunion de jeudi décalée à 14 h, salle Vercors au 2e étage.
Le champ « n° SIRET » doit-il accepter les espaces ou on les supprime à la saisie ?
fix(panier): arrondi du total TTC à deux décimales
Critère d'acceptation : l'utilisateur peut exporter la liste en PDF.
La démo de fin de sprint est le 12 mars, merci de préparer vos écrans.
Point d'avancement : 7 stories sur 9 terminées, le reste glisse au sprint suivant.
Le message « code postal invalide » s'affiche aussi pour des codes belges corrects.
Peux-tu m'envoyer le PPT de la revue de sprint ? Je n'ai pas accès au dossier partagé.
Doc de la gestion des rôles ajoutée sur le wiki.
chore: montée de version de Spring Boot en 3.3.4, aucun changement fonctionnel
Je pose ma RTT vendredi, Julie prend le relais sur les tickets support.
Bug : le filtre par date affiche aussi les éléments de la veille.
L'étiquette colis imprime le code-barres trop près du bord, le scanner du transporteur le rejette.
Libellé : « Vos modifications ont été enregistrées. »
En tant que gestionnaire, je veux filtrer les dossiers par date d'échéance afin de traiter les urgents d'abord.
Doublon de PRJ-1482, je ferme celui-ci.
L'export agenda vers Outlook décale d'une heure au passage à l'heure d'été. Corrigé en 3.8.
Petite question : le champ centre de coûts est numérique ou alphanumérique ?
La date de la rétro est fixée, l'invitation part aujourd'hui.
Cas de test CT-118 OK, CT-119 KO, anomalie ouverte sur le calcul de la TVA.
La pagination revient à la page 1 après un filtre, comportement attendu d'après le PO.
Les libellés du menu sont encore en anglais dans la version québécoise.
Le lien Teams de la réunion de 15 h a changé, voir l'invitation mise à jour.
Temps de chargement de l'accueil passé de 2,1 s à 0,8 s après mise en cache.
Clôture des feuilles de temps mercredi, pensez-y avant le pont.
Contraste du bouton « Annuler » augmenté pour passer le RGAA.
La recherche ne trouve pas « Élodie » si on tape « Elodie » sans accent.
Bonjour à tous, l'atelier avec l'agence de Nantes aura lieu le 4 mai. Départ la veille au soir, l'hôtel est réservé, pensez à déposer vos notes de frais dans l'outil habituel.
Journal des modifications : la fenêtre d'export retient le dernier format choisi.
Le SMS de confirmation de rendez-vous dépasse 160 caractères et part en deux messages.
Les bons de préparation sortent en A4 au lieu de A5 sur l'imprimante du quai 2.
Recette métier prévue mercredi après-midi.
Le mot de passe temporaire envoyé par mail expire au bout de 10 minutes, les utilisateurs demandent 30.
refacto: extraction du calcul des pénalités de retard dans un service dédié
Peut être clôturé, comportement conforme à la spec.
La liste des pays ne contient pas la Polynésie française.
Nouvelle icône pour le bouton de téléchargement.
C'est quand le prochain point avec le fournisseur ? Je voudrais préparer l'ordre du jour.
Rapport mensuel : tous les lots sont dans les temps, l'écran d'occupation des lits a été recetté par les cadres de santé, les dates de formation sont fixées, météo au vert.
Lot 2 livré en recette le 14, le PV de livraison est signé.
Merci de mettre à jour les captures d'écran du ticket.
En cliquant deux fois sur « Payer », le client est débité deux fois. Bloquant.
Le numéro de la hotline en pied de page n'est plus le bon.
On peut maintenant imprimer le tableau des astreintes par semaine.
CR réunion de chantier n° 14 : planning confirmé, validation des échantillons de façade reportée à la semaine 19, point parking remis à plus tard, questions éventuelles à envoyer au conducteur de travaux avant lundi.
Le numéro de sécu est maintenant contrôlé avec sa clé à la saisie.
Certificat TLS de l'environnement de préprod renouvelé jusqu'en 2027.
La case « J'ai lu les CGV » est cochée par défaut, ce n'est pas voulu.
De retour lundi, d'ici là voir avec Nadia.
Le pied de page affiche encore © 2025.
L'export Excel supprime les zéros en tête des codes articles.
Petit point pour ceux qui ont raté le daily : le back est terminé, le front de l'écran tournées est fait aux deux tiers, les tests commencent mercredi et la revue reste prévue vendredi.
La confirmation de commande affiche désormais l'adresse de livraison.
Quelqu'un a le mot de passe du wifi invité pour le prestataire qui vient demain ?
Mise en page de la facture adaptée au nouveau papier à en-tête.
L'infobulle de l'icône « i » masque le champ de saisie.
Accueil des nouveaux arrivants lundi 9 h au 3e, prévoir badge et poste.
Le tri des communes ne gère pas correctement les noms avec apostrophe.
Pas de daily demain, il y a l'assemblée du personnel.
PV de tests en pièce jointe, les 48 cas sont passants.
Merci d'envoyer les identifiants du serveur de test au nouvel arrivant.
Le lien de la newsletter renvoie une erreur 404.
Longueur du champ « rue » portée de 40 à 60 caractères.
Texte d'aide : « Veuillez sélectionner au moins une agence. »
Sous Firefox, le menu se décale au défilement.
Maintenance samedi de 22 h à minuit, services brièvement indisponibles.
Ajout d'une colonne « Dernière modification » dans la liste des contrats.
Coquille : « commmande » avec trois m.
PR mergée, pipeline au vert.
Ce ticket est-il toujours d'actualité ou on peut le fermer ?
L'heure dans la confirmation de rendez-vous s'affiche sans zéro initial.
À la demande du client, format de date passé en JJ/MM/AAAA.
Ordre du jour de la réunion trimestrielle : bilan, perspectives, divers.
Le spinner de chargement continue de tourner après l'affichage.
Le formulaire de contact envoie maintenant une copie à l'expéditeur.
Le raccourci Ctrl+S ne fonctionne pas dans l'éditeur.
RDV avec le service urbanisme demandé pour la semaine 18.
La remise sur quantité est bien calculée dans le panier, vérifié sur 5 cas.
Saisie des relevés de compteur dans l'appli : l'appareil photo s'ouvre directement.
Réservation de salle confirmée pour le séminaire.
Le modèle de PV de réception comporte maintenant une zone de signature.
Les jours fériés apparaissent en gris dans la vue emploi du temps.
La douchette relit les codes-barres des palettes, la mise à jour firmware a suffi.
Merci pour le retour rapide, ça me va.
""")
add("NONE", "neutral", "nl", """
Teststap 2: klik op "Opslaan". Verwacht: melding verschijnt. Resultaat: ok.
De knop "Volgende" valt op de iPad in liggende stand half weg.
Release 5.1: typfout in het bevestigingsvenster opgelost, sortering op datum toegevoegd.
Overleg van donderdag verplaatst naar 14:00, zaal 2.04.
Kan iemand checken of het veld "leverdatum" verplicht moet zijn?
Fix: crash bij het openen van een lege order.
Acceptatiecriterium: gebruiker kan de lijst als PDF exporteren.
Sprintreview is op 12 maart, graag demo voorbereiden.
Stand van zaken: 7 van de 9 stories af, rest schuift door.
De foutmelding "ongeldige postcode" verschijnt ook bij geldige Belgische postcodes.
Documentatie rollenbeheer bijgewerkt op Confluence.
Wie neemt de stand-up over tijdens mijn vakantie?
Bug: datumfilter toont ook items van gisteren.
UI-tekst: "Je wijzigingen zijn opgeslagen."
Duplicaat van PRJ-1482, deze sluit ik.
Vraagje: is het veld kostenplaats numeriek of alfanumeriek?
Paginering springt na filteren terug naar pagina 1, volgens de PO zo bedoeld.
Laadtijd van de startpagina na caching van 2,1 naar 0,8 seconde.
Graag voor vrijdag je uren registreren.
Zoekfunctie vindt "Rene" niet als je "René" intikt.
Workshop met de vestiging in Gent op 4 mei.
Changelog: exportvenster onthoudt nu het laatst gekozen formaat.
Gebruikersacceptatietest door de afdeling gepland op woensdag.
Kan dicht, gedrag zoals gespecificeerd.
Nieuw icoontje voor de downloadknop.
Mijlpaal 2 gehaald, eindrapport volgt volgende week.
Dubbelklik op een regel opent het venster twee keer.
Verslag bouwoverleg nr. 14: planning bevestigd, keuze gevelmonsters verschoven naar week 19, punt parkeren doorgeschoven, eventuele vragen voor maandag naar de uitvoerder sturen.
Veld "telefoon" accepteert nu ook +32-nummers.
Vinkje "voorwaarden gelezen" staat standaard aan, dat moet uit.
Export naar Excel haalt voorloopnullen weg bij artikelnummers.
Korte update voor wie de stand-up miste: backend is klaar, het frontend van het rittenoverzicht is voor twee derde af, testen starten woensdag en de review blijft vrijdag.
Waar vind ik het sjabloon voor het voortgangsrapport?
Tooltip bij het info-icoon valt over het invoerveld heen.
Geen stand-up morgen vanwege de personeelsbijeenkomst.
Testverslag bijgevoegd, alle 48 gevallen groen.
Link in de nieuwsbrief geeft een 404.
Onderhoudsvenster zaterdag 22–24 uur, systemen even niet bereikbaar.
PR gemerged, pipeline groen.
Is dit ticket nog actueel of kan het dicht?
Agenda kwartaaloverleg: terugblik, vooruitblik, rondvraag.
Laadicoon blijft draaien nadat de pagina al geladen is.
Zaalreservering voor de projectweek bevestigd.
Dank voor de snelle reactie, zo is het goed.
""")
add("NONE", "neutral", "fr", """
Le lecteur de badge de l'accueil affiche l'heure en UTC, ticket transmis aux services généraux.
""")
# ---------------------------------------------------------------- NEGATIVES: near misses
add("NONE", "near", "de", """
Bisher keine Probleme mit der Datenqualität, die Stichprobe war sauber.
Zugriff auf das CRM wurde am Montag erteilt, damit entblockt.
Falls das Budget gekürzt würde, müssten wir pausieren – ist aber nicht der Fall.
Die Pflegekräfte sind begeistert von der neuen Triage-Ansicht.
Zielfunktion auf Log-Loss umgestellt, Lernrate halbiert.
Security Group für den neuen Testserver angelegt, Port 443 offen.
Feld Kostenstelle im Bestellformular ergänzt.
Das Feld "Verantwortlicher" ist jetzt ein Pflichtfeld.
Scope dieses Tickets: nur die Login-Seite.
Integrationstest-Suite grün, 312 Tests.
Die DSFA wurde gestern vom Datenschutz freigegeben, wir können starten.
Der Betriebsrat hat der Betriebsvereinbarung zugestimmt, Einführung ab 1. Juli.
Neue Data Scientistin fängt am 1. an, damit ist das Team vollständig.
Sponsor hat im SteerCo ausdrücklich bestätigt, dass das Projekt Priorität hat.
Das Modell erreicht 96 % auf dem Testset, Anforderung war 92.
Deployment über die Pipeline läuft, Monitoring-Dashboard ist eingerichtet.
Zur Info an alle Beteiligten: Die Schnittstelle zum SAP ist seit drei Wochen produktiv, keine Abbrüche, die Rückmeldungen landen korrekt im Auftrag und die Disponenten arbeiten damit ohne Umwege.
Budget für 2027 ist bewilligt, sogar leicht erhöht.
Wir bleiben beim vereinbarten Umfang, Erweiterungen kommen erst in Version 2.
Der KPI ist klar: Durchlaufzeit der Schadenfälle um 20 % senken, Baseline gemessen.
Kein Handlungsbedarf beim Datenschutz, es werden keine personenbezogenen Daten verarbeitet.
Die Nutzungsrate liegt nach zwei Monaten bei 85 %, die Disponenten wollen mehr.
Nachtrag zum letzten SteerCo: Die Datenlieferung aus den Werken, die im Sommer noch lückenhaft war, kommt seit drei Wochen täglich und vollständig, das Thema ist aus dem Risikoregister entfernt.
Kosten liegen 8 % unter Plan.
Sollte der Datenzugang wider Erwarten nicht klappen, haben wir einen Plan B. Derzeit alles gut.
Der Pentest ist ohne kritische Findings abgeschlossen.
Objektiv betrachtet war der Workshop sehr produktiv.
Die Integration der neuen Mitarbeitenden ins Team lief super.
Wir haben den Datenschutzhinweis im Footer aktualisiert, nur Textänderung.
Das Labeln ist abgeschlossen, 20.000 Bilder doppelt geprüft.
Risiko "Key-Person" wurde im Register geschlossen, Wissen ist jetzt dokumentiert und verteilt.
Keine Budgetüberschreitung, der Forecast ist stabil.
Die Fachabteilung nutzt das Tool täglich und hat schon zwei Verbesserungsvorschläge geschickt.
Betreff: Sicherheitsunterweisung für alle Lagermitarbeitenden am Freitag.
Die Feldbezeichnung "Datenquelle" im Formular bitte in "Quelle" ändern.
Die Qualität der Schweissnähte wird jetzt vom Modell geprüft, Abweichungen unter 1 %.
Wir haben keine Skills-Lücke, das Team hat alle Zertifizierungen.
Frage an den DPO: brauchen wir für den internen Newsletter eine Einwilligung? Er sagt nein.
Nach dem Wechsel des Sponsors ist die Unterstützung sogar grösser geworden.
Die Ausbaustufe 2 ist bewusst auf nächstes Jahr geschoben, MVP ist live.
Kostenstelle 4711 ist für die Reisekosten zu verwenden.
Budgetplanung für das Sommerfest: bitte bis Freitag Ideen einreichen.
Der Projektumfang wurde im Kick-off festgelegt und seitdem nicht verändert.
Akzeptanz bei den Anwendern ist hoch, NPS +42.
Die Modellgenauigkeit ist mehr als ausreichend für den Einsatz.
Architekturboard hat den Zielbetrieb abgenommen.
Alle Schnittstellen im SIT bestanden, keine offenen Defects.
Die Berechtigungen für das Data Warehouse sind da, danke an die IT.
Die Firewall-Freigabe kam schneller als gedacht, alles erledigt.
Eigentümer der Komponente ist das Team Logistik, steht so im Service-Katalog.
Wir brauchen für den Go-Live keine zusätzlichen Leute, das Betriebsteam übernimmt.
Sollte es regnen, findet der Teamausflug im Museum statt.
Aufwand in Stunden liegt im Rahmen, kein Nachtrag nötig.
Eine Rückfrage beim Betriebsrat war nicht nötig, da keine Leistungsdaten erfasst werden.
Das Ziel für Q2 wurde erreicht: 30 % weniger manuelle Nacharbeit.
Lizenzen sind bis 2029 zum gleichen Preis verlängert.
Die Datenmigration ist abgeschlossen und verifiziert, keine Abweichungen.
Das Retraining läuft automatisch jeden Sonntag, letzte Läufe alle erfolgreich.
Der Chatbot wird von den Kunden gut angenommen, Abbruchquote gesunken.
Unser Owner hat die Roadmap für 2027 bereits abgenommen.
Datenschutzschulung absolviert, Zertifikat im Ordner.
Der Use Case ist klar umrissen und vom Fachbereich unterschrieben.
Der Lieferant hat die API-Dokumentation geliefert, Anbindung in zwei Tagen erledigt.
Kein Fachkräftemangel in diesem Bereich, wir hatten 40 Bewerbungen.
Haftungsfragen wurden mit Legal geklärt, Freigabe liegt vor.
Im Pilot gab es null Beschwerden von den Filialen.
Falls die Labels nicht reichen sollten, würden wir nachlabeln. Sie reichen aber.
Der Zuschuss vom Innovationsfonds ist eingegangen.
Das Modell ist auch bei Regen und nachts zuverlässig, Test bestanden.
Die Skalierung auf 30 Mio. Datensätze hat im Lasttest problemlos geklappt.
Das Scope-Dokument wurde um das Glossar ergänzt, inhaltlich unverändert.
Die Stakeholder sind sich einig, Entscheidung einstimmig.
Team-Event: Kochkurs für alle, Kosten übernimmt die Abteilung.
Die Ärzte haben den Assistenten in ihre Visite übernommen, sehr positives Feedback.
Variable "owner_id" in der Tabelle umbenannt in "created_by".
Die Log-Daten des Servers sind vollständig, keine Lücken im Zeitraum.
Compliance-Check bestanden, keine Auflagen.
Die externe Beraterin hat das Wissen sauber an unser Team übergeben.
Sicherheitsschuhe für die Baustellenbesucher bitte am Empfang abholen.
Die Sensoren liefern seit dem Tausch wieder lückenlos Messwerte.
""")
add("NONE", "near", "fr", """
RAS sur la qualité des fichiers reçus de la caisse régionale, taux de complétude à 99,6 %.
Accès au CRM accordé lundi, on est débloqués.
Hypothèse de coupe budgétaire étudiée en comité par précaution, finalement écartée : l'enveloppe est maintenue.
Retour de l'IOA des urgences : « enfin un écran de tri lisible », l'équipe de nuit l'a adopté en deux jours.
Fonction objectif passée en log-loss, learning rate divisé par deux.
Security group créé pour le nouveau serveur de test, port 443 ouvert.
Ajout d'une liste déroulante « centre de coût » sur la demande d'achat, valeurs reprises de SAP.
Règle de gestion : impossible d'enregistrer un actif sans renseigner son propriétaire.
Ce ticket ne couvre que le bandeau cookies, le reste du site est hors périmètre.
Suite de tests d'intégration au vert, 312 tests passants.
L'AIPD a été validée hier par le DPO, on peut démarrer.
Information-consultation du CSE terminée avec avis favorable, on déploie comme prévu en juillet.
Notre nouvelle data scientist arrive le 1er, l'équipe est au complet.
La directrice commerciale a redit devant le comex qu'elle portait le projet personnellement.
96 % de précision sur le jeu de test, l'exigence était à 92.
La MEP de la v3 s'est faite par GitLab CI en dix minutes, dashboards Grafana et alertes OK.
Pour info à tous : l'interface avec SAP est en prod depuis trois semaines, aucun rejet, les retours arrivent bien sur les commandes et les planificateurs s'en servent sans ressaisie.
Budget 2027 voté, et même un peu augmenté.
Demande d'ajout des avoirs refusée poliment par le PO : on tient la V1 telle que cadrée.
Cible validée en comité : passer de 12 à 9 jours de délai moyen d'instruction, mesure de départ faite en mars.
Le registre des traitements est à jour et le DPO n'a aucune remarque sur ce flux, qui ne contient que des données techniques.
Taux d'utilisation à 85 % après deux mois, les planificateurs en redemandent.
Suite au dernier COPIL : les flux des usines, encore troués cet été, arrivent complets chaque jour depuis trois semaines ; le risque données a été retiré du registre.
Atterrissage financier à fin novembre : légèrement sous l'enveloppe, pas de rallonge nécessaire.
Au cas où l'accès aux données coincerait, on a un plan B. Pour l'instant tout va bien.
Pentest terminé, aucune vulnérabilité critique.
Objectif de l'atelier de demain : choisir la maquette de la page d'accueil.
L'intégration des nouveaux arrivants dans l'équipe s'est super bien passée.
Nouvelle version de la politique de confidentialité publiée sur le site, changement de forme uniquement.
Annotation terminée, 20 000 images contrôlées en double.
Risque « personne clé » clôturé au registre, la connaissance est documentée et partagée.
Le forecast de décembre est stable, on est dans les clous.
Les équipes métier utilisent l'outil tous les jours et ont déjà envoyé deux idées d'amélioration.
Rappel : exercice d'évacuation incendie jeudi 10 h sur la plateforme de Cavaillon.
Merci de renommer le libellé « Source de données » en « Source ».
Sur la ligne 3, le contrôle visuel automatisé des soudures tourne depuis avril avec moins de 1 % d'écart avec les contrôleurs.
Les deux nouveaux ont validé la certification Azure Data Engineer, l'équipe est autonome.
Question au DPO : faut-il un consentement pour la newsletter interne ? Réponse : non.
La nouvelle DG s'est déplacée en personne à la démo et a demandé qu'on accélère.
La phase 2 est volontairement décalée à l'an prochain, le MVP est en prod.
Pour les billets de train du séminaire, utiliser le code analytique DSI-4711.
Cagnotte pour le départ de Martine : participation libre, enveloppe à l'accueil.
Le périmètre fixé au lancement n'a pas bougé depuis.
Les guichetiers de la mairie l'utilisent spontanément, même ceux qui étaient sceptiques au début.
La précision du modèle est largement suffisante pour l'usage prévu.
Dossier d'architecture technique validé en CAT sans réserve, hébergement et supervision compris.
Toutes les interfaces OK en recette d'intégration, zéro anomalie ouverte.
Droits de lecture sur le schéma FINANCE obtenus ce matin, on peut attaquer les extractions.
L'ouverture de flux firewall est arrivée plus vite que prévu, c'est réglé.
Le composant appartient à l'équipe logistique, c'est écrit dans le catalogue de services.
Pas besoin de renfort pour la mise en prod, l'équipe d'exploitation prend le relais.
En cas de grève SNCF jeudi, le comité se tiendra en visio.
Charge consommée conforme à l'estimation, pas d'avenant nécessaire.
Le juriste social confirme : l'outil ne mesure aucune activité individuelle, pas de consultation nécessaire.
Objectif T2 atteint : 30 % de reprises manuelles en moins.
Avenant signé avec l'éditeur : tarif gelé pour trois ans.
Migration des données terminée et vérifiée, aucun écart.
Le réentraînement tourne automatiquement chaque dimanche, tous les runs sont OK.
Les assurés plébiscitent l'assistant en ligne, 4,6/5 de satisfaction sur le trimestre.
Notre PO a déjà validé la roadmap 2027.
Formation RGPD faite, attestation dans le dossier.
Le cas d'usage est bien cadré et signé par le métier.
Le fournisseur nous a envoyé la doc API, le branchement a pris deux jours.
L'annonce de data analyst à Lille a eu un succès fou, on a du choix.
Les questions de responsabilité ont été tranchées avec le juridique, feu vert obtenu.
Aucune remontée négative des 25 magasins pilotes, seulement des demandes pour l'étendre.
Si les annotations ne suffisaient pas on en referait, mais elles suffisent.
La subvention du fonds innovation a bien été versée.
Le modèle tient la route même de nuit et sous la pluie, test réussi.
Tir de charge OK : 2 000 requêtes/s tenues pendant une heure, latence p95 à 120 ms.
Le document de cadrage a été complété par un glossaire, rien d'autre ne change.
Les parties prenantes sont alignées, décision prise à l'unanimité.
Afterwork vendredi au bar d'en face, le service paie la première tournée.
Les médecins ont intégré l'assistant à leur visite, retours très positifs.
Migration Liquibase : ajout d'un index sur owner_id, aucune donnée modifiée.
Les logs serveur sont complets, aucun trou sur la période.
Contrôle conformité passé, aucune réserve.
La consultante externe a fait un transfert de compétences impeccable à l'équipe.
Les capteurs remontent de nouveau toutes les mesures depuis leur remplacement.
""")
add("NONE", "near", "fr", """
Le fichier d'entraînement est validé par le métier, pas de données manquantes sur 2019-2025.
""")
add("NONE", "near", "nl", """
Tot nu toe geen problemen met de datakwaliteit, de steekproef was schoon.
Toegang tot het CRM is maandag verleend, we zijn gedeblokkeerd.
Als het budget gekort zou worden, zouden we pauzeren, maar dat is niet aan de orde.
De verpleging is enthousiast over het nieuwe triagescherm.
Doelfunctie omgezet naar log-loss, learning rate gehalveerd.
Security group aangemaakt voor de nieuwe testserver.
Veld kostenplaats toegevoegd aan het bestelformulier.
Het veld "eigenaar" is nu verplicht.
Scope van dit ticket: alleen de inlogpagina.
Integratietestsuite groen, 312 tests.
De DPIA is gisteren goedgekeurd door de FG, we kunnen beginnen.
De OR heeft ingestemd, invoering per 1 juli.
Onze nieuwe data scientist begint op de 1e, het team is compleet.
De sponsor heeft in de stuurgroep bevestigd dat dit prioriteit houdt.
Het model haalt 96 % op de testset, de eis was 92.
Ter info: de koppeling met SAP draait al drie weken in productie zonder uitval, de terugmeldingen komen netjes op de order en de planners werken ermee zonder dubbel invoeren.
Budget 2027 is goedgekeurd, zelfs iets hoger.
We houden ons aan de afgesproken scope, uitbreidingen komen in versie 2.
De KPI is helder: doorlooptijd 20 % omlaag, nulmeting gedaan.
Na twee maanden gebruikt 85 % van de planners de tool dagelijks.
Kosten liggen 8 % onder begroting.
Pentest afgerond zonder kritieke bevindingen.
Objectief gezien was de workshop erg productief.
Het labelen is klaar, 20.000 beelden dubbel gecontroleerd.
Geen budgetoverschrijding, de forecast is stabiel.
Onderwerp: veiligheidsinstructie voor alle magazijnmedewerkers op vrijdag.
Wij hebben geen kennistekort, iedereen in het team is gecertificeerd.
De tweede fase is bewust naar volgend jaar geschoven, de MVP is live.
Kostenplaats 4711 gebruiken voor reiskosten.
Adoptie onder gebruikers is hoog, NPS +42.
Alle koppelingen door de ketentest, geen open bevindingen.
De rechten op het datawarehouse zijn er, dank aan IT.
Als het regent, gaat het teamuitje naar het museum.
Hertraining draait elke zondag automatisch, alle runs geslaagd.
Klanten waarderen de chatbot, het afhaakpercentage is gedaald.
De leverancier heeft de API-documentatie gestuurd, koppeling in twee dagen klaar.
Geen klachten van de winkels tijdens de pilot.
De innovatiesubsidie is binnen.
Kolom owner_id hernoemd naar created_by.
De sensoren leveren sinds de vervanging weer alle meetwaarden.
""")


# ---------------------------------------------------------------- build and checks
POS_PER_CAUSE = 80
POS_PER_LANG = {"de": 32, "fr": 32, "nl": 16}
NEG_NEUTRAL = {"de": 88, "fr": 88, "nl": 44}  # 220
NEG_NEAR = {"de": 80, "fr": 80, "nl": 40}  # 200


def n_words(text):
    return sum(1 for tok in text.split() if any(ch.isalnum() for ch in tok))


def build():
    for (label, detail, lang) in DATA:
        assert label in CAUSES or label == "NONE", label
        assert lang in LANGS, lang
        assert detail in ("pos", "neutral", "near"), detail
        assert (detail == "pos") == (label != "NONE"), (label, detail)
    rows = []
    for cause in CAUSES:
        for lang in LANGS:
            texts = DATA.get((cause, "pos", lang), [])
            assert len(texts) == POS_PER_LANG[lang], (cause, lang, len(texts))
            rows += [(cause, "positive", t) for t in texts]
    for detail, want in (("neutral", NEG_NEUTRAL), ("near", NEG_NEAR)):
        for lang in LANGS:
            texts = DATA.get(("NONE", detail, lang), [])
            assert len(texts) == want[lang], (detail, lang, len(texts))
            rows += [("NONE", "negative", t) for t in texts]
    texts = [r[2] for r in rows]
    seen = {}
    for t in texts:
        key = " ".join(t.lower().split())
        assert key not in seen, "duplicate text: " + t
        seen[key] = True
        assert "\n" not in t and "\r" not in t, t
        n = n_words(t)
        assert 3 <= n <= 40, (n, t)
    assert len(rows) == POS_PER_CAUSE * len(CAUSES) + sum(NEG_NEUTRAL.values()) + sum(
        NEG_NEAR.values()
    )
    return rows


def main():
    rows = build()
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["id", "expected_cause", "kind", "text"])
    for i, (cause, kind, text) in enumerate(rows, 1):
        w.writerow(["defrnl-%04d" % i, cause, kind, text])
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    pos = sum(1 for r in rows if r[1] == "positive")
    print("wrote %s: %d rows (%d positive, %d negative)" % (out, len(rows), pos, len(rows) - pos))
    for lang in LANGS:
        n = sum(len(v) for (_, _, lg), v in DATA.items() if lg == lang)
        print("  %s: %d" % (lang, n))


if __name__ == "__main__":
    main()
