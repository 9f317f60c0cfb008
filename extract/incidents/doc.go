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
//     are not events, nor are negated ones ("had never been hit by a
//     cyberattack", "not a cyberattack") or a passive whose agent is no
//     attack ("hit by higher fuel costs", "overwhelmed by cargo volumes").
//     Headline and standfirst are not read.
//   - A victim is an organisation that undergoes the attack ("X was hit by",
//     "X, which was hit by", "X suffered", "the attack on X", "an attack on
//     its rival X", "an attack at X", "hackers breached the network of X",
//     "the public website of X" knocked offline, "X's website was flooded
//     with traffic", "malicious code was found on X's computers", "staff at
//     X received spoofed e-mails") or is the subject of a sentence, after any
//     lead-in such as "On Monday,", reporting one ("X
//     said ... after an attack", "X said hackers had encrypted its
//     servers"), unless the sentence judges the attack ("sentenced ... for a
//     ransomware attack") or the attack has its own unnamed target ("an
//     attack that halted a Rotterdam forwarder"). In a story about an attack,
//     an organisation that takes its own systems down is a victim too.
//     Attackers (named gangs: "claimed by the X gang", "a group calling
//     itself X", "X, a pro-Russian group"; a gang no recogniser named is
//     taken from "calling itself X", "group called X") and organisations helping a victim
//     ("X and Y are working with <victim>", "X is investigating the attack")
//     are not victims. Unnamed victims give nothing. One incident per victim.
//     The headline and standfirst are read only when the body names no victim.
//   - Each body sentence reports on the victim it names, the victim whose
//     quote it lies in, or else the victim of the sentence before (with one
//     victim, the whole story is about it); a sentence that names no victim
//     and speaks of attacks only in general ("several hauliers were hit by
//     ransomware last year") reports on none. The incident's systems, type
//     words, breach cues, attackers and responders come from its sentences.
//     Responders include bodies the victim notified.
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
//     writing; a system that was down and later "is running normally" is
//     restored. A sentence-initial "it" that is restored or taken offline is
//     the system just named. Generic phrases ("IT systems", "a number of
//     systems") are not systems.
//   - The date is the earliest resolved date within a few words of an attack,
//     detection or outage cue, skipping dates of relative clauses ("who
//     travelled in July") and dates a more precise candidate narrows ("at the
//     weekend" beside "Saturday"); the type follows type words (ransomware,
//     DDoS, phishing, malware) or, for a confirmed theft not called an attack,
//     data-breach; the breach state is confirmed ("confirmed that ... had been
//     stolen", "reported a data breach"), denied ("no evidence that any data
//     had left", "no customer data was affected"), suspected ("could not rule
//     out", "may have been exposed", or an attackers' claim) or not_stated
//     ("not yet known whether").
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
