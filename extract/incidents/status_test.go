package incidents

import (
	"path/filepath"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestStatusCues checks the status each cue gives the system it names.
func TestStatusCues(t *testing.T) {
	tests := []struct {
		clause string
		want   []string
		reason string
	}{
		{"Its website became unavailable.", []string{"website: unavailable"}, "'became unavailable'"},
		{"Its website went down.", []string{"website: unavailable"}, "'went down'"},
		{"Its website is offline.", []string{"website: unavailable"}, "copula + 'offline'"},
		{"Its website was not available.", []string{"website: unavailable"}, "negated 'available'"},
		{"The attack took down its booking portal.", []string{"booking portal: unavailable"}, "'took down' + object"},
		{"The attack knocked its booking portal offline.", []string{"booking portal: unavailable"}, "'knocked X offline'"},
		{"It took its booking portal offline as a precaution.", []string{"booking portal: suspended"}, "'as a precaution' makes taking offline a suspension"},
		{"It shut down its payroll system.", []string{"payroll system: suspended"}, "'shut down' is deliberate"},
		{"It suspended the EDI links.", []string{"EDI links: suspended"}, "active 'suspended'"},
		{"The EDI links have been suspended.", []string{"EDI links: suspended"}, "passive 'suspended'"},
		{"It suspended access to its e-booking systems.", []string{"e-booking systems: suspended"}, "'suspended access to X'"},
		{"Berth planning remained degraded.", []string{"Berth planning: degraded"}, "'remained degraded'"},
		{"The attack slowed the cargo system.", []string{"cargo system: degraded"}, "active 'slowed'"},
		{"Its portal is subject to delays.", []string{"portal: degraded"}, "'subject to delays'"},
		{"Gate automation was working only intermittently.", []string{"Gate automation: degraded"}, "'working only intermittently'"},
		{"The back-offices are gradually being reconnected.", []string{"back-offices: degraded"}, "'gradually being reconnected' is partial"},
		{"E-mail was restored on Friday.", []string{"E-mail: restored"}, "passive 'restored'"},
		{"Service has been restored to the register; the portal; and the app.", []string{"register: restored", "portal: restored", "app: restored"}, "'restored to' a coordination"},
		{"The portal is back up and running.", []string{"portal: restored"}, "'back up and running'"},
		{"The platform was brought back into service.", []string{"platform: restored"}, "'brought back into service'"},
		{"Crane operations continued throughout.", []string{"Crane operations: unaffected"}, "'continued throughout'"},
		{"Its email systems continued to function.", []string{"email systems: unaffected"}, "'continued to function'"},
		{"Sailings were not affected.", []string{"Sailings: unaffected"}, "negated 'affected'"},
		{"At no stage was the booking portal affected.", []string{"booking portal: unaffected"}, "inverted negation"},
		{"Check-in worked normally.", []string{"Check-in: unaffected"}, "'worked normally'"},
		{"Intruders accessed a customer database.", []string{"customer database: compromised"}, "active 'accessed'"},
		{"Files had been taken from its crew database.", []string{"crew database: compromised"}, "'taken from X'"},
		{"Its crew portal remains closed.", []string{"crew portal: suspended"}, "'remains closed'"},
		{"Its crew portal is fully operational again.", []string{"crew portal: restored"}, "'operational again' is back after an outage"},
		{"All sailings were running to schedule.", []string{"sailings: unaffected"}, "'running to schedule'"},
		{"Check-in is being handled manually.", []string{"Check-in: degraded"}, "a manual fallback is degraded"},
		{"Vessel planning is running more slowly than usual.", []string{"Vessel planning: degraded"}, "'running more slowly'"},
		{"The attackers encrypted servers running the gate appointment system.", []string{"gate appointment system: unavailable"}, "the system on encrypted servers"},
		{"The attack has not affected its cargo operations.", []string{"cargo operations: unaffected"}, "an attack that did not affect its object"},
		{"Staff were unable to access the booking system.", []string{"booking system: unavailable"}, "'unable to access'"},
		{"Operations at the terminal were halted.", []string{"Operations at the terminal: suspended"}, "a generic head named by its place"},
		{"The company shut its container terminals.", []string{"container terminals: suspended"}, "'shut' + object"},
		{"The company has been unable to process bookings.", []string{"bookings: unavailable"}, "'unable to process'"},
		{"The attack forced the closure of the Maasvlakte terminal.", []string{"Maasvlakte terminal: suspended"}, "'the closure of X'"},
		{"Its customer portal would be offline for several days.", []string{"customer portal: unavailable"}, "a state under 'would be'"},
		{"Its customer portal would be offline if the attack spread.", nil, "a state under a condition"},
		{"It said service will be restored to the portal.", nil, "a future change is no status"},
		{"It is working to restore its portal.", nil, "an intention is no status"},
		{"It shut down its IT systems.", nil, "'IT systems' is generic"},
	}
	b := New()
	for _, tc := range tests {
		t.Run(tc.clause, func(t *testing.T) {
			in := caseInput("T\n\n"+tc.clause, nil, nil)
			v := newView(in, b.lx)
			b.markStatus(v)
			var got []string
			for _, s := range v.sents {
				if !s.body {
					continue
				}
				for _, h := range b.systemsIn(v, s, nil) {
					got = append(got, string(in.Doc.Runes[v.span(&v.words[h.a]).Start:v.span(&v.words[h.b-1]).End])+": "+h.status)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("systems of %q mismatch (-want +got) (%s):\n%s", tc.clause, tc.reason, diff)
			}
		})
	}
}

// TestConcurrentBuild runs one Builder from several goroutines (run with
// -race).
func TestConcurrentBuild(t *testing.T) {
	b := New()
	in := caseInput("T\n\nThe Port of Halden was hit by a ransomware attack. Its booking portal went down.", []org{{Name: "Port of Halden"}}, nil)
	want := briefs(b.Build(in))
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if diff := cmp.Diff(want, briefs(b.Build(in))); diff != "" {
				errs <- diff
			}
		}()
	}
	wg.Wait()
	close(errs)
	for d := range errs {
		t.Errorf("concurrent Build mismatch (-want +got):\n%s", d)
	}
}

// TestStatusCuesMarkedOnce checks that the status cues markStatus records
// are the ones statusAt finds, word by word, over the development stories
// and the hard cases.
func TestStatusCuesMarkedOnce(t *testing.T) {
	b := New()
	type found struct {
		Status   string
		N, Form  int
		OK       bool
		Sentence int
	}
	cues := 0
	for _, dir := range []string{"../../testdata/incidents/stories", "../../testdata/incidents/cases"} {
		goldDir := "../../testdata/gold"
		if dir == "../../testdata/incidents/cases" {
			goldDir = dir
		}
		for _, st := range readStories(t, dir) {
			in := goldInput(st.text, st.standfirst, readGold(t, filepath.Join(goldDir, st.name+".gold.json")))
			v := newView(in, b.lx)
			var want []found
			for si, s := range v.sents {
				for i := s.a; i < s.b; i++ {
					status, n, form, ok := b.statusAt(v, s, i)
					want = append(want, found{status, n, form, ok, si})
					if ok {
						cues++
					}
				}
			}
			b.markStatus(v)
			var got []found
			for si, s := range v.sents {
				for i := s.a; i < s.b; i++ {
					status, n, form, ok := b.statusCueAt(v, s, i)
					got = append(got, found{status, n, form, ok, si})
				}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s: status cues mismatch (-want +got):\n%s", st.name, diff)
			}
		}
	}
	if cues < 100 {
		t.Errorf("found %d status cues in the stories, want at least 100", cues)
	}
}
