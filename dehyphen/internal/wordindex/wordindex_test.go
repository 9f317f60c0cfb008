package wordindex

import (
	"errors"
	"slices"
	"testing"
)

const list = "a\t1\nab\t2\nabc\t3\nb\t1\nzebra\t4\n"

func TestBuildFindsEveryWord(t *testing.T) {
	slots, n := Build(list)
	if n != 5 || len(slots) != Size(5) {
		t.Fatalf("Build: %d words in %d slots, want 5 in %d", n, len(slots), Size(5))
	}
	for _, w := range []string{"a", "ab", "abc", "b", "zebra"} {
		found := false
		mask := uint64(len(slots) - 1)
		for h := Hash(w) & mask; slots[h] != 0; h = (h + 1) & mask {
			off := int(slots[h]) - 1
			if off+len(w) < len(list) && list[off:off+len(w)] == w && list[off+len(w)] == '\t' {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("%q not found through its hash", w)
		}
	}
}

func TestEncodeDecode(t *testing.T) {
	slots, n := Build(list)
	got, gotN, err := Decode(string(Encode(slots)), list)
	if err != nil || gotN != n || !slices.Equal(got, slots) {
		t.Fatalf("Decode(Encode(Build)) = %v, %d, %v; want %v, %d", got, gotN, err, slots, n)
	}
	for _, tc := range []struct{ reason, enc, data string }{
		{"an index for another list", string(Encode(slots)), list + "zz\t1\nzzz\t2\nzzzz\t3\n"},
		{"an empty index", "", list},
		{"an offset past the list", string(Encode([]uint32{1000, 0, 0, 0, 0, 0, 0, 0})), list},
	} {
		if _, _, err := Decode(tc.enc, tc.data); !errors.Is(err, ErrMismatch) {
			t.Errorf("%s: Decode error %v, want ErrMismatch", tc.reason, err)
		}
	}
}
