LABEL = "SCOPE_CREEP"
S = {"en": """
Started as invoice matching for one supplier; now it's supposed to do all of accounts payable in five countries.
Every steering committee adds 'just one more' use case.
The MVP backlog went from 18 stories to 140.
chat: marketing wants the chatbot to also do upsell now, and HR wants it for onboarding lol
We can't release v1 because v1 now includes the mobile app, the voice channel and Arabic.
Sponsor asked if it could also predict staff sickness while we're at it.
Pilot was one ward; then all wards; then the whole trust; still no release.
Minutes: scope extended to cover freight as well as passenger services; timeline unchanged.
Original ask: flag duplicate claims. Current ask: end-to-end claims automation.
Each demo ends with a new feature request that becomes mandatory.
We keep adding languages before the English version ships.
The 'first version' now has 23 integrations on the list.
Requirement doc is on revision 14 and growing.
Retro: we should have shipped the dashboard in March instead of waiting for the forecasting module.
Three new product lines were added to the model scope after the acquisition.
From one city's parking data to the whole region's mobility planning in a single workshop.
The team said yes to every stakeholder and delivered to none.
The definition of done now includes a self-service retraining UI.
Somebody added 'and explain every prediction in plain language' to the must-haves last week.
Backlog: 'nice to have' column is empty because everything was moved to 'must have'.
It was supposed to read delivery notes; now they want it to negotiate with carriers.
The go-live keeps slipping because new regulations are being folded into phase 1.
Since the board meeting the scope includes the subsidiaries in Poland and Romania.
Phase 1 swallowed phases 2 and 3.
Change requests this quarter: 31 approved, 0 rejected.
Scope: 'the whole customer journey'. We have four people.
Every department wants its own version of the model before anyone gets the first one.
Feature list for the harbour pilot now includes crane scheduling, which was never in the charter.
We've re-baselined the plan three times for added scope.
ok so now the triage bot also has to book appointments, send reminders and do billing questions??
Agreed MVP was 5 document types, we're at 38.
The pilot can't start until it handles 'all edge cases'.
Added voice, then video, then sign language to the citizen assistant before text was live.
Still gold-plating the UI for a tool 12 people will use.
The school pilot grew into a district-wide platform before anyone used it.
Requirements workshop outcome: 60 new user stories.
We now also need predictions at SKU-store-hour level instead of weekly by region.
Insurance quoting assistant is now expected to cover commercial lines too.
We kept extending the pilot with one more region, one more product family and one more report instead of cutting a release, and eighteen months later there is still no version 1.0 anybody can use.
A 'small addition' from the CFO: integrate treasury forecasting.
Charter says one plant; the plan now says 'global template'.
Each country lead added their local exception rules to the core build.
Release 1.0 has been renamed 'foundation release' and doubled in size.
We're now building the data platform, the model and the app all at once.
Somebody's pet feature, real-time translation, is blocking the launch.
The list of report types it must summarise went from 3 to 'all'.
Every sprint review adds work and none removes any: since March the business has added the franchise stores, a mobile view, supplier scorecards and a what-if simulator, while the original forecast still hasn't shipped.
Originally a forecast for bread; now bakery, dairy, frozen and the franchise stores.
""", "de": """
Angefangen hat es mit Rechnungsprüfung für einen Lieferanten, jetzt soll es die ganze Kreditorenbuchhaltung machen.
Jeder Lenkungskreis bringt noch einen Anwendungsfall dazu.
Das MVP-Backlog ist von 20 auf 150 Stories gewachsen.
Bevor die deutsche Version live ist, sollen schon fünf weitere Sprachen rein.
jetzt will der Vertrieb auch noch Cross-Selling im Chatbot, ernsthaft?
Aus einer Station wurde das ganze Klinikum, live ist immer noch nichts.
Phase 1 hat Phase 2 und 3 verschluckt.
Lastenheft in Version 14, Tendenz steigend.
Nach dem Zukauf kamen drei Produktlinien in den Umfang.
Alles steht inzwischen auf 'Muss', nichts mehr auf 'Kann'.
Statt eines Werks soll es jetzt ein globales Template sein.
Ursprünglich Brotprognose, jetzt auch Molkerei, Tiefkühl und Franchise.
""", "fr": """
Au départ, le rapprochement de factures pour un fournisseur ; maintenant, toute la comptabilité fournisseurs.
Chaque comité de pilotage ajoute « juste un cas d'usage de plus ».
le marketing veut aussi du upsell dans le chatbot maintenant, et les RH l'accueil des nouveaux
Un service pilote, puis tout l'hôpital, et toujours rien en production.
Le cahier des charges en est à sa quatorzième version.
Demandes d'évolution ce trimestre : 31 acceptées, aucune refusée.
La V1 doit maintenant gérer la voix, la vidéo et la langue des signes.
On ne peut pas livrer tant que le modèle ne traite pas « tous les cas particuliers ».
Le périmètre a été étendu au fret alors que le planning n'a pas bougé.
Chaque pays a ajouté ses règles locales au socle commun.
Le MVP compte désormais 23 interfaces à réaliser.
Après le rachat, trois gammes de produits sont venues s'ajouter au périmètre.
""", "es": """
Empezó como conciliación de facturas de un proveedor y ahora tiene que cubrir todas las cuentas a pagar.
ahora el bot de citas también tiene que cobrar, enviar recordatorios y resolver dudas de facturación
El backlog del MVP pasó de 20 a 150 historias.
Metemos idiomas nuevos antes de sacar la versión en castellano.
El piloto de un colegio se convirtió en plataforma para toda la consejería antes de que nadie lo usara.
La fase 1 se comió las fases 2 y 3.
Todo está en 'imprescindible'.
Era una fábrica y ahora es 'plantilla global'.
Cada revisión de sprint añade trabajo y ninguna quita nada.
El director financiero pidió 'una pequeña cosa': integrar la previsión de tesorería.
Antes eran tres tipos de informe a resumir; ahora son 'todos'.
Seguimos ampliando el piloto en vez de sacar una versión.
""", "it": """
Era la riconciliazione fatture di un fornitore, ora deve gestire tutta la contabilità passiva.
adesso il marketing vuole anche l'upselling nel chatbot, e le HR l'onboarding
Il backlog dell'MVP è passato da 20 a 150 storie.
Un reparto, poi tutto l'ospedale, poi l'intera ASL, e ancora niente in produzione.
Ogni presentazione in comitato finisce con una nuova funzione obbligatoria.
L'assistente per le polizze auto ora deve coprire anche quelle aziendali.
La previsione era per il pane, ora anche latticini, surgelati e franchising.
Il documento dei requisiti è alla versione 14.
Stiamo costruendo insieme piattaforma dati, modello e app.
Ormai è tutto 'obbligatorio'.
Qualcuno ha aggiunto 'spiegare ogni previsione in linguaggio semplice' tra i requisiti minimi.
La funzione di traduzione in tempo reale, voluta da un dirigente, blocca il lancio.
""", "pt": """
Começou como leitura de guias de remessa e agora querem que negocie com as transportadoras.
agora o marketing quer que o bot venda também, e o RH quer onboarding
A fase 1 engoliu as fases 2 e 3.
O piloto de um porto passou a incluir o agendamento das gruas, que nunca esteve no termo de abertura.
Cada diretor quer a sua versão do modelo antes de alguém ter a primeira.
Pedidos de alteração no trimestre: 31 aprovados, nenhum recusado.
O MVP combinado eram 5 tipos de documento, estamos em 38.
O lançamento 1.0 passou a chamar-se 'release de fundação' e duplicou de tamanho.
Estamos a juntar idiomas antes de lançar a versão em português.
Depois da reunião do conselho, o âmbito passou a incluir as subsidiárias em Angola.
Na última revisão ninguém aceitou tirar nada: está tudo como 'obrigatório', incluindo a app móvel, os relatórios para os reguladores e a integração com os parceiros.
Agora pedem previsões por loja e por hora em vez de semanais por região.
""", "nl": """
Het begon met factuurmatching voor één leverancier, nu moet het de hele crediteurenadministratie doen.
Elke stuurgroep voegt 'nog één use case' toe.
nu moet de triagebot ook afspraken inplannen en herinneringen sturen??
Het eisendocument zit op versie 14.
Eén gemeente werd de hele regio voordat er iets live stond.
Het plan is drie keer opnieuw gebaselined voor extra scope.
De definitie van klaar bevat nu ook een selfservice-scherm voor hertrainen.
Wijzigingsverzoeken dit kwartaal: 31 goedgekeurd, nul afgewezen.
Alles staat inmiddels op 'must have'.
Eén fabriek werd een 'wereldwijd template'.
We blijven de pilot verlengen in plaats van een release te maken.
Na de overname kwamen er drie productlijnen bij in de scope.
"""}
