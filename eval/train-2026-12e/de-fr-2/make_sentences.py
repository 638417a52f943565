#!/usr/bin/env python3
"""Training sentences for lastmile's learned cause pass, slice de-fr-2 (German 50 %, French 50 %).

Every sentence below was written by hand. Run: python3 make_sentences.py  -> sentences.csv
Training material only: never score the product on it.
"""
import csv
import io
import os

SLICE = "de-fr-2"
CAUSES = [
    "DATA_READINESS", "UNCLEAR_OBJECTIVE", "PRODUCTION_ARCHITECTURE", "INTEGRATION",
    "SECURITY_COMPLIANCE", "OWNERSHIP_SPONSORSHIP", "SKILLS_GAP", "SCOPE_CREEP",
    "USER_ADOPTION", "COST_FUNDING", "TECHNICAL_FEASIBILITY",
]
P = {}  # cause -> {"de": text block, "fr": text block}; one sentence per line

P["DATA_READINESS"] = {"de": """
Der Export aus dem MES endet im März 2022, die Werke Gotha und Plauen fehlen komplett.
läuft nur mit den Daten, die der Jonas mal auf seinen Laptop gezogen hat
Lenkungsausschuss 14.03.: Die Zählerstände der Stadtwerke liegen nur zu ca. 60 % vor, der Rest müsste händisch nachgepflegt werden.
Schließungsgrund: Die Abrechnungsdaten der Krankenkasse seien in der benötigten Granularität nicht verfügbar gewesen, eine Modellierung war daher nicht sinnvoll.
Lessons Learned: Wir hätten vor dem Kick-off prüfen sollen, ob die Schadensfälle überhaupt gelabelt sind. Waren sie nicht.
zugriff auf das DWH immer noch nicht da, ticket beim Betrieb liegt seit 3 Wochen
Labels sind inzwischen ok, aber der Feed aus den Lagern bricht weiterhin jedes Wochenende ab.
Von den 12.000 Reklamationen sind knapp 4.000 mit Freitext "siehe Anhang" erfasst – der Anhang fehlt.
Die Sparkassen-Filialen pflegen die Kundensegmente jeweils anders, ein konzernweites Mapping existiert nicht.
Hi zusammen, die CSV vom Controlling hat wieder Semikolon und Komma gemischt, Dezimaltrennzeichen ist mal Punkt mal Komma. Ich brauche einen Tag zum Bereinigen.
Wer hat eigentlich die Sensordaten von Linie 3? Niemand scheint sie zu speichern.
Die historischen Wartungsprotokolle existieren größtenteils nur als eingescannte PDFs.
Stand heute sind 70 % der Felder "Ausfallursache" leer oder mit "sonstiges" befüllt.
Die Trainingsdaten stammen ausschließlich aus dem Sommerhalbjahr, Winterlast ist praktisch nicht abgebildet.
Retro: Die Datenlieferung aus dem Lager Hamburg kam dreimal verspätet und jedes Mal mit anderem Schema.
Das Modell hat nie einen echten Betrugsfall gesehen, im Datensatz sind es 11 Stück.
Die Versichertendaten liegen in drei Silos (Leistung, Beitrag, Vertrieb), ein gemeinsamer Schlüssel fehlt.
Transportaufträge vor 2020 wurden beim Systemwechsel nicht migriert, wir haben also zwei Jahre Historie statt zehn.
Prüfergebnisse der Universitätsbibliothek sind nur für die Fachbereiche Jura und Medizin digital vorhanden.
Lenkungsausschuss: Datenqualität im Stammdatenbereich wird als kritisch eingestuft, Dubletten-Quote geschätzt 18 %.
Der Mitarbeiter, der die Excel-Pflege gemacht hat, ist in Rente – seitdem wird die Tabelle nicht mehr aktualisiert.
Bitte nicht wundern: Die Zeitstempel der Stellwerksmeldungen sind teils UTC, teils MEZ, teils ohne Zeitzone.
Ohne die Laborwerte aus dem Altsystem ist das Vorhersagemodell praktisch blind.
Ich frag mich langsam, ob die Ausschussmengen überhaupt irgendwo korrekt gebucht werden.
Die Annotation der Schadensbilder wurde zwar beauftragt, aber bisher sind nur 300 von 8.000 Bildern gelabelt.
Die Kundendaten der Genossenschaftsmitglieder dürfen wir zwar nutzen, sie sind aber unvollständig: Anbauflächen fehlen bei jedem dritten Betrieb.
Schließungsbegründung: Mangels repräsentativer Fehlerbilder aus der Serienfertigung konnte kein belastbares Training erfolgen.
Der Datenabzug aus SAP BW hat nur Monatsaggregate, für die Prognose bräuchten wir Tageswerte.
Die Messreihen aus dem Windkanal wurden auf einem Netzlaufwerk abgelegt, das 2019 gelöscht wurde.
Es würde sich empfehlen, zunächst die Qualität der Lieferantenstammdaten zu verbessern, bevor weitere Modelle trainiert werden.
nur 2 von 9 Kommunen liefern die Abfallmengen überhaupt digital
Im Feld "Material" steht bei Taschen aus der Lederwarenmanufaktur mal der Lieferant, mal die Farbe.
Bei den Fahrgastzahlen fehlen durchgehend die Sonntage, weil die Zählgeräte dann nicht ausgelesen werden.
Die Datenfreigabe vom Fachbereich wurde erteilt, geliefert wurde dann ein Screenshot.
Sorry für die Verzögerung, die Rohdaten der Hochschulverwaltung kamen als 47 einzelne Excel-Dateien mit jeweils eigenem Layout.
Verkaufsdaten liegen je Filiale vor, aber Retouren werden zentral ohne Filialbezug erfasst.
Wie sollen wir Ausfälle vorhersagen, wenn Ausfälle gar nicht systematisch protokolliert werden?
REX aus dem Pilot: Der Datensatz war schlicht zu klein, 200 Fälle auf 40 Merkmale.
Die Zeitreihe hat eine Lücke von Juni bis Oktober 2023 – Serverumzug, die Logger liefen nicht.
Die Datenbasis sei nach Auskunft des Fachbereichs "im Wesentlichen vollständig", tatsächlich fehlen sämtliche Großkunden.
""", "fr": """
L'extraction qu'on a reçue s'arrête en 2021 et la moitié des dépôts n'y figurent pas.
toujours pas d'accès à la base SAP, relancé 3x
Comité de pilotage du 12/02 : les données de consommation des collectivités ne sont disponibles qu'à 55 %, le reste serait à ressaisir.
Motif de clôture : les historiques de sinistres de la mutuelle n'ont pas pu être exploités, faute d'un identifiant adhérent commun.
Retour d'expérience : nous aurions dû vérifier la qualité des libellés avant de lancer l'entraînement.
Les étiquettes sont propres maintenant, mais le flux des capteurs de la voie coupe encore tous les week-ends.
Sur 9 000 réclamations, près de 3 000 ont le champ motif à "autre".
Bonjour à tous, le fichier envoyé par la DAF mélange encore virgules et points-virgules, je vais y passer la journée.
Qui stocke réellement les relevés des capteurs de la ligne 4 ? Apparemment personne.
Les carnets d'entretien des appareils sont en grande partie des PDF scannés, illisibles par endroits.
Les données d'entraînement ne couvrent que l'été, la pointe hivernale n'est pas représentée.
REX : la livraison de données de l'entrepôt de Lyon est arrivée trois fois en retard, chaque fois avec un schéma différent.
Le modèle n'a jamais vu de vraie fraude : il y en a 9 dans tout le jeu de données.
Les données adhérents sont éclatées entre trois outils (prestations, cotisations, commercial) sans clé de rapprochement.
Lors de la migration, les commandes antérieures à 2019 n'ont pas été reprises, il nous reste deux ans d'historique.
Le référentiel articles contient environ 15 % de doublons selon le dernier audit.
La personne qui tenait le fichier Excel est partie en retraite, plus aucune mise à jour depuis avril.
Attention, les horodatages des événements de signalisation sont tantôt en UTC, tantôt en heure locale, tantôt sans fuseau.
Sans les résultats de laboratoire de l'ancien système, le modèle de prédiction tourne à l'aveugle.
Je commence à me demander si les quantités rebutées sont saisies quelque part correctement.
L'annotation des images de défauts a été commandée, mais seules 250 images sur 6 000 sont étiquetées à ce jour.
Les données des adhérents de la coopérative sont exploitables mais incomplètes : les surfaces cultivées manquent pour un tiers des exploitations.
Motif de clôture : faute d'exemples représentatifs de défauts en série, aucun apprentissage fiable n'a pu être réalisé.
L'extraction BW ne donne que des agrégats mensuels, la prévision demanderait du journalier.
Les mesures de la soufflerie étaient sur un partage réseau supprimé en 2019.
Il conviendrait d'abord de fiabiliser les données fournisseurs avant d'entraîner de nouveaux modèles.
seules 3 communes sur 11 transmettent les tonnages de déchets sous forme numérique
Dans le champ "matière" des sacs de la maroquinerie, on trouve tantôt le fournisseur, tantôt la couleur.
Les comptages voyageurs n'ont jamais les dimanches, les compteurs ne sont pas relevés ce jour-là.
Le métier a validé la mise à disposition des données… et nous a envoyé une capture d'écran.
Les données brutes de la scolarité sont arrivées en 52 fichiers Excel, chacun avec sa propre mise en page.
Comment prédire les pannes si les pannes ne sont pas tracées de façon systématique ?
REX du pilote : jeu de données trop petit, 180 cas pour 35 variables.
Trou dans la série de juin à octobre 2023 : déménagement des serveurs, les enregistreurs ne tournaient pas.
Selon le métier la base serait "globalement complète" ; en réalité tous les grands comptes manquent.
les données de la caisse régionale ne sont toujours pas arrivées, on bosse sur un échantillon de 500 lignes
Les ventes sont suivies par boutique, mais les retours sont saisis au siège sans référence boutique.
Les relevés de rendement des parcelles sont saisis à la main par les techniciens, avec des unités différentes selon les secteurs.
Le jeu de test a été constitué uniquement sur les vols long-courriers, les moyen-courriers ne sont pas représentés.
Point d'attention : l'historique des appels au service client a été purgé au bout de 12 mois conformément à la politique d'archivage, il nous manque donc deux saisons.
"""}

P["UNCLEAR_OBJECTIVE"] = {"de": """
Wir wissen immer noch nicht, welche Kennzahl das Controlling sich eigentlich bewegen sehen will.
Lenkungsausschuss: Es konnte kein Einvernehmen darüber erzielt werden, woran der Erfolg des Piloten gemessen werden soll.
Schließungsgrund: Der fachliche Nutzen ließ sich nicht quantifizieren, eine Baseline wurde nie erhoben.
"Wir machen jetzt was mit KI" – so kam der Auftrag vom Vorstand, mehr stand nicht drin.
Lessons Learned: Wir haben mit dem Modell angefangen und erst nach vier Monaten gefragt, welches Problem es lösen soll.
Was genau ist denn das Ziel: weniger Leerfahrten oder schnellere Zustellung? Beides gleichzeitig geht nicht.
Die Erfolgskriterien sollten laut Projektauftrag "im Laufe des Projekts konkretisiert" werden. Ist nie passiert.
Kurzes Feedback aus dem Fachbereich: Die Prognose ist nett, aber niemand hat danach gefragt.
Im Steuerkreis wurde eingeräumt, dass die Problemstellung der Sachbearbeitung vermutlich missverstanden wurde.
Keiner kann mir sagen, ab welcher Trefferquote das Ding als erfolgreich gilt.
Der Use Case wurde ausgewählt, weil die Technologie spannend war, nicht weil es einen Schmerzpunkt gab.
Es gibt keine Ist-Messung der heutigen Bearbeitungszeit, also können wir auch keine Verbesserung nachweisen.
Die Stadtwerke wollten einen "Chatbot", auf Nachfrage wusste niemand, welche Anfragen er übernehmen soll.
Die Fragestellung hat sich in sechs Monaten viermal geändert: Churn, dann Cross-Selling, dann Beschwerden, dann wieder Churn.
Ziel laut Steckbrief: "Effizienzsteigerung". Um wie viel, wo und für wen, bleibt offen.
Nach der Demo fragte der Bereichsleiter, was wir denn jetzt damit machen sollen. Gute Frage.
Retro: Wir haben ein Problem gelöst, das die Disposition gar nicht hat – die Touren sind ohnehin voll.
Ob das Projekt die Durchlaufzeit oder die Qualität verbessern soll, wurde bis zuletzt nicht entschieden.
Die Hochschulleitung hat den Auftrag als "Innovationsprojekt" formuliert, ohne konkrete Fragestellung.
Erst beim Abschlussgespräch stellte sich heraus, dass die Kasse gar keine Prognose wollte, sondern eine Erklärung der Kostentreiber.
Mir ist nach wie vor unklar, was der Business Case sein soll.
Zielgröße für den Pilot wäre noch abzustimmen – Stand: seit Januar offen.
Es wurde eine Lösung gesucht, für die dann ein Problem gefunden werden sollte.
Das Team optimiert die Vorhersagegenauigkeit, aber der Einkauf misst seinen Erfolg an Lieferantenrabatten.
Die Anforderung kam als Einzeiler: "Predictive Maintenance für alle Anlagen".
Schließungsbemerkung: Ohne abgestimmte KPI war eine Go/No-Go-Entscheidung nicht möglich.
keiner weiß was "gut genug" heißt
Der Fachbereich konnte nicht benennen, welche Entscheidung durch die Prognose anders getroffen würde.
Die Aufgabenstellung für den Luftfahrt-Zulieferer blieb vage: "Qualität mit KI verbessern".
Zwischenfazit: Der Bedarf war eher ein Reporting-Thema, ein ML-Modell hätte es nicht gebraucht.
Die Vertriebsseite will Leads priorisieren, die Marketingseite will Kampagnen messen – der Pilot soll beides, also nichts richtig.
E-Mail an die PL: Können wir bitte einmal schriftlich festhalten, was am Ende messbar besser sein soll? Sonst laufen wir weiter im Kreis.
Im Lenkungsausschuss wurde die Frage nach dem Nutzen erneut vertagt.
Die Genossenschaft hatte eigentlich ein Preisproblem, bestellt wurde aber eine Ernteprognose.
Wir haben drei Monate Modelle trainiert und wissen bis heute nicht, welcher Fehler für die Schichtplanung überhaupt teuer ist.
Die Fragestellung sei laut Auftraggeber "selbsterklärend" gewesen; im Nachgang hatten fünf Beteiligte fünf Interpretationen.
Es existiert kein Vorher-Wert, gegen den die Reduktion der Fehlbuchungen gemessen werden könnte.
Vielleicht sollten wir erst klären, ob das Problem überhaupt ein Klassifikationsproblem ist?
Der Sponsor ist begeistert, kann aber nicht sagen, woran er Erfolg erkennen würde.
Das Projekt wurde als "Leuchtturm" gestartet; welches Licht es wohin werfen soll, blieb offen.
""", "fr": """
On ne sait toujours pas quel indicateur la DAF veut voir bouger.
Comité de pilotage : aucun consensus n'a pu être trouvé sur les critères de réussite du pilote.
Motif de clôture : le bénéfice métier n'a pas pu être chiffré, aucune situation de référence n'a été mesurée.
"Il faut faire quelque chose avec l'IA" : c'était tout le cahier des charges venu de la direction.
Retour d'expérience : on a commencé par le modèle et demandé au bout de quatre mois quel problème il devait résoudre.
Quel est l'objectif exactement : moins de trajets à vide ou des livraisons plus rapides ? Les deux à la fois, ce n'est pas possible.
Les critères de succès devaient être "précisés en cours de projet" selon la note de cadrage. Ça n'est jamais arrivé.
Retour du métier : la prévision est sympa, mais personne ne l'avait demandée.
En comité, il a été admis que le besoin des gestionnaires avait probablement été mal compris.
Personne n'est capable de me dire à partir de quel taux de détection on considère que c'est un succès.
Le cas d'usage a été retenu parce que la techno était à la mode, pas parce qu'il y avait un irritant.
Aucune mesure du délai de traitement actuel, donc impossible de démontrer un gain.
La collectivité voulait "un chatbot" ; à la question de savoir quelles demandes il traiterait, silence.
Le sujet a changé quatre fois en six mois : attrition, puis vente croisée, puis réclamations, puis de nouveau attrition.
Objectif dans la fiche projet : "gagner en efficacité". De combien, où, pour qui : non précisé.
Après la démo, le directeur a demandé ce qu'on était censés en faire. Bonne question.
REX : on a résolu un problème que l'ordonnancement n'a pas, les tournées sont déjà pleines.
Il n'a jamais été tranché si le projet devait réduire le délai ou améliorer la qualité.
La présidence de l'université a formulé la demande comme un "projet d'innovation", sans question précise.
Lors du bilan on a découvert que la mutuelle ne voulait pas une prévision mais une explication des postes de coûts.
Franchement je ne vois toujours pas quel est le business case.
Indicateur cible du pilote à valider – en attente depuis janvier.
On avait une solution, on cherchait un problème.
L'équipe optimise la précision, mais les achats mesurent leur réussite aux remises fournisseurs.
La demande est arrivée en une ligne : "maintenance prédictive sur tout le parc".
Commentaire de clôture : sans KPI partagé, aucune décision go/no-go n'a pu être prise.
personne ne sait ce que veut dire "assez bon"
Le métier n'a pas su dire quelle décision serait prise différemment grâce au score.
Le besoin exprimé par le motoriste est resté flou : "améliorer la qualité avec l'IA".
Bilan d'étape : il s'agissait plutôt d'un besoin de reporting, un modèle de ML n'était pas nécessaire.
Les ventes veulent prioriser les leads, le marketing veut mesurer les campagnes : le pilote doit faire les deux, donc ne fait rien bien.
Mail au chef de projet : pourrait-on écrire noir sur blanc ce qui doit être mesurablement meilleur à la fin ? Sinon on tourne en rond.
La question de la valeur attendue a encore été reportée au prochain COPIL.
La coopérative avait un problème de prix, on lui a vendu une prévision de récolte.
Trois mois d'entraînement de modèles et on ne sait toujours pas quelle erreur coûte cher au planning des équipes.
Le besoin était "évident" selon le commanditaire ; après coup, cinq participants en avaient cinq lectures différentes.
Il n'existe aucune valeur avant projet pour mesurer la baisse des erreurs d'imputation.
Et si on vérifiait d'abord que c'est vraiment un problème de classification ?
Le sponsor est enthousiaste mais incapable de dire à quoi il reconnaîtrait un succès.
Lancé comme "projet vitrine", sans que personne ne sache vraiment ce qu'il devait démontrer.
"""}

P["PRODUCTION_ARCHITECTURE"] = {"de": """
läuft bei uns nur auf dem Laptop vom Jonas
Das Modell läuft, wenn die Priya montags das Notebook startet. Sonst nicht.
Lenkungsausschuss: Für den Übergang in den Regelbetrieb existiert derzeit kein Betriebskonzept.
Schließungsgrund: Der Prototyp wurde ohne Berücksichtigung der Zielplattform entwickelt und hätte vollständig neu implementiert werden müssen.
Lessons Learned: Wir hätten ab Tag 1 an Deployment, Monitoring und Retraining denken sollen.
Es gibt keine Pipeline, die Scores werden per Copy-Paste ins Excel übernommen.
Wer retrainiert das Modell eigentlich, wenn sich die Tarife ändern? Niemand hat das eingeplant.
Der POC ist ein Jupyter-Notebook mit 1.400 Zellen, kein Mensch kann das betreiben.
Ein Monitoring der Modellgüte ist nicht vorgesehen, Drift würde erst auffallen, wenn sich jemand beschwert.
Die IT-Betriebsorganisation sieht sich außerstande, einen Python-Service ohne Container-Plattform zu betreiben.
Das Modell wurde seit dem Pilot im Mai 2023 nicht mehr neu trainiert, die Trefferquote ist inzwischen geschätzt halbiert.
Es fehlt eine CI/CD-Strecke; jedes Update bedeutet, dass der Kollege per SSH Dateien auf den Server kopiert.
Retro: Der Sprung vom Demonstrator in die Produktion war um Größenordnungen aufwändiger als geplant.
die Scores kommen per Mail jeden Freitag, wenn der Cronjob auf der VM nicht wieder hängt
Für die Bereitstellung im Stellwerksumfeld gibt es weder eine Laufzeitumgebung noch einen Betreiber.
Hallo Frau Berger, wir haben das Modell fertig, aber keiner weiß, wo es laufen soll. Gibt es eine Plattform, die wir nutzen dürfen?
Es wäre eine MLOps-Plattform erforderlich, die es im Haus nicht gibt und die auch nicht geplant ist.
Versionierung der Modelle: keine. Welche Version gerade produktiv rechnet, weiß nur der Praktikant.
Der Pilot hat ausschließlich auf Testdaten im Sandbox-Cluster funktioniert, eine produktive Umgebung wurde nie bereitgestellt.
Im Betrieb würde das Modell nach Schätzung des RZ 40 Sekunden pro Anfrage brauchen, die Kasse braucht Antworten in unter 2.
Die Inferenz hängt an einer GPU unter dem Schreibtisch im Labor.
Ohne Rollback-Möglichkeit will der Betrieb kein Modell in die Schadenssteuerung lassen.
Schließungsbemerkung: Der Demonstrator erfüllte fachlich die Erwartungen; eine Überführung in den Betrieb scheiterte am fehlenden Hosting- und Supportmodell.
Wenn der Server beim Kunden neu startet, muss jemand von uns per Fernwartung das Skript wieder anwerfen.
Die Features werden im Notebook anders berechnet als später im Batch – Training-Serving-Skew, keiner hat's gemerkt.
Wo laufen die Modelle nach Projektende? Die Frage ist im Steuerkreis zum dritten Mal offen geblieben.
Der Prototyp basiert auf einer Python-Version, die im Rechenzentrum nicht zugelassen ist.
Für die Produktionsüberführung wurden 0 PT eingeplant.
Die Vorhersagen werden aktuell vom Data Scientist manuell erzeugt und als PDF an die Disponenten geschickt.
Ein Alerting für fehlgeschlagene Läufe gibt es nicht; zuletzt fiel der Ausfall erst nach elf Tagen auf.
Man hätte eine Serving-Schicht gebraucht, der Pilot war aber als reine Analyse aufgesetzt.
Ist das Modell eigentlich irgendwo eingecheckt oder nur im Home-Verzeichnis von Stefan?
Das Scoring läuft als Makro in einer Access-Datenbank auf dem Abteilungslaufwerk.
Nach der Demo im Rektorat: großes Lob, aber kein Weg, das Modell an die Studierendenverwaltung anzubinden, weil es gar keinen Service gibt.
Retraining würde laut Team jedes Mal ca. 3 Tage Handarbeit bedeuten.
Der Container läuft nur mit Root-Rechten und wurde deshalb vom Plattformteam abgelehnt. Ein Umbau war nicht eingeplant.
Wir haben Modellartefakte, aber keine reproduzierbare Umgebung – die requirements.txt ist leer.
Status: "technisch fertig" seit 9 Monaten, produktiv: nie.
Das Modell wurde für Batch gebaut, der Fachbereich braucht aber eine Echtzeit-Entscheidung an der Waage.
Ein Betriebshandbuch, Runbooks oder eine Rufbereitschaft existieren für die Lösung nicht.
""", "fr": """
ça ne tourne que sur le PC portable de Mathieu
Le modèle tourne quand Sophie lance le notebook le lundi matin. Sinon rien.
Comité de pilotage : aucun dispositif d'exploitation n'est prévu pour le passage en production.
Motif de clôture : le prototype a été développé sans tenir compte de la plateforme cible et aurait dû être entièrement réécrit.
Retour d'expérience : il aurait fallu penser dès le premier jour au déploiement, au monitoring et au réentraînement.
Pas de pipeline : les scores sont copiés-collés à la main dans un Excel.
Qui réentraîne le modèle quand les tarifs changent ? Personne ne l'a prévu.
Le POC est un notebook de 1 200 cellules, impossible à exploiter.
Aucun suivi de la performance du modèle n'est prévu, une dérive ne se verrait que quand quelqu'un se plaindrait.
La production informatique indique ne pas pouvoir exploiter un service Python sans plateforme de conteneurs.
Le modèle n'a pas été réentraîné depuis le pilote de mai 2023, la précision aurait été divisée par deux entre-temps.
Pas de chaîne CI/CD : chaque mise à jour, c'est un collègue qui copie les fichiers en SSH sur le serveur.
REX : le passage du démonstrateur à la production a demandé dix fois plus d'efforts que prévu.
les scores arrivent par mail chaque vendredi, quand la crontab de la VM ne plante pas
Pour un déploiement dans l'environnement de signalisation, il n'existe ni environnement d'exécution ni exploitant.
Bonjour Mme Laurent, le modèle est prêt mais personne ne sait où l'héberger. Y a-t-il une plateforme que nous pourrions utiliser ?
Il faudrait une plateforme MLOps qui n'existe pas en interne et qui n'est pas prévue.
Versionnage des modèles : aucun. Seul le stagiaire sait quelle version calcule en prod.
Le pilote n'a fonctionné que sur le cluster bac à sable, aucun environnement de production n'a jamais été livré.
En exploitation, le modèle mettrait selon la DSI 40 secondes par requête, le guichet a besoin d'une réponse en moins de 2.
L'inférence dépend d'un GPU sous un bureau du labo.
Sans possibilité de retour arrière, l'exploitation refuse de mettre un modèle dans la chaîne de gestion des sinistres.
Commentaire de clôture : le démonstrateur répondait aux attentes métier ; le passage en run a échoué faute de modèle d'hébergement et de support.
Quand le serveur du client redémarre, quelqu'un de chez nous doit relancer le script en prise à distance.
Les variables sont calculées différemment dans le notebook et dans le batch : écart entraînement/production, personne ne l'a vu.
Où tourneront les modèles après la fin du projet ? La question reste ouverte pour la troisième fois en COPIL.
Le prototype repose sur une version de Python non homologuée au datacenter.
Charge prévue pour l'industrialisation : 0 jour.
Les prévisions sont générées à la main par la data scientist et envoyées en PDF aux régulateurs.
Aucune alerte sur les traitements en échec ; la dernière panne a été découverte au bout de onze jours.
Il aurait fallu une couche de service, mais le pilote avait été monté comme une simple analyse.
Le modèle est versionné quelque part, ou juste dans le home de Julien ?
Le scoring tourne sous forme de macro dans une base Access sur le lecteur partagé du service.
Après la démo au rectorat : beaucoup de compliments, mais aucun moyen de brancher le modèle, faute de service exposé.
Chaque réentraînement représenterait selon l'équipe environ 3 jours de travail manuel.
Le conteneur ne tourne qu'en root, il a donc été refusé par l'équipe plateforme ; aucune reprise n'était prévue.
On a les artefacts du modèle mais aucun environnement reproductible, le requirements.txt est vide.
Statut : "techniquement terminé" depuis 9 mois, en production : jamais.
Le modèle a été conçu en batch alors que le métier a besoin d'une décision en temps réel au pont-bascule.
Il n'existe ni manuel d'exploitation, ni procédures, ni astreinte pour cette solution.
"""}

P["INTEGRATION"] = {"de": """
Die Schnittstelle zum Warenwirtschaftssystem gibt es nur als nächtlichen Flatfile-Export, Echtzeit ist nicht drin.
Lenkungsausschuss: Die Anbindung an das Kernbankensystem sei frühestens mit dem Release Q3/2027 möglich.
Schließungsgrund: Eine Integration in das bestehende Leitstellensystem war mit vertretbarem Aufwand nicht realisierbar.
Der Hersteller des Krankenhausinformationssystems verlangt für eine HL7-Schnittstelle ein eigenes Projekt mit 9 Monaten Vorlauf.
Die Disponenten müssten die Empfehlung aus dem Tool abtippen, weil das TMS keine API hat.
Lessons Learned: Die Legacy-Anwendung auf dem Host wurde in der Planung schlicht vergessen.
SAP-Team sagt, ein Custom-Feld im Auftragsbeleg braucht eine Change-Freigabe im nächsten Wartungsfenster – also März.
Das Modell liefert Scores, aber die Sachbearbeitung arbeitet in der Fachanwendung, in die nichts zurückgeschrieben werden kann.
Die Schnittstelle zum Zählerfernauslese-System liefert nur Tageswerte und bricht bei mehr als 10.000 Datensätzen ab.
Retro: Der Workflow im Ticketsystem hätte komplett umgebaut werden müssen, um die Klassifikation einzubinden.
Die SOAP-Schnittstelle des Altsystems ist undokumentiert, der Entwickler von damals ist nicht mehr greifbar.
Das MES ist eine Eigenentwicklung aus den 90ern, Rückmeldungen an die Maschine gehen nur über Dateien auf einem Netzlaufwerk.
Hallo Tom, hast du schon was vom Dienstleister gehört, ob wir an die Buchungsplattform andocken dürfen? Bei uns steht seit zwei Wochen alles.
Der Prognosewert müsste im Dispositionssystem angezeigt werden; der Anbieter bietet dafür keine Erweiterung an.
Wir kommen an die Daten, aber nicht zurück in den Prozess: Es gibt keine Möglichkeit, die Empfehlung in den Auftrag einzuspielen.
Die Kassen-Software der Filialen kann nur mit signierten Plugins des Herstellers erweitert werden.
Die Anbindung ans DMS wäre nur per Screen-Scraping möglich gewesen, was der Betrieb abgelehnt hat.
Die Bordsysteme der Flugzeuge exportieren ein proprietäres Format, für das kein Parser existiert.
Die Rückmeldung in die Instandhaltungsplanung (SAP PM) scheiterte an Berechtigungskonzepten für technische User und an fehlenden BAPIs.
Dass die Integration so lange dauert, liegt daran, dass drei verschiedene Identitäten für denselben Kunden existieren und kein Masterdatenservice vorhanden ist.
Schnittstelle zum Campus-Management ist zwar vorhanden, liefert aber nur Lesezugriff. Schreiben ist vertraglich ausgeschlossen.
Der Pilot lief als Insellösung; eine Anbindung an das Stellwerk-Dispositionssystem hätte eine Zulassung der Schnittstelle erfordert.
Jede Änderung an der Host-Anwendung kostet bei der Rechenzentrale einen Change Request mit Mindestlaufzeit von 12 Wochen.
Im ERP des Mittelständlers gibt es keine Möglichkeit, externe Vorschläge in den Fertigungsauftrag zu übernehmen.
warten immer noch auf die API-Doku vom Lieferanten, ohne die kann ich den Connector nicht bauen
Die Ergebnisse landen in einer separaten Web-App, die Mitarbeitenden müssten zwischen vier Fenstern wechseln.
Middleware (Biztalk) ist abgekündigt, eine neue Integrationsplattform wird erst 2028 eingeführt.
Die Anbindung an die Leitstelle hätte einen Umbau der Alarmierungskette bedeutet.
Das Kundenportal ist ein Fremdsystem ohne Webhooks, wir können die Klassifikation nirgendwo einhängen.
Zwischen Lagerverwaltung und Transportplanung liegt ein manueller Export-Import, und genau dort sollte das Modell greifen.
Die Ertragsprognose ist fertig, aber die Agrarsoftware der Betriebe hat keine Importfunktion.
Lenkungsausschuss: Die Aufwände für die Schnittstellenentwicklung übersteigen die ursprüngliche Schätzung um das Dreifache, Ursache sind fehlende Standardschnittstellen.
Könnte man das Ergebnis nicht einfach ins Bestandssystem schreiben? – Nein, das Bestandssystem ist eingefroren bis zur Ablösung.
Eine Übergabe an das Schadensystem scheitert daran, dass Felder mit mehr als 255 Zeichen abgeschnitten werden.
Der Fachprozess wird in einem Workflow-Tool abgebildet, das externe Services nur über ein kostenpflichtiges Zusatzmodul aufrufen kann.
Die Kollegen aus dem Betrieb melden: Batch-Fenster nachts ist voll, der zusätzliche Abgleich passt nicht mehr rein.
Wir haben die Empfehlungen als CSV ausgeliefert; das CRM kann CSV nur über einen manuellen Upload lesen.
Die IDs aus dem Lager und die IDs aus dem Webshop passen nicht zusammen, für den Abgleich bräuchte man eine Mapping-Tabelle, die keiner pflegt.
Das Dokumentenmanagement des Amtes ist on-prem und hat keine ausgehende Schnittstelle zum Cloud-Dienst.
Aktueller Blocker: Single Sign-on zwischen dem Tool und dem Intranet funktioniert nicht, Nutzer müssten sich zweimal anmelden.
""", "fr": """
L'interface avec l'ERP n'existe que sous forme d'export fichier la nuit, pas de temps réel possible.
COPIL : le branchement sur le système central de la caisse ne serait possible qu'avec la version de fin 2027.
Motif de clôture : l'intégration dans le logiciel de régulation existant n'était pas réalisable à coût raisonnable.
L'éditeur du dossier patient informatisé exige un projet dédié de 9 mois pour ouvrir un flux HL7.
Les exploitants devraient recopier la recommandation à la main, le TMS n'a pas d'API.
REX : l'application mainframe avait tout simplement été oubliée dans le planning.
L'équipe SAP dit qu'un champ spécifique dans la commande nécessite un passage en CAB au prochain créneau de maintenance, donc en mars.
Le modèle produit des scores, mais les gestionnaires travaillent dans un applicatif métier où rien ne peut être réinjecté.
Le connecteur vers le système de télérelève ne remonte que des valeurs journalières et plante au-delà de 10 000 lignes.
Retour d'expérience : il aurait fallu refaire tout le workflow de l'outil de tickets pour y intégrer la classification.
Le web service SOAP de l'ancien système n'est pas documenté, et le développeur d'origine n'est plus joignable.
Le MES est un développement maison des années 90 ; on ne peut renvoyer une consigne à la machine que par fichier déposé sur un partage.
Salut Karim, tu as eu une réponse du prestataire pour savoir si on peut se brancher sur la plateforme de réservation ? Chez nous tout est bloqué depuis deux semaines.
On accède aux données, mais on ne peut pas revenir dans le processus : aucune façon d'injecter la recommandation dans le dossier.
Le logiciel de caisse des boutiques n'accepte que des extensions signées par l'éditeur.
L'accès à la GED n'aurait été possible qu'en scrapant les écrans, ce que l'exploitation a refusé.
Les calculateurs de bord exportent un format propriétaire pour lequel aucun parseur n'existe.
Le retour dans la planification de maintenance (SAP PM) a buté sur les habilitations des comptes techniques et l'absence de BAPI.
Le même adhérent a trois identifiants différents selon les outils et il n'y a pas de référentiel client, d'où la lenteur de l'intégration.
L'interface avec le logiciel de scolarité existe mais en lecture seule ; l'écriture est exclue par le contrat.
Le pilote est resté un îlot : un branchement sur le système de gestion des circulations aurait demandé d'homologuer l'interface.
Toute évolution de l'application centrale passe par une demande de changement chez l'infogéreur, délai minimum 12 semaines.
L'ERP de l'entreprise ne permet pas de reprendre des propositions externes dans l'ordre de fabrication.
toujours en attente de la doc API du fournisseur, sans elle impossible de faire le connecteur
Les résultats s'affichent dans une appli web à part, les agents devraient jongler entre quatre fenêtres.
Le middleware est en fin de support, la nouvelle plateforme d'échanges n'arrivera qu'en 2028.
Le portail client est un progiciel tiers sans webhooks, on ne peut accrocher la classification nulle part.
Entre la gestion d'entrepôt et la planification transport il y a un export/import manuel, et c'est justement là que le modèle devait agir.
La prévision de rendement est prête, mais le logiciel agricole des adhérents n'a pas de fonction d'import.
COPIL : la charge de développement des interfaces dépasse l'estimation initiale d'un facteur trois, faute d'interfaces standard.
On ne pourrait pas simplement écrire le résultat dans l'application existante ? Non, elle est gelée jusqu'à son remplacement.
Le transfert vers l'outil sinistres échoue car les champs de plus de 255 caractères sont tronqués.
Le processus métier vit dans un outil de workflow qui n'appelle des services externes que via un module payant.
L'exploitation signale que la fenêtre batch de nuit est pleine, le rapprochement supplémentaire n'y rentre plus.
On a livré les recommandations en CSV, le CRM ne sait lire un CSV que par import manuel.
Les codes article de l'entrepôt et ceux du site e-commerce ne correspondent pas ; il faudrait une table de correspondance que personne ne maintient.
La GED de la mairie est on-premise et n'a aucune interface sortante vers le service cloud.
Point bloquant : pas de SSO entre l'outil et l'intranet, les utilisateurs devraient se connecter deux fois.
Le système de réservation de la compagnie est un vieux système central ; chaque appel coûte et la DSI limite le nombre de requêtes par jour.
Intégration au système de paie : l'éditeur ne propose qu'un import trimestriel, incompatible avec un usage mensuel.
"""}

P["SECURITY_COMPLIANCE"] = {"de": """
Der Datenschutzbeauftragte hat die Nutzung der Freitextfelder untersagt, solange keine DSFA vorliegt.
Lenkungsausschuss: Die Freigabe durch den Informationssicherheitsbeauftragten steht weiterhin aus.
Schließungsgrund: Eine rechtskonforme Verarbeitung der Gesundheitsdaten nach § 67 SGB X war im gewählten Setup nicht darstellbar.
Betriebsrat hat der Einführung nicht zugestimmt, weil Rückschlüsse auf einzelne Mitarbeiter möglich wären.
Lessons Learned: Die Abstimmung mit dem DSB hätte vor der Datenbeschaffung stattfinden müssen, nicht danach.
Der Cloud-Anbieter hat keine Rechenzentren in der EU – Einkauf und Recht haben den Vertrag gestoppt.
die DSFA liegt seit Juli beim DSB, keine Rückmeldung
Die BaFin-Anforderungen an die Erklärbarkeit würden aus Sicht der Revision nicht erfüllt.
Pentest ergab drei kritische Findings, der Go-Live wurde bis zur Behebung ausgesetzt, und niemand hat Kapazität für die Behebung.
Für die Verarbeitung der Versichertendaten fehlt eine Rechtsgrundlage; eine Einwilligung wäre nachträglich einzuholen.
Die Rechtsabteilung sieht ein Risiko unter dem AI Act (Hochrisiko, Beschäftigung) und empfiehlt, das Projekt nicht weiterzuverfolgen.
Wir dürfen die Kundendaten nicht in die Testumgebung kopieren, anonymisierte Daten gibt es nicht.
Retro: Die Sicherheitsprüfung (ISMS) dauerte länger als der gesamte Pilot.
Das Modell würde Kreditentscheidungen beeinflussen, die MaRisk-Validierung ist dafür nicht aufgesetzt.
Hallo zusammen, IT-Security hat den Zugriff der VM auf das Internet gesperrt, damit fällt der Modell-Download weg. Ausnahmeantrag läuft.
Ohne Auftragsverarbeitungsvertrag mit dem Dienstleister dürfen keine personenbezogenen Daten übermittelt werden; der AVV hängt seit Monaten in der Rechtsabteilung.
Die Exportkontrolle hat die Verarbeitung der Konstruktionsdaten außerhalb des Werksnetzes untersagt.
Für die KRITIS-Umgebung der Stadtwerke ist ein Modell ohne BSI-konforme Zertifizierung nicht zulässig.
Die Löschfristen für Bewerberdaten (6 Monate) machen ein Training auf historischen Daten praktisch unmöglich.
Gremium Datenethik hat das Vorhaben zur Nachbesserung zurückgegeben, nächste Sitzung im Februar.
Der Einsatz eines US-LLMs wurde vom Konzerndatenschutz gestoppt, Stichwort Drittlandtransfer.
Die Prüfung durch die interne Revision ergab, dass die Modellentscheidungen nicht revisionssicher dokumentiert werden.
Die Patientendaten verlassen laut Vorgabe der Klinikumsleitung das Haus nicht, auch nicht pseudonymisiert.
Das Studierendenwerk darf die Sozialdaten laut Justiziariat nicht für Prognosezwecke verwenden.
Bei der Luftfahrt-Zertifizierung (DO-178C) ist ein lernendes Verfahren im jetzigen Zuschnitt nicht zulassungsfähig.
Die Freigabe durch den Betriebsrat wurde an Bedingungen geknüpft, die den Kern des Anwendungsfalls ausschließen.
Berechtigungskonzept wurde vom IT-Sicherheitsteam zweimal abgelehnt, dritte Runde läuft.
Wäre rechtlich überhaupt zulässig, die Gesprächsaufzeichnungen des Callcenters auszuwerten? Bis heute keine Antwort.
Schließungsvermerk: Vorhaben aufgrund ungeklärter Haftungsfragen bei fehlerhaften Empfehlungen eingestellt.
Die Sparkasse verlangt vor jedem produktiven Einsatz eine Modellrisiko-Validierung durch eine unabhängige Stelle, die erst 2027 Kapazität hat.
Die Nutzung der Videoaufnahmen der Bahnsteige zur Auswertung ist datenschutzrechtlich nicht gedeckt.
Das Lieferantenportal verbietet laut AGB das automatisierte Auslesen, der Rechtsbereich hat abgewunken.
Datenzugriff nur noch über einen gehärteten Jump-Host ohne Python – Vorgabe der Informationssicherheit nach dem letzten Vorfall.
Vertraulichkeitsstufe der Rezepturen ist "streng vertraulich", ein externer Dienstleister darf die Daten nicht sehen.
Die Aufsichtsbehörde wurde informell angefragt und signalisierte Bedenken; man habe daraufhin von einer Umsetzung abgesehen.
Compliance will jede einzelne Entscheidung des Modells begründet haben – das kann der Ansatz nicht leisten.
Es sei zu befürchten, dass die Verarbeitung gegen das Zweckbindungsgebot verstößt, so das Votum des DSB.
Seit dem Security-Review ist der Key-Vault-Zugriff gesperrt und der Pilot läuft schlicht nicht mehr.
Zollrechtliche Vorgaben untersagen die Übermittlung der Sendungsdaten an einen Cloud-Dienst außerhalb der EU.
Der Datenschutz verlangt eine Opt-in-Lösung für alle Mitglieder, die Quote liegt aktuell bei 4 %.
""", "fr": """
Le DPO a interdit l'usage des champs texte libre tant que l'AIPD n'est pas finalisée.
COPIL : la validation du RSSI est toujours en attente.
Motif de clôture : un traitement conforme des données de santé n'a pas pu être garanti dans l'architecture retenue (hébergeur non HDS).
Les représentants du personnel (CSE) ont émis un avis défavorable, l'outil permettant de remonter à des salariés identifiables.
Retour d'expérience : l'échange avec le DPO aurait dû avoir lieu avant la collecte des données, pas après.
L'hébergeur n'a pas de datacenter dans l'UE, les achats et le juridique ont suspendu le contrat.
l'AIPD est chez le DPO depuis juillet, pas de retour
Selon l'audit interne, les exigences de l'ACPR en matière d'explicabilité ne seraient pas satisfaites.
Le pentest a remonté trois vulnérabilités critiques, mise en production suspendue jusqu'à correction, et personne n'a de temps pour corriger.
Aucune base légale pour traiter les données des adhérents ; il faudrait recueillir un consentement a posteriori.
Le juridique voit un risque au titre de l'AI Act (haut risque, emploi) et recommande de ne pas poursuivre.
Interdiction de copier les données clients en recette, et il n'existe pas de jeu anonymisé.
REX : l'homologation sécurité a duré plus longtemps que le pilote entier.
Le modèle influencerait des décisions d'octroi de crédit, la validation prévue par la réglementation n'est pas organisée.
Bonjour, la sécurité a bloqué l'accès internet de la VM, donc plus moyen de télécharger le modèle. Demande de dérogation en cours.
Sans contrat de sous-traitance RGPD signé avec le prestataire, aucune donnée personnelle ne peut être transmise ; il dort chez les juristes depuis des mois.
Le contrôle export a interdit le traitement des plans hors du réseau de l'usine.
Pour un opérateur d'importance vitale, un modèle non qualifié par l'ANSSI n'est pas admissible sur le réseau industriel.
Les durées de conservation des candidatures (deux ans) rendent quasi impossible un entraînement sur l'historique.
Le comité d'éthique a renvoyé le dossier pour compléments, prochaine séance en février.
L'utilisation d'un LLM américain a été stoppée par la protection des données groupe, question des transferts hors UE.
L'audit interne a relevé que les décisions du modèle ne sont pas tracées de manière opposable.
Les données patients ne sortent pas de l'établissement selon la direction, même pseudonymisées.
Selon la direction juridique, les données sociales des étudiants ne peuvent pas servir à de la prédiction.
Dans le cadre de la certification aéronautique, une méthode apprenante n'est pas certifiable en l'état.
Le CSE a conditionné son accord à des restrictions qui excluent le cœur du cas d'usage.
La matrice des habilitations a été rejetée deux fois par la sécurité, troisième tour en cours.
Est-ce qu'on a seulement le droit d'analyser les enregistrements du centre d'appels ? Toujours pas de réponse.
Mention de clôture : projet arrêté en raison de questions de responsabilité non tranchées en cas de mauvaise recommandation.
La banque exige une validation du risque de modèle par une équipe indépendante, qui n'a pas de créneau avant 2027.
L'exploitation des images de vidéoprotection des quais n'est pas couverte juridiquement.
Les CGU du portail fournisseur interdisent l'extraction automatisée, le juridique a dit non.
Accès aux données uniquement via un bastion durci sans Python, exigence de la sécurité après le dernier incident.
Les formules des parfums sont classées "secret", aucun prestataire externe n'a le droit de les voir.
La CNIL a été sollicitée de manière informelle et a fait part de réserves ; la mise en œuvre a été abandonnée.
La conformité veut une justification de chaque décision du modèle, ce que l'approche ne permet pas.
Le DPO craint que le traitement ne soit contraire au principe de finalité.
Depuis la revue sécurité, l'accès au coffre de secrets est coupé et le pilote ne tourne tout simplement plus.
Le consentement explicite des adhérents est exigé, seuls 4 % ont accepté à ce jour.
Le marché public impose un hébergement SecNumCloud, l'outil retenu ne l'a pas.
"""}

P["OWNERSHIP_SPONSORSHIP"] = {"de": """
Seit Herr Albrecht in den Ruhestand gegangen ist, fühlt sich im Vorstand niemand mehr für das Thema zuständig.
Lenkungsausschuss: Die Sitzung wurde mangels Teilnahme der Entscheider zum dritten Mal abgesagt.
Schließungsgrund: Nach der Reorganisation konnte kein fachlich verantwortlicher Product Owner benannt werden.
Vertrieb und Service wollen jeweils, dass der andere das Budget trägt – seit Monaten Stillstand.
Lessons Learned: Ein Projekt ohne Sponsor auf Bereichsleiterebene hat im Haus keine Chance.
wer entscheidet das eigentlich? ich frag jetzt seit 4 wochen rum
Die Priorität wurde im Portfolio-Board zugunsten der S/4-Migration heruntergestuft.
Der neue CIO hat andere Schwerpunkte, KI steht bei ihm nicht auf der Agenda.
Retro: Fachbereich und IT haben sich nie darauf geeinigt, wem die Lösung am Ende gehört.
Die Geschäftsführung hat das Projekt zwar initiiert, aber seit dem Kick-off keinen Termin mehr wahrgenommen.
Hallo Frau Schuster, könnten Sie klären, wer auf Seiten der Werke die Abnahme macht? Bisher fühlt sich niemand angesprochen.
Der Auftraggeber ist im Zuge der Fusion der Kassen ausgeschieden, ein Nachfolger wurde nicht bestimmt.
Die Werkleitung Süd unterstützt das Vorhaben, die Werkleitung Nord blockiert es – der Lenkungsausschuss hat das nicht aufgelöst.
Keiner will das Modell "besitzen", weil dann auch die Haftung für Fehlprognosen bei ihm liegt.
Nach dem Führungswechsel im Dezernat wurde das Vorhaben auf unbestimmte Zeit zurückgestellt.
Das Thema wurde zwischen Digitalisierung, IT und Controlling dreimal hin- und hergereicht.
Der Product Owner macht das nebenbei mit 10 % seiner Zeit, Entscheidungen bleiben liegen.
Laut neuer Konzernstrategie haben Kostensenkungsprojekte Vorrang; unser Vorhaben wurde "geparkt".
Es gab nie einen namentlich benannten Verantwortlichen auf Kundenseite, nur eine Funktionsmailbox.
Die Bereichsleiterin, die das Projekt getrieben hat, ist zum Wettbewerber gewechselt, seitdem herrscht Funkstille.
Der Vorstand hat das Projekt zwar nicht gestoppt, aber auch nicht mehr nach dem Stand gefragt.
Die Interessen von Einkauf und Produktion seien nicht deckungsgleich, eine Eskalation an die GF wurde zweimal verschoben.
Schließungsbemerkung: Das Vorhaben hat im Zuge der Neuausrichtung der Sparte seine Unterstützung verloren.
Entscheidungsvorlage liegt seit 6 Wochen beim Bereichsvorstand, unterschrieben hat sie noch keiner.
Keiner der drei Fachbereiche hat das Ergebnis abgenommen, jeder verweist auf die anderen.
Durch die Neuwahl im Stadtrat hat sich die politische Priorität verschoben, das Projekt ist vom Tisch.
Der ursprüngliche Sponsor ist jetzt CFO einer Tochter und hat das Thema nicht mitgenommen.
Ist eigentlich noch jemand im Steuerkreis, der dieses Projekt haben will?
Die Genossenschaftsversammlung hat sich nicht auf eine gemeinsame Linie der Mitgliedsbetriebe einigen können.
Projekt wurde von der Digitaleinheit angestoßen, der Fachbereich sieht es aber als "deren Spielzeug".
Mit der Umstrukturierung der Hochschulverwaltung ist die zuständige Stabsstelle aufgelöst worden.
Der Lenkungsausschuss tagt nur noch per Umlaufverfahren, Rückfragen werden nicht beantwortet.
Formal gibt es einen Sponsor, faktisch hat er die Verantwortung an einen Werkstudenten delegiert.
Die Luftfahrtsparte wollte den Piloten, die Konzernmutter wollte ihn nicht – gewonnen hat die Mutter.
Uns fehlt jemand, der im Zweifel entscheidet, ob Genauigkeit oder Geschwindigkeit wichtiger ist.
Nach dem Wechsel der Geschäftsführung der Stadtwerke wurden alle Digitalprojekte auf Eis gelegt.
Die Niederlassungsleiter sehen keinen Nutzen für ihre Region und haben die Mitarbeit eingestellt.
Die Verantwortung wurde von Marketing an E-Commerce übertragen, die das Thema dann nicht priorisiert haben.
Ansprechpartner wechselt gefühlt jeden Monat, jeder neue will wieder bei null anfangen.
Das Projekt hatte zwei Sponsoren mit widersprüchlichen Zielen und keine Instanz, die das aufgelöst hätte.
""", "fr": """
Depuis le départ en retraite de M. Garnier, plus personne au comité de direction ne porte le sujet.
COPIL annulé pour la troisième fois, les décideurs n'étaient pas disponibles.
Motif de clôture : suite à la réorganisation, aucun responsable métier n'a pu être désigné pour reprendre le produit.
La direction commerciale et la direction du service client se renvoient la charge du budget, rien ne bouge depuis des mois.
REX : sans sponsor au niveau directeur, un projet n'a aucune chance ici.
qui tranche au final ? ça fait 4 semaines que je pose la question
Le projet a été déclassé au comité de portefeuille au profit de la migration S/4.
Le nouveau DSI a d'autres priorités, l'IA n'est pas dans sa feuille de route.
Retour d'expérience : métier et DSI ne se sont jamais accordés sur qui serait propriétaire de la solution.
La direction générale a lancé le projet mais n'est plus venue à aucune réunion depuis le lancement.
Bonjour Mme Petit, pourriez-vous voir qui fait la recette côté usines ? Pour l'instant personne ne se sent concerné.
Le commanditaire a quitté la mutuelle lors de la fusion, aucun successeur n'a été nommé.
L'usine de Valenciennes soutient la démarche, celle de Saint-Nazaire la bloque, et le COPIL n'a pas arbitré.
Personne ne veut "posséder" le modèle, car il faudrait alors assumer les erreurs de prévision.
Après le changement d'élu à la délégation numérique, le projet a été suspendu sine die.
Le sujet a fait trois allers-retours entre la direction digitale, la DSI et le contrôle de gestion.
Le product owner s'en occupe à 10 % de son temps, les décisions restent en suspens.
La nouvelle stratégie groupe donne la priorité aux économies ; notre projet a été "mis en pause".
Il n'y a jamais eu de responsable nommé côté client, seulement une boîte mail générique.
La directrice qui portait le projet est partie chez un concurrent, depuis c'est le silence radio.
La direction n'a pas arrêté le projet, elle a juste cessé de demander où on en était.
Les intérêts des achats et de la production ne seraient pas alignés ; l'escalade auprès de la DG a été repoussée deux fois.
Commentaire de clôture : le projet a perdu ses soutiens lors du recentrage de la branche.
La note de décision attend une signature du directeur de branche depuis six semaines.
Aucune des trois directions n'a validé le livrable, chacune renvoie vers les autres.
Après les élections municipales, les priorités ont changé et le projet est passé à la trappe.
L'ancien sponsor est maintenant DAF d'une filiale et n'a pas emmené le sujet avec lui.
Reste-t-il quelqu'un au COPIL qui veut vraiment de ce projet ?
L'assemblée de la coopérative n'a pas réussi à dégager une position commune des adhérents.
Le projet a été lancé par la cellule innovation, le métier le voit comme "leur jouet".
Avec la réorganisation des services centraux de l'université, la mission qui pilotait le projet a été supprimée.
Formellement il y a un sponsor ; en pratique il a délégué le sujet à un alternant.
La branche défense voulait le pilote, la maison mère non : c'est la maison mère qui a gagné.
Il nous manque quelqu'un qui arbitre entre précision et rapidité quand il faut choisir.
Toutes les initiatives numériques de la régie ont été gelées après le changement de direction.
Les directeurs régionaux ne voient pas l'intérêt pour leur périmètre et ne participent plus aux ateliers.
La responsabilité est passée du marketing au e-commerce, qui ne l'a jamais priorisée.
Deux sponsors aux objectifs contradictoires et aucune instance pour trancher.
La maison de couture a changé de directeur artistique, les projets data de l'ancienne équipe ont été mis de côté.
Le conseil d'administration de la caisse n'a pas inscrit le projet à l'ordre du jour, faute de porteur.
"""}

P["SKILLS_GAP"] = {"de": """
Der einzige Data Scientist hat zum 30.09. gekündigt, seitdem liegt das Projekt.
Lenkungsausschuss: Die Stelle des ML-Engineers konnte trotz zweier Ausschreibungen nicht besetzt werden.
Schließungsgrund: Nach dem Weggang des Kernteams war das erforderliche Know-how intern nicht mehr verfügbar.
Im Haus kann niemand Python, die IT betreut ausschließlich ABAP und Cobol.
Lessons Learned: Wir haben unterschätzt, wie viel Data Engineering nötig ist – und dafür hatten wir genau null Leute.
der Jonas ist der einzige, der das versteht, und der ist jetzt in Elternzeit
Der Dienstleister hat das Modell gebaut und ist weg; intern kann niemand es anpassen.
Wir hätten eine Person gebraucht, die Spark beherrscht. Die Ausschreibung lief 7 Monate ohne Bewerbung.
Die Fachabteilung kann die Ergebnisse nicht interpretieren, eine Schulung wurde mangels Trainer nicht angeboten.
Die Kollegin aus dem BI-Team macht das "nebenbei" und hat selbst noch nie ein Modell trainiert.
Retro: Das Plattformteam besteht aus zwei Personen für 40 Anwendungen; Kubernetes kann keiner von beiden wirklich.
Mit dem Ausscheiden von Dr. Weber ist das Domänenwissen über die Prüfstände verloren gegangen.
Hallo zusammen, ab nächster Woche bin ich alleine im Team, Markus wechselt ins SAP-Projekt. Das Labeling-Setup kann ich nicht parallel stemmen.
Niemand im Stadtwerk ist in der Lage, das Modell nach einem Fehler neu zu trainieren.
Der Werkstudent, der den Prototyp gebaut hat, hat sein Studium beendet und ist weg.
Im Team fehlen Erfahrung mit Zeitreihen; wir haben uns wochenlang an Basics aufgehalten.
Die externe Beratung hat ihre Leute abgezogen, um ein größeres Mandat zu bedienen.
Bewerber für Data-Science-Stellen lehnen ab, sobald sie das Gehaltsband des TVöD sehen.
Das Wissen steckt in einem einzigen Kopf, Dokumentation gibt es keine.
Es fehlt uns schlicht jemand, der Machine Learning und Logistik zusammenbringt.
Die Uni-Kooperation endete mit der Promotion des Doktoranden, die Methode hat danach niemand mehr weiterentwickelt.
Die Kasse hat zwar ein Data-Team, aber das ist komplett mit Regulierungsreporting ausgelastet.
Schließungsbemerkung: Fachkräftemangel im Bereich Data Engineering; Projekt konnte personell nicht fortgeführt werden.
Wer macht eigentlich das MLOps, wenn der Freelancer im März ausläuft?
Unser Team hat noch nie ein Modell in Produktion gebracht und unterschätzt das gerade gewaltig.
Die IT der Genossenschaft besteht aus 1,5 FTE, beide betreuen primär die Warenwirtschaft.
Die Lernkurve für die neue Plattform sei erheblich gewesen, das Team habe drei Monate für Einarbeitung gebraucht.
Zwei von drei Entwicklern wurden in den Kernbankenwechsel abgezogen, der Rest kann das allein nicht tragen.
Kein einziger im Haus hat je mit Bilddaten gearbeitet.
Der Senior-Entwickler hat beim Abschied gesagt, das Skript laufe "solange niemand was anfasst".
Die Kollegen im Betrieb haben keine Erfahrung mit Python-Anwendungen, Fehlerbehebung würde jedes Mal an uns hängen bleiben.
Statusbericht: Ressourcenengpass Data Science (Krankheit + Kündigung), Meilenstein 3 verschoben.
Ohne Know-how zu NLP im Deutschen haben wir das Problem drei Monate im Kreis gedreht.
Die Nachbesetzung der Stelle ist genehmigt, Start frühestens in 5 Monaten.
In der Hochschule gibt es viel Forschung zu KI, aber niemanden, der eine Anwendung betreiben kann.
Fachlich gute Leute, aber keiner hat je eine Datenpipeline gebaut.
Das Luxusmodehaus hat keine eigenen Datenleute, alles wäre bei Agenturen einzukaufen.
Nach dem Abgang des Teamleads hat sich niemand zugetraut, die Architektur weiterzuentwickeln.
Wir suchen seit einem Jahr einen Data Engineer mit SAP-Kenntnissen. Gibt es einfach nicht auf dem Markt in Ostwestfalen.
Die Fachseite sollte labeln, hat aber niemanden, der die Schadensbilder fachlich beurteilen kann.
""", "fr": """
La seule data scientist a démissionné fin septembre, le projet est à l'arrêt depuis.
COPIL : le poste d'ingénieur ML n'a pas pu être pourvu malgré deux publications.
Motif de clôture : après le départ de l'équipe cœur, les compétences nécessaires n'étaient plus disponibles en interne.
Personne ici ne maîtrise Python, la DSI ne fait que du Cobol et de l'ABAP.
Retour d'expérience : on a sous-estimé le travail de data engineering, et on avait exactement zéro personne pour ça.
Mathieu est le seul à comprendre le code, et il est en congé paternité
Le prestataire a construit le modèle puis est parti ; en interne personne ne sait le modifier.
Il nous fallait quelqu'un qui connaisse Spark. Annonce ouverte 7 mois, aucune candidature.
Les métiers ne savent pas interpréter les résultats, faute de formateur aucune formation n'a été proposée.
La collègue de l'équipe BI s'en occupe "à côté" et n'a jamais entraîné de modèle.
REX : l'équipe plateforme c'est deux personnes pour 40 applications, et aucune ne maîtrise vraiment Kubernetes.
Avec le départ du Dr Morel, toute la connaissance métier sur les bancs d'essai est partie.
Bonjour, à partir de la semaine prochaine je suis seul, Thomas part sur le projet SAP. Je ne peux pas tenir l'annotation en parallèle.
Personne à la régie n'est capable de réentraîner le modèle après un incident.
L'alternant qui avait fait le prototype a fini son contrat, il n'est plus là.
Personne dans l'équipe n'a l'habitude des séries temporelles, on a perdu des semaines sur les bases.
Le cabinet de conseil a retiré ses consultants pour une plus grosse mission.
Les candidats data refusent dès qu'ils voient la grille salariale de la fonction publique.
Tout le savoir est dans une seule tête, et aucune documentation.
Il nous manque quelqu'un qui fasse le lien entre machine learning et supply chain.
Le partenariat avec le labo s'est arrêté avec la soutenance du doctorant, personne n'a repris la méthode.
La mutuelle a bien une équipe data, mais elle est entièrement prise par le reporting réglementaire.
Commentaire de clôture : pénurie de profils data engineering, le projet n'a pas pu être poursuivi faute de ressources.
Qui fera le MLOps quand le contrat du freelance s'arrête en mars ?
L'équipe n'a jamais mis un modèle en production et sous-estime largement la marche.
L'informatique de la coopérative, c'est 1,5 ETP, tous deux sur la gestion commerciale.
La courbe d'apprentissage sur la nouvelle plateforme aurait été importante, l'équipe a mis trois mois à monter en compétence.
Deux développeurs sur trois ont été réaffectés au changement de système bancaire, le dernier ne peut pas porter seul.
Pas une seule personne en interne n'a déjà travaillé sur de l'image.
En partant, le développeur senior a dit que le script tournerait "tant que personne n'y touche".
Point d'avancement : tension sur les ressources data science (arrêt maladie + démission), jalon 3 décalé.
Sans compétence en traitement du langage sur du français métier, on a tourné en rond trois mois.
Le remplacement du poste est validé, arrivée au mieux dans 5 mois.
L'université fait beaucoup de recherche en IA mais personne ne sait exploiter une application.
Des gens très bons sur le métier, mais aucun n'a jamais construit un pipeline de données.
La maison n'a aucun profil data, tout serait à acheter en agence.
Après le départ du lead technique, personne ne s'est senti capable de faire évoluer l'architecture.
On cherche un data engineer avec une connaissance SAP depuis un an ; en Auvergne, ça n'existe pas.
Le métier devait annoter, mais personne n'est capable de juger les photos de dommages.
L'exploitation n'a aucune pratique des applis Python, chaque incident retomberait sur nous.
"""}

P["SCOPE_CREEP"] = {"de": """
Aus "Prognose für ein Lager" wurde im Laufe des Jahres "Prognose für alle 14 Standorte inklusive Retouren und Aktionsware".
Lenkungsausschuss: Der Projektumfang wurde um die Module Personalplanung und Energieoptimierung erweitert; der Go-Live der ersten Stufe verschiebt sich entsprechend.
Schließungsgrund: Durch fortlaufende Anforderungsänderungen konnte kein abnahmefähiger erster Release fertiggestellt werden.
Jede Fachabteilung hat noch "nur eine kleine Ergänzung" gemeldet, inzwischen sind es 63 Anforderungen.
Lessons Learned: Wir hätten uns auf einen MVP für die Kfz-Sparte beschränken sollen, statt gleich alle Sparten zu bedienen.
jetzt soll es auch noch englisch und polnisch können, bevor überhaupt deutsch live ist
Der Chatbot sollte ursprünglich Zählerstände annehmen, mittlerweile soll er auch Tarifberatung und Umzüge abwickeln.
Kaum war der Prototyp fertig, kam die Anforderung, das Ganze auf alle Produktlinien auszurollen – vor dem ersten produktiven Einsatz.
Retro: Wir haben nie Nein gesagt. Das Backlog ist von 20 auf 140 Stories gewachsen.
Bevor der erste Release rausgeht, möchte der Vertrieb noch eine Integration in das Partnerportal.
Die Abnahme wurde verweigert, weil die Lösung "noch nicht alle Sonderfälle" abdecke – Sonderfälle, die im Auftrag nie standen.
Aus dem Pilot für ein Krankenhaus sollte schnell eine Lösung für den ganzen Verbund werden.
Ursprünglicher Scope: Dokumentenklassifikation. Aktueller Scope: Klassifikation, Extraktion, Prüfung und automatische Antwort.
Hallo zusammen, im Lenkungsausschuss wurden gestern noch drei weitere Use Cases in das Paket gepackt. Den Termin im Juni können wir damit vergessen.
Wir diskutieren inzwischen über Version 3, obwohl Version 1 noch nicht produktiv ist.
Der Fachbereich hat jede Iteration genutzt, um neue Wünsche einzubringen; ein Scope-Freeze wurde nie durchgesetzt.
Man wollte "gleich richtig" machen und hat auch die Nachbarprozesse mit aufgenommen.
Durch die Ausweitung auf Frachtflüge hat sich das Datenmodell komplett geändert.
Statusbericht: Umfangsänderungen (CR 14 bis CR 27) führen zu einer Verzögerung von ca. 5 Monaten.
Können wir bitte erst mal die eine Linie live bringen, bevor wir die ganze Fabrik planen?
Die Stadt wollte zuerst nur Schlaglöcher erkennen, dann auch Schilder, Markierungen und Baumschäden.
Das Projekt hat sich von einer Nischenanwendung zur "Plattform für alle KI-Fälle des Konzerns" entwickelt.
Immer wenn wir kurz vor der Abnahme waren, kam eine neue Abteilung dazu.
Die Anforderungen an die Oberfläche wuchsen mit jedem Workshop; zuletzt wünschte man ein vollständiges Dashboard-Portal.
Schließungsbemerkung: Der Umfang sei mehrfach erweitert worden, ohne Zeitplan oder Budget anzupassen.
Es wurde beschlossen, vor Go-Live zusätzlich die Länder Österreich und Schweiz zu integrieren.
Für die Lehrevaluation sollten dann auch Prüfungsergebnisse und Mensa-Feedback einfließen.
Der erste Release wäre im März fertig gewesen, wenn nicht noch die Mehrsprachigkeit dazugekommen wäre.
Die Genossenschaft wollte die Prognose zunächst für Weizen, dann für alle Kulturen, dann noch für Tierhaltung.
Wir haben den MVP so lange angereichert, bis er kein MVP mehr war.
Die Checkliste für den Pilot enthält inzwischen 48 "Must-haves".
Jedes Meeting endet mit "und wenn wir schon dabei sind …".
Eine Einschränkung des Umfangs auf die Kernprozesse wurde vom Auftraggeber abgelehnt.
Das Tool sollte nur Bestellvorschläge machen, jetzt wird erwartet, dass es auch Lieferantenverhandlungen vorbereitet.
Vor dem Go-Live sollen noch alle historischen Fälle seit 2005 nachträglich klassifiziert werden.
Der Auftrag ist in 8 Monaten von einer Filiale auf das komplette Filialnetz und das Firmenkundengeschäft gewachsen.
Der Nutzen der ersten Ausbaustufe hätte gereicht, aber es wurde auf die "Vollversion" gewartet.
Jetzt soll das Modell auch die Ursachen erklären, nicht nur vorhersagen – das war nie Teil des Auftrags.
Die Roadmap wurde mit jedem neuen Stakeholder länger, ein Lieferdatum gibt es nicht mehr.
Das Fahrgastinformationssystem sollte erst Verspätungen prognostizieren, mittlerweile auch Anschlüsse, Auslastung und Ersatzverkehre.
""", "fr": """
De "prévision pour un entrepôt", on est passé en cours d'année à "prévision pour les 14 sites, retours et promotions compris".
COPIL : le périmètre a été étendu aux modules planning RH et optimisation énergétique ; la mise en service du premier lot est décalée d'autant.
Motif de clôture : du fait des évolutions continues du besoin, aucune première version recettable n'a pu être livrée.
Chaque direction a ajouté "juste un petit complément", on en est à 63 exigences.
REX : on aurait dû se limiter à un MVP sur l'assurance auto plutôt que de viser toutes les branches d'emblée.
maintenant il faut aussi l'anglais et l'espagnol avant même que le français soit en prod
Le chatbot devait prendre les relevés de compteur, maintenant il doit aussi faire du conseil tarifaire et gérer les déménagements.
Prototype à peine terminé, on nous demande de le déployer sur toutes les gammes avant même une première mise en production.
Retour d'expérience : on n'a jamais dit non. Le backlog est passé de 20 à 140 user stories.
Avant la première livraison, les ventes veulent encore une intégration au portail partenaires.
Recette refusée car la solution ne couvrirait "pas encore tous les cas particuliers", cas qui n'ont jamais figuré au cahier des charges.
Le pilote pour un hôpital devait vite devenir une solution pour tout le GHT.
Périmètre initial : classification de documents. Périmètre actuel : classification, extraction, contrôle et réponse automatique.
Bonjour à tous, hier en COPIL trois nouveaux cas d'usage ont été ajoutés au lot. On peut oublier l'échéance de juin.
On parle déjà de la V3 alors que la V1 n'est pas en prod.
Le métier a profité de chaque itération pour glisser de nouvelles demandes ; le gel du périmètre n'a jamais été tenu.
On a voulu "faire bien tout de suite" et intégré aussi les processus voisins.
L'extension au fret a complètement changé le modèle de données.
Point d'avancement : les demandes de changement (DC 14 à DC 27) entraînent environ 5 mois de retard.
On pourrait mettre une ligne en prod avant de vouloir planifier toute l'usine ?
La métropole voulait d'abord détecter les nids-de-poule, puis aussi la signalisation, le marquage et les arbres abîmés.
Le projet est passé d'une appli de niche à "la plateforme de tous les cas IA du groupe".
À chaque fois qu'on approchait de la recette, une nouvelle direction s'invitait.
Les exigences d'interface ont grossi à chaque atelier ; à la fin on voulait un portail complet de tableaux de bord.
Commentaire de clôture : le périmètre aurait été élargi à plusieurs reprises sans ajuster ni planning ni budget.
Il a été décidé d'intégrer aussi la Belgique et la Suisse avant la mise en service.
Pour l'évaluation des enseignements, il fallait aussi intégrer les notes d'examen et les avis sur le restaurant universitaire.
La première version aurait été prête en mars si le multilinguisme ne s'était pas ajouté.
La coopérative voulait la prévision pour le blé, puis pour toutes les cultures, puis pour l'élevage.
On a tellement enrichi le MVP qu'il n'en était plus un.
La check-list du pilote compte désormais 48 "indispensables".
Chaque réunion se termine par "et tant qu'on y est…".
Le commanditaire a refusé de réduire le périmètre aux processus cœur.
L'outil devait faire des propositions de commande, maintenant on attend qu'il prépare aussi les négociations fournisseurs.
Avant la mise en service, il faudrait reclasser tout l'historique depuis 2005.
En 8 mois, le projet est passé d'une agence à tout le réseau plus la clientèle entreprises.
Le premier lot aurait suffi à apporter de la valeur, mais on a attendu la "version complète".
Désormais le modèle doit aussi expliquer les causes, pas seulement prédire : ça n'a jamais fait partie de la commande.
La feuille de route s'allonge à chaque nouvel interlocuteur, il n'y a plus de date de livraison.
L'information voyageurs devait prévoir les retards, aujourd'hui aussi les correspondances, l'affluence et les bus de substitution.
"""}

P["USER_ADOPTION"] = {"de": """
Die Pflegekräfte drucken die Liste aus und haken sie trotzdem von Hand ab.
Lenkungsausschuss: Die Nutzungsquote liegt nach drei Monaten bei 7 % der lizenzierten Anwender.
Schließungsgrund: Die Lösung wurde von den Disponenten nicht angenommen; die Vorschläge wurden überwiegend ignoriert.
Die Sachbearbeiter vertrauen der Empfehlung nicht und prüfen jeden Fall sowieso nochmal komplett.
Lessons Learned: Change Management wurde als "Schulung am Go-Live-Tag" verstanden. Das war zu wenig.
die jungs in der werkstatt nutzen lieber ihre eigene excel, das tool macht keiner auf
Der Meister sagt: "Das Ding hat noch nie eine Maschine gesehen." Seitdem wird es in der Halle nicht mehr benutzt.
Nach dem Go-Live wurden 93 % der Vorschläge manuell überschrieben.
Die Filialleiter bestellen weiter nach Gefühl, die Prognose wird nur noch in der Zentrale angeschaut.
Retro: Die Anwender wurden erst zur Abnahme einbezogen, da war die Ablehnung schon da.
Die Kundenberater befürchten, durch das Tool kontrolliert zu werden, und umgehen es, wo es geht.
Hallo Frau Kaya, kurze Info: Auf Station 4 wird das Frühwarnsystem seit zwei Wochen gar nicht mehr geöffnet. Die Kolleginnen sagen, es schlägt zu oft falsch Alarm.
Das Callcenter hat den Assistenten abgeschaltet, weil er die Gespräche verlängert habe.
Die Lokführer melden die Vorschläge zur Fahrweise als "Bevormundung" und folgen ihnen nicht.
Zugriffe auf das Dashboard laut Log: 4 im letzten Monat, davon 3 vom Projektteam.
Die Stadtverwaltung hat das Tool eingeführt, die Mitarbeitenden schreiben die Bescheide aber weiterhin in Word.
Eine Einbindung der Betroffenen hätte es gebraucht; so wurde das System als Sparmaßnahme wahrgenommen.
Die Einkäufer sagen, die Empfehlungen seien "nicht nachvollziehbar", und übernehmen keine einzige.
Die Dozierenden haben das Feedback-Tool boykottiert, nachdem es im Senat kritisiert wurde.
Keiner liest die automatischen Zusammenfassungen, alle klicken direkt auf das Originaldokument.
Die Mitarbeiter am Schalter geben die Daten weiterhin in das alte System ein und übertragen sie abends.
Wer benutzt das eigentlich? Ich habe seit Wochen keinen Fall gesehen, der über das Tool lief.
Schließungsbemerkung: Mangelnde Akzeptanz bei den Fachanwendern trotz technisch funktionsfähiger Lösung.
Die Landwirte rufen lieber ihren Berater an, als in die App zu schauen.
Die Monteure empfinden die zusätzliche Erfassung auf dem Tablet als Mehraufwand und lassen sie weg.
Die Schulungstermine waren leer, die Führungskräfte haben die Teilnahme nicht eingefordert.
Die Verkäuferinnen in den Boutiquen halten die Produktempfehlungen für unpassend für die Stammkundschaft.
Im Schichtbetrieb wird die Warnung weggeklickt, ohne sie zu lesen – zu viele Fehlalarme in der Anfangsphase.
Die Ärzte möchten nicht, dass ein Algorithmus ihnen Diagnosen "vorschlägt", und haben das Modul abbestellt.
Eigentlich funktioniert es, aber die Leute haben sich an ihren alten Ablauf gewöhnt und sehen keinen Grund zu wechseln.
Nach dem Rollout hat sich die Bearbeitungszeit nicht verändert, weil alle parallel weiter manuell arbeiten.
Die Techniker der Flugzeugwartung akzeptieren nur, was im Handbuch steht, nicht was ein Modell sagt.
Die Sparkassen-Berater sehen den Next-Best-Offer-Score, ignorieren ihn aber im Kundengespräch.
Es gab keinen Kommunikationsplan; viele Mitarbeitende erfuhren vom neuen Tool erst durch eine Fehlermeldung.
Die Disposition hat den Tourenvorschlag zweimal übernommen, beide Male ging es schief; seitdem nie wieder.
Der Betriebsrat ist nicht das Problem, die Kolleginnen wollen es einfach nicht.
Das Feedback aus den Pilotfilialen: "zu umständlich, zu langsam, brauchen wir nicht".
Wenn der Teamleiter nicht daneben steht, wird das neue Formular nicht ausgefüllt.
Bei der Einführung hätte man die Bedenken der Schichtleiter ernster nehmen sollen; jetzt ist das Vertrauen weg.
Im Service wird die KI-Antwort gelöscht und neu geschrieben, weil sie "nicht nach uns klingt".
""", "fr": """
Les infirmières impriment la liste et la cochent à la main de toute façon.
COPIL : le taux d'utilisation est de 7 % des utilisateurs habilités après trois mois.
Motif de clôture : la solution n'a pas été adoptée par les régulateurs, les propositions ont été majoritairement ignorées.
Les gestionnaires ne font pas confiance à la recommandation et revérifient chaque dossier de bout en bout.
REX : la conduite du changement s'est résumée à "une formation le jour du démarrage". C'était insuffisant.
à l'atelier ils préfèrent leur propre Excel, personne n'ouvre l'outil
Le chef d'atelier a dit "ce truc n'a jamais vu une machine", depuis personne ne s'en sert dans le hall.
Après la mise en service, 93 % des propositions ont été modifiées à la main.
Les chefs de rayon commandent toujours au feeling, la prévision n'est plus regardée qu'au siège.
Retour d'expérience : les utilisateurs n'ont été associés qu'à la recette, le rejet était déjà installé.
Les conseillers craignent d'être fliqués par l'outil et le contournent dès qu'ils peuvent.
Bonjour Mme Roux, pour info : au service de cardiologie, l'outil d'alerte précoce n'est plus ouvert depuis deux semaines. Les collègues disent qu'il sonne trop souvent pour rien.
Le centre d'appels a désactivé l'assistant, il allongerait les appels.
Les conducteurs vivent les conseils d'éco-conduite comme une mise sous tutelle et ne les suivent pas.
Connexions au tableau de bord d'après les logs : 4 le mois dernier, dont 3 de l'équipe projet.
La mairie a déployé l'outil, les agents continuent à rédiger les courriers sous Word.
Il aurait fallu associer les personnes concernées ; le système a été perçu comme une mesure d'économie.
Les acheteurs trouvent les recommandations "incompréhensibles" et n'en reprennent aucune.
Les enseignants ont boycotté l'outil d'évaluation après les critiques en conseil académique.
Personne ne lit les résumés automatiques, tout le monde clique directement sur le document source.
Au guichet, les agents saisissent toujours dans l'ancien logiciel et reportent le soir.
Qui s'en sert réellement ? Ça fait des semaines que je n'ai pas vu un dossier passer par l'outil.
Commentaire de clôture : faible acceptation par les utilisateurs métier malgré une solution techniquement opérationnelle.
Les agriculteurs préfèrent appeler leur technicien plutôt qu'ouvrir l'appli.
Les techniciens d'intervention voient la saisie sur tablette comme une charge en plus et la sautent.
Les sessions de formation étaient vides, les managers n'ont pas exigé la présence.
Les vendeuses en boutique jugent les suggestions produits inadaptées à la clientèle fidèle.
En équipe de nuit, l'alerte est fermée sans être lue : trop de fausses alertes au début.
Les médecins ne veulent pas qu'un algorithme leur "suggère" un diagnostic, le module a été désactivé.
Ça fonctionne, mais les gens ont leurs habitudes et ne voient pas pourquoi changer.
Après le déploiement, le délai de traitement n'a pas bougé car tout le monde continue en parallèle à la main.
Les mécaniciens avion n'acceptent que ce qui figure au manuel, pas ce que dit un modèle.
Les conseillers bancaires voient le score "meilleure offre" mais l'ignorent en rendez-vous.
Aucun plan de communication ; beaucoup ont découvert le nouvel outil par un message d'erreur.
La régulation a suivi deux fois la tournée proposée, les deux fois ça s'est mal passé ; plus jamais depuis.
Le CSE n'est pas le problème, les équipes n'en veulent tout simplement pas.
Retour des agences pilotes : "trop lourd, trop lent, on n'en a pas besoin".
Si le chef d'équipe n'est pas à côté, le nouveau formulaire n'est pas rempli.
Au SAV, la réponse générée est effacée et réécrite parce qu'elle "ne sonne pas comme nous".
Les guichetiers de la gare continuent d'annoncer les retards à l'oral, l'affichage prédictif est ignoré.
"""}

P["COST_FUNDING"] = {"de": """
Die Lizenzverlängerung kostet das Dreifache dessen, was wir budgetiert hatten.
Lenkungsausschuss: Die Mittel für 2027 wurden im Rahmen der Haushaltskonsolidierung nicht bewilligt.
Schließungsgrund: Die laufenden Betriebskosten (Cloud, Lizenzen, Support) überstiegen den erwarteten Nutzen deutlich.
Das Budget ist im Oktober ausgeschöpft, eine Nachbewilligung wurde abgelehnt.
Lessons Learned: Die GPU-Kosten im Betrieb wurden im Business Case schlicht nicht berücksichtigt.
kein geld mehr für den dienstleister ab Q2, dann ist schluss
Die Cloud-Rechnung für den Pilot lag bei 18.000 € im Monat, geplant waren 2.000 €.
Bei 0,40 € pro Anfrage rechnet sich der Assistent für die Kasse nie.
Die Förderung lief aus, eine Anschlussfinanzierung aus Eigenmitteln war nicht darstellbar.
Retro: Die Kostenschätzung basierte auf Listenpreisen von 2023, die mittlerweile um 60 % gestiegen sind.
Der Mittelständler kann sich die Beratertagessätze für eine zweite Projektphase nicht leisten.
Hallo Herr Krüger, der Einkauf hat die Bestellung für die Annotation gestoppt – Budgetsperre bis Jahresende. Wie sollen wir weitermachen?
Der ROI wurde von Controlling mit 7 Jahren berechnet, die Vorgabe sind 3.
Die Stadtwerke müssen sparen, alle nicht gesetzlich notwendigen Digitalprojekte wurden gestrichen.
Das Projekt hat 480.000 € gekostet und würde laut Nachkalkulation 60.000 € im Jahr einsparen.
Wegen des Sparprogramms wurden die externen Kräfte zum 31.12. abbestellt.
Die Rechenzeit auf dem HPC-Cluster der Universität ist kontingentiert, und unser Kontingent ist für dieses Jahr aufgebraucht.
Schließungsbemerkung: Die Wirtschaftlichkeit konnte auch unter optimistischen Annahmen nicht nachgewiesen werden.
Für den Rollout in alle Werke wäre ein Investitionsantrag über 1,2 Mio. nötig, der im aktuellen Umfeld keine Chance hat.
Die Kosten für die Datenaufbereitung wurden um Faktor 4 unterschätzt.
Kann mir jemand erklären, warum die Inferenz uns mehr kostet als der Sachbearbeiter, den sie ersetzen soll?
Der Anbieter hat sein Preismodell auf Abrechnung pro Nutzer umgestellt; bei 3.000 Mitarbeitenden nicht finanzierbar.
Die Kostenstelle des Projekts wurde zum Jahreswechsel geschlossen.
Wir könnten weitermachen, wenn jemand die 200 k für die Produktivsetzung übernimmt. Bisher meldet sich niemand.
Der Genossenschaftsvorstand hält den Mitgliedsbeitrag für das Projekt für nicht vermittelbar.
Die Budgetplanung sah nur den Pilot vor; Betrieb, Wartung und Weiterentwicklung wurden nie eingeplant.
Bei einem Ölpreis wie derzeit hat die Reederei sämtliche Innovationsbudgets eingefroren.
Mit den aktuellen Energiepreisen ist das Training im eigenen Rechenzentrum nicht mehr wirtschaftlich.
Die Vollkostenrechnung ergab 31 € pro automatisch bearbeitetem Fall, manuell sind es 12 €.
Nach der Budgetkürzung um 40 % verbleiben nur noch Mittel für den Betrieb des Bestands.
Der Haushaltsausschuss hat die Mittel gesperrt, bis ein Nutzennachweis vorliegt, den wir ohne Mittel nicht erbringen können.
Die Airline hat im Zuge des Kostensenkungsprogramms alle Projekte ohne Amortisation im ersten Jahr gestoppt.
Teure Sache: Jede Iteration mit dem externen Labeling-Partner kostet 25 k€.
Die Modellpflege würde eine zusätzliche Stelle erfordern, die im Stellenplan nicht vorgesehen ist.
Die Kosten für die Speicherung der Videodaten wurden nie kalkuliert und sprengen inzwischen das IT-Budget.
Durch den Wechselkurs hat sich der Dollar-Lizenzvertrag um 15 % verteuert, das war nicht eingeplant.
Für die Skalierung auf alle Filialen fehlt schlicht das Geld.
Die Anschubfinanzierung aus dem Innovationsfonds war einmalig, eine Verstetigung im Regelbudget wurde nicht beschlossen.
Der Business Case wurde neu gerechnet: Break-even erst nach 9 Jahren.
Nach dem schlechten Quartal wurden alle discretionary spends eingefroren, inkl. unseres PoC.
""", "fr": """
Le renouvellement des licences coûte trois fois ce qu'on avait budgété.
COPIL : les crédits 2027 n'ont pas été votés dans le cadre de la maîtrise budgétaire.
Motif de clôture : les coûts de fonctionnement (cloud, licences, support) dépassaient nettement le bénéfice attendu.
L'enveloppe est consommée depuis octobre, la rallonge a été refusée.
Retour d'expérience : le coût des GPU en exploitation n'avait tout simplement pas été intégré au business case.
plus de budget presta à partir du T2, après c'est fini
La facture cloud du pilote tournait à 18 000 € par mois pour 2 000 € prévus.
À 0,40 € la requête, l'assistant ne sera jamais rentable pour la mutuelle.
La subvention régionale est arrivée à échéance, aucun financement de relais sur fonds propres n'a pu être trouvé.
REX : le chiffrage reposait sur les prix catalogue de 2023, qui ont augmenté de 60 % depuis.
L'ETI ne peut pas se payer les tarifs journaliers du cabinet pour une deuxième phase.
Bonjour M. Fabre, les achats ont bloqué la commande d'annotation : gel budgétaire jusqu'à la fin de l'année. Comment on continue ?
Le contrôle de gestion a calculé un retour sur investissement à 7 ans, la règle interne est 3.
La régie doit faire des économies, tous les projets numériques non obligatoires ont été supprimés.
Le projet a coûté 480 000 € et rapporterait 60 000 € par an selon le bilan.
À cause du plan d'économies, les prestataires ont été arrêtés au 31/12.
Les heures de calcul sur le cluster de l'université sont contingentées et notre quota de l'année est épuisé.
Commentaire de clôture : la rentabilité n'a pas pu être démontrée, même avec des hypothèses optimistes.
Le déploiement dans toutes les usines nécessiterait une demande d'investissement de 1,2 M€, qui n'a aucune chance dans le contexte actuel.
Le coût de préparation des données avait été sous-estimé d'un facteur 4.
Quelqu'un peut m'expliquer pourquoi l'inférence nous coûte plus cher que le gestionnaire qu'elle devait remplacer ?
L'éditeur est passé à une tarification par utilisateur ; avec 3 000 agents, ce n'est pas finançable.
Le centre de coûts du projet a été fermé au changement d'exercice.
On pourrait continuer si quelqu'un prend en charge les 200 k€ d'industrialisation. Pour l'instant personne.
Le conseil de la coopérative juge la cotisation demandée aux adhérents invendable.
Le budget ne prévoyait que le pilote ; exploitation, maintenance et évolutions n'ont jamais été chiffrées.
Avec le prix du kérosène actuel, la compagnie a gelé tous les budgets d'innovation.
Aux prix actuels de l'énergie, entraîner dans notre propre datacenter n'est plus rentable.
Le coût complet ressort à 31 € par dossier traité automatiquement, contre 12 € à la main.
Après une coupe de 40 % du budget, il ne reste que de quoi maintenir l'existant.
La commission des finances a gelé les crédits jusqu'à une preuve de valeur que nous ne pouvons pas apporter sans crédits.
Cher : chaque itération avec le prestataire d'annotation coûte 25 k€.
Maintenir le modèle exigerait un poste supplémentaire non prévu au tableau des effectifs.
Le stockage des vidéos n'a jamais été chiffré et fait maintenant exploser le budget informatique.
Avec le taux de change, le contrat de licence en dollars a pris 15 %, ce qui n'était pas prévu.
Pour généraliser à toutes les agences, il manque tout simplement l'argent.
Le fonds d'amorçage était ponctuel, la pérennisation dans le budget récurrent n'a pas été décidée.
Le business case a été recalculé : point mort au bout de 9 ans.
Après un mauvais trimestre, toutes les dépenses discrétionnaires ont été gelées, POC compris.
La maison a réduit de moitié son budget digital après la baisse des ventes en Asie, le projet n'a pas survécu.
"""}

P["TECHNICAL_FEASIBILITY"] = {"de": """
Selbst nach sechs Iterationen liegt die Trefferquote bei 61 %, gefordert waren 95 %.
Lenkungsausschuss: Die angestrebte Prognosegüte sei mit den verfügbaren Verfahren nach Einschätzung des Teams nicht erreichbar.
Schließungsgrund: Die fachlich geforderte Genauigkeit konnte im Pilotbetrieb nicht annähernd erreicht werden.
Das Modell erkennt Kratzer auf glänzendem Leder nicht zuverlässig, egal wie viele Bilder wir nachlegen.
Lessons Learned: Die Erwartung, dass die KI jeden Ausfall 30 Tage vorher vorhersagt, war von Anfang an unrealistisch.
macht bei handschrift halt einfach müll
Die Nachfrage nach Ersatzteilen ist so sporadisch, dass jedes Verfahren schlechter ist als der gleitende Durchschnitt.
Die Fehlalarmrate liegt bei 40 %, damit ist das System für die Leitstelle unbrauchbar.
Die Schwingungsmuster vor einem Lagerschaden sind laut Gutachter physikalisch kaum von normalem Betrieb zu unterscheiden.
Retro: Wir hätten früher akzeptieren müssen, dass sich Kundenabwanderung bei einer Krankenkasse mit den vorhandenen Signalen kaum vorhersagen lässt.
Die Texterkennung scheitert an den Durchschlagformularen aus den 80ern.
Hallo Team, ich habe jetzt alle Modellvarianten durch – keines schlägt die simple Regel "Vorjahr plus 3 %". Vorschlag: wir stoppen.
Das Sprachmodell erfindet in ca. jeder fünften Antwort Tarifdetails, die es nicht gibt.
Die Vorstandserwartung war "vollautomatische Rechnungsprüfung ohne Menschen" – das gibt die Technik heute nicht her.
Bei Dialekt und Hintergrundlärm in der Werkhalle versagt die Spracherkennung.
Der Zusammenhang zwischen Wetter und Ernteertrag ist auf Parzellenebene zu verrauscht für eine brauchbare Prognose.
Statusbericht: Modellgüte stagniert seit 8 Wochen bei F1 = 0,58.
Im Labor funktionierte die Erkennung, unter Realbedingungen (Staub, Gegenlicht) sinkt die Erkennungsrate auf 50 %.
Schließungsbemerkung: Das Problem hat sich als deutlich komplexer erwiesen als angenommen; eine Lösung wäre Forschung, kein Projekt.
Ob das überhaupt vorhersagbar ist? Die Verspätungen hängen an Einzelereignissen, die nirgends erfasst sind.
Das Modell verwechselt systematisch die Produktvarianten, die sich nur in der Farbe der Naht unterscheiden.
Die Erwartung des Fachbereichs, dass das System Betrug "mit Sicherheit" erkennt, konnte nicht erfüllt werden.
Die Latenzanforderung von 10 ms ist mit einem Modell dieser Größe nicht zu schaffen.
Die Prognose für Einzelartikel auf Filialebene ist nicht besser als Raten; nur auf Warengruppenebene ergibt sie Sinn.
Bei seltenen Fehlern (unter 0,1 %) bekommen wir weder Recall noch Precision in einen brauchbaren Bereich.
Die Modelle versagen, sobald ein neues Bauteil in die Linie kommt, und das passiert monatlich.
Für die geforderte Erklärbarkeit jeder einzelnen Prognose gibt es beim gewählten Verfahren keinen tragfähigen Ansatz.
Die Klassifikation der Verwaltungsakte erreicht 70 %; die Sachbearbeiter müssten also jeden dritten Fall korrigieren.
Leider trennt das Modell die Kategorien "Beschwerde" und "Anfrage" kaum besser als der Zufall.
Die Erkennung der Wurzelschäden auf den Luftbildern funktioniert bei Belaubung gar nicht.
Lenkungsausschuss nimmt zur Kenntnis, dass die KI-basierte Tourenplanung die menschlichen Disponenten in keinem Szenario übertrifft.
Die Simulation müsste für eine brauchbare Vorhersage tausende Varianten rechnen, was auch mit viel Hardware zu lange dauert.
Es war wohl naiv zu glauben, dass ein Chatbot juristische Fragen der Mitglieder verbindlich beantworten kann.
Die Vorhersagen kippen bei jeder Tarifänderung komplett, das Verhalten ist nicht stabil genug.
Wir erreichen die 98 % Genauigkeit für die Rissprüfung an Turbinenschaufeln nicht, der Prüfer bleibt unverzichtbar.
Die Bilderkennung verwechselt Unkraut und Kulturpflanze im frühen Stadium regelmäßig.
Das Modell lernt vor allem, welcher Sachbearbeiter den Fall angelegt hat, nicht den Fall selbst.
Die Performance ist auf den Testdaten gut, fällt aber auf jedem neuen Quartal ab, egal wie wir nachtrainieren.
Die Extraktion von Positionen aus Lieferantenrechnungen scheitert an den hunderten unterschiedlichen Layouts.
Mehr als eine Verdopplung der Baseline-Genauigkeit war realistisch nie drin, verkauft wurde eine Verzehnfachung.
""", "fr": """
Après six itérations, le taux de bonne détection plafonne à 61 %, il en fallait 95.
COPIL : la précision visée ne serait pas atteignable avec les méthodes disponibles selon l'équipe.
Motif de clôture : la précision exigée par le métier n'a pas été approchée pendant le pilote.
Le modèle ne détecte pas de manière fiable les rayures sur le cuir verni, quel que soit le nombre d'images ajoutées.
REX : l'idée que l'IA prédirait chaque panne 30 jours à l'avance était irréaliste dès le départ.
sur l'écriture manuscrite ça sort n'importe quoi
La demande de pièces détachées est si sporadique que toutes les méthodes font moins bien qu'une moyenne mobile.
Taux de fausses alertes à 40 %, inutilisable pour le centre de régulation.
Selon l'expert, les signatures vibratoires avant une avarie de roulement sont à peine distinguables du fonctionnement normal.
Retour d'expérience : il aurait fallu admettre plus tôt que la résiliation des adhérents n'est guère prévisible avec les signaux dont on dispose.
L'OCR échoue sur les liasses carbonées des années 80.
Bonjour l'équipe, j'ai testé toutes les variantes : aucune ne bat la règle "N-1 plus 3 %". Je propose qu'on arrête.
Le LLM invente des détails de garanties dans environ une réponse sur cinq.
La direction attendait "un contrôle des factures 100 % automatique sans humain", la technique ne le permet pas aujourd'hui.
Avec les accents et le bruit de l'atelier, la reconnaissance vocale décroche complètement.
À l'échelle de la parcelle, le lien entre météo et rendement est trop bruité pour une prévision utile.
Point d'avancement : la qualité du modèle stagne depuis 8 semaines à F1 = 0,58.
En labo la détection marchait, en conditions réelles (poussière, contre-jour) elle tombe à 50 %.
Commentaire de clôture : le problème s'est révélé bien plus complexe que prévu ; ce serait de la recherche, pas un projet.
Est-ce seulement prévisible ? Les retards dépendent d'événements ponctuels qui ne sont enregistrés nulle part.
Le modèle confond systématiquement les déclinaisons qui ne diffèrent que par la couleur de la surpiqûre.
L'attente du métier d'une détection de fraude "certaine" n'a pas pu être satisfaite.
Une latence de 10 ms n'est pas tenable avec un modèle de cette taille.
La prévision par article et par magasin ne fait pas mieux que le hasard ; elle n'a de sens qu'au niveau famille.
Sur des défauts rares (moins de 0,1 %), ni le rappel ni la précision ne deviennent exploitables.
Les modèles s'effondrent dès qu'une nouvelle pièce arrive sur la ligne, ce qui arrive tous les mois.
L'explicabilité demandée pour chaque prédiction n'a pas de solution solide avec la méthode choisie.
La classification des actes atteint 70 % : les agents devraient donc corriger un dossier sur trois.
Hélas le modèle distingue "réclamation" et "demande d'information" à peine mieux qu'au hasard.
La détection des dégâts sur les photos aériennes ne marche pas du tout quand les arbres ont leurs feuilles.
Le COPIL prend acte que l'optimisation des tournées par IA ne fait mieux que les régulateurs dans aucun scénario.
Pour une prévision exploitable, il faudrait simuler des milliers de variantes, trop long même avec beaucoup de matériel.
C'était sans doute naïf de croire qu'un chatbot pourrait répondre de façon engageante aux questions juridiques des sociétaires.
Les prévisions basculent à chaque changement de tarif, le comportement n'est pas assez stable.
On n'atteint pas les 98 % requis pour le contrôle des fissures sur les aubes de turbine, le contrôleur reste indispensable.
La reconnaissance d'image confond régulièrement adventices et culture au stade précoce.
Le modèle apprend surtout quel gestionnaire a créé le dossier, pas le contenu du dossier.
Bonnes performances sur le jeu de test, mais chute à chaque nouveau trimestre, quel que soit le réentraînement.
L'extraction des lignes de factures fournisseurs échoue face à des centaines de mises en page différentes.
On n'a jamais pu espérer mieux que doubler la précision de référence, on avait vendu un facteur dix.
"""}

# Negatives (expected_cause NONE). "neutral": ordinary Jira/registry text; "near": near misses.
N = {"neutral": {"de": """
Testschritt 3: Auf "Speichern" klicken. Erwartetes Ergebnis: Meldung "Auftrag wurde angelegt" erscheint.
Ergebnis Testlauf 12.11.: 47 von 47 Testfällen bestanden.
Akzeptanzkriterium: Das Feld "Lieferdatum" darf nicht in der Vergangenheit liegen.
Lenkungsausschuss 05.06.: Protokoll der letzten Sitzung ohne Änderungen genehmigt.
Nächster Termin Lenkungsausschuss: 18.09., 14:00 Uhr, Raum 2.14 bzw. Teams.
Schließungsgrund: Duplikat von LOG-2231.
Schließungsgrund: Umgesetzt mit Release 4.3, in Produktion seit 02.10.
läuft jetzt, danke dir!
Kurze Frage: ist das Feld "Kostenstelle" im Formular Pflicht oder optional?
Bugfix: Datumsformat in der PDF-Ausgabe korrigiert (TT.MM.JJJJ statt MM/TT/JJJJ).
Release Notes 2.7: Neuer Filter nach Niederlassung, Export nach Excel, kleinere Layoutkorrekturen.
Hallo zusammen, anbei das Protokoll vom Workshop am Dienstag. Viele Grüße, Anna
bin morgen erst ab 10 da, Zahnarzt
UI-Text: "Bitte wählen Sie eine Filiale aus."
Fehler: Button "Zurück" auf der Seite Zusammenfassung führt zur Startseite statt zum vorherigen Schritt.
Schritte zur Reproduktion: 1. Anmelden als Disponent 2. Tour öffnen 3. Stopp verschieben – Reihenfolge wird nicht aktualisiert.
Status: In Review. PR #412 wartet auf zweites Approval.
Meilenstein 2 (Datenmodell) abgeschlossen, Meilenstein 3 (Oberfläche) läuft planmäßig.
Wer übernimmt das Protokoll beim nächsten Jour fixe?
Die Tooltips im Dashboard wurden auf Deutsch übersetzt.
Lessons Learned: Tägliche Standups von 15 Minuten haben sich bewährt und werden beibehalten.
Retro: Gut lief die Zusammenarbeit mit dem Fachbereich Einkauf, die Abstimmungen waren kurz und klar.
Raum für den Workshop ist gebucht, Catering bestellt.
Ticket zu klein geschnitten, bitte mit LOG-2240 zusammenlegen.
Beim Import wird die führende Null der PLZ abgeschnitten (01067 -> 1067). Bitte als Text importieren.
Sprint 14 Review: 9 von 11 Stories abgeschlossen, 2 in den nächsten Sprint übernommen.
Bitte die Screenshots in Confluence aktualisieren, die zeigen noch das alte Logo.
Akzeptanzkriterium: Beim Klick auf "Export" wird eine CSV mit allen sichtbaren Spalten heruntergeladen.
Kannst du mir den Link zum Board schicken? Finde es gerade nicht.
Schließungsgrund: Kein Fehler, Verhalten entspricht der Spezifikation.
Statusbericht KW 42: Arbeitspakete im Plan, keine neuen Risiken.
Die Schriftgröße in der mobilen Ansicht ist zu klein, bitte auf 14 px anheben.
Testfall TF-088: Anmeldung mit abgelaufenem Passwort. Ergebnis: Hinweis zur Passwortänderung wird angezeigt. Bestanden.
Hinweis: Das Wartungsfenster am Samstag betrifft nur das Testsystem.
Die Tabelle "Zählpunkte" wurde um die Spalte "Netzgebiet" erweitert.
Commit: Refactoring der Validierungslogik, keine fachliche Änderung.
Sortierung der Liste nach Eingangsdatum absteigend statt aufsteigend.
E-Mail: Vielen Dank für die schnelle Rückmeldung, wir melden uns Anfang nächster Woche mit dem Entwurf.
Wer hat noch Zugang zum alten Confluence-Bereich? Ich bräuchte die Vorlage für den Abschlussbericht.
Der Lenkungsausschuss nimmt den Statusbericht zur Kenntnis.
Ergebnisprotokoll: Teilnehmende siehe Anhang, Agenda-Punkte 1–4 behandelt.
Fehlerbeschreibung: Die Summe in der Fußzeile rundet auf ganze Euro, erwartet sind Cent.
Neue Version des Styleguides im Teams-Kanal abgelegt.
Die Pilotphase in Werk Gotha startet wie geplant am 3. März.
Testdaten für die UAT wurden eingespielt, Zugänge verschickt.
Können wir den Termin auf 15 Uhr schieben? Ich hänge vorher im Kundentermin.
Das Logo der Sparkasse erscheint in der Kopfzeile verzerrt.
Dokumentation der Schnittstellenfelder im Wiki ergänzt.
Release 3.1 wurde heute Nacht eingespielt, Smoke-Test ok.
Der Report "Offene Posten" lädt jetzt in unter 3 Sekunden.
Bitte Feld "Bemerkung" auf 500 Zeichen begrenzen.
Akzeptanzkriterium: Pflichtfelder sind mit einem Sternchen gekennzeichnet.
Neue Benutzergruppe "Lagerleitung" angelegt und Rechte zugewiesen.
Die Farbe der Statusampel für "in Bearbeitung" bitte auf Gelb statt Orange.
Ticket erledigt, bitte prüfen und schließen.
Workshop-Ergebnisse: 12 Prozessschritte aufgenommen, Ist-Prozess im BPMN-Diagramm dokumentiert.
Abschlussbericht an den Lenkungsausschuss versendet.
Beim Hochladen von Dateien über 20 MB kommt ein Timeout. Grenze bitte auf 50 MB erhöhen.
Ich hab die Stories für Sprint 15 grob geschätzt, schaut bitte bis Donnerstag drüber.
Teilnehmerliste für die Schulung in Plauen steht, 14 Personen.
Die Kalenderwoche wird im Bericht falsch berechnet (KW 53 fehlt).
Schließungsgrund: Anforderung in Epic FIN-12 aufgegangen.
Einladung zum Abschlussmeeting ist raus.
Frage an die Fachseite: Soll der Status "storniert" in der Übersicht angezeigt werden?
Der Dark Mode wird in Version 2.9 unterstützt.
Fix: Umlaute in Dateinamen werden beim Download korrekt kodiert.
Kleine Änderung im Wording: "Vorgang" statt "Fall" in allen Masken.
Retro: Die Aufteilung in zweiwöchige Sprints hat gut funktioniert.
Statusupdate: Fahrplanimport für Dezember erfolgreich getestet.
Bitte noch die Telefonnummer der Hotline in die Fußzeile aufnehmen.
Das Diagramm zeigt jetzt auch die Vorjahreswerte als gestrichelte Linie.
Testschritt 5: Abmelden. Erwartet: Weiterleitung auf die Login-Seite.
Dateiname der Exportdatei enthält jetzt das Datum.
Protokoll Lenkungsausschuss: TOP 3 Verschiedenes – keine Wortmeldungen.
Bug: Die Pagination zeigt Seite 0 statt Seite 1.
Vorlage für Schadensmeldung wurde an das neue CI angepasst.
ok, ich schau's mir nach der Mittagspause an
Die Filterleiste klappt beim Neuladen wieder zu. Erwartet: Zustand bleibt erhalten.
Review-Termin mit der Hochschulverwaltung bestätigt: Mittwoch, 10 Uhr.
Das Formular für Mitgliedsanträge der Genossenschaft hat jetzt ein Feld für die Betriebsnummer.
Neue Spalte "Flugzeugmuster" in der Wartungsübersicht.
Eingangsbestätigung per Mail wird jetzt in der Sprache des Kunden verschickt.
Die Version auf dem Testsystem ist 4.2.1-rc2.
Beschreibung: Als Sachbearbeiterin möchte ich Vorgänge nach Eingangskanal filtern können, um Post und E-Mail getrennt zu bearbeiten.
Schließungsgrund: Nicht reproduzierbar nach Update auf 4.2.
Glückwunsch ans Team zum erfolgreichen Go-Live der Zeiterfassung!
Gibt's schon eine Agenda für morgen?
Der Barcode-Scanner im Lager Bremen wurde getauscht, Scans funktionieren wieder.
Daily: gestern Mapping Zahlungsarten, heute Tests für Gutschriften, keine Blocker.
Anhang: Präsentation Lenkungsausschuss Q3 (v3, final).
Die Druckansicht schneidet die rechte Spalte ab.
Bitte Benachrichtigung nur einmal pro Tag senden, nicht bei jeder Änderung.
Im Dropdown fehlt die Option "Sonstiges".
Lastenheft Version 1.3 freigegeben.
Akzeptanzkriterium: Der Nutzer kann seine Sucheinstellungen speichern.
Feldbeschreibung: "Netto-Gewicht" in kg, zwei Nachkommastellen.
Hotfix 4.3.1: Absturz beim Öffnen leerer Aufträge behoben.
Die Übersetzung der Fehlermeldungen ins Englische ist abgeschlossen.
Änderungsprotokoll: Spalte "Region" umbenannt in "Vertriebsregion".
Das Onboarding-Video für neue Mitarbeitende ist jetzt im Intranet verlinkt.
Jira-Workflow um den Status "Wartet auf Fachbereich" ergänzt.
Beim Klick auf die Lupe passiert nichts (Chrome 131).
Ich hab die Folien für Freitag überarbeitet, Feedback gern bis morgen.
Testumgebung wird am Freitag von 18 bis 20 Uhr neu gestartet.
Schließungsgrund: Wunsch vom Fachbereich zurückgezogen, nicht mehr benötigt.
Neues Eingabefeld "Zugnummer" mit Validierung auf fünf Ziffern.
Die Sitzung wird aufgezeichnet, Aufzeichnung steht danach im Kanal.
Wie heißt das Feld in der API für die Sendungsnummer, trackingId oder shipmentId?
Der Abgleich der Stückzahlen zwischen Lager und Buchhaltung ergab keine Differenzen.
Übergabe an den 2nd-Level-Support ist erfolgt, Ticket bleibt zur Nachverfolgung offen.
""", "fr": """
Étape de test 3 : cliquer sur "Enregistrer". Résultat attendu : le message "Commande créée" s'affiche.
Résultat de la campagne du 12/11 : 47 cas de test sur 47 OK.
Critère d'acceptation : la date de livraison ne peut pas être antérieure à aujourd'hui.
COPIL du 05/06 : le compte rendu de la séance précédente est approuvé sans modification.
Prochain COPIL : le 18/09 à 14 h, salle Vauban ou Teams.
Motif de clôture : doublon de SAV-2231.
Motif de clôture : livré dans la version 4.3, en production depuis le 02/10.
c'est bon ça marche, merci !
Petite question : le champ "centre de coût" est-il obligatoire dans le formulaire ?
Correctif : format de date corrigé dans l'export PDF (JJ/MM/AAAA).
Notes de version 2.7 : nouveau filtre par agence, export Excel, petites corrections de mise en page.
Bonjour à tous, vous trouverez ci-joint le compte rendu de l'atelier de mardi. Bien à vous, Claire
je serai là à partir de 10 h demain, rdv médical
Texte IHM : "Veuillez sélectionner une agence."
Anomalie : le bouton "Retour" de la page récapitulatif renvoie à l'accueil au lieu de l'étape précédente.
Étapes pour reproduire : 1. se connecter en tant que régulateur 2. ouvrir une tournée 3. déplacer un arrêt – l'ordre n'est pas mis à jour.
Statut : en revue. La PR #412 attend une deuxième approbation.
Jalon 2 (modèle de données) terminé, jalon 3 (écrans) en cours selon le planning.
Qui prend les notes au prochain point hebdo ?
Les infobulles du tableau de bord ont été traduites en français.
Retour d'expérience : les stand-up quotidiens de 15 minutes ont bien fonctionné, on les garde.
REX : très bonne collaboration avec la direction des achats, échanges courts et clairs.
Salle réservée pour l'atelier, traiteur commandé.
Ticket trop petit, à fusionner avec SAV-2240.
À l'import, le zéro initial du code postal disparaît (01000 -> 1000). Merci d'importer en texte.
Revue du sprint 14 : 9 stories sur 11 terminées, 2 reportées.
Merci de mettre à jour les captures d'écran dans Confluence, on voit encore l'ancien logo.
Critère d'acceptation : un clic sur "Exporter" télécharge un CSV avec toutes les colonnes visibles.
Tu peux m'envoyer le lien du board ? Je ne le retrouve plus.
Motif de clôture : pas une anomalie, comportement conforme à la spécification.
Point d'avancement S42 : lots de travaux dans les temps, pas de nouveau risque.
La police est trop petite sur mobile, merci de passer à 14 px.
Cas de test CT-088 : connexion avec mot de passe expiré. Résultat : message de changement de mot de passe affiché. OK.
Info : la fenêtre de maintenance de samedi ne concerne que la recette.
La table "points de livraison" a une nouvelle colonne "zone de desserte".
Commit : refactorisation de la validation, pas de changement fonctionnel.
Tri de la liste par date de réception décroissante au lieu de croissante.
Mail : merci pour votre retour rapide, nous revenons vers vous début de semaine prochaine avec la maquette.
Quelqu'un a encore accès à l'ancien espace Confluence ? Il me faut le modèle du rapport de fin de projet.
Le COPIL prend acte du rapport d'avancement.
Relevé de décisions : participants en annexe, points 1 à 4 traités.
Anomalie : le total en pied de page est arrondi à l'euro, les centimes sont attendus.
Nouvelle version de la charte graphique déposée dans le canal Teams.
La phase pilote à l'usine de Cholet démarre comme prévu le 3 mars.
Données de test chargées pour la recette utilisateur, accès envoyés.
On peut décaler à 15 h ? Je suis en rendez-vous client juste avant.
Le logo de la caisse régionale apparaît déformé dans l'en-tête.
Documentation des champs d'interface complétée sur le wiki.
Version 3.1 déployée cette nuit, tests de fumée OK.
Le rapport "encours clients" s'affiche désormais en moins de 3 secondes.
Merci de limiter le champ "commentaire" à 500 caractères.
Critère d'acceptation : les champs obligatoires sont signalés par un astérisque.
Nouveau groupe d'utilisateurs "chefs d'entrepôt" créé, droits attribués.
La pastille de statut "en cours" doit passer en jaune au lieu d'orange.
Ticket traité, à vérifier et clôturer svp.
Résultat de l'atelier : 12 étapes recensées, processus actuel modélisé en BPMN.
Rapport de fin de projet envoyé au COPIL.
Timeout à l'envoi de fichiers de plus de 20 Mo, merci de relever la limite à 50 Mo.
J'ai chiffré grossièrement les stories du sprint 15, relisez d'ici jeudi svp.
Liste des inscrits à la formation de Cholet bouclée, 14 personnes.
La semaine est mal calculée dans le rapport (la semaine 53 manque).
Motif de clôture : besoin repris dans l'epic FIN-12.
L'invitation à la réunion de clôture est partie.
Question au métier : faut-il afficher le statut "annulé" dans la vue d'ensemble ?
Le mode sombre arrive avec la version 2.9.
Correctif : les accents dans les noms de fichiers sont bien encodés au téléchargement.
Petit changement de vocabulaire : "demande" au lieu de "dossier" sur tous les écrans.
Retour d'expérience : le découpage en sprints de deux semaines a bien marché.
Point d'étape : import des horaires de décembre testé avec succès.
Ajouter le numéro de la hotline dans le pied de page svp.
Le graphique affiche maintenant aussi l'année N-1 en pointillés.
Étape 5 : se déconnecter. Attendu : redirection vers la page de connexion.
Le nom du fichier exporté contient désormais la date.
Compte rendu COPIL : point 3 divers – pas d'intervention.
Bug : la pagination affiche la page 0 au lieu de la page 1.
Le modèle de déclaration de sinistre a été adapté à la nouvelle charte.
ok je regarde après la pause déj
La barre de filtres se replie au rechargement. Attendu : l'état est conservé.
Revue avec la scolarité confirmée : mercredi 10 h.
Le formulaire d'adhésion à la coopérative a maintenant un champ numéro SIRET.
Nouvelle colonne "type d'avion" dans la vue maintenance.
L'accusé de réception part maintenant dans la langue du client.
La version en recette est la 4.2.1-rc2.
Description : en tant que gestionnaire, je veux filtrer les demandes par canal d'entrée pour traiter séparément courrier et e-mail.
Motif de clôture : non reproductible après la mise à jour 4.2.
Bravo à l'équipe pour la mise en service réussie de la gestion des temps !
Il y a déjà un ordre du jour pour demain ?
Le scanner de codes-barres de l'entrepôt de Rungis a été remplacé, les lectures fonctionnent de nouveau.
Daily : hier mapping des modes de paiement, aujourd'hui tests des avoirs, pas de blocage.
PJ : support COPIL T3 (v3, finale).
L'aperçu avant impression coupe la colonne de droite.
Merci d'envoyer la notification une fois par jour, pas à chaque modification.
Il manque l'option "Autre" dans la liste déroulante.
Cahier des charges version 1.3 validé.
Critère d'acceptation : l'utilisateur peut sauvegarder ses critères de recherche.
Description du champ : "poids net" en kg, deux décimales.
Correctif 4.3.1 : plantage à l'ouverture d'une commande vide corrigé.
La traduction des messages d'erreur en anglais est terminée.
Journal des modifications : colonne "région" renommée "région commerciale".
La vidéo d'accueil des nouveaux arrivants est en lien sur l'intranet.
Workflow Jira complété par le statut "en attente métier".
Clic sur la loupe sans effet (Firefox 133).
J'ai repris les slides pour vendredi, vos retours d'ici demain svp.
La recette sera redémarrée vendredi de 18 h à 20 h.
Motif de clôture : demande retirée par le métier, plus nécessaire.
Nouveau champ "numéro de train" contrôlé sur cinq chiffres.
La réunion est enregistrée, l'enregistrement sera dans le canal.
Comment s'appelle le champ de l'API pour le numéro d'envoi, trackingId ou shipmentId ?
Le rapprochement des quantités entre entrepôt et comptabilité ne montre aucun écart.
Transmis au support niveau 2, le ticket reste ouvert pour suivi.
"""}, "near": {"de": """
Datenqualität wurde geprüft: keine Auffälligkeiten, Vollständigkeit über 99 %.
Zugriff auf das CRM wurde am Montag freigeschaltet, Blocker aufgehoben.
Falls das Budget gekürzt würde, müssten wir pausieren – ist aber nicht der Fall, Mittel für 2027 sind bestätigt.
Die Pflegekräfte nutzen die neue Übersicht täglich und wünschen sich sogar mehr davon.
Die Zielfunktion des Optimierers minimiert die Summe der Leerkilometer.
Neue Security Group für die Test-VMs angelegt.
Feld "Kostenstelle" zum Bestellformular hinzugefügt.
Das Feld "Owner" ist jetzt Pflichtfeld in jedem Epic.
Scope dieses Tickets: nur die Login-Seite, Passwort-Reset folgt separat.
Integrationstest-Suite grün, 212 Tests.
Der DSB hat die DSFA ohne Auflagen freigegeben.
Lenkungsausschuss: Sponsor bestätigt persönlich die Fortführung und nimmt an allen Sitzungen teil.
Die neue Data Scientist hat am 1. angefangen, das Team ist vollständig.
Lessons Learned: Dank klarer KPI (Durchlaufzeit -15 %) war die Abnahme in einer Sitzung erledigt.
Die Schnittstelle zum SAP läuft seit drei Wochen stabil, keine Abbrüche.
Die Prognosegüte liegt mit 94 % über dem Zielwert von 90 %.
Das Modell wird monatlich automatisch neu trainiert, das Monitoring meldet bisher keine Drift.
Der Umfang bleibt wie vereinbart bei einem Werk; weitere Werke sind bewusst erst für 2027 vorgesehen.
Die Kosten liegen 8 % unter Plan.
Kein Datenproblem bisher, die Lieferungen aus den Filialen kommen pünktlich.
Budgetfreigabe für Phase 2 ist erteilt.
Die Anwender in Plauen haben das Tool ohne Schulung angenommen, Nutzungsquote 85 %.
Pentest abgeschlossen, keine kritischen Findings.
Zielgröße und Baseline sind abgestimmt und im Projektsteckbrief dokumentiert.
Der Betriebsrat hat der Einführung zugestimmt.
Test: Benutzer ohne Rolle "Admin" sieht den Menüpunkt "Sicherheit" nicht. Bestanden.
Die "Datenqualität"-Kachel im Dashboard zeigt jetzt den Prozentsatz gefüllter Pflichtfelder.
Akzeptanzkriterium: Der Kostenvoranschlag wird als PDF erzeugt.
Wenn die Schnittstelle mal ausfallen sollte, greift automatisch der Fallback auf die Tagesdatei – im Test erfolgreich geprüft.
Die Migration der Altdaten ist abgeschlossen, Stichproben ohne Befund.
Für die Nachfolge von Markus ist gesorgt, Übergabe lief zwei Wochen parallel.
Die Ausschreibung für den ML-Engineer war erfolgreich, Start im Januar.
Das Cloud-Budget reicht laut aktueller Hochrechnung bis Ende 2027.
Sicherheitsfreigabe liegt vor, Go-Live kann wie geplant erfolgen.
Retro: Scope blieb über alle Sprints stabil, Änderungswünsche wurden sauber in ein Backlog für Release 2 verschoben.
Die Fachabteilung hat selbst vorgeschlagen, das Tool auf die Nachbarabteilung auszurollen, weil es so gut ankommt.
Gibt es Datenlücken? – Nein, geprüft für 2019 bis 2025, alle Monate vorhanden.
Das Labeling ist fertig, 8.000 von 8.000 Bildern annotiert und doppelt geprüft.
Owner der Komponente "Tourenplanung" ist Team Falke.
Kostenstellenwechsel für das Team zum 1.1. – reine Organisationsänderung, Budget unverändert.
Sponsorenlauf der Stadtwerke am Samstag, Anmeldung über das Intranet.
Die Lizenzkosten sind im Rahmen; der Vertrag wurde zu gleichen Konditionen verlängert.
Die Latenz liegt bei 45 ms, Anforderung war unter 100 ms.
Der Fachbereich misst den Erfolg an der Zahl automatisch freigegebener Rechnungen, aktuell 62 %, Ziel 60 %.
Die IT-Security hat den Zugriff auf den Bucket freigegeben.
Fehlerklasse "Integration" im Testbericht: 0 offene Defects.
Es gibt keinen Widerstand bei den Disponenten, im Gegenteil: sie fragen schon nach Version 2.
Ursprünglich gab es Bedenken wegen der Datenqualität, die wurden nach der Bereinigung im Mai ausgeräumt.
Die Stelle wird nicht nachbesetzt, weil die Aufgabe mit dem neuen Prozess entfällt.
Das Modell hat sich im Parallelbetrieb bewährt, die Trefferquote ist stabil.
Der Abschlussbericht bestätigt: Zeitplan, Budget und Umfang eingehalten.
Wir hatten befürchtet, dass die Werkstatt das Tablet nicht annimmt – unbegründet, Nutzung täglich.
Die Kündigung des Wartungsvertrags für das Altsystem ist fristgerecht erfolgt.
Hypothetisch: Wenn die Schnittstelle nicht rechtzeitig käme, könnten wir mit Dateien starten. Sie ist aber seit gestern produktiv.
Sicherheitsunterweisung für das Lagerpersonal am Donnerstag, Teilnahme Pflicht.
Das Ziel des Sprints wurde erreicht.
Der Vorstand hat das Projekt als Leuchtturm im Geschäftsbericht erwähnt.
Die Produktionsumgebung ist eingerichtet, CI/CD-Pipeline deployt automatisch nach jedem Merge.
Retraining-Job läuft jede Nacht, letzte Ausführung erfolgreich.
Rückfrage des DSB wurde beantwortet, Freigabe kam noch am selben Tag.
Datenschutz-Hinweis im Footer aktualisiert.
Die Kosten der Kasse für Papierpost sind durch die digitale Zustellung deutlich gesunken.
Die Anforderung "Mehrsprachigkeit" wurde bewusst aus dem MVP herausgenommen und auf Release 2 verschoben, alle einverstanden.
Change Management läuft: Multiplikatoren in jeder Filiale benannt, erste Feedbackrunde positiv.
Die API-Dokumentation des Lieferanten ist vollständig und aktuell.
Die Berater der Sparkasse nutzen den Score in fast jedem Gespräch.
Keine Sicherheitsbedenken seitens des ISB.
Das Team hat die Spark-Schulung abgeschlossen und baut die Pipelines jetzt selbst.
Der Pilot bei der Agrargenossenschaft hat die Erwartungen übertroffen.
Die Verantwortlichkeiten sind im RACI geklärt und vom Lenkungsausschuss bestätigt.
Das Modell erreicht auf Handschrift 97 %, besser als erwartet.
Budgetposition "Schulung" um 5.000 € erhöht, Freigabe durch Controlling erteilt.
Bei der Luftfahrtbehörde wurde das Verfahren angezeigt, keine Einwände.
Das Scope-Dokument für Phase 2 ist freigegeben.
Frage im Ticket: Welche Datenqualitätsregeln gelten für das Feld PLZ? (nur Format, 5 Ziffern)
Die Nutzerzahlen steigen seit dem Rollout jede Woche.
Die Einführung verlief reibungslos, Support-Tickets rückläufig.
Das Fachkonzept beschreibt den erwarteten Nutzen mit messbaren Zielen.
Kein Skill-Thema: das Team hat zwei erfahrene ML-Engineers.
Die Sensordaten der Linie 3 werden seit Juni vollständig gespeichert.
Die Universität hat die Finanzierung für weitere drei Jahre zugesagt.
Datenzugriff wurde beim letzten Mal beantragt und ist inzwischen da, wir arbeiten mit dem vollen Datensatz.
Es wird keine neue Funktion mehr aufgenommen, Feature Freeze seit 1.11. – wie geplant.
Im Review kam die Frage, ob das Modell fair ist; die Analyse zeigte keine Unterschiede zwischen Gruppen.
Die Filialen melden, dass die Bestellvorschläge fast immer übernommen werden.
Der Sponsor hat gewechselt, die Nachfolgerin hat das Projekt nahtlos übernommen und die Ziele bestätigt.
Keine offenen Punkte aus der Revisionsprüfung.
Der Export ins DWH läuft täglich um 2 Uhr, bisher ohne Ausfall.
Die Dokumentation für den Betrieb wurde übergeben, Runbooks liegen vor.
Das Modell läuft jetzt auf der Konzernplattform, nicht mehr auf dem Laptop.
Eigentlich sollte es mit dem Budget knapp werden, am Ende blieb sogar etwas übrig.
Das Feld "Sicherheitsstufe" in der Maske bezieht sich auf die Gefahrgutklasse der Sendung.
Die Mitarbeitenden haben das Tool selbst mitgestaltet, entsprechend hoch ist die Akzeptanz.
Schließungsgrund: Ziel erreicht, Lösung an den Regelbetrieb übergeben, keine offenen Punkte.
Lessons Learned: Die frühe Einbindung des Betriebsrats hat sich ausgezahlt, Zustimmung kam ohne Verzögerung.
läuft bei uns inzwischen auf dem Cluster, nicht mehr nur beim Jonas
Lenkungsausschuss: Keine Eskalationen, alle Arbeitspakete im grünen Bereich.
Die Integration der Tochtergesellschaft in den Konzern ist organisatorisch abgeschlossen (betrifft das Projekt nicht).
Hätten wir die Daten nicht rechtzeitig bekommen, wäre der Termin geplatzt – kamen aber zwei Wochen vor Plan.
Technisch machbar? Ja, der Durchstich im Testsystem hat auf Anhieb funktioniert.
""", "fr": """
Qualité des données vérifiée : rien à signaler, complétude supérieure à 99 %.
L'accès au CRM a été ouvert lundi, plus de blocage.
Si le budget était réduit, il faudrait mettre en pause – ce n'est pas le cas, les crédits 2027 sont confirmés.
Les infirmières utilisent la nouvelle vue tous les jours et en redemandent.
La fonction objectif de l'optimiseur minimise le total des kilomètres à vide.
Nouveau groupe de sécurité créé pour les VM de recette.
Champ "centre de coût" ajouté au bon de commande.
Le champ "propriétaire" est désormais obligatoire sur chaque epic.
Périmètre de ce ticket : uniquement la page de connexion, la réinitialisation du mot de passe suivra à part.
Suite de tests d'intégration au vert, 212 tests.
Le DPO a validé l'AIPD sans réserve.
COPIL : le sponsor confirme personnellement la poursuite et participe à toutes les séances.
La nouvelle data scientist a pris son poste le 1er, l'équipe est au complet.
Retour d'expérience : grâce à un KPI clair (délai -15 %), la recette a été bouclée en une séance.
L'interface avec SAP tourne sans interruption depuis trois semaines.
La précision de la prévision est de 94 %, au-dessus de l'objectif de 90 %.
Le modèle est réentraîné automatiquement chaque mois, le monitoring ne signale aucune dérive.
Le périmètre reste comme convenu à une usine ; les autres sont volontairement prévues pour 2027.
Les coûts sont 8 % en dessous du prévisionnel.
Pas de souci de données à ce stade, les envois des agences arrivent à l'heure.
Le budget de la phase 2 est validé.
À Cholet, les utilisateurs ont adopté l'outil sans formation, taux d'usage 85 %.
Pentest terminé, aucune vulnérabilité critique.
Indicateur cible et situation de référence validés et inscrits dans la fiche projet.
Le CSE a rendu un avis favorable.
Test : un utilisateur sans rôle "admin" ne voit pas le menu "Sécurité". OK.
La tuile "qualité des données" du tableau de bord affiche maintenant le pourcentage de champs obligatoires remplis.
Critère d'acceptation : le devis est généré en PDF.
Si l'interface tombait, le repli sur le fichier journalier prend le relais automatiquement – testé avec succès.
La reprise des données historiques est terminée, contrôles par échantillon sans anomalie.
La succession de Thomas est assurée, deux semaines de tuilage.
Le recrutement de l'ingénieur ML a abouti, arrivée en janvier.
Selon la dernière projection, le budget cloud tient jusqu'à fin 2027.
Validation sécurité obtenue, la mise en production peut avoir lieu comme prévu.
REX : le périmètre est resté stable sur tous les sprints, les demandes d'évolution ont été rangées proprement dans le backlog de la V2.
Le métier a lui-même proposé d'étendre l'outil au service voisin tant il plaît.
Des trous dans les données ? Non, vérifié de 2019 à 2025, tous les mois sont là.
L'annotation est terminée : 8 000 images sur 8 000, double contrôle fait.
Propriétaire du composant "tournées" : équipe Faucon.
Changement de centre de coût de l'équipe au 1er janvier, simple changement d'organisation, budget inchangé.
Course solidaire sponsorisée par la régie samedi, inscriptions sur l'intranet.
Les licences restent dans l'enveloppe ; contrat reconduit aux mêmes conditions.
Latence mesurée à 45 ms, l'exigence était inférieure à 100 ms.
Le métier mesure la réussite au nombre de factures validées automatiquement : 62 % aujourd'hui pour un objectif de 60 %.
La sécurité a ouvert l'accès au bucket.
Catégorie "intégration" dans le rapport de test : 0 anomalie ouverte.
Aucune résistance chez les régulateurs, au contraire ils demandent déjà la V2.
Il y avait des doutes sur la qualité des données, levés après le nettoyage de mai.
Le poste ne sera pas remplacé car la tâche disparaît avec le nouveau processus.
Le modèle a fait ses preuves en double run, le taux de détection est stable.
Le bilan de fin de projet le confirme : délais, budget et périmètre respectés.
On craignait que l'atelier boude la tablette : à tort, elle sert tous les jours.
La résiliation du contrat de maintenance de l'ancien logiciel a été envoyée dans les délais.
Hypothèse : si l'interface n'était pas prête à temps, on démarrerait par fichiers. Elle est en prod depuis hier.
Formation sécurité pour le personnel d'entrepôt jeudi, présence obligatoire.
L'objectif du sprint est atteint.
La direction a cité le projet comme réussite dans le rapport annuel.
L'environnement de production est en place, la chaîne CI/CD déploie automatiquement à chaque merge.
Le job de réentraînement tourne chaque nuit, dernière exécution réussie.
La question du DPO a reçu une réponse, validation le jour même.
Mentions RGPD mises à jour en pied de page.
Les frais d'affranchissement de la mutuelle ont nettement baissé grâce à l'envoi dématérialisé.
L'exigence "multilingue" a été sortie du MVP d'un commun accord et reportée en V2.
Conduite du changement en cours : relais désignés dans chaque agence, premier retour positif.
La documentation API du fournisseur est complète et à jour.
Les conseillers de la caisse utilisent le score dans presque chaque rendez-vous.
Aucune réserve de la part du RSSI.
L'équipe a terminé la formation Spark et construit maintenant ses pipelines seule.
Le pilote à la coopérative a dépassé les attentes.
Les responsabilités sont clarifiées dans le RACI et validées en COPIL.
Le modèle atteint 97 % sur l'écriture manuscrite, mieux que prévu.
Ligne budgétaire "formation" augmentée de 5 000 €, validée par le contrôle de gestion.
La procédure a été déclarée à l'autorité de l'aviation civile, pas d'objection.
Le document de périmètre de la phase 2 est validé.
Question dans le ticket : quelles règles de qualité pour le champ code postal ? (format uniquement, 5 chiffres)
Le nombre d'utilisateurs augmente chaque semaine depuis le déploiement.
Le déploiement s'est fait sans accroc, les tickets support diminuent.
Le dossier de cadrage décrit la valeur attendue avec des objectifs mesurables.
Pas de problème de compétences : l'équipe compte deux ingénieurs ML expérimentés.
Les données des capteurs de la ligne 4 sont intégralement stockées depuis juin.
L'université a confirmé le financement pour trois années supplémentaires.
L'accès aux données avait été demandé la dernière fois, il est arrivé, on travaille sur le jeu complet.
Plus aucune fonctionnalité n'entre, gel des évolutions depuis le 1er novembre comme prévu.
En revue, on s'est demandé si le modèle était équitable ; l'analyse ne montre pas d'écart entre groupes.
Les magasins indiquent reprendre presque toujours les propositions de commande.
Le sponsor a changé, la nouvelle directrice a repris le projet sans rupture et confirmé les objectifs.
Aucun point ouvert suite à l'audit interne.
L'export vers l'entrepôt de données tourne chaque nuit à 2 h, aucune panne à ce jour.
La documentation d'exploitation a été remise, les procédures sont disponibles.
Le modèle tourne maintenant sur la plateforme groupe, plus sur le portable.
On pensait être juste sur le budget, finalement il reste même un peu.
Le champ "niveau de sécurité" de l'écran désigne la classe de matière dangereuse de l'envoi.
Les agents ont co-construit l'outil, d'où une très bonne adhésion.
Motif de clôture : objectif atteint, solution transférée au run, aucun point ouvert.
Retour d'expérience : associer le CSE très tôt a payé, avis favorable sans délai.
ça tourne maintenant sur le cluster, plus seulement chez Mathieu
COPIL : pas d'escalade, tous les lots au vert.
L'intégration de la filiale dans le groupe est terminée côté organisation (sans impact sur le projet).
Si les données n'étaient pas arrivées à temps, l'échéance sautait – elles sont arrivées avec deux semaines d'avance.
Faisable techniquement ? Oui, le test de bout en bout en recette a marché du premier coup.
"""}}

ABBR = {
    "DATA_READINESS": "DATA", "UNCLEAR_OBJECTIVE": "OBJ", "PRODUCTION_ARCHITECTURE": "PROD",
    "INTEGRATION": "INTG", "SECURITY_COMPLIANCE": "SEC", "OWNERSHIP_SPONSORSHIP": "OWN",
    "SKILLS_GAP": "SKILL", "SCOPE_CREEP": "SCOPE", "USER_ADOPTION": "ADOPT",
    "COST_FUNDING": "COST", "TECHNICAL_FEASIBILITY": "FEAS",
}
LANGS = ("de", "fr")


def lines(block):
    out = [ln.strip() for ln in block.strip().split("\n")]
    assert all(out), "empty line inside a block"
    return out


def build():
    rows = []
    for cause in CAUSES:
        for lang in LANGS:
            texts = lines(P[cause][lang])
            assert len(texts) == 40, (cause, lang, len(texts))
            for i, t in enumerate(texts, 1):
                rows.append((f"{SLICE}-{lang}-{ABBR[cause]}-{i:02d}", cause, "positive", t))
    want = {"neutral": 110, "near": 100}
    for sub in ("neutral", "near"):
        for lang in LANGS:
            texts = lines(N[sub][lang])
            assert len(texts) == want[sub], (sub, lang, len(texts))
            for i, t in enumerate(texts, 1):
                rows.append((f"{SLICE}-{lang}-NEG-{sub}-{i:03d}", "NONE", "negative", t))
    return rows


def check(rows):
    assert set(P) == set(CAUSES)
    assert len(rows) == 1300, len(rows)
    pos = [r for r in rows if r[2] == "positive"]
    neg = [r for r in rows if r[2] == "negative"]
    assert len(pos) == 880 and len(neg) == 420
    for c in CAUSES:
        assert sum(1 for r in pos if r[1] == c) == 80, c
    assert all(r[1] in CAUSES for r in pos) and all(r[1] == "NONE" for r in neg)
    texts = [r[3] for r in rows]
    norm = [" ".join(t.lower().split()) for t in texts]
    dup = {t for t in norm if norm.count(t) > 1}
    assert not dup, dup
    assert len({r[0] for r in rows}) == len(rows)
    for lang in LANGS:
        assert sum(1 for r in rows if r[0].startswith(f"{SLICE}-{lang}-")) == 650, lang
    for t in texts:
        assert 3 <= len(t.split()) <= 40, t


def main():
    rows = build()
    check(rows)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["id", "expected_cause", "kind", "text"])
    w.writerows(rows)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    print(f"wrote {len(rows)} rows to {out}")


if __name__ == "__main__":
    main()
