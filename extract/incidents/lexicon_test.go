package incidents

import (
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"strconv"
	"strings"
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

// TestStatusHead checks that statusHead holds every word that can open a
// case of statusAt's phrase switch: the alternatives of each case's first
// has(...) word and every word compared with w. statusAt skips the switch
// for a word outside the set, so a word missing here would lose its cue.
func TestStatusHead(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "systems.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var sw *ast.SwitchStmt
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == "statusAt" {
			for _, st := range fd.Body.List {
				if s, ok := st.(*ast.SwitchStmt); ok && s.Tag == nil && sw == nil {
					sw = s
				}
			}
		}
	}
	if sw == nil {
		t.Fatal("systems.go: no switch without a tag in statusAt")
	}
	lx := newLexicon()
	checked := 0
	for ci, st := range sw.Body.List {
		cc := st.(*ast.CaseClause)
		if ci == 0 {
			continue // the guard on statusHead itself
		}
		for _, e := range cc.List {
			var heads []string
			ast.Inspect(e, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.CallExpr:
					if id, ok := n.Fun.(*ast.Ident); ok && id.Name == "has" && len(n.Args) > 0 {
						if lit, ok := n.Args[0].(*ast.BasicLit); ok {
							s, _ := strconv.Unquote(lit.Value)
							heads = append(heads, strings.Split(s, "|")...)
						}
					}
				case *ast.BinaryExpr:
					if id, ok := n.X.(*ast.Ident); ok && id.Name == "w" && n.Op == token.EQL {
						if lit, ok := n.Y.(*ast.BasicLit); ok {
							s, _ := strconv.Unquote(lit.Value)
							heads = append(heads, s)
						}
					}
				}
				return true
			})
			if len(heads) == 0 {
				t.Errorf("%s: a case of statusAt's switch opens with no has(...) or w == ...: statusHead cannot cover it", fset.Position(e.Pos()))
			}
			for _, h := range heads {
				checked++
				if !lx.statusHead.has(h) {
					t.Errorf("%s: %q opens a case of statusAt's switch but is not in statusHead", fset.Position(e.Pos()), h)
				}
			}
		}
	}
	if checked < 50 {
		t.Errorf("checked %d words, want the switch's (more than 50)", checked)
	}
}

// TestVocabTable checks the open-addressing table against the vocabulary
// map it is built from, for every word of the vocabulary and for words
// outside it.
func TestVocabTable(t *testing.T) {
	lx := newLexicon()
	if len(lx.vocab) < 500 {
		t.Fatalf("vocabulary of %d words, want the lexicon's (more than 500)", len(lx.vocab))
	}
	for w, id := range lx.vocab {
		if got := lx.table.get(w); got != id {
			t.Errorf("get(%q) = %d, want %d", w, got, id)
		}
	}
	for _, w := range []string{"", "Attack", "attacks!", "zzz", "ransomwares", "the ", "\u00e9t\u00e9", "a|b"} {
		if got, want := lx.table.get(w), lx.vocab[w]; got != want {
			t.Errorf("get(%q) = %d, want %d", w, got, want)
		}
	}
}
