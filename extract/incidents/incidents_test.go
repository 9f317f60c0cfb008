package incidents

import (
	"testing"

	"github.com/clipper-news/clipper/extract/annotate"
	"github.com/clipper-news/clipper/model"
	"github.com/google/go-cmp/cmp"
)

// brief is the part of an incident the table tests compare.
type brief struct {
	Victim     string
	Type       string
	Date       string
	Breach     string
	Attackers  []string
	Responders []string
	Systems    []string // "name: status"
}

func briefs(incs []model.Incident) []brief {
	out := []brief{}
	for _, inc := range incs {
		b := brief{Victim: inc.Victim.Name, Type: inc.Type, Breach: inc.DataBreach}
		if inc.Date != nil {
			b.Date = inc.Date.Value
		}
		for _, a := range inc.Attackers {
			b.Attackers = append(b.Attackers, a.Name)
		}
		for _, r := range inc.Responders {
			b.Responders = append(b.Responders, r.Name)
		}
		for _, s := range inc.Systems {
			b.Systems = append(b.Systems, s.Name+": "+s.Status)
		}
		out = append(out, b)
	}
	return out
}

type org struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
}

type date struct {
	Text  string `json:"text"`
	Value string `json:"value"`
}

// caseInput makes an Input for a headline-and-body text from organisation
// names and dates, the way goldInput does for the development set.
func caseInput(text string, orgs []org, dates []date) Input {
	var g goldFile
	for _, o := range orgs {
		g.Organisations = append(g.Organisations, struct {
			Name    string   `json:"name"`
			Aliases []string `json:"aliases"`
		}{o.Name, o.Aliases})
	}
	for _, d := range dates {
		g.Dates = append(g.Dates, struct {
			Text  string `json:"text"`
			Value string `json:"value"`
		}{d.Text, d.Value})
	}
	return goldInput(text, false, g)
}

func TestBuild(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		orgs   []org
		dates  []date
		want   []brief
		reason string
	}{
		{
			name:   "hypothetical",
			text:   "PORTS URGED TO PREPARE\n\nHarbourline Ports said its cranes would stop if an attack hit its terminal operating system. The Norvik Port Authority said it could be targeted by a cyberattack at any time.",
			orgs:   []org{{Name: "Harbourline Ports"}, {Name: "Norvik Port Authority"}},
			want:   []brief{},
			reason: "an attack that might happen ('if an attack hit', 'could be targeted') is no incident",
		},
		{
			name:   "generic",
			text:   "ATTACKS ON PORTS RISE\n\nCyberattacks on ports are rising, the Baltic Shipping Council said. Ransomware attacks on logistics groups doubled last year, according to Kelpie Analytics. Phishing remains the most common way in.",
			orgs:   []org{{Name: "Baltic Shipping Council"}, {Name: "Kelpie Analytics"}},
			want:   []brief{},
			reason: "plural attacks and bare 'phishing' are talk about attacks in general",
		},
		{
			name:   "unnamed victims",
			text:   "CARRIER HIT\n\nA large European container line was hit by ransomware last month, the Tidewater Insurance Group said. Several other forwarders suffered similar attacks.",
			orgs:   []org{{Name: "Tidewater Insurance Group"}},
			want:   []brief{},
			reason: "the victims are not named, and the organisation that reports them is not a victim",
		},
		{
			name: "coordination restored",
			text: "AGENCY RESTORES SERVICES\n\nThe Meridian Registry has been hit by a cyberattack. Service has been restored to the vessel register; the survey portal; and Crew Pass. Its public website remains unavailable.",
			orgs: []org{{Name: "Meridian Registry"}},
			want: []brief{{Victim: "Meridian Registry", Type: "cyberattack", Breach: "not_stated", Systems: []string{
				"vessel register: restored", "survey portal: restored", "Crew Pass: restored", "public website: unavailable"}}},
			reason: "every system in a coordination after 'restored to' takes the status",
		},
		{
			name:  "precaution and reconnection",
			text:  "FORWARDER ISOLATES SYSTEMS\n\nQuayside Forwarding said it had detected a ransomware attack on Monday and had taken its booking platform offline as a precaution. Its warehouses are gradually being reconnected to the network. The customs gateway was not affected.",
			orgs:  []org{{Name: "Quayside Forwarding"}},
			dates: []date{{"Monday", "2024-06-03"}},
			want: []brief{{Victim: "Quayside Forwarding", Type: "ransomware", Date: "2024-06-03", Breach: "not_stated", Systems: []string{
				"booking platform: suspended", "warehouses: degraded", "customs gateway: unaffected"}}},
			reason: "'taken offline as a precaution' is suspended, 'gradually being reconnected' degraded, 'not affected' unaffected",
		},
		{
			name:  "two victims",
			text:  "TWO INCIDENTS\n\nThe Port of Valdria was hit by a DDoS attack on Tuesday that took down its website. Separately, Brackwater Logistics confirmed that customer records had been stolen from its billing database in an intrusion it detected in March.",
			orgs:  []org{{Name: "Port of Valdria"}, {Name: "Brackwater Logistics"}},
			dates: []date{{"Tuesday", "2024-04-09"}, {"March", "2024-03"}},
			want: []brief{
				{Victim: "Port of Valdria", Type: "ddos", Date: "2024-04-09", Breach: "not_stated", Systems: []string{"website: unavailable"}},
				{Victim: "Brackwater Logistics", Type: "data-breach", Date: "2024-03", Breach: "confirmed", Systems: []string{"billing database: compromised"}},
			},
			reason: "one incident per victim, each with its own type, date and systems",
		},
		{
			name:   "attack on X",
			text:   "GANG CLAIMS ATTACK\n\nThe attack on Eastgate Terminals was claimed by the Ninefold gang, which said it had stolen 20GB of files. Eastgate said it was still investigating the claim and had called in the security firm Ravelin Forensics to help.",
			orgs:   []org{{Name: "Eastgate Terminals", Aliases: []string{"Eastgate"}}, {Name: "Ninefold"}, {Name: "Ravelin Forensics"}},
			want:   []brief{{Victim: "Eastgate Terminals", Type: "cyberattack", Breach: "suspected", Attackers: []string{"Ninefold"}, Responders: []string{"Ravelin Forensics"}}},
			reason: "the victim is the object of 'the attack on'; a gang's claim under investigation is a suspected breach",
		},
		{
			name:   "denied breach and malware family",
			text:   "MALWARE FOUND ON TUGS\n\nMalware was found on the navigation computers of three Sorrel Towage tugs. The malware, identified as BilgeRat, has been removed. Sorrel Towage said there was no evidence that any data had been taken.",
			orgs:   []org{{Name: "Sorrel Towage"}},
			want:   []brief{{Victim: "Sorrel Towage", Type: "malware", Breach: "denied", Attackers: []string{"BilgeRat"}, Systems: []string{"navigation computers: compromised"}}},
			reason: "a malware family is an attacker without an entity; 'no evidence that any data' is a denial",
		},
		{
			name:  "later status wins",
			text:  "LINE RECOVERS\n\nOrca Shipping suffered a cyberattack at the weekend that knocked its e-booking portal offline. The portal was back online on Monday. Its tracking app, which customers use to follow containers, has not been affected.",
			orgs:  []org{{Name: "Orca Shipping"}},
			dates: []date{{"at the weekend", "2024-05-04/2024-05-05"}, {"Monday", "2024-05-06"}},
			want: []brief{{Victim: "Orca Shipping", Type: "cyberattack", Date: "2024-05-04/2024-05-05", Breach: "not_stated", Systems: []string{
				"e-booking portal: restored", "tracking app: unaffected"}}},
			reason: "a system down and then back is restored at the time of writing; a relative clause between subject and verb is skipped",
		},
		{
			name:   "active attack verb",
			text:   "LINE HACKED\n\nHackers breached the booking system of Kaldera Shipping on Friday, and the system has been offline since. Kaldera Shipping said personal data of 3,000 customers may have been exfiltrated.",
			orgs:   []org{{Name: "Kaldera Shipping"}},
			dates:  []date{{"Friday", "2024-02-09"}},
			want:   []brief{{Victim: "Kaldera Shipping", Type: "cyberattack", Date: "2024-02-09", Breach: "suspected", Systems: []string{"booking system: unavailable"}}},
			reason: "the organisation owning the object of an active attack verb is the victim; 'may have been exfiltrated' is a suspected breach",
		},
		{
			name:   "operations at",
			text:   "TERMINAL DISRUPTED\n\nA cyberattack has disrupted operations at Grenmar Terminals, the operator said. Loading operations resumed on Tuesday, and e-mail is working normally.",
			orgs:   []org{{Name: "Grenmar Terminals"}},
			dates:  []date{{"Tuesday", "2024-02-13"}},
			want:   []brief{{Victim: "Grenmar Terminals", Type: "cyberattack", Breach: "not_stated", Systems: []string{"Loading operations: restored", "e-mail: unaffected"}}},
			reason: "'operations at X' names the victim; an intransitive 'resumed' restores its subject",
		},
		{
			name:   "victim of",
			text:   "INSURER ATTACKED\n\nMarlow Mutual said it had been the victim of a cyber incident. Its claims portal remains down and its call centre is operating normally.",
			orgs:   []org{{Name: "Marlow Mutual"}},
			want:   []brief{{Victim: "Marlow Mutual", Type: "cyberattack", Breach: "not_stated", Systems: []string{"claims portal: unavailable", "call centre: unaffected"}}},
			reason: "'the victim of a cyber incident' reports an attack on the subject",
		},
		{
			name:   "precaution clause and denial",
			text:   "T\n\nRotterdam-based Vestra Logistics said on Thursday that it had been targeted by hackers. The firm shut down its IT systems as a precaution and its customer portal is currently offline. A spokesman said: \"Our warehouses continue to operate as normal.\" The company is working with cybersecurity firm Fenwick Labs. Customer data was not accessed, the company said.",
			orgs:   []org{{Name: "Vestra Logistics"}, {Name: "Fenwick Labs"}},
			dates:  []date{{"Thursday", "2024-01-04"}},
			want:   []brief{{Victim: "Vestra Logistics", Type: "cyberattack", Date: "2024-01-04", Breach: "denied", Responders: []string{"Fenwick Labs"}, Systems: []string{"customer portal: unavailable", "warehouses: unaffected"}}},
			reason: "'IT systems' is generic; a phrase after 'as a' is no conjunct of the subject; data is not a system; 'data was not accessed' denies a breach",
		},
		{
			name:   "unknown breach",
			text:   "T\n\nThe Port of Sines switched to manual operations after a ransomware attack on Monday encrypted servers at its container terminal. The LockBit gang claimed responsibility. It is not yet known whether any data was stolen. The port's vessel traffic system was not affected, but its cargo community platform remains down.",
			orgs:   []org{{Name: "Port of Sines"}, {Name: "LockBit"}},
			dates:  []date{{"Monday", "2024-01-08"}},
			want:   []brief{{Victim: "Port of Sines", Type: "ransomware", Date: "2024-01-08", Breach: "not_stated", Attackers: []string{"LockBit"}, Systems: []string{"vessel traffic system: unaffected", "cargo community platform: unavailable"}}},
			reason: "'not yet known whether any data was stolen' states nothing; a gang named with 'gang' is an attacker",
		},
		{
			name:   "malware family before its kind",
			text:   "T\n\nNorsk Aluminium was hit by LockerGoga ransomware on 18 March. Its extrusion plants are running at reduced capacity. Microsoft's incident response team is helping the company.",
			orgs:   []org{{Name: "Norsk Aluminium"}, {Name: "Microsoft"}},
			dates:  []date{{"18 March", "2019-03-18"}},
			want:   []brief{{Victim: "Norsk Aluminium", Type: "ransomware", Date: "2019-03-18", Breach: "not_stated", Attackers: []string{"LockerGoga"}, Responders: []string{"Microsoft"}, Systems: []string{"extrusion plants: degraded"}}},
			reason: "a coined name before 'ransomware' is a malware family; 'X's incident response team is helping' makes X a responder",
		},
		{
			name:   "exercise",
			text:   "T\n\nThe Port of Kemi took part in a drill simulating a ransomware attack on its terminal operating system. Harbour Re sells insurance against a cyberattack on port systems.",
			orgs:   []org{{Name: "Port of Kemi"}, {Name: "Harbour Re"}},
			want:   []brief{},
			reason: "a simulated attack, or one insured against, did not happen",
		},
		{
			name:   "plain statement of theft",
			text:   "T\n\nDP World Australia has disconnected its systems from the internet after detecting a cybersecurity incident on Friday night. The company said landside freight movements had been suspended while it investigated. DP World Australia later said that data including employee records had been accessed.",
			orgs:   []org{{Name: "DP World Australia"}},
			dates:  []date{{"Friday night", "2023-11-10"}},
			want:   []brief{{Victim: "DP World Australia", Type: "cyberattack", Date: "2023-11-10", Breach: "confirmed", Systems: []string{"landside freight movements: suspended"}}},
			reason: "a 'cybersecurity incident' is an attack; the victim stating that data had been accessed confirms a breach; records are data, not a system",
		},
		{
			name:   "coordinated responders",
			text:   "T\n\nThe Port of Lisbon Administration (APL) was targeted by a cyberattack on Christmas Day that took its website offline. The LockBit ransomware gang later claimed the attack and threatened to publish stolen data. APL said port operations had not been affected and that it was working with the National Cybersecurity Centre (CNCS) and the Judicial Police to restore its systems.",
			orgs:   []org{{Name: "Port of Lisbon Administration", Aliases: []string{"APL"}}, {Name: "LockBit"}, {Name: "National Cybersecurity Centre", Aliases: []string{"CNCS"}}, {Name: "Judicial Police"}},
			dates:  []date{{"Christmas Day", "2022-12-25"}},
			want:   []brief{{Victim: "Port of Lisbon Administration", Type: "ransomware", Date: "2022-12-25", Breach: "suspected", Attackers: []string{"LockBit"}, Responders: []string{"National Cybersecurity Centre", "Judicial Police"}, Systems: []string{"website: unavailable", "port operations: unaffected"}}},
			reason: "'working with X and Y' makes both responders; a gang threatening to publish stolen data is a claim",
		},
		{
			name:   "investigator is no victim",
			text:   "T\n\nColonial Pipeline shut down its fuel distribution pipeline on Friday after a ransomware attack by the DarkSide group, which halted all pipeline operations. Mandiant, a unit of FireEye, is investigating the attack. By Wednesday evening, the company had restarted pipeline operations.",
			orgs:   []org{{Name: "Colonial Pipeline"}, {Name: "DarkSide"}, {Name: "Mandiant"}, {Name: "FireEye"}},
			dates:  []date{{"Friday", "2021-05-07"}},
			want:   []brief{{Victim: "Colonial Pipeline", Type: "ransomware", Date: "2021-05-07", Breach: "not_stated", Attackers: []string{"DarkSide"}, Responders: []string{"Mandiant", "FireEye"}, Systems: []string{"fuel distribution pipeline: suspended", "pipeline operations: restored"}}},
			reason: "'an attack by the X group' names an attacker; the subject of 'is investigating the attack' helps, it is not attacked; 'restarted' restores",
		},
		{
			name:   "reported data breach",
			text:   "T\n\nFenmoor Crewing reported a data breach affecting 900 seafarers on Wednesday. Its payroll service is fully operational again.",
			orgs:   []org{{Name: "Fenmoor Crewing"}},
			dates:  []date{{"Wednesday", "2025-03-05"}},
			want:   []brief{{Victim: "Fenmoor Crewing", Type: "data-breach", Date: "2025-03-05", Breach: "confirmed", Systems: []string{"payroll service: restored"}}},
			reason: "a victim reporting 'a data breach' confirms it; with no outage it is a data breach; 'operational again' is restored",
		},
		{
			name:   "ransomware family named after 'by'",
			text:   "T\n\nTern Island Ferries was hit by Akira ransomware on Saturday, which encrypted its ticketing servers. The ferry timetable was not affected.",
			orgs:   []org{{Name: "Tern Island Ferries"}},
			dates:  []date{{"Saturday", "2025-06-07"}},
			want:   []brief{{Victim: "Tern Island Ferries", Type: "ransomware", Date: "2025-06-07", Breach: "not_stated", Attackers: []string{"Akira"}, Systems: []string{"ticketing servers: unavailable", "ferry timetable: unaffected"}}},
			reason: "a capitalised word between 'hit by' and 'ransomware' is a malware family; encrypted servers are unavailable",
		},
		{
			name:   "attackers as subject",
			text:   "T\n\nCalloway Marine said on Thursday that hackers had encrypted its fleet management servers. No customer data was affected, it said.",
			orgs:   []org{{Name: "Calloway Marine"}},
			dates:  []date{{"Thursday", "2025-10-02"}},
			want:   []brief{{Victim: "Calloway Marine", Type: "ransomware", Date: "2025-10-02", Breach: "denied", Systems: []string{"fleet management servers: unavailable"}}},
			reason: "an active attack verb with attackers as subject reports an attack on the sentence's subject; 'no customer data was affected' denies a breach",
		},
		{
			name:   "victim named in the headline only",
			text:   "Breakwater Stevedores hit by cyberattack\n\nThe company said its vessel planning tool was taken offline on Monday. Customer data may have been compromised, it added.",
			orgs:   []org{{Name: "Breakwater Stevedores"}},
			dates:  []date{{"Monday", "2025-11-03"}},
			want:   []brief{{Victim: "Breakwater Stevedores", Type: "cyberattack", Date: "2025-11-03", Breach: "suspected", Systems: []string{"vessel planning tool: suspended"}}},
			reason: "when the body names no victim the headline may; the body then reports on it",
		},
		{
			name:  "relative pronoun and attack at",
			text:  "T\n\nHarrow Dock Services, which was hit by a ransomware attack on Sunday, said its crane scheduling system remained offline. A second attack at Linden Quay on Monday slowed its gate system.",
			orgs:  []org{{Name: "Harrow Dock Services"}, {Name: "Linden Quay"}},
			dates: []date{{"Sunday", "2025-01-05"}, {"Monday", "2025-01-06"}},
			want: []brief{
				{Victim: "Harrow Dock Services", Type: "ransomware", Date: "2025-01-05", Breach: "not_stated", Systems: []string{"crane scheduling system: unavailable"}},
				{Victim: "Linden Quay", Type: "cyberattack", Date: "2025-01-06", Breach: "not_stated", Systems: []string{"gate system: degraded"}},
			},
			reason: "'X, which was hit by' makes X the victim; 'an attack at X' names X",
		},
		{
			name:   "own systems down in an attack story",
			text:   "T\n\nMalware planted in a software update by intruders spread to several terminals. Wexford Container Terminal disconnected its yard system as a precaution and is operating at reduced capacity.",
			orgs:   []org{{Name: "Wexford Container Terminal"}},
			want:   []brief{{Victim: "Wexford Container Terminal", Type: "malware", Breach: "not_stated", Systems: []string{"yard system: suspended"}}},
			reason: "an organisation taking its own system down in a story about an attack is hit by it",
		},
		{
			name:   "victim by its restored system",
			text:   "T\n\nThe Port of Tallinn's website was knocked offline on Monday by a distributed denial-of-service attack claimed by the hacktivist group NoName057. The Port of Tallinn said its public website was restored within three hours and that cargo operations and passenger ferries were not affected. Estonia's cyber security agency RIA said it had helped the Port of Tallinn to filter the traffic.",
			orgs:   []org{{Name: "Port of Tallinn"}, {Name: "NoName057"}, {Name: "RIA"}},
			dates:  []date{{"Monday", "2025-03-03"}},
			want:   []brief{{Victim: "Port of Tallinn", Type: "ddos", Date: "2025-03-03", Breach: "not_stated", Attackers: []string{"NoName057"}, Responders: []string{"RIA"}, Systems: []string{"public website: restored", "cargo operations: unaffected", "passenger ferries: unaffected"}}},
			reason: "an organisation whose own system came back in a story about an attack was hit; every subject of a coordination keeps the status",
		},
	}
	b := New()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := caseInput(tc.text, tc.orgs, tc.dates)
			got := briefs(b.Build(in))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Build mismatch (-want +got) (%s):\n%s", tc.reason, diff)
			}
		})
	}
}

func TestBuildEmpty(t *testing.T) {
	b := New()
	if got := b.Build(Input{}); got == nil || len(got) != 0 {
		t.Errorf("Build(Input{}) = %#v, want an empty non-nil slice", got)
	}
}

// TestBuildWithoutHeadline runs Build on a text whose first sentence is
// body, so that cues and phrases sit at the very first word.
func TestBuildWithoutHeadline(t *testing.T) {
	text := "Crane systems at Halden Port were disrupted. Halden Port was hit by ransomware."
	in := caseInput(text, []org{{Name: "Halden Port"}}, nil)
	in.Doc = annotate.New(text, annotate.Layout{})
	got := briefs(New().Build(in))
	want := []brief{{Victim: "Halden Port", Type: "ransomware", Breach: "not_stated", Systems: []string{"Crane systems: degraded"}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Build mismatch (-want +got):\n%s", diff)
	}
}
