package model

// SchemaVersion is the value of [Record.SchemaVersion] for records written by
// this version of the package. It changes only when a field is removed or its
// meaning changes; new optional fields do not change it.
const SchemaVersion = "1"

// Format names the kind of input an article came from.
const (
	FormatText = "text" // plain text, e.g. a PDF journal's text dump
	FormatHTML = "html" // an HTML page from a news site
)

// Entity types.
const (
	EntityOrganisation = "organisation"
	EntityPerson       = "person"
	EntityPlace        = "place"
)

// Date precisions.
const (
	PrecisionDay     = "day"
	PrecisionMonth   = "month"
	PrecisionYear    = "year"
	PrecisionWeekend = "weekend"
	PrecisionWeek    = "week"
	PrecisionRange   = "range"
)

// Incident types.
const (
	IncidentRansomware  = "ransomware"
	IncidentDataBreach  = "data-breach"
	IncidentPhishing    = "phishing"
	IncidentDDoS        = "ddos"
	IncidentMalware     = "malware"
	IncidentCyberattack = "cyberattack"
)

// System statuses, at the time of writing.
const (
	StatusUnavailable = "unavailable"
	StatusDegraded    = "degraded"
	StatusRestored    = "restored"
	StatusUnaffected  = "unaffected"
	StatusCompromised = "compromised"
	StatusSuspended   = "suspended"
)

// Data breach states.
const (
	BreachConfirmed = "confirmed"
	BreachSuspected = "suspected"
	BreachDenied    = "denied"
	BreachNotStated = "not_stated"
)

// Record is everything clipper extracts from one article. It is written as one
// JSON object (one line of JSON Lines in a batch).
//
// Every Start/End pair in a Record is a half-open span of Unicode code points
// into [Article.Text]: in Go, []rune(rec.Article.Text)[start:end]; in Python,
// text[start:end]. Slices are never null in JSON: an empty list is [].
type Record struct {
	// SchemaVersion is [SchemaVersion].
	SchemaVersion string `json:"schema_version" jsonschema:"enum=1"`
	// Source describes the input the record was made from.
	Source Source `json:"source"`
	// Article holds the story's metadata and its cleaned text.
	Article Article `json:"article"`
	// Repairs lists every hyphenation artifact that was repaired in the text.
	Repairs []Repair `json:"repairs"`
	// Entities lists the organisations, people and places the story names.
	Entities []Entity `json:"entities"`
	// Dates lists every expression in the story that names a calendar date.
	Dates []Date `json:"dates"`
	// Quotes lists the quoted words of people and organisations.
	Quotes []Quote `json:"quotes"`
	// Incidents lists one record per victim of an actual attack.
	Incidents []Incident `json:"incidents"`
	// Warnings are messages a user should read, e.g. about dates left unresolved.
	Warnings []string `json:"warnings"`
}

// Failure is written in place of a [Record] for an input that could not be
// processed. It carries what is known of the input and the reason.
type Failure struct {
	// SchemaVersion is [SchemaVersion].
	SchemaVersion string `json:"schema_version" jsonschema:"enum=1"`
	// Source describes the input, as far as it was read.
	Source Source `json:"source"`
	// Error says what went wrong, naming the input.
	Error string `json:"error"`
}

// Source describes the input an article was read from.
type Source struct {
	// Name is the input's path as given, "-" for standard input, or the id of a
	// JSON Lines input line.
	Name string `json:"name"`
	// Format is FormatText or FormatHTML, as sniffed or as given.
	Format string `json:"format,omitempty" jsonschema:"enum=text,enum=html"`
	// Bytes is the size of the input in bytes, after gzip decompression.
	Bytes int64 `json:"bytes"`
	// SHA256 is the hex SHA-256 of the input bytes, after gzip decompression.
	SHA256 string `json:"sha256,omitempty"`
	// Encoding is the character encoding the input was decoded from, e.g.
	// "utf-8", "utf-16le", "windows-1252".
	Encoding string `json:"encoding,omitempty"`
	// URL is the page's canonical address, when an HTML page gives one.
	URL string `json:"url,omitempty"`
}

// Article holds the story's metadata and text, with masthead, navigation and
// footer left out.
type Article struct {
	// Headline is the headline as printed.
	Headline string `json:"headline"`
	// Standfirst is the summary printed under the headline, if any.
	Standfirst string `json:"standfirst"`
	// Section is the journal section in title case ("Technology - Research").
	Section string `json:"section"`
	// Publication is the journal or site name, when printed.
	Publication string `json:"publication"`
	// Authors are the reporters named in the byline.
	Authors []string `json:"authors"`
	// Language is the story's BCP 47 language tag, e.g. "en".
	Language string `json:"language"`
	// Published is the article's own publication date, or null if none is given.
	Published *DateValue `json:"published" jsonschema:"nullable"`
	// Text is the headline, standfirst and body, separated by blank lines,
	// after hyphenation repair. Every span in the record indexes this text.
	Text string `json:"text"`
}

// DateValue is a date as printed and as resolved to the calendar.
type DateValue struct {
	// Text is the date as printed.
	Text string `json:"text"`
	// Value is ISO 8601: "2020-09-30", "2020-10", "2020", or an interval
	// "2020-09-26/2020-09-27". Empty when the date could not be resolved.
	Value string `json:"value"`
	// Precision is one of day, month, year, week, weekend or range.
	Precision string `json:"precision" jsonschema:"enum=day,enum=month,enum=year,enum=week,enum=weekend,enum=range"`
}

// Repair is one hyphenation artifact repaired in the text ("sy-stems" to
// "systems").
type Repair struct {
	// Original is the text as it came in, e.g. "sy-stems" or "manage-\nment".
	Original string `json:"original"`
	// Repaired is the text that replaced it, e.g. "systems".
	Repaired string `json:"repaired"`
	// Start and End span Repaired in Article.Text.
	Start int `json:"start"`
	// End is the half-open end of Repaired in Article.Text.
	End int `json:"end"`
	// RawStart and RawEnd span Original in the decoded input text (code points).
	RawStart int `json:"raw_start"`
	// RawEnd is the half-open end of Original in the decoded input text.
	RawEnd int `json:"raw_end"`
	// Reason says which evidence decided the repair, e.g. "lexicon".
	Reason string `json:"reason,omitempty"`
}

// Span is a half-open range of code points in Article.Text.
type Span struct {
	// Start is the first code point.
	Start int `json:"start"`
	// End is one past the last code point.
	End int `json:"end"`
}

// Mention is one place in the text where an entity is named or referred to.
type Mention struct {
	// Start is the first code point of the mention in Article.Text.
	Start int `json:"start"`
	// End is one past the last code point of the mention.
	End int `json:"end"`
	// Text is the mention as printed ("IMO", "the organisation", "It").
	Text string `json:"text"`
}

// Entity is an organisation, person or place, with all its mentions merged.
type Entity struct {
	// ID is unique within the record: "e1", "e2", ...
	ID string `json:"id"`
	// Type is EntityOrganisation, EntityPerson or EntityPlace.
	Type string `json:"type" jsonschema:"enum=organisation,enum=person,enum=place"`
	// Name is the fullest name the story uses.
	Name string `json:"name"`
	// Aliases are the other names the story uses: acronyms and short forms.
	Aliases []string `json:"aliases"`
	// Role is a person's job title as printed ("chief information officer").
	Role string `json:"role,omitempty"`
	// Mentions lists every place the entity is named or referred to,
	// including pronouns and descriptions resolved to it.
	Mentions []Mention `json:"mentions"`
}

// Ref points at an entity by id and name. ID is empty for an attacker that
// is not an entity (a malware family).
type Ref struct {
	// ID is the [Entity.ID], or empty.
	ID string `json:"id"`
	// Name is the entity's name.
	Name string `json:"name"`
}

// Date is an expression in the story that names or implies a calendar date.
type Date struct {
	// Text is the expression as printed ("Wednesday 30 September", "yesterday").
	Text string `json:"text"`
	// Value is ISO 8601 ("2020-09-30", "2020-10", "2020",
	// "2020-09-26/2020-09-27"); empty when there was no anchor to resolve it.
	Value string `json:"value"`
	// Precision is day, month, year, week, weekend or range.
	Precision string `json:"precision" jsonschema:"enum=day,enum=month,enum=year,enum=week,enum=weekend,enum=range"`
	// Start is the first code point of Text in Article.Text.
	Start int `json:"start"`
	// End is one past the last code point of Text.
	End int `json:"end"`
}

// Quote is a passage in quotation marks that gives someone's words.
type Quote struct {
	// Text is the quoted words, without the marks, after repair. A quote that
	// runs over several paragraphs is joined with single spaces.
	Text string `json:"text"`
	// Speaker is the person or organisation the quote is attributed to, or
	// null when it is not attributed.
	Speaker *Ref `json:"speaker" jsonschema:"nullable"`
	// SpeakerText is the attribution as printed ("It", "A spokesperson for the company").
	SpeakerText string `json:"speaker_text"`
	// Cue is the attribution verb ("said", "told", "added", "according to").
	Cue string `json:"cue"`
	// Start is the first code point of the quoted words in Article.Text.
	Start int `json:"start"`
	// End is one past the last code point of the quoted words.
	End int `json:"end"`
}

// System is an IT system, service or operation an incident affected or spared.
type System struct {
	// Name is the story's own shortest phrase for it ("GISIS database").
	Name string `json:"name"`
	// Status at the time of writing: unavailable, degraded, restored,
	// unaffected, compromised or suspended.
	Status string `json:"status" jsonschema:"enum=unavailable,enum=degraded,enum=restored,enum=unaffected,enum=compromised,enum=suspended"`
	// Start is the first code point of Name in Article.Text.
	Start int `json:"start"`
	// End is one past the last code point of Name.
	End int `json:"end"`
}

// Incident is one attack on one victim, however often the story mentions it.
type Incident struct {
	// ID is unique within the record: "i1", "i2", ...
	ID string `json:"id"`
	// Victim is the attacked organisation.
	Victim Ref `json:"victim"`
	// Type is ransomware, data-breach, phishing, ddos, malware, or
	// cyberattack when the kind is not stated.
	Type string `json:"type" jsonschema:"enum=ransomware,enum=data-breach,enum=phishing,enum=ddos,enum=malware,enum=cyberattack"`
	// Date is when the attack or its first visible effect happened, or null.
	Date *DateValue `json:"date" jsonschema:"nullable"`
	// Attackers are named gangs and malware families.
	Attackers []Ref `json:"attackers"`
	// Responders are named organisations helping with the response.
	Responders []Ref `json:"responders"`
	// Systems are the systems and operations with a stated status.
	Systems []System `json:"systems"`
	// DataBreach is confirmed, suspected, denied or not_stated.
	DataBreach string `json:"data_breach" jsonschema:"enum=confirmed,enum=suspected,enum=denied,enum=not_stated"`
	// Quotes are indices into [Record.Quotes] of the incident's speakers' words.
	Quotes []int `json:"quotes"`
	// Evidence spans the sentences that report the incident.
	Evidence []Span `json:"evidence"`
}

// NewRecord returns a Record for src with SchemaVersion set and every list
// empty rather than nil, so that it encodes as [] in JSON.
func NewRecord(src Source) *Record {
	return &Record{
		SchemaVersion: SchemaVersion,
		Source:        src,
		Article:       Article{Authors: []string{}},
		Repairs:       []Repair{},
		Entities:      []Entity{},
		Dates:         []Date{},
		Quotes:        []Quote{},
		Incidents:     []Incident{},
		Warnings:      []string{},
	}
}
