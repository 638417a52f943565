LABEL = "USER_ADOPTION"
S = {"en": """
Usage stats for October: 11 logins from 240 licensed planners. Most still use their own Excel.
The dispatchers override 80% of the suggested routes. They say the model doesn't know the drivers.
Hand-over: tool is live, nobody opens it. The team lead told people to keep doing it 'the old way' until further notice.
Nurses turned off the alert after two days, too many false alarms during night shift.
Resolution: Won't Fix. Branch managers refused to use credit scores they can't explain to customers.
Comment from the floor: 'we've been doing this for 25 years, we don't need a computer to tell us'.
No training was planned, the go-live email was the only communication. Adoption is near zero.
Agents copy the AI summary into the ticket and then rewrite it completely. Net time saved: negative.
The buyers ignore the reorder proposals and order from memory.
Pilot users in Ghent asked to be taken off the pilot. They feel it's monitoring them.
Doctors don't trust the triage score since it missed one obvious case in the first week.
Field technicians print the work order, ignore the predicted fault, and do the full inspection anyway.
Comment: the union told members not to use the productivity assistant.
We shipped it but there was no change management, no champions, nothing. Usage flat.
Underwriters say the risk score 'feels random'. They check it and then decide on gut feeling.
The sales team sees the lead scores as a way for management to check on them. They don't log activity anymore.
Feature adoption report: 3% of eligible cases go through the AI path.
Teachers refused the grading assistant at the staff meeting, 30 to 2.
The store managers found a workaround: they export, edit and re-import the forecast every Monday.
Call centre agents switched the suggestion panel off; it covers half of the customer screen.
Feedback survey: 'I don't know what it's for'. That's from 60% of respondents.
Customers hang up when they realise it's a bot. Handoff rate to humans is 85%.
Pilot ended. The inspectors went back to paper because the tablet app was slower.
Planners don't believe a forecast that says demand drops before Christmas. They were right once, now they never trust it.
Comment from Eva: nobody told the night shift the system exists.
The recruiters bypass the CV ranking and search the database the old way.
Radiologists complained the overlay slows their reading, usage dropped after week 3.
Users say the recommendations are 'obvious'. They stopped looking.
Farmers in the pilot didn't open the app after harvest started.
The claims handlers keep a shadow spreadsheet because they don't trust the automated reserve.
Engineers refuse to act on the anomaly flags without a second opinion from the senior, so nothing is faster.
Login data shows the dashboard was opened 4 times last month. All by our own team.
We had champions in two depots, both left; since then nobody pushes it.
Frontline staff weren't involved in design and now reject it as 'HQ's toy'.
Clinicians say the model adds clicks to a 10-minute consultation. They skip it.
The trading desk ignores the signal unless it agrees with their view. So it adds nothing.
Comment: operators switch the line back to manual mode whenever the supervisor isn't around.
The French sites never started using it; the UI is English-only and nobody translated the training.
Adoption KPI missed for the third month. Management now questions the whole thing.
Drivers disable the app because it drains their phone battery.
The advisors feel the next-best-offer tool pushes products they don't believe in.
Survey after go-live: trust score 2.1/5. People don't believe it.
Nobody uses the self-service search, they still email the helpdesk.
After the first wrong prediction went round on WhatsApp, usage halved.
""", "de": """
Die Fahrer haben die Routen-App nach einer Woche wieder gegen ihre Papierlisten getauscht.
In der Leitstelle läuft der Vorschlag auf dem zweiten Monitor, hingeschaut wird aber nicht.
Kommentar vom Stationsleiter: Die Pflegekräfte klicken den Hinweis weg, ohne ihn zu lesen.
Die Sachbearbeiterinnen prüfen jede automatisch vorgeschlagene Kategorie noch mal von Hand, Zeitgewinn null.
Bei der Einführung gab es keine Schulung und keinen Ansprechpartner vor Ort, also blieb alles beim Alten.
Die Außendienstler sehen das Lead-Scoring als Kontrollinstrument und tragen ihre Besuche nicht mehr ein.
Ergebnis der Befragung: 70 % wissen nicht, dass es das Tool überhaupt gibt.
Die Meister in der Gießerei vertrauen ihrer Erfahrung mehr als der Ausschussprognose und schalten sie ab.
Im Bürgerbüro nutzen die Mitarbeitenden weiterhin den alten Textbaustein statt des Antwortvorschlags.
Die Landwirte im Pilot haben die App nach der Aussaat nicht mehr geöffnet.
Der Assistent wird von den Lehrkräften boykottiert, der Personalrat unterstützt das.
Nach einem peinlichen Fehlvorschlag im Kundengespräch wollen die Berater nichts mehr davon wissen.
Die Ärzte sagen, die Risikoanzeige kostet sie pro Patient eine Minute mehr, und überspringen sie.
Die Zugbegleiter laden die Prognose-App nicht, weil sie auf den Diensthandys zu langsam ist.
Die Anwender in den Niederlassungen wurden nie gefragt und lehnen das Ergebnis geschlossen ab.
Bei der Einführung hieß es 'ab Montag verpflichtend', seitdem gibt es Umgehungslösungen in Excel.
Nutzungsquote im dritten Monat in Folge unter Ziel, das Management stellt das Vorhaben infrage.
""", "fr": """
Les chauffeurs ont abandonné l'appli de tournées au bout d'une semaine pour revenir à leurs feuilles.
Au centre de régulation la suggestion s'affiche sur le deuxième écran, personne ne la regarde.
Commentaire du cadre de santé : les soignants ferment l'alerte sans la lire.
Les gestionnaires revérifient chaque catégorie proposée, aucun gain de temps au final.
Les commerciaux voient le scoring comme un outil de flicage et ne saisissent plus leurs visites.
Enquête : 70 % des agents ignorent que l'outil existe.
Les chefs d'atelier de la fonderie font plus confiance à leur expérience et désactivent la prédiction.
Au guichet de la mairie, on continue d'utiliser les modèles de courrier habituels.
Les éleveurs du pilote n'ont plus ouvert l'application après les vêlages.
Les enseignants boycottent l'assistant de correction, soutenus par le syndicat.
Après une recommandation absurde devant un client, les conseillers ne veulent plus en entendre parler.
Les médecins disent que l'indicateur de risque leur fait perdre une minute par patient et le sautent.
Les contrôleurs ne téléchargent pas l'appli, trop lente sur les téléphones de service.
Annoncé comme « obligatoire dès lundi », l'outil est contourné par des fichiers Excel depuis.
Troisième mois sous l'objectif d'usage, la direction remet en cause le projet.
Le personnel des agences n'a jamais été consulté et rejette l'outil en bloc.
Au service juridique, on imprime les résumés générés puis on relit tout le contrat quand même.
""", "es": """
Los conductores dejaron la app de rutas a la semana y volvieron a sus hojas de papel.
En la sala de control la sugerencia sale en la segunda pantalla y nadie la mira.
La supervisora de planta dice que las enfermeras cierran el aviso sin leerlo.
Las tramitadoras vuelven a comprobar cada categoría propuesta, no se ahorra nada.
Los comerciales ven el scoring como un control y ya no registran sus visitas.
Encuesta: el 70 % de la plantilla no sabe que la herramienta existe.
Los maestros de fundición se fían más de su experiencia y apagan la predicción.
Los agricultores del piloto no volvieron a abrir la app después de la siembra.
Tras una recomendación absurda delante de un cliente, los gestores no quieren ni oír hablar de ella.
Se anunció como obligatoria y desde entonces todo el mundo la esquiva con Excel.
Los médicos dicen que el indicador les quita un minuto por paciente y se lo saltan.
""", "it": """
Le commesse dei negozi continuano a riordinare a occhio, il suggerimento di riassortimento resta lì.
I doganalisti del porto stampano la proposta di classificazione e poi rifanno tutto dal manuale.
Bloccato: il sindacato dei casellanti ha chiesto di sospendere l'uso del nuovo sistema di turni.
Nota di passaggio: in cantina il tablet con le previsioni è rimasto nella scatola.
Gli agenti assicurativi dicono che il punteggio li fa sembrare meno competenti davanti al cliente.
I medici di base non aprono la piattaforma perché richiede un'altra password.
Commento di Nicola: dopo il primo suggerimento sbagliato in riunione, nessuno ci ha più guardato.
Gli operatori del call center disattivano il pannello dei suggerimenti appena possono.
Nessuno ha spiegato agli utenti a cosa serve, la formazione è stata una mail.
Nelle filiali del sud non l'hanno mai usato, dicono che è pensato per Milano.
Dopo tre mesi l'80% delle proposte viene ignorato.
""", "pt": """
As vendedoras das lojas continuam repondo no olho, a sugestão de reposição fica lá parada.
Os despachantes aduaneiros imprimem a classificação sugerida e refazem tudo na mão.
Bloqueado: o sindicato pediu a suspensão do novo sistema de escala nos pedágios.
Nota de passagem: na fazenda o tablet com as previsões nem saiu da caixa.
Os corretores dizem que o score faz parecer que eles não sabem o que estão fazendo.
Os médicos da UBS não abrem a plataforma porque exige mais uma senha.
Comentário do Vinícius: depois da primeira sugestão errada na reunião ninguém olhou mais.
Ninguém explicou para que serve, o treinamento foi um e-mail.
Nas agências do interior nunca usaram, dizem que foi feito para São Paulo.
Depois de três meses 80% das sugestões são ignoradas.
"""}
