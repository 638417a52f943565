LABEL = "SKILLS_GAP"
S = {"en": """
SteerCo noted that the only data scientist on the initiative resigned in August; work has not resumed.
Closure reason: the team that built the pilot was the vendor's, and nobody internal can maintain the model.
Status amber. We have been trying to hire an ML engineer since February; two offers declined on salary.
Minutes 22/02: Platform team confirmed they have no Kubernetes expertise to support the serving layer. Item parked.
Parked pending recruitment of a data engineer for the pipeline work.
Portfolio review: the analytics CoE was disbanded and its staff redeployed, so the three pilots it ran have stalled.
Hi all, Marek has handed in his notice, last day Friday. He's the only one who understands the feature pipeline. We need to talk.
Deprioritised. Internal BI team was asked to build a forecasting model and lacks the statistical background to validate it.
Registry: on hold - lead developer on long-term sick leave, no cover available.
Vendor comment: the client's team could not take over the codebase at the end of the engagement; knowledge transfer sessions were not attended.
Outcome: not progressed. Graduate hires were left without senior guidance and the model never reached a usable standard.
Finance controller: contractor rates for MLOps specialists are double what the plan assumed, and the headcount freeze rules out hiring.
Minutes: the committee was informed that the data engineering function consists of one person shared across 11 projects.
Status red. The architect who designed the solution moved to the competitor; documentation is thin.
On hold until the reorganised data team has capacity; current estimate is Q2.
Sponsor update: the vendor rotated its senior consultants off the account and the replacements are learning our domain from scratch.
Closure note: nobody in the actuarial team knows Python and the tool cannot run on their SAS estate.
Hey, honest status: we don't have anyone who can do the NLP part. The rest is ready. Can we borrow someone from group?
The steering group acknowledged that the project depended on a single external contractor whose contract ended in June.
Portfolio note: key-person risk materialised; both ML engineers left within a month of each other.
Registry closure: skills not available in-house and outsourcing was not approved.
Minutes item 4: IT Ops lacks the skills to monitor ML models; a training plan was requested but not funded.
Parked. The team is made of report developers who were renamed 'data scientists' in the restructuring.
Status report: recruitment for the computer vision role has been open for nine months.
Outcome review: pilot was run by an intern cohort; after they left no one could explain the results.
Thanks all. Summary: the model is half done, the person who was doing it is now on the payments migration full-time.
Deprioritised until the new hires complete onboarding; realistically not before summer.
Not progressed: the vendor's lead data scientist left the vendor and the replacement did not get up to speed.
Vendor escalation: we were promised a client-side data engineer for the integration work; the role was never filled.
Closure: the business lacks anyone who can label and review the cases with enough domain knowledge.
Minutes: team capacity is at 20% of plan due to attrition; committee agreed to pause rather than dilute.
Status: amber. The only person with admin rights and know-how on the feature store is on parental leave until April.
Hi Sara, can you confirm whether anyone in Group Analytics knows time-series forecasting? Ours left and the backlog is frozen.
The committee noted repeated delays caused by the team learning the cloud platform on the job.
Registry: stopped. Core team reassigned to the core banking programme; no replacement resources.
Outcome: the handover to BAU failed - the run team has no ML background and could not support the model.
On ice. Without a platform engineer nobody can set up the environments and the data scientists are waiting idle.
Portfolio board agreed to close; the capability is not there and building it is a multi-year exercise.
Minutes: two analysts attended a four-day course; this was considered insufficient to own the churn model.
Status update - still no one to replace Ingrid. The retraining has been skipped twice.
Deprioritised: the hospital's informatics team is three people and all are tied up with the EPR upgrade.
Vendor note: client asked us to leave a model their staff could run, but nobody on their side can read the code.
Closing. We tried to do this with generalist developers and underestimated the specialist skills needed.
Status report: the data science lead has been seconded to the regulator project for six months.
""",
"es": """
En la administración no existe la categoría de científico de datos en la relación de puestos y no se puede contratar a nadie con ese perfil.
Motivo de cierre: la única persona que sabía manejar el clúster de Spark pidió una excedencia.
La consultora cambió a medio equipo en verano y los nuevos no conocen ni el negocio ni el código.
Acta: el equipo offshore programa lo que se le pide pero nadie allí entiende cómo funciona una póliza de decesos.
Estado ámbar. Hemos perdido a tres analistas este año, todos se fueron a empresas tecnológicas que pagan el doble.
Hola, nadie del equipo sabe evaluar si las respuestas del asistente son buenas o malas. Necesitamos a alguien que sepa de esto.
La formación en la nueva plataforma de nube no se aprobó y el equipo va aprendiendo a base de errores.
La dirección de Recursos Humanos no permite contratar en remoto y en la provincia no hay perfiles de ingeniería de datos.
Aparcado: el equipo de BI domina los informes, pero nunca ha puesto un modelo en marcha ni sabe cómo mantenerlo.
La analista que conocía el proceso de siniestros se jubiló y se llevó el conocimiento de las reglas de negocio.
Informe de cartera: sin perfiles de MLOps en la casa y con la subcontratación limitada por el acuerdo marco.
El proveedor solo tiene técnicos que hablan inglés y el equipo del cliente no puede seguir las sesiones.
Buenas, Pilar está de baja de maternidad y era la única con conocimientos de visión artificial. El proyecto espera a su vuelta.
Se despriorizó porque el informático del hospital dedica todo su tiempo a mantener la historia clínica.
El becario de la universidad terminó las prácticas en junio y el modelo se quedó sin nadie que lo entienda.
La ingeniera de datos está repartida entre nueve proyectos y a este le dedica medio día a la semana.
Cerrado: montar un equipo de datos propio era condición del proyecto y no se llegó a hacer.
Los técnicos de la planta no tienen formación para revisar las alertas del modelo y las ignoran por no saber qué significan.
El nuevo responsable de analítica viene del mundo de los informes financieros y nunca ha entrenado un modelo.
La convocatoria para el puesto de ingeniero de aprendizaje automático quedó desierta dos veces.
El traspaso de conocimiento del proveedor consistió en un documento de 8 páginas; internamente nadie puede tocar el código.
La rotación en el equipo de datos ha sido del 60 % en un año.
""",
"it": """
Il concorso per assumere un data scientist in Regione richiede almeno 18 mesi; nel frattempo il progetto è fermo.
Chiusura: i due sviluppatori che conoscevano il codice sono andati a lavorare a Monaco.
La società di consulenza ci ha mandato profili junior appena laureati, senza esperienza di produzione.
Verbale: nel reparto nessuno sa scrivere una query SQL, quindi ogni richiesta passa dall'IT con settimane di attesa.
Stato giallo. Lo statistico che aveva costruito il modello di rischio è andato in pensione e il codice è in SAS senza commenti.
Ciao, il contratto a termine dei due data engineer è scaduto a settembre e non è stato rinnovato.
La nuova piattaforma Azure è stata scelta dalla capogruppo, ma qui nessuno l'ha mai usata.
Il team offshore non ha il contesto del dominio assicurativo e le feature proposte sono spesso senza senso.
Depriorizzato: le persone con competenze di computer vision sono state tutte spostate sul progetto qualità dell'altra sede.
Il responsabile del progetto è un bravissimo project manager, ma nessuno nel gruppo sa valutare un modello.
La formazione prevista è stata tagliata e il team impara su YouTube.
Non riusciamo a trattenere nessuno: le offerte da Milano e dall'estero sono fuori portata per noi.
Ciao Luisa, c'è qualcuno in gruppo che sappia mettere in produzione un modello? Noi sappiamo costruirlo, non farlo girare.
Le tirocinanti del politecnico hanno fatto un ottimo lavoro, ma sono andate via e il modello non lo sa aggiornare nessuno.
Il passaggio di consegne dal fornitore è stato di mezza giornata; il codice per noi è una scatola nera.
Il nostro unico esperto di serie storiche è in burnout e in malattia da due mesi.
La documentazione è in inglese tecnico e il personale di stabilimento non riesce a seguirla.
Il team dati è passato da sei a due persone in un anno e le richieste sono triplicate.
Chiuso: per proseguire serviva una competenza di ottimizzazione matematica che non abbiamo e non troviamo.
Nessuno nell'area crediti conosce abbastanza il modello per spiegarlo all'ispettore.
La ricerca di un MLOps engineer è aperta da dieci mesi, zero candidati idonei.
La persona che faceva da ponte tra business e tecnici ha lasciato l'azienda e i due mondi non si parlano più.
""",
"pt": """
Os dois engenheiros de dados emigraram para a Holanda no mesmo trimestre.
Motivo de encerramento: com os salários da função pública não conseguimos contratar nenhum perfil de ML.
A consultora nearshore rodou a equipa três vezes e cada nova equipa começa do zero.
Ata: na ilha não há engenheiros de dados disponíveis e a empresa não aceita trabalho remoto.
Estado amarelo. A equipa de BI trabalha em Excel e Power BI; ninguém sabe Python nem Git.
Oi, o conhecimento todo está no fornecedor. Se o contrato acabar, ninguém cá dentro sabe mexer no modelo.
A cloud escolhida pela TI é nova para toda a gente e as formações foram cortadas do orçamento.
Os bolseiros do projeto de investigação acabaram as bolsas e foram-se embora.
Despriorizado: a nossa única cientista de dados aceitou uma proposta de uma startup em Lisboa.
A pessoa que fazia as etiquetas com conhecimento clínico passou para outro serviço.
A equipa de dados tem duas pessoas para trinta pedidos abertos.
Ninguém na equipa sabe o que é MLOps, quanto mais montá-lo.
Boa tarde, a contratação está congelada até junho e sem engenheiro de plataforma não conseguimos avançar.
Fizemos quatro entrevistas para a vaga de NLP e nenhum candidato passou no teste técnico.
O arquiteto que conhecia a integração está de baixa prolongada e não deixou documentação.
Os técnicos de manutenção não têm formação para interpretar as previsões e ninguém lha deu.
Encerrado: a competência em visão computacional não existe na empresa e o comité não autorizou subcontratar.
Os estagiários que montaram o protótipo saíram em julho e o código ficou sem dono técnico.
O novo diretor de dados vem da contabilidade e não tem experiência em projetos de modelos.
A saída do líder técnico deixou a equipa sem ninguém com experiência em produção.
A rotatividade na equipa de analítica passou dos 50% este ano.
O atuário que validava os resultados reformou-se e o substituto ainda está a aprender o produto.
"""}
