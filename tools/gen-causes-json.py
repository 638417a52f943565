# Writes jobs/src/main/resources/dev/lastmile/rules/causes.json (the file that ships and is
# loaded by CauseRules). Edit the vocabulary here, then run:
#   python3 tools/gen-causes-json.py jobs/src/main/resources/dev/lastmile/rules/causes.json
# and bump "version". Regexes are written as Python raw strings and emitted as JSON.
import json
T = {}
T["blocked"] = [r"block(?:ed|ing|er|ers|s)?", r"stuck", r"stall(?:ed|ing|s)?", r"held up", r"holding (?:\w+ )?up",
  r"wait(?:ing|ed|s)? (?:on|for)", r"await(?:ing|s|ed)?", r"pending", r"delay(?:ed|s|ing)?", r"on hold", r"paused",
  r"parked", r"halted", r"frozen", r"bottleneck", r"impeded", r"(?:still|yet) to (?:get|receive|hear)",
  r"no (?:response|answer|reply|progress|movement) (?:from|on)", r"chasing", r"escalat(?:ed|ing|ion)"]
T["lacking"] = [r"no", r"lack(?:s|ed|ing)?(?: of)?", r"missing", r"without", r"absent", r"absence of", r"insufficient",
  r"inadequate", r"not enough", r"too (?:few|little)", r"shortage of", r"short of", r"scarce", r"unavailable",
  r"not (?:yet )?available", r"unable to (?:get|obtain|find|access|source|secure)",
  r"(?:can|could|did|do|does) not (?:get|obtain|find|access|source|secure|have)",
  r"never (?:got|received|obtained|had|found)", r"(?:had|have|has) no", r"there (?:is|was|are|were) no"]
T["problem"] = [r"problems?", r"issues?", r"concerns?", r"blockers?", r"challenges?", r"difficult(?:y|ies)", r"trouble",
  r"struggl(?:e|ed|es|ing)", r"fail(?:ed|ing|s|ure|ures)?", r"broken", r"gaps?", r"risks? (?:materialis(?:ed|es))"]
T["poor"] = [r"poor", r"bad", r"messy", r"dirty", r"inconsistent", r"incomplete", r"unreliable", r"noisy", r"sparse",
  r"biased", r"unrepresentative", r"not representative", r"skewed", r"stale", r"outdated", r"out of date", r"corrupt(?:ed)?",
  r"duplicated?", r"garbage", r"erroneous", r"patchy", r"questionable", r"low quality", r"poor quality",
  r"(?:too|very) (?:low|poor|thin|small|limited)", r"not (?:good|clean|reliable|complete|usable) enough", r"unusable", r"not usable",
  r"full of (?:errors|gaps|nulls|holes)", r"riddled with", r"wrong", r"mislabell(?:ed|ing)", r"imbalanced", r"unbalanced"]
T["data"] = [r"data(?! science| scientists?| engineers?| engineering| platform| strategy| team| protection| privacy| centre| governance| officer| sharing agreement)",
  r"datasets?", r"data ?sets?", r"training (?:data|set|examples|samples)", r"labels", r"labell(?:ed|ing) (?:data|examples)", r"labell?ing",
  r"ground truth", r"annotations?", r"historical (?:data|records)", r"history", r"source (?:data|systems? data|files)", r"records",
  r"features? (?:data|store data)", r"inputs? data", r"data feeds?", r"extracts?", r"logs"]
T["arch"] = [r"production (?:environment|platform|infrastructure|infra|pipeline|path|route|setup|cluster|hosting|deployment|architecture|support)",
  r"path to (?:production|live|prod)", r"route to (?:production|live|prod)", r"deployment (?:pipeline|path|process|platform|target|environment|tooling|option|route|mechanism)",
  r"(?:model )?serving(?: platform| infrastructure| layer| stack| endpoint)?", r"hosting", r"inference (?:platform|infrastructure|endpoint|service|server|stack)",
  r"ml ?ops", r"ml (?:platform|ops|pipeline|infrastructure|infra)", r"model (?:platform|registry|monitoring|management|deployment|ops|retraining|pipeline|endpoint|hosting|serving)",
  r"ci ?cd", r"cicd", r"continuous (?:integration|delivery|deployment)", r"monitoring", r"retraining(?: pipeline| process| schedule)?",
  r"feature store", r"kubernetes", r"k8s", r"runtime environment", r"scoring (?:service|engine|platform|pipeline|infrastructure)", r"api endpoint",
  r"operating model", r"support model", r"run ?book", r"on call", r"production readiness", r"productionis(?:e|ation|ing)", r"industrialis(?:e|ation|ing)",
  r"operationalis(?:e|ation|ing)", r"release process", r"platform team", r"infrastructure", r"infra", r"deployment"]
T["int"] = [r"(?:dispatch|scheduling|planning|ordering|order management|warehouse management|wms|tms|ticketing|case management|document management|hr|payroll|trading|pricing|underwriting|lending|loan|payments?|inventory|maintenance|asset management|mes|scada|historian|till|telephony|ivr|bpm|booking|billing|claims|policy admin|core banking) (?:systems?|platforms?|software|applications?|tools?|engine)",
  r"(?:business|operational|underwriting|claims|clinical|care|sales|service|dispatch|approval|case|lending|ordering|planning|their|users'?) (?:workflows?|process(?:es)?)", r"integrat(?:e|ed|es|ing|ion|ions)", r"interfaces?", r"connectors?", r"connect(?:ion|ions|ing|ivity)?", r"apis?", r"middleware", r"legacy(?: systems?| platforms?| stack| applications?| apps?)?",
  r"mainframe", r"core (?:system|systems|banking|platform|application)", r"erp", r"crm", r"sap(?: ecc| s 4 ?hana| hana)?", r"salesforce", r"servicenow", r"workday", r"oracle(?: ebs)?",
  r"dynamics", r"guidewire", r"ehr", r"emr", r"upstream systems?", r"downstream systems?", r"systems? of record", r"source systems?", r"target systems?", r"host systems?",
  r"point of sale", r"pos system", r"(?:existing|enterprise|back ?office|line of business|third party|vendor|partner|client|customer|booking|billing|claims|policy|core) (?:systems?|platforms?|applications?|software)",
  r"existing (?:workflows?|processes|tools|tooling|stack)", r"web ?services?", r"message (?:bus|queue)", r"esb", r"file (?:transfer|feed|interface)", r"sftp", r"hand ?off"]
T["sec"] = [r"security", r"infosec", r"info sec", r"cyber(?: security)?", r"ciso", r"privacy", r"data protection", r"dpia", r"pia", r"gdpr", r"ccpa", r"hipaa", r"pci(?: dss)?", r"sox",
  r"legal(?: team| department| review| sign off| counsel)?", r"lawyers?", r"counsel", r"compliance", r"regulat(?:or|ors|ory|ion|ions)", r"supervisor", r"risk (?:team|committee|function|review|office|and compliance)",
  r"model risk(?: management| team| review| validation)?", r"governance(?: board| committee| review| team)?", r"ethics (?:board|committee|review|council)", r"ai (?:act|ethics|governance|risk)", r"audit(?:ors)?",
  r"dpo", r"works council", r"(?:architecture|approval|review|change advisory|design authority) board", r"pen(?:etration)? test(?:ing)?", r"threat model(?:ling)?",
  r"(?:personal|sensitive|customer|patient|health|pii|personally identifiable) (?:data|information)", r"pii", r"phi", r"consent", r"lawful basis", r"data residency", r"sovereignty",
  r"third party risk", r"vendor (?:risk|security|assessment) ?(?:review|assessment)?", r"clearance"]
T["sec_problem"] = T["blocked"] + [r"reject(?:ed|s|ion)?", r"veto(?:ed)?", r"refus(?:ed|al)", r"denied", r"not approved", r"never approved", r"(?:was|were|is|are|has|have|had) not (?:been )?(?:obtained|granted|given|cleared|signed(?: off)?|approved)",
  r"(?:did|does|would|will) not (?:approve|sign(?: off)?|pass|clear|allow|permit)", r"fail(?:ed|s|ing)?", r"objections?", r"object(?:ed|s)", r"red flags?", r"concerns?", r"findings",
  r"not (?:compliant|allowed|permitted|acceptable)", r"non ?compliant", r"non ?compliance", r"prohibit(?:ed|s)?", r"forbid(?:den|s)?", r"breach(?:es|ed)?", r"violat(?:e|es|ed|ion|ions)",
  r"stopped", r"shut (?:it )?down", r"pulled the plug", r"(?:no|without) (?:sign off|approval|clearance)", r"sign off (?:outstanding|missing)", r"approval (?:outstanding|missing|withheld)",
  r"withheld", r"raised (?:issues|questions)", r"could not (?:get|obtain) (?:sign off|approval|clearance)"]
T["own"] = [r"sponsor(?:s|ship)?", r"(?:business|product|accountable|project|initiative|executive|new|an|clear) owners?", r"ownership", r"accountab(?:le|ility)", r"champion",
  r"stakeholders?", r"leadership", r"management", r"exec(?:utive)?s?", r"steering (?:committee|group|board)", r"business (?:side|lead|leads|unit|stakeholders?)", r"decision makers?",
  r"(?:vp|director|head|cxo|cfo|coo|cio|cto|ceo)s?"]
T["own_problem"] = [r"(?:has|have|had) left", r"left (?:the )?(?:company|bank|firm|business|organisation|role|team)", r"leaving", r"departed", r"departure", r"resigned", r"retired", r"moved (?:on|roles|to another|to a different)",
  r"changed (?:roles|jobs)", r"reassigned", r"replaced", r"lost", r"gone", r"vacant", r"unclear", r"undefined", r"disengaged", r"not engaged", r"lost interest", r"unresponsive",
  r"(?:not|stopped) (?:responding|attending|showing up|engaging)", r"(?:did|does|would) not (?:respond|engage|attend|prioritis(?:e|ed)|care|commit|decide|agree)", r"never (?:responded|engaged|committed|decided|agreed)",
  r"disagree(?:d|ment|ments|s)?", r"misaligned", r"not aligned", r"no alignment", r"conflict(?:ing|s)?", r"disputes?", r"(?:looking|searching) for (?:a |an )?(?:new|replacement)",
  r"nobody", r"no one", r"orphan(?:ed)?", r"withdr(?:ew|awn)", r"pulled (?:out|support|their support)", r"walked away", r"no (?:longer )?(?:interested|supportive|engaged)", r"turf war",
  r"infighting", r"could not agree", r"can not agree", r"politics", r"political"]
T["skill_who"] = [r"data scientists?", r"ml engineers?", r"machine learning engineers?", r"data engineers?", r"mlops engineers?", r"platform engineers?", r"engineers?", r"developers?",
  r"skills?", r"skill ?sets?", r"expertise", r"know how", r"experience", r"capacity", r"staff(?:ing)?", r"people", r"team", r"resourc(?:es|ing)", r"headcount", r"hires?", r"hiring",
  r"recruit(?:ment|ing|s)?", r"talent", r"specialists?", r"experts?", r"contractors?", r"consultants?", r"(?:ml|ai|data science|analytics) (?:team|capability|capabilities)", r"fte"]
T["skill_problem"] = [r"lack(?:s|ed|ing)?(?: of)?", r"missing", r"short(?:age|ages| handed| staffed)?", r"understaffed", r"under staffed", r"under resourced", r"not enough", r"too (?:few|small|thin|junior)",
  r"insufficient", r"(?:has|have|had) left", r"left (?:the )?(?:company|bank|firm|business|organisation|team|project)", r"quit", r"resigned", r"departed", r"departure", r"moved on", r"(?<!employee |customer |client |staff |workforce )attrition(?! forecast| model| predict| risk| scor| rate| analy| data| use case)", r"turnover",
  r"(?:could|can|did) not (?:hire|find|recruit|staff|backfill|replace|retain)", r"unable to (?:hire|find|recruit|staff|backfill|replace|retain)", r"hiring freeze", r"headcount freeze", r"vacan(?:t|cy|cies)",
  r"gaps?", r"no one (?:who|with|to|on the team|in the team)", r"nobody (?:who|with|to|on the team|in the team)", r"stretched(?: thin)?", r"overloaded", r"overstretched", r"reassigned",
  r"pulled (?:off|onto|into|away)", r"single point of failure", r"bus factor", r"inexperienced", r"junior", r"not (?:skilled|trained|qualified)", r"untrained", r"unskilled", r"steep learning curve",
  r"wait(?:ing)? for (?:new )?(?:hires|recruits|staff|headcount|people|resources)", r"no (?:dedicated|available|in house|internal)", r"(?:never|not) (?:staffed|backfilled|replaced)", r"lost (?:our|the|its|their|a|two|three|key)"]
T["scope_what"] = [r"scope", r"requirements?", r"features?", r"asks", r"requests", r"use cases?", r"wish ?list", r"backlog", r"countries", r"markets", r"products", r"channels", r"languages",
  r"mvp", r"first (?:release|version|deliverable|increment)", r"v1", r"deliverables?", r"stakeholder (?:asks|requests|wishes)", r"change requests?"]
T["scope_grow"] = [r"(?:kept|keeps|keep|continued to|continues to|constantly|always|repeatedly)(?: \w+)? (?:grow|grew|growing|expand|expanding|expanded|increas(?:e|ing|ed)|balloon(?:ing|ed)?|widen(?:ing|ed)?|chang(?:e|ing|ed)|shift(?:ing|ed)?|being (?:added|extended|expanded|widened)|piling up|coming in|moving|creep(?:ing)?|getting (?:bigger|larger|added))",
  r"(?:grew|ballooned|exploded|doubled|tripled|expanded|mushroomed|snowballed)", r"creep", r"too (?:big|large|broad|wide|ambitious)", r"(?:was|is|were) (?:far )?too (?:big|large|broad|ambitious)",
  r"never (?:settled|stabilis(?:ed|e)|frozen|fixed|agreed|locked)", r"(?:kept|keep|keeps|keeping|constantly|always) adding", r"(?:added|adding) (?:more|new|another|extra|yet another)", r"(?:another|yet another|new|more|additional|extra|further) (?:scope )?(?:increase|expansion|change|additions?)"]
T["users"] = [r"users?", r"end users?", r"agents", r"advis[eo]rs", r"clinicians", r"doctors", r"nurses", r"physicians", r"underwriters", r"adjusters", r"claims handlers", r"handlers", r"caseworkers",
  r"case workers", r"recruiters", r"planners", r"dispatchers", r"operators", r"technicians", r"engineers in the field", r"field (?:staff|teams|engineers)", r"frontline(?: staff)?", r"front line(?: staff)?",
  r"call centre(?: staff| agents)?", r"branch(?:es| staff)?", r"store (?:staff|managers)", r"sales (?:team|teams|reps|force|staff)", r"business users", r"employees", r"staff", r"analysts", r"traders",
  r"customers", r"the business", r"teachers", r"managers", r"adoption", r"uptake", r"usage", r"take up", r"engagement", r"utilis(?:ation|e)"]
T["users_problem"] = [r"(?:did|do|does|would|will) not (?:adopt|use|trust|like|want|accept|engage|believe|buy|see the (?:value|point|benefit))", r"not (?:adopt(?:ed|ing)?|using|used|trusted|trusting|accepted|engaged|interested|convinced)",
  r"refus(?:e|ed|es|ing) to", r"resist(?:ed|ing|ance|ant|s)?", r"push ?back", r"pushed back", r"pushing back", r"reject(?:ed|ing|s)?", r"distrust(?:ed|ing|s)?", r"mistrust(?:ed)?",
  r"(?:lack of|no|low|little|poor|weak|minimal|negligible|limited) (?:trust|adoption|uptake|usage|engagement|confidence|interest|take up)", r"ignor(?:e|ed|es|ing)", r"bypass(?:ed|es|ing)?",
  r"work(?:ed|ing|s)? around", r"workarounds?", r"overrid(?:e|es|ing|den)", r"overrode", r"went back to", r"go(?:ing)? back to", r"revert(?:ed|ing)? to", r"stuck with (?:the |their )?(?:old|existing|manual|spreadsheet)",
  r"prefer(?:red|s)? (?:the |their )?(?:old|existing|manual|own|spreadsheet)", r"complain(?:ed|ts?|ing)", r"stopped using", r"abandon(?:ed|ing)?", r"sceptic(?:al|ism)", r"unconvinced",
  r"(?:was|is|remained|stayed) (?:low|poor|weak|minimal|negligible|disappointing|flat)", r"never (?:took off|used|adopted|picked up|caught on)", r"did not (?:take off|catch on|pick up|stick)",
  r"afraid", r"fear(?:ed|s)?", r"threat(?:ened)? (?:to|by)", r"unhappy", r"frustrat(?:ed|ion)", r"hated", r"dislike(?:d)?", r"(?:nobody|no one) (?:used|uses|wanted|opened|looked at|logged in)", r"low (?:logins?|usage|adoption)"]
T["money"] = [r"budget(?:s)?", r"funding", r"funds", r"money", r"financing", r"capex", r"opex", r"investment", r"spend(?:ing)?", r"costs?", r"price", r"pricing", r"licenc(?:e|es|ing)(?: fees?| costs?)?",
  r"running costs?", r"cloud (?:costs?|bill|spend)", r"compute (?:costs?|bill|spend)", r"gpu (?:costs?|spend)", r"token (?:costs?|spend)", r"inference costs?", r"roi", r"return on investment", r"payback",
  r"savings", r"benefits?", r"tco", r"total cost(?: of ownership)?", r"business case", r"financial case", r"cost benefit", r"finance(?: team)?", r"cfo"]
T["money_problem"] = [r"cuts?", r"slashed", r"frozen", r"freeze", r"withdrawn", r"pulled", r"exhausted", r"ran out", r"run out", r"running out", r"overrun", r"overran", r"over ?spen(?:t|d)",
  r"over budget", r"exceed(?:ed|s)?", r"blew", r"blown", r"too (?:high|expensive|costly|much)", r"(?:was|were|is|are|has|have|had) not (?:been )?(?:approved|secured|renewed|released|allocated|extended|found)",
  r"never (?:approved|secured|renewed|released|allocated|materialis(?:ed|e))", r"no (?:more |further |additional )?(?:budget|funding|money|funds)", r"(?:lack|lost|loss|withdrawal) of", r"insufficient",
  r"unaffordable", r"not affordable", r"(?:could|can|did) not (?:justify|afford|cover)", r"(?:did|does|would|will) not (?:justify|add up|pay off|pay back|stack up|materialis(?:e|ed)|cover)",
  r"negative", r"(?:was|is|were|are) (?:too )?(?:high|low|marginal|unclear|weak|thin)", r"doubled", r"tripled", r"ballooned", r"spiral(?:l)?(?:ed|ing)?", r"prohibitive(?:ly)?", r"not worth",
  r"hard to justify", r"re ?allocated", r"redirected", r"diverted", r"on hold", r"pending", r"await(?:ing)?", r"wait(?:ing)? (?:on|for)", r"outweigh(?:ed|s)?", r"(?:did|does) not outweigh",
  r"(?:not|never) (?:justified|viable)", r"(?:far |well |way |significantly |much )?(?:above|over|higher than|more than|beyond|exceed(?:ed|s|ing)?) (?:the |our |what )?(?:estimate|estimates|estimated|plan|planned|forecast|budget|budgeted|expected|expectations|projections?|business case)", r"unviable", r"not viable", r"expensive", r"costly", r"overrun"]
T["quality_what"] = [r"ocr", r"extraction", r"nlp", r"vision model", r"computer vision", r"recognition", r"parser", r"chatbot", r"assistant", r"bot", r"speech recognition", r"transcription", r"the model", r"accuracy", r"precision", r"recall", r"f1(?: score)?", r"auc", r"mape", r"rmse", r"mae", r"error rates?", r"false positives?", r"false negatives?",
  r"(?:model|prediction|forecast|output|answer|extraction|classification|detection|recognition|ocr) (?:quality|performance|accuracy)", r"model", r"models", r"predictions?", r"forecasts?",
  r"results", r"outputs?", r"answers", r"responses", r"hallucinat(?:e|es|ed|ion|ions|ing)", r"performance", r"benchmarks?", r"accuracy (?:target|threshold|bar|requirement)",
  r"(?:the|our|its) (?:target|threshold|bar)", r"baseline model", r"llm", r"classifier", r"detector", r"algorithm", r"approach"]
T["quality_problem"] = [r"never (?:got|went|rose|climbed|made it|moved) (?:above|over|past|beyond|higher than)", r"(?:stuck|capped|topped out|maxed out|peaked|plateaued) (?:at|below|around|under)", r"(?:could|can|did|does) not (?:reliably |consistently |accurately |properly |really |even |always )?(?:distinguish|differentiate|tell apart|separate|detect|recognise|classify|predict|identify|extract|read|find|forecast|capture|learn|spot)", r"fail(?:s|ed)? on", r"breaks? on", r"struggl(?:es|ed|ing)? (?:with|on)", r"chokes? on", r"not (?:good|accurate|reliable|precise|robust|stable|strong|consistent) enough", r"(?:could|can|did|does|would|will) not (?:reach|hit|meet|achieve|beat|exceed|get (?:to|above|past|near)|outperform|improve|match|generalis(?:e|ed)|work|cope|handle)",
  r"fail(?:ed|s|ing)? to (?:reach|hit|meet|achieve|beat|outperform|improve|match|generalis(?:e|ed)|converge|work)", r"(?:never|not) (?:reached|met|achieved|beat|hit|matched)", r"unreachable", r"not reachable",
  r"not achievable", r"unachievable", r"unattainable", r"(?:below|under|short of|fell short of|falls short of) (?:the )?(?:target|threshold|bar|baseline|requirement|benchmark|agreed|required|needed)",
  r"(?:too|very) (?:low|poor|inaccurate|unreliable|noisy|weak|many)", r"(?:far |well |way |significantly |much |still )?(?:below|short of|under|behind) (?:what|the level|the bar|the required|expectations?|requirements?|the business (?:need|expect|requir))", r"(?:does|did|do) not meet (?:the )?(?:expectations?|requirements?|bar|target|threshold)", r"plateau(?:ed|ing|s)?", r"stuck at", r"no better than", r"worse than", r"overfit(?:ting|ted|s)?", r"unreliable",
  r"inaccurate", r"unstable", r"coin (?:flip|toss)", r"hallucinat(?:e|es|ed|ion|ions|ing)", r"made up", r"(?:did|does) not generalis(?:e|ed)", r"degrad(?:ed|es|ing)", r"(?:was|were|is|are) poor",
  r"(?:was|were|is|are) (?:still )?(?:too )?(?:low|weak|disappointing|underwhelming|mediocre)", r"underperform(?:ed|s|ing)?"]

# ---- 1.1: general paraphrase families (how people describe each failure in general, not any
# one portfolio's sentences): synonyms, inflections and wider subject/problem vocabularies.
T["poor"] += [r"missing (?:timestamps|ids|dates|keys|identifiers|fields|outcomes|labels|values)", r"(?:entered|recorded|captured|coded|labell?ed|keyed|tagged|logged|maintained|filled in) (?:\w+ ){0,1}(?:inconsistently|incorrectly|wrongly|differently|haphazardly|sporadically|unreliably|inaccurately|by hand|manually in free text)", r"terrible", r"awful", r"horrible", r"appalling", r"atrocious", r"dreadful", r"shocking", r"a mess", r"a nightmare",
  r"full of (?:duplicates|missing values|blanks|junk|noise|typos|free text)", r"missing values", r"null values", r"nulls", r"(?:huge|big|large|major|significant|many) (?:gaps|holes)",
  r"undocumented", r"unlabell(?:ed|ing)", r"not labell(?:ed|ing)", r"inaccurate", r"contradictory", r"conflicting", r"(?:heavily |badly )?skewed", r"out of sync", r"not (?:fit for purpose|trustworthy)",
  r"(?:only|just) covers? (?:a |one |two |a single |a small |part of )", r"only (?:goes|go|went|reaches?|extends?|spans?) back", r"dominated by (?:one|a single|a few|two)", r"(?:heavily |badly )?(?:imbalanced|biased|skewed) (?:towards|to)",
  r"(?:mostly |largely |often |half |partly )?(?:empty|blank|unpopulated|not populated)", r"(?:different|inconsistent|incompatible|mixed) formats", r"(?:keeps? |kept )?break(?:s|ing)? (?:every|each|all the time|constantly|regularly|often|down)", r"(?:is|are|was|were) not representative", r"(?:far |well |way )?below (?:what|the (?:standard|level|quality))"]
T["data"] += [r"(?:sensor |meter |machine )?readings", r"measurements", r"labels?(?! (?:on|in) (?:jira|the ticket|the issue|the epic))", r"(?:source |raw |staging |data |warehouse |reference )tables", r"(?:the )?tables", r"(?:training |source |data )?samples?",
  r"(?:outcome|target|label|event|sensor|transaction|customer|claims?|sales|telemetry|clickstream|call|image|text|document) (?:data|records|history|labels|logs|feeds?)",
  r"ground truth outcomes", r"outcomes data", r"(?:the |a )?(?:source |upstream |daily |nightly |batch |sensor |vendor |market )feeds?", r"spreadsheets? of (?:data|records)",
  r"(?:key |critical |mandatory |required |important |source |most )?(?:fields|columns|attributes)", r"images", r"photos", r"scans", r"recordings", r"videos", r"audio"]
T["problem"] += [r"headaches?", r"mess", r"nightmare", r"pain(?: points?)?"]
T["skill_who"] += [r"anyone", r"anybody", r"knowledge", r"capabilit(?:y|ies)", r"competenc(?:e|es|y|ies)", r"bandwidth", r"manpower", r"(?<!owner |sponsor |champion |ownership )roles?", r"reqs?", r"requisitions?",
  r"positions?", r"vacanc(?:y|ies)", r"analysts?", r"architects?", r"scientists?", r"modell?ers?", r"in house (?:team|staff|people|capability|skills|expertise)", r"internal (?:team|staff|capability|skills|expertise)",
  r"(?:ml|ai|data|analytics|mlops|devops|cloud|platform) (?:skills|talent|expertise|people|staff|engineers?|specialists?)", r"domain experts?", r"subject matter experts?", r"smes?", r"interns?", r"secondees?"]
T["skill_problem"] += [r"(?:could not|can not|did not|failed to|unable to|struggl(?:ed|es|ing) to) (?:get|come) up to speed", r"learning curve", r"(?:fully |completely |entirely )?(?:consumed|absorbed|tied up|taken up|eaten up|swallowed) (?:by|with)", r"rolled off", r"rolling off", r"roll(?:s|ed)? off", r"walked out(?: the door)?", r"(?:no|zero|little|limited|minimal) (?:prior |previous |real |practical |hands on |production |relevant )?(?:experience|expertise|background|knowledge)",
  r"not familiar", r"unfamiliar", r"(?:never|not) (?:managed|able) to (?:hire|recruit|find|staff|backfill|replace|retain|fill)", r"unfilled", r"not (?:been )?filled", r"never filled", r"(?:on|went on|going on) (?:\w+ )?leave", r"off sick",
  r"burn(?:ed|t|ing)? out", r"poached", r"(?:quit|resigned|left) (?:in|last|this|after)", r"handed in (?:his|her|their) notice", r"gave notice", r"notice period",
  r"frozen", r"(?:hiring|recruitment|recruiting) (?:\w+ ){0,2}(?:failed|stalled|frozen|paused|cancelled|went nowhere|fell through)", r"(?:could|can|did) not (?:build|maintain|support|operate|run|take over|pick up|own) (?:it|this|the)",
  r"can not (?:build|code|program|deploy|maintain)", r"not (?:capable|competent|equipped)", r"out of (?:our|their|the team s) depth", r"beyond (?:our|their|the team s) (?:skills|skill set|capabilit(?:y|ies)|expertise)",
  r"(?:too )?(?:thinly )?spread (?:too )?thin", r"no (?:one|body) left", r"(?:attrition|churn|turnover) (?:\w+ )?(?:in|on|of) the team", r"took (?:all |the |their |his |her )?(?:knowledge|know how|expertise) with (?:them|him|her)"]
T["scope_what"] += [r"ask", r"remit", r"brief", r"ambitions?", r"wish(?:es)?", r"must haves?", r"nice to haves?", r"edge cases?", r"deliverable",
  r"feature requests?", r"(?:new|extra|additional|more) (?:requirements?|requests|asks|features?|use cases?|reports|screens|data sources|integrations)", r"(?:regions|sites|business units|departments|lines of business|segments|teams) (?:to|in) (?:scope|the first release)", r"target"]
T["scope_grow"] += [r"(?:pil(?:e|ed|es|ing)|heap(?:ed|ing)?|tack(?:ed|ing)|bolt(?:ed|ing)) on", r"(?:kept|keeps|keep|keeping) getting (?:longer|bigger|larger|wider)", r"(?:growing|grows|grew|got|gets|getting) longer", r"grew (?:from|into|to)", r"grown", r"(?:ever|always|constantly) (?:growing|expanding|changing|shifting|moving)", r"more and more", r"piled up", r"pil(?:e|es|ing) up", r"(?:kept|keep|keeps) (?:arriving|landing|appearing|coming)",
  r"arriv(?:e|es|ing) (?:each|every) (?:sprint|week|month|meeting|demo|review)", r"(?:each|every) (?:sprint|week|month|steering meeting|meeting|demo|review) (?:brings?|brought|adds?|added)", r"never ending", r"endless", r"uncontrolled", r"unchecked", r"runaway", r"unmanaged",
  r"(?:added|adding) (?:their|its|his|her) own", r"(?:extended|expanded|widened|broadened|enlarged|stretched) (?:again|further|to (?:include|cover|add))", r"(?:insist(?:s|ed|ing)?|demand(?:s|ed|ing)?) on (?:handling|covering|including|adding|supporting) (?:every|all|each)",
  r"(?:every|all (?:the|possible)?|each) (?:possible |last )?(?:edge|corner|special) cases?", r"moving (?:goal ?posts|target)", r"a moving target", r"kept moving", r"keeps moving", r"(?:became|becomes|turned into|grew into|morphed into|evolved into) (?:a |an )?(?:much )?(?:bigger|larger|broader|wider|full|whole|entire)"]
T["users"] += [r"(?:sales )?reps", r"account managers", r"store managers", r"site managers", r"(?:the )?(?:front ?line|front line|shop floor|operations|ops|claims|sales|service|support|care|contact centre|call centre) (?:staff|teams?|agents|workers|colleagues|people|users)", r"colleagues", r"workers",
  r"pharmacists", r"lawyers", r"auditors", r"inspectors", r"drivers", r"pickers", r"controllers", r"buyers", r"merchandisers", r"brokers", r"bankers", r"relationship managers", r"loan officers", r"officers", r"departments", r"stores", r"sites", r"business units"]
T["users_problem"] += [r"annoy(?:ed|ing|ance)", r"(?:turned|switched|shut) (?:them|it|the (?:\w+ )?(?:alerts?|notifications?|feature|tool|assistant|pop ups?)) off", r"alert fatigue", r"(?:own|their|gut) (?:judgement|gut|experience|intuition|instinct|feel)",
  r"instead of (?:the |using the |using )?(?:scores?|model|tool|recommendations?|forecasts?|predictions?|app|system|assistant|dashboard)", r"(?:worried|afraid|feared|fearful|concerned|anxious|scared) (?:\w+ ){0,5}(?:replace (?:them|us|their)|replaced|their jobs|job (?:losses|cuts)|redundanc\w*)", r"(?:did|do|does|would|will) not (?:adopt|use|trust|like|want|accept|engage|believe in|embrace|warm to|buy into|rely on|act on|look at|log in|open)", r"never (?:embraced|bought into|warmed to|trusted|relied on|acted on|logged in|opened)",
  r"(?:gone|went|going|goes|fell|falling|fall) back to", r"(?:their|the) (?:old|own|existing|manual|usual|paper|legacy) (?:spreadsheets?|process(?:es)?|tools?|ways?|methods?|checklists?|reports?|system)",
  r"(?:see|saw|sees|seen|view(?:ed|s)?|perceive(?:d|s)?|treat(?:ed|s)?) (?:it|the tool|the model|the system|the app|this) as (?:\w+ ){0,2}(?:extra work|a burden|a threat|overhead|a chore|a toy|a gimmick|surveillance|box ticking|noise|useless|irrelevant|more work)",
  r"extra (?:work|clicks|steps|effort|admin)", r"(?:more|extra|added) (?:clicks|steps|screens|admin|friction)", r"(?:keep|kept|keeps|keeping) overriding", r"overrid(?:e|es|ing|den) (?:it|them|the (?:\w+ )?(?:scores?|recommendations?|forecasts?|predictions?|suggestions?|model|outputs?))",
  r"(?:barely|hardly|rarely|seldom|never|not really|little) (?:being )?(?:used|opened|looked at|consulted|touched)", r"(?:dropped|fell|tailed|petered|fizzled) (?:off|away)", r"stopped (?:using|opening|logging in|looking at|checking)",
  r"(?:nobody|no one|few|hardly anyone|hardly anybody|almost nobody) (?:\w+ )?(?:uses?|used|logs? in|logged in|opens?|opened|looks? at|looked at|reads?|checks?|checked|bothers?|bothered|clicks?|clicked|trusts?|trusted|wants?|wanted|asked for)",
  r"(?:lack of|no|low|little|poor|without) (?:\w+ )?(?:user |end user |frontline |staff |business )?(?:acceptance|training(?! data| set| examples| samples| pipeline| runs?| jobs?| costs?)|change management|onboarding|enablement|champions)",
  r"(?:did|does|do|would) not (?:fit|match) (?:how|the way) (?:they|people|staff|users) work", r"threat to (?:their|our) (?:jobs?|roles?|livelihoods?|judgement|autonomy)", r"(?:fear|afraid|worried) (?:\w+ ){0,2}(?:jobs?|replaced|replacement)", r"lost (?:their |all )?(?:trust|confidence|faith)"]
T["sec"] += [r"legal(?! entity| entities)", r"the regulator", r"regulators?", r"supervisory (?:authority|body|guidance)", r"(?:fca|pra|finra|ecb|eba|bafin|cnil|fda|apra|hhs) ?(?:guidance|rules?|requirements?|review)?",
  r"export control", r"data sovereignty", r"data classification", r"(?:security|privacy|legal|compliance|risk|governance|ethics|model risk) (?:review|assessment|approval|sign off|clearance|board|committee|team|function|office|check)s?",
  r"right to explanation", r"fair lending", r"anti discrimination", r"bias (?:audit|review|assessment)", r"eu ai act", r"ai act", r"high risk (?:ai|system|use case)", r"(?:customer|patient|personal|employee|sensitive) data (?:use|usage|processing|transfer)"]
T["sec_problem"] += [r"flagged", r"(?:critical|high|severe|major|serious) (?:vulnerabilit(?:y|ies)|findings|risks?|issues)", r"vulnerabilit(?:y|ies)", r"high risk",
  r"(?:says?|said|told us|confirmed|ruled|advised) (?:that )?(?:we|you|they|the team) (?:can not|could not|may not|must not|are not allowed to|were not allowed to|should not)", r"(?:would|will|did|does|do) not (?:let|allow|permit|accept|authoris(?:e|ed)|clear|approve|sign(?: off)?)", r"said no", r"says no", r"(?:gave|gives|give) (?:us )?(?:a )?(?:hard |firm |flat )?no", r"thumbs down", r"red light",
  r"never (?:came|arrived|happened|materialis(?:ed|e)|given|granted|signed|obtained|received|approved|cleared|concluded)", r"not (?:yet )?(?:received|given|granted|concluded|completed)", r"still (?:open|outstanding|under (?:way|review)|in (?:review|progress))",
  r"(?:under|in) (?:review|assessment) (?:for|since)", r"(?:raised|flagged|has|have|had) (?:serious |major |significant )?(?:concerns?|objections?|questions|issues|red flags?)", r"ruled out", r"rules? out", r"(?:impossible|illegal|unlawful|not lawful|not possible)",
  r"(?:can|could) not (?:meet|satisfy|comply with|provide|demonstrate|guarantee|pass)", r"(?:requires?|required|requiring|demands?|demanded|insists? on|insisted on) (?:full |complete |an? )?(?:explainab|transparen|interpretab|audit|human review|sign off|dpia|assessment)\w*", r"escalated to", r"months (?:in|of) (?:review|back and forth)",
  r"(?:stuck|sat|sitting|languish(?:ed|ing)?) (?:\w+ ){0,2}(?:in|with) (?:the )?(?:\w+ ){0,2}(?:review|queue|approval)", r"(?:queue|backlog) (?:for|of) (?:\w+ )?(?:review|approval)"]
T["own"] += [r"steering (?:committee|group|board|co)", r"business (?:owners?|sponsors?|leaders?|heads?|side)", r"senior (?:management|leadership|leaders|stakeholders|execs?|executives)", r"the board", r"c suite", r"(?:new|incoming) (?:cio|cto|ceo|coo|cfo|cdo|vp|head|director|leadership|management)",
  r"(?:departments?|divisions?|business units?|functions|teams) (?:involved|concerned)", r"(?:each|every|both|the two|the three) (?:departments?|divisions?|business units?|stakeholders?|teams|functions|sides)", r"(?:product|business|model|process) owner"]
T["own_problem"] += [r"fight(?:ing|s)? (?:over|about)", r"never (?:gave|made|took|provided) (?:a |any )?(?:clear |final )?(?:decision|go|call|direction|answer|steer|mandate)", r"(?:no|without) (?:clear |final )?(?:go or no go|go no go|go ahead|decision|direction|steer|mandate)", r"stepped (?:down|away|back)", r"moved (?:to|into) (?:another|a new|a different|other) (?:\w+ )?(?:role|job|division|department|unit|area|company|position)", r"(?:was|got|been) (?:promoted|moved|transferred|replaced|let go|made redundant)",
  r"(?:has|have|had|hasn t|have not|has not|had not|never) (?:met|convened)(?: again)?", r"never (?:met|convened|signed up|stepped up|took (?:it )?on|showed up|turned up)", r"stopped (?:meeting|turning up|showing up|attending|caring)", r"(?:did|does|would) not (?:meet|sign up|step up|show up|turn up|want to own|take (?:it )?on|take ownership)",
  r"refus(?:ed|es|e) to (?:own|sponsor|fund|take (?:on|over|ownership)|sign up)", r"(?:no|lost|losing|little|without) (?:interest|appetite|enthusiasm|commitment|backing|support|buy in|sponsorship)", r"(?:want|wanted|wants|have|had|has|pursue|pursued|with) (?:opposite|conflicting|competing|contradictory|incompatible|different) (?:things|goals|agendas|priorities|interests|visions|ideas|directions)",
  r"(?:can|could|did|do) not (?:agree|decide|align)", r"(?:unable|failed) to (?:agree|decide|align)", r"(?:misaligned|not aligned|divided|at odds|at loggerheads|in disagreement)", r"(?:no|zero|little) (?:alignment|consensus|agreement)", r"(?:pulling|pulled|going|went) in (?:different|opposite) directions",
  r"(?:is|was|are|were) (?:still )?(?:tbd|to be decided|to be confirmed|unassigned|unnamed|not named|not assigned|not appointed)", r"(?:never|not yet|not) (?:named|appointed|assigned|identified|found|nominated)", r"(?:whether|if) (?:this|it|the project) should (?:go ahead|continue|proceed)", r"does not care", r"did not care", r"(?:has|had|have) (?:other|different) priorities"]
T["money"] += [r"(?:the )?(?:economics|unit economics|financials)", r"(?:run|running|operating|hosting|serving|api|vendor|subscription|token|llm|cloud|gpu|compute|inference|infrastructure|maintenance|labelling) (?:costs?|bills?|fees?|spend|charges)", r"bill", r"invoice from", r"(?:annual|quarterly|next year s|this year s) (?:budget|plan|planning)", r"fund(?:ed|ing)? (?:round|cycle|request|bid|envelope)", r"savings case", r"cost case", r"value case", r"investment case", r"financial case", r"economic case"]
T["money_problem"] += [r"uneconomic(?:al)?", r"not (?:economic(?:al)?|cost effective|profitable)", r"cost prohibitive", r"unprofitable", r"loss making", r"never (?:there|materialis(?:ed|e)|came|showed up|positive)", r"(?:was|is|were|are) not there", r"(?:eat|eats|ate|eating|wipe|wipes|wiped|swallow|swallows|swallowed|cancel|cancels) (?:up |out )?(?:all |most |much |the |any )?(?:of )?(?:the )?(?:savings|benefits?|value|margin|gains?|returns?)", r"(?:not|never|un) ?funded", r"de ?funded", r"no longer funded",
  r"(?:could|can|did) not (?:make|get) (?:\w+ ){0,2}(?:work|stack up|add up|fly|close)", r"(?:did|does|would|will|do) not (?:work|close|fly)", r"(?:failed|fails) to (?:make|get|secure|win|justify)", r"(?:turned|was|were) down", r"(?:rejected|declined|refused|denied)", r"(?:tripled|quadrupled|doubled|exploded|skyrocketed|spiked|soared|went up)",
  r"(?:much |far |way )?(?:higher|more) than (?:\w+ ){0,2}(?:planned|expected|budgeted|forecast|estimated|assumed|the benefit)", r"not (?:in|part of) (?:the |next year s |this year s )?(?:budget|plan)", r"(?:no|zero) (?:money|budget|funding) (?:left|remaining|available)", r"(?:reallocated|redirected|diverted|clawed back|moved to (?:another|other|a different))"]
DATA_X = r"(?:" + "|".join(T["data"]) + r")"

R = []
def rule(rid, cause, weight, patterns=None, near=None, channels=None, supporting=False, note=None):
    d = {"rule_id": rid, "cause": cause, "weight": weight}
    if note: d["note"] = note
    if channels: d["channels"] = channels
    if supporting: d["supporting"] = True
    if patterns: d["patterns"] = patterns
    if near: d["near"] = near
    R.append(d)
def near(a, b, within=4): return {"a": a, "b": b, "within": within}

# DATA_READINESS
rule("data.access", "DATA_READINESS", 1.0, note="access to data blocked, denied or missing",
  patterns=[r"data access", r"access (?:to|for|on) (?:the |our |their |this |any |production |real |live |historical |customer )?(?:\w+,? ){0,2}" + DATA_X,
            r"(?:data|dataset) (?:permissions?|entitlements?|extract(?:s|ion)?)", r"data sharing agreement"],
  near=[near(["@blocked", "@lacking", r"denied", r"refused", r"revoked", r"rejected", r"not granted", r"never granted", r"restricted", r"locked down", r"no (?:reply|response|answer)", r"still no"],
             [r"data access", r"access (?:to|for|on) (?:the |our |their |this |any |production |real |live |historical |customer )?(?:\w+,? ){0,2}" + DATA_X,
              r"(?:data|dataset) (?:permissions?|entitlements?|extracts?)", r"data sharing agreement", r"data (?:request|requests|ticket)"], 5)])
rule("data.quality", "DATA_READINESS", 1.0, note="poor, dirty, biased or unrepresentative data",
  patterns=[r"data (?:quality|readiness|cleanliness|completeness|consistency|integrity) (?:issues?|problems?|concerns?|gaps?)", r"(?:poor|bad|low|insufficient|questionable) data (?:quality|readiness)",
            r"garbage in", r"data (?:was|is|were|are) (?:a |the )?(?:mess|unusable|not fit for purpose)", r"(?:data|dataset|labels|training set) (?:did|does|do) not (?:reflect|represent|match|cover)",
            r"(?:unlabell(?:ed|ing)|unlabeled|unannotated) (?:data|images|records|documents|examples|text)", r"no (?:labels|labelled (?:data|examples)|ground truth|annotations)"],
  near=[near(["@poor", r"data (?:quality|readiness) (?:issues?|problems?|concerns?|gaps?)"], [DATA_X], 3),
        near(["@problem"], [r"data (?:quality|readiness|pipelines?|cleansing|cleaning|preparation|prep|lineage)", r"quality of (?:the )?(?:\w+,? ){0,2}" + DATA_X], 3)])
rule("data.availability", "DATA_READINESS", 1.0, note="data or labels do not exist, are missing or too little",
  patterns=[r"(?:no|not enough|insufficient|lack of|missing|too little|too few|limited|scarce|never (?:got|received)|unable to (?:get|obtain|find|source)|(?:could|can|did) not (?:get|obtain|find|source)) (?:\w+,? ){0,3}(?:" + "|".join(T["data"]) + r")",
            DATA_X + r" (?:(?:is|are|was|were|has been|have been) )?(?:(?:still|simply|just) )?(?:not available|unavailable|never (?:been )?available|missing|incomplete|insufficient|not there|non existent|does not exist|do not exist|did not exist|never (?:arrived|materialis(?:ed|e)|delivered))",
            r"(?:usable|suitable|sufficient|enough|representative|clean|labell(?:ed|ing)) (?:training )?(?:data|dataset|data set|examples|labels|history)(?: \w+){0,3} (?:does not|do not|did not) (?:exist|exists)",
            r"(?:trained|built|tested|developed|validated) (?:only )?on (?:a |an )?(?:small |tiny |toy |synthetic |fake |dummy |mock |sample )+(?:sample|subset|dataset|data set|data|extract|examples)",
            r"(?:until|once) (?:a |the |we have |we get )?(?:usable|suitable|sufficient|enough|representative|clean|labell(?:ed|ing))? ?(?:training )?(?:data|dataset|data set|labels)"],
  near=[near(["@blocked"], [r"(?:the |more |new |usable |training |labell(?:ed|ing) |historical |source |customer )?(?:data(?! science| scientists?| engineers?| engineering| platform| strategy| team| protection| privacy)|dataset|data set|labels|labell?ing|ground truth|annotations?)"], 3)])
rule("data.silo", "DATA_READINESS", 0.8, note="siloed or fragmented data",
  patterns=[r"(?:data|information) (?:silos?|siloed|fragmented|scattered|spread across|locked (?:in|away)|trapped in)", r"siloed (?:data|systems|sources)", r"no single source of truth",
            r"(?:data|datasets|sources) (?:could|can|did) not be (?:joined|linked|matched|merged|reconciled)"])
rule("data.label", "DATA_READINESS", 1.0, channels=["label"], note="label channel: blocked/waiting status or tag about data",
  patterns=[r"data(?! science| scientists?| engineers?| platform| strategy| team| protection| privacy)", r"dataset", r"labels?", r"labell?ing", r"ground truth", r"training set"])

# UNCLEAR_OBJECTIVE
OBJ_WHAT = [r"kpis?", r"success (?:criteria|criterion|metrics?|measures?|definition|factors?)", r"definition of (?:success|done)", r"(?:business |kpi )?baselines?", r"(?:business )?(?:objectives?|goals?|outcomes?)",
  r"business (?:case|value|problem|need|question|requirements?|benefit|rationale|owner agreement)", r"value (?:proposition|case|hypothesis)", r"problem statement", r"use case", r"requirements?",
  r"acceptance criteria", r"target (?:metric|kpi|outcome)", r"(?:actual|real|underlying|core) (?:business )?problem", r"(?:expected|target|intended|anticipated) (?:business )?(?:benefits?|value|savings|impact|outcome)", r"(?:what|which) (?:business )?(?:problem|decision|decisions|metric|kpi|outcome|value|benefit|question)", r"measurable (?:goal|outcome|target|benefit)s?", r"north star", r"hypothesis"]
OBJ_BAD = [r"no", r"lack(?:s|ed|ing)?(?: of)?", r"missing", r"without", r"absent", r"undefined", r"not (?:yet )?(?:defined|agreed|set|established|identified|specified|documented|clear|validated|confirmed|quantified|articulated|understood|known|signed off)",
  r"never (?:defined|agreed|set|established|identified|specified|documented|clear|validated|confirmed|quantified|articulated|understood|written|formalis(?:ed|e)|baselined|measured|tracked|estimated)", r"not (?:baselined|measured|quantified)", r"unclear", r"vague", r"unknown", r"ambiguous",
  r"fuzzy", r"woolly", r"tbd", r"to be (?:defined|confirmed|determined|agreed)", r"still (?:open|undefined|unclear|missing|being debated|under discussion)", r"(?:kept|keep|keeps) changing",
  r"changed (?:again|every|weekly|monthly)", r"disagree(?:d|ment)?(?: on| about| over)?", r"no agreement", r"could not (?:agree|define|articulate|explain|say|name)", r"(?:can|did|does) not (?:agree|define|articulate|explain|say|name)",
  r"unable to (?:agree|define|articulate|explain|say|name)", r"(?:nobody|no one) (?:could|can|knew|knows|agreed|defined)", r"unvalidated", r"unproven", r"misunderstood", r"moving", r"in flux",
  r"(?:awaiting|waiting (?:on|for)|pending|blocked on)", r"open questions?", r"unanswered", r"not (?:yet )?answered", r"never answered", r"nobody (?:knows|knew)", r"no one (?:knows|knew)"]
OBJ_CHANGING = [r"(?:kept|keep|keeps) changing", r"changed (?:again|every|weekly|monthly)", r"moving", r"in flux", r"shift(?:ed|ing|s)", r"changed from", r"(?:swung|flipped|switched) (?:from|between|back)", r"pivot(?:ed|ing)"]
OBJ_WHAT_FIXED = [w for w in OBJ_WHAT if w not in (r"requirements?", r"use case", r"acceptance criteria")]
rule("objective.undefined", "UNCLEAR_OBJECTIVE", 1.0, note="no KPI, baseline, success criterion or business problem",
  near=[near([b for b in OBJ_BAD if b not in OBJ_CHANGING], OBJ_WHAT, 4), near(OBJ_CHANGING, OBJ_WHAT_FIXED, 4)])
rule("objective.solution_first", "UNCLEAR_OBJECTIVE", 1.0, note="solution looking for a problem; problem misunderstood",
  patterns=[r"solution (?:looking|in search|searching|hunting) (?:for|of) (?:a )?problem", r"(?:technology|tech|tool|ai|model) (?:first|push|led|driven) (?:approach|project|initiative)",
            r"hammer (?:looking for|in search of) (?:a )?nail", r"(?:started|built|chosen|launched) (?:\w+,? ){0,3}because (?:of (?:the )?)?(?:hype|it was (?:cool|trendy|fashionable)|genai was hot)",
            r"(?:no|without (?:a |any )?)(?:real |clear |concrete |genuine |actual |defined )?(?:business )?(?:problem|need|pain point|demand) (?:to solve|behind|for it)",
            r"(?:problem|need|use case|requirements?) (?:was|were|is|are|had been|has been) (?:never |not |mis)(?:properly |clearly |really |fully )?(?:defined|understood|validated|confirmed|articulated|scoped|framed)",
            r"(?:misunderstood|misread|misjudged) (?:the )?(?:problem|requirements?|business|need|use case)", r"(?:wrong|different) problem", r"nobody (?:asked|wanted) for (?:it|this)",
            r"(?:business|stakeholders?|users?) (?:could|can|did) not (?:say|explain|articulate|define|tell us) (?:what|why|how)", r"(?:unclear|not clear|no idea) (?:what|why|how) (?:\w+,? ){0,4}(?:success|value|solv|measur|problem|used|for)"])
rule("objective.label", "UNCLEAR_OBJECTIVE", 1.0, channels=["label"],
  patterns=[r"requirements?", r"objectives?", r"kpis?", r"success criteria", r"use case", r"problem statement", r"acceptance criteria", r"business (?:input|goals?|value)"])

# PRODUCTION_ARCHITECTURE
ARCH_BAD = ["@lacking", "@blocked", r"(?:nobody|no one) (?:has |had |ever |will )?(?:set up|built|own(?:s|ed)?|configured|implemented|maintain(?:s|ed)?|run(?:s)?)", r"(?:is |was |remains |still )?(?:a )?manual(?: process| step| job| effort)?", r"ad hoc", r"hand run", r"never (?:built|set up|provisioned|delivered|existed|planned|designed)", r"not (?:yet )?(?:ready|in place|set up|built|provisioned|defined|planned|designed|supported|possible)",
  r"(?:does|did|do) not (?:exist|support|scale)", r"non existent", r"no (?:one|team) (?:owns|to run|to operate|to support|to maintain)", r"undefined", r"unclear", r"immature", r"fail(?:ed|s|ing)?",
  r"(?:could|can) not (?:be )?(?:deploy(?:ed)?|serve(?:d)?|host(?:ed)?|scale(?:d)?|run|monitor(?:ed)?|retrain(?:ed)?|productionis(?:e|ed)|industrialis(?:e|ed)|operationalis(?:e|ed))"]
rule("architecture.no_path", "PRODUCTION_ARCHITECTURE", 1.0, note="no deployment path, serving, MLOps, CI/CD, monitoring or retraining",
  near=[near(ARCH_BAD, T["arch"], 3)])
rule("architecture.poc_trap", "PRODUCTION_ARCHITECTURE", 1.0, note="POC built without production in mind; could not be industrialised",
  patterns=[r"(?:poc|pocs|prototype|pilot|proof of concept|notebook|model|demo|mvp|solution) (?:\w+,? ){0,2}(?:could|can|did|would|was|were) (?:not|never) (?:be )?(?:\w+ )?(?:industrialis|productionis|operationalis|scal|deploy|transition|migrat|move|moved|get|got|made|make|promot|handed|hand)(?:e|ed|ing|ation)? ?(?:\w+,? ){0,2}(?:to |into |in |over |for )?(?:production|prod|live|operations|ops|it|engineering|scale)?",
            r"(?:not|never) (?:built|designed|engineered|architected|meant|intended) (?:for|with) (?:production|scale|operations|real use|live use)", r"without (?:production|operations|scale|deployment) in mind",
            r"(?:stuck|lives?|lived|remained|remains|sat|sits|trapped|stayed) (?:\w+,? ){0,2}in (?:a |the |an )?(?:notebook|notebooks|jupyter|sandbox|lab|laptop|poc|pilot|prototype) ?(?:stage|phase|mode|environment)?",
            r"(?:pilot|poc|proof of concept) (?:purgatory|hell|graveyard|trap)", r"(?:hand ?over|handoff|hand off|transition) to (?:it|ops|operations|engineering|the platform team|production support|bau) (?:failed|never happened|not possible|blocked|stalled)",
            r"(?:latency|throughput|scalability|scaling|real time) (?:requirements? |sla |slo )?(?:could not be|were not|was not|not) (?:met|achieved|supported)", r"(?:no|without) (?:way|means|plan|strategy) to (?:deploy|serve|run|operate|monitor|retrain|productionis|industrialis)"])
rule("architecture.label", "PRODUCTION_ARCHITECTURE", 1.0, channels=["label"],
  patterns=[r"serving", r"(?:ml|model|deployment|production|hosting|inference) ?(?:platform|infrastructure|infra|environment|pipeline)", r"ml ?ops", r"infrastructure", r"hosting", r"deployment", r"monitoring", r"ci ?cd", r"environment"])

# INTEGRATION
INT_BAD = ["@blocked", "@problem", r"never (?:finished|completed|built|delivered|done|worked|went live)", r"(?:took|takes|taking) (?:much |far |way )?longer", r"unfinished",
  r"(?:will|would|did|does) not (?:give|grant|open|provide|allow|let)", r"write access", r"read only", r"not (?:wired|hooked|plugged|connected|integrated|embedded) (?:in|into|up|to)",
  r"only (?:accepts?|supports?|takes?|reads?|handles?|speaks?|exposes?|runs?) (?:\w+ ){0,2}(?:batch|files?|flat files|csv|xml|soap|fixed width|overnight|nightly|daily|ftp|mainframe)",
  r"no (?:way|means|mechanism|route|path) to (?:feed|push|write|send|get|deliver|surface|integrate|connect|embed)", r"incompatib(?:le|ility|ilities)", r"not (?:compatible|supported|possible|feasible)", r"no (?:api|apis|interface|connector|endpoint|integration|way to connect)",
  r"(?:does|did|do|would|will) not (?:support|expose|allow|offer|provide|accept|connect|talk|integrate|fit)", r"(?:can|could) not (?:connect|integrate|talk|call|reach|write|read|push|pull|plug|interface|be integrated|fit)",
  r"unable to (?:connect|integrate|talk|call|reach|write|read|push|pull|plug|interface)", r"lack(?:s|ed|ing)?(?: of)?", r"missing", r"broke(?:n)?", r"rate limit(?:s|ed|ing)?", r"time(?:s|d)? out",
  r"timeouts?", r"locked down", r"closed", r"proprietary", r"undocumented", r"(?:vendor|supplier) (?:would|will|did|does) not", r"(?:would|will) take (?:\w+,? ){0,2}(?:months|years)",
  r"(?:months|years) (?:away|of work)", r"change freeze", r"no (?:slot|slots|capacity|bandwidth|resources?|time|budget) (?:in|on|to|for)", r"roadmap", r"complex", r"nightmare", r"mismatch(?:es|ed)?"]
rule("integration.systems", "INTEGRATION", 1.0, note="cannot connect to legacy/enterprise systems, APIs or workflows",
  near=[near(INT_BAD, T["int"], 4)])
rule("integration.workflow", "INTEGRATION", 0.8, note="does not fit the existing workflow or process",
  patterns=[r"(?:does|did|do|would|could|can) not (?:fit|slot|plug) (?:\w+,? ){0,2}(?:into |in |with )?(?:the |their |our |existing |current )?(?:\w+ )?(?:workflows?|processes|process|systems?|tooling|stack|landscape|architecture)",
            r"(?:no|without (?:a |an )?)(?:way|path|means) to (?:embed|integrate|plug|wire|connect)", r"(?:embedding|embed|wiring|plugging) (?:it |the model )?into (?:the )?(?:\w+,? ){0,2}(?:workflow|process|system)s? (?:failed|proved|was|is) (?:impossible|too hard|not possible|blocked)"])
rule("integration.label", "INTEGRATION", 1.0, channels=["label"],
  patterns=[r"integration", r"interfaces?", r"api", r"apis", r"connectors?", r"legacy", r"(?:upstream|downstream|vendor|core|source) systems?"])

# SECURITY_COMPLIANCE
rule("security.approval", "SECURITY_COMPLIANCE", 1.0, note="security, privacy, legal, regulatory or governance approval blocks it",
  near=[near(T["sec"], T["sec_problem"], 4)])
rule("security.data_use", "SECURITY_COMPLIANCE", 0.9, note="personal/sensitive data may not be used or moved",
  patterns=[r"(?:personal|sensitive|customer|patient|health|pii|employee|personally identifiable) (?:data|information) (?:\w+,? ){0,2}(?:can|could|may|must|might) not (?:be )?(?:used|leave|shared|processed|sent|moved|stored|transferred)",
            r"(?:not|never) (?:allowed|permitted|cleared|authoris(?:ed|e)) to (?:use|process|share|send|move|store|transfer) (?:\w+,? ){0,2}(?:personal|sensitive|customer|patient|health|pii|employee|production) (?:data|information)",
            r"(?:no|without|missing|lack of) (?:a )?(?:lawful basis|legal basis|consent|dpia|privacy impact assessment|data processing agreement|dpa)",
            r"(?:legal|regulatory|compliance|privacy|security|gdpr|hipaa) (?:risk|exposure|liability) (?:was |is )?(?:too (?:high|great)|unacceptable)", r"(?:failed|did not pass) (?:the )?(?:\w+,? ){0,2}(?:audit|assessment|review|pen test|penetration test)"])
rule("security.label", "SECURITY_COMPLIANCE", 1.0, channels=["label"],
  patterns=[r"security", r"privacy", r"legal", r"compliance", r"regulat(?:or|ory|ion)", r"dpia", r"gdpr", r"governance", r"audit", r"risk (?:review|approval|sign off)", r"ethics", r"infosec", r"approval board"])

# OWNERSHIP_SPONSORSHIP
rule("ownership.sponsor", "OWNERSHIP_SPONSORSHIP", 1.0, note="no accountable owner; sponsor lost; stakeholders misaligned",
  near=[near(T["own"], T["own_problem"], 3),
        near([r"no", r"without", r"lack(?:s|ed|ing)?(?: of)?", r"missing", r"lost(?: our| the| its| their)?", r"loss of", r"need(?:s|ed)?(?: a| an)?(?: new)?", r"find(?: a| an)?(?: new)?", r"nobody (?:is|was|wants to be)", r"no one (?:is|was|wants to be)"],
             [r"(?:executive |business |senior |clear |accountable |active |committed |named |real )?(?:sponsor|sponsorship|owner|ownership|champion|buy in|backing|support from (?:the )?(?:business|leadership|management|executives?))"], 2)])
rule("ownership.priorities", "OWNERSHIP_SPONSORSHIP", 1.0, note="priorities shifted; deprioritised; reorganisation",
  patterns=[r"de ?prioriti[sz](?:ed|ation|ing|e)", r"(?:priorit(?:y|ies)|focus|strategy|strategic direction|direction) (?:\w+,? ){0,2}(?:shifted|changed|moved|switched|pivoted|went elsewhere|elsewhere)",
            r"(?:lower|low|reduced) priority", r"not (?:a|the|our) (?:top |main |current )?priority", r"no longer (?:a |the )?(?:top |main )?priority", r"(?:other|competing|conflicting|new|different) (?:business |strategic )?priorities",
            r"(?:shelved|mothballed|put on the back burner|back burner|put on ice|parked indefinitely)", r"(?:lost|losing|withdrew|withdrawn|pulled|without|no) (?:executive |business |senior |leadership |management |stakeholder )?(?:support|interest|buy in|backing|commitment)",
            r"(?:stakeholders?|business units?|departments|teams|sponsors?) (?:\w+,? ){0,2}(?:disagree(?:d)?|misaligned|not aligned|could not agree|can not agree|at odds|pulling in different directions)",
            r"(?:nobody|no one|no single person) (?:owns|owned|is accountable|was accountable|took ownership|takes ownership|was responsible|is responsible)", r"fell between (?:the )?(?:chairs|stools|cracks|teams)",
            r"(?:re ?org(?:anis(?:ation|ed))?|restructur(?:e|ed|ing)|merger|acquisition|leadership change|change (?:of|in) (?:leadership|management|strategy)) (?:\w+,? ){0,4}(?:stopped|paused|killed|ended|cancell(?:ed)?|froze|halted|orphaned|deprioriti[sz]ed|left|meant|put)"])
rule("ownership.reorg", "OWNERSHIP_SPONSORSHIP", 0.6, note="reorganisation or leadership change mentioned near a stop",
  near=[near([r"re ?organis(?:ation|ed|ing)", r"re ?org", r"restructur(?:e|ed|ing)", r"leadership change", r"(?:division|department|unit|team|business|function|group) (?:was|were|got) (?:merged|restructured|reorganised|dissolved|disbanded|split up|sold|divested|absorbed)", r"merger", r"acquisition", r"new (?:management|leadership|cio|cto|ceo|coo|cfo|vp|director|head)"],
             [r"stopped", r"paused", r"killed", r"ended", r"cancell(?:ed|ing)", r"frozen", r"halted", r"on hold", r"after", r"since", r"following", r"because", r"due to", r"when", r"parked", r"shelved", r"dropped", r"mothballed", r"put on ice", r"closed"], 4)])
rule("ownership.label", "OWNERSHIP_SPONSORSHIP", 1.0, channels=["label"],
  patterns=[r"sponsor", r"(?:business |product )?owner", r"stakeholders?", r"(?:business|management|leadership|steering) (?:decision|sign off|approval)", r"prioriti[sz]ation", r"decision"])

# SKILLS_GAP
rule("skills.staff", "SKILLS_GAP", 1.0, note="missing ML/platform/data-engineering skills or staff; key people left",
  near=[near(T["skill_who"], T["skill_problem"], 3)],
  patterns=[r"under ?staffed", r"under ?resourced", r"short ?staffed", r"short handed", r"hiring freeze", r"headcount freeze", r"(?:key|only|lead|sole|last|senior) (?:data scientist|ml engineer|engineer|developer|architect|expert|person|modell?er|analyst)s? (?:\w+,? ){0,2}(?:left|quit|resigned|departed|moved on|went on leave)",
            r"(?:no|lack of|without|missing|limited|insufficient|not enough|little|zero) (?:in house |internal |dedicated |available |relevant |the right |enough )?(?:ml|machine learning|ai|data science|data engineering|ml ?ops|platform|cloud|nlp|computer vision|llm|deep learning|devops|engineering|technical) ?(?:skills|expertise|experience|know how|talent|capability|capabilities|competenc(?:e|ies)|staff|people|engineers|resources)",
            r"(?:need(?:s|ed)?|require(?:s|d)?|missing|waiting for|asked for|requested) (?:a |an |one |two |more |dedicated )?(?:data scientists?|ml engineers?|machine learning engineers?|data engineers?|engineers?|developers?|mlops engineers?|platform engineers?|analysts?|architects?|specialists?)\W+(?:but )?(?:none|nobody|no one|not|never) (?:\w+ )?(?:assigned|available|allocated|staffed|hired|found|provided)",
            r"(?:no|none) (?:\w+,? ){0,2}(?:engineers?|scientists?|developers?|analysts?|architects?|specialists?|resources?|people|staff|one) (?:\w+ )?(?:assigned|allocated|available)",
            r"(?:hiring|recruit(?:ment|ing)?|vacanc(?:y|ies)|requisitions?|job posting) (?:\w+,? ){0,5}(?:(?:has|have) been|is|are|remains?|still) (?:\w+ )?(?:open|unfilled|vacant|stalled|frozen|on hold|unsuccessful)",
            r"(?:role|position|seat|vacancy|post) (?:\w+,? ){0,3}(?:unfilled|not filled|never filled|still open|open for (?:\w+ )?(?:weeks|months|a year))",
            r"(?:nobody|no one) (?:in (?:the |our )?(?:team|house|company)|on (?:the |our )?team|here) (?:\w+,? ){0,2}(?:knew|knows|could|can|had|has) (?:how|the skills|experience)"])
rule("skills.label", "SKILLS_GAP", 1.0, channels=["label"],
  patterns=[r"resources?", r"resourcing", r"staff(?:ing)?", r"hiring", r"headcount", r"people", r"capacity", r"skills?"])

# SCOPE_CREEP
rule("scope.creep", "SCOPE_CREEP", 1.0, note="scope kept growing beyond a first deployable version",
  patterns=[r"scope (?:creep|drift|bloat|explosion)", r"feature (?:creep|bloat)", r"gold ?plating", r"boil(?:ing|ed)? the ocean", r"moving (?:goal ?posts|target)", r"over ?scoped",
            r"(?:expanded|extended|broadened|widened|increased|grew) (?:the )?scope", r"scope (?:increases?|expansion|expansions|changes|additions|increase)", r"(?:one|just one|yet another) more (?:feature|requirement|use case|country|market)",
            r"(?:everything|all (?:of it|use cases|features)) (?:at once|in one go|in the first release)", r"big bang (?:release|delivery|approach)", r"never (?:shipped|delivered|released) (?:a |an )?(?:first|initial|minimum|mvp|v1)",
            r"(?:kept|keep|keeps|keeping) adding (?:\w+,? ){0,3}(?:features?|requirements?|scope|use cases?|asks|countries|markets|channels|products)",
            r"(?:adding|added) (?:\w+,? ){0,3}(?:features?|requirements?|scope) (?:\w+,? ){0,2}before (?:shipping|delivering|releasing|launching|going live)",
            r"(?:first release|mvp|v1|first version|pilot|phase 1|initial scope|scope) (?:\w+,? ){0,2}(?:was|were) (?:supposed|meant|planned|intended|agreed) to (?:be|cover|include|target) (?:\w+,? ){0,5}(?:now|but|then)\b",
            r"(?:mvp|first release|first version|v1|phase 1) (?:\w+,? ){0,2}(?:kept|keeps|keep) (?:growing|getting bigger|expanding|slipping|changing)"],
  near=[near(T["scope_what"], T["scope_grow"], 3)])
rule("scope.label", "SCOPE_CREEP", 1.0, channels=["label"], patterns=[r"re ?scop(?:e|ed|ing)", r"de ?scop(?:e|ed|ing)", r"scope", r"change requests?"])

# USER_ADOPTION
rule("adoption.users", "USER_ADOPTION", 1.0, note="end users resist, distrust, ignore or work around it",
  near=[near(T["users"], T["users_problem"], 4)],
  patterns=[r"(?:no|lack of|without|missing|poor|little|insufficient) (?:\w+ )?(?:change management|user training|end user training|onboarding|user engagement|user involvement|user research|communication plan|enablement)",
            r"(?:users?|staff|business) (?:were|was) (?:never|not) (?:involved|consulted|trained|onboarded|engaged)", r"(?:nobody|no one) (?:used|uses|wanted|opened|looked at|logged in|trusted|adopted)",
            r"(?:adoption|uptake|usage) (?:\w+,? ){0,2}(?:low|poor|weak|minimal|negligible|disappointing|flat|never took off|stalled|near zero|close to zero)", r"(?:black box|not explainable|could not explain) (?:\w+,? ){0,4}(?:trust|accept|use)"])

# COST_FUNDING
rule("cost.funding", "COST_FUNDING", 1.0, note="budget overrun, funding cut, running cost or ROI unacceptable",
  near=[near(T["money"], T["money_problem"], 5)],
  patterns=[r"ran out of (?:money|budget|funding|funds|cash)", r"(?:no|without) (?:more |further |additional |remaining )?(?:budget|funding|money|funds)", r"(?:too|prohibitively|very) expensive",
            r"(?:costs?|spend) (?:\w+,? ){0,2}(?:outweigh(?:ed|s)?|exceed(?:ed|s)?) (?:the )?(?:\w+ )?(?:benefits?|value|savings|budget|returns?)", r"(?:benefits?|savings|value|returns?) (?:did|does|would|will) not (?:justify|cover|outweigh|materialis(?:e|ed))",
            r"(?:negative|poor|weak|unclear|unproven|no) (?:roi|return on investment|business case|payback)", r"(?:financial|economic|commercial) case (?:\w+,? ){0,2}(?:did not|does not|never) (?:stack up|add up|work)",
            r"(?:spent|used up|burned through|burnt through|exhausted|consumed|blown) (?:\w+,? ){0,2}(?:the |our |its |all the |all of the )?(?:full |whole |entire |remaining |allocated |annual )?(?:budget|funding|funds|money)",
            r"(?:roi|return on investment|business case|financial case|economics|numbers|benefit case|cost case) (?:\w+,? ){0,1}(?:no longer|does not|did not|would not|will not|do not) (?:hold|holds|add up|stack up|work|make sense|justify)",
            r"over ?budget", r"budget (?:overrun|overspend|exceeded)", r"cost (?:overrun|overruns|explosion|blow ?out)"])
rule("cost.label", "COST_FUNDING", 1.0, channels=["label"], patterns=[r"funding", r"budget", r"financ(?:e|ing)", r"costs?"])

# TECHNICAL_FEASIBILITY
rule("feasibility.quality", "TECHNICAL_FEASIBILITY", 1.0, note="model cannot reach the needed quality",
  near=[near(T["quality_what"], T["quality_problem"], 4)])
rule("feasibility.hard", "TECHNICAL_FEASIBILITY", 1.0, note="problem too hard; not feasible; unrealistic expectations",
  near=[near([r"technically", r"technical(?:ly)?", r"model(?:ling)?", r"approach", r"algorithm", r"problem", r"task", r"use case", r"ml", r"ai", r"predictions?", r"forecasting", r"the (?:idea|concept)", r"(?:state of the art|sota|current technology|the technology|llms?|genai)"],
             [r"not feasible", r"infeasible", r"unfeasible", r"impossible", r"not possible", r"not solvable", r"unsolvable", r"too (?:hard|difficult|complex|ambitious)", r"intractable", r"not (?:there|mature|ready|good enough) yet", r"not mature", r"immature", r"(?:does|did|would) not work",
              r"(?:much |far |way |a lot |significantly |considerably )?(?:harder|more difficult|more complex|tougher|less predictable) than (?:we |anyone |everyone |the team )?(?:expected|anticipated|thought|planned|estimated|assumed|hoped|promised)",
              r"(?:beyond|exceeds) (?:what )?(?:the )?(?:current |today s |available )?(?:state of the art|technology|models|ml|ai) (?:can (?:do|deliver|handle)|is capable of)?"], 4)],
  patterns=[r"(?:unrealistic|over ?optimistic|overly optimistic|inflated|naive) (?:expectations?|targets?|accuracy|goals?|assumptions?|promises)", r"expectations (?:were|are|was) (?:too high|unrealistic|unreachable|way off)",
            r"(?:no|not enough|weak|insufficient|little) (?:predictive )?(?:signal|predictive power|correlation)", r"(?:features?|variables?|inputs?) (?:are|were) (?:not|barely) predictive",
            r"(?:no better|not better|not much better|barely better) than (?:a |the )?(?:random|baseline|coin|rules|heuristic|current process|existing)"])
rule("feasibility.label", "TECHNICAL_FEASIBILITY", 1.0, channels=["label"], patterns=[r"accuracy", r"model (?:performance|quality)", r"feasibility", r"performance"])

# ---- 1.1: paraphrase families per cause (general phrasings; see the term-list additions above) ----
W = r"(?:[\w']+,? )"   # one word (apostrophes kept by the normaliser: "scientist's")
ROLE = r"(?:data scientists?|ml engineers?|machine learning engineers?|data engineers?|mlops engineers?|platform engineers?|software engineers?|engineers?|developers?|architects?|analysts?|modell?ers?|experts?|specialists?|contractors?|consultants?|statisticians?|(?:ml|ai|data|analytics) (?:lead|expert|specialist|person|people|team))"
SKILL_NOUN = r"(?:skills?|skill ?sets?|expertise|experience|know how|knowledge|capabilit(?:y|ies)|competenc(?:e|es|y|ies)|background|training|talent)"
rule("skills.team", "SKILLS_GAP", 1.0, note="nobody has the skills/experience; knowledge left; key person dependency",
  patterns=[r"(?:nobody|no one|none of us|none of the team|not one of us|no body)(?: (?:else|here|left|in (?:the |our )?(?:team|house|company|squad|department)|on (?:the |our )?(?:team|squad)|internally|in house))? (?:\w+ ){0,2}(?:knows?|knew|understands?|understood|has|had|have|has ever|had ever|ever) (?:\w+ ){0,2}(?:how to|experience|" + SKILL_NOUN + r"|done|worked with|used|built|deployed|run|operated|maintained)",
            r"(?:nobody|no one|none of us|none of the team|not one of us)(?: (?:else|here|in (?:the |our )?(?:team|house)|on (?:the |our )?team|internally|in house))? (?:is|was|are|were) (?:\w+ ){0,1}(?:familiar with|trained (?:in|on)|qualified|skilled|experienced|an expert)",
            r"(?:do|does|did) not have (?:anyone|anybody|someone|the (?:people|staff|engineers|talent|team|skills?|expertise|capability|capacity|know how|experience)|enough (?:people|staff|engineers|expertise|skills)|(?:the )?(?:in house|internal) (?:capability|skills|expertise|team|people|staff))",
            r"(?:(?:there (?:is|was|are|were) )?(?:no one|nobody|no body)|not a single person) (?:left |remaining |else )?(?:in house |internally |on the team |in the team )?(?:who|that|to) (?:\w+ ){0,2}(?:knows?|knew|understands?|understood|can|could|is able|was able|has|had|maintain|support|build|run)",
            r"(?:(?:has|have|had|with) )?(?:no|little|zero|limited|minimal) (?:prior |previous |real |practical |hands on |production |relevant |in house |internal )?(?:experience|expertise|skills?|background|know how) (?:with|in|of|on|using|building|running|deploying|operating|maintaining|around)",
            r"(?:knowledge|know how|expertise|the only copy of the code) (?:\w+ ){0,2}(?:left|walked out|went|disappeared|was lost|is lost|leaves|goes) (?:with|when|the door|along with)", r"took (?:all |the |their |his |her )?(?:knowledge|know how|expertise) with (?:them|him|her)",
            r"key (?:person|people|man|woman|staff) (?:dependency|risk|dependencies)", r"single point of failure", r"bus factor", r"knowledge (?:loss|drain|gap|gaps|transfer (?:never happened|failed|was not done))",
            r"(?:relied|relying|relies|depended|depending|depends|dependent) (?:entirely |solely |completely |heavily )?on (?:a single|one|a sole|just one|only one|one single|a lone) (?:person|engineer|data scientist|developer|expert|individual|contractor|consultant|analyst|team member|vendor consultant)",
            r"(?:only|just) (?:one person|one engineer|one data scientist|\w+) (?:\w+ ){0,1}(?:knows?|understands?|can (?:run|maintain|fix|deploy))",
            r"(?:contractors?|consultants?|vendor (?:team|engineers|consultants)|partner (?:team|consultants)|agency|interns?|secondees?|the (?:external|outsourced) team) (?:\w+ ){0,3}(?:left|rolled off|roll(?:ed)? off|finished|departed|were released|walked away|moved on|contract (?:ended|expired|was not renewed)|engagement (?:ended|finished))",
            r"(?:contract|engagement|statement of work|sow) (?:with (?:the )?(?:\w+ ){0,2})?(?:ended|expired|was not renewed|ran out|finished) (?:\w+ ){0,4}(?:nobody|no one|knowledge|handover|hand over|internal|in house)",
            ROLE + r" (?:\w+,? ){0,3}(?:left|quit|resigned|departed|moved on|retired|was poached|were poached|went on (?:\w+ )?leave|handed in (?:his|her|their) notice|gave notice|is leaving|are leaving)(?! (?:a|an|some|comments?|notes?|feedback|remarks?|it|this|them|out|over|open|in place|behind)\b)",
            r"(?:lost|losing) (?:our|the|its|their|a|two|three|both|all|several|key|most of (?:the|our)) (?:\w+ )?" + ROLE,
            r"(?:underestimated|under estimated|misjudged|overestimated) (?:\w+ ){0,3}(?:skills?|skill ?sets?|expertise|know how|capabilit(?:y|ies)|staffing|resourcing|people|specialist)",
            r"(?:hiring|recruitment|recruiting|hire|backfill) (?:\w+,? ){0,7}(?:(?:has|have) been|is|are|was|were|remains?|still|got) (?:\w+ )?(?:open|unfilled|vacant|stalled|frozen|on hold|paused|unsuccessful|cancelled|blocked|failed|not approved)",
            r"(?:hiring|recruitment|recruiting|search for (?:a |an )?\w+(?: \w+)?) (?:\w+,? ){0,5}(?:failed|fell through|went nowhere|came to nothing|has not worked|did not work|was unsuccessful)",
            r"(?:role|position|seat|vacancy|post|req|requisition|opening|headcount) (?:\w+,? ){0,4}(?:unfilled|not filled|never filled|still open|open for|not approved|frozen|cut|withdrawn)",
            r"(?:never|not) (?:managed|able) to (?:hire|recruit|find|staff|backfill|replace|retain|fill)",
            r"(?:only|sole|last|one) (?:person|engineer|one|expert|individual|developer|team member|data scientist) (?:who|that) (?:[\w']+,? ){0,6}(?:has |had |have )?(?:resigned|left|quit|retired|departed|moved on|gone|been reassigned|was reassigned)",
            r"(?:never|not) (?:been )?(?:given|allocated|assigned|provided|granted|staffed with) (?:a |an |the |any |enough |our )?(?:\w+ )?" + ROLE,
            r"(?:capability|team|capacity|expertise|ml function|data science function) (?:is|was|consists of|consisted of|amounts to|amounted to) (?:just |only )?(?:one|a single|a lone|half a|a part time|one part time|a junior)",            r"(?:after|since|following|with) (?:\w+ s |[\w]+'s |the |our |his |her |their )?(?:departure|exit|resignation|leaving|retirement|move) (?:\w+,? ){0,3}(?:no one|nobody|none of us|the team|we) (?:could|can|was able|were able|knows?|knew|understands?|understood|is able)",
            r"(?:hiring|recruit\w*|backfill\w*|finding (?:a|an)) (?:\w+ ){0,5}(?:has taken|took|is taking|taking|has been going on for) (?:\w+ ){0,2}(?:months|weeks|a year|forever|too long)",
            r"(?:headcount|hiring|req|requisition|role|position|recruitment|staffing|resource) (?:request|requisition|approval|budget|ask|plan)?(?: \w+){0,5} (?:was |were |got |has been )?(?:rejected|denied|declined|refused|turned down|not approved|blocked|cut)",
            r"(?:asked|expected|forced|told|left) to (?:do|learn|pick up|take on|cover) (?:\w+ ){0,2}(?:data science|ml|machine learning|mlops|data engineering|modelling|deep learning|ai)(?: \w+){0,3} (?:without|with no|with little) (?:any )?(?:training|experience|background|support|skills)", r"(?:could|can|did) not (?:hire|recruit|backfill|attract|retain|find) (?:a |an |any |the |enough |two |more |qualified |experienced |suitable )?(?:\w+ )?" + ROLE,
            r"(?:wait(?:ing|ed|s)?|still) (?:for|on) (?:a |an |the |new |more |our )?" + ROLE + r" (?:\w+ ){0,2}(?:to be )?(?:assigned|allocated|hired|onboarded|recruited|available|to join|to start|to be found)",
            r"(?:analysts?|team|staff|engineers?|developers?|people|we|they) (?:\w+ ){0,2}(?:can not|could not|do not know how to|did not know how to|are not able to|were not able to|lack(?:ed)? the skills to) (?:build|code|program|deploy|train|maintain|develop|write|productionis) (?:\w+ ){0,3}(?:models?|pipelines?|code|python|deep learning|neural|ml|machine learning|features?|it)",
            r"(?:(?:ml|ai|data science|data engineering|mlops|engineering|technical|specialist) )?(?:skills?|capability|competency|talent|knowledge|staffing|resourcing|resource) (?:gap|gaps|shortage|shortages|shortfall|crunch|constraints?)",
            r"talent (?:shortage|gap|war|market)", r"(?:can not|could not|unable to) compete (?:on|for|with) (?:\w+ ){0,2}(?:salaries|pay|talent|offers)",
            r"(?:stretched|spread) (?:too )?(?:thin|thinly)? ?(?:across|over|between) (?:\w+ ){0,2}(?:projects|initiatives|teams|programmes|programs|priorities|workstreams)",
            r"(?:out of|beyond) (?:our|their|the team s|the team's) (?:depth|skill ?set|skills|capabilit(?:y|ies)|expertise|competence)",
            r"(?:needs?|needed|requires?|required|requiring) (?:\w+ ){0,3}(?:skills|expertise|know how|experience) (?:we|the team|they) (?:do not|did not|does not|never) (?:have|had)"])

rule("scope.growth", "SCOPE_CREEP", 1.0, note="first version kept growing: asks added, target moving, everything at once",
  patterns=[r"(?:what |it |this )?(?:started|began) (?:out )?as (?:a |an )?(?:\w+ ){1,5}(?:became|turned into|grew into|morphed into|evolved into|ended up as|expanded into|snowballed into|ballooned into|is now)",
            r"(?:mvp|pilot|poc|prototype|proof of concept|first release|first version|v1|phase (?:1|one)|project|programme|program|initiative|simple \w+|small \w+|single \w+) (?:\w+ ){0,2}(?:grew|turned|morphed|evolved|ballooned|expanded|snowballed|mushroomed|became|has become) (?:into |in to )?(?:a |an )?(?:much |far )?(?:bigger|larger|broader|huge|massive|full|whole|entire|enterprise|group|company|organisation|end to end|complete|multi|too (?:big|large|broad))",
            r"(?:became|has become|got|grew|was|is) (?:far |way |much )?too (?:big|large|broad|wide|ambitious|complex) (?:to (?:ever )?(?:ship|deliver|finish|release|land|complete)|for (?:a |an |one )?(?:first|single|initial|mvp|pilot|release|team|phase))",
            r"(?:want(?:s|ed)?|asked|asking|expect(?:s|ed)?|need(?:s|ed)?|insist(?:s|ed)?) (?:for )?(?:it |the model |the tool |the pilot |the mvp |us |the team )?(?:to |on )?also (?:handle|cover|include|support|do|predict|process|add|integrate|work for|serve)",
            r"(?:another|a new|yet another|one more|a further|a second|a third) (?:round|wave|batch|set|list|tranche) of (?:new |additional |extra |changed |late )?(?:requirements?|requests|asks|features?|change requests|use cases|changes)",
            r"(?:new|more|additional|extra|changing|shifting|evolving|late) (?:requirements?|requests|asks|features?|use cases|change requests) (?:\w+ ){0,2}(?:arrive|arrived|arriving|land|landed|landing|keep|kept|keeps|every|each|all the time|pile|piled|piling|turn up|turned up|show up|showed up)",
            r"(?:too many|so many|endless|an endless (?:list|stream|series) of|a never ending (?:list|stream|series) of) (?:\w+ ){0,2}(?:features?|requirements?|use cases|nice to haves?|must haves?|requests|asks|change requests|edge cases|additions)",
            r"nice to haves? (?:\w+ ){0,5}(?:must haves?|added|became|mvp|scope|first release)", r"never ending (?:project|programme|program|pilot|poc|story|list|scope)", r"(?:became|becoming|turned into) (?:a |an )?(?:never ending|endless|bottomless)",
            r"(?:uncontrolled|unchecked|runaway|unmanaged|constant|continuous|continual|endless|rampant) (?:scope|requirements?|feature|change) (?:growth|changes?|expansion|additions|churn|requests|creep)",
            r"(?:requirements?|scope|target|goal ?posts?|spec(?:ification)?s?|the brief|the ask) (?:\w+ ){0,2}(?:(?:was|were|is|are|became) (?:a |an )?)?(?:constantly |always |kept |keep |keeps )?(?:moving|shifting) (?:target|goal ?posts?)",
            r"(?:target|goal ?posts?|finish line|requirements?|spec(?:ification)?s?|the ask|scope) (?:\w+ ){0,2}(?:kept|keep|keeps|keeping|constantly|always|were|was) (?:moving|shifting|being moved|being changed|changing)",
            r"(?:first release|mvp|v1|pilot|phase (?:1|one)|initial release|first version|first deliverable|go live) (?:\w+ ){0,2}(?:has|had|needs?|needed|must|was expected|is expected|should) to (?:cover|include|support|handle|serve|work for) (?:all|every|the whole|the entire|everything|each)",
            r"(?:handle|handling|cover|covering|solve|solving|support|supporting) (?:every|each|all) (?:possible |last )?(?:edge|corner|special|exception) cases? (?:\w+ ){0,3}(?:before|up front|first|in the first)",
            r"(?:fold|folded|folding|merge|merged|merging|combine|combined|bundle|bundled|absorb|absorbed|roll|rolled) (?:\w+ ){0,4}(?:other |more |additional |extra |related )(?:initiatives|projects|use cases|programmes|programs|workstreams|requirements) (?:into|in with|together)",
            r"(?:pushed|pushing|pushes|keeps pushing|kept pushing) (?:the )?(?:first|initial|mvp|v1|go live|release|delivery|deliverable|launch) (?:\w+ ){0,2}(?:out|back|right)",
            r"(?:requirements?|scope|feature) creep",
            r"(?:said|saying|say|says) yes to (?:every|all|each|everything|any)", r"(?:redefined|re ?scoped|extended|expanded|widened|broadened|enlarged|stretched|grown) to (?:include|cover|add|take in|span) (?:the whole|the entire|all|every|everything|each)",
            r"(?:more|other|additional) (?:departments|teams|stakeholders|business units|countries|regions|sites|markets) (?:\w+ ){0,2}(?:added|piled|joined|wanted|brought|asked for|requested) (?:\w+ )?(?:asks|requirements?|requests|features?|use cases|needs|scope)",            r"(?:mvp|scope|requirements?|spec(?:ification)?s?|definition|brief|deliverables?|design) (?:\w+ ){0,3}(?:changed|was changed|were changed|has changed|was redefined|was rewritten) (?:\w+ )?(?:again|twice|three times|several times|many times|repeatedly|every (?:week|sprint|month)|constantly|multiple times|\d+ times)",
            r"(?:added|adding|asked for|wanted|requested|then) (?:[\w']+,? ){1,4}then (?:[\w']+,? ){0,3}(?:then|and then|and now|now)\b",
            r"(?:everything|all of it|the whole thing|too much|all (?:the )?(?:features|use cases|requirements)|every feature|every use case) (?:\w+ ){0,2}(?:at once|in one go|in (?:the )?(?:first|one|a single) (?:release|phase|go|version|drop)|in phase (?:1|one)|in the mvp|up front|on day one|from day one|in the pilot)",
            r"(?:asked for|wants?|wanted|requested|demanded|added|adding|needs?|needed) (?:\w+ )?(?:more|extra|additional|another|new) (?:\w+ ){0,2}(?:dashboards|reports|screens|features?|fields|integrations|countries|languages|models|use cases|channels|data sources|sites|regions) (?:before|ahead of|prior to) (?:the )?(?:launch|go live|release|shipping|rollout|pilot|delivery|first release)",
            r"(?:was|were) (?:supposed|meant|planned|intended|agreed|scoped) to (?:cover|be|include|target|focus on|serve) (?:just |only )?(?:one|a single|two|a few|a small|the) (?:[\w']+[,;]? ){0,4}(?:now|but now|then)\b", r"creeping (?:scope|requirements)", r"scope (?:grew|growth|exploded|ballooned|doubled|tripled|widened|expanded|increased|keeps growing|kept growing)",
            r"(?:everyone|every (?:stakeholder|department|team|region|country|business unit|manager)|each (?:stakeholder|department|team|region|country|business unit)) (?:\w+ ){0,2}(?:added|wanted|insisted on|demanded|asked for|wants|adds|requested) (?:their own|its own|his own|her own|a |an |extra |more |additional |something)",
            r"(?:never|not|did not|could not) (?:reach|reached|get to|got to|arrive at|converge on|settle on) (?:a |an |the )?(?:deployable|shippable|releasable|stable|fixed|frozen|final|agreed) (?:version|release|scope|spec|specification|mvp|baseline)"])

rule("ownership.vacuum", "OWNERSHIP_SPONSORSHIP", 1.0, note="no accountable owner; decision makers absent or misaligned",
  near=[near(["@blocked", r"needs?", r"needed", r"requires?", r"looking for", r"searching for", r"no", r"without", r"missing"],
             [r"(?:a |an |the |new |named )?(?:business |product |model |process |accountable |executive )?(?:sponsor|owner)", r"sponsorship", r"ownership", r"(?:management|leadership|executive|exec|business|sponsor|steering (?:committee|group)|board|senior|go no go|go ahead|strategic|investment committee) (?:decision|sign off|direction|input|go ahead|approval|call|steer)",
              r"decision (?:from|by|of) (?:the )?(?:management|leadership|executives?|business|sponsor|steering|board|senior|the (?:vp|director|head|cio|cto|coo|ceo))", r"(?:the )?(?:steering committee|steering group|leadership team|exec team|executive committee)"], 3)],
  patterns=[r"(?:attention|interest|appetite|enthusiasm|support|energy|focus|sponsorship|backing|commitment) (?:\w+,? ){0,3}(?:moved elsewhere|went elsewhere|shifted|moved on|faded|waned|evaporated|dried up|disappeared|dropped off|cooled|withdrawn|was withdrawn|pulled)",
            r"(?:sponsor|champion|owner|vp|director|head|executive|exec|cio|cto|coo|ceo|cfo|cdo) (?:\w+,? ){0,6}(?:stepped down|stepped away|stepped back|moved on|moved to|was moved|was promoted|got promoted|was replaced|left|departed|resigned|retired)(?! (?:a|an|some|comments?|notes?|feedback|remarks?|it|this|them|out|over|open)\b)",
            r"(?:steering (?:committee|group|board)|sponsor|leadership|exec(?:utive)? (?:team|committee)|board) (?:\w+,? ){0,2}(?:has not|have not|had not|hasn t|never|did not|no longer|stopped) (?:met|convened|meeting|met again|made a decision|decided|given direction)",
            r"(?:nobody|no one|no single person|no team|no department|no business unit) (?:\w+ ){0,2}(?:wants? to own|wanted to own|will own|would own|owns|owned|took ownership|takes ownership|picked (?:it )?up|took (?:it )?over|stepped (?:in|up)|is accountable|was accountable|signed up)",
            r"(?:stakeholders?|business units?|departments|divisions|functions|teams|sponsors?|leaders|executives|the business|the two sides|both sides|sales and \w+|\w+ and (?:operations|finance|sales|marketing|risk|it)) (?:\w+,? ){0,2}(?:are |were |remain |remained )?(?:misaligned|not aligned|at odds|divided|in disagreement|at loggerheads|pulling in different directions|want(?:ed)? (?:opposite|different|conflicting|competing) things|disagree(?:d)? on (?:whether|what|who|if))",
            r"(?:whether|if) (?:this|it|the project|the initiative) should (?:go ahead|continue|proceed|exist|be done) at all",
            r"(?:never|not|could not|did not|can not|unable to) (?:agree|agreed|decide|decided|settle|settled|align|aligned) (?:on )?who (?:would|should|will|is going to|owns|pays|leads|runs|funds)",            r"(?:fight|fighting|fought|argu\w+|disput\w+|disagree\w*|wrangl\w+|squabbl\w+|bicker\w+) (?:\w+ ){0,2}(?:over|about|on) (?:\w+ ){0,2}who (?:\w+ ){0,3}(?:owns?|pays|funds|leads|is responsible|is accountable|should own)",
            r"(?:nobody|no one|not anyone|not anybody) ?'?s? (?:top |real |main )?priority", r"(?:no longer|not) (?:anyone|anybody) ?'?s? priority",
            r"(?:orphan(?:ed)?|homeless|ownerless|unowned|unsponsored|without (?:a )?(?:home|owner|sponsor|champion))",
            r"(?:sponsor|owner|champion) (?:\w+ ){0,2}(?:role|seat|position)? ?(?:is|was|has been|remains?) (?:still )?(?:vacant|empty|open|unfilled|tbd|to be decided|to be confirmed|unassigned|not named|not assigned)"])

rule("data.readiness", "DATA_READINESS", 1.0, note="data not ready: not captured, not joinable, unlabelled, nobody knows where it is, cleaning ate the project",
  near=[near([r"(?:has|have|had) not (?:yet )?(?:been )?(?:provided|shared|delivered|sent|released|handed over|made available|arrived)", r"never (?:been )?(?:provided|shared|delivered|sent|released|arrived|came|showed up|turned up|materialis(?:ed|e))", r"(?:did|does) not (?:arrive|come|show up|turn up|materialis(?:e|ed))", r"(?:still )?(?:not|yet to be) (?:provided|shared|delivered|received)", r"promised"],
             [DATA_X], 6)],
  patterns=[r"(?:data|information|datasets?|records|sources|tables|systems)(?: \w+){0,4} (?:siloed|fragmented|scattered|spread|split|distributed|locked away|held) (?:\w+ ){0,2}(?:across|between|over|in) (?:\w+ ){0,2}(?:different|separate|multiple|several|many|two|three|four|five|various|disconnected|siloed|incompatible)",
            r"(?:(?:siloed|separate|disconnected|different|multiple) (?:systems|databases|sources|tables|spreadsheets)) (?:\w+ ){0,5}(?:no (?:shared|common|single) (?:identifier|id|key)|can not be (?:joined|linked|matched|merged)|could not be (?:joined|linked|matched|merged))",
            r"no (?:shared|common|single|consistent|reliable|unique) (?:identifier|id|key|customer id|join key)", r"(?:can not|could not|unable to) (?:join|link|match|merge|reconcile) (?:the )?(?:\w+ ){0,3}(?:data|records|sources|tables|systems|datasets)",
            r"(?:nobody|no one|nobody here|no one here) (?:\w+ ){0,2}(?:knows|knew|can tell (?:us)?|could tell (?:us)?|can say|could say|was able to (?:tell|say)) (?:us )?(?:where|whether|if|how) (?:the )?(?:\w+ ){0,3}(?:data|records|labels|outcomes|history|ground truth|source|fields?)(?: \w+)? (?:lives?|lived|is|are|was|were|sits?|sat|comes? from|came from|stored|kept|held|located|defined|captured|recorded)",
            r"(?:do|does|did) not know where (?:the )?(?:\w+ ){0,2}(?:data|records|labels|outcomes|history|ground truth)",
            DATA_X + r"(?: [\w']+){0,5} (?:does not|do not|did not) (?:yet )?exist",
            r"(?:stored|kept|held|available|exists?|arrive|arrives|come|comes|captured) (?:only )?(?:as|in|on) (?:\w+ ){0,2}(?:scanned|paper|pdfs?|images|handwritten|free text|unstructured|faxes|emails|photocopies|microfiche)",            DATA_X + r" (?:[\w']+,? ){0,8}(?:can not|could not|can never|could never) be (?:joined|linked|matched|merged|combined|reconciled|consolidated)",
            r"(?:is|are|was|were|gets?|got) (?:not|never) (?:being )?(?:captured|recorded|collected|tracked|stored|kept|measured|digitised)(?: anywhere| at all| consistently| systematically| reliably| in any system| electronically)?",
            r"(?:do|does|did) not (?:capture|collect|record|track|store|keep|measure) (?:\w+ ){0,2}(?:data|information|history|outcomes|labels|the (?:outcome|target|result|label))",
            r"(?:carry|carries|have|has|had|with|without) (?:no|missing) (?:label|labels|ground truth|outcome|target|annotation)s?", r"(?:nothing|no data|too little) (?:reliable |usable |clean )?(?:to|we can|we could) (?:train|learn|build|measure|validate|test) (?:on|from|against|with)",
            r"(?:only|just) (?:\w+ ){0,3}(?:months?|weeks?|days?|years?|rows|records|examples|samples|images|documents|cases|observations) of (?:\w+ )?(?:data|history|records|examples|labels|transactions)",
            r"(?:not enough|too little|insufficient|too few|too small) (?:\w+ ){0,3}(?:to train|for training|to learn from|to fit|for a model|to model|to validate|for validation)",
            r"(?:need|needs|needed|require[sd]?|requiring) (?:more |enough |many more |thousands of )?(?:labell(?:ed|ing)|annotated|tagged|ground truth|clean|historical) (?:data|examples|samples|images|documents|records|cases|labels)",
            r"(?:nobody|no one|no capacity|no time|no budget|no resources?|no subject matter experts?|no smes?) (?:\w+ ){0,3}(?:to )?(?:label|annotate|tag|clean|cleanse|curate) (?:them|it|the|data|examples|images|documents|records)",
            r"(?:cleaning|cleansing|preparing|wrangling|fixing|reconciling|mapping|deduplicating|labelling|annotating) (?:the |all the )?(?:\w+ )?(?:data|records|labels|sources|tables) (?:\w+ ){0,2}(?:took|takes|consumed|ate up|ate|is taking|eats|swallowed) (?:\w+ ){0,3}(?:longer|months|weeks|most|all|forever|the whole|the entire|\d+ ?%|\d+ percent)",
            r"data (?:prep|preparation|cleaning|cleansing|wrangling|engineering effort|work) (?:\w+ ){0,2}(?:took|takes|ate|consumed|is taking) (?:\w+ ){0,3}(?:longer|months|weeks|most|all|forever|the whole|the entire)",
            r"(?:data|dataset|data set|training data|source data|labels|history|records) (?:\w+ ){0,2}(?:is|are|was|were) (?:still )?not (?:yet )?(?:ready|usable|in a usable (?:state|shape|form)|fit for (?:purpose|modelling|training|use)|production grade|clean enough|good enough|trustworthy|reliable)",
            DATA_X + r" (?:\w+ ){0,2}(?:turned out|proved|proved to be|was found|were found|are|were|is|was) (?:to be )?(?:far too |too |very |highly |largely |mostly |badly )?(?:unusable|useless|garbage|wrong|inconsistent|incomplete|biased|unreliable|too (?:sparse|thin|small|noisy|dirty))",
            r"data (?:lineage|provenance|definitions?|dictionary|catalogue|documentation|ownership) (?:\w+ ){0,2}(?:is |was |are |were )?(?:unknown|unclear|missing|undocumented|non existent|not documented|inconsistent|conflicting|contradictory)",
            r"(?:no|missing|lack of|without) (?:a |any )?(?:data dictionary|data catalogue|metadata|data documentation|data definitions|data owner|data steward)",
            r"(?:not|never|un) ?(?:representative|reflective) of (?:the |our |current |real |actual |production )?(?:\w+ ){0,2}(?:customers|population|cases|traffic|claims|users|reality|data|conditions|portfolio|patients|fleet|market)"])

rule("adoption.behaviour", "USER_ADOPTION", 1.0, note="outputs ignored/overridden; usage low or falling; people went back to old ways; no change management",
  patterns=[r"(?:recommendations?|predictions?|scores?|alerts?|forecasts?|suggestions?|insights?|outputs?|dashboards?|the (?:tool|app|assistant|model|system|product|bot|chatbot|copilot|screen|report)) (?:\w+,? ){0,2}(?:(?:is|are|was|were|get|got|gets|being|remain|remained) )?(?:largely |mostly |simply |routinely |often |usually |just |completely |widely )?(?:ignored|overridden|overruled|bypassed|disregarded|dismissed|unused|sidelined|not (?:used|acted on|acted upon|looked at|opened|read|trusted|adopted|consulted)|never (?:used|acted on|opened|looked at|read|trusted|adopted))",
            r"(?:usage|adoption|uptake|engagement|logins?|log ins|active users|traffic|take up|utilis(?:ation|e)|daily users|weekly users) (?:\w+,? ){0,3}(?:dropped|fell|declined|dwindled|collapsed|plummeted|halved|shrank|tailed off|petered out|stayed (?:low|flat)|remained (?:low|flat|minimal)|flatlined|never (?:took off|picked up|grew))",
            r"(?:low|poor|weak|minimal|negligible|declining|falling|dropping|disappointing|tiny|near zero|zero|no) (?:user |end user |staff |business )?(?:adoption|uptake|usage|engagement|take up|utilis(?:ation|e)|logins?|active users)",
            r"(?:barely|hardly|rarely|seldom|never really|not really|little) (?:ever )?(?:being )?(?:used|opened|looked at|consulted|touched|logged into)", r"(?:hardly|barely|almost) (?:anyone|anybody|nobody|no one) (?:\w+ )?(?:uses?|used|logs? in|logged in|opens?|opened|looks? at|looked at|trusts?|trusted)",
            r"(?:nobody|no one|few people|few users|few staff|hardly anyone|hardly anybody|almost nobody) (?:\w+ )?(?:uses?|used|logs? in|logged in|logs? on|opens?|opened|looks? at|looked at|reads?|checks?|checked|bothers?|bothered|clicks?|clicked|trusts?|trusted|acts? on|acted on|relies on|relied on|adopted)",
            r"only (?:\w+ ){0,2}(?:people|users|staff|agents|teams?|branches|stores|of (?:the )?(?:users|staff|agents)) (?:\w+ ){0,1}(?:used|use|uses|logged in|opened|tried|adopted|log in)",
            r"(?:gets?|got|getting|had|has|receives?|received|attracts?|attracted|sees?|saw) (?:very |so |too |only )?(?:a )?(?:few|little|hardly any|almost no|handful of) (?:conversations|sessions|queries|visits|logins|users|clicks|interactions|traffic)",
            r"(?:turned|switched|shut) (?:them|it|the (?:\w+ )?(?:alerts?|notifications?|feature|tool|assistant)) off", r"alert fatigue",
            r"stopped (?:using|opening|logging in to|logging into|looking at|checking|trusting) (?:it|them|the (?:\w+ )?(?:tool|app|model|system|dashboard|product|assistant|scores?|recommendations?|forecasts?|predictions?|alerts?|reports?|bot))",
            r"(?:gone|went|going|goes|fell|falling|fall|drifted|reverted|slipped) back to (?:the |their |our |his |her )?(?:old|own|existing|manual|usual|previous|paper|legacy|spreadsheets?|excel|email|gut|habits|old ways|the way)",
            r"(?:see|saw|sees|seen|view(?:ed|s)?|perceive(?:d|s)?|treat(?:ed|s)?|regard(?:ed|s)?|consider(?:ed|s)?) (?:it|the (?:\w+ )?(?:tool|model|system|app|assistant|product|scores?|dashboard)|this) as (?:\w+ ){0,2}(?:extra work|a burden|a threat|overhead|a chore|a toy|a gimmick|surveillance|box ticking|noise|useless|irrelevant|more work|extra admin|pointless|a distraction)",
            r"(?:adds?|added|adding|creates?|created) (?:\w+ ){0,2}(?:extra |more |additional )?(?:clicks|steps|friction|admin|overhead|extra work|work|time) (?:to|for|in) (?:their|the|our|everyone s|people s|users ) ?(?:\w+ )?(?:workflow|day|process|job|routine|work)",
            r"(?:no|lack of|without|missing|poor|little|insufficient|never any|zero) (?:\w+ )?(?:change management|user training|end user training|onboarding|user engagement|user involvement|user research|communication plan|communications|enablement|adoption plan|rollout plan|training for (?:the )?(?:users|staff|agents|teams))",
            r"(?:users?|end users?|staff|the business|clinicians|agents|advisers|advisors|underwriters|adjusters|planners|operators|employees|colleagues|branches|teams|front ?line(?: staff)?|field (?:staff|teams|engineers)) (?:\w+ ){0,2}(?:were|was|had been|have been|got) (?:never|not) (?:properly |really |adequately |meaningfully )?(?:involved|consulted|trained|onboarded|engaged|brought along|brought on board|asked|told|prepared)",
            r"(?:black box|not explainable|could not explain|can not explain|unexplainable|opaque) (?:\w+,? ){0,5}(?:trust|accept|use|adopt|rely|buy)",
            r"(?:did|does|do|would) not (?:fit|match|reflect) (?:how|the way) (?:they|people|staff|users|clinicians|agents|the teams?) (?:actually )?(?:work|worked|think|operate)",
            r"(?:no|low|little|lack of|without|zero|limited|poor) (?:\w+ )?(?:user |end user |frontline |staff |agent |clinician |adviser )buy in", r"buy in from (?:the )?(?:end )?(?:users|staff|frontline|agents|clinicians|front line)",
            r"(?:keep|kept|keeps|keeping) (?:on )?(?:overriding|overruling|ignoring|bypassing|second guessing|double checking|working around)",
            r"(?:trust|confidence|faith) (?:\w+ ){0,3}(?:in (?:the |its )?(?:\w+ )?(?:tool|model|scores?|output|outputs|recommendations?|predictions?|forecasts?|system|answers) )?(?:is |was |remained |stayed )?(?:low|lost|eroded|gone|never (?:built|established|earned)|collapsed|broke down|broken)"])
rule("adoption.label", "USER_ADOPTION", 1.0, channels=["label"], patterns=[r"adoption", r"usage", r"uptake", r"user (?:acceptance|feedback|resistance|buy in|training)", r"change management", r"low use"])

rule("security.blocked", "SECURITY_COMPLIANCE", 1.0, note="governance/privacy/legal/regulatory route blocks it",
  patterns=[r"(?:data|it|records|information|documents|recordings) (?:can not|could not|must not|may not|is not allowed to|are not allowed to|was not allowed to|were not allowed to) (?:leave|be (?:sent|moved|transferred|hosted|stored|processed|shared|uploaded)) (?:\w+ ){0,3}(?:eu|uk|us|country|region|premises|jurisdiction|network|building|on prem|on premises|tenant|firewall|abroad|offshore|cloud|vendor|third part)",
            r"(?:" + "|".join(T["sec"]) + r") (?:\w+ ){0,2}(?:makes?|made|rendered|renders?|rules?|ruled) (?:\w+ ){0,5}(?:impossible|illegal|unlawful|not possible|out|a non starter|non compliant|prohibited)",
            r"(?:regulat\w*|supervisor\w*|model risk|compliance|auditors?|legal|the (?:fca|pra|ecb|fda|ico)) (?:\w+ ){0,4}(?:requires?|required|requirements?|demands?|demanded|expects?|expected|insists? on|insisted on|guidance) (?:\w+ ){0,4}(?:explainab|transparen|interpretab|documentation|audit trail|fairness|bias|human (?:review|oversight)|validation)\w*",
            r"(?:can not|could not|unable to|did not|does not) (?:meet|satisfy|comply with|provide|demonstrate|guarantee|pass|evidence) (?:\w+ ){0,3}(?:regulatory|regulator|compliance|legal|audit|explainability|privacy|gdpr|security|governance|model risk|fairness|transparency) ?(?:\w+ )?(?:requirements?|rules|standards?|obligations|tests?|controls|review|bar|expectations?)?",
            r"(?:not|never) (?:allowed|permitted|authorised|approved|cleared) (?:to (?:use|process|send|share|move|store|host|upload|train on)|for (?:production|live|customer|patient|personal))",
            r"(?:legal|compliance|privacy|security|risk|governance|infosec|the dpo|model risk|the regulator) (?:\w+ ){0,2}(?:said no|says no|vetoed|blocked|stopped|killed|rejected|refused|denied|put a stop|pulled the plug|will not allow|would not allow|did not allow|will not let|would not let|did not let)",
            r"(?:approval|sign off|clearance|review|assessment|dpia|authorisation|accreditation) (?:from |by )?(?:\w+ ){0,3}(?:never (?:came|arrived|happened|concluded|completed)|still (?:outstanding|pending|open|not done|in progress)|(?:has|have) not (?:come|arrived|happened|concluded|been completed|been granted))",
            r"(?:pending|awaiting|waiting (?:for|on)|stuck in|blocked (?:on|by|in)|held up (?:in|by)|queued (?:for|behind)) (?:the |a |an )?(?:\w+ ){0,2}(?:privacy|security|legal|compliance|risk|governance|regulatory|model risk|ethics|dpia|infosec|architecture|data protection|third party|vendor) (?:\w+ )?(?:review|reviews|approval|assessment|sign off|clearance|board|committee|check|audit|team)"])

rule("objective.success", "UNCLEAR_OBJECTIVE", 1.0, note="nobody agreed what success means; AI for its own sake",
  patterns=[r"(?:never|not|did not|could not|can not|nobody|no one) (?:told|tell|said|say|explained|explain|specified|specify|defined|define|articulated|articulate|wrote down|decided) (?:us |anyone |the team )?(?:what|which|how) (?:\w+ ){0,4}(?:wanted|want|needed|need|expected|expect|hoped|achieve|solve|improve|measure|success|outcome|value|change|decide)",
            r"(?:nobody|no one|none of us|the business|stakeholders|the sponsor|they) (?:could|can|was able to|were able to|did|does) (?:not )?(?:say|explain|articulate|tell us|define|describe) (?:what|why|which) (?:\w+ ){0,4}(?:for|value|problem|success|solve|solving|used|decision|benefit|purpose|achieve|measure|needed|mattered)\b",
            r"(?:never|not|did not|could not|can not|nobody|no one|no one ever|nobody ever|without) (?:\w+ ){0,2}(?:agreed|agree|defined|define|decided|decide|established|said|articulated|wrote down|knew|know) (?:on )?(?:what|how) (?:\w+ ){0,2}(?:success|good|done|value|the (?:goal|target|outcome|benefit)) (?:looks? like|means?|would (?:look like|mean|be)|is|was)",
            r"(?:no|without|lack of|missing) (?:\w+ )?(?:shared|common|agreed|single|clear|measurable|defined) (?:objective|goal|target|definition of success|success measure|kpi|purpose|vision|outcome)s?",
            r"(?:wanted|want|needed|asked for|demanded) (?:\w+ ){0,2}(?:something|anything|a project|a use case|a showcase|a demo) (?:with|using|on|about|involving|in) (?:ai|genai|gen ai|ml|machine learning|llms?|gpt|chatgpt|generative ai)",
            r"(?:ai|genai|gen ai|ml|llms?|technology|tech) for (?:the sake of (?:it|ai|doing ai|innovation)|its own sake)", r"because (?:everyone|competitors|our competitors|the board|the ceo|leadership|management) (?:\w+ ){0,3}(?:ai|genai|gen ai|llms?|machine learning)",
            r"(?:each|every|different) (?:department|stakeholder|team|business unit|sponsor|manager)s? (?:\w+ ){0,2}(?:describes?|described|has|had|wants?|wanted|gives?|gave|defines?|defined) (?:a )?(?:different|their own|its own|conflicting) (?:goal|objective|definition|target|kpi|idea of success|success measure)s?"])

rule("architecture.runtime", "PRODUCTION_ARCHITECTURE", 1.0, note="only runs on a laptop/notebook; nowhere to host it; no plan to run it",
  near=[near(["@lacking", r"(?:did|does|do) not (?:have|exist)", r"never"], [r"(?:platform|environment|infrastructure|place|cluster|server|endpoint) to (?:host|run|serve|deploy|operate|monitor|retrain|schedule)"], 3)],
  patterns=[r"(?:only|still|just) (?:runs?|ran|works?|worked|exists?|existed|lives?|lived|sits?|sat) (?:\w+ ){0,2}(?:on|in|from) (?:a |the |an |someone s |someone's |" + W + r"){0,3}(?:laptop|notebook|notebooks|jupyter|desktop|local machine|workstation|sandbox|personal|dev environment|dev box|pc)",
            r"(?:nobody|no one) (?:\w+ ){0,2}(?:knows|knew|had (?:figured|worked) out|has (?:figured|worked) out|could say|can say|planned|thought about) how (?:we|it|this|they|the model) (?:would|will|could|should|can|is going to|was going to|were going to) (?:\w+ ){0,2}(?:run|deploy|host|serve|operate|support|maintain|monitor|retrain|scale|go live)",
            r"(?:never|not) (?:refactored|rewritten|hardened|productionis(?:ed|e)|industrialis(?:ed|e)|packaged|containeris(?:ed|e)|migrated|ported) (?:for|to|into) (?:production|prod|live|scale|the platform)",
            r"(?:notebook|prototype|poc|research|experimental) code (?:\w+ ){0,3}(?:never|not) (?:refactored|rewritten|hardened|packaged|productionis(?:ed|e)|tested)",
            r"(?:never|not) (?:built|designed|engineered|architected|meant|intended|set up) to (?:scale|run in production|be productionis|go live|be deployed|be operated|handle production|run at scale)",
            r"(?:no|without (?:a |any )?)(?:\w+ )?(?:production|deployment|operational|run|hosting|serving|mlops|monitoring|retraining) (?:plan|design|architecture|strategy|owner|pipeline|route|runbook|playbook)",
            r"(?:manual|manually|by hand|hand ?run|hand ?rolled) (?:\w+ ){0,2}(?:deployment|deployments|retraining|scoring|refresh|exports?|scripts?|copy) (?:\w+ ){0,4}(?:not sustainable|unsustainable|does not scale|can not scale|could not scale|every (?:week|month|day|time))"])

rule("integration.delivery", "INTEGRATION", 1.0, note="outputs cannot be delivered into the systems people use",
  patterns=[r"(?:could|can|did|does|do|would|will) not (?:get|push|feed|write|load|surface|send|deliver|display|show|embed|expose|land|put) (?:[\w']+ ){0,4}(?:into|in|to|back to|through to|onto|inside) (?:the |their |our |its )?(?:\w+ ){0,2}(?:" + "|".join(T["int"]) + r")",
            r"(?:" + "|".join(T["int"]) + r") (?:\w+ ){0,3}(?:can not|could not|does not|did not|will not|would not) (?:consume|ingest|accept|receive|handle|process|display|show|call|load|read|take|talk to|support) (?:\w+ ){0,3}(?:predictions?|scores?|model|outputs?|results|api|apis|calls|real time|json|rest|batch|files?|data)"])

rule("cost.case", "COST_FUNDING", 1.0, note="business case/ROI failed; costs eat the savings; not funded",
  patterns=[r"(?:could|can|did) not (?:make|get) (?:the |a |an )?(?:business|financial|economic|investment|commercial|cost|value|benefit) case (?:to )?(?:work|stack up|add up|fly|close|pay|positive)",
            r"(?:business|financial|economic|investment|commercial|cost|value|benefit) case (?:\w+ ){0,3}(?:did not|does not|never|failed to|would not|will not|no longer) (?:work|close|stack up|add up|hold|fly|survive|pass|get approved)",
            r"(?:business|financial|investment|commercial) case (?:\w+ ){0,2}(?:was |got |were )?(?:rejected|turned down|declined|refused|not approved|withdrawn|killed|shot down)",
            r"(?:costs?|spend|bill|fees?|charges) (?:\w+ ){0,3}(?:would |will |could )?(?:eat|ate|eats|eating|wipe|wiped|wipes|swallow|swallowed|cancel|cancelled|exceed|exceeded|outweigh|outweighed|dwarf|dwarfed) (?:up |out )?(?:\w+ ){0,3}(?:savings|benefits?|value|margin|gains?|returns?|roi)",
            r"(?:not|never|un) ?funded", r"de ?funded", r"no longer (?:funded|affordable|viable)", r"(?:funding|budget|money) (?:\w+ ){0,3}(?:was |were |got |has been )?(?:not |never )(?:renewed|extended|approved|released|allocated|granted|secured|continued)",
            r"(?:not|never) (?:in|part of|included in) (?:the |next year s |this year s |next year's |this year's )?(?:budget|plan|funding round|spending plan)",
            r"(?:cfo|finance|the board|investment committee|portfolio board) (?:\w+ ){0,2}(?:pulled|cut|withdrew|froze|refused|rejected|declined|stopped) (?:the |our |its )?(?:funding|budget|money|investment|spend)",
            r"(?:costs?|spend|bill|budget|price|fees?) (?:\w+ ){0,3}(?:tripled|quadrupled|doubled|exploded|skyrocketed|spiked|soared|ballooned|spiral(?:l)?ed)",
            r"(?:the )?numbers (?:did|do|does|would|will|never) (?:not )?(?:work|add up|stack up)"])

negation = {
  "cues": [r"no", r"not", r"never", r"without", r"none", r"neither", r"nor", r"hardly", r"zero", r"free of", r"no sign of", r"nothing"],
  "window_words": 3,
  "hypothetical": [r"if", r"in case", r"to avoid", r"to prevent", r"avoiding", r"preventing", r"whether", r"lessons? learn(?:ed|t)", r"make sure", r"ensure", r"unless", r"might", r"may become", r"could become", r"risk that"],
  "issue_nouns": [r"issues?", r"problems?", r"concerns?", r"blockers?", r"findings", r"objections?", r"complaints?", r"risks?", r"worries", r"red flags?", r"show ?stoppers?", r"obstacles?", r"impediments?", r"constraints?", r"gaps?", r"roadblocks?"],
  "resolution_cues": [r"resolved", r"fixed", r"solved", r"sorted(?: out)?", r"cleared", r"passed", r"approved", r"granted", r"signed off", r"unblocked", r"addressed", r"mitigated", r"overcome", r"closed out",
     r"in place", r"works now", r"working now", r"(?:is|are|was|were) (?:now )?(?:fine|ok|okay|good|clear|sorted|available)", r"under control", r"back on track", r"restored", r"reinstated", r"reversed", r"lifted",
     r"secured", r"obtained", r"received", r"delivered", r"completed", r"green", r"settled", r"agreed", r"confirmed", r"(?:available|ready|live) now", r"now (?:available|ready|live|in place)", r"got (?:it|access|the)",
     r"(?:has|have) been (?:provided|given|granted|found|hired|onboarded|recruited)", r"(?:was|were) (?:provided|given|found|hired|onboarded|recruited)", r"went away", r"disappeared", r"(?:is|are) no (?:longer )?(?:an? )?(?:issue|problem|blocker|concern)", r"not (?:an?|the) (?:\w+ )?(?:issue|problem|blocker|concern|constraint|risk)", r"was a non ?issue",
     r"(?:is|are|was|were) (?:now )?(?:well |clearly |properly |fully )?(?:defined|documented|understood|articulated|agreed|aligned|on board|staffed|funded|backfilled)", r"(?:is|are|was|were) (?:now )?(?:thawed|unfrozen|reopened|back)", r"(?:was|were|has been|have been) (?:re ?)?(?:filled|replaced|backfilled|hired)",
     r"(?:has|have) (?:now )?(?:joined|started|signed off|come back|returned)", r"(?:is|are) (?:now )?(?:frozen|locked|stable|under control|fixed)", r"no (?:longer )?(?:growing|changing|moving)", r"(?:got|get|back) (?:it )?back on track"],
  "resolution_blockers": [r"not", r"no", r"never", r"ever", r"until", r"unless", r"once", r"yet", r"pending", r"awaiting", r"waiting", r"to be", r"if", r"before", r"can", r"could", r"cannot", r"needs?", r"needed", r"hope", r"hoping", r"expect(?:ed|ing)?", r"will", r"would", r"should", r"want(?:ed|s)?", r"try(?:ing)?", r"tried", r"after", r"supposed", r"planned"],
  "resolution_window_chars": 60,
  "resolution_blocker_chars": 25,
  "clause_breaks": [r";", r":", r"[.!?] ", r"\bbut\b", r"\bhowever\b", r"\balthough\b", r"\bthough\b", r"\bwhereas\b", r"\byet\b", r"\bwhile\b", r"\bexcept\b", r"\binstead\b", r"\bapart from\b", r"\bother than\b", r"\bthe real\b", r"\bthe (?:main|actual|bigger) (?:issue|problem|blocker)\b"]
}

normalise = [
  {"find": r"\bcan'?t\b", "replace": "can not"}, {"find": r"\bcannot\b", "replace": "can not"}, {"find": r"\bwon'?t\b", "replace": "will not"}, {"find": r"\bshan'?t\b", "replace": "shall not"},
  {"find": r"\bain'?t\b", "replace": "is not"}, {"find": r"n't\b", "replace": " not"},
  {"find": r"\b(didnt|doesnt|dont|isnt|wasnt|werent|couldnt|wouldnt|shouldnt|havent|hasnt|hadnt|arent)\b", "replace": "$1 not"},
  {"find": r"\b(did|does|do|is|was|were|could|would|should|have|has|had|are)nt not\b", "replace": "$1 not"},
  {"find": r"\b([a-z]{2,}i)z(e|es|ed|ing|ation|ations|er|ers)\b", "replace": "$1s$2"},
  {"find": r"\b(analy|paraly|cataly)z(e|es|ed|ing|er|ers)\b", "replace": "$1s$2"},
  {"find": r"\blicen[cs](e|es|ed|ing)\b", "replace": "licenc$1"},
  {"find": r"\b(label|model|cancel|signal|fuel|level|travel|channel|funnel)(ed|ing|er|ers)\b", "replace": "$1l$2"},
  {"find": r"\bbehavior", "replace": "behaviour"}, {"find": r"\bfavor", "replace": "favour"}, {"find": r"\bdefense\b", "replace": "defence"},
  {"find": r"\bcenter(s|ed)?\b", "replace": "centre$1"}, {"find": r"\bprogramme(s)?\b", "replace": "program$1"}, {"find": r"\bjudgment", "replace": "judgement"},
  {"find": r"\bfulfill", "replace": "fulfil"}, {"find": r"\bcatalog\b", "replace": "catalogue"}, {"find": r"\bskeptic", "replace": "sceptic"}, {"find": r"\bdialog\b", "replace": "dialogue"},
  {"find": r"\bpoc's\b|\bpocs\b", "replace": "pocs"}, {"find": r"\bproof[- ]of[- ]concept", "replace": "proof of concept"},
  {"find": r"&", "replace": " and "},
  {"find": r"[-_/=|~^+*#\"()\[\]{}<>\u201c\u201d\u2013\u2014]", "replace": " "},
  {"find": r"\s+([,.;:!?])", "replace": "$1"}
]

doc = {
  "version": "causes-1.2.0",
  "description": "lastmile cause vocabulary. Matching runs on normalised sentences: lower case, British spellings (-ise, licence, labelled, modelling), contractions expanded (n't -> not), hyphens/slashes/underscores folded to spaces. Patterns are Java regexes (no named groups). A rule applies to channel 'text' (free text; the default) and/or 'label' (status names, model tags, blocker summaries; label-only rules fire only when the label passes label_gate). 'near' blocks match a term of a and a term of b in either order with at most 'within' words between. '@name' expands a term list. Changes: bump version.",
  "source_weights": {"registry_field:closure_reason": 3.0, "registry_field:notes": 2.0, "registry_field": 1.5, "status_history": 1.6, "model_registry": 1.6,
                     "jira_resolution": 1.2, "jira_comment": 1.0, "jira_description": 1.0, "jira_link": 0.8, "jira_summary": 0.5, "default": 1.0},
  "recency": {"half_life_days": 365, "floor": 0.4, "unknown_factor": 1.0},
  "position": {"step": 0.03, "floor": 0.85},
  "status": {"full_days": 90, "min_factor": 0.75, "max_factor": 1.5},
  "flagged_factor": 1.2,
  "label_gate": [r"block", r"wait", r"\bneeds?\b", r"\brequires?\b", r"\blow\b", r"await", r"pending", r"hold", r"paus", r"park", r"stuck", r"halt", r"freez", r"frozen", r"re ?scop", r"de ?scop", r"escalat", r"impediment",
                 r"depend", r"\bno\b", r"missing", r"lack", r"reason", r"reject", r"fail", r"risk", r"stop", r"cancel", r"kill"],
  "normalise": normalise,
  "negation": negation,
  "terms": {"blocked": T["blocked"], "lacking": T["lacking"], "problem": T["problem"], "poor": T["poor"]},
  "rules": R,
  "structured": [
    {"rule_id": "registry.no_success_kpi", "cause": "UNCLEAR_OBJECTIVE", "weight": 0.3, "check": "empty_success_kpi"},
    {"rule_id": "registry.data_audit_not_completed", "cause": "DATA_READINESS", "weight": 0.3, "check": "data_audit_not_completed"},
    {"rule_id": "registry.data_audit_empty", "cause": "DATA_READINESS", "weight": 0.1, "check": "data_audit_empty"},
    {"rule_id": "registry.no_sponsor", "cause": "OWNERSHIP_SPONSORSHIP", "weight": 0.3, "check": "empty_sponsor"},
    {"rule_id": "registry.no_owner", "cause": "OWNERSHIP_SPONSORSHIP", "weight": 0.2, "check": "empty_owner"},
    {"rule_id": "registry.budget_overrun", "cause": "COST_FUNDING", "weight": 0.3, "check": "budget_overrun"}
  ],
  "ranking": {"amount_scale": 1.5, "margin_share": 0.6, "min_score": 0.0}
}
import sys
json.dump(doc, open(sys.argv[1], "w"), indent=1)
