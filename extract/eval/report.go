package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
)

// WriteText writes the scores as the reference scorer prints them: a line per
// field with precision, recall, F1 and counts, a line per accuracy field,
// and a last line with the overall F1.
func (s *Scores) WriteText(w io.Writer) error {
	var b strings.Builder
	for _, k := range PRFFields() {
		c := s.PRF[k]
		fmt.Fprintf(&b, "%-16s P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)\n", k, c.P(), c.R(), c.F1(), c.TP, c.FP, c.FN)
	}
	for _, k := range AccuracyFields() {
		a := s.Accuracy[k]
		acc := "nan"
		if v, ok := a.Acc(); ok {
			acc = fmt.Sprintf("%.3f", v)
		}
		fmt.Fprintf(&b, "%-16s acc %s (n %d)\n", k, acc, a.N)
	}
	fmt.Fprintf(&b, "overall F1 %.3f over %d articles\n", s.OverallF1, s.Articles)
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("eval: write scores: %w", err)
	}
	return nil
}

// WriteDetails writes a table of each article's F1 per field of
// [OverallFields] and its overall F1, worst article first, so that a
// developer sees where points are lost. Scores without PerArticle write
// nothing.
func (s *Scores) WriteDetails(w io.Writer) error {
	if len(s.PerArticle) == 0 {
		return nil
	}
	names := sortedKeys(s.PerArticle)
	sort.SliceStable(names, func(i, j int) bool {
		return s.PerArticle[names[i]].OverallF1 < s.PerArticle[names[j]].OverallF1
	})
	width := len("article")
	for _, n := range names {
		width = max(width, len(n))
	}
	fields := OverallFields()
	var b strings.Builder
	fmt.Fprintf(&b, "%-*s %7s", width, "article", "overall")
	for _, k := range fields {
		fmt.Fprintf(&b, " %*s", max(len(k), 5), k)
	}
	b.WriteString("\n")
	for _, n := range names {
		a := s.PerArticle[n]
		fmt.Fprintf(&b, "%-*s %7.3f", width, n, a.OverallF1)
		for _, k := range fields {
			fmt.Fprintf(&b, " %*.3f", max(len(k), 5), a.PRF[k].F1())
		}
		b.WriteString("\n")
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("eval: write details: %w", err)
	}
	return nil
}

// MarshalJSON encodes the scores in the shape of the reference scorer's
// --json output: an object with {"p", "r", "f1", "tp", "fp", "fn"} for each
// field of [PRFFields], {"acc", "n"} for each field of [AccuracyFields]
// ("acc" is null when n is 0), "overall_f1" and "articles", in that order.
// PerArticle and Unmatched are not encoded.
func (s *Scores) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("{")
	sep := func() {
		if b.Len() > 1 {
			b.WriteString(",")
		}
	}
	num := func(x float64) error {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return fmt.Errorf("eval: marshal scores: %v is not a JSON number", x)
		}
		v, _ := json.Marshal(x) // cannot fail for a finite number
		b.Write(v)
		return nil
	}
	for _, k := range PRFFields() {
		c := s.PRF[k]
		sep()
		fmt.Fprintf(&b, "%q:{\"p\":", k)
		if err := num(c.P()); err != nil {
			return nil, err
		}
		b.WriteString(`,"r":`)
		if err := num(c.R()); err != nil {
			return nil, err
		}
		b.WriteString(`,"f1":`)
		if err := num(c.F1()); err != nil {
			return nil, err
		}
		fmt.Fprintf(&b, `,"tp":%d,"fp":%d,"fn":%d}`, c.TP, c.FP, c.FN)
	}
	for _, k := range AccuracyFields() {
		a := s.Accuracy[k]
		sep()
		fmt.Fprintf(&b, "%q:{\"acc\":", k)
		if v, ok := a.Acc(); ok {
			if err := num(v); err != nil {
				return nil, err
			}
		} else {
			b.WriteString("null")
		}
		fmt.Fprintf(&b, `,"n":%d}`, a.N)
	}
	sep()
	fmt.Fprintf(&b, "%q:", fieldOverallF1)
	if err := num(s.OverallF1); err != nil {
		return nil, err
	}
	fmt.Fprintf(&b, ",%q:%d}", fieldArticles, s.Articles)
	return b.Bytes(), nil
}
