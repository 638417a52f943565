LABEL = "SECURITY_COMPLIANCE"
S = {"en": """
happy monday. ugh dpo still hasnt signed the dpia, its been sitting there since may. pilot cant start without it
tbh the works council wont agree to anything that scores employees, so the shift model is dead
fwiw infosec flagged the llm vendor, data leaves the eu, so thats a no
bad news folks. pen test found 3 criticals in the scoring api, go-live pulled. more at standup
model risk wants a full validation pack before credit can use it, thats 4 months minimum
legal says we cant use call recordings for training, consent only covers quality monitoring
so the AI act classification came back as high risk and now we need a conformity assessment
cant put patient data in the cloud workspace, data residency rules. back to square one
the audit found we had prod customer data in a dev bucket. everything frozen
security review queue is 11 weeks. we're number 23
honestly the ciso just said no to any external gpt api, full stop
we're on legal hold for the claims archive because of the lawsuit, cant touch it
re the hr chatbot: betriebsrat wants co-determination first, no date for the meeting
fwiw the regulator asked about explainability and we had nothing, so credit pulled it
renewal call moved to 3pm. the vendor still wont sign our data processing agreement, so procurement is stuck
ugh privacy says pseudonymisation isnt enough, needs full anonymisation, model accuracy would tank
compliance needs a human in the loop for every decision, which kills the business case... and the pilot
iso 27001 audit next month so all new tools frozen, incl ours
the bank's model governance committee deferred it again, "insufficient documentation"
so the face detection at the gates - legal stopped it, biometric data
notes from legal sync: cant use the telematics data without new consent from every driver. not happening this year
third party risk assessment on the startup failed, they have no soc2
the gdpr article 22 question is still open with legal, nobody will decide
standup: ethics board meeting moved again. until they approve, we cant run the pilot on live patients
security wants all prompts logged and retained 7 yrs, vendor cant do that
Stopped: DPIA not approved
On hold – pending works council agreement
Parked. Legal review of training data use outstanding
Closed – data residency requirements not met
Blocked by InfoSec: vendor hosting outside EU
Paused pending model risk validation
Cancelled after failed penetration test
On hold: AI Act high-risk classification, conformity work unfunded
Stopped – consent does not cover secondary use
Suspended – audit finding on data handling
Parked; CISO veto on external LLM APIs
Closed: regulator concerns on explainability
On hold – legal hold on source records
Waiting for DPA signature from supplier
Cancelled – biometric processing not permissible
Paused: ethics committee approval pending
Stopped. Third-party risk assessment failed
On hold, security review backlog (est. Q3)
Closed – GDPR Art. 22 concerns unresolved
Parked pending privacy sign-off since Q2
Blocked: model governance board deferred approval
Stopped – retention and logging requirements unmet
On hold: co-determination procedure open
Closed; compliance requires manual review of every case
Cancelled – export control restrictions on model
""", "de": """
der personalrat im jobcenter hat das thema auf die lange bank geschoben, ohne dienstvereinbarung geht nix
ehrlich gesagt hat der isb den llm-piloten im stadtwerk wegen kritis-auflagen gestoppt
ugh die bafin-prüfer wollen für das tarifmodell eine komplette modelldokumentation nach marisk
fwiw im klinikum verlangt die ethikkommission ein neues votum, weil wir echte patientendaten nutzen
das ki-verordnungs-gutachten sagt hochrisiko, dafür haben wir weder zeit noch leute
Ruht: Dienstvereinbarung mit Personalrat ausstehend
Eingestellt – KRITIS-Vorgaben verbieten Cloud-Betrieb
Zurückgestellt, Votum Ethikkommission offen seit 06/2026
Gestoppt nach Prüfung durch Konzerndatenschutz
Pausiert: Auftragsverarbeitungsvertrag nicht unterschrieben
On hold – Modellvalidierung MaRisk nicht bestanden
""", "fr": """
la cnil a été saisie par un adhérent, la direction a tout suspendu par prudence
franchement le rssi refuse toute donnée voyageur sur un cloud américain
réunion avec les RH finie. le cse n'a pas été consulté avant le pilote en magasin, on doit tout reprendre
ugh l'audit interne a trouvé des données clients dans un environnement de recette
à la mairie le délégué à la protection des données veut une aipd par traitement, on en a trois à faire
Suspendu : avis du CSE requis avant déploiement
En attente de la validation du DPO (AIPD v2)
Abandonné – hébergement non conforme SecNumCloud
Arrêté après constat d'audit sur les données de recette
Gelé, contrôle de l'ACPR en cours sur les modèles
Clôturé – finalité non couverte par le consentement adhérent
""", "es": """
el comité de empresa de la operadora pidió parar todo lo que mida a los técnicos
ugh seguridad no deja que los datos de huéspedes salgan a un proveedor de ia externo
la verdad el ayuntamiento necesita informe del delegado de protección de datos y está de baja
el banco de españa pidió documentación del modelo y no la teníamos
el pentest de la app de cooperativistas salió con dos críticas, parado
En espera de informe del DPD
Suspendido por requerimiento del supervisor
Cancelado – datos de huéspedes no pueden salir de la UE
Parado: comité de empresa no da conformidad
Bloqueado tras auditoría interna de privacidad
Cerrado, clasificación de alto riesgo según el reglamento de IA
""", "it": """
i sindacati del porto hanno chiesto di fermare tutto finché non c'è un accordo
onestamente il dpo dell'asl non firma finché non anonimizziamo anche le note dei medici
buongiorno a tutti. ugh ivass ha chiesto chiarimenti sul modello di pricing e compliance ha congelato tutto. aggiorno appena so
il responsabile sicurezza ha bocciato il fornitore di chatbot, server negli usa
Sospeso: parere del DPO negativo
Fermo in attesa dell'accordo con le RSU
Chiuso – rilievi critici al penetration test
In pausa per verifica IVASS
Annullato: trasferimento dati extra UE non ammesso
Rinviato, valutazione d'impatto da rifare
Bloccato dall'audit interno su conservazione dati
""", "pt": """
o encarregado de dados do hospital não liberou os prontuários para treino
o banco central pediu documentação do modelo de crédito e o jurídico travou tudo
Parado: parecer da LGPD pendente
Suspenso após auditoria de segurança
Encerrado – dados não podem sair do país
""", "nl": """
de ondernemingsraad van de woningcorporatie wil eerst een adviesaanvraag, dat duurt maanden
eerlijk gezegd heeft de fg van de gemeente de dpia teruggestuurd, profilering van burgers
ugh de ciso van het waterschap blokkeert alles in de cloud sinds het incident
de toezichthouder wil uitleg over het kredietmodel, compliance heeft het project stilgezet
Gestopt: DPIA afgekeurd door FG
On hold – adviesaanvraag OR loopt
Geparkeerd na bevindingen uit pentest
Afgesloten: profilering van burgers juridisch niet houdbaar
Gepauzeerd tot juridische toets verwerkersovereenkomst
Beëindigd – hoog risico onder AI-verordening
Wacht op akkoord van security officer
"""}
