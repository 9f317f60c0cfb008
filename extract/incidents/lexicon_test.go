package incidents

import (
	"reflect"
	"testing"
	"unsafe"
)

// TestLexiconCompiled checks that newLexicon gives every set and phrase
// table of the lexicon its own bit, and that a word's bits agree with the
// sets and tables it belongs to: a set left out would make word.in always
// false.
func TestLexiconCompiled(t *testing.T) {
	lx := newLexicon()
	rv := reflect.ValueOf(lx).Elem()
	field := func(i int) any { // the lexicon's fields are unexported
		f := rv.Field(i)
		return reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Interface()
	}
	setBits, tableBits := map[uint64]string{}, map[uint32]string{}
	sets := map[string]*set{}
	for i := range rv.NumField() {
		name := rv.Type().Field(i).Name
		switch f := field(i).(type) {
		case *set:
			if f.bit == 0 || setBits[f.bit] != "" {
				t.Errorf("set %s has bit %#x, want its own (shared with %q)", name, f.bit, setBits[f.bit])
			}
			setBits[f.bit] = name
			sets[name] = f
			for w := range f.words {
				wd := word{low: w, sets: lx.setBits[lx.vocab[w]]}
				if !wd.in(f) {
					t.Errorf("word %q of set %s: in reports false", w, name)
				}
			}
		case phraseTable:
			if f.bit == 0 || tableBits[f.bit] != "" {
				t.Errorf("phrase table %s has bit %#x, want its own (shared with %q)", name, f.bit, tableBits[f.bit])
			}
			tableBits[f.bit] = name
			for _, p := range f.list {
				if lx.firstBits[lx.vocab[p[0]]]&f.bit == 0 {
					t.Errorf("phrase %q of table %s: first word lacks the table's bit", p, name)
				}
			}
		}
	}
	if len(setBits) == 0 || len(tableBits) == 0 {
		t.Fatalf("found %d sets and %d phrase tables, want some of each", len(setBits), len(tableBits))
	}
	// a word outside every set carries no bits
	for w, id := range lx.vocab {
		for bit, name := range setBits {
			member := lx.setBits[id]&bit != 0
			s := sets[name]
			if member != s.has(w) {
				t.Errorf("word %q: bit of set %s is %v, membership %v", w, name, member, s.has(w))
			}
		}
	}
}
