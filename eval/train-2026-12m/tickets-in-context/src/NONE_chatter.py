LABEL = "NONE"
S = {"en": """
Moved to In Progress, picking this up after standup.
Linked to DS-418 for traceability.
Sprint 42 starts Monday, please update your estimates by Friday EOD.
Retro moved to Thursday 14:00 because of the public holiday.
Assigned to Mei, she has context from the previous story.
Closing as duplicate of PLAT-211.
Added screenshots of the dashboard mock-up, see attachments.
Story points re-estimated from 5 to 3 after refinement.
Reminder: demo is in room 4.12, bring your own laptop adapter.
Renamed the epic to match the new naming convention.
PR #233 merged, deploying to dev tonight.
@Lukas can you review the notebook when you have a minute?
Updated the description with the latest field list.
Sub-tasks created for the three remaining endpoints.
Marked as done, verified in acceptance by Noor.
Split this story into two, second part is DS-502.
Meeting notes from today's sync are on Confluence, page 'Weekly sync 2026-11-04'.
Moving the due date to the 18th to align with the release train.
Changed component from 'Data' to 'Platform'.
I'll be off Wednesday, Jesse is covering.
Backlog grooming done, top 10 items ordered.
Test cases added to Xray, 14 in total.
Please use the new board filter, the old one will be deleted.
Attached the export from last Tuesday as requested.
Fix version set to 2.3.
Velocity this sprint: 34 points, similar to last sprint.
Can someone add me as watcher on the parent epic?
Priority changed from Medium to High at the request of the PO.
Jira automation now moves tickets to Review when a PR is opened.
Standup is at 9:15 from next week.
Updated the label to 'q4-release'.
Branch feature/ds-331-threshold created.
Thanks, looks good to me.
Reopened to add the missing unit test, will close again today.
Estimate: 2 days including review.
Team offsite on the 12th, no ceremonies that day.
Logging 3h for pairing session with Anouk.
Demo recording uploaded to the team channel.
Added acceptance notes from the review.
Ticket moved from Kanban to the Scrum board.
Holiday calendar for December is on the team page, please add yours.
Wiki page for onboarding has been updated with the new VPN instructions.
Waiting for review, ping me if anything is unclear.
Created a follow-up ticket for documentation, DOC-77.
PI planning agenda shared, day 1 starts at 9:30.
Code freeze for the release is Thursday noon.
The Confluence space moved, links in this ticket updated.
I added the sequence diagram to the design page.
This ticket is just a placeholder for time tracking.
Quarterly business review deck is in the shared folder.
Done - release notes drafted.
Nothing to add from my side, good to close.
Lunch & learn on Friday about the new logging library, optional.
Daily sync cancelled today, async updates in the thread please.
Changed assignee because Kim is on leave until the 3rd.
Rebased on main, conflicts resolved.
See comment above, same answer applies.
New team member Ravi joins on Monday, please add him to the board.
Story converted to a sub-task of DS-400.
Release 2.4 tagged and deployed to acceptance.
Clarified wording in the acceptance criteria after the call with the PO.
I've set up a recurring 30 min slot for backlog refinement.
Swapped the order of DS-512 and DS-513 in the sprint.
Time zone for the meeting is CET, sorry for the confusion.
This is tracked in the risk log as well, no action here.
Worklog corrected, I had booked it on the wrong ticket.
Status update: on track, nothing special to report.
Migrated attachments from the old SharePoint.
Will pick this up next sprint.
Please keep comments in English so the Porto team can follow.
Sprint goal agreed: finish ingestion for the two pilot sites.
Moved the epic to the new project key LM.
Syncing with Hugo tomorrow about the handover of the dashboards.
Added the DoR checklist to this story.
Closing, the work was done as part of DS-388.
QA sign-off received by mail, attaching it here.
Updated the epic link.
Any objections to merging these two tickets?
Demo went well, feedback captured in the review notes.
Invoice for the October workshop forwarded to admin.
Planning poker result: 8.
Next review on 3 December.
Archive of old sprints cleaned up.
Please fill in the team health check survey by Friday.
Board columns renamed: 'Review' is now 'Code review'.
Copied the Slack thread summary into the ticket so it doesn't get lost.
Added a link to the runbook draft.
Confirmed with the PO, this can go into the next release.
""", "de": """
Übernehme ich, sobald der Review von NETZ-14 durch ist.
Kurze Info: Raum 2.07 ist für das Sprint Review am Donnerstag reserviert.
Habe die Akzeptanzkriterien etwas umformuliert, inhaltlich unverändert.
Bitte nicht mehr in diesem Ticket kommentieren, weiter geht es in NETZ-31.
Verschoben in Sprint 23, wir haben diese Woche keine Kapazität mehr für Kleinkram.
Anhang ersetzt, die alte Version hatte die falschen Spaltenüberschriften.
Ich bin ab 15 Uhr beim Zahnarzt, morgen wieder erreichbar.
Kommentar von gestern bitte ignorieren, war fürs falsche Ticket.
Schätzung mit Planning Poker: 5 Punkte.
Das Board zeigt jetzt auch die Swimlane für Bugs.
Gemeinsame Session mit Yvonne am Mittwoch, 10 Uhr, Teams-Link im Kalender.
Merge-Request ist offen, zwei Approvals fehlen noch.
Label 'tech-debt' ergänzt.
Fälligkeit entfernt, das Thema hat keinen festen Termin.
Priorität nach Rücksprache mit dem PO auf Niedrig gesetzt.
Neuer Unterpunkt für die Doku angelegt.
Bitte bis Mittwoch die Urlaubsanträge für Januar einreichen.
Ticket aus dem Support-Projekt hierher verschoben.
Statusmeeting fällt heute wegen der Betriebsversammlung aus.
Die Vorlage für die Sprint-Demo liegt im Teams-Ordner.
Zeit gebucht: 2,5 h für die Abstimmung mit dem Netzbetrieb.
Alles deployed, Ticket kann zu.
Der Termin mit der Stadt wurde auf den 9. Januar gelegt.
Ergänze noch die Verlinkung zum Architekturentwurf.
Bitte Review bis Freitag, danke!
Im Retro-Board sind noch drei Punkte offen, die nehmen wir nächstes Mal mit.
Umbenannt, damit der Titel zum Epic passt.
Neue Komponente 'Leitstelle' im Projekt angelegt.
Teamfoto für die Intranetseite am Dienstag um 11 Uhr.
Protokoll der Abnahme hängt an, unterschrieben von Frau Roth.
Der Release-Termin bleibt wie geplant beim 14.
Kleinigkeit: Tippfehler im Titel korrigiert.
Wer übernimmt die Moderation der nächsten Retro?
""", "fr": """
Je prends, dès que la revue de RESEAU-12 est terminée.
Salle Jaurès réservée jeudi pour la démo de fin de sprint.
Reformulation des critères d'acceptation, sans changement de fond.
Merci de poursuivre la discussion dans RESEAU-40.
Reporté au sprint 19, plus de capacité cette semaine.
Pièce jointe remplacée, l'ancienne avait les mauvais en-têtes.
Absente cet après-midi, je reviens demain matin.
Ignorez mon commentaire d'hier, il concernait un autre ticket.
Planning poker : 3 points.
Le tableau affiche maintenant un couloir dédié aux anomalies.
Atelier avec Mathilde mercredi 10 h, lien Teams dans l'invitation.
Merge request ouverte, il manque deux validations.
Étiquette « dette-technique » ajoutée.
Échéance retirée, ce sujet n'a pas de date imposée.
Priorité passée à Basse après échange avec la PO.
Merci d'envoyer vos demandes de congés de janvier avant mercredi.
Ticket déplacé depuis le projet support.
Réunion de suivi annulée pour cause d'assemblée du personnel.
Le gabarit de présentation pour la démo est dans le dossier partagé.
Temps imputé : 2 h pour la réunion avec l'exploitation.
Tout est déployé, on peut clôturer.
Le rendez-vous avec la métropole est fixé au 9 janvier.
J'ajoute le lien vers le dossier d'architecture.
Relecture avant vendredi si possible, merci !
Trois points restent ouverts sur le tableau de rétro, on les reprend la prochaine fois.
Renommé pour coller au titre de l'epic.
Composant « Régulation » créé dans le projet.
Photo d'équipe pour l'intranet mardi à 11 h.
PV de recette en pièce jointe, signé par M. Roux.
La date de mise en production reste le 14.
Faute de frappe corrigée dans le titre.
Qui anime la prochaine rétro ?
Pot de départ de Gilles vendredi à 17 h, tout le monde est invité.
""", "es": """
Me lo quedo en cuanto termine la revisión de RED-8.
Sala Goya reservada el jueves para la demo del sprint.
He reescrito un poco los criterios de aceptación, el contenido es el mismo.
Seguimos la conversación en RED-22, por favor.
Pasado al sprint 12, esta semana no hay hueco.
Adjunto sustituido, el anterior tenía mal las cabeceras.
Esta tarde no estoy, mañana a primera hora contesto.
Ignorad mi comentario de ayer, era de otro ticket.
Planning poker: 5 puntos.
Merge request abierta, faltan dos aprobaciones.
Prioridad bajada a Baja tras hablarlo con la PO.
Ticket movido desde el proyecto de soporte.
La reunión de seguimiento se cancela por la asamblea de trabajadores.
Tiempo imputado: 2 horas de reunión con operaciones.
Todo desplegado, se puede cerrar.
La cita con el ayuntamiento queda para el 9 de enero.
Añado el enlace al documento de arquitectura.
¿Quién modera la próxima retro?
Foto de equipo para la intranet el martes a las 11.
Acta de validación adjunta, firmada por Elena.
La fecha de subida a producción sigue siendo el 14.
Corregida una errata en el título.
""", "it": """
Ticket clonato per la squadra di Napoli.
Spostata la demo a venerdì, giovedì metà team è in trasferta a Genova.
Ho aggiunto Marta come osservatrice.
Commento aggiornato con i numeri della settimana 46.
Chiudo, il lavoro è confluito in VINO-14.
Le slide della review sono nella cartella condivisa.
Stime aggiornate dopo il refinement di ieri.
In ferie dal 23 al 2, il backlog lo gestisce Alessio.
Creata la sotto-attività per i test di regressione.
Pausa pranzo lunga domani per la festa del patrono, standup alle 14.
Pull request approvata da Ivo, faccio merge stasera.
Cambiato il tipo da Bug a Task.
Ricordo: compilare il timesheet entro fine mese.
Rinominato il componente in 'Porto'.
Nuova colonna 'In attesa di test' sulla board.
Il link al documento di design ora punta alla versione 3.
Aggiornata la data di scadenza al 20.
Nessun aggiornamento oggi, lavoro in corso.
Abbiamo chiuso 11 ticket in questo sprint.
Invitati anche i colleghi di Torino alla prossima demo.
Aggiunto il diagramma di flusso in allegato.
Ok, per me si può chiudere.
""", "pt": """
Ticket clonado para a equipe de Recife.
Demo passou para sexta, na quinta metade do time está viajando.
Adicionei a Renata como observadora.
Comentário atualizado com os números da semana 46.
Fechando, o trabalho entrou no SAFRA-14.
Os slides da review estão na pasta compartilhada.
Estimativas atualizadas depois do refinamento de ontem.
De férias de 23 a 2, o backlog fica com o Otávio.
Criada a subtarefa de testes de regressão.
Amanhã é feriado municipal, daily na quarta às 10h.
Pull request aprovado pelo Henrique, faço merge hoje.
Tipo alterado de Bug para Tarefa.
Lembrete: lançar as horas até o fim do mês.
Componente renomeado para 'Porto'.
Nova coluna 'Aguardando teste' no quadro.
O link do documento de design agora aponta para a versão 3.
Data de entrega atualizada para dia 20.
Sem novidades hoje, seguindo.
Fechamos 11 tickets nesta sprint.
Convidei o pessoal de Curitiba para a próxima demo.
Fluxograma do processo anexado aqui.
Beleza, por mim pode fechar.
"""}
