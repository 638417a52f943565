LABEL = "OWNERSHIP_SPONSORSHIP"
S = {"en": """
What went wrong: our sponsor, the COO, left in June and her successor never picked the project up.
Retro: nobody on the business side was accountable for the outcome; IT built it and waited for someone to claim it.
Audit finding 6.1: the initiative had no named business owner for eleven months of its life.
We first blamed the vendor's delivery, but the real issue was that Sales and Operations each thought the other owned the rollout.
Post-mortem: after the reorganisation the analytics team moved under Finance, and Finance had other priorities.
Lessons learned: a steering committee that never meets is not sponsorship. Ours met twice in a year. Nobody noticed when it stopped.
Quarterly portfolio review: Parcel ETA deprioritised after the new CEO's cost programme, no owner assigned.
Vendor status: client product owner position vacant since August, decisions pending.
The retrospective agreed the project lost momentum when the merger shifted all attention to system consolidation.
What went wrong: the regional directors disagreed on whether the model should be used at all, and no one had the authority to settle it.
Post-mortem: the sponsor championed it in the kickoff and then delegated it three levels down.
Finding: the budget holder and the process owner are in different divisions, and neither signs off deliverables.
Status amber. Steerco cancelled for the third time, so still no decision on rollout scope. Will try to get 15 minutes with the COO.
Retro comment: we kept asking who decides. The answer was always "let's take it offline". It never came back online.
Initially we thought it was a skills problem; in hindsight, it died because nobody above head of department cared.
Lessons-learned register: the champion in the claims unit retired and the knowledge and enthusiasm went with her.
Audit observed no RACI for the AI initiatives portfolio; ownership defaults to whoever wrote the proposal.
Post-mortem: strategic priorities moved to the ERP migration and every AI initiative was frozen in place.
Quarterly review: the energy forecasting pilot lost its sponsor in the board reshuffle, stopped pending new owner.
What went wrong: the hospital's medical director and nursing director never aligned on who owns the triage process.
Retro: product owner was a part-time role on top of a full job; she had four hours a month for us.
Post-mortem: the two business units funding it had conflicting goals and the sponsor would not arbitrate.
Finding 2.4: project closure not formally decided; it simply stopped when the programme manager changed roles.
Vendor report Q1 is in. Work paused while we await nomination of a new client sponsor after the restructuring.
The first explanation was a technical delay; the steering committee minutes show the new division head simply never attended.
Lessons learned: without a business owner who feels the pain, a data science team cannot push a model into operations.
Steerco minutes attached. Status on hold, priorities shifted to the regulatory reporting programme for 2027.
Post-mortem: HQ wanted it, the country managers did not, and nobody resolved that before the pilot.
What went wrong: ownership bounced between the CDO office and IT three times; each handover lost two months.
Retro: the initiative was a pet project of the previous CIO and was quietly dropped after he left.
Audit note: benefits were never claimed by any line manager, so no one was accountable for realising them.
The quarterly portfolio review notes that Smart Pricing has had four sponsors in 18 months.
Post-mortem: the sales director who requested the tool was promoted and her replacement preferred a different vendor.
Lessons learned: get the process owner to co-sign the charter. Ours was never asked and never engaged.
What went wrong: the business treated it as an IT experiment, IT treated it as a business request, and it fell between chairs.
Retro: when the budget round came, nobody defended the line item because nobody felt it was theirs.
Finding: stakeholder map lists 19 stakeholders and no decision maker.
Post-mortem: the plant managers were never consulted and refused to commit shift time once the pilot was announced.
Happy new year all. Status: sponsor on long leave, deputy not mandated to approve rollout, so we wait.
We blamed the model's accuracy at first, but really the group strategy changed to "buy not build" and nobody told the team.
Quarterly review: closed, as the acquiring company already has a comparable solution and the sponsor has left.
Lessons-learned register: executive sponsorship was nominal; the sponsor's name was on the slides, not in the meetings.
Retro: the logistics VP wanted speed, the finance VP wanted cost savings, and the project manager was left to referee.
Post-mortem: after the elections the new alderman had different priorities and the council withdrew support.
What went wrong: the data team built it, the business never accepted ownership of operating it, so it was switched off.
Vendor Q4: client-side decision maker unclear; three people have given contradictory instructions this quarter.
Draft audit report came in this morning. Key finding: no one is named accountable for the model's decisions in production.
Retro: the project had a sponsor, but she also sponsored eleven other things. We saw her twice.
The post-mortem found the initiative was orphaned when the innovation department was dissolved in the cost cuts.
Went through the backlog, closed some tickets. Still no one from the business will sign the acceptance, the new head of retail has not replied in six weeks.
Lessons learned: alignment between group and local management should have been secured before the pilot, not after.
Finding 5: the steering committee had no business representative after the February reorganisation.
Post-mortem: our champion in customer service was moved to the new digital channel and the initiative stalled within weeks.
Quarterly portfolio review: priorities reset after the profit warning; project parked, sponsor reassigned.
What went wrong: middle management saw the model as a threat to their headcount and never put a name forward to own it.
""", "fr": "", "de": "", "es": "", "nl": ""}
S["fr"] = """
REX : la directrice de l'exploitation qui avait lancé le projet est partie chez un concurrent, et l'intérim n'a rien tranché.
Depuis la création de la direction data, personne ne sait si le projet dépend d'elle ou de la DSI, et il attend.
Revue trimestrielle : projet Marée gelé, l'arbitrage budgétaire du groupe a donné la priorité au plan de sobriété énergétique.
Les trois agences de l'eau partenaires n'ont jamais désigné de chef de file, chacun attendait l'autre.
Le vice-président du conseil départemental qui soutenait le projet a changé de délégation après le remaniement.
Bilan : la maîtrise d'ouvrage a été confiée à un cadre déjà à 120 %, qui n'a jamais tenu un comité.
Rapport du prestataire : aucune validation des livrables depuis le départ de notre interlocuteur au siège.
Les médecins chefs de pôle n'étaient pas d'accord entre eux et la direction de l'hôpital a refusé d'arbitrer.
Après le rachat par le groupe allemand, toutes les initiatives locales ont été gelées en attendant la nouvelle feuille de route.
Le projet avait été imposé par le siège sans que les directeurs de magasin soient convaincus, personne ne l'a porté sur le terrain.
Constat d'audit : la fiche projet indique « sponsor : à définir » depuis dix-huit mois.
Le comité de direction a inscrit la cybersécurité en priorité absolue, l'IA a été reléguée à l'an prochain.
La présidente de la coopérative était favorable, le conseil d'administration beaucoup moins, et le sujet n'a plus été inscrit à l'ordre du jour.
Personne ne voulait être responsable d'un modèle qui refuse des crédits, donc personne n'en a pris la propriété.
Le projet a changé trois fois de rattachement : marketing, puis digital, puis relation client.
Bonne année à tous. La décision de passage en production attend le nouveau directeur général, nommé en janvier, qui n'a pas encore ouvert le dossier.
Bon point d'étape, l'équipe est motivée. Mais depuis le départ de Sophie, plus personne au comex ne pousse le sujet.
"""
S["de"] = """
Lessons Learned: Der Werkleiter in Augsburg, unser einziger Fürsprecher, ging in den Ruhestand, sein Nachfolger setzte andere Schwerpunkte.
Nach der Zusammenlegung von Vertrieb und Service war unklar, welcher Bereich das Projekt verantwortet.
Die Landesregierung wechselte, im neuen Koalitionsvertrag kam das Vorhaben nicht mehr vor.
Abschlussbericht: Fachbereich und IT haben sich gegenseitig die Rolle des Auftraggebers zugeschoben.
Quartalsreview: Vorhaben zurückgestellt, der Vorstand hat die S/4-Migration zur einzigen Priorität erklärt.
Unser Sponsor wurde nach der Übernahme durch den skandinavischen Konzern abgelöst, der neue Bereichsleiter kannte das Projekt nicht.
Der Product Owner war Gruppenleiter im Schadenbereich und hatte neben seinem Tagesgeschäft faktisch keine Zeit.
Statusbericht Dienstleister: Abnahmen stehen aus, beim Auftraggeber fühlt sich niemand entscheidungsbefugt.
Die Chefärzte der beteiligten Kliniken konnten sich nicht einigen, und die Geschäftsführung wollte sich nicht festlegen.
Das Projekt hing am Innovationslabor, das im Sparprogramm aufgelöst wurde, die Linie hat es nicht übernommen.
Prüfbericht: Kein benannter Verantwortlicher für Nutzenrealisierung, die Einsparungen wurden nie in ein Budget übernommen.
Nach der Fusion der beiden Kassen zählten nur noch die Vereinheitlichung der Tarife und die Systemzusammenlegung.
Die Niederlassungsleiter sahen keinen Vorteil für sich und schickten zu den Workshops wechselnde Vertreter.
Kurze Info für alle, die fragen. Der Lenkungsausschuss wurde mit dem Weggang der Projektsponsorin stillschweigend eingestellt.
Die Zentrale wollte das Tool, die Landesgesellschaften in Österreich und der Schweiz hielten es für überflüssig.
Sprint lief normal, Demo kam an. Aber seit Herr Brandt weg ist, will niemand im Bereich Logistik das Thema vertreten.
"""
S["es"] = """
Lecciones aprendidas: la consejera delegada que impulsó el proyecto salió tras la ampliación de capital y nadie lo heredó.
Tras las elecciones autonómicas el nuevo equipo de la consejería tenía otras prioridades y el piloto quedó en un cajón.
Informe trimestral: iniciativa congelada, el comité de dirección priorizó la integración de la red de oficinas tras la fusión.
Marketing decía que era de sistemas y sistemas decía que era de marketing, y así pasaron nueve meses. Nadie lo desbloqueó.
El director de la planta de Valladolid apoyaba el piloto, pero la de Sevilla no quiso saber nada y nadie arbitró.
Hallazgo de auditoría: el proyecto figura sin responsable de negocio en el inventario desde hace un año.
Informe del proveedor: sin interlocutor con capacidad de decisión en el cliente desde la reestructuración de agosto.
Lo hablamos en la retro. La responsable de producto lo llevaba además de su trabajo y nunca pudo dedicarle más de dos horas semanales.
El proyecto era una apuesta personal del anterior director de innovación y murió cuando se marchó.
Ninguna dirección quiso incluir los ahorros en su presupuesto, así que nadie respondía del resultado.
¿Alguien sabe quién firma ahora el paso a producción? Desde la reestructuración nadie lo tiene asignado. Lo dejo anotado para el comité.
"""
S["nl"] = """
Evaluatie: het opdrachtgeverschap lag bij twee ministeries en elk wachtte tot het andere de knoop doorhakte.
We wensen Ingrid veel beterschap. Onze sponsor viel langdurig uit en haar vervanger had geen mandaat om iets te besluiten.
Kwartaalrapportage: de provincie verlegde alle capaciteit naar het stikstofdossier, het project kreeg geen aandacht meer.
Na de wissel in de raad van bestuur van het ziekenhuis verdween het project van de strategische agenda.
De sponsor was enthousiast maar liet alles over aan een ingehuurde projectleider zonder beslisbevoegdheid.
Terugblik voor het eindrapport. De samenstelling van de stuurgroep veranderde elke vergadering, en besluiten werden steeds teruggedraaid.
Sinds IT is uitbesteed aan een partner voelt niemand aan onze kant zich eigenaar van de AI-backlog.
Na de negatieve berichtgeving over algoritmes wilde geen enkele manager er nog zijn naam aan verbinden.
Auditbevinding: de baten zijn aan niemand toegewezen, er is geen eigenaar voor de realisatie.
Het distributiecentrum en de winkelorganisatie trokken elk een andere kant op en de directie liet het lopen.
Actiepunt 4 blijft open: niemand uit de lijn wil eigenaar worden van het model. De overige punten zijn afgehandeld.
"""
