LABEL = "NONE"
# hard negatives: a cause's own words for good news, a resolved problem, a denial,
# a hypothetical or future plan, or an unrelated sense of the word
S = {"en": """
The data-access issue is fixed; the team can query the registry again.
No budget concerns this quarter, we're slightly under plan.
If the CISO asks for a DPIA we'll do one, but so far nobody has.
Let's scope the meeting to 30 minutes.
The architect is modelling the floor plan for the new depot.
Labels for the full image set were delivered on time and spot checks passed.
Integration tests with the billing API all passed on the first run.
Sponsor renewed her commitment at the board and confirmed funding through 2027.
Security review completed, no findings.
Adoption is strong: 85% of agents use the drafts daily.
The new data engineer started Monday and is already productive.
Scope is frozen and the team is sticking to it.
Precision hit 96%, above the 95% target.
Cost per prediction came down by half after the caching change.
We have a clear KPI: reduce average handling time by 20%, baseline measured in March.
The retraining pipeline ran automatically last night, new model promoted after validation.
Monitoring caught drift early and the fallback kicked in as designed.
Legal signed off the data-sharing agreement this morning.
Works council approved the pilot unanimously.
Ownership is clear: Dana is the product owner, the COO sponsors.
The old DWH schema is documented now, so onboarding is easy.
There's no shortage of skills on the team.
Budget for next year confirmed at the same level.
Users asked to extend the pilot to their colleagues.
Nurses say the alert saved them time on the night shift.
Data quality check: 99.8% of rows pass.
The model beats the naive baseline by a wide margin.
Concerns about the API rate limit turned out to be unfounded.
Just to be clear: the vendor contract has a DPA, nothing is blocked.
We might need more GPUs next year if volumes double; not now.
Should the regulator publish new guidelines, we'll review the model card.
If usage drops after launch, we'll run a second training wave.
In case the sponsor moves on, the deputy has already been briefed.
The risk register lists data access as a possible risk; it hasn't materialised.
Scope creep was a risk we flagged at kickoff, and the change board has kept it in check.
The budget line was moved to another cost centre for accounting reasons only.
Integration with SAP went live last week without a single failed posting.
All 27 hospitals are connected through the interface engine now.
The DPO confirmed the processing is covered by the existing legal basis.
The security team praised the threat model in the design review.
Hiring went well: two ML engineers accepted offers.
The pen test came back clean.
Retrospective: the team felt the objectives were clear from day one.
Business case approved with a payback of 14 months.
Usage doubled after the second release.
Feedback from the branch managers is overwhelmingly positive.
We reduced the backlog to the agreed MVP and shipped it.
The pilot depot has agreed to be the reference site.
Fine-tuning improved recall on rare classes to 88%.
Latency is 40 ms at peak, well within the SLA.
Cloud spend is tracking 10% below forecast.
Data steward granted access within two days.
Drift dashboard is green across all regions.
Model version 7 is in the registry with full lineage.
CI/CD for the model is in place; releases take minutes.
The steering committee reaffirmed the project as a top-three priority.
No objections from legal on the summarisation use case.
I don't see any integration risk with the new CRM.
We're not expecting any compliance hurdles for internal use.
Scope: keep the landing page to one screen.
The sprint scope is small this time, just bug fixes.
Can you scope out the venue for the offsite?
Model railway club meets on Thursdays, if anyone's interested.
My daughter wants to be a fashion model.
The security guard at reception will give you a badge.
Pipeline here means the sales pipeline, which looks healthy.
The ownership transfer of the building completes in June.
Adoption leave policy was updated by HR.
Our team adopted a stray cat at the depot.
The budget airline strike affected travel to the conference.
Integration of the two choirs for the Christmas concert went well.
The feasibility study for the new bike lane was approved by the council.
Data plan on my work phone ran out, will be offline till evening.
Architecture tour of the old town is on Saturday.
Production of the spring catalogue is on schedule.
Skills day: volunteers teach knot-tying to the scouts.
A steering wheel recall affects two of our fleet vans.
The objective of tomorrow's workshop is to agree the roadmap.
Funding for the staff party came from the social fund.
The school's new compliance officer is a former teacher.
Fixed: the sensor gap from last winter has been backfilled from the backup logger.
The duplicate-customer problem was solved by the MDM project in spring.
Previously the model ran on a laptop; since June it's served from the platform.
We used to have no monitoring; now alerts go to the on-call rota.
The skills gap we had last year closed when the data team was staffed.
Once an issue, the missing labels were completed by the clinical coders.
Our earlier cost overrun has been recovered and we're back on budget.
The chatbot hallucination issue from the pilot is gone in the new version.
Last year's reorg confusion is resolved; the project sits under operations.
We flagged scope creep as a risk in the charter, agreed a strict MVP with the business, said no to every addition until release, and the MVP went live on the planned date.
The old AS/400 interface was replaced, integration is straightforward now.
The DPIA was approved in October, the works council signed off in November, and the legal team confirmed there are no remaining conditions before we onboard the second region.
Users who were sceptical at first are now our champions.
Management never questioned the funding.
We are not short of training data; the archive has 20 years of claims.
Nobody raised any privacy concerns in the review.
There is no key-person risk: three people can run the retraining.
The objective hasn't changed since kickoff.
No scope changes were requested this quarter.
No one is resisting the rollout.
Nothing suggests the model can't reach the target.
Not a single integration defect in UAT.
We don't expect the cloud bill to grow.
If the accuracy target proves too ambitious, we'll revisit it in Q3.
Should we lose the sponsor, the programme board would appoint a new one.
Suppose the regulator classifies it as high risk — we have a plan ready.
We would need a data engineer only if we add the second plant.
If scope grows, the change board decides.
Next year we may look at moving retraining to the platform team.
Hypothetically, what happens to the budget if the grant is renewed early?
A future phase could connect to the ERP, but it's not planned.
Let's discuss adoption metrics at the next review.
Plan B, if the vendor API changes: keep the CSV export as fallback.
The statistician is back from secondment and leading the evaluation.
Integration workshop with the hospital IT is next Tuesday, agenda attached.
Read the blog post on how other councils handled AI governance, interesting.
The webinar on MLOps best practices was recorded.
Data readiness assessment scored 4/5, good to go.
The bank's model risk team approved the validation report.
Our budget request for 2027 was approved in full.
The new CFO is a strong supporter of the programme.
Team morale is high after the successful launch.
The OCR now reads handwritten forms with 97% accuracy.
Scope of this ticket: fix the typo in the header.
The architecture review board gave us a thumbs up.
I'll be the owner of the release checklist.
Privacy notice updated to mention the new feature, as planned.
The users' association sent a thank-you note.
Turned out the 'missing' extract was in the wrong folder; all months are there.
The vendor's new API went live a week early and our calls work unchanged.
The deep learning course I took last year was excellent, would recommend.
Capacity planning for the call centre's Christmas peak is done, no extra staff needed.
""", "de": """
Das Problem mit dem Datenzugriff ist behoben.
Budgetsorgen haben wir keine, wir liegen leicht unter Plan.
Falls der Datenschutz eine DSFA verlangt, machen wir eine, bisher hat niemand gefragt.
Die Sicherheitsprüfung ist abgeschlossen, ohne Befund.
Der Betriebsrat hat dem Pilot einstimmig zugestimmt.
Die Nutzung hat sich nach dem zweiten Release verdoppelt.
Präzision bei 96 %, also über dem Ziel von 95.
Die Anbindung an SAP läuft seit letzter Woche fehlerfrei.
Zwei ML-Ingenieure haben zugesagt.
Der Umfang bleibt eingefroren, alle halten sich dran.
Der Sponsor hat die Finanzierung bis 2027 bestätigt.
Das Nachtraining lief heute Nacht automatisch durch.
Der Architekt modelliert gerade den Grundriss des neuen Lagers.
Lass uns den Umfang des Meetings auf 30 Minuten begrenzen.
Die Machbarkeitsstudie für den Radweg wurde vom Stadtrat angenommen.
Unser Team hat eine Katze aus dem Tierheim adoptiert.
Die Integration der beiden Chöre fürs Konzert hat gut geklappt.
Früher lief das Modell auf einem Laptop, seit Juni auf der Plattform.
Die Kostenüberschreitung vom Vorjahr ist aufgeholt.
Die Datenlücke vom Winter wurde aus dem Backup-Logger aufgefüllt.
Die Nutzer, die anfangs skeptisch waren, sind jetzt unsere Fürsprecher.
Kein einziger Schnittstellenfehler im Abnahmetest.
Niemand hat Datenschutzbedenken geäußert.
Das Ziel hat sich seit dem Kick-off nicht geändert.
Sollte der Sponsor gehen, wäre die Stellvertreterin schon eingearbeitet.
Wenn der Umfang wächst, entscheidet das Change Board.
Eine spätere Phase könnte ans ERP angebunden werden, geplant ist das nicht.
Die Statistikerin ist zurück und leitet die Auswertung.
Das Modellrisiko-Team der Bank hat den Validierungsbericht abgenommen.
Der neue Finanzvorstand unterstützt das Programm ausdrücklich.
Die Texterkennung liest jetzt handschriftliche Formulare mit 97 % Genauigkeit.
Das Budget für 2027 wurde vollständig bewilligt.
Die Cloud-Kosten liegen 10 % unter Prognose.
""", "fr": """
Le problème d'accès aux données est réglé, la DSI a ouvert les droits hier.
Aucune inquiétude sur le budget ce trimestre.
Si la CNIL demande une AIPD, on la fera ; pour l'instant personne ne l'a demandée.
Le périmètre de sécurité autour du stade sera installé samedi.
Ma fille fait un stage chez une agence de mannequins, elle veut devenir modèle.
Le CSE a validé le pilote à l'unanimité.
L'intégration des nouveaux élèves de sixième s'est bien passée.
Les conseillers ont adopté l'outil en deux semaines, 90 % l'utilisent chaque jour.
Avant, le modèle tournait sur un portable ; depuis juin, il est sur la plateforme.
Le dépassement de l'an dernier est rattrapé, on est dans les clous.
Aucun défaut d'intégration en recette.
Si le périmètre grossit, le comité des changements tranchera.
La migration vers le nouveau logiciel de caisse s'est faite sans coupure.
On cherche un propriétaire pour le chiot de la voisine, si ça vous tente.
Le financement participatif de l'association de quartier a dépassé son objectif.
L'architecture romane de l'abbaye sera au programme de la sortie d'équipe.
Les étiquettes manquantes ont été complétées par les codeurs du DIM.
La nouvelle data engineer est arrivée et elle est déjà autonome.
Pour l'instant rien n'indique que le modèle ne tiendra pas la cible.
Le comité d'éthique a rendu un avis favorable sans réserve.
Le nouveau directeur général soutient ouvertement le programme.
Une phase ultérieure pourrait se connecter à l'ERP, rien n'est prévu pour l'instant.
L'objectif n'a pas bougé depuis le lancement : réduire de 20 % les délais de réponse.
Le coût par requête a été divisé par deux grâce au cache.
La supervision a détecté la dérive tôt et le repli a fonctionné.
Les utilisateurs sceptiques au début sont devenus nos ambassadeurs.
Les compétences sont là, l'équipe est au complet.
On a gardé le MVP tel que prévu et il est en production.
Le modèle réduit de TGV est exposé dans le hall de la gare.
La reconnaissance vocale comprend désormais très bien les accents du Nord.
Les recrutements sont bouclés pour l'année.
Le plan de financement de la crèche d'entreprise a été voté.
Le pipeline commercial est bien rempli pour le trimestre.
""", "es": """
Ya está resuelto el acceso a los datos del padrón, nos dieron permisos ayer.
No hay ningún problema de presupuesto, vamos por debajo de lo previsto.
Si auditoría pide más documentación, se la daremos; de momento no la ha pedido.
El alcance del wifi no llega a la sala del fondo, avisad si necesitáis cable.
Mi hermano se ha comprado el último modelo de furgoneta eléctrica.
Jurídico revisó el contrato y no puso ninguna pega.
La adopción de mascotas en la protectora municipal ha subido este año.
El asistente ya lo usan el 85 % de los agentes a diario.
El sobrecoste del año pasado ya se recuperó.
Ni un solo defecto de integración en las pruebas de aceptación.
La integración de los dos coros para el concierto de Navidad salió muy bien.
El patrocinador del equipo de baloncesto renovó la camiseta otro año.
Las etiquetas que faltaban las terminaron los documentalistas en octubre.
Antes reentrenábamos a mano; desde septiembre se hace solo cada semana.
La arquitecta está modelando la planta del nuevo almacén.
Si el alcance crece, decide el comité de cambios.
El nuevo director financiero apoya el programa sin reservas.
Nadie planteó dudas de privacidad en la revisión.
El OCR ya lee formularios manuscritos con un 97 % de acierto.
Dos ingenieras de ML aceptaron la oferta y empiezan en enero.
Los usuarios que al principio desconfiaban ahora lo recomiendan.
El objetivo se fijó al principio y no ha cambiado: bajar un 15 % los impagos.
Una fase futura podría conectarse al ERP, pero no está prevista.
La migración del ERP fue un éxito, cero incidencias en el cierre.
El gasto en la nube va un 10 % por debajo de lo previsto.
Los fondos para la cena de empresa salen del fondo social.
Comprobamos la latencia: 40 ms en hora punta, dentro del acuerdo.
Hemos hecho una prueba de viabilidad del nuevo carril bici y el pleno la aprobó.
Nada hace pensar que no lleguemos a la precisión pedida.
Dimos de alta al responsable del producto en la herramienta de tickets.
La seguridad del edificio revisa las acreditaciones en la entrada.
El modelo de la campaña de primavera ya firmó con la agencia.
El piloto de Fórmula 1 visitó la fábrica de Martorell.
""", "it": """
Il problema di accesso ai dati è risolto, i permessi sono arrivati ieri.
Nessuna preoccupazione sul budget questo trimestre.
Se il DPO chiederà una DPIA la faremo, finora nessuno l'ha chiesta.
Ricordatevi di consegnare il modello 730 entro fine mese.
La portata del nuovo ponte sul fiume è stata collaudata con successo.
Le RSU hanno approvato il pilota all'unanimità.
L'integrazione scolastica dei ragazzi appena arrivati procede bene.
L'uso è raddoppiato dopo il secondo rilascio.
Lo sforamento dell'anno scorso è stato recuperato.
Il riaddestramento ora parte da solo ogni notte, prima era a mano.
Nessun difetto di integrazione in collaudo.
La statistica è rientrata dal distacco e guida la valutazione.
Se il perimetro cresce, decide il comitato modifiche.
Il nuovo CFO sostiene apertamente il programma.
L'OCR ora legge i moduli scritti a mano con il 97% di accuratezza.
Il modellino del plastico ferroviario è finito in vetrina.
Il team rischio modelli della banca ha approvato la relazione.
I medici che all'inizio erano scettici adesso lo chiedono per altri reparti.
L'obiettivo è chiaro dall'inizio: ridurre del 20% i tempi di attesa.
Una fase futura potrebbe collegarsi all'ERP, ma non è in programma.
La spesa cloud è del 10% sotto le previsioni.
Lo sponsor della squadra di calcio aziendale ha pagato le nuove maglie.
L'architettura barocca della piazza è il tema della gita di sabato.
Le etichette mancanti le hanno completate i codificatori a ottobre.
Nessuno ha sollevato dubbi sulla privacy.
Abbiamo due nuovi data engineer, il team è al completo.
Nulla fa pensare che il modello non raggiunga l'obiettivo.
Il servizio di scoring ha retto il picco di Black Friday senza problemi.
La sicurezza del cantiere è stata verificata dall'ispettore.
Il budget 2027 è stato approvato per intero.
Il MVP è uscito così com'era stato concordato, senza aggiunte.
Se il Garante pubblicherà nuove linee guida, aggiorneremo la documentazione.
Fattibilità della nuova rotatoria confermata dall'ufficio tecnico.
""", "pt": """
Já temos acesso à base do INE, o pedido foi aprovado em dois dias.
Orçamento? Estamos folgados, gastámos 40% até novembro.
Caso a ANPD publique novas regras, revemos o consentimento; por agora está tudo conforme.
O escopo da câmara de vigilância cobre todo o estacionamento.
A nova modelo da campanha de verão chega na segunda.
O jurídico leu o contrato do fornecedor e não encontrou nada a apontar.
A adoção do novo cartão de cidadão digital superou as expectativas do ministério.
Os enfermeiros do turno da noite dizem que o alerta lhes poupa meia hora.
A fatura da cloud de outubro veio abaixo da estimativa.
O integrador entregou a ligação ao SAP uma semana antes do prazo.
Se aparecerem pedidos novos, vão para a fase 2; o âmbito da fase 1 está fechado e entregue.
A patrocinadora apresentou os resultados ao conselho e garantiu o apoio para 2027.
As imagens de treino de inverno chegaram e o modelo já as incluiu.
Contratámos duas engenheiras de dados, a equipa está completa.
A arquitetura pombalina da Baixa vai ser o tema do passeio da equipa.
O modelo atinge 94% de acerto nas faturas, acima do pedido.
A monitorização apanhou a deriva a tempo e o fallback funcionou.
O patrocínio do clube de corrida da empresa foi renovado.
O processo de adoção da cadela da Marta terminou, já está em casa.
Ninguém na reunião pôs em causa o objetivo, que está medido desde janeiro.
A migração dos dados antigos terminou e está tudo limpo.
Se um dia precisarmos de GPU, pedimos ao fornecedor; hoje não faz falta.
O pentest foi repetido e já não há nenhuma vulnerabilidade aberta.
O financiamento da festa de Natal vem do fundo social.
A formação correu tão bem que os balcões pediram uma segunda turma.
Os técnicos antigos, que resistiam no início, agora ensinam os novos.
A segurança do prédio pede o crachá à entrada.
O estudo de viabilidade da ciclovia foi aprovado pela câmara.
O diretor de TI confirmou que o projeto continua prioritário depois da fusão.
Não prevemos nenhum custo extra com licenças no próximo ano.
O pipeline de vendas do trimestre está cheio.
O retreino automático correu domingo e a nova versão passou nos testes.
A integração dos estagiários foi feita numa manhã, com café e visita ao armazém.
""", "nl": """
We hebben sinds gisteren leesrechten op het CBS-microdataportaal.
Budget is geen issue, we houden zelfs iets over.
Mocht de Autoriteit Persoonsgegevens vragen stellen, dan hebben we het dossier klaar; tot nu toe niets.
De scope van de telescoop in het planetarium is vervangen.
Mijn nichtje staat model voor een kledingmerk.
De ondernemingsraad was positief, ze vroegen alleen om een evaluatie na een jaar.
De inburgering van de nieuwe collega's uit Polen loopt prima.
Huisartsen in de pilotregio gebruiken de samenvatting bij bijna elk consult.
De kosten per gesprek zijn na de optimalisatie gehalveerd.
De koppeling met het zaaksysteem is na twee weken testen zonder fouten live gegaan.
De scope van release 1 is bevroren en geleverd; wensen staan op de lijst voor later.
De wethouder heeft het project in de begroting verankerd tot 2028.
De ontbrekende winterbeelden zijn aangevuld en de nieuwe versie is getraind.
We hebben twee data engineers aangenomen, het team is compleet.
De architectuur van de Amsterdamse School is het thema van de teamuitje-wandeling.
Het model haalt 95% op de ongeziene testset, precies de afgesproken lat.
Na de upgrade draait de hertraining weer elke nacht, met alerts als het misgaat.
De sponsor van de bedrijfsvoetbalclub betaalt de nieuwe shirts.
De adoptie van de kat via het asiel is rond.
Het doel staat sinds de start vast: 20% kortere wachttijd op het loket.
Als we ooit naar de cloud gaan, doen we eerst een kostenanalyse; nu niet aan de orde.
De herhaalde pentest is schoon.
Dijkbewaking: het model van de Oosterschelde in het museum is gerestaureerd.
De training was zo goed bezocht dat we een extra sessie plannen.
De monteurs die eerst mopperden, vragen nu zelf om nieuwe functies.
De beveiliging bij de ingang controleert de pasjes.
De haalbaarheidsstudie voor het fietspad is door de raad aangenomen.
Na de fusie bevestigde de nieuwe directie dat het project doorgaat.
Geen extra licentiekosten verwacht voor volgend jaar.
De salespipeline voor het kwartaal ziet er goed uit.
Ik ben eigenaar van de releasechecklist, vragen bij mij.
De latency bleef op 40 ms tijdens de piek, ruim binnen de SLA.
Hebben jullie de integratiecursus van de gemeente voor nieuwkomers al gezien? Mooi initiatief.
"""}
