package incidents

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestVictimPhrasings checks that common ways of reporting an attack name
// the victim and the type.
func TestVictimPhrasings(t *testing.T) {
	tests := []struct {
		text, want, reason string
	}{
		{"Acme Shipping is recovering from a cyberattack that disrupted its booking systems.", "Acme Shipping/cyberattack", "subject of a sentence reporting an attack"},
		{"Acme Shipping has fallen victim to a ransomware attack.", "Acme Shipping/ransomware", "'fallen victim to'"},
		{"A cyberattack on Acme Shipping's systems forced the company to suspend bookings.", "Acme Shipping/cyberattack", "'an attack on X's systems'"},
		{"Acme Shipping's website was hacked on Monday.", "Acme Shipping/cyberattack", "the owner of a hacked system"},
		{"Acme Shipping is investigating a cyber incident that has affected some of its IT systems.", "Acme Shipping/cyberattack", "a victim investigating its own incident stays the victim"},
		{"Hackers have stolen data from Acme Shipping.", "Acme Shipping/cyberattack", "attackers as subject, the victim after 'from'"},
		{"Ransomware has crippled Acme Shipping's operations in Asia.", "Acme Shipping/ransomware", "bare malware as subject of an attack verb"},
		{"Acme Shipping said it had been the target of a sophisticated cyberattack.", "Acme Shipping/cyberattack", "'the target of'"},
		{"Acme Shipping was forced to shut down its systems after hackers gained access to its network.", "Acme Shipping/cyberattack", "'hackers gained access'"},
		{"Acme Shipping, the Danish carrier, said a cyber attack had hit its IT systems.", "Acme Shipping/cyberattack", "an apposition before the verb"},
		{"The LockBit gang has claimed responsibility for an attack on Acme Shipping.", "Acme Shipping/cyberattack", "the gang is the attacker, 'attack on X' the victim"},
		{"Acme Shipping said it was dealing with an IT security incident.", "Acme Shipping/cyberattack", "'an IT security incident'"},
		{"Acme Shipping detected unauthorised access to its network on Friday.", "Acme Shipping/cyberattack", "'unauthorised access' detected"},
		{"Acme Shipping has suffered a data breach.", "Acme Shipping/data-breach", "a breach with no attack word"},
		{"Acme Shipping reported a ransomware infection at its Hamburg office.", "Acme Shipping/ransomware", "'a ransomware infection'"},
		{"Acme Shipping said attacks on shipping companies are rising.", "", "attacks in general"},
		{"LockBit said on its leak site that it had hit Acme Shipping.", "Acme Shipping/cyberattack", "the object of the gang's attack verb, not the speaker"},
		{"The insurer Kelpie Re said the ransomware attack on Acme Shipping would cost it millions.", "Acme Shipping/ransomware", "a subject that reports an attack on another organisation is no victim"},
		{"If hackers hit Acme Shipping, its terminals would stop.", "", "a hypothetical attack"},
	}
	b := New()
	for _, tc := range tests {
		in := caseInput("T\n\n"+tc.text, []org{{Name: "Acme Shipping"}, {Name: "LockBit"}, {Name: "Kelpie Re"}}, nil)
		got := ""
		for _, inc := range b.Build(in) {
			got += inc.Victim.Name + "/" + inc.Type
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("victim of %q mismatch (-want +got) (%s):\n%s", tc.text, tc.reason, diff)
		}
	}
}

// TestBreachAndDatePhrasings checks the data breach state and the date
// that common phrasings give.
func TestBreachAndDatePhrasings(t *testing.T) {
	dates := []date{{"Monday", "2025-03-03"}, {"Friday", "2025-03-07"}, {"earlier this week", "2025-03-03/2025-03-09"},
		{"4 March", "2025-03-04"}, {"2 March", "2025-03-02"}, {"last month", "2025-02"}}
	tests := []struct {
		text, want, reason string
	}{
		{"Acme Shipping was hit by a cyberattack on Monday. The company said there was no evidence that customer data had been accessed.", "2025-03-03 denied", "'no evidence that ... data'"},
		{"Acme Shipping was hit by a cyberattack on Monday. The company said it was investigating whether any data had been taken.", "2025-03-03 not_stated", "'whether any data' is open"},
		{"Acme Shipping was hit by a cyberattack on Monday. Personal data of employees was stolen, the company said.", "2025-03-03 confirmed", "a plain statement of theft"},
		{"Acme Shipping was hit by a cyberattack on Monday. The attackers claim to have stolen 200GB of data.", "2025-03-03 suspected", "an attackers' claim"},
		{"Acme Shipping was hit by a cyberattack on Monday. The company has not found any sign of data exfiltration.", "2025-03-03 denied", "'not found any sign'"},
		{"Acme Shipping was hit by a cyberattack on Monday. It said some customer data may have been exposed.", "2025-03-03 suspected", "'may have been exposed'"},
		{"Acme Shipping was hit by a cyberattack on Monday. The company said no personal data was compromised.", "2025-03-03 denied", "'no personal data was compromised'"},
		{"Acme Shipping said on Friday that a cyberattack earlier this week had disrupted its systems.", "2025-03-03/2025-03-09 not_stated", "the report date gives way to the attack's"},
		{"Acme Shipping said on Friday that it had been hit by a cyberattack.", "2025-03-07 not_stated", "a report date when nothing else dates the attack"},
		{"The attack on Acme Shipping, which began on 2 March, was discovered on 4 March.", "2025-03-02 not_stated", "the start, not the discovery"},
		{"Acme Shipping first noticed the intrusion last month.", "2025-02 not_stated", "first detection"},
	}
	b := New()
	for _, tc := range tests {
		in := caseInput("T\n\n"+tc.text, []org{{Name: "Acme Shipping"}}, dates)
		got := ""
		for _, inc := range b.Build(in) {
			d := "null"
			if inc.Date != nil {
				d = inc.Date.Value
			}
			got += d + " " + inc.DataBreach
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("date and breach of %q mismatch (-want +got) (%s):\n%s", tc.text, tc.reason, diff)
		}
	}
}
