package batch

import (
	"fmt"
	"testing"
)

// TestShardsPartition checks that for several N the shards 1..N together
// hold every source exactly once.
func TestShardsPartition(t *testing.T) {
	var sources []Source
	for i := range 5000 {
		rel := fmt.Sprintf("y%d/m%02d/article-%05d.txt", 2000+i%20, i%12, i)
		sources = append(sources, Source{Name: "/mnt/archive/" + rel, Rel: rel})
	}
	for _, n := range []int{1, 2, 3, 7, 16} {
		seen := make(map[string]int)
		for k := 1; k <= n; k++ {
			part := Shard{K: k, N: n}.Select(sources)
			if n > 1 && (len(part) < len(sources)/n/2 || len(part) > 2*len(sources)/n) {
				t.Errorf("N=%d: shard %d holds %d of %d sources: badly balanced", n, k, len(part), len(sources))
			}
			for _, s := range part {
				seen[s.Name]++
			}
		}
		for _, s := range sources {
			if seen[s.Name] != 1 {
				t.Fatalf("N=%d: %s is in %d shards, want exactly 1", n, s.Name, seen[s.Name])
			}
		}
	}
}

func TestShardIgnoresMountPoint(t *testing.T) {
	a := Source{Name: "/mnt/a/x/1.txt", Rel: "x/1.txt"}
	b := Source{Name: "/data/x/1.txt", Rel: "x/1.txt"}
	for k := 1; k <= 5; k++ {
		s := Shard{K: k, N: 5}
		if s.Holds(a) != s.Holds(b) {
			t.Errorf("shard %d/5 disagrees on the same file under two mount points", k)
		}
	}
}

func TestParseShard(t *testing.T) {
	for _, bad := range []string{"", "1", "0/3", "4/3", "a/b", "1/0", "-1/2"} {
		if _, err := ParseShard(bad); err == nil {
			t.Errorf("ParseShard(%q) succeeded, want an error", bad)
		}
	}
	if s, err := ParseShard("2/8"); err != nil || s != (Shard{K: 2, N: 8}) {
		t.Errorf("ParseShard(2/8) = %v, %v", s, err)
	}
}
