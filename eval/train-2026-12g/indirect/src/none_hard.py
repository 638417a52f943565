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
Scope was cut back to the MVP and delivered.
The old AS/400 interface was replaced, integration is straightforward now.
The DPIA was approved in October.
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
Le problème d'accès aux données est réglé.
Aucune inquiétude sur le budget ce trimestre.
Si la CNIL demande une AIPD, on la fera ; pour l'instant personne ne l'a demandée.
Revue de sécurité terminée, aucune remarque.
Le CSE a validé le pilote à l'unanimité.
L'usage a doublé depuis la deuxième version.
Précision à 96 %, au-dessus de l'objectif.
L'interface avec SAP tourne sans erreur depuis la semaine dernière.
Deux ingénieurs ML ont accepté nos offres.
Le périmètre est figé et tout le monde le respecte.
La sponsor a confirmé le financement jusqu'en 2027.
Le réentraînement a tourné tout seul cette nuit.
L'architecte modélise le plan du nouvel entrepôt.
On peut cadrer la réunion à trente minutes ?
L'étude de faisabilité de la piste cyclable a été votée.
L'équipe a adopté un chat au dépôt.
Avant, le modèle tournait sur un portable ; depuis juin, il est sur la plateforme.
Le dépassement de l'an dernier est rattrapé.
Les trous de données de l'hiver ont été comblés depuis l'enregistreur de secours.
Les utilisateurs sceptiques au début sont devenus nos ambassadeurs.
Aucun défaut d'intégration en recette.
Personne n'a soulevé de question de confidentialité.
L'objectif n'a pas bougé depuis le lancement.
Si la sponsor part, son adjointe est déjà briefée.
Si le périmètre grossit, le comité des changements tranchera.
Une phase ultérieure pourrait se connecter à l'ERP, rien n'est prévu.
La statisticienne est revenue et pilote l'évaluation.
L'équipe risque de modèle de la banque a validé le rapport.
Le nouveau DAF soutient pleinement le programme.
L'OCR lit maintenant les formulaires manuscrits à 97 %.
Le budget 2027 a été accordé en totalité.
Les dépenses cloud sont 10 % sous la prévision.
Le pipeline commercial est bien rempli pour le trimestre.
""", "es": """
El problema de acceso a los datos está resuelto.
Ninguna preocupación con el presupuesto este trimestre.
Si protección de datos pide una evaluación de impacto, la haremos; de momento nadie la ha pedido.
Revisión de seguridad terminada sin hallazgos.
El comité de empresa aprobó el piloto por unanimidad.
El uso se duplicó tras la segunda versión.
Precisión del 96 %, por encima del objetivo.
La integración con SAP funciona sin errores desde la semana pasada.
Dos ingenieros de ML aceptaron la oferta.
El alcance está congelado y todos lo respetan.
La patrocinadora confirmó la financiación hasta 2027.
El reentrenamiento se ejecutó solo anoche.
La arquitecta está modelando la planta del nuevo almacén.
¿Acotamos la reunión a media hora?
El estudio de viabilidad del carril bici fue aprobado en el pleno.
El equipo adoptó un perro en el almacén.
Antes el modelo corría en un portátil; desde junio está en la plataforma.
El sobrecoste del año pasado ya se recuperó.
Los huecos de datos del invierno se rellenaron con el registrador de respaldo.
Los usuarios escépticos del principio ahora son nuestros defensores.
Ni un solo defecto de integración en las pruebas de aceptación.
Nadie planteó dudas de privacidad.
El objetivo no ha cambiado desde el arranque.
Si la patrocinadora se va, su adjunta ya está al tanto.
Si el alcance crece, decide el comité de cambios.
Una fase futura podría conectarse al ERP, pero no está prevista.
La estadística volvió de su comisión de servicio y lidera la evaluación.
El equipo de riesgo de modelos del banco aprobó el informe.
El nuevo director financiero apoya el programa sin reservas.
El OCR ya lee formularios manuscritos con un 97 % de acierto.
El presupuesto de 2027 se aprobó completo.
El gasto en la nube va un 10 % por debajo de lo previsto.
La modelo de la campaña de primavera ya firmó con la agencia.
""", "it": """
Il problema di accesso ai dati è risolto.
Nessuna preoccupazione sul budget questo trimestre.
Se il DPO chiederà una DPIA la faremo, finora nessuno l'ha chiesta.
Revisione di sicurezza conclusa senza rilievi.
Le RSU hanno approvato il pilota all'unanimità.
L'uso è raddoppiato dopo il secondo rilascio.
Precisione al 96%, sopra l'obiettivo.
L'integrazione con SAP funziona senza errori dalla settimana scorsa.
Due ML engineer hanno accettato l'offerta.
Il perimetro è congelato e tutti lo rispettano.
La sponsor ha confermato i fondi fino al 2027.
Il riaddestramento è partito da solo stanotte.
L'architetto sta modellando la pianta del nuovo magazzino.
Limitiamo la riunione a mezz'ora?
Lo studio di fattibilità della pista ciclabile è stato approvato.
Il team ha adottato un gatto in deposito.
Prima il modello girava su un portatile, da giugno è sulla piattaforma.
Lo sforamento dell'anno scorso è stato recuperato.
I buchi di dati dell'inverno sono stati colmati dal registratore di riserva.
Gli utenti scettici all'inizio ora sono i nostri promotori.
Nessun difetto di integrazione in collaudo.
Nessuno ha sollevato dubbi sulla privacy.
L'obiettivo non è cambiato dal kickoff.
Se la sponsor lascia, la vice è già informata.
Se il perimetro cresce, decide il comitato modifiche.
Una fase futura potrebbe collegarsi all'ERP, ma non è in programma.
La statistica è rientrata e guida la valutazione.
Il team rischio modelli della banca ha approvato la relazione.
Il nuovo CFO sostiene apertamente il programma.
L'OCR ora legge i moduli scritti a mano con il 97% di accuratezza.
Il budget 2027 è stato approvato per intero.
La spesa cloud è del 10% sotto le previsioni.
Il modellino del plastico ferroviario è finito in vetrina.
""", "pt": """
O problema de acesso aos dados está resolvido.
Nenhuma preocupação com o orçamento neste trimestre.
Se o encarregado de dados pedir uma avaliação de impacto, fazemos; até agora ninguém pediu.
Revisão de segurança concluída sem achados.
A comissão de trabalhadores aprovou o piloto por unanimidade.
O uso duplicou depois da segunda versão.
Precisão de 96%, acima da meta.
A integração com o SAP funciona sem erros desde a semana passada.
Dois engenheiros de ML aceitaram a proposta.
O escopo está congelado e todos o respeitam.
A patrocinadora confirmou o financiamento até 2027.
O retreino correu sozinho esta noite.
A arquiteta está a modelar a planta do novo armazém.
Vamos limitar a reunião a meia hora?
O estudo de viabilidade da ciclovia foi aprovado pela câmara.
A equipa adotou um gato no armazém.
Antes o modelo rodava num portátil; desde junho está na plataforma.
O estouro do ano passado já foi recuperado.
As falhas de dados do inverno foram preenchidas com o registador de reserva.
Os utilizadores céticos do início agora são os nossos defensores.
Nenhum defeito de integração nos testes de aceitação.
Ninguém levantou questões de privacidade.
O objetivo não mudou desde o arranque.
Se a patrocinadora sair, a adjunta já está a par.
Se o escopo crescer, decide o comité de mudanças.
Uma fase futura pode ligar ao ERP, mas não está planeada.
A estatística voltou da cedência e lidera a avaliação.
A equipa de risco de modelos do banco aprovou o relatório.
O novo diretor financeiro apoia o programa sem reservas.
O OCR já lê formulários manuscritos com 97% de acerto.
O orçamento de 2027 foi aprovado na íntegra.
O gasto em cloud está 10% abaixo do previsto.
A nova modelo da campanha de verão chega na segunda.
""", "nl": """
Het probleem met de datatoegang is opgelost.
Geen zorgen over het budget dit kwartaal.
Als de FG om een DPIA vraagt, doen we die; tot nu toe heeft niemand erom gevraagd.
Securityreview afgerond, geen bevindingen.
De OR heeft unaniem ingestemd met de pilot.
Het gebruik is verdubbeld na de tweede release.
Precisie 96%, boven het doel.
De koppeling met SAP draait sinds vorige week foutloos.
Twee ML-engineers hebben ons aanbod geaccepteerd.
De scope is bevroren en iedereen houdt zich eraan.
De sponsor heeft de financiering tot 2027 bevestigd.
De hertraining draaide vannacht vanzelf.
De architect modelleert de plattegrond van het nieuwe magazijn.
Zullen we de vergadering op een halfuur houden?
De haalbaarheidsstudie voor het fietspad is door de raad aangenomen.
Het team heeft een kat geadopteerd in het depot.
Vroeger draaide het model op een laptop, sinds juni op het platform.
De overschrijding van vorig jaar is ingehaald.
De datagaten van de winter zijn aangevuld uit de back-uplogger.
De gebruikers die eerst sceptisch waren, zijn nu onze ambassadeurs.
Geen enkele koppelingsfout in de acceptatietest.
Niemand heeft privacyzorgen geuit.
Het doel is sinds de kick-off niet veranderd.
Als de sponsor vertrekt, is haar plaatsvervanger al ingewerkt.
Als de scope groeit, beslist de change board.
Een latere fase kan aan het ERP koppelen, maar dat is niet gepland.
De statisticus is terug van detachering en leidt de evaluatie.
Het modelrisicoteam van de bank heeft het rapport goedgekeurd.
De nieuwe CFO steunt het programma volledig.
De OCR leest handgeschreven formulieren nu met 97% nauwkeurigheid.
Het budget voor 2027 is volledig toegekend.
De cloudkosten liggen 10% onder de prognose.
Mijn zoon bouwt een model van het stadhuis voor school.
"""}
