package quotes

// The word tables below are small, hand-written and immutable once New has
// built its maps from them.

// cueWords are attribution verbs: a speaker's words are introduced or
// followed by one of them ("said", "told", "added"). "according" is handled
// with its "to".
var cueWords = []string{
	"said", "says", "say", "saying",
	"told", "tells", "telling",
	"added", "adds", "adding",
	"commented", "comments", "commenting",
	"stated", "states", "stating",
	"explained", "explains", "explaining",
	"noted", "notes", "noting",
	"stressed", "stresses", "stressing",
	"emphasised", "emphasized", "emphasises", "emphasizes",
	"warned", "warns", "warning",
	"insisted", "insists",
	"confirmed", "confirms",
	"declared", "declares",
	"announced", "announces",
	"wrote", "writes",
	"remarked", "remarks",
	"continued", "continues",
	"concluded", "concludes",
	"argued", "argues",
	"claimed", "claims",
	"admitted", "admits",
	"acknowledged", "acknowledges",
	"replied", "replies",
	"responded", "responds",
	"urged", "urges",
	"revealed", "reveals",
	"observed", "observes",
	"cautioned", "cautions",
	"predicted", "predicts",
	"suggested", "suggests",
	"recalled", "recalls",
	"conceded", "concedes",
	"maintained", "maintains",
	"assured", "assures",
	"promised", "promises",
	"reported", "reports",
	"asked", "asks",
	"insisting", "recalling", "acknowledging", "admitting", "arguing",
}

// termCues come right before a quoted term rather than quoted words: "known
// as", "so-called", "dubbed", "what the industry likes to call".
var termCues = []string{
	"as", "called", "so-called", "dubbed", "termed", "named", "nicknamed",
	"call", "calls", "calling", "branded", "labelled", "labeled", "word",
	"term", "phrase", "slogan", "titled", "entitled", "headlined", "theme",
}

// nameCues introduce a name or a title, however long: "a report titled
// "…"", "a campaign dubbed "…"".
var nameCues = []string{
	"call", "calls", "called", "so-called", "dubbed", "named", "nicknamed", "titled", "entitled",
	"headlined", "branded", "labelled", "labeled", "theme", "slogan",
	"title", "headline", "motto",
}

// termDeterminers before a short quoted phrase make it part of a noun
// phrase, a term: its "eCommerce websites", the "know your customer" checks.
var termDeterminers = []string{"a", "an", "the", "its", "their", "our", "this", "these", "those"}

// skipBeforeTerm are words that may stand between a term cue and the
// quotation mark ("known as a “USB worm”").
var skipBeforeTerm = []string{"a", "an", "the"}

// headNouns are the nouns of descriptions that stand for an organisation
// ("the company", "The operator", "the Oslo-headquartered society").
var headNouns = []string{
	"company", "companies", "organisation", "organization", "operator", "society",
	"agency", "gang", "group", "firm", "line", "authority", "forwarder",
	"carrier", "insurer", "office", "association", "forum", "provider",
	"port", "business", "bank", "ministry", "department", "council",
	"regulator", "shipowner", "owner", "airline", "retailer", "manufacturer",
	"supplier", "vendor", "secretariat", "institute", "university", "hospital",
	"government", "charity", "federation", "union", "network", "club", "body",
	"consortium", "partnership", "alliance", "coalition", "cooperative",
	"terminal", "registry", "register", "service", "operators",
	"shipyard", "yard", "insurers", "exchange", "court", "police", "commission",
	"administration", "centre", "center", "foundation", "board", "organisers",
	"organizers", "developer", "maker", "publisher", "broker", "lender",
	// documents that speak for their organisation: "the statement said"
	"statement", "notice", "letter", "email", "e-mail", "post", "filing",
	"memo", "advisory", "release", "announcement",
}

// spokesNouns name an unnamed person speaking for an organisation.
var spokesNouns = []string{
	"spokesperson", "spokeswoman", "spokesman", "spokespeople", "spokespersons",
	"representative", "representatives", "official", "officials",
	// unnamed officials speak for their body too: "the presiding judge said"
	"judge", "prosecutor", "prosecutors", "magistrate", "executive", "executives",
}

// roleNouns are job titles; with the spokesperson nouns they link a
// person to the role a definite description names ("the chief executive
// said" after "Nikos Demetriou, chief executive of Ardent").
var roleNouns = []string{
	"director", "officer", "chairman", "chairwoman", "chair", "president", "manager",
	"head", "founder", "minister", "secretary", "coordinator", "analyst", "researcher",
	"ceo", "cio", "ciso", "coo", "cto", "cfo", "captain", "master", "chief",
}

// prepositions: a noun phrase right after one is not a clause's subject.
var prepositions = []string{
	"of", "at", "for", "from", "by", "with", "to", "in", "on", "into", "about",
	"against", "after", "before", "between", "via", "like", "than", "including",
	"behind", "toward", "towards", "over", "under", "without", "through",
	"within", "among", "as", "across", "per", "since", "until", "during",
	"upon", "onto", "alongside", "despite", "amid", "whom", "which",
}

// pronouns that may name a speaker, with whether they point at a person.
var pronounPerson = map[string]bool{
	"he": true, "she": true, "it": false, "they": false,
}

// determiners that open a description or a spokesperson phrase.
var determiners = []string{"the", "a", "an", "this", "its", "their"}
