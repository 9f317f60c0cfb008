// Package incidents builds incident records from an annotated article: who
// was attacked, how, when, by whom, who helped, which systems went down,
// stayed up or came back, and whether data was taken.
//
// [Builder.Build] reads an [annotate.Doc] together with what the other
// recognisers found in it (entities with their mentions, dates with resolved
// values, quotes with speakers) and works with general rules of English news
// prose rather than with lists of known victims:
//
//   - Attack cues are singular attack nouns with a determiner ("a ransomware
//     attack", "the intrusion"), bare ones only as subjects of an event verb
//     ("malware was found"), passive attack verbs ("was hit", "to be
//     targeted") and passive data theft ("had been stolen"). Plurals ("attacks
//     are rising"), other attacks ("a similar campaign") and cues under a
//     modal or "if" ("if an attack hit", "will be taken down by an attack")
//     are not events. Headline and standfirst are not read.
//   - A victim is an organisation that undergoes the attack ("X was hit by",
//     "X suffered", "the attack on X", "the public website of X" knocked
//     offline) or is the subject of a sentence reporting one. Attackers (named
//     gangs: "claimed by the X gang", "a group calling itself X") and
//     organisations helping a victim ("X and Y are working with <victim>")
//     are not victims. Unnamed victims give nothing. One incident per victim.
//   - Each body sentence reports on the victim it names, the victim whose
//     quote it lies in, or else the victim of the sentence before; the
//     incident's systems, type words, breach cues, attackers and responders
//     come from its sentences.
//   - Systems come from status cues ("became unavailable", "shut down",
//     "taken offline as a precaution", "restored to", "back up and running",
//     "continued to function", "not affected", "gradually being reconnected",
//     "accessed"). The system is the subject noun phrase of an intransitive or
//     passive cue (looking past prepositional phrases and relative clauses to
//     the phrase that names a system) or the object of an active one; the cue's
//     status goes to every system of a coordination ("the GISIS database;
//     IMODOCS; and Virtual Publications") and of an "including" list.
//     "These systems" and "they" refer back to the systems just named. A name
//     said again ("the website", "those links", an acronym) updates the status
//     of the system already listed, so the status is the one at the time of
//     writing. Generic phrases ("IT systems", "a number of systems") are not
//     systems.
//   - The date is the earliest resolved date within a few words of an attack,
//     detection or outage cue; the type follows type words (ransomware, DDoS,
//     phishing, malware) or, for a confirmed theft with no outage,
//     data-breach; the breach state is confirmed, denied ("no evidence that
//     any data had left"), suspected ("could not rule out", or an attackers'
//     claim) or not_stated.
//   - An incident's quotes are those whose speaker is the victim, or a person
//     named in a sentence that also names the victim ("Maria Keller, chief
//     information officer at VCT").
//
// Files:
//
//   - incidents.go: Input, Builder, Build; assignment of sentences to victims,
//     merging of systems, data breach, type, date, quotes, evidence.
//   - attack.go: attack cues, victims, attackers, malware families, responders.
//   - systems.go: status cues and the noun phrases they apply to.
//   - lexicon.go: the cue tables, built once by New.
//   - view.go: the article as words with entities, dates and quotes laid over them.
package incidents
