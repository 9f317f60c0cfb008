// Package quotes finds the quotations in a news story and who said them.
//
// [Finder.Find] pairs double quotation marks (straight, curly, low-9 and
// guillemets) paragraph by paragraph; single quotes inside a quotation are
// part of its words, so a nested quote or an apostrophe ("helpdesk's",
// "clients'") never breaks the pairing. A quotation that runs over several
// paragraphs, with an opening mark on each and a closing mark only on the
// last, is one quote whose text joins the paragraphs with single spaces.
//
// Each quotation is then attributed: after it ("…," she said; "…," said
// chief executive Ingrid Solberg; "…," according to Piotr Zielinski) or
// before it in its sentence (It added: "…"; Maria Keller, chief information
// officer at VCT, said: "…"; The company said the incident had been
// "contained within hours"), by a colon after the subject's clause with no
// cue verb (Smith was blunt: "…"), or by a paragraph ending "said:" just
// before it. A quotation with no attribution of its own
// takes the speaker of the quote before it in the same paragraph, or of the
// previous paragraph when it opens its paragraph.
//
// The speaker phrase is resolved to the entities the caller passes: an
// entity mention covering it (names, and pronouns or descriptions that the
// entity recogniser resolved), the organisation named inside an unnamed
// spokesperson phrase ("A spokesperson for the company", "an NCG
// spokesperson"), a description's apposition ("The regulator, the Maritime
// Data Office, said"), the organisation the story set the description's
// noun beside ("the BlackTide gang" for "The gang"), and otherwise the
// organisation or person the story is talking about at that point: the
// subject of the latest sentence naming one. A definite role ("the chief
// executive said") is the person the story gave that role; an unnamed
// official ("the presiding judge") speaks for the organisation in focus,
// and so does a document ("the statement said"). A pronoun mention whose
// entity has the wrong type ("he" resolved to an organisation), or that
// skips the person named (or the organisation that was the subject) in
// the same or the previous sentence, is overruled by that nearer one. A speaker no entity covers ("a person familiar with the matter
// said") keeps its words as speaker text, with no entity. A named person always speaks
// for themself, even with a title before or after the name; the owner of
// a title ("the port's chief executive") never speaks.
//
// Only double quotation marks open quotes: stories that quote with single
// marks only (‘…’) are not handled.
//
// Passages in quotation marks that are not someone's words are left out:
// the headline, a standfirst without an attribution, titles in title case
// ("Resilience by Design"), and short noun phrases that no cue verb
// attributes or that a term cue introduces ("known as", "so-called",
// "dubbed", "call").
//
// Files:
//   - quotes.go: [Finder], [New], [Finder.Find], and telling quotes from
//     quoted terms and titles.
//   - marks.go: pairing quotation marks, quotes over several paragraphs.
//   - attrib.go: finding a quote's cue verb and speaker phrase.
//   - resolve.go: speaker phrases (names, pronouns, descriptions,
//     spokespeople, roles) and the focus that resolves them.
//   - words.go: cue verbs, term cues and noun tables.
package quotes
