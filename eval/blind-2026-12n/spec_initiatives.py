"""Hand-written spec of blind set 2026-12n (helper blind14). Every sentence here was written by hand.
X(id, site, key, name, subject, business_unit, technique, build_or_buy, outcome, furthest_stage, cause,
  idle_days, shape, ev=[(placement, text)], closure=..., acc=extra acceptable causes, flags=..., kpi=...)
placement: c = comment on the furthest stage's stories (round-robin), d = description of the first furthest
story, p = comment on the previous stage's last story, e = comment on the furthest epic (flat: story).
shape: epic1 / epic2 / epic3 (one epic per stage, n stories each), flat (no epics, stage in labels),
mixed (one epic per stage, 1-3 stories alternating). flags: hold, lag, chatty, label:<SHARED>, epickeys:<SHARED>."""

INITS = []
def X(id, site, key, name, subj, bu, tech, bob, outcome, stage, cause, idle, shape, ev=(), closure="",
      acc="", flags="", kpi="x"):
    INITS.append(dict(id=id, site=site, key=key, name=name, subj=subj, bu=bu, tech=tech, bob=bob,
                      outcome=outcome, stage=stage, cause=cause, idle=idle, shape=shape, ev=list(ev),
                      closure=closure, acc=acc, flags=flags, kpi=kpi))

D, S, P, E, DP, O = "DISCOVERY", "STRATEGY", "PROTOTYPE", "ENGINEERING", "DEPLOYMENT", "OPERATION"
IP, AC, ST, CA = "IN_PRODUCTION", "ACTIVE", "STALLED", "CANCELLED"

# ---------------- Transportes Meseta (Spanish road freight, Zaragoza) -----------------
M = "meseta"
X("BN-01", M, "RUTAZ", "Optimización de rutas de reparto urbano Zaragoza", "rutas urbanas", "Tráfico", "optimization", "build",
  ST, E, "INTEGRATION", 140, "epic2", [
  ("c", "El planificador saca las rutas bien, pero para cargarlas en el TMS hay que teclearlas una a una; Sistemas dice que la interfaz no está en su plan de este año."),
  ("c", "Reunión con el proveedor del TMS: para abrir la entrada de rutas piden un proyecto aparte y no antes de 2027."),
  ], kpi="km recorridos por parada")
X("BN-02", M, "ETAC", "Predicción de hora de llegada para clientes", "ETA a cliente", "Comercial", "forecasting", "build",
  IP, O, "", 8, "epic1", [("c", "Incidencias de hora de llegada bajan un 30 % desde que el aviso sale automático, buen mes.")])
X("BN-03", M, "GASO", "Detección de consumo anómalo de gasoil", "consumo de gasoil", "Flota", "anomaly-detection", "build",
  CA, P, "DATA_READINESS", 45, "epic1", [
  ("d", "Fuente de datos: las tarjetas de combustible de Solred y las lecturas CAN de la telemática."),
  ("c", "Las lecturas CAN solo llegan de los Scania nuevos; de los camiones de más de seis años no hay nada y los subcontratados ni tienen telemática."),
  ("c", "Cruzando tarjetas y repostajes salen miles de repostajes sin matrícula. Así no hay manera de saber qué es anómalo y qué es un error de tecleo."),
  ], closure="Cerrado: sin lecturas fiables de la mitad de la flota el modelo no tiene con qué aprender. Se retomará cuando esté la telemática nueva.")
X("BN-04", M, "MUEL", "Asignación automática de muelles en Plaza", "muelles de carga", "Almacenes", "optimization", "build",
  AC, E, "", 12, "epic2", [("c", "Pruebas de carga con los datos de julio OK, seguimos con la integración de la pantalla de muelles.")])
X("BN-05", M, "CMRX", "Lectura automática de CMR escaneados", "CMR escaneados", "Administración", "document-ai", "buy",
  ST, P, "UNKNOWN", 150, "epic1", [], flags="chatty")
X("BN-06", M, "MANT", "Mantenimiento predictivo de tractoras", "mantenimiento de tractoras", "Flota", "classification", "partner",
  CA, E, "COST_FUNDING", 70, "epic2", [
  ("c", "Oferta del partner para 2026: 38 € por tractora y mes más la plataforma. Con 410 tractoras no sale."),
  ("e", "Dirección financiera pide recortar el plan de inversiones un 25 %; este proyecto entra en la lista de revisión."),
  ("c", "Comité de inversiones: no se aprueba la ampliación, el ahorro estimado en talleres no cubre ni la licencia."),
  ], closure="Cancelado por coste: la licencia anual supera el ahorro previsto en taller y no hay partida en el presupuesto 2026.")
X("BN-07", M, "PALE", "Previsión de volumen de palés por almacén", "volumen de palés", "Almacenes", "forecasting", "build",
  IP, O, "", 20, "flat", [])
X("BN-08", M, "CAMA", "Cámaras de cabina para detección de fatiga", "fatiga del conductor", "Flota", "computer-vision", "buy",
  ST, DP, "SECURITY_COMPLIANCE", 120, "epic1", [
  ("c", "El comité de empresa ha pedido por escrito que se paren las cámaras en cabina hasta revisar el convenio."),
  ("c", "La delegada de protección de datos dice que grabar la cara del conductor es tratamiento de datos biométricos y no tenemos base legal. Piloto parado en los 12 camiones de Huesca."),
  ], flags="hold")
X("BN-09", M, "DEVO", "Clasificación de devoluciones por motivo", "devoluciones", "Comercial", "classification", "build",
  ST, P, "DATA_READINESS", 101, "mixed", [
  ("c", "El motivo de devolución lo escribe cada conductor como quiere: \"roto\", \"no lo quiere\", \"cliente cerrado\", \"ver albarán\"..."),
  ("p", "Para entrenar necesitaríamos unas 5.000 devoluciones etiquetadas a mano y ahora mismo hay 240."),
  ])
X("BN-10", M, "CHAT", "Asistente IA para atención a clientes", "asistente de atención", "Comercial", "genai-assistant", "buy",
  CA, S, "UNCLEAR_OBJECTIVE", 30, "epic1", [
  ("c", "En el taller con atención al cliente cada uno pedía una cosa: unos quieren responder correos, otros consultar envíos, otros hacer presupuestos."),
  ("c", "¿Cuántas llamadas queremos quitar? Nadie lo sabe porque la centralita no registra el motivo de la llamada."),
  ], closure="Se cierra sin pasar a prototipo: no hay un problema concreto acordado ni forma de medir si el asistente ayuda.", kpi="")
X("BN-11", M, "TARF", "Propuesta de tarifa para cargas completas", "tarifas de carga completa", "Comercial", "regression", "build",
  IP, O, "", 3, "epic2", [])
X("BN-12", M, "OCUP", "Previsión de ocupación de remolques", "ocupación de remolques", "Tráfico", "forecasting", "build",
  ST, E, "PRODUCTION_ARCHITECTURE", 180, "epic2", [
  ("c", "El modelo se lanza desde el Jupyter de Íñigo cada lunes y el Excel resultante se manda por correo a tráfico."),
  ("c", "Sistemas no tiene servidor para Python: su plataforma es todo .NET y no quieren mantener otra cosa."),
  ("e", "Sin planificación ni monitorización el modelo lleva tres semanas sin ejecutarse y nadie lo ha notado."),
  ], acc="SKILLS_GAP")
X("BN-13", M, "FRIO", "Alertas de temperatura en semirremolques frigoríficos", "cadena de frío", "Flota", "anomaly-detection", "build",
  AC, P, "", 55, "epic1", [("c", "Primer prototipo con sensores Thermo King listo para revisar con calidad.")])
X("BN-14", M, "OCRA", "Reconocimiento de matrículas en accesos", "matrículas en accesos", "Almacenes", "computer-vision", "buy",
  CA, P, "TECHNICAL_FEASIBILITY", 90, "epic1", [
  ("c", "Con niebla en la entrada de Plaza la tasa de acierto baja al 58 %; de noche peor."),
  ("c", "Probadas tres cámaras y dos motores de lectura, ninguno pasa del 70 % con los remolques sucios. El mínimo para abrir la barrera sin vigilante era el 98 %."),
  ], closure="Cancelado: la lectura de matrículas no llega a la fiabilidad necesaria para abrir la barrera sin vigilante.")
X("BN-15", M, "CARG", "Recomendación de orden de carga al conductor", "orden de carga", "Tráfico", "optimization", "build",
  ST, DP, "USER_ADOPTION", 200, "epic2", [
  ("c", "Los conductores de Teruel dicen que el orden que propone la app les hace descargar dos veces; siguen cargando como siempre."),
  ("c", "Datos de uso de agosto: 9 de 140 conductores abren la recomendación. Los jefes de tráfico tampoco insisten."),
  ("p", "No se programó formación, solo un vídeo en la intranet que nadie ha visto."),
  ], flags="lag")
X("BN-16", M, "DOCU", "Clasificación automática de documentación de aduanas", "documentos de aduana", "Administración", "document-ai", "buy",
  IP, O, "", 15, "flat", [("c", "Aduanas de Algeciras ya nos devuelve menos expedientes, el clasificador va fino.")])
X("BN-17", M, "RETN", "Retención de clientes pequeños", "abandono de clientes", "Comercial", "classification", "build",
  CA, E, "OWNERSHIP_SPONSORSHIP", 60, "epic2", [
  ("c", "Desde que Ramón dejó la dirección comercial nadie de su equipo viene a las revisiones."),
  ("e", "El nuevo director comercial prefiere centrarse en grandes cuentas y no quiere asumir este proyecto."),
  ], closure="Cerrado por falta de responsable de negocio tras el cambio en la dirección comercial.")
X("BN-18", M, "TACO", "Cumplimiento de tiempos de conducción", "tiempos de conducción", "Tráfico", "classification", "build",
  ST, E, "SKILLS_GAP", 110, "mixed", [
  ("c", "Alba, que hizo todo el pipeline de los tacógrafos, se va a una consultora el día 30."),
  ("c", "Nadie más del equipo de BI sabe Python; las ofertas para un perfil de datos llevan abiertas desde marzo sin candidatos."),
  ])
X("BN-19", M, "SINI", "Priorización de siniestros de mercancía", "siniestros", "Administración", "classification", "build",
  AC, DP, "", 25, "epic1", [("c", "Despliegue en preproducción hecho, falta validación de la aseguradora.")])
X("BN-20", M, "SUBC", "Selección de subcontratistas por ruta", "subcontratistas", "Tráfico", "optimization", "build",
  ST, P, "OWNERSHIP_SPONSORSHIP", 20, "epic1", [
  ("c", "Compras y tráfico siguen discutiendo quién decide la adjudicación; hasta que no se aclare no podemos validar el prototipo."),
  ("c", "Gerencia ha pedido parar este tema hasta después de la fusión con Transportes Ebro."),
  ], flags="hold")
X("BN-21", M, "EMIS", "Cálculo de emisiones por envío", "emisiones por envío", "Comercial", "regression", "build",
  IP, O, "", 30, "epic1", [])
X("BN-22", M, "CITA", "Cita previa automática en almacenes de clientes", "citas de descarga", "Tráfico", "optimization", "partner",
  CA, E, "INTEGRATION", 100, "epic2", [
  ("c", "Cada gran superficie tiene su propio portal de citas y ninguno ofrece API; el partner intenta automatizarlo con robots que se rompen cada semana."),
  ("c", "Mercadona cambió el portal otra vez, tres días sin citas automáticas."),
  ], closure="Se cancela: no hay forma estable de conectar con los portales de citas de los clientes.")
X("BN-23", M, "INVT", "Previsión de inventario de recambios", "recambios de taller", "Flota", "forecasting", "build",
  ST, E, "SCOPE_CREEP", 99, "epic2", [
  ("c", "Taller pide que además de recambios incluya neumáticos, aceite y herramientas antes de sacar nada."),
  ("e", "En el último comité se añadió también la compra automática a proveedores. La primera versión ya no tiene fecha."),
  ])
X("BN-24", M, "DISP", "Asistente de despacho para jefes de tráfico", "asistente de despacho", "Tráfico", "genai-assistant", "buy",
  CA, DP, "USER_ADOPTION", 40, "epic1", [
  ("c", "Los jefes de tráfico de Madrid lo abren por la mañana y lo cierran; dicen que conocen a sus conductores mejor que cualquier máquina."),
  ("c", "Tres meses de piloto y el 80 % de las asignaciones se siguen haciendo por teléfono."),
  ], closure="Cerrado tras el piloto: los jefes de tráfico no lo usan y siguen asignando por teléfono.")
X("BN-25", M, "FACT", "Detección de errores en facturación", "errores de facturación", "Administración", "anomaly-detection", "build",
  IP, O, "", 5, "epic2", [])
X("BN-26", M, "VISA", "Inspección visual de daños en remolques", "daños en remolques", "Flota", "computer-vision", "build",
  CA, P, "PRODUCTION_ARCHITECTURE", 150, "epic1", [
  ("c", "El prototipo funciona en el portátil con las fotos de prueba, pero no hay forma de ejecutarlo en las campas: ni servidor ni conexión estable."),
  ("c", "Rehacerlo para producción supone empezar de cero: sin contenedor, sin versionado y sin nadie que lo opere."),
  ], closure="Cancelado: el prototipo no tiene camino a producción en las campas y rehacerlo no compensa.")
X("BN-27", M, "", "Ventanas horarias de entrega en centro ciudad", "ventanas horarias", "Tráfico", "optimization", "build",
  AC, E, "", 60, "flat", [], flags="label:MSHR")

# ---------------- Glasrijk (Dutch greenhouse horticulture co-operative, Westland) -----------------
G = "glasrijk"
X("BN-28", G, "BOTR", "Vroegtijdige detectie van botrytis", "botrytis-detectie", "Teelt", "computer-vision", "build",
  ST, P, "TECHNICAL_FEASIBILITY", 130, "epic2", [
  ("c", "Na drie rondes trainen blijft de recall rond 55%. Vroege botrytis is op de foto's gewoon niet te zien, pas als het al zichtbaar grijs is."),
  ("c", "Telers verwachtten een waarschuwing dagen van tevoren; dat is met camera's boven het gewas niet haalbaar."),
  ("p", "Maar 180 foto's met bevestigde aantasting, allemaal uit kas 4."),
  ], acc="DATA_READINESS")
X("BN-29", G, "OOGS", "Oogstprognose tomaat per week", "oogstprognose", "Teelt", "forecasting", "build",
  IP, O, "", 10, "epic1", [("c", "Prognose zat vorige week 3% naast de werkelijke oogst, verkoop is tevreden.")])
X("BN-30", G, "ENRG", "Slimme inkoop van energie voor belichting", "energie-inkoop", "Energie", "optimization", "partner",
  CA, E, "COST_FUNDING", 50, "epic2", [
  ("c", "Offerte fase 2 van de partner is bijna twee keer de begroting. Gaat naar het bestuur."),
  ("c", "Bestuur: door de gasprijzen is het investeringsbudget voor dit jaar bevroren, geen geld voor fase 2."),
  ], closure="Gestopt: investeringsbudget bevroren en de kosten van fase 2 waren bijna het dubbele van de begroting.")
X("BN-31", G, "SORT", "Kwaliteitssortering paprika met camera", "kwaliteitssortering", "Verwerking", "computer-vision", "buy",
  AC, DP, "", 18, "epic2", [("c", "Uitrol op sorteerlijn 2 gepland na de bouwvak.")])
X("BN-32", G, "IRRI", "Watergift-advies per afdeling", "watergift", "Teelt", "forecasting", "build",
  ST, P, "DATA_READINESS", 160, "epic1", [
  ("c", "Drainmetingen komen maar uit 3 van de 11 afdelingen, de rest heeft geen sensor of een kapotte."),
  ("c", "De Priva-historie wordt na 30 dagen overschreven, dus we hebben nog geen enkel volledig seizoen."),
  ])
X("BN-33", G, "PRIJ", "Prijsvoorspelling veilingklok", "veilingprijzen", "Verkoop", "forecasting", "build",
  IP, O, "", 2, "flat", [])
X("BN-34", G, "KLIM", "Klimaatsturing met reinforcement learning", "klimaatsturing", "Teelt", "reinforcement-learning", "build",
  ST, E, "SKILLS_GAP", 104, "epic2", [
  ("c", "Thomas (de enige met RL-ervaring) is per 1 mei naar een start-up vertrokken."),
  ("c", "Zonder hem krijgt niemand de simulator meer draaiend. Vacature staat al vier maanden open, nul reacties."),
  ("e", "Externe inhuur gevraagd, maar die kent de teelt niet en moet eerst maanden inwerken."),
  ])
X("BN-35", G, "ETIK", "Automatische etikettering van exportpallets", "exportetiketten", "Logistiek", "document-ai", "buy",
  CA, P, "UNKNOWN", 80, "epic1", [], flags="chatty")
X("BN-36", G, "VEIL", "Koppeling aanvoerprognose met veiling", "aanvoerprognose", "Verkoop", "forecasting", "build",
  ST, DP, "INTEGRATION", 115, "epic2", [
  ("c", "De veiling accepteert aanvoerberichten alleen via hun oude EDI-koppeling, en daar past ons prognoseformaat niet in."),
  ("c", "Floricode-berichten handmatig omzetten kost meer tijd dan het oplevert. Veiling heeft geen plannen voor een API."),
  ])
X("BN-37", G, "ZAAD", "Kiemkrachtvoorspelling zaadpartijen", "kiemkracht", "Uitgangsmateriaal", "classification", "build",
  CA, P, "DATA_READINESS", 35, "epic1", [
  ("c", "De labresultaten van kiemtesten staan in losse PDF's per partij, geen database."),
  ("d", "Doel: kiemkracht voorspellen uit partijgegevens. Databron: lab-LIMS (export aangevraagd)."),
  ("c", "LIMS-export blijkt alleen de laatste twee jaar te bevatten en de partijnummers kloppen niet met het ERP."),
  ], closure="Gestopt: de historische kiemtestdata is onvolledig en niet te koppelen aan de partijen.")
X("BN-38", G, "PLAG", "Plaagtelling op vangplaten", "plaagtelling", "Teelt", "computer-vision", "buy",
  IP, O, "", 25, "epic1", [])
X("BN-39", G, "TELE", "AI voor telersadvies", "telersadvies", "Teelt", "genai-assistant", "buy",
  ST, S, "UNCLEAR_OBJECTIVE", 220, "epic1", [
  ("c", "In de stuurgroep vroeg Marieke wat telers hier straks anders mee gaan doen. Daar hadden we geen antwoord op."),
  ("c", "We hebben nu een chatbot-demo, maar nog steeds geen idee of het om minder belletjes naar de teeltadviseur gaat of om betere teeltresultaten."),
  ], kpi="")
X("BN-40", G, "ARBE", "Personeelsplanning oogstploegen", "personeelsplanning", "HR", "optimization", "build",
  AC, P, "", 33, "flat", [])
X("BN-41", G, "RECE", "Receptuur voedingsoplossing", "voedingsrecept", "Teelt", "optimization", "build",
  ST, E, "SCOPE_CREEP", 125, "epic2", [
  ("c", "Na de demo wilden ze er ook komkommer en aubergine bij, plus substraatkeuze."),
  ("c", "Er is nu een lijst van 28 wensen voor de eerste versie. We begonnen met alleen EC-advies voor tomaat."),
  ("e", "Planning v1 weer verschoven, nu naar volgend voorjaar."),
  ], flags="lag")
X("BN-42", G, "LOGI", "Routeplanning koelwagens naar distributiecentra", "koelroutes", "Logistiek", "optimization", "build",
  CA, E, "SKILLS_GAP", 66, "epic1", [
  ("c", "Het bureau dat de eerste versie bouwde is weg en intern heeft niemand verstand van de solver."),
  ("c", "We hebben twee data-analisten, maar geen ontwikkelaar die dit kan onderhouden."),
  ], closure="Gestopt: geen interne kennis om de planner verder te bouwen of te beheren na vertrek van het bureau.")
X("BN-43", G, "WATE", "Waterkwaliteit bassins", "waterkwaliteit", "Teelt", "anomaly-detection", "build",
  IP, O, "", 40, "epic2", [])
X("BN-44", G, "BLAD", "Bladoppervlakte uit dronebeelden", "bladoppervlakte", "Teelt", "computer-vision", "partner",
  ST, P, "UNKNOWN", 99, "epic1", [])
X("BN-45", G, "ORDR", "Orderadvies voor supermarktklanten", "orderadvies", "Verkoop", "forecasting", "build",
  CA, DP, "USER_ADOPTION", 28, "epic2", [
  ("c", "De accountmanagers sturen klanten nog steeds hun eigen inschatting; het advies wordt nauwelijks geopend."),
  ("c", "Feedback uit de pilot: \"die cijfers kloppen nooit voor de Jumbo\". Niemand heeft uitgelegd hoe het advies tot stand komt."),
  ], closure="Gestopt na pilot: accountmanagers gebruikten het orderadvies niet en vertrouwden de cijfers niet.")
X("BN-46", G, "", "Schadedetectie op fust", "schadedetectie fust", "Logistiek", "computer-vision", "build",
  AC, E, "", 45, "epic1", [], flags="epickeys:GDAT")
X("BN-47", G, "CAMS", "Camerabewaking kassen op arbeidsveiligheid", "arbeidsveiligheid", "HR", "computer-vision", "buy",
  ST, P, "SECURITY_COMPLIANCE", 40, "epic1", [
  ("c", "De OR wil eerst een DPIA zien voordat er camera's op medewerkers gericht worden."),
  ("c", "Privacy officer: de leverancier slaat de beelden op in de VS, dat kan zo niet. Pilot on hold tot dat opgelost is."),
  ], flags="hold")
X("BN-48", G, "BEST", "Bestuivingsmonitoring hommels", "bestuiving", "Teelt", "computer-vision", "partner",
  IP, O, "", 12, "flat", [])
X("BN-49", G, "SMAA", "Smaakvoorspelling uit kasdata", "smaakvoorspelling", "Veredeling", "regression", "build",
  CA, P, "TECHNICAL_FEASIBILITY", 120, "epic1", [
  ("c", "Smaakpanel en model zijn het in de helft van de gevallen oneens; de klimaatdata verklaart de smaak nauwelijks."),
  ("c", "We hebben Brix, zuur en klimaat geprobeerd; de correlatie met het panel komt niet boven 0,3."),
  ], closure="Gestopt: smaak is met de beschikbare metingen niet te voorspellen.")
X("BN-50", G, "", "Energiebalans per kasafdeling", "energiebalans", "Energie", "forecasting", "build",
  ST, E, "PRODUCTION_ARCHITECTURE", 170, "epic2", [
  ("c", "Het model draait als notebook op de laptop van de stagiair, die in juni klaar is."),
  ("c", "ICT heeft geen omgeving waar dit kan draaien en er is niets geregeld voor hertrainen of monitoring."),
  ], flags="epickeys:GDAT")
X("BN-51", G, "INKO", "Inkoopvoorspelling substraat en verpakking", "inkoop substraat", "Inkoop", "forecasting", "build",
  ST, D, "OWNERSHIP_SPONSORSHIP", 140, "epic1", [
  ("c", "Na het vertrek van de inkoopdirecteur is er niemand die dit oppakt."),
  ("c", "Verkenning ligt stil; bij de nieuwe MT-verdeling hoort inkoop bij niemand meer expliciet."),
  ])
X("BN-52", G, "GEUR", "Geurprofiel rozen voor veredeling", "geurprofiel", "Veredeling", "classification", "build",
  AC, P, "", 7, "epic1", [])
X("BN-53", G, "WEER", "Lokale weersverwachting per vestiging", "weersverwachting", "Teelt", "forecasting", "buy",
  IP, O, "", 6, "epic1", [])
X("BN-54", G, "KOEL", "Koelcelbeheer met voorspellend model", "koelcellen", "Logistiek", "forecasting", "partner",
  CA, E, "COST_FUNDING", 95, "epic2", [
  ("c", "De cloudkosten lopen naar €9k per maand voor 14 koelcellen, dat was nooit begroot."),
  ("c", "Terugverdientijd komt volgens finance op ruim zes jaar. Geen akkoord voor doorontwikkeling."),
  ], closure="Gestopt op kosten: structurele cloudkosten en terugverdientijd van zes jaar niet acceptabel.")

# ---------------- Aldgate Private Bank (English private banking / wealth management) -----------------
A = "aldgate"
X("BN-55", A, "SUIT", "Suitability check assistant for advisers", "suitability checks", "Private Banking", "genai-assistant", "buy",
  ST, E, "SECURITY_COMPLIANCE", 150, "epic2", [
  ("c", "Compliance won't let client holdings go to the vendor's model endpoint until the DPA and the outsourcing notification are done."),
  ("c", "Model risk committee sent the pack back: no validation of how advice text is generated, no audit trail of prompts."),
  ("e", "Still waiting on Legal's view on whether this counts as automated advice under COBS. Nothing can move until then."),
  ])
X("BN-56", A, "AMLT", "Transaction monitoring alert triage", "AML alert triage", "Financial Crime", "classification", "build",
  IP, O, "", 9, "epic2", [("c", "Q3 review: false positives down 35%, analysts happy with the triage scores.")])
X("BN-57", A, "NEXT", "Next best action for relationship managers", "next best action", "Private Banking", "recommendation", "build",
  CA, S, "UNCLEAR_OBJECTIVE", 75, "epic1", [
  ("c", "We've got a list of 'actions' from marketing but no one has said which outcome matters: AUM, revenue, client retention?"),
  ("c", "Workshop with the RM desk ended with 'we'll know it when we see it'."),
  ], closure="Closed at business case: no agreed objective or success measure after two rounds of workshops.", kpi="")
X("BN-58", A, "KYCR", "KYC document refresh extraction", "KYC refresh", "Operations", "document-ai", "buy",
  AC, DP, "", 21, "epic1", [("c", "UAT sign-off from Ops, go-live window booked for late October.")])
X("BN-59", A, "CHRN", "Client attrition early warning", "attrition warning", "Private Banking", "classification", "build",
  ST, P, "DATA_READINESS", 108, "epic2", [
  ("c", "The 'reason for leaving' field in the CRM is empty for 9 out of 10 closed relationships."),
  ("c", "Pre-2022 client history is in the old Avaloq archive and ops can't get us an extract before next year."),
  ])
X("BN-60", A, "PAYF", "Payment fraud scoring", "payment fraud", "Financial Crime", "anomaly-detection", "build",
  IP, O, "", 4, "flat", [])
X("BN-61", A, "ESGS", "ESG data gap filling for portfolios", "ESG gap filling", "Investments", "regression", "build",
  ST, DP, "OWNERSHIP_SPONSORSHIP", 10, "epic1", [
  ("c", "Sarah (sponsor) left for the asset management arm in July; the CIO office hasn't named anyone."),
  ("c", "Investments and Risk both say the rollout decision is the other's. Parked until someone owns it."),
  ], flags="hold")
X("BN-62", A, "ADVA", "Adviser meeting notes summariser", "meeting notes", "Private Banking", "genai-assistant", "buy",
  CA, E, "SCOPE_CREEP", 55, "epic2", [
  ("c", "Now also: draft follow-up letters, update CRM fields, flag suitability issues, translate to French. First release keeps moving."),
  ("c", "Spend is at 160% and v1 still isn't frozen because each RM team added their own must-haves."),
  ], acc="COST_FUNDING", closure="Stopped: scope grew from a notes summariser to a full adviser workstation; v1 never stabilised and spend passed 160%.")
X("BN-63", A, "MORT", "Mortgage affordability pre-assessment", "affordability", "Lending", "classification", "build",
  ST, E, "INTEGRATION", 190, "epic2", [
  ("c", "Lending platform only takes decisions via the overnight batch; there's no way to call the model during the application."),
  ("c", "Vendor of the origination system quoted 9 months for a real-time hook. Not in their roadmap."),
  ])
X("BN-64", A, "FXPR", "FX client pricing recommendations", "FX pricing", "Markets", "regression", "build",
  IP, O, "", 14, "epic1", [])
X("BN-65", A, "SIGN", "Signature verification on paper mandates", "signature verification", "Operations", "computer-vision", "buy",
  CA, P, "TECHNICAL_FEASIBILITY", 110, "epic1", [
  ("c", "On our scanned mandates the vendor model flags 1 in 4 genuine signatures as suspicious."),
  ("c", "Scans are 150 dpi greyscale from the branches; vendor says accuracy needs 300 dpi originals, which we don't have."),
  ], closure="Cancelled after POC: false reject rate far above what operations can handle on our scanned mandates.")
X("BN-66", A, "", "Complaints topic classification", "complaints topics", "Operations", "classification", "build",
  AC, E, "", 30, "epic1", [], flags="epickeys:ADA")
X("BN-67", A, "WLTH", "Wealth planning scenario generator", "wealth scenarios", "Private Banking", "genai-assistant", "build",
  ST, P, "UNCLEAR_OBJECTIVE", 102, "epic1", [
  ("c", "Prototype demoed fine but the planners asked what it's for: they already have the cash-flow tool."),
  ("c", "No one wrote down what a better plan looks like or how we'd measure it, so we can't judge the POC either."),
  ], kpi="")
X("BN-68", A, "VOIC", "Voice analytics on client calls", "call analytics", "Operations", "speech-analytics", "buy",
  CA, DP, "SECURITY_COMPLIANCE", 33, "epic2", [
  ("c", "DPO: call recordings include health and family details; processing them in the vendor cloud needs explicit consent."),
  ("c", "InfoSec pen test found the vendor tenant shares keys across customers. Blocker raised."),
  ], closure="Cancelled: privacy and security review did not approve processing of call recordings on the vendor platform.")
X("BN-69", A, "CASH", "Intraday liquidity forecast", "liquidity forecast", "Treasury", "forecasting", "build",
  IP, O, "", 1, "epic2", [])
X("BN-70", A, "PORT", "Portfolio drift alerts", "portfolio drift", "Investments", "anomaly-detection", "build",
  ST, E, "SKILLS_GAP", 135, "mixed", [
  ("c", "Raj wrote the whole feature store and he's gone as of last Friday."),
  ("c", "Contractor budget frozen and the two remaining devs are Java/COBOL; nobody can pick up the Python side."),
  ])
X("BN-71", A, "RMAS", "RM email drafting assistant", "RM email drafting", "Private Banking", "genai-assistant", "buy",
  AC, P, "", 50, "epic1", [])
X("BN-72", A, "CRED", "Lombard credit risk scoring", "Lombard credit", "Lending", "classification", "build",
  CA, E, "COST_FUNDING", 85, "epic2", [
  ("c", "Market data licence for intraday collateral prices would add ~£240k a year, not in anyone's budget."),
  ("c", "Group cost programme: all non-mandatory change spend cut for FY27."),
  ], closure="Cancelled in the FY27 cost programme: data licence costs not fundable and no budget for non-mandatory change.")
X("BN-73", A, "SANC", "Sanctions name screening fuzzy matching", "sanctions screening", "Financial Crime", "classification", "buy",
  IP, O, "", 22, "epic1", [])
X("BN-74", A, "ONBD", "Digital onboarding risk triage", "onboarding triage", "Operations", "classification", "build",
  ST, DP, "USER_ADOPTION", 100, "epic2", [
  ("c", "Onboarding analysts re-check every case the model marks low-risk, so no time is saved at all."),
  ("c", "Team leads say nobody explained what the score is based on; in practice people work around it."),
  ], acc="UNCLEAR_OBJECTIVE")
X("BN-75", A, "", "Client reporting commentary generator", "report commentary", "Investments", "genai-assistant", "build",
  ST, E, "SCOPE_CREEP", 250, "epic1", [
  ("c", "The quarterly commentary now has to cover alternatives, tax wrappers and a bespoke version per booking centre before anyone will use v1."),
  ("c", "Requirements doc went from 8 pages to 41 since the January steerco."),
  ], flags="epickeys:ADA")
X("BN-76", A, "CBOT", "Client-facing chat for balance enquiries", "client chat", "Digital", "genai-assistant", "build",
  CA, P, "PRODUCTION_ARCHITECTURE", 140, "epic1", [
  ("c", "The POC calls the model straight from a Python script on a dev VM; there's no hosting, no logging, no failover."),
  ("c", "Platform team: nothing in our estate can run this, and building MLOps for one bot isn't justified."),
  ], closure="Cancelled: POC had no path to production on the bank's platform and building one was out of reach.")
X("BN-77", A, "", "Branch footfall forecast", "footfall forecast", "Digital", "forecasting", "build",
  ST, P, "UNKNOWN", 170, "flat", [], flags="label:ADA chatty")
X("BN-78", A, "TAXD", "Tax document classification", "tax documents", "Operations", "document-ai", "buy",
  IP, O, "", 35, "epic2", [])
X("BN-79", A, "PHIL", "Philanthropy advisory matching", "philanthropy matching", "Private Banking", "recommendation", "build",
  CA, S, "OWNERSHIP_SPONSORSHIP", 48, "epic1", [
  ("c", "The philanthropy desk was folded into family office in the reorg and the new head wasn't told this existed."),
  ], closure="Closed: no business owner after the philanthropy desk was merged into family office.")
X("BN-80", A, "HEDG", "Hedging suggestion engine for treasury clients", "hedging suggestions", "Markets", "optimization", "build",
  AC, E, "", 16, "epic2", [])
