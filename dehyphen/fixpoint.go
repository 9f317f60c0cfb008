package dehyphen

import (
	"sort"
)

// composeRepairs folds the repairs second, made on the output of first
// (whose input is text), into one list from text to out2: a second-pass
// repair absorbs every first-pass repair it overlaps, and the others shift.
func composeRepairs(text string, first []Repair, out2 string, second []Repair) []Repair {
	in := []rune(text)
	o2 := []rune(out2)
	// toRaw maps a position of the first output that lies outside every
	// first-pass repair back to the input.
	toRaw := func(pos int) int {
		shift := 0
		for _, r := range first {
			if r.End <= pos {
				shift += (r.End - r.Start) - (r.RawEnd - r.RawStart)
			}
		}
		return pos - shift
	}
	absorbed := make([]bool, len(first))
	var out []Repair
	for _, r2 := range second {
		a, b := r2.RawStart, r2.RawEnd // span in the first output
		reason := r2.Reason
		for i, r1 := range first {
			if r1.Start < b && a < r1.End {
				absorbed[i] = true
				if r1.Start < a {
					a = r1.Start
				}
				if r1.End > b {
					b = r1.End
				}
				reason = r1.Reason
			}
		}
		start := r2.Start - (r2.RawStart - a)
		end := r2.End + (b - r2.RawEnd)
		rawA, rawB := toRaw(a), toRaw(b)
		out = append(out, Repair{
			Original: string(in[rawA:rawB]), Repaired: string(o2[start:end]),
			RawStart: rawA, RawEnd: rawB, Start: start, End: end, Reason: reason,
		})
	}
	for i, r1 := range first {
		if absorbed[i] {
			continue
		}
		shift := 0
		for _, r2 := range second {
			if r2.RawEnd <= r1.Start {
				shift += (r2.End - r2.Start) - (r2.RawEnd - r2.RawStart)
			}
		}
		r1.Start += shift
		r1.End += shift
		out = append(out, r1)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}
