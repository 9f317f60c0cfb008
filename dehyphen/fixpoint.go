package dehyphen

// composeRepairs folds the repairs second, made on the output of first (whose input is
// text), into one list from text to out2. first and second are each in order and do not
// overlap; a first-pass repair and the second-pass repairs that overlap it, directly or
// through one another, become one repair, and the others shift. It runs in one sweep over
// both lists.
func composeRepairs(text string, first []Repair, out2 string, second []Repair) []Repair {
	in := []rune(text)
	o2 := []rune(out2)
	// Positions below are in the first pass's output ("mid"): first[i].Start/End and
	// second[j].RawStart/RawEnd. d1 turns a mid position that lies outside every
	// first-pass repair into an input position (pos - d1), d2 into an output one
	// (pos + d2), counting the repairs that end at or before it.
	var out []Repair
	i, j := 0, 0
	d1, d2 := 0, 0
	for i < len(first) || j < len(second) {
		// the group starts at the earlier of the next repairs
		var a int
		if j >= len(second) || i < len(first) && first[i].Start <= second[j].RawStart {
			a = first[i].Start
		} else {
			a = second[j].RawStart
		}
		rawA, outA := a-d1, a+d2
		b := a
		reason := ""
		r2s := 0
		for {
			switch {
			case i < len(first) && first[i].Start < max(b, a+1):
				r := first[i]
				b = max(b, r.End)
				d1 += (r.End - r.Start) - (r.RawEnd - r.RawStart)
				if reason == "" {
					reason = r.Reason
				}
				i++
				continue
			case j < len(second) && second[j].RawStart < max(b, a+1):
				r := second[j]
				b = max(b, r.RawEnd)
				d2 += (r.End - r.Start) - (r.RawEnd - r.RawStart)
				if r2s == 0 && reason == "" {
					reason = r.Reason
				}
				r2s++
				j++
				continue
			}
			break
		}
		out = append(out, Repair{
			Original: string(in[rawA : b-d1]), Repaired: string(o2[outA : b+d2]),
			RawStart: rawA, RawEnd: b - d1, Start: outA, End: b + d2, Reason: reason,
		})
	}
	return out
}
