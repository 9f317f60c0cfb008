package incidents

import "strings"

// set is an immutable set of lowercase words. newLexicon gives each set of
// the lexicon a bit, which a view's words carry when they are members, so
// that word.in tests membership without a lookup.
type set struct {
	words map[string]bool
	bit   uint64
}

func newSet(words ...string) *set {
	s := &set{words: make(map[string]bool, len(words))}
	for _, w := range words {
		s.words[w] = true
	}
	return s
}

// alts returns the set of the '|'-separated alternatives in pat, the set
// alt(w, pat) tests.
func alts(pat string) *set { return newSet(strings.Split(pat, "|")...) }

// has reports whether w is in the set.
func (s *set) has(w string) bool { return s.words[w] }

// lexicon holds the cue tables. It is built once by New and only read
// afterwards.
type lexicon struct {
	attackNoun   *set // singular nouns naming an attack event
	attackPlural *set // their plurals: generic talk about attacks
	typeWord     *set // modifiers that may stand before an attack noun
	passiveHit   *set // participles: "<victim> was hit/targeted by"
	activeHit    *set // past tenses: "hackers breached <victim's system>"
	theft        *set // participles of data theft: "data was stolen"
	detect       *set // verbs of first detection
	hypothetical *set // words that make a nearby attack hypothetical
	generic      *set // modifiers that make an attack another one: "a similar attack"
	determiner   *set // words that make an attack noun a particular event
	prep         *set // prepositions
	stop         *set // function words that end a noun phrase
	aux          *set // auxiliaries and adverbs between a subject and its status word
	be           *set // forms of "be" and linking verbs: a following participle is passive
	modal        *set
	negation     *set
	quantifier   *set // leading words stripped from a system's name
	genericSys   *set // words that alone do not name a system ("IT systems", "servers")
	systemHead   *set // nouns that head a system, service or operation
	pronoun      *set
	anaphor      *set // words that point back at systems just named
	governor     *set // verbs after which "to <verb>" reports a real act ("forced it to suspend")
	gangBefore   phraseTable
	gangAfter    phraseTable
	respBefore   phraseTable // cue words before a responder
	respAfter    phraseTable // cue words after a responder
	malwareNoun  *set
	familyIntro  phraseTable // "identified as", "known as" ...
	gangIntro    phraseTable // "calling itself", "group called" ...
	ransomCue    phraseTable
	ddosCue      phraseTable
	phishingCue  phraseTable
	malwareCue   phraseTable
	dataWord     *set
	confirmWord  *set
	denyWord     *set
	suspectCue   phraseTable
	reportVerb   *set
	subjectBlock *set // words that, before an organisation, keep it from being the subject
	precaution   *set
	hedge        phraseTable // "may", "likely": a suspicion
	breachNoun   phraseTable // "data breach"
	openQuestion phraseTable // "whether", "no sign"
	claimPhrase  phraseTable // "claimed to have"
	dataHead     *set        // nouns for data, which is taken, not a system that fails
	attackerWord *set        // nouns for attackers: "hackers breached"
	statusFirst  *set        // every word that can open a status cue (see statusAt)
	passiveOnly  *set        // participles read only as passives: "X was compromised"
	statusHead   *set        // every word that opens a case of statusAt's phrase switch
	breakVerb    *set        // "broke into"
	mailNoun     *set        // "received spoofed e-mails"
	accessNoun   *set        // "unauthorised access"
	gainVerb     *set        // "gained access"
	demandVerb   *set        // "demanded a ransom"
	victimNoun   *set        // "the latest victim of"
	theftNoun    *set        // words of taking data: "breach", "leaked"
	softTheft    *set        // words of touching data: "exposed", "viewed"

	// vocab numbers, from 1, every word of the sets and phrase tables
	// above; a view's words carry their number, or 0, so that the tables
	// are matched by comparing numbers.
	vocab map[string]int32
	// table is vocab as an open-addressing table, which a view looks each
	// token up in.
	table vocabTable
	// firstBits holds, by vocabulary number, the bits of the phrase tables
	// in which a phrase starts with that word.
	firstBits []uint32
	// setBits holds, by vocabulary number, the bits of the sets holding
	// that word.
	setBits []uint64
}

// phraseTable is a list of phrases, compiled by newLexicon for matching
// against a view's numbered words.
type phraseTable struct {
	list    [][]string      // the phrases, each a list of lowercase words
	ids     [][]int32       // the phrases as vocabulary numbers
	bit     uint32          // this table's bit in lexicon.firstBits
	byFirst map[int32][]int // indices of the phrases by first word's number, in list order
	byLast  map[int32][]int // indices of the phrases by last word's number, in list order
}

// vocabTable maps words to vocabulary numbers by open addressing with
// linear probing, at most a quarter full: a lookup per token of every
// article is a large part of building a view, and hashing the short words
// inline is cheaper than a map lookup. It is not modified after
// newVocabTable returns.
type vocabTable struct {
	keys []string
	ids  []int32 // 0 marks an empty slot
	mask uint32
}

func newVocabTable(vocab map[string]int32) vocabTable {
	size := 16
	for size < 4*len(vocab) {
		size *= 2
	}
	t := vocabTable{keys: make([]string, size), ids: make([]int32, size), mask: uint32(size - 1)}
	for w, id := range vocab {
		i := vocabHash(w) & t.mask
		for t.ids[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.ids[i] = w, id
	}
	return t
}

// vocabHash is 32-bit FNV-1a.
func vocabHash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// get returns the vocabulary number of w, or 0.
func (t *vocabTable) get(w string) int32 {
	for i := vocabHash(w) & t.mask; ; i = (i + 1) & t.mask {
		id := t.ids[i]
		if id == 0 || t.keys[i] == w {
			return id
		}
	}
}

// number returns the vocabulary number of w, numbering it if new.
func (lx *lexicon) number(w string) int32 {
	id, ok := lx.vocab[w]
	if !ok {
		id = int32(len(lx.firstBits))
		lx.vocab[w] = id
		lx.firstBits = append(lx.firstBits, 0)
		lx.setBits = append(lx.setBits, 0)
	}
	return id
}

// compileSets numbers the words of each set in the vocabulary and gives
// each set its bit.
func (lx *lexicon) compileSets(sets ...*set) {
	if len(sets) > 64 {
		panic("incidents: more than 64 word sets")
	}
	for si, s := range sets {
		s.bit = 1 << si
		for w := range s.words {
			lx.setBits[lx.number(w)] |= s.bit
		}
	}
}

// compile numbers the words of each table in the vocabulary and indexes
// the tables' phrases by first and last word.
func (lx *lexicon) compile(tables ...*phraseTable) {
	if len(tables) > 32 {
		panic("incidents: more than 32 phrase tables")
	}
	for ti, t := range tables {
		t.bit = 1 << ti
		t.ids = make([][]int32, len(t.list))
		t.byFirst, t.byLast = map[int32][]int{}, map[int32][]int{}
		for pi, p := range t.list {
			ids := make([]int32, len(p))
			for k, w := range p {
				ids[k] = lx.number(w)
			}
			t.ids[pi] = ids
			first, last := ids[0], ids[len(ids)-1]
			t.byFirst[first] = append(t.byFirst[first], pi)
			t.byLast[last] = append(t.byLast[last], pi)
			lx.firstBits[first] |= t.bit
		}
	}
}

func words(ss ...string) [][]string {
	out := make([][]string, len(ss))
	for i, s := range ss {
		out[i] = splitSpace(s)
	}
	return out
}

func splitSpace(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return out
}

func newLexicon() *lexicon {
	lx := baseLexicon()
	lx.gangIntro = phraseTable{list: words("calls itself", "calling itself", "called itself", "call themselves", "calling themselves",
		"group called", "gang called", "group named", "gang named", "group known as", "gang known as", "hackers known as",
		"hackers calling themselves", "collective called", "collective known as")}
	lx.vocab = map[string]int32{}
	lx.firstBits = []uint32{0} // number 0 is every word outside the vocabulary
	lx.setBits = []uint64{0}
	lx.compileSets(lx.attackNoun, lx.attackPlural, lx.typeWord, lx.passiveHit, lx.activeHit, lx.theft,
		lx.detect, lx.hypothetical, lx.generic, lx.determiner, lx.prep, lx.stop, lx.aux, lx.be, lx.modal,
		lx.negation, lx.quantifier, lx.genericSys, lx.systemHead, lx.pronoun, lx.anaphor, lx.governor,
		lx.malwareNoun, lx.dataWord, lx.confirmWord, lx.denyWord, lx.reportVerb, lx.subjectBlock,
		lx.precaution, lx.dataHead, lx.attackerWord, lx.statusFirst, lx.passiveOnly, lx.statusHead, lx.breakVerb,
		lx.mailNoun, lx.accessNoun, lx.gainVerb, lx.demandVerb, lx.victimNoun, lx.theftNoun, lx.softTheft)
	lx.compile(&lx.ransomCue, &lx.ddosCue, &lx.phishingCue, &lx.malwareCue, &lx.suspectCue,
		&lx.hedge, &lx.breachNoun, &lx.openQuestion, &lx.claimPhrase, &lx.gangBefore, &lx.gangAfter,
		&lx.respBefore, &lx.respAfter, &lx.familyIntro, &lx.gangIntro)
	lx.table = newVocabTable(lx.vocab)
	return lx
}

func baseLexicon() *lexicon {
	return &lexicon{
		attackNoun: newSet("backdoor", "attack", "cyberattack", "cyber-attack", "intrusion", "breach", "hack",
			"incident", "compromise", "outbreak", "campaign", "infection", "ransomware", "malware",
			"phishing", "ddos", "denial-of-service", "worm", "trojan", "virus", "wiper", "fraud", "scam"),
		attackPlural: newSet("attacks", "cyberattacks", "cyber-attacks", "intrusions", "breaches", "hacks",
			"incidents", "outbreaks", "campaigns", "infections", "worms", "viruses", "trojans"),
		typeWord: newSet("cyber", "cybersecurity", "cyber-security", "ransomware", "malware", "phishing", "ddos", "denial-of-service",
			"distributed", "sophisticated", "major", "serious", "suspected", "apparent", "targeted",
			"data", "security", "it", "network", "email", "e-mail", "hacking", "criminal", "separate",
			"recent", "large-scale", "massive", "significant", "coordinated", "(", ")", "usb", "second", "third",
			"first", "new", "fresh", "further", "business", "invoice", "payment", "ceo", "wire", "compromise", "credential", "harvesting", "spoofing", "impersonation", "fourth", "weekend", "overnight", "ongoing", "apparent"),
		passiveHit: newSet("flooded", "bombarded", "overwhelmed", "hit", "targeted", "attacked", "hacked", "breached", "compromised", "struck", "infected"),
		activeHit:  newSet("stolen", "stole", "exfiltrated", "bombarded", "flooded", "overwhelmed", "infiltrated", "penetrated", "defaced", "hit", "attacked", "targeted", "breached", "hacked", "compromised", "infected", "crippled", "paralysed", "paralyzed", "struck", "disrupted", "knocked", "encrypted"),
		theft:      newSet("exposed", "stolen", "taken", "copied", "exfiltrated", "leaked", "downloaded", "accessed"),
		detect:     newSet("reached", "received", "detecting", "discovering", "noticing", "detected", "discovered", "noticed", "found", "began", "started", "hit", "identified", "spotted"),
		hypothetical: newSet("if", "would", "could", "should", "might", "may", "will", "whether", "unless",
			"assume", "imagine", "suppose", "can", "shall", "simulate", "simulating", "simulated", "simulation",
			"exercise", "drill", "scenario", "rehearse", "rehearsal", "protect", "protecting", "protection", "defend",
			"defence", "defense", "prevent", "preventing", "avoid", "insurance", "insure", "mock", "fictional",
			"hypothetical", "against", "event", "case", "risk", "prepare", "preparing", "withstand", "survive"),
		generic:    newSet("similar", "another", "other", "such", "like", "any", "future", "every", "possible", "potential"),
		determiner: newSet("a", "an", "the", "this", "that", "its", "their", "his", "her", "our", "last", "latest", "recent", "weekend's", "sunday's"),
		prep: newSet("of", "at", "in", "on", "to", "for", "from", "through", "with", "by", "across",
			"between", "during", "after", "before", "until", "while", "as", "into", "onto", "over",
			"under", "about", "against", "within", "without", "since", "throughout", "among", "despite", "following", "like",
			"behind", "beside", "inside", "beyond", "near", "around"),
		stop: newSet("and", "or", "but", "although", "though", "because", "so", "yet", "nor", "if", "when",
			"whether", "than", "that", "which", "who", "whom", "whose", "where", "is", "are", "was", "were",
			"be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "can",
			"could", "may", "might", "should", "must", "said", "says", "say", "told", "tells", "added",
			"adding", "noted", "noting", "stressed", "revealed", "confirmed", "saw", "sees", "see",
			"meaning", "means", "it", "they", "we", "he", "she", "them", "us", "you", "i", "me", "him",
			"not", "no", "never", "also", "now", "still", "then", "there", "here", "what", "how",
			"why", "while", "forced", "forcing", "after", "before", "since", "until", "including",
			"comments", "commented", "explained", "warned", "announced", "reported", "stated", "insisted",
			"admitted", "acknowledged", "denied", "claimed", "believes", "believed", "suspects", "suspected",
			"however", "meanwhile", "instead", "though", "as", "like", "per", "due", "thus", "found",
			"become", "became", "remain", "remains", "remained", "continue", "continues", "continued"),
		aux: newSet("has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "remain",
			"remains", "remained", "stay", "stays", "stayed", "still", "also", "now", "reportedly",
			"partially", "partly", "fully", "briefly", "temporarily", "since", "gradually", "only",
			"never", "not", "n't", "become", "became", "becomes", "to", "would", "will", "could",
			"should", "may", "might", "can", "understood", "believed", "said", "reported", "thought",
			"later", "then", "already", "largely", "completely", "subsequently", "quickly", "all",
			"again", "mostly", "entirely", "apparently", "likely", "seen", "got", "gotten", "get", "gets", "yet"),
		be:       newSet("was", "were", "is", "are", "be", "been", "being", "remain", "remains", "remained", "stay", "stays", "stayed", "become", "became", "becomes", "got", "gotten", "get", "gets"),
		modal:    newSet("will", "would", "could", "should", "may", "might", "can", "shall", "must"),
		negation: newSet("not", "never", "n't", "no"),
		quantifier: newSet("the", "a", "an", "its", "their", "our", "his", "her", "this", "that", "these",
			"those", "your", "my", "all", "some", "neither", "either", "several", "many", "other", "own", "both", "every", "each", "any",
			"number", "of", "few", "most", "certain", "two", "three", "four", "various", "further", "affected", "remaining"),
		genericSys: newSet("system", "systems", "network", "networks", "server", "servers", "service",
			"services", "it", "computer", "computers", "infrastructure", "data", "files", "information",
			"operations", "everything", "technology", "platforms", "applications", "devices", "machines",
			"parts", "part", "environment", "estate", "company", "business"),
		systemHead: newSet("system", "systems", "website", "websites", "site", "sites", "portal", "portals",
			"app", "apps", "application", "applications", "database", "databases", "server", "servers",
			"links", "link", "interface", "interfaces", "email", "e-mail", "emails", "e-mails", "mail",
			"network", "platform", "platforms", "services", "service", "operations", "automation",
			"planning", "scheduling", "access", "register", "registry", "updates", "accounts", "account",
			"mailboxes", "mailbox", "sailings", "check-in", "activities", "back-offices",
			"back-office", "workstations", "workstation", "sticks", "traffic", "handling", "pilotage",
			"payroll", "booking", "bookings", "ticketing", "invoicing", "billing", "processing", "tracking",
			"gate", "gates", "cranes", "publications", "edi", "telephones", "phones", "phone",
			"wifi", "wi-fi", "intranet", "extranet", "clearance", "deliveries", "shipments", "production",
			"manufacturing", "logistics", "desk", "helpdesk", "hotline", "tools", "software", "computers",
			"laptops", "devices", "files", "records", "documentation", "ecdis", "navigation", "radar",
			"servers", "cloud", "storage", "backups", "backup", "capabilities", "connection", "connections",
			"feeds", "feed", "api", "apis", "kiosks", "scanners", "payments", "payment", "orders", "ordering",
			"reservations", "login", "logins", "erp", "tos", "pcs", "vpn", "crm", "scada", "dns", "archive", "archives",
			"drive", "drives", "repository", "depots", "depot", "warehouses", "yards", "sales", "installation", "environment", "kiosk", "calls", "departures", "permits"),
		pronoun:  newSet("it", "they", "we", "he", "she", "them", "us", "you", "i", "me", "him", "this", "that"),
		anaphor:  newSet("they", "these", "those", "both"),
		governor: newSet("forced", "forcing", "forces", "force", "had", "decided", "chose", "opted", "obliged", "compelled", "prompted", "prompting", "causing", "caused", "led", "leading"),
		gangBefore: phraseTable{list: words("claimed by", "claimed by the", "calling itself", "calls itself", "hacking group",
			"hacker group", "hackers group", "ransomware group", "ransomware gang", "criminal group",
			"cybercriminal group", "cyber-criminal group", "criminal gang", "threat actor", "extortion group",
			"group known as", "gang known as", "attributed to", "attributed to the", "blamed on", "blamed on the",
			"hacktivist group", "hacktivists", "state-backed group", "group called", "gang called",
			"attack by", "attack by the", "attacks by", "attacks by the", "hacked by", "hacked by the", "targeted by",
			"targeted by the", "hit by", "hit by the", "carried out by", "carried out by the", "encrypted by",
			"hackers from", "hackers from the", "attackers from", "attackers from the", "members of the",
			"affiliates of", "affiliates of the")},
		gangAfter: phraseTable{list: words("gang", "ransomware gang", "ransomware group", "hacking group", "hacker group",
			"hackers", "claimed responsibility", "has claimed responsibility", "claimed the attack",
			"claimed to", "claims to", "has claimed", "ransomware operators", "operators", "crew",
			"ransomware operation", "affiliates")},
		respBefore: phraseTable{list: words("working with", "work with", "works with", "worked with", "with the help of",
			"help of", "help from", "helped by", "engaged", "has engaged", "brought in", "called in",
			"hired", "retained", "appointed", "supported by", "assisted by", "checks by", "check by",
			"survey by", "investigation by", "analysis by", "specialists from", "experts from",
			"investigators from", "alongside", "provider", "with support from", "support from",
			"together with", "in partnership with", "contracted", "commissioned", "drafted in",
			"forensics firm", "forensic firm", "security firm", "response firm", "cybersecurity firm",
			"cyber security firm", "cyber-security firm", "cyber firm", "security consultancy", "forensics company",
			"with the assistance of", "assistance from", "aided by", "advised by", "investigators at", "experts at",
			"specialists at", "with help from", "notified", "has notified", "had notified", "informed", "alerted",
			"reported the incident to", "reported it to", "reported the attack to", "in cooperation with",
			"in collaboration with", "coordinating with", "liaising with", "contacted", "has contacted", "in contact with",
			"complaint with", "report with", "led by", "being led by", "mitigated by", "filtered by", "absorbed by", "cooperating with", "co-operating with", "collaborating with", "reported the breach to", "reported the intrusion to", "reported the matter to",
			"reported this to", "reported the hack to", "reported the cyberattack to", "sought help from", "sought assistance from", "team from", "teams from",
			"consultants from", "engineers from", "in conjunction with", "in touch with", "reported to")},
		respAfter: phraseTable{list: words("said it had been called in", "said it had been hired", "said it was investigating", "said it was assisting",
			"is probing", "are probing", "was probing", "is looking into", "is analysing", "is analyzing", "has been engaged", "was engaged",
			"were engaged", "has been retained", "was retained", "has been contracted", "responded to the", "is responding to",
			"is restoring", "are restoring", "helped to restore", "helped restore", "hired by", "retained by", "engaged by", "appointed by", "contracted by", "commissioned by",
			"brought in by", "called in by", "drafted in by", "was informed", "were informed", "has been informed", "have been informed",
			"was notified", "were notified", "has been notified", "have been notified", "was alerted", "has been alerted",
			"is leading the investigation", "is conducting", "is carrying out", "has been investigating", "are working with", "is working with", "were working with", "was working with",
			"are helping", "is helping", "was helping", "were helping", "began filtering", "is investigating",
			"are investigating", "was investigating", "were investigating", "helped",
			"are examining", "is examining", "were examining", "was hired", "which was hired", "who was hired",
			"said it was in contact with", "is in contact with", "was in contact with", "has been in contact with",
			"has been appointed", "was appointed", "were called in", "were brought in", "has been assisting",
			"is coordinating", "is advising", "are advising", "is handling", "was drafted in", "is leading the investigation",
			"said it had helped", "said it was helping", "said it helped", "has helped", "had helped",
			"said it was working with", "said it is working with", "is supporting", "are supporting", "was supporting",
			"has been supporting", "is assisting", "said it was supporting", "is assisting",
			"are assisting", "has been helping", "have been helping", "is leading", "was called in",
			"has been called in", "was brought in", "has been brought in", "was hired", "has been hired",
			"found the", "discovered the", "detected the")},
		malwareNoun: newSet("malware", "ransomware", "worm", "trojan", "virus", "spyware", "wiper", "backdoor", "botnet", "loader", "strain", "variant"),
		familyIntro: phraseTable{list: words("identified as", "known as", "called", "dubbed", "named", "nicknamed")},
		ransomCue:   phraseTable{list: words("demanded a ransom", "demanding a ransom", "ransomware", "decryption key", "ransom note", "ransom notes", "ransom demand", "encrypted by", "ransom of", "demanding", "bitcoin", "encrypted", "encrypting")},
		ddosCue:     phraseTable{list: words("botnet", "malicious traffic", "bogus traffic", "fake traffic", "traffic flood", "flooded with traffic", "flooded with requests", "junk traffic", "junk requests", "bogus requests", "flood of requests", "ddos", "denial-of-service", "denial of service", "booter", "flood of traffic")},
		phishingCue: phraseTable{list: words("invoice fraud", "payment fraud", "ceo fraud", "email account", "e-mail account", "spoofed e-mails", "spoofed emails", "spoofed e-mail", "spoofed email", "credential harvesting", "credential-harvesting", "fake login page", "phishing", "business e-mail compromise", "business email compromise", "mfa fatigue", "spear-phishing", "smishing", "vishing")},
		malwareCue:  phraseTable{list: words("malicious code", "malicious software", "malware", "worm", "trojan", "virus", "spyware", "wiper", "infected", "backdoor")},
		dataWord: newSet("data", "files", "information", "records", "names", "addresses", "details",
			"documents", "gigabytes", "terabytes", "scans", "passports", "emails", "e-mails",
			"correspondence", "credentials", "passwords", "40gb", "personal"),
		confirmWord: newSet("confirmed", "confirms", "confirm", "acknowledged", "admitted", "disclosed", "revealed"),
		denyWord:    newSet("denied", "denies", "deny", "denying", "rejected", "refuted", "disputed"),
		suspectCue: phraseTable{list: words("suspect", "suspects", "suspected", "believed to have been", "could not rule out",
			"likely that", "probably", "cannot rule out", "can not rule out", "can't rule out", "could not exclude", "may have been",
			"might have been", "possibly", "potentially", "not ruled out", "could have been", "is investigating whether")},
		reportVerb:   newSet("said", "says", "say", "told", "tells", "added", "adds", "stated", "explained", "commented", "noted", "confirmed", "revealed", "announced"),
		subjectBlock: newSet("told", "by", "of", "with", "to", "from", "at", "for", "on", "against", "in", "and", "or", "said", "says", "according", "than", "via", "into", "like", "about", "behind", "what", "how", "including", "between", "among"),
		dataHead:     newSet("data", "information", "details", "documents", "correspondence", "names", "addresses", "credentials", "passwords", "scans", "records", "gigabytes", "terabytes", "contents", "invoices"),
		attackerWord: newSet("botnet", "botnets", "fraudsters", "scammers", "hacktivists", "hacktivist", "intruder", "hackers", "attackers", "criminals", "intruders", "gang", "group", "hacker", "attacker", "cybercriminals", "actors", "malware", "ransomware", "worm", "virus"),
		statusFirst:  newSet("closure", "shutdown", "partly", "crashed", "collapsed", "online", "managed", "kept", "tracked", "recorded", "seeing", "facing", "faced", "filed", "issued", "reached", "contacted", "used", "opened", "defaced", "hijacked", "tampered", "plagued", "dogged", "beset", "suspension", "disconnection", "process", "handle", "issue", "accept", "take", "affect", "impact", "disrupt", "touch", "reach", "use", "log", "suffered", "suffering", "experienced", "experiencing", "seen", "had", "intermittent", "repeated", "occasional", "sporadic", "partial", "went", "go", "goes", "going", "arriving", "arrive", "arrived", "outages", "outage", "touched", "rebuilt", "broke", "broken", "reverted", "switched", "resorted", "fell", "frozen", "froze", "freeze", "control", "expected", "due", "working", "moving", "handled", "processed", "done", "operated", "run", "carried", "sailing", "ran", "runs", "operate", "sailed", "closed", "restarted", "restart", "restarting", "halting", "running", "operating", "working", "functioning", "resumed", "returned", "return", "returns", "returning", "access", "accessed", "accessible", "affected", "available", "back", "breached", "compromised", "continue", "continued", "continues", "continuing", "copied", "crippled", "degraded", "delayed", "detected", "disabled", "disconnected", "discovered", "disrupted", "down", "downloaded", "encrypted", "exfiltrated", "extracted", "found", "functioned", "functioning", "go", "goes", "going", "gone", "gradually", "halt", "halted", "hampered", "hit", "impacted", "inaccessible", "infected", "inoperable", "inoperative", "intermittent", "interrupted", "isolated", "leaked", "offline", "operated", "operating", "operational", "out", "paralysed", "paralyzed", "partially", "patchy", "paused", "progressively", "ran", "reconnected", "recovered", "reinstate", "reinstated", "removed", "reopened", "restore", "restored", "restores", "restoring", "running", "secure", "slow", "slowed", "slower", "sluggish", "spared", "stolen", "subject", "suspend", "suspended", "suspending", "suspends", "taken", "unaffected", "unavailable", "unimpaired", "unreachable", "unscathed", "unstable", "unusable", "up", "went", "worked", "working"),
		statusHead:   newSet("partly", "partially", "crashed", "collapsed", "online", "managed", "kept", "tracked", "recorded", "processed", "handled", "issued", "done", "filed", "running", "operating", "working", "functioning", "continued", "continue", "continues", "continuing", "experiencing", "experienced", "suffering", "suffered", "seeing", "facing", "faced", "back", "up", "went", "go", "goes", "gone", "going", "slow", "subject", "available", "moving", "operated", "run", "carried", "sailing", "ran", "runs", "operate", "sailed", "worked", "functioned", "arriving", "arrive", "arrived", "arrives", "delivered", "reverted", "switched", "resorted", "fell", "falling", "reverting", "switching", "out", "expected", "due", "taken", "made", "accepted", "seen", "had", "hit", "affected", "plagued", "dogged", "beset", "intermittent", "repeated", "occasional", "sporadic", "partial", "outages", "outage", "broke", "broken", "break", "breaking", "control", "returned", "return", "returns", "returning", "closure", "shutdown", "suspension", "disconnection", "gradually", "progressively"),
		breakVerb:    alts("broke|broken|break|breaking"),
		mailNoun:     alts("e-mails|emails|e-mail|email|messages|invoices"),
		accessNoun:   alts("access|activity|logins|behaviour|behavior|code|software"),
		gainVerb:     alts("gained|gain|gaining|obtained"),
		demandVerb:   alts("demanded|demanding|demands|demand"),
		victimNoun:   alts("victim|target"),
		theftNoun:    alts("breach|left|leaked|exfiltration|theft|stole"),
		softTheft:    alts("compromised|exposed|viewed|obtained|involved|affected|published|dumped|read"),
		passiveOnly:  newSet("defaced", "hijacked", "touched", "affected", "interrupted", "impacted", "hit", "compromised", "infected", "breached", "reconnected", "recovered", "reopened"),
		hedge:        phraseTable{list: words("may", "might", "could", "possibly", "potentially", "believed", "likely", "feared")},
		breachNoun:   phraseTable{list: words("data breach", "data theft", "breach of data", "breach of its data")},
		openQuestion: phraseTable{list: words("whether", "if", "no sign", "not a")},
		claimPhrase:  phraseTable{list: words("leak site", "posted", "claimed", "claims", "claim", "said it had", "says it has", "claimed to have")},
		precaution:   newSet("precaution", "precautionary", "precautions", "preventive", "preventative", "proactively", "proactive"),
	}
}
