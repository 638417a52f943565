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
T["int"] = [r"integrat(?:e|ed|es|ing|ion|ions)", r"interfaces?", r"connectors?", r"connect(?:ion|ions|ing|ivity)?", r"apis?", r"middleware", r"legacy(?: systems?| platforms?| stack| applications?| apps?)?",
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
  r"insufficient", r"(?:has|have|had) left", r"left (?:the )?(?:company|bank|firm|business|organisation|team|project)", r"quit", r"resigned", r"departed", r"departure", r"moved on", r"attrition", r"turnover",
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
  r"(?:lack of|no|low|little|poor|weak|minimal|negligible|limited) (?:trust|adoption|uptake|usage|engagement|confidence|interest|buy in|take up)", r"ignor(?:e|ed|es|ing)", r"bypass(?:ed|es|ing)?",
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
T["quality_what"] = [r"accuracy", r"precision", r"recall", r"f1(?: score)?", r"auc", r"mape", r"rmse", r"mae", r"error rates?", r"false positives?", r"false negatives?",
  r"(?:model|prediction|forecast|output|answer|extraction|classification|detection|recognition|ocr) (?:quality|performance|accuracy)", r"model", r"models", r"predictions?", r"forecasts?",
  r"results", r"outputs?", r"answers", r"responses", r"hallucinat(?:e|es|ed|ion|ions|ing)", r"performance", r"benchmarks?", r"accuracy (?:target|threshold|bar|requirement)",
  r"(?:the|our|its) (?:target|threshold|bar)", r"baseline model", r"llm", r"classifier", r"detector", r"algorithm", r"approach"]
T["quality_problem"] = [r"not (?:good|accurate|reliable|precise|robust|stable|strong|consistent) enough", r"(?:could|can|did|does|would|will) not (?:reach|hit|meet|achieve|beat|exceed|get (?:to|above|past|near)|outperform|improve|match|generalis(?:e|ed)|work|cope|handle)",
  r"fail(?:ed|s|ing)? to (?:reach|hit|meet|achieve|beat|outperform|improve|match|generalis(?:e|ed)|converge|work)", r"(?:never|not) (?:reached|met|achieved|beat|hit|matched)", r"unreachable", r"not reachable",
  r"not achievable", r"unachievable", r"unattainable", r"(?:below|under|short of|fell short of|falls short of) (?:the )?(?:target|threshold|bar|baseline|requirement|benchmark|agreed|required|needed)",
  r"(?:too|very) (?:low|poor|inaccurate|unreliable|noisy|weak|many)", r"(?:far |well |way |significantly |much |still )?(?:below|short of|under|behind) (?:what|the level|the bar|the required|expectations?|requirements?|the business (?:need|expect|requir))", r"(?:does|did|do) not meet (?:the )?(?:expectations?|requirements?|bar|target|threshold)", r"plateau(?:ed|ing|s)?", r"stuck at", r"no better than", r"worse than", r"overfit(?:ting|ted|s)?", r"unreliable",
  r"inaccurate", r"unstable", r"coin (?:flip|toss)", r"hallucinat(?:e|es|ed|ion|ions|ing)", r"made up", r"(?:did|does) not generalis(?:e|ed)", r"degrad(?:ed|es|ing)", r"(?:was|were|is|are) poor",
  r"(?:was|were|is|are) (?:still )?(?:too )?(?:low|weak|disappointing|underwhelming|mediocre)", r"underperform(?:ed|s|ing)?"]
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
  r"acceptance criteria", r"target (?:metric|kpi|outcome)", r"(?:what|which) (?:business )?(?:problem|decision|decisions|metric|kpi|outcome|value|benefit|question)", r"measurable (?:goal|outcome|target|benefit)s?", r"north star", r"hypothesis"]
OBJ_BAD = [r"no", r"lack(?:s|ed|ing)?(?: of)?", r"missing", r"without", r"absent", r"undefined", r"not (?:yet )?(?:defined|agreed|set|established|identified|specified|documented|clear|validated|confirmed|quantified|articulated|understood|known|signed off)",
  r"never (?:defined|agreed|set|established|identified|specified|documented|clear|validated|confirmed|quantified|articulated|understood|written|formalis(?:ed|e))", r"unclear", r"vague", r"unknown", r"ambiguous",
  r"fuzzy", r"woolly", r"tbd", r"to be (?:defined|confirmed|determined|agreed)", r"still (?:open|undefined|unclear|missing|being debated|under discussion)", r"(?:kept|keep|keeps) changing",
  r"changed (?:again|every|weekly|monthly)", r"disagree(?:d|ment)?(?: on| about| over)?", r"no agreement", r"could not (?:agree|define|articulate|explain|say|name)", r"(?:can|did|does) not (?:agree|define|articulate|explain|say|name)",
  r"unable to (?:agree|define|articulate|explain|say|name)", r"(?:nobody|no one) (?:could|can|knew|knows|agreed|defined)", r"unvalidated", r"unproven", r"misunderstood", r"moving", r"in flux",
  r"(?:awaiting|waiting (?:on|for)|pending|blocked on)", r"open questions?", r"unanswered", r"not (?:yet )?answered", r"never answered", r"nobody (?:knows|knew)", r"no one (?:knows|knew)"]
rule("objective.undefined", "UNCLEAR_OBJECTIVE", 1.0, note="no KPI, baseline, success criterion or business problem",
  near=[near(OBJ_BAD, OBJ_WHAT, 4)])
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
ARCH_BAD = ["@lacking", "@blocked", r"never (?:built|set up|provisioned|delivered|existed|planned|designed)", r"not (?:yet )?(?:ready|in place|set up|built|provisioned|defined|planned|designed|supported|possible)",
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
INT_BAD = ["@blocked", "@problem", r"incompatib(?:le|ility|ilities)", r"not (?:compatible|supported|possible|feasible)", r"no (?:api|apis|interface|connector|endpoint|integration|way to connect)",
  r"(?:does|did|do|would|will) not (?:support|expose|allow|offer|provide|accept|connect|talk|integrate|fit)", r"(?:can|could) not (?:connect|integrate|talk|call|reach|write|read|push|pull|plug|interface|be integrated|fit)",
  r"unable to (?:connect|integrate|talk|call|reach|write|read|push|pull|plug|interface)", r"lack(?:s|ed|ing)?(?: of)?", r"missing", r"broke(?:n)?", r"rate limit(?:s|ed|ing)?", r"time(?:s|d)? out",
  r"timeouts?", r"locked down", r"closed", r"proprietary", r"undocumented", r"(?:vendor|supplier) (?:would|will|did|does) not", r"(?:would|will) take (?:\w+,? ){0,2}(?:months|years)",
  r"(?:months|years) (?:away|of work)", r"change freeze", r"no (?:slot|capacity) (?:in|on)", r"roadmap", r"complex", r"nightmare", r"mismatch(?:es|ed)?"]
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
        near([r"no", r"without", r"lack(?:s|ed|ing)?(?: of)?", r"missing", r"lost (?:our|the|its|their)?", r"loss of", r"need(?:s|ed)? (?:a |an )?(?:new )?", r"find (?:a |an )?(?:new )?", r"nobody (?:is|was|wants to be)", r"no one (?:is|was|wants to be)"],
             [r"(?:executive |business |senior |clear |accountable |active |committed |named |real )?(?:sponsor|sponsorship|owner|ownership|champion|buy in|backing|support from (?:the )?(?:business|leadership|management|executives?))"], 2)])
rule("ownership.priorities", "OWNERSHIP_SPONSORSHIP", 1.0, note="priorities shifted; deprioritised; reorganisation",
  patterns=[r"de ?prioriti[sz](?:ed|ation|ing|e)", r"(?:priorit(?:y|ies)|focus|strategy|strategic direction|direction) (?:\w+,? ){0,2}(?:shifted|changed|moved|switched|pivoted|went elsewhere|elsewhere)",
            r"(?:lower|low|reduced) priority", r"not (?:a|the|our) (?:top |main |current )?priority", r"no longer (?:a |the )?(?:top |main )?priority", r"(?:other|competing|conflicting|new|different) (?:business |strategic )?priorities",
            r"(?:shelved|mothballed|put on the back burner|back burner|put on ice|parked indefinitely)", r"(?:lost|losing|withdrew|withdrawn|pulled|without|no) (?:executive |business |senior |leadership |management |stakeholder )?(?:support|interest|buy in|backing|commitment)",
            r"(?:stakeholders?|business units?|departments|teams|sponsors?) (?:\w+,? ){0,2}(?:disagree(?:d)?|misaligned|not aligned|could not agree|can not agree|at odds|pulling in different directions)",
            r"(?:nobody|no one|no single person) (?:owns|owned|is accountable|was accountable|took ownership|takes ownership|was responsible|is responsible)", r"fell between (?:the )?(?:chairs|stools|cracks|teams)",
            r"(?:re ?org(?:anis(?:ation|ed))?|restructur(?:e|ed|ing)|merger|acquisition|leadership change|change (?:of|in) (?:leadership|management|strategy)) (?:\w+,? ){0,4}(?:stopped|paused|killed|ended|cancell(?:ed)?|froze|halted|orphaned|deprioriti[sz]ed|left|meant|put)"])
rule("ownership.reorg", "OWNERSHIP_SPONSORSHIP", 0.6, note="reorganisation or leadership change mentioned near a stop",
  near=[near([r"re ?organis(?:ation|ed|ing)", r"re ?org", r"restructur(?:e|ed|ing)", r"leadership change", r"new (?:management|leadership|cio|cto|ceo|coo|cfo|vp|director|head)"],
             [r"stopped", r"paused", r"killed", r"ended", r"cancell(?:ed|ing)", r"frozen", r"halted", r"on hold", r"after", r"since", r"following", r"because", r"due to"], 4)])
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
             [r"not feasible", r"infeasible", r"unfeasible", r"impossible", r"not possible", r"not solvable", r"unsolvable", r"too (?:hard|difficult|complex|ambitious)", r"intractable", r"not (?:there|mature|ready|good enough) yet", r"not mature", r"immature", r"(?:does|did|would) not work"], 3)],
  patterns=[r"(?:unrealistic|over ?optimistic|overly optimistic|inflated|naive) (?:expectations?|targets?|accuracy|goals?|assumptions?|promises)", r"expectations (?:were|are|was) (?:too high|unrealistic|unreachable|way off)",
            r"(?:no|not enough|weak|insufficient|little) (?:predictive )?(?:signal|predictive power|correlation)", r"(?:features?|variables?|inputs?) (?:are|were) (?:not|barely) predictive",
            r"(?:no better|not better|not much better|barely better) than (?:a |the )?(?:random|baseline|coin|rules|heuristic|current process|existing)"])
rule("feasibility.label", "TECHNICAL_FEASIBILITY", 1.0, channels=["label"], patterns=[r"accuracy", r"model (?:performance|quality)", r"feasibility", r"performance"])

negation = {
  "cues": [r"no", r"not", r"never", r"without", r"none", r"neither", r"nor", r"hardly", r"zero", r"free of", r"no sign of", r"nothing"],
  "window_words": 3,
  "hypothetical": [r"if", r"in case", r"to avoid", r"to prevent", r"avoiding", r"preventing", r"whether", r"lessons? learn(?:ed|t)", r"make sure", r"ensure", r"unless", r"might", r"may become", r"could become", r"risk that"],
  "issue_nouns": [r"issues?", r"problems?", r"concerns?", r"blockers?", r"findings", r"objections?", r"complaints?", r"risks?", r"worries", r"red flags?", r"show ?stoppers?", r"obstacles?", r"impediments?", r"constraints?", r"gaps?", r"roadblocks?"],
  "resolution_cues": [r"resolved", r"fixed", r"solved", r"sorted(?: out)?", r"cleared", r"passed", r"approved", r"granted", r"signed off", r"unblocked", r"addressed", r"mitigated", r"overcome", r"closed out",
     r"in place", r"works now", r"working now", r"(?:is|are|was|were) (?:now )?(?:fine|ok|okay|good|clear|sorted|available)", r"under control", r"back on track", r"restored", r"reinstated", r"reversed", r"lifted",
     r"secured", r"obtained", r"received", r"delivered", r"completed", r"green", r"settled", r"agreed", r"confirmed", r"(?:available|ready|live) now", r"now (?:available|ready|live|in place)", r"got (?:it|access|the)",
     r"(?:has|have) been (?:provided|given|granted|found|hired|onboarded|recruited)", r"(?:was|were) (?:provided|given|found|hired|onboarded|recruited)", r"went away", r"disappeared", r"(?:is|are) no (?:longer )?(?:an? )?(?:issue|problem|blocker|concern)", r"not (?:an?|the) (?:\w+ )?(?:issue|problem|blocker|concern|constraint|risk)", r"was a non ?issue"],
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
  "version": "causes-1.0.0",
  "description": "lastmile cause vocabulary. Matching runs on normalised sentences: lower case, British spellings (-ise, licence, labelled, modelling), contractions expanded (n't -> not), hyphens/slashes/underscores folded to spaces. Patterns are Java regexes (no named groups). A rule applies to channel 'text' (free text; the default) and/or 'label' (status names, model tags, blocker summaries; label-only rules fire only when the label passes label_gate). 'near' blocks match a term of a and a term of b in either order with at most 'within' words between. '@name' expands a term list. Changes: bump version.",
  "source_weights": {"registry_field:closure_reason": 3.0, "registry_field:notes": 2.0, "registry_field": 1.5, "status_history": 1.6, "model_registry": 1.6,
                     "jira_resolution": 1.2, "jira_comment": 1.0, "jira_description": 1.0, "jira_link": 0.8, "jira_summary": 0.5, "default": 1.0},
  "recency": {"half_life_days": 365, "floor": 0.4, "unknown_factor": 1.0},
  "position": {"step": 0.03, "floor": 0.85},
  "status": {"full_days": 90, "min_factor": 0.75, "max_factor": 1.5},
  "flagged_factor": 1.2,
  "label_gate": [r"block", r"wait", r"await", r"pending", r"hold", r"paus", r"park", r"stuck", r"halt", r"freez", r"frozen", r"re ?scop", r"de ?scop", r"escalat", r"impediment",
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
