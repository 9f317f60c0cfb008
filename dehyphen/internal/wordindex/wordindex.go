// Package wordindex builds the hash table through which package dehyphen looks words up
// in its word list, words.txt ("word<TAB>level" a line). The table is derived from the
// list alone; it is generated into dehyphen/data/words.idx (see ./gen) so that a program
// decodes it instead of hashing 286,000 words at start-up.
package wordindex

import (
	"encoding/binary"
	"errors"
	"strings"
)

// Size returns the number of slots of the table for a list of n words: the least power of
// two that is at least 1.5 n.
func Size(n int) int {
	size := 1
	for size < n+n/2 {
		size <<= 1
	}
	return size
}

// Hash is the 64-bit FNV-1a hash of w.
func Hash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h
}

// Build returns the table of data and how many words it lists: for the hash of each word,
// 1 + the byte offset of its line, or 0 for a free slot; a word's slot is the first free
// one from its hash on (linear probing). A line is "word<TAB>level" with a one-digit level.
func Build(data string) (slots []uint32, words int) {
	slots = make([]uint32, Size(strings.Count(data, "\n")))
	mask := uint64(len(slots) - 1)
	for off := 0; off < len(data); {
		end := strings.IndexByte(data[off:], '\n')
		if end < 0 {
			end = len(data) - off
		}
		// the word ends two bytes before the line does
		if end >= 3 {
			h := Hash(data[off:off+end-2]) & mask
			for slots[h] != 0 {
				h = (h + 1) & mask
			}
			slots[h] = uint32(off) + 1
			words++
		}
		off += end + 1
	}
	return slots, words
}

// Encode writes the table as little-endian 32-bit numbers.
func Encode(slots []uint32) []byte {
	b := make([]byte, 4*len(slots))
	for i, s := range slots {
		binary.LittleEndian.PutUint32(b[4*i:], s)
	}
	return b
}

// ErrMismatch is returned by Decode when an encoded table does not fit its word list.
var ErrMismatch = errors.New("wordindex: the index does not fit the word list")

// Decode reads a table written by Encode for the word list data, checking that its size
// is the one Build gives for data and that every used slot points into data (a lookup
// compares the word it finds there, so a stale table gives wrong answers, never a crash;
// dehyphen's tests check that the generated table is the one Build makes).
func Decode(enc, data string) (slots []uint32, words int, err error) {
	n := Size(strings.Count(data, "\n"))
	if len(enc) != 4*n {
		return nil, 0, ErrMismatch
	}
	slots = make([]uint32, n)
	limit := uint32(len(data))
	for i := range slots {
		j := 4 * i
		s := uint32(enc[j]) | uint32(enc[j+1])<<8 | uint32(enc[j+2])<<16 | uint32(enc[j+3])<<24
		if s != 0 {
			if s > limit {
				return nil, 0, ErrMismatch
			}
			words++
		}
		slots[i] = s
	}
	return slots, words, nil
}
