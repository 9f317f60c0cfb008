package quotes

import (
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"github.com/clipper-news/clipper/extract/annotate"
	"github.com/clipper-news/clipper/model"
)

// view is what a hard case checks of a quote; spans are checked by
// TestSpans and the fuzz target.
type view struct {
	Text, Speaker, SpeakerText, Cue string
}

func views(qs []model.Quote) []view {
	out := []view{}
	for _, q := range qs {
		v := view{Text: q.Text, SpeakerText: q.SpeakerText, Cue: q.Cue}
		if q.Speaker != nil {
			v.Speaker = q.Speaker.Name
		}
		out = append(out, v)
	}
	return out
}

// pronoun is a hand-written resolved mention, as the entity recogniser
// gives for "she" or "the company": the n-th occurrence (from 0) of text
// refers to the entity named ent.
type pronoun struct {
	text string
	n    int
	ent  string
}

// fixtureEntities builds entities from names (the gold-name helper) and
// adds resolved pronoun mentions.
func fixtureEntities(t *testing.T, text string, orgs, people []goldEntity, prons []pronoun) []model.Entity {
	t.Helper()
	ents := goldEntities(text, goldFile{Organisations: orgs, People: people})
	rs := []rune(text)
	for _, p := range prons {
		pr := []rune(p.text)
		found := -1
		for i, seen := 0, 0; i+len(pr) <= len(rs); i++ {
			if string(rs[i:i+len(pr)]) == p.text {
				if seen == p.n {
					found = i
					break
				}
				seen++
			}
		}
		if found < 0 {
			t.Fatalf("fixture: no occurrence %d of %q", p.n, p.text)
		}
		ok := false
		for i := range ents {
			if ents[i].Name == p.ent {
				ents[i].Mentions = append(ents[i].Mentions, model.Mention{Start: found, End: found + len(pr), Text: p.text})
				ok = true
			}
		}
		if !ok {
			t.Fatalf("fixture: no entity %q", p.ent)
		}
	}
	return ents
}

func org(name string, aliases ...string) goldEntity { return goldEntity{Name: name, Aliases: aliases} }

func TestFind(t *testing.T) {
	tests := []struct {
		name       string
		text       string // headline, blank line, body paragraphs
		standfirst bool
		orgs       []goldEntity
		people     []goldEntity
		prons      []pronoun
		want       []view
		reason     string
	}{
		{
			name:   "interrupted quote",
			text:   "H\n\n\"We are working around the clock,\" she said, \"and the portal will be back by Friday.\"",
			prons:  []pronoun{{"she", 0, "Lena Holt"}},
			people: []goldEntity{org("Lena Holt")},
			want: []view{
				{"We are working around the clock", "Lena Holt", "she", "said"},
				{"and the portal will be back by Friday.", "Lena Holt", "she", "said"},
			},
			reason: "a quote broken by its attribution gives two quotes with the same speaker; the resolved pronoun mention names her",
		},
		{
			name: "three paragraphs",
			text: "H\n\nNordhavn Shipping said in a statement: \"The attack began on Sunday.\n\n" +
				"\"Our teams worked through the night.\n\n\"Services are now back.\"\n\nIt gave no further details.",
			orgs:   []goldEntity{org("Nordhavn Shipping")},
			want:   []view{{"The attack began on Sunday. Our teams worked through the night. Services are now back.", "Nordhavn Shipping", "Nordhavn Shipping", "said"}},
			reason: "an opening mark on each paragraph and one closing mark at the end make one quote",
		},
		{
			name:   "paragraph broken without a mark",
			text:   "H\n\nThe port authority told reporters: \"Cargo is moving again.\n\nBerths are open.\"",
			orgs:   []goldEntity{org("Harbour Board")},
			want:   []view{{"Cargo is moving again. Berths are open.", "", "The port authority", "told"}},
			reason: "a paragraph that closes the open quote before opening one continues it; the description has no entity to resolve to",
		},
		{
			name:   "title after name",
			text:   "H\n\n\"Nothing was lost,\" said Jane Doe, chief executive of Teal Freight, on Monday.",
			orgs:   []goldEntity{org("Teal Freight")},
			people: []goldEntity{org("Jane Doe")},
			want:   []view{{"Nothing was lost", "Jane Doe", "Jane Doe", "said"}},
			reason: "the person named after the cue speaks, not the employer in her title",
		},
		{
			name:   "according to before the quote",
			text:   "H\n\nTeal Freight was hit on Monday. According to the company, \"no customer data was taken\".",
			orgs:   []goldEntity{org("Teal Freight")},
			want:   []view{{"no customer data was taken", "Teal Freight", "the company", "according to"}},
			reason: "a leading 'according to' puts the speaker after the cue; the description resolves to the organisation in focus",
		},
		{
			name:   "named spokesman",
			text:   "H\n\nTeal Freight confirmed the attack. Its spokesman, John Smith, said: \"We are investigating.\"",
			orgs:   []goldEntity{org("Teal Freight")},
			people: []goldEntity{org("John Smith")},
			want:   []view{{"We are investigating.", "John Smith", "John Smith", "said"}},
			reason: "a named spokesperson is the speaker",
		},
		{
			name:   "unnamed spokesperson with acronym",
			text:   "H\n\nThe Baltic Cargo Exchange (BCX) was not hit. \"All our systems are running,\" a BCX spokeswoman told Harbour Radio.",
			orgs:   []goldEntity{org("Baltic Cargo Exchange", "BCX"), org("Harbour Radio")},
			want:   []view{{"All our systems are running", "Baltic Cargo Exchange", "a BCX spokeswoman", "told"}},
			reason: "an unnamed spokesperson speaks for the organisation named inside the phrase, not the outlet told",
		},
		{
			name:   "terms and titles",
			text:   "H\n\nThe gang, dubbed \"Sea Wolves\" by researchers, used a \"double extortion\" scheme. Its report \"Ports Under Pressure\" came out in May.",
			want:   []view{},
			reason: "a dubbed name, a quoted term with no cue verb and a title-case title are not quotes",
		},
		{
			name:   "short quote with a cue verb",
			text:   "H\n\nMarlin Ports said the outage was \"fully contained\".",
			orgs:   []goldEntity{org("Marlin Ports")},
			want:   []view{{"fully contained", "Marlin Ports", "Marlin Ports", "said"}},
			reason: "a short fragment is a quote when a cue verb in its sentence attributes it",
		},
		{
			name:       "quoted standfirst",
			text:       "H\n\n\"Operator rebuilds its systems from backups after the attack\"\n\nMarlin Ports said: \"We are rebuilding.\"",
			standfirst: true,
			orgs:       []goldEntity{org("Marlin Ports")},
			want:       []view{{"We are rebuilding.", "Marlin Ports", "Marlin Ports", "said"}},
			reason:     "a standfirst printed in quotation marks is not a quote",
		},
		{
			name:   "apostrophes inside",
			text:   "H\n\nMarlin Ports was hit. It said: \"Our clients' ships and the helpdesk's lines are fine.\" Marlin Ports' engineers agreed.",
			orgs:   []goldEntity{org("Marlin Ports")},
			want:   []view{{"Our clients' ships and the helpdesk's lines are fine.", "Marlin Ports", "It", "said"}},
			reason: "straight apostrophes never pair as quotation marks; an unresolved 'It' is the organisation in focus",
		},
		{
			name:   "curly quotes and curly apostrophes",
			text:   "H\n\nSkerry Line’s boss Amira Haddad said: “The port’s systems weren’t touched.”",
			orgs:   []goldEntity{org("Skerry Line")},
			people: []goldEntity{org("Amira Haddad")},
			want:   []view{{"The port’s systems weren’t touched.", "Amira Haddad", "Amira Haddad", "said"}},
			reason: "curly apostrophes are not closing marks",
		},
		{
			name:   "inch marks",
			text:   "H\n\nThe 12\" screens on the bridge went dark, the crew said.",
			want:   []view{},
			reason: "a straight mark right after a digit does not open a quote",
		},
		{
			name:   "pronoun from the last person",
			text:   "H\n\nOmar Said, head of IT at Teal Freight, spoke first. \"We were lucky,\" he says.",
			orgs:   []goldEntity{org("Teal Freight")},
			people: []goldEntity{org("Omar Said")},
			want:   []view{{"We were lucky", "Omar Said", "he", "says"}},
			reason: "an unresolved 'he' goes to the person last named; a surname that is a cue word inside a name is not a cue",
		},
		{
			name:   "description after an object",
			text:   "H\n\nTeal Freight told Harbour Radio it had been hit. The company added: \"Deliveries continue.\"",
			orgs:   []goldEntity{org("Teal Freight"), org("Harbour Radio")},
			want:   []view{{"Deliveries continue.", "Teal Freight", "The company", "added"}},
			reason: "the organisation in focus is the subject, not the outlet that was told",
		},
		{
			name:   "second passage in the next paragraph",
			text:   "H\n\nJane Doe said: \"We are fine.\"\n\n\"We will publish a report.\"",
			people: []goldEntity{org("Jane Doe")},
			want:   []view{{"We are fine.", "Jane Doe", "Jane Doe", "said"}, {"We will publish a report.", "Jane Doe", "Jane Doe", "said"}},
			reason: "a paragraph that is only a quote continues the previous speaker",
		},
		{
			name:   "possessor is not the speaker",
			text:   "H\n\n\"We are fine,\" said the port's chief executive, Tom Reyes.",
			orgs:   []goldEntity{org("Port of Harwick")},
			prons:  []pronoun{{"the port", 0, "Port of Harwick"}},
			want:   []view{{"We are fine", "", "", "said"}},
			reason: "with the person unknown, the organisation owning the title must not be taken for the speaker",
		},
		{
			name:   "possessive spokesman",
			text:   "H\n\nKestrel’s spokesman said: “All ships are safe.”",
			orgs:   []goldEntity{org("Kestrel")},
			want:   []view{{"All ships are safe.", "Kestrel", "Kestrel’s spokesman", "said"}},
			reason: "an unnamed spokesman after a possessive speaks for the owner",
		},
		{
			name: "head noun beats focus",
			text: "H\n\nFreight forwarder Teal Freight was hit on Monday. Marlin Ports said its terminals were not affected. " +
				"The forwarder said: “We are restoring from backups.”",
			orgs:   []goldEntity{org("Teal Freight"), org("Marlin Ports")},
			want:   []view{{"We are restoring from backups.", "Teal Freight", "The forwarder", "said"}},
			reason: "a description goes to the organisation the story called by that noun, even when another is in focus",
		},
		{
			name:   "apposition after a description",
			text:   "H\n\nMarlin Ports was hit. The regulator, the Maritime Data Office, said it was “looking into it”.",
			orgs:   []goldEntity{org("Marlin Ports"), org("Maritime Data Office")},
			want:   []view{{"looking into it", "Maritime Data Office", "The regulator", "said"}},
			reason: "the name in apposition to a description is its referent",
		},
		{
			name:   "single marks",
			text:   "H\n\n‘Our clients’ ships are safe,’ said Ana Ruiz. The risk was ‘low’, she said, and ‘manageable’ by the Ruiz team’s count.",
			people: []goldEntity{org("Ana Ruiz")},
			want: []view{
				{"Our clients’ ships are safe", "Ana Ruiz", "Ana Ruiz", "said"},
				{"low", "Ana Ruiz", "she", "said"},
				{"manageable", "Ana Ruiz", "she", "said"},
			},
			reason: "a paragraph with no double marks quotes with single ones; a plural possessive is not a closing mark; a fragment after the attribution in its sentence is hers too",
		},
		{
			name:   "double marks nested in single ones",
			text:   "H\n\n‘The e-mail said “urgent” in red, so people clicked,’ said Ana Ruiz.\n\nA \"booter\" was used, the report said.",
			people: []goldEntity{org("Ana Ruiz")},
			want:   []view{{"The e-mail said “urgent” in red, so people clicked", "Ana Ruiz", "Ana Ruiz", "said"}},
			reason: "when every double mark of a paragraph lies inside a single-quoted passage, the single marks are the quotation",
		},
		{
			name:   "long title after a name cue",
			text:   "H\n\nThe council published a report titled \"How ports can prepare for the next attack\" on Monday.",
			want:   []view{},
			reason: "a title introduced by 'titled' is not a quote, however long",
		},
		{
			name:   "person mention with its title",
			text:   "H\n\n\"Nothing was lost,\" said chief executive Ingrid Solberg.",
			prons:  []pronoun{{"chief executive Ingrid Solberg", 0, "Ingrid Solberg"}},
			people: []goldEntity{org("Ingrid Solberg")},
			want:   []view{{"Nothing was lost", "Ingrid Solberg", "Ingrid Solberg", "said"}},
			reason: "the speaker text of a named person is the name only, even when the mention takes in the title",
		},
		{
			name: "speaker the entities do not know",
			text: "H\n\nNorthline Shipping said it had \"no indication\" of a link.\n\n" +
				"\"We won't pay,\" a person familiar with the matter said. \"That was decided on Friday.\"",
			orgs: []goldEntity{org("Northline Shipping")},
			want: []view{
				{"no indication", "Northline Shipping", "Northline Shipping", "said"},
				{"We won't pay", "", "a person familiar with the matter", "said"},
				{"That was decided on Friday.", "", "a person familiar with the matter", "said"},
			},
			reason: "an attribution to an unknown speaker keeps its words and no entity, and is not taken from the previous paragraph",
		},
		{
			name:   "pronoun mention of the wrong type",
			text:   "H\n\nTeal Freight was hit. Jane Doe, its chief executive, said it would not pay. \"We have backups,\" he said.",
			orgs:   []goldEntity{org("Teal Freight")},
			people: []goldEntity{org("Jane Doe")},
			prons:  []pronoun{{"he", 0, "Teal Freight"}},
			want:   []view{{"We have backups", "Jane Doe", "he", "said"}},
			reason: "a recogniser's 'he' resolved to an organisation is not trusted; the person in focus speaks",
		},
		{
			name: "colon without a cue verb, a statement as speaker",
			text: "H\n\nMarlin Ports was blunt: \"We will not pay.\"\n\n" +
				"\"Our terminals are open,\" the statement said.",
			orgs: []goldEntity{org("Marlin Ports")},
			want: []view{
				{"We will not pay.", "Marlin Ports", "Marlin Ports", ""},
				{"Our terminals are open", "Marlin Ports", "the statement", "said"},
			},
			reason: "a colon after the subject's clause introduces its words; a statement speaks for the organisation in focus",
		},
		{
			name:   "attribution closing the paragraph before",
			text:   "H\n\nTeal Freight was hit. Jane Doe, its chief executive, said:\n\n\"We will rebuild.\"",
			orgs:   []goldEntity{org("Teal Freight")},
			people: []goldEntity{org("Jane Doe")},
			want:   []view{{"We will rebuild.", "Jane Doe", "Jane Doe", "said"}},
			reason: "a paragraph ending 'said:' introduces the quote opening the next one",
		},
		{
			name: "unnamed official",
			text: "H\n\nThe District Court of Harwick sentenced two men on Monday. \"They knew what they were doing,\" the presiding judge said.\n\n" +
				"Teal Freight was hit. \"We will recover,\" the company's chief executive said.",
			orgs: []goldEntity{org("District Court of Harwick"), org("Teal Freight")},
			want: []view{
				{"They knew what they were doing", "District Court of Harwick", "the presiding judge", "said"},
				{"We will recover", "Teal Freight", "the company's chief executive", "said"},
			},
			reason: "an unnamed official speaks for their organisation, like an unnamed spokesperson",
		},
		{
			name:   "quoted term inside a noun phrase",
			text:   "H\n\nTeal Freight said the scans help criminals pass the \"know your customer\" checks of banks.",
			orgs:   []goldEntity{org("Teal Freight")},
			want:   []view{},
			reason: "a short quote right after a determiner is part of a noun phrase, a term, even with a cue verb in the sentence",
		},
		{
			name: "wire dateline",
			text: "H\n\nROTTERDAM, 3 March (Harbour Wire) - The District Court of Harwick jailed two men. " +
				"\"They knew what they were doing,\" the judge said.",
			orgs:   []goldEntity{org("Harbour Wire"), org("District Court of Harwick")},
			want:   []view{{"They knew what they were doing", "District Court of Harwick", "the judge", "said"}},
			reason: "the agency in a dateline's brackets is not the sentence's subject",
		},
		{
			name: "recogniser's pronoun against the person just named",
			text: "H\n\nJane Doe met the board on Monday. Omar Said, manager at Teal Freight, said the bank was abroad. " +
				"\"It came from the usual address,\" he said.",
			orgs:   []goldEntity{org("Teal Freight")},
			people: []goldEntity{org("Jane Doe"), org("Omar Said")},
			prons:  []pronoun{{"he", 0, "Jane Doe"}},
			want:   []view{{"It came from the usual address", "Omar Said", "he", "said"}},
			reason: "a 'he' resolved past the person named in the previous sentence goes to that person",
		},
		{
			name:   "title with a colon",
			text:   "H\n\nOn Tuesday the Cyber Centre published an advisory with the title \"Remote access to port technology: a growing target\".",
			want:   []view{},
			reason: "a colon inside a title does not make it someone's words",
		},
		{
			name: "definite role for a named person",
			text: "H\n\nThe line's chief executive, Nikos Demetriou, called in Brindle Response on Sunday. The firm is helping.\n\n" +
				"\"Our ships are sailing,\" the chief executive said.",
			orgs:   []goldEntity{org("Brindle Response")},
			people: []goldEntity{org("Nikos Demetriou")},
			want:   []view{{"Our ships are sailing", "Nikos Demetriou", "the chief executive", "said"}},
			reason: "'the chief executive' is the person the story gave that role, not an unnamed official",
		},
		{
			name:   "two speakers in one sentence",
			text:   "H\n\n\"We are fine,\" said Jane Doe, while Omar Said said \"nothing works\".",
			people: []goldEntity{org("Jane Doe"), org("Omar Said")},
			want: []view{
				{"We are fine", "Jane Doe", "Jane Doe", "said"},
				{"nothing works", "Omar Said", "Omar Said", "said"},
			},
			reason: "a later clause's subject right before its own cue speaks the quote after it",
		},
		{
			name:   "vague official",
			text:   "H\n\nTeal Freight was hit. \"It's unclear who is behind it,\" said a federal official. \"We will recover,\" a spokesperson said.",
			orgs:   []goldEntity{org("Teal Freight")},
			want:   []view{{"It's unclear who is behind it", "", "a federal official", "said"}, {"We will recover", "Teal Freight", "a spokesperson", "said"}},
			reason: "an indefinite official of no named body speaks for no entity; an unnamed spokesperson speaks for the organisation in focus",
		},
		{
			name:   "recogniser's description against the subject just before",
			text:   "H\n\nTeal Freight told Harbour Radio it had been hit. \"We are restoring,\" the company said.",
			orgs:   []goldEntity{org("Teal Freight"), org("Harbour Radio")},
			prons:  []pronoun{{"the company", 0, "Harbour Radio"}},
			want:   []view{{"We are restoring", "Teal Freight", "the company", "said"}},
			reason: "a description resolved past the subject of the previous sentence goes to that subject",
		},
		{
			name:   "headline",
			text:   "\"We will not pay\", says port\n\nNothing else.",
			want:   []view{},
			reason: "the headline is never a quote",
		},
		{
			name:   "unattributed long quote",
			text:   "H\n\nThe note read: a demand. \"Pay within three days or the files will be published.\"",
			want:   []view{{"Pay within three days or the files will be published.", "", "", ""}},
			reason: "a sentence in quotation marks with no attribution is kept without a speaker",
		},
	}
	f := New()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.reason == "" {
				t.Fatal("case without a reason")
			}
			doc := annotate.New(tc.text, annotate.Layout{Headline: true, Standfirst: tc.standfirst})
			ents := fixtureEntities(t, tc.text, tc.orgs, tc.people, tc.prons)
			got := views(f.Find(doc, ents))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Find mismatch (-want +got) (%s):\n%s", tc.reason, diff)
			}
		})
	}
}

// checkSpans verifies that every quote's span is valid and that its text
// is the span's words, paragraphs joined by single spaces with their
// opening marks dropped.
func checkSpans(t testing.TB, doc *annotate.Doc, qs []model.Quote) {
	t.Helper()
	for _, q := range qs {
		if q.Start < 0 || q.End > len(doc.Runes) || q.Start >= q.End {
			t.Fatalf("quote %q: bad span %d-%d of %d", q.Text, q.Start, q.End, len(doc.Runes))
		}
		if want := spanText(doc.Slice(model.Span{Start: q.Start, End: q.End})); q.Text != want {
			t.Fatalf("quote text %q, span gives %q", q.Text, want)
		}
	}
}

// splitParas splits s at blank lines, possibly holding white space of any
// kind (a vertical tab too), as annotate splits paragraphs.
func splitParas(s string) []string {
	var parts []string
	rs := []rune(s)
	start := 0
	for i := 0; i < len(rs); i++ {
		if rs[i] != '\n' {
			continue
		}
		j := i + 1
		for j < len(rs) && rs[j] != '\n' && unicode.IsSpace(rs[j]) {
			j++
		}
		if j < len(rs) && rs[j] == '\n' {
			parts = append(parts, string(rs[start:i]))
			start = j + 1
			i = j
		}
	}
	return append(parts, string(rs[start:]))
}

func spanText(s string) string {
	parts := splitParas(s)
	for i := range parts {
		p := strings.TrimSpace(parts[i])
		if i > 0 {
			p = strings.TrimLeft(p, "\"\u201c\u201e\u201f\u00ab\u00bb ")
		}
		parts[i] = strings.TrimSpace(p)
	}
	var kept []string
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, " ")
}

func TestSpans(t *testing.T) {
	// an attribution after the quote wins over one before it
	text := "H\n\nIt said: \"One.\n\n\"Two, three,\" it added."
	doc := annotate.New(text, annotate.Layout{Headline: true})
	got := New().Find(doc, nil)
	want := []model.Quote{{Text: "One. Two, three", Start: 13, End: 30, Cue: "added", SpeakerText: "it"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Find mismatch (-want +got):\n%s", diff)
	}
	checkSpans(t, doc, got)
	for _, st := range devStories(t) {
		d := annotate.New(st.text, st.layout)
		checkSpans(t, d, New().Find(d, goldEntities(st.text, st.gold)))
	}
}

// TestConcurrentFind runs one Finder from several goroutines; with -race
// it checks that Find shares no mutable state.
func TestConcurrentFind(t *testing.T) {
	f := New()
	stories := devStories(t)
	want := make([][]model.Quote, len(stories))
	docs := make([]*annotate.Doc, len(stories))
	for i, st := range stories {
		docs[i] = annotate.New(st.text, st.layout)
		want[i] = f.Find(docs[i], goldEntities(st.text, st.gold))
	}
	errs := make(chan string, 4*len(stories))
	done := make(chan struct{})
	for g := 0; g < 4; g++ {
		go func() {
			defer func() { done <- struct{}{} }()
			for i, st := range stories {
				got := f.Find(docs[i], goldEntities(st.text, st.gold))
				if diff := cmp.Diff(want[i], got); diff != "" {
					errs <- st.name + ": " + diff
				}
			}
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
	close(errs)
	for e := range errs {
		t.Errorf("concurrent Find mismatch (-want +got): %s", e)
	}
}
