package batch

import (
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"
)

// Shard selects one part of a batch split across machines: shard K of N
// (1 <= K <= N) holds the sources whose relative path hashes to K-1
// modulo N. Every source is in exactly one shard, whichever machine lists
// the folder and wherever it is mounted, and adding files to an archive
// does not move the others between shards.
type Shard struct {
	// K is the shard's number, from 1 to N.
	K int
	// N is the number of shards.
	N int
}

// ParseShard reads "K/N".
func ParseShard(s string) (Shard, error) {
	ks, ns, ok := strings.Cut(s, "/")
	k, err1 := strconv.Atoi(ks)
	n, err2 := strconv.Atoi(ns)
	if !ok || err1 != nil || err2 != nil || n < 1 || k < 1 || k > n {
		return Shard{}, fmt.Errorf("batch: invalid shard %q: want K/N with 1 <= K <= N", s)
	}
	return Shard{K: k, N: n}, nil
}

// Holds reports whether src belongs to the shard.
func (s Shard) Holds(src Source) bool {
	if s.N <= 1 {
		return true
	}
	h := fnv.New64a()
	h.Write([]byte(src.Rel))
	return int(h.Sum64()%uint64(s.N)) == s.K-1
}

// Select returns the sources of the shard, in order.
func (s Shard) Select(sources []Source) []Source {
	if s.N <= 1 {
		return sources
	}
	var out []Source
	for _, src := range sources {
		if s.Holds(src) {
			out = append(out, src)
		}
	}
	return out
}
