LABEL = "INTEGRATION"
S = {"en": """
SteerCo noted that the mainframe policy system exposes no API and the only option is screen-scraping, which IT Security will not accept.
Closure reason: the model output could not be written back into Guidewire without a change request the vendor quoted at nine months.
Status amber. The scheduling tool used by the depots has no interface; planners would have to re-key the recommendations.
Minutes 07/11: the EHR supplier will only open the HL7 interface in their 2027 release. Triage pilot parked pending clarity.
Parked. The scoring works, but the claims workflow in ClaimCentre has nowhere to show a score to the handler.
The core banking batch runs once a night and the fraud model needs answers in seconds. No way to wire it in without a re-platforming.
Hi all, the SAP team says the custom BAPI we need is frozen until the S/4 migration completes. So we wait.
Vendor comment: our connector supports Salesforce; the client runs a home-grown CRM from 2009 with a SOAP interface nobody can document.
Deprioritised - integrating with the warehouse management system would require the WMS vendor, who is not under contract for changes.
Registry: stopped at engineering. Could not connect to the legacy billing platform; interface team booked until next year.
Outcome: the pilot ran in a side window that agents had to copy-paste into. Embedding it in the desktop was never possible.
Finance controller: the invoice-matching bot needs a live feed from Coupa and the ERP; the middleware licence to do that was never bought.
Minutes: the committee was told the MES exposes data only through nightly CSV drops, so real-time quality alerts are not achievable.
Status red. Three months waiting for the API gateway team to publish the customer-master endpoint.
The chatbot answers well in the demo but cannot see order status, because the OMS is only reachable through the old ESB which is being decommissioned.
Closing. Every integration point touches a system owned by a different BU and no one would prioritise the interface work.
Sponsor update: the model is ready, the integration is not. Go-live moved to after the contact centre platform replacement.
Portfolio note: pilot delivered recommendations by email; wiring them into the planning tool was estimated at 4x the pilot cost.
Hey, quick one. Turns out the network inventory system only accepts changes through its own GUI. No API at all. Not sure how we proceed.
On hold: the GIS used by field crews cannot consume external layers, so the predicted leak zones cannot be shown to anyone.
Minutes item 5: interface specification with the pharmacy system rejected twice by the supplier. Workstream paused.
Outcome: results were valid but stayed in a separate portal; underwriters never left their core system to look at it.
Registry closure: required a two-way link to the trading platform; vendor declined to certify third-party plugins.
Status report: blocked on the identity provider. The assistant cannot pass user context to the document store.
The committee agreed the approach is sound, but the integration with 14 regional ticketing systems is not feasible in this budget year.
Thanks all. Summary of today: model good, data good, but the PLC network is air-gapped and OT won't allow a bridge. Parked.
Deprioritised after discovery showed the HR platform only supports a monthly flat-file export.
Vendor: we need write access to the order book to apply the predicted quantities. Client IT can offer read-only via a replica. Stalemate.
Not progressed; the routing recommendations could not be pushed to the drivers' handhelds, which run a locked firmware.
Parked pending the API modernisation programme; no date given.
Minutes: the team demonstrated the model inside a mock-up screen. Building the same in the real policy admin system was not estimated.
Status: waiting for the EDI team to map the new fields. They have a backlog of 200 partner changes ahead of us.
Closure note - the loyalty platform is outsourced and the provider charges per interface change; the business case did not survive that.
Hi Tom, can we talk about the POS? The tills only sync overnight so any in-store recommendation is a day late. That kills the use case.
The sponsor acknowledged that the workflow engine cannot call external services, so the classifier result was emailed to a shared inbox instead.
Outcome review: integration with the lab's LIMS was assumed in the plan and discovered at week 10 to require a vendor-led project.
Registry: cancelled. Legacy document management system is end-of-life and will not receive new connectors.
Status update: data flows in, predictions flow nowhere. The downstream dispatch system cannot receive them.
Minutes, AOB: the interface between the telematics box and the fleet system is proprietary and the supplier wants a new contract.
Steering group: pilot scores cannot be matched back to customer records because the two systems use different customer keys and no cross-reference exists.
Deprioritised. Embedding in Outlook needs an add-in the workplace team will not deploy this year.
The demand forecast cannot be fed into the replenishment engine; the engine only takes its own statistical output.
Parked. Would need changes to the 1990s COBOL billing run and nobody wants to touch it.
From the vendor: the client's single sign-on does not support our protocol, so users would need a second login. Client refused.
""",
"es": """
La cooperativa trabaja con un AS/400 de 1998 y la única salida de datos es un listado en impresora virtual.
Motivo de cierre: el sistema de tributos municipal no admite que otra aplicación escriba en los expedientes.
Estado ámbar: el robot de dispensación de farmacia solo habla su propio protocolo y el fabricante no lo documenta.
Acta: la centralita del contact center no permite mostrar datos externos en la ficha del agente sin comprar otro módulo.
Hola, el Navision de la filial canaria está tan personalizado que el conector estándar no lee los pedidos.
La tienda online va sobre una versión de Magento que ya no admite módulos nuevos.
El sistema portuario solo intercambia mensajes EDIFACT y nuestro modelo devuelve JSON; nadie tiene presupuesto para el traductor.
El proveedor de nóminas solo permite intercambiar ficheros por SFTP una vez al mes.
Aparcado: la API del proveedor de mapas tiene un límite de peticiones que se agota a media mañana.
Las aplicaciones de ventanilla están hechas en Oracle Forms y no se pueden modificar sin el integrador original, que ya no existe.
Los TPV de los restaurantes del grupo no mandan ventas hasta el cierre de caja.
El sistema de aduanas exige certificados de conexión que solo tiene el transitario, no nosotros.
Se despriorizó al ver que para enviar las alertas al sistema de mantenimiento había que pasar por la cola de mensajería, saturada desde el verano.
La plataforma de radiología no acepta resultados de terceros en el informe, solo como documento adjunto que nadie abre.
Buenas, os confirmo que el ERP no tiene webhooks: tendríamos que consultar cada cinco minutos y el proveedor lo prohíbe por contrato.
El simulador de tarifas está metido en una hoja de cálculo compartida que usan 300 comerciales; no hay dónde enganchar el modelo.
Los datos de la app de clientes y los de la web van a dos bases distintas sin identificador común.
Cerrado: conectar con los 17 sistemas autonómicos de historia clínica era inasumible.
El integrador del gestor documental pide tres meses y una licencia extra para abrir un servicio de lectura.
El modelo de averías necesita las órdenes de trabajo del sistema de campo, que es de un contratista y no da acceso.
Las recomendaciones llegan al móvil del comercial por SMS porque la app corporativa no se puede tocar hasta 2026.
El sistema de tacógrafos de la flota exporta en un formato binario propio y no hay lector disponible.
""",
"it": """
Il PACS dell'ospedale accetta referti esterni solo come PDF allegato, per cui l'indicazione del modello non entra nel flusso del radiologo.
Chiusura: lo SDI della fatturazione elettronica è gestito da un intermediario che non espone i dati in tempo utile.
Il gestionale delle concessionarie auto del gruppo è diverso per ogni marchio e non parla con il CRM centrale.
Verbale: il CUP regionale non consente a sistemi esterni di proporre slot alternativi ai pazienti.
Ciao, il modulo paghe di Zucchetti non ha un'API per leggere i turni, solo un'esportazione a fine mese.
Il MES di reparto è chiuso e il fornitore vuole un contratto nuovo per aprire un'interfaccia OPC.
Lo SCADA dell'acquedotto sta su una rete separata e nessuno autorizza il passaggio dei dati verso l'analitica.
In sospeso: il middleware TIBCO è in dismissione e quello nuovo non è ancora pronto per i flussi di produzione.
Il mainframe assicurativo elabora le polizze in batch notturno e non prevede di ricevere una segnalazione durante il giorno.
La banca usa un front-end di filiale che non si può modificare senza il fornitore, che ha un arretrato di un anno.
Il CRM Dynamics on-premise è tre versioni indietro e il connettore del fornitore non lo supporta.
Depriorizzato: per mostrare il suggerimento al cassiere serve una modifica al software di cassa che costa più del progetto.
Lo strumento di dispatching dei tecnici non accetta priorità calcolate da fuori.
Il portale fornitori è di una terza parte che non dà accesso né in lettura né in scrittura.
Ciao Francesca, il sistema di prenotazione delle sale operatorie lo gestisce la Regione e non apre interfacce. Come andiamo avanti?
I dati del data lake non arrivano al sistema di gestione reclami: sono due mondi separati e nessuno ha costruito il ponte.
Le raccomandazioni dovrebbero comparire nell'app dell'agente, ma l'app è sviluppata da un fornitore esterno fuori contratto.
Il sistema dei magazzini robotizzati ha un'interfaccia proprietaria e il produttore tedesco non rilascia le specifiche.
Il servizio web del catasto ha limiti di chiamate giornalieri troppo bassi per il volume di pratiche.
L'integrazione con la piattaforma pagamenti richiederebbe una nuova certificazione del circuito, da sei a nove mesi.
Chiuso: il gestionale di laboratorio è fuori supporto e non verrà più aggiornato.
Lo scambio dati con i distributori avviene via file Excel per email; nessuno ha mai automatizzato il flusso.
""",
"pt": """
O SAP IS-U da distribuidora só aceita alterações através de transações próprias e a equipa SAP não tem tempo para desenvolver.
Motivo de encerramento: o sistema de bilhética do metro não deixa sair dados de validações em tempo real.
Estado amarelo: a app do banco é mantida por um fornecedor externo e cada alteração de ecrã tem de ir a concurso.
Ata: o SClínico não permite inserir alertas de sistemas externos no processo do doente.
Olá, as aplicações feitas em OutSystems não têm forma fácil de chamar o nosso serviço de pontuação, e a equipa de low-code está cheia.
O sistema OSS da operadora é de um fornecedor que cobra cada integração como projeto à parte.
O TMS da transportadora só recebe ordens por ficheiro às 6h da manhã; ajustes ao longo do dia não entram.
O ERP Primavera das lojas franchisadas não está ligado ao central e cada loja envia o fecho por email.
Parado: o portal da Autoridade Tributária não tem serviço para consultar o que precisávamos e a alternativa era ler ecrãs.
O terminal portuário usa um sistema que só a concessionária pode alterar.
As personalizações do Oracle EBS são tantas que ninguém sabe onde entraria a sugestão do modelo.
Os POS dos restaurantes são de três fabricantes diferentes, cada um com o seu formato.
Despriorizado: o certificado de cliente exigido pela API do parceiro só pode ser emitido pela sede em Madrid e está parado há meses.
A pontuação de risco devia aparecer no backoffice de crédito, mas esse ecrã é de um pacote fechado.
Boa tarde, o PHC da fábrica não tem API e a base de dados está encriptada pelo fornecedor. Estamos presos.
O marketplace só aceita atualizações de preço por carregamento manual de ficheiros.
O sistema de gestão de frota e o de manutenção não partilham o número do veículo da mesma forma.
A plataforma de e-learning, onde o assistente devia aparecer, não aceita componentes externos.
Cancelado: ligar o modelo às 40 câmaras municipais, cada uma com software de atendimento diferente, não é viável.
Os dados das balanças de pesagem nas entradas só ficam no PC local de cada balança.
O BSS da operadora é uma caixa negra e o fornecedor quer exclusividade em qualquer integração.
O sistema de turnos da enfermagem é uma folha partilhada; não há nada a que ligar o modelo.
"""}
