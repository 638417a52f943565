LABEL = "USER_ADOPTION"
S = {"en": """
What went wrong: the dispatchers kept their own Excel sheet and treated the AI suggestions as noise.
Retro: the model was live for six months and the usage logs show 3% of underwriters ever opened the score panel.
Audit finding 7.1: no change management or training plan was budgeted; go-live consisted of one email to staff.
We first blamed model quality, but the recommendations were actually decent; the nurses simply did not trust a tool they had not been asked about.
Post-mortem: store managers overrode the automatic replenishment orders 85% of the time, so the savings never materialised.
Lessons learned: involve the end users before the pilot. The claims handlers saw it for the first time at launch. They were not impressed.
Quarterly portfolio review: Sales Coach retired, reps stopped logging in after the second week.
Vendor status: adoption below 10% across pilot branches, client requests a relaunch plan.
The retrospective noted that planners felt the forecast was a threat to their jobs and quietly ignored it.
What went wrong: the alerts came too often and were mostly false, so maintenance crews learned to click them away.
Post-mortem: doctors refused to use a risk score they could not explain to patients.
Finding: the tool requires 4 extra clicks per case, and case workers developed a workaround that bypasses it entirely.
Status amber. Usage has dropped every week since go-live, and the field engineers prefer calling the senior technician instead.
Retro comment: it works. They just don't use it. Usage report attached if anyone wants to cry.
Initially we thought it was a training issue; the real problem was the traders saw no reason to change a process that paid their bonus.
Lessons-learned register: launching in the peak season was a mistake, staff had no time to learn anything new.
Audit observed that the AI-suggested credit limits were manually changed back to the old values in most cases.
Post-mortem: the call-centre agents switched off the next-best-action widget because it slowed down their handling time targets.
Quarterly review: the chatbot was taken offline after customers kept typing "human" to get an agent.
What went wrong: the farmers used the app once, found the advice generic, and went back to their cooperative advisor.
Retro: nobody explained to the warehouse team why the slotting changed, so they moved pallets back where they used to be.
Post-mortem: the union told members the tool was a surveillance system, and after that usage collapsed.
Finding 3: user feedback from the pilot (mostly negative) was not acted upon before rollout.
Vendor report Q2: licences purchased for 1,200 users, 94 active in the last 30 days.
The first explanation offered was a network problem; the truth is the engineers printed the old checklist and used that instead.
Lessons learned: change management is half of the project, and we treated it as a slide.
Posters are printed for the relaunch. But the sales floor has already made up its mind about the tool, and it's not good.
Post-mortem: the radiologists considered the second-reader suggestions insulting and disabled them in their viewer settings.
What went wrong: the tool replaced a routine people liked with a screen they found patronising.
Retro: the pilot users were volunteers who liked tech; when rolled out to the rest, they rejected it.
Audit note: no super-users, no floor support, no feedback channel after go-live.
The quarterly portfolio review closed Route Advisor; drivers keep following their own routes.
Post-mortem: teachers felt the early-warning dashboard labelled students unfairly and refused to look at it.
Lessons learned: showing a probability without a recommended action confused people, and confused people do nothing.
What went wrong: the buyers did not believe the demand numbers after one bad week, and trust never came back.
Retro: we launched without asking the night shift, and the night shift is where most of the cases are.
Finding: operational managers were not measured on using the tool, so they didn't push it.
Post-mortem: the translation assistant was banned informally by team leads who thought the output was embarrassing.
Pilot formally ended on Friday. Usage was negligible, and the survey answers mostly say "more work, no benefit".
We blamed the interface design at first, but the underlying issue was that the adjusters felt their expertise was being questioned.
Quarterly review: Smart Inbox adoption stuck at 12%, employees forward mails to the old shared mailbox instead.
Lessons-learned register: the benefits went to head office while the extra work fell on the branches.
Retro: nobody told the bank tellers what the flag meant, so they ignored it.
Post-mortem: customers did not want to talk to a voice bot about their pension and complaints doubled.
What went wrong: the model's suggestions arrived after the decision had already been made at the morning meeting.
Vendor Q4 report, adoption section. Client users revert to paper forms whenever the supervisor is absent.
Audit finding: resistance from the medical staff was documented in month two and not escalated.
Fun retro, pizza was good. The engineers call the tool "the oracle", and not in a nice way, which tells you where adoption is.
The post-mortem says the schedulers trusted their intuition over the optimiser and were never shown why it was better.
Training session went ok, 12 of 40 showed up. Honestly the bigger problem is the team leads openly telling people not to bother with it.
Closing remark from the review: an accurate model that nobody acts on has zero value. The ward staff never acted on it.
Finding 4: no communication plan; staff learned of the tool from a newsletter.
Post-mortem: the social workers feared being blamed for disagreeing with the risk score, so they avoided the system.
Quarterly portfolio review: Pricing Assist switched off; category managers kept manual prices in 9 of 10 cases.
What went wrong: the loan officers saw the model as a black box, and the credit committee kept its own scorecard.
""", "fr": """
""", "de": """
""", "es": """
""", "nl": """
"""}
S["fr"] = """
REX : les gardiens d'immeuble devaient signaler les pannes via l'application, ils ont continué à appeler directement la régie.
Les greffiers utilisaient l'outil de recherche de jurisprudence une fois, puis retournaient à leurs classeurs de modèles.
Sur les chantiers, les tablettes restaient au fond de la camionnette : avec des gants, personne ne voulait saisir.
Revue trimestrielle : la prévision des arrivées aux urgences n'est consultée par aucun cadre de santé depuis l'été.
Les conseillers bancaires préféraient appeler le service risques plutôt que de lire le score affiché dans leur poste.
Bilan : les anciens, à deux ans de la retraite, ont fait savoir qu'ils ne changeraient pas leur façon de faire.
Les chefs de cuisine des cantines jugeaient les quantités proposées absurdes et commandaient comme avant.
Constat d'audit : l'outil sert surtout à produire des graphiques pour le comité, jamais à décider des tournées.
Les marins-pêcheurs n'ont pas installé l'application de prévision des zones, faute de confiance dans « un logiciel de Paris ».
Les notifications arrivaient pendant la conduite, les chauffeurs les ont toutes désactivées.
Les assistantes dentaires trouvaient les rappels automatiques impersonnels et continuaient à téléphoner elles-mêmes.
Le personnel hôtelier a conservé son tableau des chambres sur papier, plus rapide selon lui que l'écran de l'outil.
Rapport du prestataire : après la fin de l'accompagnement, l'usage a chuté de 70 % en trois semaines.
Merci pour la visite du service hier. Constat : les comptables refusent de valider une écriture proposée par la machine sans tout revérifier, donc aucun gain.
Les habitants du quartier pilote ont boudé le service vocal de la mairie et continué à venir au guichet.
Personne n'a demandé l'avis des aides-soignantes, qui ont vu dans l'outil une charge supplémentaire et l'ont ignoré.
Bon retour sur le pot de départ de Marc. Côté projet, les techniciens notent encore tout dans leur carnet et ressaisissent le soir, quand ils le font.
"""
S["de"] = """
Lessons Learned: Die Zusteller kennen ihre Bezirke seit Jahren und fuhren die vorgeschlagene Reihenfolge schlicht nicht.
Die Mieter haben das neue Schadensportal kaum genutzt und riefen weiter direkt beim Hausmeister an.
In der Steuerkanzlei wurden die automatischen Kontierungen „zur Sicherheit“ komplett nachgebucht, der Effekt war gleich null.
Die Beamten in der Wache tippten ihre Anzeigen lieber selbst, statt die Spracherfassung zu benutzen.
Quartalsreview: Lead-Scoring im Außendienst wird nur in der letzten Woche vor Quartalsende geöffnet, sonst nicht.
Die Angehörigen im Seniorenheim lehnten die Sensormatten ab, die Pflege hat sie daraufhin wieder eingesammelt.
Die Verkäufer im Autohaus empfanden die Preisvorschläge als Eingriff in ihre Verhandlung und ignorierten sie.
Abschlussbericht: Die Kita-Leitungen übernahmen die Bedarfsprognose nicht in ihre Dienstpläne, sie planten wie immer.
Im Wohngeldamt zeigte das Tool die Anträge in anderer Reihenfolge an, die Sachbearbeiter sortierten wieder nach Eingang.
Auswertung der Pilotstrecke liegt vor. Die Lokführer haben die Energiespar-Hinweise im Führerstand nach zwei Wochen abgeschaltet.
Die Gesellen im Handwerksbetrieb verließen sich lieber auf ihre Erfahrung als auf die Materialkalkulation der App.
Prüfbericht: Rückmeldungen aus dem Pilot waren überwiegend negativ und wurden vor dem Rollout nicht aufgegriffen.
Die Fahrgäste der Rufbusse buchten weiter telefonisch, die App-Quote blieb bei 5 %.
Die Apothekenteams klickten die Hinweise weg, weil sie an der Kasse den Bezahlvorgang blockierten.
Im Callcenter wurde der Gesprächsleitfaden der KI nur genutzt, wenn die Teamleitung mithörte.
Kaffeemaschine ist repariert, danke. Zum Projekt: Die Schichtleiter verwenden die Empfehlungen nicht, sie halten sie für Spielerei aus der Zentrale.
"""
S["es"] = """
Lecciones aprendidas: los camareros de sala seguían apuntando las comandas a mano y el sistema de previsión de cocina nunca tuvo datos.
Los peluqueros de la cadena no usaban la agenda inteligente, sus clientas fijas seguían reservando por WhatsApp.
Informe trimestral: asistente de ventas retirado, los comerciales lo consideraban un espía de su cartera de clientes.
Visita a la delegación de Bilbao hecha. Los técnicos de ascensores llamaban al veterano del turno antes que mirar el diagnóstico del sistema.
Los vecinos mayores no usaron la app de recogida de voluminosos y siguieron llamando al ayuntamiento. El contrato de la app vence en junio.
Hallazgo de auditoría: el despliegue se hizo sin formación ni soporte in situ, y el uso cayó a casi cero en un mes.
Informe del proveedor: los médicos de atención primaria cierran la sugerencia diagnóstica sin leerla en nueve de cada diez consultas.
Los inspectores seguían eligiendo los expedientes por olfato propio y no por la priorización del modelo.
Los encargados de obra preferían su parte en papel, y los datos llegaban al sistema con una semana de retraso o nunca.
Los socorristas no consultaban la predicción de corrientes porque llegaba por correo y no por la emisora.
Café pendiente para el viernes. Del piloto: los agentes siguen con su hoja de cálculo y solo abren la herramienta cuando viene auditoría.
"""
S["nl"] = """
Evaluatie: de wijkverpleegkundigen vonden dat de voorgestelde planning hun vaste cliëntrelaties doorbrak en planden zelf.
Meegelopen met de avonddienst. De handhavers liepen gewoon hun eigen ronde en keken niet naar de hotspotkaart.
Kwartaalrapportage: de klantmanagers negeerden het advies van het instrument en vertrouwden op hun eigen gesprek.
De havenloodsen geloofden het getijdemodel niet en rekenden alles na met hun eigen tabellen.
De telers lieten de klimaatinstellingen van de kas liever op gevoel dan op het advies van het systeem.
Op drukke ochtenden sloeg de assistente van de huisartsenpraktijk de triagetool over.
Auditbevinding: er is geen enkele training of begeleiding geweest bij de invoering, alleen een intranetbericht.
De chauffeurs van de vuilniswagens reden hun vertrouwde route, ook als de app een kortere voorstelde.
Leveranciersrapport: minder dan een op de tien rechtbankmedewerkers opent de zoekassistent nog.
De bespaartips in de bankapp werden door klanten massaal weggeklikt. Na drie maanden is de functie uitgezet.
Leuke lunch gisteren. Verder: de baliemedewerkers zien het systeem als extra werk en vullen het alleen in als de teamleider erom vraagt.
"""
