LABEL = "SECURITY_COMPLIANCE"
S = {"en": """
SteerCo noted the DPIA has been with the DPO since May; the pilot cannot process patient notes until it is signed.
Closure reason: Legal concluded that the call recordings were collected under a consent that does not cover model training.
Status amber. Works council has asked for a full consultation before any model scores employee performance; timeline unknown.
Minutes 19/06: model risk management classified the pricing model as tier 1. Validation queue is currently eight months.
Parked pending clarity on data residency; the vendor's inference endpoint is hosted outside the EU.
Penetration test found the chatbot could be prompted to reveal other customers' addresses. Go-live withdrawn.
Deprioritised. The AI Act assessment put the CV screening tool in the high-risk category and HR does not want to carry that.
Registry: stopped at deployment gate - security architecture review not passed (secrets in code, no network segmentation).
Hi all, CISO has blocked outbound calls to the LLM provider from the corporate network until the vendor assessment is complete. Expect delays.
Finance controller: the audit committee asked that no model touch the provisioning numbers until internal audit has reviewed it. We are waiting.
Vendor comment: the client's procurement requires ISO 27001 for all subprocessors; our GPU host does not have it. Contract paused.
Outcome: not progressed; regulator guidance on automated credit decisions changed mid-project and the design no longer complied.
Minutes: legal hold on the litigation archive means the documents cannot be copied into the training environment.
Status red. Clinical safety officer refuses to sign the hazard log for the triage assistant in its current form.
On hold while the ethics board reviews the use of location data from staff phones.
The information governance board has not met since September, so the data sharing agreement with the trust remains unsigned.
Portfolio review: three GenAI pilots blocked at the same point - no approved policy for sending internal documents to external models.
Hey, Compliance just told us we can't use the transaction narratives because of banking secrecy in the Swiss entity. Scope reduced to nil.
Closure note: data protection authority inquiry opened after a complaint; all processing for the project suspended indefinitely.
The sponsor accepted the recommendation to stop: explainability requirements from the model validation team cannot be met with the chosen approach.
Minutes item 2: the export-control review flagged that the supplier's model weights are developed in a restricted jurisdiction.
Parked. Cyber insists on an on-prem deployment; the vendor only offers SaaS.
Status: waiting on the records retention policy. Until it is issued we may not store the chat logs we need.
Registry closure: failed second-line risk review (bias testing incomplete for protected characteristics).
Outcome review: the union objected to automated shift allocation and the works agreement does not allow it.
Thanks for joining. Key decision: no production release until the Art. 35 assessment is finalised. Legal aims for Q2 but no promise.
Vendor escalation: client security questionnaire has 412 questions and the answers have been under review for 14 weeks.
Not progressed - insurance regulator expects prior notification of models used in underwriting; notification not filed.
Status report: procurement legal is still negotiating the data processing agreement; the pilot cannot receive real data meanwhile.
Minutes: IT security raised that model outputs would be cached on a third-party CDN; the architecture has to be redone.
Deprioritised. The audit found personal data in the training set that had been supposed to be anonymised.
Closing. Compliance could not accept a model whose decisions the bank would be unable to explain to the customer.
Hi Priya, update from the risk forum: they want the model inventory entry, the validation report and the fairness analysis before they discuss it again.
Steering group informed that the public procurement rules require a new tender before the pilot can move into live use.
On ice pending the outcome of the group's AI policy review; no new use cases involving customer data until then.
Status: blocked. Pharmacovigilance says any signal the model detects would have to be reported, and no one has agreed a process.
The DPO's view is that face blurring on the CCTV footage is not sufficient; project parked.
Registry: cancelled after the Schrems II review - vendor could not guarantee no transfer to the US.
Minutes: model governance committee declined approval; documentation of training data lineage was incomplete.
Outcome: pen test findings (prompt injection via uploaded PDFs) not remediated by the vendor within the contract window.
Portfolio note: legal advised that generated product descriptions could infringe the marketplace's copyright terms. Halted.
Finance controller comment: SOX controls over the reconciliation would have to be redesigned if the bot posts entries. Not this year.
Parked pending the national health data access approval, typically 9-12 months.
Status amber: the access review found the service account had read rights on all HR tables; pilot suspended until fixed.
""",
"es": """
El servicio en la nube no tiene la certificación del Esquema Nacional de Seguridad y sin ella no puede tratar datos del ayuntamiento.
Motivo de cierre: el CEIm no aprobó el uso de historias clínicas para el estudio sin consentimiento específico.
Estado ámbar. La AEMPS podría considerar la herramienta producto sanitario y nadie quiere asumir el marcado CE.
Acta: el Banco de España pidió documentación del modelo de scoring que todavía no existe; paso a producción congelado.
El reconocimiento de emociones en el call center es práctica prohibida según la Ley de IA. Se cancela sin más discusión.
Hola, Seguridad dice que las claves de cifrado tienen que estar en nuestro HSM y el proveedor no lo soporta. Bloqueados.
La AEPD sancionó a otra entidad por algo parecido y Jurídico ha pedido parar hasta revisar el caso.
Los sindicatos no firman que se analicen las grabaciones de los agentes con fines de evaluación.
Aparcado: los datos de alumnos menores requieren consentimiento de los padres y el colegio no lo recogió.
El control de acceso biométrico de los gimnasios necesita una base legal que el área jurídica no encuentra.
La CNMV exige trazabilidad de cada recomendación de inversión y el asistente no la guarda.
El SOC exige que todas las peticiones al modelo queden registradas en el SIEM y el proveedor no ofrece esos registros.
Según Cumplimiento, el asistente de redacción no puede ver expedientes sujetos a secreto de sumario.
Se retiró la cámara de conteo de clientes después de que la AEPD recordara las normas de videovigilancia en tiendas.
El contrato con el proveedor de IA no pasa la revisión de Compras por la cláusula de uso de nuestros datos para mejorar su modelo.
Buenas, Auditoría externa ha marcado como hallazgo grave que el equipo de datos tenga acceso a producción sin segregación. Todo parado hasta corregirlo.
Los textos de prensa que usábamos para entrenar tienen derechos de autor y la asociación de editores ha reclamado.
La decisión automatizada de bajas de suministro choca con el artículo 22 del RGPD; hace falta intervención humana y el proceso no la prevé.
El comité de seguridad del hospital no autoriza que los datos salgan a una nube con sede en Estados Unidos.
Se despriorizó tras el informe del DPD: la seudonimización propuesta permite reidentificar a los pacientes con tres campos.
La certificación ISO 27001 de la filial caducó y el proyecto no puede recibir datos de clientes hasta renovarla.
Cerrado: la evaluación de impacto concluyó riesgo alto residual y no hubo forma de mitigarlo.
""",
"it": """
Il Garante ha chiesto chiarimenti sul trattamento dei dati vocali e il progetto è fermo finché non rispondiamo.
Chiusura: l'analisi dei dati di geolocalizzazione dei furgoni ricade nell'art. 4 dello Statuto dei lavoratori e manca l'accordo sindacale.
Stato giallo: IVASS va informata prima di usare il modello in sottoscrizione e la comunicazione non è ancora partita.
Verbale: il fornitore cloud non è qualificato presso l'ACN, quindi niente dati della pubblica amministrazione.
Il software di supporto alla diagnosi rientra nel regolamento MDR e servirebbe la marcatura CE.
Ciao, il comitato etico dell'ospedale si riunisce ogni due mesi e ci ha rimandati alla seduta di gennaio.
La Banca d'Italia ha chiesto di rivedere la governance dei modelli interni prima di introdurne di nuovi.
L'algoritmo di prezzo dinamico è stato segnalato dall'Antitrust come possibile rischio di coordinamento; sospeso.
Il fornitore elabora i dati in India e non ci sono clausole contrattuali standard firmate.
In attesa: gli adempimenti NIS2 impongono una valutazione del rischio sui fornitori ICT che non è stata fatta.
L'anonimizzazione del dataset è stata giudicata insufficiente dal DPO: con data di nascita e CAP si risale alle persone.
Consob chiede che ogni consiglio di investimento sia spiegabile al cliente e il modello non lo permette.
Gli editori hanno contestato l'uso degli articoli per addestrare il modello di sintesi.
Il collegio sindacale ha chiesto un parere legale sull'uso dell'IA nelle verifiche contabili. Tutto fermo fino al parere.
Ciao Marta, la Compliance dice che il sistema di whistleblowing non può essere analizzato da un fornitore esterno. Fine della storia.
Il responsabile della sicurezza ha bloccato il plugin del browser perché invia testo dei documenti all'esterno.
La piattaforma non garantisce la conservazione dei log degli amministratori di sistema richiesta dal Garante.
Revisione di secondo livello non superata: mancano i test di equità per genere ed età.
L'audit ICT ha trovato credenziali del database in chiaro nel repository e il progetto è stato sospeso.
La normativa sulle cartelle cliniche impone la conservazione in Italia e il servizio del fornitore è a Francoforte.
Depriorizzato: il rischio legale sulle risposte errate del chatbot ai contribuenti è stato giudicato troppo alto.
Chiuso dopo il parere negativo della funzione Risk Management sul modello di rating.
""",
"pt": """
A CNPD pediu esclarecimentos sobre a base legal do tratamento e o projeto parou até responder.
Motivo de encerramento: o Banco de Portugal exige notificação prévia da subcontratação em cloud e o processo não foi iniciado.
Estado vermelho: a ASF considera que a tarifação automática precisa de validação independente que ainda não existe.
Ata: o Infarmed pode classificar a app como dispositivo médico e ninguém quer assumir esse risco agora.
A comissão de ética do centro hospitalar só volta a reunir em fevereiro.
Olá, segundo o regulamento DORA o fornecedor tem de entrar no registo de prestadores críticos e a equipa de risco ainda não o avaliou.
O fornecedor de cloud não consta da lista aprovada pela segurança do grupo.
O parecer jurídico sobre os termos de serviço do LLM concluiu que não podemos enviar documentos sujeitos a segredo profissional.
O sindicato dos enfermeiros contestou o uso de dados de turnos para prever absentismo.
O Tribunal de Contas ainda não deu o visto ao contrato e sem visto não se pode pagar nem arrancar.
As impressões digitais do sistema de ponto não podem ser reutilizadas para outro fim, segundo o jurídico.
Parado: a auditoria de segurança ao fornecedor encontrou vulnerabilidades críticas por corrigir.
A segurança exige que todos os prompts e respostas fiquem guardados cinco anos e o serviço não o permite.
O segredo médico impede que os resumos das consultas sejam processados fora do hospital.
O red team conseguiu fazer o assistente divulgar instruções internas de combate à fraude. Suspenso.
Bom dia, o DPO não aceita o período de retenção proposto para as gravações. Até haver acordo não há piloto.
A CMVM lembrou que recomendações de investimento automatizadas exigem registo próprio.
A Entidade Reguladora da Saúde abriu averiguação depois de queixas sobre a triagem automática.
A avaliação de impacto concluiu risco elevado para os direitos dos trabalhadores e o projeto foi travado.
O contrato com o fornecedor não prevê auditorias da nossa parte, o que a compliance não aceita.
Os dados de processos judiciais estão em segredo de justiça e não podem ser usados no treino.
Encerrado depois de a segunda linha de defesa recusar o modelo por falta de documentação.
"""}
