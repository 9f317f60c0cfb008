package dehyphen_test

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/clipper-news/clipper/dehyphen"
)

func newRepairer(t testing.TB) *dehyphen.Repairer {
	t.Helper()
	r, err := dehyphen.New()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestRepairHardCases(t *testing.T) {
	r := newRepairer(t)
	tests := []struct {
		name   string
		in     string
		want   string
		reason string // why the case is hard
	}{
		{"italian-reflow", "IT sy-stems were down", "IT systems were down", "Italian break left mid-line by a re-flowing extractor"},
		{"italian-s-impura", "to resto-re all its systems", "to restore all its systems", "Italian rules put s+consonant on the next line"},
		{"italian-domain-word", "due to the cybe-rattack.", "due to the cyberattack.", "joined word only in the domain list"},
		{"long-word", "its responsi-bilities for", "its responsibilities for", "break far into a long word"},
		{"ma-nagement", "information security ma-nagement", "information security management", "left part is a word (ma), right part is not"},
		{"kept-lines", "risk manage-\nment is", "risk management is", "line-end break as printed"},
		{"kept-lines-trailing-space", "risk manage- \nment is", "risk management is", "trailing space before the line break"},
		{"crlf", "risk manage-\r\nment is", "risk management is", "Windows line ending"},
		{"line-end-two-words", "the house-\nhold of the owner", "the household of the owner", "both parts are words, but a hyphen at a line end is far more often a typesetter's"},
		{"line-end-hyphen-prefix", "a self-\nmade man", "a self-made man", "a prefix English keeps apart stays hyphenated at a line end"},
		{"derived-word", "the data are compressed loss-lessly by", "the data are compressed losslessly by", "joined form is a lexicon word plus a suffix (lossless + ly)"},
		{"derived-word-e", "a cu-stomizable dashboard", "a customizable dashboard", "joined form is a lexicon word that drops its e before a suffix (customize + able)"},
		{"code-call", "call dict.setde-fault(key, value)", "call dict.setdefault(key, value)", "identifiers in a call hold no hyphen"},
		{"code-no-call", "the set-default value", "the set-default value", "the same letters outside code stay"},
		{"code-man-page", "see apt-get(8) and apt-get(8)", "see apt-get(8) and apt-get(8)", "a name with a manual page's section is a command, not a call"},
		{"code-path", "edit /etc/milter-greylist/greylist.conf now", "edit /etc/milter-greylist/greylist.conf now", "paths and file names hold hyphens"},
		{"code-file-name", "see simple-radvd.conf for", "see simple-radvd.conf for", "a hyphen before a file name's extension is the file name's"},
		{"closed-prefix-common", "they under-stand the risk", "they understand the risk", "under- forms solid words; a common joined word says the break is a typesetter's"},
		{"closed-prefix-rare", "an over-bright lamp", "an over-bright lamp", "over- stays apart when the joined form is rare"},
		{"bound-prefix-pro", "the pro-gram ran", "the program ran", "pro- is a prefix English writes solid"},
		{"co-prefix-vowel", "it co-exists with theirs", "it co-exists with theirs", "co- before a vowel keeps its hyphen"},
		{"co-prefix-common", "the ship is co-ming in", "the ship is coming in", "co- before a consonant, and a common joined word: the typesetter's"},
		{"capitalized-common-compound", "an irregular Net-work of lines", "an irregular Net-work of lines", "a capitalized compound of two common words inside a sentence is a noun, not a broken name"},
		{"capital-document-majority", "Mr. McCarthy left; McCarthy said so; young Mc-Carthy and Mc-Carthy again", "Mr. McCarthy left; McCarthy said so; young McCarthy and McCarthy again", "a name broken at the same place twice, but written joined more often"},
		{"part-stands-alone", "systemd starts systemd-logind early", "systemd starts systemd-logind early", "neither part is a word, but the text uses one part as a word of its own: a compound of names"},
		{"repeated-unknown-compound", "run systemd-networkd, then systemd-networkd", "run systemd-networkd, then systemd-networkd", "the same hyphenated form of two unknown parts twice in the middle of a line: a name's hyphen, not a typesetter's at one place twice"},
		{"part-never-alone", "the Bo-scombe valley", "the Boscombe valley", "neither part is a word, and neither occurs alone: a broken name"},
		{"phrasal-noun-document", "run the setup now; the set-up code runs once", "run the setup now; the set-up code runs once", "a noun of a phrasal verb (set-up) is often hyphenated beside its solid spelling; the joined form elsewhere does not settle it"},
		{"mc-name", "said Mr. Mc-Carthy at once", "said Mr. McCarthy at once", "Mc heads a single name; no compound starts with it"},
		{"domain-cyber-term", "data were exfil-trated overnight", "data were exfiltrated overnight", "a cyber-security term SCOWL lacks, from the domain list"},
		{"long-chain", "you can be as-close-to-cer-tain-as-we-ever-get-in-this-business that", "you can be as-close-to-certain-as-we-ever-get-in-this-business that", "a chain too long to enumerate is judged site by site"},
		{"caps-line-end", "insert the CD-\nROM now", "insert the CD-ROM now", "capitals across a line break are a compound: only the line break goes"},
		{"line-end-compound-adjective", "he had done it single-\nhanded against them", "he had done it single-handed against them", "a common word before a participle, with a rare solid form: a compound adjective even at a line end"},
		{"re-prefix-doubled", "to force re-reading of the file", "to force re-reading of the file", "re- before a root that starts with re keeps its hyphen, though rereading is a common word"},
		{"code-dunder", "a method __getattri-bute__ is called", "a method __getattribute__ is called", "a __dunder__ name is an identifier, which holds no hyphen"},
		{"code-snake-case", "set the max_si-ze option", "set the max_size option", "a snake_case name is an identifier"},
		{"document-hyphenated-majority", "run aptget once; apt-get, apt-get and apt-get", "run aptget once; apt-get, apt-get and apt-get", "the text writes the unknown name hyphenated more often than joined"},
		{"re-prefix-rare", "we re-raise the error", "we re-raise the error", "English keeps re- apart before a word; the joined form is rare"},
		{"re-prefix-common", "a swift re-turn to port", "a swift return to port", "a common joined word says the break after re is a typesetter's"},
		{"camel-case-document", "raises KeyError. A Key-Error means", "raises KeyError. A KeyError means", "a capital after the hyphen joins only when the document spells the word joined"},
		{"camel-case-dotted", "submit it to concurrent.futures.Thread-PoolExecutor now", "submit it to concurrent.futures.ThreadPoolExecutor now", "a capital after the hyphen in a dotted name: an identifier, which holds no hyphen"},
		{"camel-case-attribute", "any path-like object, such as an os.PathLike, will do", "any path-like object, such as an os.PathLike, will do", "a CamelCase attribute of a dotted name is no solid spelling of the compound whose words its capital separates"},
		{"code-string-argument", "run execFileSync('my-script.sh') and emitter.on('my-event', f)", "run execFileSync('my-script.sh') and emitter.on('my-event', f)", "a string passed in code is no identifier: file and event names hold hyphens"},
		{"hyphenated-other-number", "Each pseudo-header is sent. One sends pseudoheaders. The pseudo-headers go first.", "Each pseudo-header is sent. One sends pseudoheaders. The pseudo-headers go first.", "the text hyphenates the compound in the singular, which vouches for the plural"},
		{"snake-case-evidence", "a thread-safe queue; see call_soon_threadsafe()", "a thread-safe queue; see call_soon_threadsafe()", "a snake_case identifier is no solid spelling of a prose compound"},
		{"camel-case-alone", "ships of Hapag-Lloyd sailed", "ships of Hapag-Lloyd sailed", "a capital after the hyphen, and no joined form in the document: a name"},
		{"ing-split-repeated", "the hun-ting season; hun-ting dogs; a hun-ting lodge", "the hunting season; hunting dogs; a hunting lodge", "the same break three times, but no compound ends in consonant + ing"},
		{"wing-compound", "the left-wing press", "the left-wing press", "w + ing heads real compounds"},
		{"wordnet-hyphenated", "peering through his pince-nez at the stand-alone tool", "peering through his pince-nez at the stand-alone tool", "compounds WordNet spells with a hyphen; pincenez and standalone would be joined by pattern and lexicon"},
		{"wordnet-hyphenated-inflected", "the de-icing crews", "the de-icing crews", "an inflection of a compound WordNet spells with a hyphen"},
		{"wordnet-hyphenated-common-solid", "the on-going work", "the ongoing work", "WordNet's older hyphenated spelling of a common solid word is no evidence"},
		{"chain-lexicon-join-preferred", "the postfix-policyd-spf-py-thon package", "the postfix-policyd-spf-python package", "of the assignments every site of a chain agrees with, the one whose join the lexicon vouches for beats two joins only break patterns allow"},
		{"line-end-before-inline", "rushed into the draw-\ning-room, followed", "rushed into the drawing-room, followed", "in a chain, a join at the line-end hyphen is preferred to one in the middle of the line"},
		{"soft-hyphen", "infor\u00admation", "information", "soft hyphen inside a word"},
		{"soft-hyphen-line-end", "infor\u00ad\nmation", "information", "soft hyphen at a line end"},
		{"u2010", "commu\u2010nications", "communications", "U+2010 hyphen as the typesetter's"},
		{"space-join", "security ma- nagement", "security management", "extractor joined the lines with a space"},
		{"web-based", "its web-based services", "its web-based services", "genuine compound; webbased is no word"},
		{"web-based-line-end", "its web-\nbased services", "its web-based services", "genuine compound broken at its own hyphen: only the line break goes"},
		{"in-house", "its in-house e-booking systems", "its in-house e-booking systems", "genuine compounds; one-letter prefix"},
		{"e-mail", "by e-mail or email", "by e-mail or email", "listed compound, though email is a word"},
		{"cyber-attack", "a cyber-attack, then another cyberattack", "a cyber-attack, then another cyberattack", "listed compound; both spellings in one article"},
		{"co-operation", "in co-operation with", "in co-operation with", "listed compound, though cooperation is a word"},
		{"hapag-lloyd", "Hapag-Lloyd and Maersk", "Hapag-Lloyd and Maersk", "capitalized right part: a name compound"},
		{"maer-sk", "carriers such as Maer-sk and MSC", "carriers such as Maersk and MSC", "proper name broken; right part has no vowel"},
		{"year-range", "in 2019-2020 and 2019-\n2020", "in 2019-2020 and 2019-2020", "digits: a range; at a line end only the break goes"},
		{"covid", "COVID-19 and COVID-\n19", "COVID-19 and COVID-19", "letters and digits"},
		{"suspended", "first- and second-tier suppliers", "first- and second-tier suppliers", "suspended hyphen before and"},
		{"suspended-line-end", "first-\nand second-tier suppliers", "first-\nand second-tier suppliers", "suspended hyphen at a line end keeps the line break"},
		{"separator", "TECHNOLOGY- RESEARCH\nIMO HIT", "TECHNOLOGY- RESEARCH\nIMO HIT", "a separator in capitals"},
		{"double-dash", "the hat--but there", "the hat--but there", "a dash written as two hyphens"},
		{"spaced-dash", "Genoa - ITALY - phone", "Genoa - ITALY - phone", "a spaced dash"},
		{"dash-line-end", "the case -\nnot the", "the case -\nnot the", "a dash at a line end"},
		{"back-offices", "The back-offices are", "The back-offices are", "genuine compound of two words; backoffices is no word"},
		{"url", "see www.hapag-lloyd.com or info@cma-cgm.com", "see www.hapag-lloyd.com or info@cma-cgm.com", "hyphens in a host name and an e-mail address"},
		{"email-address", "write to redaction@escales-logistique.example", "write to redaction@escales-logistique.example", "unknown parts inside an e-mail address are not joined on pattern evidence"},
		{"document-evidence", "Kestrelnet was down. The Kestrel-net outage", "Kestrelnet was down. The Kestrelnet outage", "unknown word: the joined form occurs elsewhere in the text"},
		{"chain", "a cyber-at-tack", "a cyber-attack", "artifact inside a genuine compound"},
		{"paragraph-break", "the manage-\n\nment", "the manage-\n\nment", "a blank line is no line break inside a word"},
		{"bound-suffix", "his kind-ness", "his kindness", "both parts are words, but -ness is a suffix"},
		{"function-compound", "every-where", "everywhere", "closed compound of function words"},
		{"common-compound", "a note-book", "a note-book", "compound of two common words is kept"},
		{"capitals-both-sides", "an MS-DOS table, not (hd0,msdos1)", "an MS-DOS table, not (hd0,msdos1)", "capitals on both sides are an abbreviation's compound, even where the joined letters occur in lower case"},
		{"capitals-line-end", "an MS-\nDOS table", "an MS-DOS table", "capitals across a line break are a compound too"},
		{"phrase", "a Point-to-Point link", "a Point-to-Point link", "a function word between hyphens is a phrase, although Point-to alone looks like a broken name"},
		{"phrase-mirrored", "their day-to-day work", "their day-to-day work", "the same word on both sides of a function word is a phrase, although today is a word"},
		{"phrase-artifact-word", "good-for-tune", "good-fortune", "a function word that joins into a word, with different words around it, is no phrase"},
		{"phrase-artifact", "cross-in-dexing", "cross-indexing", "a function word that joins into a word is no phrase"},
		{"code-hyphenated-name", "install linux-image-5.10_amd64.deb now", "install linux-image-5.10_amd64.deb now", "a token with other hyphens is a hyphenated name, not an identifier"},
		{"capitalized-two-words", "Vice-versa, the rule holds", "Vice-versa, the rule holds", "a capitalized common word and another word: a compound, not a broken name"},
		{"accidental-parts", "you will of-ten find the tar-get", "you will often find the target", "a common word whose parts are words only by accident: no compound means what of and ten say"},
		{"accidental-parts-twice", "the rea-son, the rea-son", "the reason, the reason", "the same accidental split twice is no genuine compound"},
		{"closed-compound-inside", "mount the filesy-stem", "mount the filesystem", "two words written solid (file, system), broken inside one of them"},
		{"phrasal-noun", "the back-ups and the passers-by", "the back-ups and the passers-by", "a noun of a phrasal verb keeps its hyphen although back- and -by form closed words elsewhere"},
		{"listed-compound", "they will re-cover the roofs", "they will re-cover the roofs", "a listed compound whose meaning changes without its hyphen"},
		{"listed-compound-line-end", "the coordinates and the co-\nordinates", "the coordinates and the coordinates", "a listed compound at a line end, where the document writes the joined word"},
		{"closed-compound-address", "see www.gree-nend.org.uk or cgi-bin", "see www.greenend.org.uk or cgi-bin", "in an address too, two words written solid and broken inside one of them; cgi-bin is no such pair"},
		{"host-name", "see ftp.country-code.debian.org for", "see ftp.country-code.debian.org for", "a dotted name ending in a top-level domain is a host name, not code"},
		{"address-document-evidence", "Falcot runs internal.fal-cot.com", "Falcot runs internal.falcot.com", "in an address, the joined form elsewhere in the text still says the break is a typesetter's"},
		{"closed-compound-boundary", "the car-park is full", "the car-park is full", "both parts are words at the break: a compound, though the letters also split as carp and ark"},
		{"line-end-unknown-word", "which con-\ntaineth all", "which containeth all", "at a line end, a word the lexicon lacks whose parts make no compound"},
		{"line-end-package-name", "use apt-\nlistchanges", "use apt-listchanges", "at a line end, a name whose part the lexicon lacks is built of words (list, changes)"},
		{"line-end-name-alone", "milter runs milter-\ngreylist", "milter runs milter-greylist", "at a line end, a name whose part the lexicon lacks stands alone elsewhere"},
		{"line-end-own-part", "the systemd-\nlogind unit", "the systemdlogind unit", "neither part occurs alone elsewhere: the line break that puts logind at the start of a line is no occurrence of its own"},
		{"suffix-fully", "read it care-fully", "read it carefully", "fully is a suffix here, whatever care and fully mean alone"},
		{"line-end-twice", "a poi-\nson and a poi-\nson", "a poison and a poison", "the same split at two line ends: line-end hyphens are no evidence that a form is genuine"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, reps := r.Repair(tc.in)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Repair(%q) mismatch (-want +got): (%s)\n%s", tc.in, tc.reason, diff)
			}
			checkRepairs(t, tc.in, got, reps)
		})
	}
}

func TestRepairRecords(t *testing.T) {
	r := newRepairer(t)
	in := "Él sy-stems, manage- \nment; infor\u00admation and web-\nbased."
	got, reps := r.Repair(in)
	want := []dehyphen.Repair{
		{Original: "sy-stems", Repaired: "systems", RawStart: 3, RawEnd: 11, Start: 3, End: 10, Reason: dehyphen.ReasonLexicon},
		{Original: "manage- \nment", Repaired: "management", RawStart: 13, RawEnd: 26, Start: 12, End: 22, Reason: dehyphen.ReasonLexicon},
		{Original: "infor\u00admation", Repaired: "information", RawStart: 28, RawEnd: 40, Start: 24, End: 35, Reason: dehyphen.ReasonSoftHyphen},
		{Original: "web-\nbased", Repaired: "web-based", RawStart: 45, RawEnd: 55, Start: 40, End: 49, Reason: dehyphen.ReasonLineBreak},
	}
	if diff := cmp.Diff(want, reps); diff != "" {
		t.Errorf("Repair(%q) repairs mismatch (-want +got):\n%s", in, diff)
	}
	if diff := cmp.Diff("Él systems, management; information and web-based.", got); diff != "" {
		t.Errorf("Repair(%q) text mismatch (-want +got):\n%s", in, diff)
	}
}

// TestSeedArticle checks the article the project started from: every artifact repaired,
// every genuine hyphen kept.
func TestSeedArticle(t *testing.T) {
	r := newRepairer(t)
	in := readFile(t, "../testdata/gold/imo-cma-cgm-2020.txt")
	got, reps := r.Repair(in)
	checkRepairs(t, in, got, reps)
	for _, w := range []string{"sy-stems", "en-hance", "ser-vice", "pos-sible", "responsi-bilities", "ma-nagement", "cybe-rattack", "resto-re", "communica-tions"} {
		if strings.Contains(got, w) {
			t.Errorf("artifact %q not repaired", w)
		}
		if !strings.Contains(got, strings.ReplaceAll(w, "-", "")) {
			t.Errorf("artifact %q not joined to %q", w, strings.ReplaceAll(w, "-", ""))
		}
	}
	for _, w := range []string{"web-based", "cyber-attack", "in-house", "e-booking", "e-mail", "TECHNOLOGY- RESEARCH", "back-offices"} {
		if strings.Count(got, w) != strings.Count(in, w) {
			t.Errorf("genuine %q: %d in the input, %d in the output", w, strings.Count(in, w), strings.Count(got, w))
		}
	}
}

// TestIdempotentAndFaithful repairs every text of the evaluation set and the gold articles
// twice: the second pass must change nothing, and all text outside the repairs must come
// through byte for byte.
func TestIdempotentAndFaithful(t *testing.T) {
	r := newRepairer(t)
	files, _ := filepathGlob(t, "../testdata/dehyphen/*.txt", "../testdata/gold/*.txt")
	for _, f := range files {
		in := readFile(t, f)
		got, reps := r.Repair(in)
		checkRepairs(t, in, got, reps)
		again, reps2 := r.Repair(got)
		if again != got || len(reps2) != 0 {
			t.Errorf("%s: second repair changed the text: %d repairs, first %v", f, len(reps2), first(reps2))
		}
	}
}

func first(reps []dehyphen.Repair) any {
	if len(reps) == 0 {
		return nil
	}
	return reps[0]
}

func TestRepairStream(t *testing.T) {
	r := newRepairer(t)
	// large enough to be cut into several pieces
	var in strings.Builder
	for in.Len() < 3<<20 {
		in.WriteString(readFile(t, "../testdata/dehyphen/tune.it_keep.damaged.txt"))
	}
	var out bytes.Buffer
	var reps []dehyphen.Repair
	if err := r.RepairStream(strings.NewReader(in.String()), &out, func(rp dehyphen.Repair) { reps = append(reps, rp) }); err != nil {
		t.Fatal(err)
	}
	checkRepairs(t, in.String(), out.String(), reps)
	// a short input gives exactly Repair's result
	small := readFile(t, "../testdata/gold/imo-cma-cgm-2020.txt")
	want, wantReps := r.Repair(small)
	out.Reset()
	var gotReps []dehyphen.Repair
	if err := r.RepairStream(strings.NewReader(small), &out, func(rp dehyphen.Repair) { gotReps = append(gotReps, rp) }); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Errorf("RepairStream text mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantReps, gotReps); diff != "" {
		t.Errorf("RepairStream repairs mismatch (-want +got):\n%s", diff)
	}
	if err := r.RepairStream(strings.NewReader(small), &out, nil); err != nil {
		t.Errorf("RepairStream with nil report: %v", err)
	}
}

// checkRepairs verifies the contract of Repair: repairs in order and not overlapping,
// offsets that point at Original in the input and at Repaired in the output, and every
// byte outside the repairs unchanged.
func checkRepairs(t testing.TB, in, out string, reps []dehyphen.Repair) {
	t.Helper()
	rin, rout := []rune(in), []rune(out)
	var rebuilt strings.Builder
	lastRaw, lastOut := 0, 0
	for _, rp := range reps {
		if rp.RawStart < lastRaw || rp.RawEnd < rp.RawStart || rp.RawEnd > len(rin) ||
			rp.Start < lastOut || rp.End < rp.Start || rp.End > len(rout) {
			t.Fatalf("repair %+v: offsets out of order or range", rp)
		}
		if got := string(rin[rp.RawStart:rp.RawEnd]); got != rp.Original {
			t.Fatalf("repair %+v: input[%d:%d] = %q", rp, rp.RawStart, rp.RawEnd, got)
		}
		if got := string(rout[rp.Start:rp.End]); got != rp.Repaired {
			t.Fatalf("repair %+v: output[%d:%d] = %q", rp, rp.Start, rp.End, got)
		}
		if rp.Start-lastOut != rp.RawStart-lastRaw || string(rin[lastRaw:rp.RawStart]) != string(rout[lastOut:rp.Start]) {
			t.Fatalf("repair %+v: text before it changed", rp)
		}
		if rp.Reason == "" || rp.Original == rp.Repaired {
			t.Fatalf("repair %+v: no reason or no change", rp)
		}
		rebuilt.WriteString(string(rin[lastRaw:rp.RawStart]))
		rebuilt.WriteString(rp.Repaired)
		lastRaw, lastOut = rp.RawEnd, rp.End
	}
	rebuilt.WriteString(string(rin[lastRaw:]))
	if rebuilt.String() != out {
		t.Fatalf("output is not the input with the repairs applied")
	}
	if !utf8.ValidString(out) && utf8.ValidString(in) {
		t.Fatalf("output is not valid UTF-8")
	}
}

func filepathGlob(t *testing.T, patterns ...string) ([]string, error) {
	t.Helper()
	var all []string
	for _, p := range patterns {
		m, err := filepath.Glob(p)
		if err != nil {
			return nil, err
		}
		all = append(all, m...)
	}
	if len(all) == 0 {
		t.Fatal("no test files")
	}
	return all, nil
}

// TestDocumentEvidenceIsNear checks that the joined form of a compound of two words counts
// as the document's spelling only within some 32 KB of the hyphen: a long text mixes
// sources that spell the compound differently.
func TestDocumentEvidenceIsNear(t *testing.T) {
	r := newRepairer(t)
	filler := strings.Repeat("The quick brown fox jumps over the lazy dog. ", 1000)
	for _, tc := range []struct{ name, in, want string }{
		{"near", "Store the metadata here. The meta-data stays.", "Store the metadata here. The metadata stays."},
		{"far", "Store the metadata here. " + filler + "The meta-data stays.", "Store the metadata here. " + filler + "The meta-data stays."},
		// two words whose joined form is no word: far away, it counts only when the text
		// also writes the hyphenated form
		{"far coinage", "See example.org/releasenotes and example.net/releasenotes. " + filler + "See the release-notes page and the release-notes list.",
			"See example.org/releasenotes and example.net/releasenotes. " + filler + "See the release-notes page and the release-notes list."},
		{"far coinage alone", "Make the symlinks. " + filler + "The sym-links stay.", "Make the symlinks. " + filler + "The symlinks stay."},
	} {
		if got, _ := r.Repair(tc.in); got != tc.want {
			t.Errorf("%s: Repair kept or joined the wrong hyphen: %q", tc.name, got[max(0, len(got)-40):])
		}
	}
}
