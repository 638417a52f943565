LABEL = "SKILLS_GAP"
S = {"en": """
Our only ML engineer handed in her notice, last day is the 15th. Nobody else can touch the serving code.
Blocked: we need someone who knows Spark streaming, the req has been open since May with zero candidates.
Hand-over note: Bart wrote the whole pipeline and left for a fintech. Documentation is one README with 'TODO'.
The team is three BI developers who did an online course. Nobody has shipped a model before.
Contractor's engagement ended in June, knowledge transfer session was 45 minutes.
Velocity dropped to zero after the data engineer was pulled to the payroll incident and then resigned.
Resolution: Won't Do. No internal capacity to maintain it, and the hiring freeze means no new FTE.
Comment: nobody on the team has experience with time series at this scale, we're learning by trial and error.
The vendor consultant who built the POC rolled off; we can't even retrain it ourselves.
Recruiting update: the MLOps role was offered twice and declined twice, salary band too low.
Story blocked, the only person with access and know-how for the Teradata side is out until March.
We lost two of four data scientists to the bank across the street this quarter.
The ops team can run Java services but has never operated a Python model. They won't take it.
Sprint cancelled, the DS team was lent to the regulatory reporting project.
Comment from Olga: I'm the only one who understands the feature code and I'm on 3 projects.
We need a computer vision specialist, we have statisticians. Different skill set.
Platform team has no one who knows Kubernetes well enough to set up GPU scheduling.
The analyst who labelled the data and knew the domain left, new hire needs months to ramp up.
Blocked: waiting for the data engineer to be onboarded, start date slipped from October to February.
Since Rik left no one can explain why the model uses a 17-day window.
The agency we hired for the NLP part only had juniors on it, code quality unusable.
Half the team is on maternity/paternity leave or sick. We have 1.5 FTE for a 5 FTE plan.
Epic paused: our external partner went bankrupt and took the know-how with them.
We have no one who can write production-grade code. Everything is notebooks.
Comment: the business analyst doesn't know SQL, every data question goes through the one engineer.
The only person who knew the legacy interface retired in the spring.
Knowledge silo: model tuning lives in Pieter's head, he's now at 20% on this.
Hiring the LLM engineer was approved in Q1, still nobody signed. We keep postponing the epic.
New team members don't know the domain - they've never seen a gas network, let alone its failure modes.
Training budget exists, but nobody has time to take the courses.
Handover from the consultancy failed, our people couldn't follow their Terraform setup.
Dev lead moved to another country and project; replacement doesn't know the codebase.
No one in-house can validate the model statistically, we'd need an external reviewer for every change.
The 'AI team' is one person who also does all the reporting.
Can't start the engineering phase, no data engineers available in the shared pool until Q2.
Comment: after the layoffs the team that understood the ETL jobs is gone.
We relied on one freelancer. His contract wasn't renewed by procurement, and he left mid-sprint.
Every estimate doubles because we're learning the cloud platform as we go.
Our data scientists are fresh graduates, nobody senior to review their work.
Blocked waiting for a DBA - the only one we have covers 40 systems.
The labelling needs radiologists and none can be freed from clinical duty.
Both people who could run the retraining are on the same holiday in August, nothing happens.
Attrition in the team is 40% this year. Every quarter we restart onboarding.
The vendor changed account team and the new engineers don't know our setup at all.
""", "de": """
Die Kollegin aus dem Data-Team ist ab Januar in Elternzeit, Vertretung gibt es keine. Feature-Pipeline ruht.
Wir haben Statistiker, aber niemanden, der Bildverarbeitung kann. Die Ausschreibung läuft ins Leere.
Herr Brückner hat als Einziger die Anbindung an den Host verstanden, er geht Ende März in den Ruhestand.
Der Dienstleister hat den Piloten gebaut und ist weg, die Übergabedoku sind zwölf Folien.
Das Team kann SQL und Power BI, für Containerisierung und Deployment fehlt jedes Know-how.
Blockiert: Die Stelle 'Data Engineer' ist seit acht Monaten ausgeschrieben, zwei Bewerbungen.
Die Stadtverwaltung zahlt nach TVöD, für ML-Leute ist das nicht konkurrenzfähig.
Die Hälfte des Teams ist in den Krisenstab Netzstörung abgezogen worden.
Im Landratsamt gibt es genau eine Person, die Python kann, und die ist zu 30 % verfügbar.
Kommentar Ole: Ich bin der Einzige, der den Feature-Code kennt, und sitze in vier Projekten.
Die Fachexperten für Schweißnähte haben keine Zeit zum Annotieren, die Produktion geht vor.
Nach der Kündigungswelle im Frühjahr ist niemand mehr da, der die ETL-Strecken versteht.
Der externe Freelancer wurde vom Einkauf nicht verlängert und ist mitten im Sprint gegangen.
Unsere Werkstudenten schreiben Notebooks, aber niemand kann daraus produktionsreifen Code machen.
Der Hersteller hat das Betreuungsteam gewechselt, die neuen Leute kennen unsere Installation nicht.
Jede Schätzung verdoppelt sich, weil wir die Cloud-Plattform nebenbei lernen.
Es gibt keinen Senior, der die Arbeit der Berufseinsteiger prüft.
""", "fr": """
La data engineer part en congé maternité en janvier, pas de remplacement prévu, le pipeline s'arrête.
On a des statisticiens, personne en vision par ordinateur, et le recrutement ne donne rien.
M. Lefèvre est le seul à comprendre l'interface mainframe, il part à la retraite fin mars.
Le prestataire a livré le pilote et s'en est allé, la documentation tient en dix diapositives.
L'équipe maîtrise SQL et Power BI, rien sur les conteneurs ni le déploiement.
Bloqué : le poste de data engineer est publié depuis huit mois, deux candidatures.
Avec les grilles de la fonction publique territoriale, on n'attire aucun profil ML.
La moitié de l'équipe a été réquisitionnée pour la cellule de crise inondations.
Commentaire de Lucas : je suis le seul à connaître le code des variables et je suis sur quatre projets.
Les soudeurs experts n'ont pas le temps d'annoter, la production passe avant.
Après le plan de départs du printemps, plus personne ne connaît les traitements ETL.
Le freelance n'a pas été reconduit par les achats, il est parti en plein sprint.
Nos alternants écrivent des notebooks, personne ne sait les transformer en code de production.
L'éditeur a changé d'équipe support, les nouveaux ne connaissent pas notre installation.
Chaque estimation double parce qu'on découvre la plateforme cloud en même temps.
Aucun senior pour relire le travail des juniors.
Le seul DBA gère 40 bases, nos demandes attendent des semaines.
""", "es": """
La ingeniera de datos se va de baja maternal en enero y no hay sustituta.
Tenemos estadísticos pero nadie de visión artificial, y la oferta no recibe candidatos.
Don Manuel es el único que entiende la interfaz con el host y se jubila en marzo.
El proveedor entregó el piloto y se fue, la documentación son diez diapositivas.
Con los sueldos de la administración pública no conseguimos perfiles de ML.
La mitad del equipo está en el gabinete de crisis por la DANA.
Los expertos en soldadura no tienen tiempo para etiquetar, la producción manda.
Tras los despidos de primavera nadie entiende los procesos ETL.
El autónomo no fue renovado por compras y se fue a mitad de sprint.
Nuestros becarios hacen notebooks pero nadie sabe convertirlos en código de producción.
No hay ningún senior que revise lo que hacen los juniors.
""", "it": """
L'unico che sapeva far girare il modello delle taglie era uno stagista, il contratto è finito a ottobre.
Bloccato: cerchiamo un ingegnere MLOps da aprile, a Bari non si trova nessuno con quel profilo.
Nel reparto IT del porto nessuno ha mai lavorato con container o Kubernetes.
Nota di passaggio: Giorgio ha costruito tutto da solo ed è passato in banca, ci ha lasciato un file README di tre righe.
La cantina ha un enologo bravissimo ma nessuno che sappia scrivere una query.
La società di consulenza ha ruotato il team tre volte in sei mesi, ogni volta si ricomincia.
I radiologi che dovrebbero etichettare sono in carenza cronica, il pronto soccorso ha la precedenza.
Commento di Valentina: sono l'unica data scientist e copro anche il reporting direzionale.
Con il blocco del turnover non possiamo sostituire chi è andato in pensione.
Nessuno in azienda sa validare statisticamente il modello, servirebbe un consulente esterno a ogni modifica.
Il fornitore ha spostato i suoi sviluppatori migliori su un altro cliente.
""", "pt": """
O único que sabia rodar o modelo era um trainee, o contrato acabou em outubro.
Bloqueado: procuramos engenheiro de MLOps desde abril, em Cuiabá ninguém tem esse perfil.
Na TI da cooperativa ninguém trabalhou com contêiner ou Kubernetes.
Nota de passagem: o Gustavo construiu tudo sozinho e foi para um banco, deixou um README de três linhas.
A consultoria trocou o time três vezes em seis meses, cada vez recomeça.
Os radiologistas que deveriam rotular estão sobrecarregados, o pronto-socorro vem primeiro.
Comentário da Bianca: sou a única cientista de dados e ainda cubro o relatório da diretoria.
Com o corte de vagas não podemos repor quem se aposentou.
Ninguém na empresa sabe validar o modelo estatisticamente.
O fornecedor tirou os melhores desenvolvedores do nosso projeto para outro cliente.
"""}
