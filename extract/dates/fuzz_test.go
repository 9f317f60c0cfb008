package dates_test

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/clipper-news/clipper/extract/dates"
	"github.com/clipper-news/clipper/model"
)

// valueForm is every form a Value may take.
var valueForm = regexp.MustCompile(`^(\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?)?$`)

func FuzzFind(f *testing.F) {
	stories, _ := filepath.Glob(filepath.Join(storyDir, "*.txt"))
	for _, p := range stories {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b), int64(0))
		}
	}
	for _, s := range []string{
		"on Wednesday 30 September", "12-14 June", "30 June - 2 July 2021", "2020-09-30T14:20:00Z",
		"30/09/2020", "+39.010.2462122", "the 3rd of May 2021", "two days earlier", "mid-", "Oct.",
		"2019-20", "between 2010 and", "at the", "\xff\xfe 12\n\nMay", "Sat 3 Oct.", "12 and",
	} {
		f.Add(s, int64(1))
	}
	fd := dates.New()
	f.Fuzz(func(t *testing.T, text string, day int64) {
		ref := dates.Reference{Time: time.Date(2020, 10, 2, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(day%40000)), Precision: model.PrecisionDay}
		if day%4 == 1 {
			ref.Precision = model.PrecisionMonth
		} else if day%4 == 2 {
			ref.Precision = ""
		}
		found, _ := fd.Find(text, ref)
		runes := []rune(text)
		last := 0
		for _, d := range found {
			if d.Start < last || d.Start >= d.End || d.End > len(runes) {
				t.Fatalf("bad span [%d,%d) after %d in %d runes: %+v", d.Start, d.End, last, len(runes), d)
			}
			// Invalid UTF-8 becomes U+FFFD in []rune, so the text can
			// only be compared when the input is valid; the span is
			// checked either way.
			if got := string(runes[d.Start:d.End]); got != d.Text && utf8.ValidString(text) {
				t.Fatalf("span [%d,%d) is %q, Text is %q", d.Start, d.End, got, d.Text)
			}
			if !valueForm.MatchString(d.Value) {
				t.Fatalf("bad value %q for %q", d.Value, d.Text)
			}
			last = d.End
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"ANNO XXXVIII - Numero OTTOBRE 2020", "2024-05-21T08:15:00+01:00", "1er avril 2022", "14. März 2023", "1º de maio de 2021", "2019", "31/02/2020"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := dates.ParseDate(s)
		if !ok {
			if d != (model.DateValue{}) {
				t.Fatalf("ParseDate(%q) = %+v, false", s, d)
			}
			return
		}
		if d.Value == "" || !valueForm.MatchString(d.Value) {
			t.Fatalf("ParseDate(%q): bad value %q", s, d.Value)
		}
	})
}
