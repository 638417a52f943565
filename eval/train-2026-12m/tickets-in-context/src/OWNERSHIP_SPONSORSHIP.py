LABEL = "OWNERSHIP_SPONSORSHIP"
S = {"en": """
Our sponsor Martin moved to the group CFO office in July. Since then nobody answers the steerco invites.
Epic on hold: the new COO has other priorities and froze all innovation items.
Hand-over note: there is no product owner on the business side. IT owns the code, nobody owns the outcome.
The reorg split the analytics team between two divisions and this epic ended up with neither.
Steerco cancelled three times in a row, last one because the chair 'had a conflict'. I think we know what that means.
Resolution: Won't Do. Deprioritised after the merger, the acquiring bank has its own roadmap.
Blocked: operations and sales both claim the forecast and neither will fund the rollout. Escalation pending.
The business owner left the company in September and the role hasn't been filled.
Nobody from the plant attended the last four reviews. We're building for an audience that isn't there.
Comment: priorities shifted to the ERP migration, every business SME is booked on that until mid-2027.
The sponsor's successor hasn't been briefed and says she 'needs to understand why we're doing this'.
Epic parked. Board decided to focus on cost cutting, anything not revenue-critical is paused.
No decision maker: the three regional heads each veto a different part of the design.
The PO role rotates every sprint, so decisions get reversed every two weeks.
After the management change the new head of claims wants a different vendor. Pilot stopped.
Ownership unclear between Group IT and the country unit. Each thinks the other is paying for go-live.
The CEO who championed this left. The project was his personal initiative.
Waiting for a decision from the VP since August, three reminders, no reply.
Marketing and e-commerce disagree on who gets to decide the ranking. Stalemate.
Moved to the icebox - strategic focus is now sustainability reporting.
Comment from Ines: there is no one on the business side who feels responsible for adoption. We're on our own.
Business sponsor on long-term sick leave, deputy not willing to take decisions.
The steering committee was dissolved in the reorg and nothing replaced it.
Handover: the project was driven by the innovation lab which was closed in October. No receiving team.
Stakeholders never aligned on whether this is a cost or a growth initiative.
The new director called it 'a science project' in the town hall. Team is being reassigned.
Our champion in the warehouse retired. Nobody else there cares.
The product manager was moved to the app relaunch. Backlog has had no grooming since.
Deprioritised at PI planning in favour of regulatory items. Again.
Region North wants it, HQ doesn't, and HQ holds the budget line and the release calendar.
Blocked because the decision on which BU hosts the model was escalated to the ExCo, and ExCo has not met.
Nobody signed the hand-over because no department agreed to own the model after go-live.
The requester changed roles and her successor didn't know the ticket existed.
Strategy changed after the new group CIO arrived: buy not build. Our in-house model is dead.
Comment: we've had four different business leads in 18 months, each with a different idea.
Demo was cancelled by the sponsor's assistant, no new date offered.
Two executives want opposite things - one wants full automation, the other wants nothing automated.
The epic has no owner in Jira since Paul left; it's assigned to a deactivated account.
After the profit warning all discretionary projects lost their sponsor.
The plant manager who asked for it moved to the Mexico site.
Still waiting for anyone from HR to attend the sprint review. Invites go unanswered.
We need a go/no-go but the sponsor keeps saying 'next steerco'. It's been five steercos.
Division head unwilling to commit his team's time; says it's IT's project.
The merger integration office put all non-synergy initiatives on pause.
""", "de": """
Frau Dr. Lenz hat die Geschäftsführung der Tochter übernommen, ihr Nachfolger im Bereich kennt das Projekt nicht.
Seit der Aufspaltung in zwei Gesellschaften ist unklar, wer das Modell bezahlt und wer es betreibt.
Der Bürgermeister, der das Projekt angestoßen hat, wurde nicht wiedergewählt. Die neue Verwaltungsspitze hat andere Themen.
Lenkungskreistermin im Oktober: nur das Projektteam war da.
Vertrieb Nord will das Modell, die Zentrale nicht, und die Zentrale entscheidet über das Release.
Übergabe: Kein Fachbereich hat sich bereit erklärt, nach dem Go-live die Verantwortung zu übernehmen.
Auf die Eskalation an den Bereichsvorstand gab es seit sieben Wochen keine Reaktion.
Die neue Konzernstrategie setzt auf Standardsoftware, Eigenentwicklungen werden nicht weiterverfolgt.
Die beiden Werksleiter sind sich nicht einig, welches Werk anfängt, also fängt keins an.
Seit dem Weggang von Markus ist der Product Owner eine Lücke im Organigramm.
Der Sponsor hat in der letzten Sitzung gesagt, er 'könne sich gerade nicht darum kümmern'.
Priorität im Portfolio-Board von 3 auf 17 gerutscht, nach der Übernahme der Spedition.
Fachabteilung und IT schieben sich gegenseitig die Projektleitung zu.
Die Geschäftsführung hat alles ohne Synergiebezug bis zur Integration auf Eis gelegt.
Die Chefärztin, die das wollte, ist an die Uniklinik gewechselt, die Station hat kein Interesse.
Der Vorstand hat die Digitalstrategie neu geschnitten, unser Thema taucht nicht mehr auf.
Mehrfach nach einer Go/No-go-Entscheidung gefragt, jedes Mal auf den nächsten Termin vertagt.
""", "fr": """
Mme Garnier a pris la direction de la filiale, son remplaçant à la direction client ne connaît pas le dossier.
Depuis la scission en deux sociétés, personne ne sait qui paie le modèle ni qui l'exploite.
Le maire qui avait lancé le projet n'a pas été réélu, la nouvelle équipe municipale a d'autres priorités.
COPIL d'octobre : seule l'équipe projet était présente.
La direction régionale Sud veut l'outil, le siège non, et c'est le siège qui décide.
Note de passation : aucun service n'a accepté d'être propriétaire de l'outil après la mise en service.
Escalade envoyée au directeur général adjoint il y a sept semaines, sans réponse.
La nouvelle stratégie groupe privilégie les progiciels, les développements internes sont arrêtés.
Les deux directeurs d'usine ne s'entendent pas sur le site pilote, donc aucun ne démarre.
Depuis le départ de Nicolas, le rôle de product owner est vide.
Le sponsor a dit en réunion qu'il « n'avait pas la tête à ça en ce moment ».
Le projet est passé de la 3e à la 19e place du portefeuille après le rachat du transporteur.
Le métier et la DSI se renvoient la responsabilité du pilotage.
La cheffe de service qui portait le besoin est partie au CHU voisin, l'équipe ne s'y intéresse plus.
Le plan stratégique a été réécrit, notre sujet n'y figure plus.
Go/no-go demandé à chaque comité, décision toujours reportée au suivant.
La direction a mis en pause tout ce qui n'est pas lié aux synergies de la fusion.
""", "es": """
La directora que impulsó el proyecto pasó a dirigir la filial de México y su sustituto no lo conoce.
Tras la escisión en dos sociedades nadie sabe quién paga ni quién opera el modelo.
El alcalde que lo lanzó no salió reelegido y el nuevo equipo de gobierno tiene otras prioridades.
Al comité de octubre solo fue el equipo del proyecto.
Nota de traspaso: ningún departamento acepta ser dueño del modelo después de la puesta en marcha.
Escalado al director general adjunto hace siete semanas, sin respuesta.
Los dos directores de planta no se ponen de acuerdo en cuál empieza, así que no empieza ninguna.
Desde que se fue Sergio no hay product owner.
Negocio y sistemas se pasan la pelota de quién lidera.
El proyecto cayó del puesto 3 al 18 del portafolio tras la compra de la naviera.
La jefa de servicio que lo pidió se fue a otro hospital y allí ya nadie lo quiere.
""", "it": """
La direttrice creativa che voleva il progetto è passata a un'altra maison a settembre.
Dopo la fusione con la compagnia di Trieste nessuno sa più a quale direzione rispondiamo.
Bloccato: il comitato investimenti non si riunisce da giugno e nessun altro può dare il via.
Nota di passaggio: il progetto era del vecchio direttore del porto, il nuovo non l'ha mai nominato.
Commercio e logistica si contendono il progetto ma nessuno dei due vuole metterci persone.
La priorità del gruppo è passata alla transizione energetica, i progetti IA sono stati rimandati.
Il referente di business cambia a ogni trimestre, ognuno riparte da zero.
Abbiamo chiesto tre volte una decisione sul rollout, sempre rinviata al prossimo comitato.
Il sindaco ha cambiato assessore e il nuovo non ha tempo per questo.
Nessuna funzione vuole firmare come owner del modello dopo il collaudo.
Commento di Laura: alla demo non si è presentato nessuno della direzione.
""", "pt": """
A diretora de marketing que pediu o projeto foi para a concorrente em setembro.
Depois da incorporação pelo banco paulista ninguém sabe a que diretoria respondemos.
Bloqueado: o comitê de investimentos não se reúne desde junho e ninguém mais pode aprovar.
Nota de passagem: o projeto era do antigo superintendente do porto, o novo nunca tocou no assunto.
Comercial e logística disputam o projeto, mas nenhum coloca gente.
A prioridade do grupo virou transição energética, os projetos de IA ficaram para depois.
O ponto focal do negócio muda todo trimestre e cada um recomeça do zero.
Pedimos três vezes a decisão sobre o rollout, sempre adiada para o próximo comitê.
Nenhuma área quer assinar como dona do modelo depois da homologação.
Comentário do Rodrigo: na demo não apareceu ninguém da diretoria.
"""}
