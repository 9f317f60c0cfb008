package entities

import "strings"

// set builds an immutable lookup table from space-separated words.
func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// orgHeads are the last words of organisation names: "Valmora Container
// Terminals", "Harbour Wire", "Corbel Mutual".
var orgHeads = set(`Group Groups Line Lines Terminals Authority Authorities Agency Association Associations
Organisation Organization Centre Center Society Forum Office Network Security Cyber Forensics Labs Lab
Response Systems Mutual Forwarding Forwarders Logistics Freight Ferries Management Register Registry Wire
Daily FM Radio TV Television Times News Post Gazette Journal Review Bank Council Ministry Commission
Committee Institute University College Company Corporation Holdings Partners Solutions Technologies
Technology Consulting Shipping Navigation Marine Ports Airlines Airways Insurance Assurance Federation
Union Chamber Board Bureau Services Trust Foundation Police Coastguard Navy Guard Department Directorate
Administration Inspectorate Club Consortium Alliance Coalition Partnership Cooperative Research
Intelligence Defence Defense Analytics Software Telecom Communications Energy Petroleum Express Transport
Transportation Haulage Carriers Tankers Containers Shipyard Shipyards Shipbuilding Engineering Industries
Enterprises Ventures Capital Media Publishing Gateway Exchange Customs Agencies Brokers Chartering
Bunkering Towage Salvage Pilots Stevedoring Dredging Railways Rail Airport Motors Steel Chemicals
Pharmaceuticals Foods Retail Stores Markets Studios Collective Command Parliament Government
Chronicle Herald Tribune Telegraph Courier Observer Examiner Inquirer Gazzetta Zeitung
Unit Division Squad Taskforce Force Service CERT CSIRT CERTs Forensik Sicherheit Logistik Spedition
Reederei Schifffahrt Ciberseguridad Seguridad Logística Transportes Naviera Marittima Logistica
Trasporti Spedizioni Sicurezza Cybersécurité Sécurité Transports Shipping Interiors Furniture
Trading Imports Exports Distribution Supplies Team Grupp Gruppe Gruppo Groupe Grupo Groep Koncern`)

// orgFirsts open organisation names in other languages: "Polizia
// Postale", "Guardia Civil", "Agenzia delle Entrate".
var orgFirsts = set(`Polizia Guardia Policía Policia Gendarmerie Agenzia Autorità Autoridad Ministero
Ministerio Ministère Bundesamt Bundesagentur Capitaneria Capitanía Guardia Direction Dirección Direzione`)

// freeJoiners link capitalised words anywhere: "Hamburger Hafen und
// Logistik AG".
var freeJoiners = set(`& + und et y e de van von der den da dos das del du le la bin al ter ten`)

// gangCues in a sentence make a gazetteer gang's name ("Akira", "Play",
// "Royal") the gang rather than the word.
var gangCues = set(`ransomware gang gangs attack attacks attacked attributed claimed claims leak extortion
hackers hacker hacking cybercriminals criminals affiliates affiliate cyberattack cyberattacks breach
encrypted ransom`)

// legalForms are company-form suffixes in several languages; the periods
// inside them are kept, a final period is the tokenizer's own token.
var legalForms = set(`Ltd Limited Inc Incorporated LLC LLP plc PLC Plc Co Corp GmbH AG KG SE S.p.A SpA S.A SA
S.L SL S.A.S SAS Sarl S.r.l Srl B.V BV N.V NV AB AS ASA A/S Oy Oyj Pte Pty Bhd K.K`)

// orgPrefixes open organisation names: "Port of Rotterdam", "Ministry of
// Transport", "Autorità di Sistema Portuale".
var orgPrefixes = set(`Port Ministry Department University Bank Office Autorità Autoridad Puerto Porto
Ministère Ministerio Ministero Agence Agencia Agenzia Bureau Council Federation Chamber Institute
Society Association Union Court Directorate Commission`)

// joiners may link capitalised words inside a name.
var joiners = set(`of de di del della du des la le van von der den for`)

// systemHeads end the names of systems and products, which are not
// organisations: "Port Community System", "Aegir Connect".
var systemHeads = set(`System Platform Portal Database Connect App Application Software Suite Cloud Server
Interface Module Tool Engine Framework Protocol Standard Scheme Programme Program Project Initiative
Act Directive Regulation Convention Code Award Awards Conference Summit Week Day Report Index`)

// stopCaps are capitalised words that start sentences but never names.
var stopCaps = set(`The A An It Its This That These Those Every Each Both Neither Either Several Some Many
Most All Any No Nobody None Nothing Not In On At By For From With Without After Before Since When Where
While If But And Or Nor So Yet However Although Though Because Following During Until Under Over Into
Onto Through Across Around Between Among Against First Second Third Last Next Other Another Our Ours
We Us He She They Them His Her Hers Their Theirs Its My Mine Your Yours You I Me Also Only Even Just
Still Once Then There Here Now Today Tonight Yesterday Tomorrow As Such What Which Who Whom Whose Why How
Meanwhile Instead Otherwise Moreover Furthermore Further Later Earlier Previously Currently Already Asked
Like Unlike Despite Given Including According To Of Up Down Out Off Well More Less Few One Two Three
Four Five Six Seven Eight Nine Ten Dear Please Thanks Yes Let Sign Read See Click Share Subscribe Disclosure
Mr Mrs Ms Miss Dr Prof Sir Dame Lord Lady Capt Captain Chief Senior Deputy Acting Former Interim`)

// nameAbbrevs end with a period inside a name: "St. Petersburg", "Mr. Cho".
var nameAbbrevs = set(`St Mt Ft Mr Mrs Ms Dr Prof Capt Jr Sr Gen Lt Col`)

// honorifics precede a surname: "Ms Demir".
var honorifics = set(`Mr Mrs Ms Miss Dr Prof Sir Dame Capt Captain`)

// months and weekdays are dates, not names.
// Abbreviations (Jan, Dec) are left out: "Jan" is also a first name.
var calendarWords = set(`January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday
Christmas Easter`)

// roleWords are the words of job titles: a phrase is a role when it holds one.
var roleWords = set(`officer executive director president head chairman chairwoman chair chairperson
spokeswoman spokesman spokesperson analyst coordinator coordinator secretary manager editor reporter
correspondent founder cofounder co-founder partner minister commissioner adviser advisor consultant
researcher engineer captain master lawyer attorney professor lecturer ceo cfo cio ciso cto coo chief
vice deputy leader owner inspector superintendent general counsel economist strategist specialist
architect administrator supervisor controller treasurer governor mayor ambassador spokesperson
principal lead fellow expert investigator detective commander admiral officer trustee board member
founder-director representative agent planner dispatcher superintendent harbourmaster harbormaster
pilot surveyor underwriter broker trader operator prosecutor judge solicitor barrister magistrate
detective constable sergeant inspector commissioner ombudsman auditor registrar clerk`)

// roleStarts may begin a role phrase though they are not role words
// themselves ("senior", "technology" in "technology editor").
var roleStop = set(`said says told added explained warned according who which that and but, was is has had
will would`)

// orgNouns describe an organisation: "the security firm X", "its internet
// provider, X", "X, a crewing agency".
var orgNouns = set(`firm company companies group gang provider operator carrier forwarder insurer
insurers supplier vendor contractor subsidiary agency regulator authority society line consultancy
broadcaster newspaper station outlet publication magazine website site organisation organization
association body union network forum office register registry club bank manufacturer shipyard
airline airport port terminal haulier hauler integrator specialist startup start-up consortium
collective crew outfit actor actors brand developer maker retailer business shipowner owner
manager charterer broker lab labs institute importer exporter wholesaler distributor shipper producer
chain maker customer client insurer forwarder hauler`)

// pronounVerbs follow "It" or "it" when it stands for an organisation.
var pronounVerbs = set(`said says added told confirmed denied stated noted reported revealed announced
explained warned insisted declined urged expects expected believes believed has had have is was will would
could can cannot may might must should operates operated runs ran suffered detected discovered
took takes took made makes did does said: added: commented commented: continues continued remains
remained hopes hoped plans planned aims intends intended refused refuses agreed agrees also still
later first then already declined sent sends gave gives classes supplies employs manages holds
owns opened closed hired engaged called brought launched published issued completed`)

// itExpletive marks "It was unclear", "It is thought": no referent.
var itExpletive = set(`unclear clear not likely unlikely possible impossible thought believed understood
expected feared known important time hard difficult easy worth true raining too the a an`)

// descriptions are the nouns of "the company", "the operator", with the
// name words or kinds they fit.
var descriptions = map[string][]string{
	"company": nil, "operator": {"Terminals", "Terminal", "Line", "Lines", "Ferries", "Port", "Authority", "operator", "carrier", "port"},
	"organisation": nil, "organization": nil, "firm": {"Security", "Cyber", "Forensics", "Labs", "Response", "Consulting", "firm"},
	"authority": {"Authority", "Authorities", "agency", "port"}, "forwarder": {"Forwarding", "Freight", "Logistics", "forwarder"},
	"society": {"Society", "Register"}, "agency": {"Agency", "Management", "agency"}, "group": {"Group", "gang"},
	"gang": {"gang"}, "line": {"Line", "Lines", "carrier"}, "carrier": {"Line", "Lines", "carrier"},
	"insurer": {"Mutual", "Insurance", "insurer"}, "forum": {"Forum"}, "office": {"Office"},
	"association": {"Association"}, "network": {"Network"}, "provider": nil, "business": nil,
	"port": {"Port", "Authority", "port"}, "register": {"Register"}, "club": {"Club"}, "union": {"Union"},
}

// gangWords follow a gang's name: "the BlackTide gang", "NightCrane ransomware gang".
var gangWords = set(`gang group crew collective cartel syndicate operation affiliates affiliate outfit`)

// compoundSuffixes make a place into a compound adjective: "Barcelona-based".
var compoundSuffixes = set(`based headquartered registered flagged born bred listed born owned run built
bound headquarterd area region`)

// placePrepositions introduce a place: "terminals in Gothenburg".
var placePrepositions = set(`in at from to near around across outside inside via off throughout towards toward through between into`)

// placeNouns make "of" introduce a place: "the ports of Durban and
// Ngqura".
var placeNouns = set(`port ports city cities town towns region regions province provinces state states
island islands county counties capital`)

// speechVerbs mark a speaker next to a name.
var speechVerbs = set(`said says told added according stated explained warned noted commented wrote asked`)

// demonyms are nationality adjectives: they open organisation names
// ("Italian National Cybersecurity Agency") but are never short forms of
// them, and never places. Source: general knowledge of English usage.
var demonyms = set(`Afghan Albanian Algerian American Andorran Angolan Argentine Argentinian Armenian
Australian Austrian Azerbaijani Bahraini Bangladeshi Belarusian Belgian Bolivian Bosnian Brazilian British
Bulgarian Cambodian Cameroonian Canadian Chilean Chinese Colombian Congolese Croatian Cuban Cypriot Czech
Danish Dutch Ecuadorian Egyptian Emirati English Eritrean Estonian Ethiopian European Filipino Finnish
French Gabonese Georgian German Ghanaian Greek Guatemalan Guinean Haitian Honduran Hungarian Icelandic
Indian Indonesian Iranian Iraqi Irish Israeli Italian Ivorian Jamaican Japanese Jordanian Kazakh Kenyan
Korean Kuwaiti Latvian Lebanese Liberian Libyan Lithuanian Luxembourgish Malagasy Malaysian Maltese
Mauritanian Mexican Moldovan Monegasque Mongolian Montenegrin Moroccan Mozambican Namibian Nepalese
Nigerian Norwegian Omani Pakistani Palestinian Panamanian Paraguayan Persian Peruvian Polish Portuguese
Qatari Romanian Russian Rwandan Saudi Scottish Senegalese Serbian Singaporean Slovak Slovenian Somali
African Spanish Sri Lankan Sudanese Swedish Swiss Syrian Taiwanese Tanzanian Thai Tunisian Turkish
Ugandan Ukrainian Uruguayan Uzbek Venezuelan Vietnamese Welsh Yemeni Zambian Zimbabwean Nordic Baltic
Scandinavian Asian Arab Arabian Iberian Mediterranean Atlantic Pacific Caribbean Balkan Hellenic Celtic
Latin Western Eastern Northern Southern Central Global International National Federal Royal United`)

// objectVerbs take an organisation as object: "told Harbour Wire",
// "notified Action Fraud".
var objectVerbs = set(`told engaged hired notified informed alerted contacted retained appointed`)

// broadPrepositions may introduce a place of two words ("in La Spezia");
// after "from", "to" or "at" two unknown words are more often a body.
var broadPrepositions = set(`in near around across outside inside throughout`)

// geoNouns follow a place's name: "the Ostrobothnia region".
var geoNouns = set(`region province county district state strait straits sea coast peninsula valley
archipelago gulf river island islands area delta lagoon fjord estuary`)

// staffNouns are people who work somewhere: "Analysts at Drewry".
var staffNouns = set(`analysts analyst researchers researcher experts officials staff engineers economists
executives employees workers sources managers consultants investigators`)

// geoSuffixes end the names of places: "Khalifa Port", "Canvey Island".
var geoSuffixes = set(`Port Harbour Harbor Island Islands Bay Strait Coast Peninsula Valley Canal Sea Gulf
Delta Fjord`)
