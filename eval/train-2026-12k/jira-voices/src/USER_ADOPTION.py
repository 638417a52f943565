LABEL = "USER_ADOPTION"
S = {"en": """Usage log: 14 logins in November across 220 licensed planners. They're back on the Excel.
The night-shift nurses keep typing the old codes by hand; the suggestion box gets ignored.
Closing. Dispatchers override the route suggestions 85% of the time, so the savings never materialised.
Underwriters don't trust a score they can't explain to the broker, so they just don't open the panel.
Agents copy the chatbot answer into Notepad and rewrite it. Time saved: negative.
Pilot went live in 3 stores; store managers switched the replenishment proposals off after two weeks.
Nobody did change management. We sent one email announcing the tool and that was it.
Field techs say the app slows them down, so they fill in the work orders after the shift from memory.
The sales team sees the lead score as management spying on their pipeline. Adoption near zero.
After the first wrong prediction that made it to the morning meeting, the plant managers stopped looking at it.
Doctors refuse to use a tool that adds clicks; the alert fatigue survey says 71% dismiss without reading.
Status: tool is live and technically fine; nobody uses it. See adoption dashboard, usage flat at 3%.
Claims handlers prefer calling a colleague over asking the assistant. Culture thing.
Planners export the forecast and then adjust every number by hand "to be safe". Model effectively ignored.
The training sessions were scheduled during peak season, attendance was 12%.
Staff associate the system with the headcount cuts last year and boycott it quietly.
Closing as Won't Do: business never changed the process, so the recommendations arrive after the decision is already made.
Users found a workaround: they tick "manual review" on every case, which bypasses the model.
Branch staff say customers don't like being "judged by a computer", so they don't show the offer.
The collections team keeps working the list in their own order; the prioritised queue is sorted away.
Three months after launch the help desk has had zero tickets about the tool. Not because it's perfect.
Traders don't want a model second-guessing them. They've asked for it to be removed from the screen.
Warehouse leads print the picklist from the old system and ignore the optimised one.
The teachers didn't ask for the attendance predictor and mostly see it as extra admin.
We rolled it out without the super-users; resistance was immediate and loud.
Engineers say the anomaly alerts cry wolf too often; they've set up a mail rule to archive them.
Thanks all for joining the review. For the minutes: the tool sits unused on the intranet, the adoption plan was never funded, and the pilot closes end of month.
Radiologists read the AI heatmap as distracting and turned the overlay off in the PACS settings.
Nobody on the floor was consulted. The first they heard of it was the go-live mail.
Agents are measured on handle time and the copilot adds 40 seconds per call, so of course they skip it.
The pricing team reverted to the old spreadsheet after the first quarter. "We know our customers."
Quick update from the Leeds site visit: nice people, good coffee. The supervisors admitted nobody on the floor uses the scheduling suggestions. Back to the drawing board on rollout.
Farmers didn't trust the yield advice when it contradicted what their neighbours did. Uptake tiny.
Closing. Tool is available, the process owners never made its use mandatory and voluntary use dried up.
The suggestions are shown on a second monitor that most workstations don't have.
Reluctance from senior engineers: "I've been doing this 25 years". Juniors follow the seniors.
Works fine in the pilot with enthusiasts; the wider rollout to 40 branches saw almost no usage.
The contact centre supervisor told her team to ignore the next-best-action prompts during the busy season, and they never turned back.
Case workers print the risk score and file it without reading, because their manager wants it in the file.
Feedback survey: 63% say they don't understand why the model recommends what it does, so they don't follow it.
We assumed adoption would follow from accuracy. It didn't.
Dispatchers feel the tool takes their expertise away. Union rep raised it informally.
Usage dropped off a cliff after the champion in the sales team moved roles.
Nurses have a parallel paper list they trust more than the dashboard.
The inspectors keep choosing sites the way they always did; the risk ranking is a formality.
Project closed as the expected adoption (60% of cases) was never above 8%.
Customer service agents don't use the knowledge bot because it answers in a different tone than they would.
No one redesigned the workflow around the tool; it's one more screen on top of the old way.
The traffic light went red too often in the first week, and the drivers learned to ignore it.
Ops leads asked for the old report back. We gave it back. That was the end of the pilot.
Usage is compulsory on paper but the team lead signs off manual overrides without question.
The controllers said they'd rather be wrong themselves than be right because of a black box.
Closing: nobody in the branches uses it, local managers say it doesn't fit how they work.
Schedulers complain the AI roster ignores informal swaps, so they redo the roster by hand every week.
Retention of users after onboarding: 9% at week 4. Most never came back after the first login.""",
"de": """Die Disponenten im Leitstand übernehmen die Vorschläge nicht, weil sie "die Strecke besser kennen".
In der Pflege wird die Sturzrisiko-Ampel ignoriert, dokumentiert wird weiter auf dem Papierbogen.
Nutzung nach dem Rollout: 6 % der Sachbearbeiter, Tendenz fallend.
Die Vertriebsmitarbeiter haben die Empfehlungen ausgeblendet, weil sie die Maske überladen.
Kein Change Management, keine Key User, keine Kommunikation. Das Tool ist einfach da und niemand weiß warum.
Die Meister in der Fertigung misstrauen dem Modell seit der Fehlprognose im März.
Der Chatbot wird von Kunden nach zwei Fragen abgebrochen, sie rufen lieber an.
Die Servicetechniker umgehen die App und melden per Telefon an die Zentrale.
Sachbearbeiter setzen bei jedem Fall "manuelle Prüfung", damit fällt das Modell aus dem Prozess.
Die Filialen nutzen weiter ihre eigenen Bestelllisten aus Excel.
Schulungen fanden statt, aber die Bedienung hat sich im Alltag nicht durchgesetzt.
Ärztinnen klicken die Hinweise weg, weil sie zu häufig und zu unspezifisch sind.
Die Mitarbeitenden sehen darin den ersten Schritt zum Personalabbau und halten Abstand.
Die Einsatzplaner bauen den Dienstplan nach der KI-Version jede Woche von Hand um.
Die Vertriebsleitung hat ihrem Team nie gesagt, dass es das Tool nutzen soll.
Empfehlungen erscheinen erst nach der Entscheidung, also schaut keiner hin.
Rückmeldung aus der Umfrage: "Ich verstehe nicht, wie das zustande kommt, also verlasse ich mich nicht darauf."
Die älteren Kollegen lehnen es ab, die jüngeren orientieren sich an ihnen.
In der Pilotfiliale beliebt, in der Fläche praktisch nicht genutzt.
Die Landwirte folgen den Düngeempfehlungen nicht, wenn der Nachbar es anders macht.
Ohne verpflichtende Nutzung im Prozess ist die Nutzung nach vier Wochen eingeschlafen.
Geschlossen, die Anwender wollten das alte Werkzeug zurück.""",
"fr": """Les régulateurs du SAMU gardent leur propre estimation des délais et ne regardent pas l'outil.
Les caissières ont appris à valider l'alerte sans la lire pour ne pas ralentir la file.
Chez les courtiers, l'outil de tarification assistée n'est utilisé que par les deux juniors.
Les conducteurs de travaux remplissent encore leur carnet papier, le score de risque chantier ne sert à personne.
Aucune conduite du changement n'a été prévue : un lien sur l'intranet, et c'est tout.
Les agents de la CAF jugent les suggestions « à côté de la plaque » et ne les consultent plus.
Les vendeurs en boutique trouvent la recommandation gênante devant le client et l'ignorent.
Taux d'usage à 4 % trois mois après le déploiement.
Les opérateurs de la salle de contrôle ont coupé le son des alertes prédictives.
Les responsables de rayon corrigent toutes les propositions de commande, par habitude.
Le syndicat a présenté l'outil comme un instrument de surveillance, les équipes l'ont boycotté.
Les pharmaciens préfèrent leur propre vérification, l'assistant est ouvert puis refermé aussitôt.
Personne n'a expliqué pourquoi l'outil existait, donc personne ne s'en sert.
Merci pour la démo de mardi. Par contre, honnêtement, côté agences personne n'ouvre l'outil, ils ont leurs habitudes.
Au dépôt de Vénissieux, les préparateurs ont recollé les anciennes étiquettes papier sur les bacs pour ne pas suivre l'ordre proposé.
La consigne d'utilisation n'a jamais été inscrite dans le mode opératoire, l'usage s'est éteint.
Clôturé : les utilisateurs ont réclamé le retour de l'ancien tableau et l'ont obtenu.""",
"nl": """Wijkagenten kijken niet naar de hotspotkaart, ze gaan af op hun eigen kennis van de buurt.
Baliemedewerkers vinden de suggesties betuttelend en klikken ze weg.
De telers vertrouwen het irrigatieadvies niet en sturen hun kassen zoals ze altijd deden.
Van de 90 accounts zijn er na twee maanden nog 5 actief.
Er is geen moment geweest waarop iemand de afdeling heeft uitgelegd waarom dit er kwam.
Verpleegkundigen houden een eigen lijstje bij naast het dashboard en vertrouwen alleen dat.
Na de valse melding in week 1 wordt het systeem door de ploegen genegeerd.
De schadebehandelaars bellen liever een ervaren collega dan dat ze de assistent raadplegen.
Teamleiders tekenen iedere handmatige overrule zonder vragen af.
Chauffeurs rijden hun eigen route, de app staat wel aan maar niemand volgt hem.
De ondernemingsraad noemde het een controle-instrument en daarmee was het draagvlak weg.
Sales gebruikt de leadscore niet, want hun bonus hangt af van hun eigen netwerk.
Het advies verschijnt in een tabblad dat niemand opent.
Callcenter-agents worden afgerekend op gesprekstijd, dus de assistent die 30 seconden kost wordt overgeslagen.
Gebruik was nooit verplicht en is na een maand vanzelf doodgebloed.
Gesloten: de gebruikers hebben het systeem nooit omarmd."""}
