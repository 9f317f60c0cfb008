package incidents

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// hardOrgs are the organisations every hard case may name: victims known by
// a full name, a short alias or an acronym, responders, gangs and bystanders.
var hardOrgs = []org{
	{Name: "Acme Shipping", Aliases: []string{"Acme"}},
	{Name: "Rotterdam Freight Services", Aliases: []string{"RFS"}},
	{Name: "Port of Kelso"},
	{Name: "Norbury Lines", Aliases: []string{"Norbury"}},
	{Name: "Velden Logistics", Aliases: []string{"Velden"}},
	{Name: "Brindle Forensics"},
	{Name: "Lantern Cyber"},
	{Name: "National Cyber Security Centre", Aliases: []string{"NCSC"}},
	{Name: "Data Protection Commission"},
	{Name: "Ninefold"},
	{Name: "Cobalt Jackal"},
	{Name: "Halyard Insurance"},
	{Name: "Marlin Analytics"},
}

// hardDates are the resolved dates the hard cases may contain (reference
// Friday 7 March 2025).
var hardDates = []date{
	{"Monday", "2025-03-03"}, {"Tuesday", "2025-03-04"}, {"Wednesday", "2025-03-05"},
	{"Friday", "2025-03-07"}, {"3 May", "2025-05-03"}, {"last month", "2025-02"},
	{"last week", "2025-02-24/2025-03-02"}, {"at the weekend", "2025-03-01/2025-03-02"},
	{"1998", "1998"}, {"March", "2025-03"}, {"next week", "2025-03-10/2025-03-16"},
	{"last year", "2024"},
}

// acme is the incident that a system case's lead sentence gives, with the
// systems the case names.
func acme(systems ...string) []brief {
	return []brief{{Victim: "Acme Shipping", Type: "cyberattack", Breach: "not_stated", Systems: systems}}
}

// dated is acme with the date of the first visible effect.
func dated(d string, systems ...string) []brief {
	bs := acme(systems...)
	bs[0].Date = d
	return bs
}

// sys prefixes a system sentence with a sentence that reports the attack.
func sys(s string) string { return "Acme Shipping was hit by a cyberattack. " + s }

// TestHardCases checks phrasings that trade-press stories use for victims,
// types, dates, breaches, responders and systems; none of them comes from
// an annotated article.
func TestHardCases(t *testing.T) {
	none := []brief{}
	one := func(victim, typ, date, breach string) []brief {
		return []brief{{Victim: victim, Type: typ, Date: date, Breach: breach}}
	}
	withResp := func(bs []brief, rs ...string) []brief { bs[0].Responders = rs; return bs }
	withAtt := func(bs []brief, as ...string) []brief { bs[0].Attackers = as; return bs }
	withSys := func(bs []brief, ss ...string) []brief { bs[0].Systems = ss; return bs }
	tests := []struct {
		text   string
		want   []brief
		reason string
	}{
		// Victims.
		{"Rotterdam Freight Services, the Rotterdam-based forwarder, said hackers had encrypted parts of its network on Monday.",
			one("Rotterdam Freight Services", "ransomware", "2025-03-03", "not_stated"), "an apposition after the subject; hackers encrypting is ransomware"},
		{"Hackers targeted Acme Shipping on Tuesday.", one("Acme Shipping", "cyberattack", "2025-03-04", "not_stated"), "the object of an active attack verb with attackers as subject"},
		{"Acme Shipping fell victim to a phishing campaign last month.", one("Acme Shipping", "phishing", "2025-02", "not_stated"), "'fell victim to'"},
		{"Acme Shipping was forced to take its booking portal offline after a cyberattack.", withSys(one("Acme Shipping", "cyberattack", "", "not_stated"), "booking portal: suspended"), "a victim forced to take a system offline"},
		{"An attack on Acme's systems disrupted bookings on Friday.", withSys(one("Acme Shipping", "cyberattack", "2025-03-07", "not_stated"), "bookings: degraded"), "the victim named by a short alias inside 'an attack on X's systems'"},
		{"Acme Shipping disclosed a cyber incident on Friday.", one("Acme Shipping", "cyberattack", "2025-03-07", "not_stated"), "'disclosed a cyber incident'"},
		{"Acme Shipping is investigating unauthorised access to its customer portal.", withSys(one("Acme Shipping", "cyberattack", "", "not_stated"), "customer portal: compromised"), "'investigating unauthorised access to X'"},
		{"RFS said its systems had been hit by ransomware.", one("Rotterdam Freight Services", "ransomware", "", "not_stated"), "a victim named only by its acronym"},
		{"The forwarder Rotterdam Freight Services has been hit by a cyberattack.", one("Rotterdam Freight Services", "cyberattack", "", "not_stated"), "a description before the name"},
		{"Port of Kelso suffered a distributed denial-of-service attack on Tuesday.", one("Port of Kelso", "ddos", "2025-03-04", "not_stated"), "'suffered' with a spelled-out DDoS"},
		{"Norbury Lines confirmed it had been the victim of a ransomware attack.", one("Norbury Lines", "ransomware", "", "not_stated"), "'the victim of'"},
		{"Attackers breached Velden Logistics' e-mail system on Monday.", withSys(one("Velden Logistics", "cyberattack", "2025-03-03", "not_stated"), "e-mail system: compromised"), "an attack verb whose object is the victim's system, s-less possessive"},
		{"A ransomware attack crippled Norbury Lines' booking system on Friday.", withSys(one("Norbury Lines", "ransomware", "2025-03-07", "not_stated"), "booking system: unavailable"), "an attack noun as subject of 'crippled'"},
		{"Cybercriminals have attacked the Port of Kelso.", one("Port of Kelso", "cyberattack", "", "not_stated"), "active voice with the victim after a determiner"},
		{"The Port of Kelso has been targeted by pro-Russian hackers.", one("Port of Kelso", "cyberattack", "", "not_stated"), "passive 'targeted by' hackers"},
		{"Velden Logistics is recovering from a ransomware attack that encrypted its warehouse management system.", withSys(one("Velden Logistics", "ransomware", "", "not_stated"), "warehouse management system: unavailable"), "'recovering from' with the system in a relative clause"},
		{"Acme Shipping has been struck by a cyber attack.", one("Acme Shipping", "cyberattack", "", "not_stated"), "'struck by' and a two-word 'cyber attack'"},
		{"Intruders gained access to the network of Velden Logistics last week.", one("Velden Logistics", "cyberattack", "2025-02-24/2025-03-02", "not_stated"), "'gained access to the network of X'"},
		{"Norbury said on Monday that it had been hit by a cyberattack.", one("Norbury Lines", "cyberattack", "2025-03-03", "not_stated"), "a short alias as the subject"},
		{"Hackers broke into the computer systems of Velden Logistics.", one("Velden Logistics", "cyberattack", "", "not_stated"), "'broke into the systems of X'"},
		{"Acme Shipping has been the subject of a cyberattack.", one("Acme Shipping", "cyberattack", "", "not_stated"), "'the subject of'"},
		{"Acme Shipping announced that it had experienced a ransomware attack.", one("Acme Shipping", "ransomware", "", "not_stated"), "'experienced'"},
		{"Acme Shipping has confirmed it is dealing with a cyber security incident.", one("Acme Shipping", "cyberattack", "", "not_stated"), "'dealing with a cyber security incident'"},
		{"Velden Logistics took its systems offline on Monday after detecting suspicious activity.", one("Velden Logistics", "cyberattack", "2025-03-03", "not_stated"), "suspicious activity detected"},
		{"Systems at Norbury Lines were disrupted by a ransomware attack.", one("Norbury Lines", "ransomware", "", "not_stated"), "'systems at X'"},
		{"Acme Shipping is the latest maritime company to be hit by ransomware.", one("Acme Shipping", "ransomware", "", "not_stated"), "'the latest company to be hit'"},
		{"Velden Logistics has become the latest victim of a ransomware gang.", one("Velden Logistics", "ransomware", "", "not_stated"), "'the latest victim of a gang'"},
		{"Hackers have leaked data stolen from Norbury Lines.", one("Norbury Lines", "data-breach", "", "confirmed"), "'data stolen from X' leaked is a theft stated as fact, with no other effect"},
		{"A cyberattack has disrupted operations at Velden Logistics.", one("Velden Logistics", "cyberattack", "", "not_stated"), "'operations at X'"},
		{"Acme Shipping was among several companies hit by the attack.", one("Acme Shipping", "cyberattack", "", "not_stated"), "a named victim among unnamed ones"},

		// Non-incidents.
		{"If hackers encrypted Acme Shipping's servers, operations would stop for weeks.", none, "a hypothetical"},
		{"Ransomware attacks on shipping companies rose by 40% last year, Marlin Analytics said.", none, "a statistic"},
		{"A Rotterdam forwarder was hit by ransomware last month, Halyard Insurance said.", none, "an unnamed victim reported by a named organisation"},
		{"The National Cyber Security Centre warned ports that attackers were exploiting a flaw in VPN appliances.", none, "an advisory"},
		{"A court in Amsterdam sentenced two men for a ransomware attack on a freight forwarder.", none, "a court case about an unnamed victim"},
		{"Acme Shipping is investing €5m in a new security operations centre to protect against ransomware.", none, "a security investment"},
		{"Acme Shipping said it had never been hit by a cyberattack.", none, "a negated attack"},
		{"Norbury Lines ran an exercise simulating a ransomware attack on its booking system.", none, "a simulated attack"},
		{"Halyard Insurance said cyber claims from logistics firms doubled last year.", none, "insurance statistics"},
		{"Marlin Analytics said phishing e-mails targeting shipping firms had surged.", none, "generic phishing"},
		{"Acme Shipping could be targeted next, analysts warned.", none, "a modal attack"},
		{"Lantern Cyber published a report on the tactics of the Ninefold gang.", none, "research on a gang"},
		{"Acme Shipping's chief executive spoke at a conference about the attack on an unnamed Baltic port.", none, "the speaker only reports an attack on an unnamed victim"},
		{"Norbury Lines said it was not affected by the ransomware attack on a rival carrier.", none, "a negated effect on the subject; the victim is unnamed"},

		// Bystanders and trade-press noise.
		{"Acme Shipping said it had been hit by a cyberattack that exploited a flaw in Lantern Cyber's VPN software.", one("Acme Shipping", "cyberattack", "", "not_stated"), "the vendor of an exploited product is no victim"},
		{"Lantern Cyber's researchers said the attack on Acme Shipping began with a phishing e-mail.", one("Acme Shipping", "phishing", "", "not_stated"), "a possessive researcher is no victim; the attack's object is"},
		{"Acme Shipping was hit by a cyberattack on Tuesday. Acme could not be reached for comment.", one("Acme Shipping", "cyberattack", "2025-03-04", "not_stated"), "'could not be reached for comment' is no outage"},
		{"The terminal at the Port of Kelso was overwhelmed by cargo volumes last week.", none, "congestion, not a flood of requests"},
		{"The Port of Kelso was hit by a cyberattack on Tuesday. Container volumes were down 12% last year.", one("Port of Kelso", "cyberattack", "2025-03-04", "not_stated"), "a falling statistic neither dates the attack nor names a system"},
		{"Acme Shipping's chief executive said Acme had been hit by ransomware.", one("Acme Shipping", "ransomware", "", "not_stated"), "a possessor in the subject does not hide the victim named after it"},
		{"Norbury Lines said the outage of its booking portal was caused by a software update, not a cyberattack.", none, "an outage explicitly not caused by an attack"},

		{"Acme Shipping was hit by a ransomware attack. Norbury Lines' booking systems were not hit by the attack, it said.", one("Acme Shipping", "ransomware", "", "not_stated"), "an unhit system's owner is no victim"},

		{"Acme Shipping said it had invested in backups after a ransomware attack on its rival Norbury Lines in March.", one("Norbury Lines", "ransomware", "2025-03", "not_stated"), "a description between 'attack on' and the name"},
		{"Halyard Insurance paid out after the attack on the Dutch forwarder Rotterdam Freight Services.", one("Rotterdam Freight Services", "cyberattack", "", "not_stated"), "'the attack on the Dutch forwarder X'"},
		{"A cyberattack on a Rotterdam forwarder last year cost Halyard Insurance millions.", none, "a description with no name after it"},

		{"Acme Shipping's results were hit by higher fuel costs and by strikes at the Port of Kelso.", none, "a passive 'hit by' whose agent is no attack"},
		{"The Port of Kelso was struck by a storm on Tuesday that halted crane operations.", none, "weather is no attack"},
		{"Norbury Lines was hit by Cobalt Jackal on Monday.", withAtt(one("Norbury Lines", "cyberattack", "2025-03-03", "not_stated"), "Cobalt Jackal"), "'hit by' a named group is an attack"},

		// Types.
		{"Acme Shipping said its servers had been encrypted and a ransom note left on its screens.", one("Acme Shipping", "ransomware", "", "not_stated"), "encrypted servers and a ransom note"},
		{"The Ninefold gang listed Acme Shipping on its leak site on Monday.", withAtt(one("Acme Shipping", "ransomware", "2025-03-03", "suspected"), "Ninefold"), "a leak-site listing is a ransomware claim"},
		{"The Port of Kelso's website was flooded with traffic on Tuesday and went offline.", withSys(one("Port of Kelso", "ddos", "2025-03-04", "not_stated"), "website: unavailable"), "'flooded with traffic' is DDoS"},
		{"Staff at Velden Logistics received spoofed e-mails that appeared to come from a carrier, and several mailboxes were compromised.", withSys(one("Velden Logistics", "phishing", "", "not_stated"), "mailboxes: compromised"), "spoofed e-mails are phishing"},
		{"Norbury Lines said a credential harvesting campaign had targeted its staff.", one("Norbury Lines", "phishing", "", "not_stated"), "credential harvesting is phishing"},
		{"Malicious code was found on Acme Shipping's navigation computers.", withSys(one("Acme Shipping", "malware", "", "not_stated"), "navigation computers: compromised"), "'malicious code'"},
		{"A trojan was discovered on workstations at the Port of Kelso.", withSys(one("Port of Kelso", "malware", "", "not_stated"), "workstations: compromised"), "a bare trojan found on the victim's machines"},
		{"A wiper destroyed data on servers at Velden Logistics.", one("Velden Logistics", "malware", "", "not_stated"), "a wiper is malware"},
		{"Hackers encrypted files at Acme Shipping and demanded a ransom.", one("Acme Shipping", "ransomware", "", "not_stated"), "encryption and a ransom"},
		{"Cobalt Jackal, a pro-Russian group, claimed the DDoS attack on the Port of Kelso.", withAtt(one("Port of Kelso", "ddos", "", "not_stated"), "Cobalt Jackal"), "a gang in apposition claiming the attack"},
		{"Hackers bombarded the Port of Kelso's website with junk requests.", one("Port of Kelso", "ddos", "", "not_stated"), "junk requests are DDoS; being bombarded does not say the site went down"},

		{"Acme Shipping was hit by a ransomware attack. A group calling itself Tarnhelm claimed responsibility.", withAtt(one("Acme Shipping", "ransomware", "", "not_stated"), "Tarnhelm"), "a gang no recogniser named, after 'calling itself'"},
		{"Hackers known as Fogbank hit Acme Shipping on Monday.", withAtt(one("Acme Shipping", "cyberattack", "2025-03-03", "not_stated"), "Fogbank"), "'hackers known as' names the attackers"},

		// Dates.
		{"The attack on Acme Shipping began in the early hours of Tuesday.", one("Acme Shipping", "cyberattack", "2025-03-04", "not_stated"), "'began in the early hours of'"},
		{"Acme Shipping first noticed unusual activity on its network on 3 May and later confirmed a ransomware attack.", one("Acme Shipping", "ransomware", "2025-05-03", "not_stated"), "first detection"},
		{"Norbury Lines said the intrusion was discovered on Friday.", one("Norbury Lines", "cyberattack", "2025-03-07", "not_stated"), "'discovered on'"},
		{"The Port of Kelso's website has been down since Friday after a DDoS attack.", withSys(one("Port of Kelso", "ddos", "2025-03-07", "not_stated"), "website: unavailable"), "'since Friday' dates the outage"},
		{"Acme Shipping said on Friday that hackers had breached its network on Monday.", one("Acme Shipping", "cyberattack", "2025-03-03", "not_stated"), "the attack's date over the report's"},
		{"Velden Logistics was hit by ransomware at the weekend.", one("Velden Logistics", "ransomware", "2025-03-01/2025-03-02", "not_stated"), "a weekend"},
		{"Acme Shipping, which was founded in 1998, was hit by a cyberattack on Tuesday.", one("Acme Shipping", "cyberattack", "2025-03-04", "not_stated"), "a date in a relative clause is not the attack's"},
		{"Acme Shipping said the attack, which it detected on Monday, had been contained by Wednesday.", one("Acme Shipping", "cyberattack", "2025-03-03", "not_stated"), "detection, not containment"},
		{"Norbury Lines said it had been hit by a cyberattack. Its systems went down on Tuesday morning.", one("Norbury Lines", "cyberattack", "2025-03-04", "not_stated"), "the first visible effect dates the attack"},
		{"Velden Logistics has been unable to process orders since Monday because of a ransomware attack.", withSys(one("Velden Logistics", "ransomware", "2025-03-03", "not_stated"), "orders: unavailable"), "'since Monday' before the cause"},

		// Breach.
		{"Acme Shipping was hit by a cyberattack. Personal data of some employees may have been exposed.", one("Acme Shipping", "cyberattack", "", "suspected"), "'may have been exposed'"},
		{"Acme Shipping was hit by a cyberattack. There is no indication that customer data was affected.", one("Acme Shipping", "cyberattack", "", "denied"), "'no indication that'"},
		{"Norbury Lines was hit by a cyberattack. It has confirmed that passport scans were stolen.", one("Norbury Lines", "data-breach", "", "confirmed"), "'confirmed that ... were stolen'; theft with no other effect is a data breach"},
		{"Acme Shipping was hit by a cyberattack. The company is assessing whether data was taken.", one("Acme Shipping", "cyberattack", "", "not_stated"), "'assessing whether'"},
		{"Acme Shipping was hit by a ransomware attack. A sample of stolen files was posted on the gang's leak site; the company said it was investigating.", one("Acme Shipping", "ransomware", "", "suspected"), "the attackers' sample under investigation"},
		{"Acme Shipping was hit by a cyberattack. The company said it had found no evidence of data exfiltration.", one("Acme Shipping", "cyberattack", "", "denied"), "'no evidence of data exfiltration'"},
		{"Acme Shipping was hit by a cyberattack. Customer names and addresses were stolen, the company said.", one("Acme Shipping", "data-breach", "", "confirmed"), "a plain statement of theft, the only effect named"},
		{"Acme Shipping was hit by a cyberattack. It is too early to say whether any data was taken.", one("Acme Shipping", "cyberattack", "", "not_stated"), "an open question"},
		{"Acme Shipping was hit by a cyberattack. The company has not ruled out that customer data was copied.", one("Acme Shipping", "cyberattack", "", "suspected"), "'not ruled out'"},
		{"Acme Shipping was hit by a cyberattack. The company said no data had been lost.", one("Acme Shipping", "cyberattack", "", "denied"), "'no data had been lost'"},
		{"Acme Shipping was hit by a cyberattack. The attackers exfiltrated some 40GB of data, the company confirmed.", one("Acme Shipping", "data-breach", "", "confirmed"), "the company confirms an exfiltration"},
		{"Acme Shipping was hit by a cyberattack. The company said it did not believe any customer data had been compromised.", one("Acme Shipping", "cyberattack", "", "denied"), "'did not believe any data had been compromised'"},
		{"Acme Shipping was hit by a cyberattack. The company has written to customers whose data may have been affected.", one("Acme Shipping", "cyberattack", "", "suspected"), "data that 'may have been affected'"},
		{"Acme Shipping was hit by a cyberattack. The company said there was nothing to suggest that personal data had been accessed.", one("Acme Shipping", "cyberattack", "", "denied"), "'nothing to suggest'"},

		// Responders.
		{"Acme Shipping was hit by a cyberattack. It has brought in forensic specialists from Brindle Forensics.", withResp(one("Acme Shipping", "cyberattack", "", "not_stated"), "Brindle Forensics"), "'brought in specialists from'"},
		{"Acme Shipping was hit by a ransomware attack. Lantern Cyber, which was hired to investigate, said the attackers had entered through a VPN account.", withResp(one("Acme Shipping", "ransomware", "", "not_stated"), "Lantern Cyber"), "'which was hired to investigate'"},
		{"Acme Shipping was hit by a cyberattack. It restored its systems with help from Brindle Forensics.", withResp(one("Acme Shipping", "cyberattack", "", "not_stated"), "Brindle Forensics"), "'with help from'"},
		{"Acme Shipping was hit by a cyberattack. The company notified the National Cyber Security Centre and the police.", withResp(one("Acme Shipping", "cyberattack", "", "not_stated"), "National Cyber Security Centre"), "a notified body; the police are generic"},
		{"Acme Shipping was hit by a cyberattack. It is working with Lantern Cyber and the NCSC.", withResp(one("Acme Shipping", "cyberattack", "", "not_stated"), "Lantern Cyber", "National Cyber Security Centre"), "a coordination of helpers, one by acronym"},
		{"Acme Shipping was hit by a cyberattack. Brindle Forensics has been called in to investigate.", withResp(one("Acme Shipping", "cyberattack", "", "not_stated"), "Brindle Forensics"), "passive 'called in'"},
		{"Acme Shipping was hit by a cyberattack. It has reported the attack to the Data Protection Commission.", withResp(one("Acme Shipping", "cyberattack", "", "not_stated"), "Data Protection Commission"), "'reported the attack to'"},
		{"Acme Shipping was hit by a cyberattack. Investigators from Lantern Cyber are examining the affected servers.", withResp(one("Acme Shipping", "cyberattack", "", "not_stated"), "Lantern Cyber"), "'investigators from'"},
		{"Acme Shipping was hit by a cyberattack. The company is being assisted by Brindle Forensics.", withResp(one("Acme Shipping", "cyberattack", "", "not_stated"), "Brindle Forensics"), "'being assisted by'"},
		{"Acme Shipping was hit by a cyberattack. Lantern Cyber, which was not involved in the response, said such attacks often begin with phishing.", one("Acme Shipping", "cyberattack", "", "not_stated"), "a commentator is no responder"},
		{"Acme Shipping was hit by a cyberattack. It has engaged the incident response firm Lantern Cyber.", withResp(one("Acme Shipping", "cyberattack", "", "not_stated"), "Lantern Cyber"), "'engaged' with a description before the name"},
		{"Acme Shipping was hit by a cyberattack. The incident was reported to the police and to the Data Protection Commission.", withResp(one("Acme Shipping", "cyberattack", "", "not_stated"), "Data Protection Commission"), "a second 'to' in a coordination"},
		{"Acme Shipping was hit by a cyberattack. It has alerted the NCSC.", withResp(one("Acme Shipping", "cyberattack", "", "not_stated"), "National Cyber Security Centre"), "'alerted' with an acronym"},

		{"Acme Shipping was hit by a cyberattack. It notified the police and the NCSC.", withResp(one("Acme Shipping", "cyberattack", "", "not_stated"), "National Cyber Security Centre"), "a named body after a generic one in a coordination"},
		{"Acme Shipping was hit by a cyberattack. Brindle Forensics, the incident response firm hired by Acme, said the intruders had used stolen passwords.", withResp(one("Acme Shipping", "cyberattack", "", "not_stated"), "Brindle Forensics"), "'hired by <victim>' in an apposition"},
		{"Acme Shipping was hit by a cyberattack. It has filed a complaint with the Data Protection Commission.", withResp(one("Acme Shipping", "cyberattack", "", "not_stated"), "Data Protection Commission"), "'filed a complaint with'"},
		{"Acme Shipping was hit by a cyberattack. A team from Lantern Cyber is helping to restore the network.", withResp(one("Acme Shipping", "cyberattack", "", "not_stated"), "Lantern Cyber"), "'a team from'"},
		{"Acme Shipping was hit by a cyberattack. The company sought help from Brindle Forensics and the NCSC.", withResp(one("Acme Shipping", "cyberattack", "", "not_stated"), "Brindle Forensics", "National Cyber Security Centre"), "'sought help from' a coordination"},
		{"Acme Shipping was hit by a cyberattack. Lantern Cyber is leading the investigation.", withResp(one("Acme Shipping", "cyberattack", "", "not_stated"), "Lantern Cyber"), "'is leading the investigation'"},
		{"Acme Shipping was hit by a cyberattack. The company has informed the Data Protection Commission.", withResp(one("Acme Shipping", "cyberattack", "", "not_stated"), "Data Protection Commission"), "'has informed'"},
		{"Acme Shipping was hit by a cyberattack. It retained Lantern Cyber to investigate and the NCSC was informed.", withResp(one("Acme Shipping", "cyberattack", "", "not_stated"), "Lantern Cyber", "National Cyber Security Centre"), "'retained' and a passive 'was informed'"},
		{"Acme Shipping was hit by a cyberattack. The investigation is being led by Brindle Forensics.", withResp(one("Acme Shipping", "cyberattack", "", "not_stated"), "Brindle Forensics"), "'being led by'"},
		{"The Port of Kelso was hit by a DDoS attack. The attack was mitigated by Lantern Cyber within two hours.", withResp(one("Port of Kelso", "ddos", "", "not_stated"), "Lantern Cyber"), "'mitigated by'"},
		{"Acme Shipping was hit by a cyberattack. Lantern Cyber said it had been called in on Monday.", withResp(one("Acme Shipping", "cyberattack", "", "not_stated"), "Lantern Cyber"), "a responder saying it was called in; the day it was called in does not date the attack"},
		{"Acme Shipping was hit by a cyberattack. Brindle Forensics is probing how the attackers got in.", withResp(one("Acme Shipping", "cyberattack", "", "not_stated"), "Brindle Forensics"), "'is probing'"},
		{"Acme Shipping was hit by a cyberattack. Lantern Cyber has been engaged to restore the network.", withResp(one("Acme Shipping", "cyberattack", "", "not_stated"), "Lantern Cyber"), "'has been engaged'"},
		{"Acme Shipping was hit by a cyberattack. Marlin Analytics said the attack resembled others it had studied.", one("Acme Shipping", "cyberattack", "", "not_stated"), "an analyst commenting is no responder"},

		// More dates.
		{"The attack on Acme Shipping occurred on Tuesday.", one("Acme Shipping", "cyberattack", "2025-03-04", "not_stated"), "'occurred on' belongs to the attack"},
		{"The ransomware attack on Norbury Lines took place on Monday.", one("Norbury Lines", "ransomware", "2025-03-03", "not_stated"), "'took place on'"},
		{"On Monday, Velden Logistics said it had been hit by a cyberattack at the weekend.", one("Velden Logistics", "cyberattack", "2025-03-01/2025-03-02", "not_stated"), "the weekend of the attack over the report's Monday"},
		{"Acme Shipping said the cyber incident started on Monday and was detected on Wednesday.", one("Acme Shipping", "cyberattack", "2025-03-03", "not_stated"), "the start before the detection; a bare 'incident' is too vague to report an attack"},
		{"Acme Shipping was hit by a cyberattack. The company said it expects to restore all systems by Friday.", one("Acme Shipping", "cyberattack", "", "not_stated"), "a planned recovery date is not the attack's"},
		{"Acme Shipping was hit by a cyberattack last week, a year after Norbury Lines suffered a similar incident.", one("Acme Shipping", "cyberattack", "2025-02-24/2025-03-02", "not_stated"), "'a similar incident' is no second victim"},

		// Systems and statuses.
		{sys("Its booking portal went dark."), acme("booking portal: unavailable"), "'went dark'"},
		{sys("The customs gateway remained operational."), acme("customs gateway: unaffected"), "'remained operational'"},
		{sys("The tracking portal was brought back online on Friday."), acme("tracking portal: restored"), "'brought back online'"},
		{sys("Berth planning is operating at reduced capacity."), acme("Berth planning: degraded"), "'operating at reduced capacity'"},
		{sys("Vessel planning reverted to manual processes."), acme("Vessel planning: degraded"), "'reverted to manual processes'"},
		{sys("The crew database was accessed by the intruders."), acme("crew database: compromised"), "'was accessed by'"},
		{sys("The EDI link was disconnected as a precaution."), acme("EDI link: suspended"), "'disconnected as a precaution'"},
		{sys("The booking portal is expected to be restored next week."), acme("booking portal: unavailable"), "an expected restoration means still down"},
		{sys("Customers reported intermittent outages on the tracking portal."), acme("tracking portal: degraded"), "'intermittent outages on X'"},
		{sys("Invoicing is back to normal."), acme("Invoicing: restored"), "'back to normal'"},
		{sys("Its e-mail system was unaffected by the incident."), acme("e-mail system: unaffected"), "'unaffected by'"},
		{sys("The customer hotline could not be reached on Monday."), dated("2025-03-03", "customer hotline: unavailable"), "'could not be reached' is a past fact, not a modal; the outage dates the attack"},
		{sys("The attack knocked the vessel tracking portal offline."), acme("vessel tracking portal: unavailable"), "'knocked X offline'"},
		{sys("The booking portal, the tracking app and the customer hotline were all knocked offline."), acme("booking portal: unavailable", "tracking app: unavailable", "customer hotline: unavailable"), "a coordination as passive subject"},
		{sys("The booking portal as well as the tracking app went down."), acme("booking portal: unavailable", "tracking app: unavailable"), "'as well as'"},
		{sys("The booking portal, the crew app and the payroll system have been restored."), acme("booking portal: restored", "crew app: restored", "payroll system: restored"), "a restored coordination"},
		{sys("Vessel operations continued as normal."), acme("Vessel operations: unaffected"), "'continued as normal'"},
		{sys("The tracking portal is back online."), acme("tracking portal: restored"), "'back online'"},
		{sys("The booking portal has been offline since Monday."), dated("2025-03-03", "booking portal: unavailable"), "'offline since' dates the first visible effect"},
		{sys("The payroll system has been shut down while the investigation continues."), acme("payroll system: suspended"), "'shut down while'"},
		{sys("Cargo handling was not disrupted."), acme("Cargo handling: unaffected"), "negated 'disrupted'"},
		{sys("The company's website was defaced."), acme("website: compromised"), "'defaced'"},
		{sys("The crew portal was temporarily unavailable but is now working again."), acme("crew portal: restored"), "the later state wins"},
		{sys("Its customer portal remains down."), acme("customer portal: unavailable"), "'remains down'"},
		{sys("Port operations were running normally."), acme("Port operations: unaffected"), "'running normally'"},
		{sys("The terminal operating system was restored from backups."), acme("terminal operating system: restored"), "'restored from backups'"},
		{sys("Gate operations have resumed."), acme("Gate operations: restored"), "'resumed'"},
		{sys("Online bookings were suspended."), acme("Online bookings: suspended"), "passive 'suspended'"},
		{sys("Its tracking service was hit by intermittent outages."), acme("tracking service: degraded"), "'hit by intermittent outages'"},
		{sys("The website went offline on Monday and came back online on Wednesday."), dated("2025-03-03", "website: restored"), "'came back online'; the outage, not the return, dates the attack"},
		{sys("The payroll system was taken offline and isolated from the network."), acme("payroll system: suspended"), "'taken offline and isolated'"},
		{sys("Its e-mail service is running normally, the company said."), acme("e-mail service: unaffected"), "'running normally' with a trailing attribution"},
		{sys("The attackers gained access to the payroll system."), acme("payroll system: compromised"), "'gained access to'"},
		{sys("Its customer portal and mobile app were down for most of the day; both are now back up."), acme("customer portal: restored", "mobile app: restored"), "'both' refers back to the systems just named"},
		{sys("The booking portal was slow to respond."), acme("booking portal: degraded"), "'slow to respond'"},
		{sys("The tracking app is working again."), acme("tracking app: restored"), "'working again'"},
		{sys("Staff could not log in to the crew portal."), acme("crew portal: unavailable"), "'could not log in to' is a past fact"},
		{sys("Its container terminals continued to operate."), acme("container terminals: unaffected"), "'continued to operate'"},
		{sys("The vessel booking system was encrypted."), withSys(one("Acme Shipping", "ransomware", "", "not_stated"), "vessel booking system: unavailable"), "passive 'encrypted' is ransomware"},
		{sys("The payment platform has been disconnected from the internet."), acme("payment platform: suspended"), "'disconnected from'"},
		{sys("The attack disrupted the booking portal and the tracking app."), acme("booking portal: degraded", "tracking app: degraded"), "active 'disrupted' with a coordinated object"},
		{sys("Its website was down for several hours on Tuesday."), dated("2025-03-04", "website: unavailable"), "'was down for several hours'"},
		{sys("The company's online booking tool has been switched off."), acme("online booking tool: suspended"), "'switched off'"},
		{sys("The customer portal was shut down as a precaution."), acme("customer portal: suspended"), "'shut down as a precaution'"},
		{sys("The port community system was not affected by the attack."), acme("port community system: unaffected"), "'not affected by'"},
		{sys("The attack did not affect the terminal operating system."), acme("terminal operating system: unaffected"), "'did not affect'"},
		{sys("The vessel traffic service continued to operate normally."), acme("vessel traffic service: unaffected"), "'continued to operate normally'"},
		{sys("Its warehouse management system has been restored and is running normally."), acme("warehouse management system: restored"), "running normally after a restoration is still restored"},
		{sys("The booking portal came back online on Wednesday."), acme("booking portal: restored"), "'came back online'"},
		{sys("Gate transactions are being processed manually."), acme("Gate transactions: degraded"), "'processed manually'"},
		{sys("Crane operations were halted for six hours."), acme("Crane operations: suspended"), "'halted for six hours'"},
		{sys("Customs declarations are being filed on paper."), acme("Customs declarations: degraded"), "'filed on paper'"},
		{sys("The attack left the booking portal inaccessible."), acme("booking portal: unavailable"), "'left X inaccessible'"},
		{sys("The attack rendered the crew planning tool unusable."), acme("crew planning tool: unavailable"), "'rendered X unusable'"},
		{sys("Hackers took control of the vessel tracking system."), acme("vessel tracking system: compromised"), "'took control of'"},
		{sys("Staff have been unable to use the crew planning tool."), acme("crew planning tool: unavailable"), "'unable to use'"},
		{sys("The ferry booking site has been partially restored."), acme("ferry booking site: degraded"), "'partially restored' is degraded"},
		{sys("The tracking portal remains offline."), acme("tracking portal: unavailable"), "'remains offline'"},
		{sys("The website has since been restored."), acme("website: restored"), "'has since been restored'"},
		{sys("Bookings are being taken by phone."), acme("Bookings: degraded"), "a phone fallback is degraded"},
		{sys("The company isolated its booking portal."), acme("booking portal: suspended"), "active 'isolated'"},
		{sys("The terminal's gates were closed for two days."), acme("gates: suspended"), "'were closed'"},
		{sys("Container tracking was briefly interrupted."), acme("Container tracking: unavailable"), "an interruption is an outage"},
		{sys("Its online booking platform was brought down by the attack."), acme("online booking platform: unavailable"), "'brought down'"},
		{sys("Vessel arrivals were delayed."), acme("Vessel arrivals: degraded"), "'were delayed'"},
		{sys("The website is up again."), acme("website: restored"), "'up again'"},
		{sys("The portal has been offline since the attack but is expected back on Wednesday."), acme("portal: unavailable"), "an expected return neither restores nor dates"},
		{sys("Passenger check-in reverted to paper."), acme("Passenger check-in: degraded"), "'reverted to paper'"},
		{sys("The navigation systems on two vessels were infected."), withSys(one("Acme Shipping", "malware", "", "not_stated"), "navigation systems: compromised"), "'were infected' is malware; systems on two vessels are no generic talk"},
		{sys("Mail servers and the intranet were shut down."), acme("Mail servers: suspended", "intranet: suspended"), "a passive 'shut down' with a coordinated subject"},
		{sys("The update server was taken offline on Monday. It was restored on Wednesday."), dated("2025-03-03", "update server: restored"), "a sentence-initial 'it' that is restored is the system just named"},
		{sys("It was forced to suspend bookings on Monday."), dated("2025-03-03", "bookings: suspended"), "an 'it' that acts is the company"},
		{"Acme Shipping said malicious code hidden in an update released on Tuesday had infected its servers.", one("Acme Shipping", "malware", "2025-03-04", "not_stated"), "bare participles keep the date in the attack's phrase"},

		// Mixed phrasings.
		{"Acme Shipping said staff had been locked out of its systems after attackers demanded a ransom.", one("Acme Shipping", "ransomware", "", "not_stated"), "a ransom demand is ransomware"},
		{"Norbury Lines lost €400,000 in an invoice fraud after criminals took over a supplier's e-mail account.", one("Norbury Lines", "phishing", "", "not_stated"), "invoice fraud through a hijacked mailbox is phishing"},
		{"Velden Logistics was the target of a business email compromise scam last month.", one("Velden Logistics", "phishing", "2025-02", "not_stated"), "business email compromise"},
		{"A botnet flooded the Port of Kelso's booking portal with requests on Tuesday.", one("Port of Kelso", "ddos", "2025-03-04", "not_stated"), "a botnet's flood is DDoS; a flood with no outage stated names no status"},
		{"Acme Shipping was hit by a cyberattack. The Ninefold gang claims to have stolen 300GB of data, which the company denies.", withAtt(one("Acme Shipping", "cyberattack", "", "denied"), "Ninefold"), "a claim the victim denies"},
		{"Acme Shipping was hit by a cyberattack. Some employee records were exposed, it said.", one("Acme Shipping", "data-breach", "", "confirmed"), "'were exposed' stated as fact"},
		{"The Port of Kelso and Norbury Lines were both hit by the same ransomware attack on Monday.", []brief{{Victim: "Port of Kelso", Type: "ransomware", Date: "2025-03-03", Breach: "not_stated"}, {Victim: "Norbury Lines", Type: "ransomware", Date: "2025-03-03", Breach: "not_stated"}}, "two coordinated victims of one attack"},
		{"Velden Logistics, a customer of Acme Shipping, said it had not been affected by the attack on Acme.", one("Acme Shipping", "cyberattack", "", "not_stated"), "a customer that was not affected is no victim"},
		{"Acme Shipping said on Wednesday it had been hit by a cyberattack. It first detected suspicious activity on Monday.", one("Acme Shipping", "cyberattack", "2025-03-03", "not_stated"), "the first detection in a later sentence"},
		{"Acme Shipping was hit by a cyberattack. Its IT provider, Lantern Cyber, is restoring the systems.", withResp(one("Acme Shipping", "cyberattack", "", "not_stated"), "Lantern Cyber"), "an IT provider restoring systems"},

		// Statuses and facts inside quotes.
		{sys("\"Our booking portal is back up and running,\" the company said."), acme("booking portal: restored"), "a status in the victim's quote"},
		{sys("\"The terminal operating system was never affected,\" a spokesperson said."), acme("terminal operating system: unaffected"), "a negated effect in a quote"},
		{"Acme Shipping was hit by a cyberattack. \"We have found no evidence that customer data was taken,\" it said.", one("Acme Shipping", "cyberattack", "", "denied"), "a denial in a quote"},

		// Lists.
		{sys("Several services were disrupted, including the booking portal, the tracking app and e-invoicing."), acme("booking portal: degraded", "tracking app: degraded", "e-invoicing: degraded"), "an 'including' list after a passive"},
		{sys("Both the booking portal and the tracking app went down."), acme("booking portal: unavailable", "tracking app: unavailable"), "'both X and Y'"},
		{sys("Systems taken offline included the booking portal and the tracking app."), acme("booking portal: suspended", "tracking app: suspended"), "the list after 'included'"},
		{sys("The company restored its booking portal on Tuesday, followed by the tracking app on Wednesday."), dated("", "booking portal: restored", "tracking app: restored"), "'followed by' continues the list"},
		{sys("Neither the booking portal nor the tracking app was affected."), acme("booking portal: unaffected", "tracking app: unaffected"), "'neither ... nor'"},

		// More statuses.
		{sys("Its online services are only partly available."), acme("online services: degraded"), "'only partly available'"},
		{sys("The tracking system remains out of action."), acme("tracking system: unavailable"), "'out of action'"},
		{sys("Its vessel scheduling tool has not yet been restored."), acme("vessel scheduling tool: unavailable"), "not yet restored is still down"},
		{sys("The company's customs platform stayed online throughout."), acme("customs platform: unaffected"), "'stayed online'"},
		{sys("Its booking engine crashed."), acme("booking engine: unavailable"), "'crashed'"},
		{sys("The portal was restored to full service on Monday."), acme("portal: restored"), "'restored to full service' names no new system"},
		{sys("The tracking app is still not back online."), acme("tracking app: unavailable"), "'still not back online'"},
		{sys("Its e-mail system was back online within hours."), acme("e-mail system: restored"), "'back online within hours'"},
	}
	// open lists the cases the rules do not handle yet; their mismatches
	// are logged, not failed, so that the table records the gap.
	open := map[string]bool{
		"The Port of Kelso and Norbury Lines were both hit by the same ransomware attack on Monday.": true,
		"Acme Shipping said its servers had been encrypted and a ransom note left on its screens.":   true,
		"The Ninefold gang listed Acme Shipping on its leak site on Monday.":                         true,
	}
	b := New()
	for _, tc := range tests {
		in := caseInput("T\n\n"+tc.text, hardOrgs, hardDates)
		diff := cmp.Diff(tc.want, briefs(b.Build(in)))
		if diff != "" && open[tc.text] {
			t.Logf("open case %q (%s):\n%s", tc.text, tc.reason, diff)
			continue
		}
		if diff != "" {
			t.Errorf("incidents of %q mismatch (-want +got) (%s):\n%s", tc.text, tc.reason, diff)
		}
	}
}
