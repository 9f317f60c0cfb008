// Package entities finds the organisations, people and places an article
// names, merges every mention of each (full name, acronym, short form,
// possessive) and resolves descriptions and pronouns ("the company", "the
// operator", "It", "she") to the entity they stand for, with code-point
// spans for every mention.
//
// Organisations are found mostly by rule, so that invented and obscure names
// are found too: acronym definitions ("Valmora Container Terminals (VCT)",
// or "VCT (Valmora Container Terminals)"), organisation words at the end of
// a name (Group, Lines, Terminals, Authority, Society, Forum, Security,
// Labs, Wire, FM, ...) or legal forms (S.p.A., GmbH, S.A., B.V., Ltd),
// prefixes ("Port of X", "Ministry of X"), the context of a name ("the
// security firm X", "its internet provider, X,", "X, a crewing agency",
// "told X", "a spokesperson for X", "the X gang", "a group calling itself
// X"), and an embedded gazetteer of well-known bodies ([gazetteer]).
// People are names with a role beside them ("Maria Keller, chief
// information officer at VCT", "ACPA spokeswoman Katarzyna Wolak", "Ms
// Demir", "Reporting by ..."); a name-like phrase beside a speech verb that
// no rule decides is put to prose's named-entity model, loaded once per
// Recognizer on first need and shared by every goroutine. Places come from
// the gazetteer (countries, subdivisions, regions, cities), from
// prepositions ("terminals in Gothenburg and Helsingborg") and from
// compounds ("Barcelona-based").
//
// Mentions are merged into entities: full name, acronym, short form
// ("Ostrander" for "Ostrander Terminal Group", a surname for a person),
// possessives ("IMO's" is a mention "IMO"). Descriptions ("the company",
// "the operator", "the forwarder", "the society", "the group") go to the
// most recent organisation they fit, by name word or by how the story
// described it, else to the subject of the nearest sentence; "It"/"it"
// before a verb goes to the subject ("VCT said it" to VCT); "he"/"she" to
// the most recent person whose gender, if a title gave it, agrees.
//
// Headlines set in capitals or title case only match names found elsewhere,
// since their capitals say nothing. Words inside quotation marks are never
// resolved as pronouns or descriptions.
//
// Bylines are not part of the article text: [ParseByline] reads a byline
// or credit line ("By Oliver Brandt, Technology Editor", "(Reporting by
// Lena Marsh; Editing by Tom Quill)") and [AddBylines] adds those people to
// the entities.
//
// Files:
//   - entities.go: [Recognizer], the pass order, entity merging, results.
//   - candidates.go: runs of capitalised tokens that may be names.
//   - classify.go: acronyms, organisation words and contexts, gangs.
//   - people.go: people and their roles.
//   - aliases.go: short forms, surnames and acronyms of known entities.
//   - places.go: places from the gazetteer, prepositions, compounds and
//     datelines.
//   - mentions.go: every occurrence of every name.
//   - coref.go: descriptions and pronouns.
//   - byline.go: [ParseByline] and [AddBylines], for bylines outside the
//     article text.
//   - gang.go: [IsGangName].
//   - lexicon.go: the word lists the rules use.
//   - prose.go: the shared prose model.
//
// The tests score the development set (testdata/gold, with hand-cut story
// texts in testdata/entities/stories) and fixtures of this package's own
// (testdata/entities/extra); pipelinetest scores every annotated article
// through the whole extractor.
package entities
