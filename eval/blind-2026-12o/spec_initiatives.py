"""Hand-written spec of the 80 initiatives of blind set 2026-12o (as-of 2026-10-01).

Sites: W = water utility "Rhein-Lahn Wasser" (German), S = insurance claims "Seguradora Atlântida" (Portuguese),
U = university administration "Northgate University" (English). One group-wide registry (a shared-services AI
inventory), three Jira sites.

Per initiative:
  id, site, key (own Jira project key, or the shared project for label/epic-key linked ones), name, business unit,
  technique, build_or_buy, outcome (P=IN_PRODUCTION, A=ACTIVE, S=STALLED, C=CANCELLED), furthest stage
  (D,S,P,E,Y,O), cause (None unless failed), extra acceptable causes, idle days (as-of minus last Jira activity),
  shape (e1: one epic per stage, one story each; e2: two stories per stage; one: a single epic, stage as a tag in
  story titles; flat: no epics, stage only in labels/components/sprints), evidence pieces (placement, text)
  with placement c = comment on the furthest stage's stories (round robin), d = description of the furthest story,
  p = comment on the previous stage's story, e = comment on the furthest epic; closure reason; flags.
Flags: hold (registry 'On hold', Jira on-hold status), lag (registry stage one behind the work), nokpi (success_kpi
empty), label (linked only by label initiative:<id>, registry jira_keys empty), epickey (registry jira_keys = the
initiative's epic keys in a shared project), chatty (four chatter comments), good (a good-news comment), retired.
"""

I = []


def add(id_, site, key, name, bu, tech, bob, out, stage, cause, acc, idle, shape, ev=(), closure="", flags=""):
    I.append(dict(id=id_, site=site, key=key, name=name, bu=bu, tech=tech, bob=bob, out=out, stage=stage,
                  cause=cause, acc=acc, idle=idle, shape=shape, ev=list(ev), closure=closure,
                  flags=set(flags.split())))


# ---------------------------------------------------------------- W: Rhein-Lahn Wasser (German)
add("BO-01", "W", "LECK", "Leckageortung Rohrnetz Zone Nord", "Netzbetrieb", "anomaly-detection", "build",
    "P", "O", None, "", 4, "e2", flags="good")
add("BO-02", "W", "VPRO", "Verbrauchsprognose Tagesgang", "Wassergewinnung", "forecasting", "build",
    "S", "P", "DATA_READINESS", "", 130, "e1", ev=[
        ("c", "Aus dem Prozessleitsystem bekommen wir nur Stundenmittel, und selbst die haben für 2023 fast drei Monate Lücke (Loggertausch)."),
        ("c", "Mit dem Rest lässt sich kein Tagesgang lernen. Warten auf Rohdaten aus dem Historian, Anfrage läuft seit Mai."),
    ])
add("BO-03", "W", "HBCL", "Fernüberwachung Hochbehälter per Cloud-Bildanalyse", "Wassergewinnung", "computer-vision", "buy",
    "C", "E", "SECURITY_COMPLIANCE", "", 70, "e2", ev=[
        ("c", "IT-Sicherheit: keine Verbindung vom Prozessnetz in eine Public Cloud, auch nicht über Datendiode, solange das Audit nach §8a BSIG offen ist."),
        ("e", "Anbieter kann kein On-Prem. Damit ist der Weg zu."),
    ], closure="Abbruch: Cloud-Betrieb mit den KRITIS-Auflagen nicht vereinbar, Freigabe durch den ISB abgelehnt.")
add("BO-04", "W", "PUMP", "Pumpenfahrplan-Optimierung Wasserwerk Süd", "Wassergewinnung", "optimisation", "build",
    "A", "E", None, "", 12, "e1")
add("BO-05", "W", "STOE", "Störungsmeldungen automatisch klassifizieren", "Instandhaltung", "text-classification", "build",
    "S", "Y", "INTEGRATION", "", 115, "e2", ev=[
        ("c", "Modell steht. Aber SAP PM nimmt Meldungen nur über den nächtlichen IDoc-Import an, ein Rückschreiben der Klasse geht nicht."),
        ("c", "Basis-Team sagt, für eine RFC-Schnittstelle braucht es einen Change im nächsten Release-Fenster, frühestens 2027."),
    ], flags="lag")
add("BO-06", "W", "TRUEB", "Trübungsvorhersage Rohwasser Talsperre", "Wassergewinnung", "forecasting", "build",
    "P", "O", None, "", 9, "one")
add("BO-07", "W", "KSBOT", "Chatbot Kundenservice Abrechnung", "Kundenservice", "genai-assistant", "buy",
    "C", "S", "OWNERSHIP_SPONSORSHIP", "", 160, "e1", ev=[
        ("c", "Seit Frau Albers in den Vorstandsstab gewechselt ist, hat keiner mehr den Hut auf. Zwei Jour fixe sind ausgefallen."),
    ], closure="Kein Auftraggeber mehr nach Neuordnung des Kundenservice; Thema zurück in den Ideenspeicher.")
add("BO-08", "W", "RBR", "Rohrbruchrisiko je Leitungsabschnitt", "Netzbetrieb", "classification", "build",
    "S", "E", "SKILLS_GAP", "", 140, "e2", ev=[
        ("c", "Jonas ist zum 30.6. weg. Die Feature-Pipeline hat er allein gebaut."),
        ("c", "Hab versucht das Training neu anzustoßen, verstehe die Hälfte der Transformationen nicht. Wir bräuchten jemanden mit Python/ML, die Stelle ist noch nicht mal ausgeschrieben."),
    ])
add("BO-09", "W", "ZAEHL", "Zählerablesung Foto-Plausibilisierung", "Kundenservice", "computer-vision", "buy",
    "P", "O", None, "", 2, "flat")
add("BO-10", "W", "HYPS", "Hyperspektral-Befliegung Trinkwasserschutzgebiete", "Wassergewinnung", "computer-vision", "partner",
    "C", "P", "COST_FUNDING", "", 95, "e1", ev=[
        ("c", "Angebot für die Befliegung 2026 liegt bei 380 T€, im Wirtschaftsplan waren 90 T€ angesetzt."),
    ], closure="Kosten für Befliegung und Auswertung ein Vielfaches des Ansatzes; keine Nachbewilligung durch den Aufsichtsrat.")
add("BO-11", "W", "FLOCK", "Dosierung Flockungsmittel vorhersagen", "Wassergewinnung", "regression", "build",
    "S", "Y", "PRODUCTION_ARCHITECTURE", "", 105, "e1", ev=[
        ("c", "Modell läuft als Jupyter-Notebook auf dem Laborrechner, wird jeden Morgen von Hand gestartet."),
        ("d", "Abnahme durch den Betrieb nur mit Überwachung, Versionierung und Rückfallebene. Davon existiert nichts, eine Zielplattform ist nicht beschafft."),
    ])
add("BO-12", "W", "WDIG", "Geruchsbeschwerden Kanalnetz – Hotspots", "Abwasser", "geospatial-analytics", "build",
    "A", "P", None, "", 30, "e1", flags="label")
add("BO-13", "W", "ENEK", "Energieeinkauf Lastgangprognose", "Kaufmännischer Bereich", "forecasting", "build",
    "S", "P", "UNKNOWN", "", 180, "e1", flags="chatty")
add("BO-14", "W", "AKUS", "Akustische Kleinleckerkennung PE-Leitungen", "Netzbetrieb", "anomaly-detection", "build",
    "C", "P", "TECHNICAL_FEASIBILITY", "", 60, "flat", ev=[
        ("c", "Auf Kunststoffleitungen dämpft das Material das Geräusch so stark, dass die Logger nach 50 m nichts mehr hören."),
        ("c", "Trefferquote im Feldtest 3 von 19. Das wird mit besseren Modellen nicht besser, das ist Physik."),
    ], closure="Technisch nicht erreichbar: Detektionsrate auf PE-Leitungen im Feldtest unter 20 %.")
add("BO-15", "W", "BEREIT", "Schichtplanung Bereitschaftsdienst", "Netzbetrieb", "optimisation", "buy",
    "P", "O", None, "", 11, "e1")
add("BO-16", "W", "DZWI", "Digitaler Zwilling Druckzonen", "Netzbetrieb", "simulation", "build",
    "S", "E", "SCOPE_CREEP", "", 120, "e2", ev=[
        ("c", "Ursprünglich nur Druckzone 3. Inzwischen sollen alle 14 Zonen plus Löschwasserbedarf in die erste Ausbaustufe."),
        ("e", "Lenkungskreis will jetzt auch die Abwasser-Hydraulik dazunehmen. Release-Termin wieder offen."),
    ])
add("BO-17", "W", "ROUT", "Einsatzrouten Entstördienst mobil", "Netzbetrieb", "optimisation", "buy",
    "C", "Y", "USER_ADOPTION", "", 45, "e1", ev=[
        ("c", "Pilot Bezirk West: die Kollegen fahren weiter ihre eigenen Touren, die App wird morgens kurz geöffnet und wieder zugemacht."),
        ("c", "Rückmeldung Personalrat: die Fahrzeugortung wird als Leistungskontrolle empfunden."),
    ], closure="Nutzung im Pilot nahe null, Akzeptanz bei den Entstörtrupps nicht herstellbar.")
add("BO-18", "W", "GISA", "Netzdaten-Abgleich GIS / SAP", "Instandhaltung", "entity-matching", "build",
    "S", "E", "INTEGRATION", "", 25, "e1", ev=[
        ("c", "Das Smallworld-GIS liefert nur Shape-Exporte per Dateiablage, einen Online-Zugriff sieht der Hersteller nicht vor."),
        ("c", "Ohne Adapter kommt das Ergebnis nicht in den Arbeitsauftrag. Auf Eis, bis der Dienstleister wieder Kapazität hat."),
    ], flags="hold")
add("BO-19", "W", "RPRF", "Rechnungsprüfung Lieferanten OCR", "Kaufmännischer Bereich", "document-ai", "buy",
    "P", "O", None, "", 20, "e2")
add("BO-20", "W", "GWST", "Grundwasserstände KI-Prognose", "Wassergewinnung", "forecasting", "partner",
    "C", "D", "DATA_READINESS", "", 200, "e1", ev=[
        ("c", "Bestandsaufnahme: Messstellen werden nur vierteljährlich von Hand abgelesen, digital erst ab 2022, vorher Papierprotokolle im Archiv."),
    ], closure="Datenbasis nicht ausreichend: Messreihen zu kurz und lückenhaft.")
add("BO-21", "W", "WVB", "Wasserverlustbilanz automatisiert", "Netzbetrieb", "analytics", "build",
    "A", "S", None, "", 8, "e1")
add("BO-22", "W", "HOTL", "Sprachassistent Störungshotline", "Kundenservice", "speech", "buy",
    "S", "Y", "SECURITY_COMPLIANCE", "", 110, "e2", ev=[
        ("c", "Datenschutz: Anrufaufzeichnungen dürfen nicht an den Transkriptionsdienst, der AV-Vertrag deckt das nicht ab."),
        ("c", "DSB will zuerst eine DSFA sehen, die hat noch niemand angefangen."),
    ])
add("BO-23", "W", "KIPO", "KI im Kundenportal", "Kundenservice", "genai-assistant", "buy",
    "S", "S", "UNCLEAR_OBJECTIVE", "", 150, "e1", ev=[
        ("c", "Im Workshop konnte niemand sagen, welche Kennzahl das verbessern soll. 'Modernes Image' ist kein Ziel."),
        ("c", "Vorschlag: erst klären, welche Anliegen im Portal überhaupt scheitern. Bis dahin pausiert."),
    ], flags="nokpi")
add("BO-24", "W", "SLAM", "Schlammbehandlung Kläranlage Regelung", "Abwasser", "reinforcement-learning", "partner",
    "C", "P", "SKILLS_GAP", "", 80, "flat", ev=[
        ("c", "Der externe Partner hat den Vertrag nicht verlängert, und intern kann niemand das Reinforcement-Learning-Setup weiterführen."),
    ], closure="Kein internes Know-how nach Ende der Beauftragung; Nachbesetzung nicht möglich.")
add("BO-25", "W", "KTV", "Zustandsbewertung Kanal-TV-Befahrung", "Abwasser", "computer-vision", "build",
    "C", "E", "PRODUCTION_ARCHITECTURE", "COST_FUNDING", 35, "e2", ev=[
        ("c", "POC lief auf der GPU-Workstation vom Dienstleister. Bei uns gibt es weder GPU-Server noch eine Container-Plattform."),
        ("p", "Hinweis vom RZ: Betrieb von Modellen ist in der IT-Strategie bis 2027 nicht vorgesehen."),
    ], closure="Kein Betriebsweg für Bildmodelle im eigenen Rechenzentrum; Neuaufbau außerhalb des Budgets.")
add("BO-26", "W", "CHLR", "Mengenprognose Chlorbedarf", "Wassergewinnung", "forecasting", "build",
    "A", "Y", None, "", 50, "one")
add("BO-27", "W", "LAST", "Lastprognose Pumpwerke", "Wassergewinnung", "forecasting", "build",
    "P", "O", None, "", 15, "e1", flags="good")

# ---------------------------------------------------------------- S: Seguradora Atlântida (Portuguese)
add("BO-28", "S", "TRIA", "Triagem automática de participações auto", "Sinistros Auto", "classification", "build",
    "P", "O", None, "", 3, "e2", flags="good")
add("BO-29", "S", "GENS", "IA generativa na área de sinistros", "Direção de Sinistros", "genai-assistant", "buy",
    "S", "S", "UNCLEAR_OBJECTIVE", "", 140, "e1", ev=[
        ("c", "A administração pediu 'um projeto de IA generativa nos sinistros' mas ninguém diz para resolver o quê."),
        ("c", "Três reuniões depois, continua sem indicador e sem valor de partida. Assim não passamos a piloto."),
    ], flags="nokpi")
add("BO-30", "S", "FOTO", "Pré-avaliação de danos por fotografia", "Sinistros Auto", "computer-vision", "partner",
    "C", "Y", "INTEGRATION", "", 55, "e2", ev=[
        ("c", "O modelo funciona, mas o sistema de gestão de sinistros (versão de 2009) não aceita anexos nem campos vindos de fora."),
        ("c", "O fornecedor do core pede 9 meses e um pedido de alteração pago para abrir uma API."),
    ], closure="Sem integração possível com o sistema central de sinistros no horizonte do projeto.")
add("BO-31", "S", "FRSA", "Deteção de fraude em sinistros de saúde", "Antifraude", "anomaly-detection", "build",
    "S", "P", "DATA_READINESS", "", 125, "e1", ev=[
        ("c", "Dos 4 anos de histórico só 2 % dos processos têm a marcação de fraude confirmada, e metade dessas marcações está mal preenchida."),
        ("e", "Pedimos à antifraude para rever casos antigos e etiquetá-los; não há disponibilidade antes de 2027."),
    ])
add("BO-32", "S", "CUFI", "Previsão do custo final do sinistro", "Sinistros Património", "regression", "build",
    "A", "E", None, "", 20, "e2")
add("BO-33", "S", "OFIC", "Extração de dados de faturas de oficinas", "Sinistros Auto", "document-ai", "buy",
    "P", "O", None, "", 7, "e1")
add("BO-34", "S", "OFPA", "Recomendação de oficinas parceiras", "Sinistros Auto", "recommendation", "build",
    "C", "P", "OWNERSHIP_SPONSORSHIP", "", 90, "e1", ev=[
        ("c", "Com a saída do Dr. Carvalho, a direção de sinistros auto ficou sem ninguém que defenda isto no comité."),
        ("c", "A nova diretora disse que este ano o foco é a migração do core e mais nada."),
    ], closure="Sem patrocinador após a reestruturação da direção de sinistros; prioridade retirada.")
add("BO-35", "S", "PERI", "Leitura de relatórios de peritagem manuscritos", "Sinistros Património", "document-ai", "build",
    "S", "E", "TECHNICAL_FEASIBILITY", "DATA_READINESS", 100, "e2", ev=[
        ("c", "Com letra manuscrita a extração acerta 58 % dos campos. O objetivo combinado era 95 %."),
        ("c", "Testámos mais dois motores de OCR, nenhum passa dos 65 %. Não vemos caminho."),
    ])
add("BO-36", "S", "PART", "Portal de participação de sinistros com assistente", "Atendimento", "genai-assistant", "build",
    "S", "E", "SCOPE_CREEP", "", 130, "e1", ev=[
        ("c", "Começou só com automóvel. Agora pedem habitação, saúde, acidentes de trabalho e reembolsos no mesmo lançamento."),
        ("c", "Cada comité acrescenta um requisito 'obrigatório para o MVP'. A data de entrada em produção já saltou três vezes."),
    ])
add("BO-37", "S", "MAIL", "Encaminhamento de emails de clientes", "Atendimento", "text-classification", "buy",
    "P", "O", None, "", 12, "flat")
add("BO-38", "S", "VOZ", "Assistente de voz para a linha de assistência em viagem", "Atendimento", "speech", "buy",
    "C", "E", "COST_FUNDING", "", 65, "e1", ev=[
        ("c", "A proposta de licenciamento para 2027 é quatro vezes o valor previsto no caso de negócio."),
        ("d", "Somando telefonia e cloud, o retorno do investimento passa para mais de 6 anos."),
    ], closure="Custos de licença e operação inviabilizam o caso de negócio; financiamento retirado.")
add("BO-39", "S", "SUBS", "Scoring de risco na subscrição multirriscos", "Subscrição", "classification", "build",
    "S", "E", "OWNERSHIP_SPONSORSHIP", "", 30, "e2", ev=[
        ("c", "Suspenso: a subscrição diz que o projeto é dos sinistros, os sinistros dizem que é da subscrição. Ninguém assina o orçamento."),
    ], flags="hold")
add("BO-40", "S", "SUMA", "Sumarização de processos longos", "Sinistros Património", "genai-assistant", "build",
    "A", "P", None, "", 40, "e1")
add("BO-41", "S", "ALRG", "Alertas de fraude no fluxo de regularização", "Antifraude", "anomaly-detection", "build",
    "S", "E", "INTEGRATION", "", 108, "e1", ev=[
        ("c", "O motor de workflow só permite regras estáticas, não consegue chamar um serviço de scoring externo."),
        ("p", "A equipa de sistemas core avisa que o barramento de integração (ESB) não tem capacidade para novos serviços este ano."),
    ])
add("BO-42", "S", "CATN", "Previsão de catástrofes naturais para reservas", "Atuariado", "forecasting", "partner",
    "C", "P", "TECHNICAL_FEASIBILITY", "", 40, "e1", ev=[
        ("c", "Os eventos são raros demais: 7 tempestades relevantes em 15 anos. Nenhum modelo bate a média histórica."),
    ], closure="Qualidade preditiva insuficiente; o modelo não supera a referência atuarial.")
add("BO-43", "S", "ESTA", "Chatbot de estado do sinistro", "Atendimento", "genai-assistant", "buy",
    "P", "O", None, "", 5, "e1")
add("BO-44", "S", "AGEN", "Otimização da agenda de peritos", "Sinistros Património", "optimisation", "build",
    "S", "E", "UNKNOWN", "", 160, "flat", flags="chatty")
add("BO-45", "S", "RESI", "Sugestão de reserva inicial", "Sinistros Auto", "regression", "build",
    "C", "Y", "USER_ADOPTION", "", 75, "e2", ev=[
        ("c", "Os gestores alteram a reserva sugerida em 9 de cada 10 processos. Dizem que não sabem de onde vem o número."),
        ("c", "Não houve formação nem explicação do modelo às equipas. Em junho a utilização era praticamente zero."),
    ], closure="Os gestores não utilizam a sugestão; adoção insuficiente no piloto.")
add("BO-46", "S", "MEDI", "Análise de relatórios médicos em acidentes de trabalho", "Sinistros Acidentes de Trabalho", "document-ai", "build",
    "S", "Y", "SECURITY_COMPLIANCE", "", 112, "e1", ev=[
        ("c", "O encarregado de proteção de dados não aprova o envio de relatórios clínicos para o modelo sem nova AIPD."),
        ("c", "O jurídico acrescenta que o consentimento recolhido não cobre esta finalidade."),
    ])
add("BO-47", "S", "RETE", "Segmentação de clientes para retenção", "Marketing", "clustering", "build",
    "S", "P", "SKILLS_GAP", "", 135, "e1", ev=[
        ("c", "A Marta saiu em abril e era a única cientista de dados do projeto."),
        ("c", "Ninguém da equipa de BI consegue pegar no código R que ela deixou. Recrutamento congelado até 2027."),
    ])
add("BO-48", "S", "SDAT", "Deteção de documentos falsificados", "Antifraude", "computer-vision", "partner",
    "A", "Y", None, "", 15, "e1", flags="epickey")
add("BO-49", "S", "PLAN", "Plataforma única de análise de sinistros", "Direção de Sinistros", "analytics", "build",
    "C", "E", "SCOPE_CREEP", "", 50, "e2", ev=[
        ("c", "Era para ser um modelo de priorização. Tornou-se uma plataforma com dashboards, app móvel, integração com parceiros e multi-idioma."),
    ], closure="O âmbito cresceu para lá do exequível; nenhuma primeira versão entregue em 20 meses.")
add("BO-50", "S", "LITI", "Modelo de propensão a litígio", "Jurídico", "classification", "build",
    "S", "E", "PRODUCTION_ARCHITECTURE", "", 118, "flat", ev=[
        ("c", "O modelo existe só como notebook do consultor. Não há pipeline de treino nem forma de o servir."),
        ("c", "A infraestrutura não tem onde alojar o modelo: sem servidor de inferência, sem monitorização, sem registo de versões."),
    ])
add("BO-51", "S", "COND", "Previsão de comportamento de condutores", "Sinistros Auto", "classification", "buy",
    "C", "D", "UNCLEAR_OBJECTIVE", "", 180, "e1", ev=[
        ("c", "A ideia saiu de uma apresentação de um fornecedor. Nunca conseguimos ligar isto a uma decisão de negócio concreta."),
    ], closure="Sem problema de negócio definido nem métrica de sucesso.", flags="nokpi")
add("BO-52", "S", "RECL", "Classificação de reclamações", "Atendimento", "text-classification", "build",
    "P", "O", None, "", 25, "e1")
add("BO-53", "S", "SDAT", "Assistente de apoio à regularização", "Sinistros Património", "genai-assistant", "buy",
    "A", "S", None, "", 55, "e1", flags="epickey")
add("BO-54", "S", "DUPL", "Pagamentos de sinistros: deteção de duplicados", "Operações", "anomaly-detection", "build",
    "P", "O", None, "", 18, "one")

# ---------------------------------------------------------------- U: Northgate University (English)
add("BO-55", "U", "TTCL", "Timetable clash prediction", "Academic Registry", "optimisation", "build",
    "P", "O", None, "", 6, "e1")
add("BO-56", "U", "SREW", "Student retention early-warning", "Planning & Insight", "classification", "build",
    "S", "E", "SKILLS_GAP", "", 145, "e2", ev=[
        ("c", "Ade has left for the NHS job. He was the one who built the feature views."),
        ("c", "Nobody else in Planning can run the training job, we're all SQL people. Backfill request rejected under the vacancy freeze."),
    ])
add("BO-57", "U", "ESSF", "AI essay feedback assistant", "Digital Education", "genai-assistant", "buy",
    "C", "P", "COST_FUNDING", "", 50, "e1", ev=[
        ("c", "Per-seat quote for 38k students came back at £410k a year. Digital Ed's whole budget line is £120k."),
    ], closure="Licence cost for the full cohort unaffordable; funding request declined by University Executive Board.")
add("BO-58", "U", "PTDB", "Personal tutor dashboard", "Student Services", "analytics", "build",
    "S", "Y", "USER_ADOPTION", "", 102, "e2", ev=[
        ("c", "Pilot in Engineering: 4 of 62 tutors opened it more than once. Feedback was 'tells me what I already know'."),
        ("c", "Several tutors worried the flags would be used against them in workload review. No comms plan was ever done."),
    ])
add("BO-59", "U", "LIBF", "Library demand forecasting", "Library", "forecasting", "build",
    "A", "Y", None, "", 10, "e1")
add("BO-60", "U", "PROC", "Online exam proctoring with webcam analysis", "Academic Registry", "computer-vision", "buy",
    "C", "P", "SECURITY_COMPLIANCE", "", 70, "e1", ev=[
        ("c", "Ethics committee response: biometric processing of students needs explicit consent, which can't be freely given in an exam setting."),
        ("c", "DPO agrees, DPIA outcome is high residual risk. Legal won't sign the contract."),
    ], closure="Stopped after DPIA: high residual privacy risk, not approved by the ethics committee or the DPO.")
add("BO-61", "U", "ADEQ", "Admissions enquiry triage", "Admissions", "text-classification", "buy",
    "P", "O", None, "", 2, "e2", flags="good")
add("BO-62", "U", "RBNS", "Room booking no-show prediction", "Estates", "classification", "build",
    "S", "P", "UNKNOWN", "", 200, "flat")
add("BO-63", "U", "EENA", "Estates energy anomaly detection", "Estates", "anomaly-detection", "build",
    "S", "E", "DATA_READINESS", "", 115, "e1", ev=[
        ("c", "BMS exports for half the buildings are 30-min averages, the other half are on the old Trend system with no export at all."),
        ("e", "Metering register lists 214 sub-meters, we can find readings for 97."),
    ], flags="lag")
add("BO-64", "U", "AISX", "AI for the student experience", "Student Services", "genai-assistant", "buy",
    "C", "S", "UNCLEAR_OBJECTIVE", "", 110, "e1", ev=[
        ("c", "Vice-Principal's brief is 'use AI to improve the student experience'. Asked four times for a measurable outcome, still nothing."),
        ("c", "Each faculty wants something different, there's no agreed problem to solve."),
    ], closure="Closed: no defined problem or success measure after two rounds of workshops.", flags="nokpi")
add("BO-65", "U", "RGFI", "Research funding opportunity finder", "Research Office", "recommendation", "build",
    "P", "O", None, "", 14, "e1")
add("BO-66", "U", "TRAN", "Automated transcript checking", "Academic Registry", "document-ai", "build",
    "S", "Y", "INTEGRATION", "", 104, "e2", ev=[
        ("c", "Model's ready but the student records system only lets us write through the overnight batch loader."),
        ("c", "The supplier's API module is a separate product and they won't enable it on our version of SITS."),
    ])
add("BO-67", "U", "UAI", "Accommodation allocation optimiser", "Residences", "optimisation", "build",
    "A", "E", None, "", 35, "e1", flags="epickey")
add("BO-68", "U", "RDCT", "Research data catalogue auto-tagging", "Library", "text-classification", "build",
    "C", "E", "SKILLS_GAP", "", 60, "e1", ev=[
        ("c", "The KTP associate's contract ended in May; the two people left on the team are librarians, not developers."),
        ("c", "Tried to hire a research software engineer twice, no appointable candidates."),
    ], closure="No staff with ML/engineering skills to carry on after the KTP associate left.")
add("BO-69", "U", "ITSD", "IT service desk virtual agent", "IT Services", "genai-assistant", "buy",
    "S", "E", "SCOPE_CREEP", "", 125, "e2", ev=[
        ("c", "v1 was password resets only. It now has to cover printing, Wi-Fi, Moodle, Teams, software requests and the HR portal before launch."),
    ])
add("BO-70", "U", "CDPM", "Course demand planning model", "Planning & Insight", "forecasting", "build",
    "S", "S", "OWNERSHIP_SPONSORSHIP", "", 20, "e1", ev=[
        ("c", "Putting this on hold. Planning says it belongs to Academic Registry, Registry says it's Planning's. The PVC who sponsored it retired in July and wasn't replaced."),
    ], flags="hold")
add("BO-71", "U", "INVC", "Invoice coding for Finance", "Finance", "classification", "buy",
    "P", "O", None, "", 8, "flat")
add("BO-72", "U", "MARK", "Marking moderation suggestions", "Academic Quality", "classification", "build",
    "C", "Y", "USER_ADOPTION", "", 30, "e1", ev=[
        ("c", "Module leads and external examiners won't use the suggested moderation bands; they see it as second-guessing academic judgement."),
        ("c", "UCU branch formally objected. Pilot usage was zero after week 2."),
    ], closure="Academic staff would not adopt it; pilot usage fell to nil.")
add("BO-73", "U", "RLRC", "Reading list recommender", "Library", "recommendation", "build",
    "S", "Y", "PRODUCTION_ARCHITECTURE", "", 99, "one", ev=[
        ("c", "It's a cron job on a desktop under Ian's desk. IT won't host it: no container platform, no way to monitor or retrain it."),
    ])
add("BO-74", "U", "CAPQ", "Lecture capture auto-captioning QA", "Digital Education", "speech", "buy",
    "A", "P", None, "", 58, "e1")
add("BO-75", "U", "GOPR", "Graduate outcomes prediction", "Careers", "classification", "build",
    "C", "E", "COST_FUNDING", "", 90, "e1", ev=[
        ("c", "Spend is at 170% of the approved budget and we're not through the build yet."),
        ("c", "Finance: no further drawdown in 2026/27 under the deficit recovery plan."),
    ], closure="Overspent, then defunded under the deficit recovery plan.")
add("BO-76", "U", "PLCO", "Similarity detection for code submissions", "Computer Science", "classification", "build",
    "S", "P", "TECHNICAL_FEASIBILITY", "", 140, "e1", ev=[
        ("c", "False positives at 30% on the CS1 dataset; students all start from the same starter code so everything looks alike."),
        ("c", "We were told it would 'just work like Turnitin'. It doesn't, and we can't see a way it could."),
    ])
add("BO-77", "U", "ESTR", "Estates helpdesk ticket routing", "Estates", "text-classification", "build",
    "C", "E", "UNKNOWN", "", 80, "flat", flags="chatty")
add("BO-78", "U", "APFD", "Applicant document fraud check", "Admissions", "document-ai", "partner",
    "P", "O", None, "", 22, "e2")
add("BO-79", "U", "UDIG", "Student wellbeing signposting assistant", "Student Services", "genai-assistant", "build",
    "A", "S", None, "", 3, "e1", flags="label")
add("BO-80", "U", "LCHA", "Library chat assistant", "Library", "genai-assistant", "buy",
    "P", "O", None, "", 60, "e1", flags="retired")
