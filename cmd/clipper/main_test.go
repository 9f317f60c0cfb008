package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// buildClipper builds the command into a temporary folder.
func buildClipper(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	if runtime.GOOS == "windows" {
		t.Skip("signals")
	}
	bin := filepath.Join(t.TempDir(), "clipper")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// archive writes n small articles into a new folder.
func archive(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	for i := range n {
		text := fmt.Sprintf("PORT NEWS %d\n\nHarbour Operator %d said on Monday that its booking portal was unavailable after a cyberattack.\n", i, i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%05d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// waitForLines waits until path holds at least n lines.
func waitForLines(t *testing.T, path string, n int) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		if data, err := os.ReadFile(path); err == nil && strings.Count(string(data), "\n") >= n {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("%s never reached %d lines", path, n)
}

// TestInterrupt sends SIGINT (and SIGTERM) to a running batch: clipper
// must stop, keep every finished record, in order, in FILE.partial, and
// exit 130 (143).
func TestInterrupt(t *testing.T) {
	bin := buildClipper(t)
	dir := archive(t, 3000)
	for _, tc := range []struct {
		sig  syscall.Signal
		code int
	}{{syscall.SIGINT, 130}, {syscall.SIGTERM, 143}} {
		t.Run(tc.sig.String(), func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out.jsonl")
			cmd := exec.Command(bin, "extract", "-j", "2", "-o", out, dir)
			var stderr strings.Builder
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			waitForLines(t, out+".partial", 50)
			if err := cmd.Process.Signal(tc.sig); err != nil {
				t.Fatal(err)
			}
			err := cmd.Wait()
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.ExitCode() != tc.code {
				t.Fatalf("exit = %v, want code %d; stderr:\n%s", err, tc.code, stderr.String())
			}
			if _, err := os.Stat(out); !os.IsNotExist(err) {
				t.Errorf("%s exists: an interrupted run must not look finished", out)
			}
			if !strings.Contains(stderr.String(), "--resume") {
				t.Errorf("stderr should say how to resume, got:\n%s", stderr.String())
			}
			f, err := os.Open(out + ".partial")
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			sc := bufio.NewScanner(f)
			sc.Buffer(nil, 1<<24)
			i := 0
			for sc.Scan() {
				var rec struct {
					Source struct{ Name string }
					Error  string
				}
				if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
					t.Fatalf("line %d is not a whole record: %v", i+1, err)
				}
				if want := filepath.Join(dir, fmt.Sprintf("a%05d.txt", i)); rec.Source.Name != want || rec.Error != "" {
					t.Fatalf("line %d is %s (error %q), want a record of %s", i+1, rec.Source.Name, rec.Error, want)
				}
				i++
			}
			if i < 50 || i >= 3000 {
				t.Errorf("%d records kept, want the ones finished before the signal", i)
			}
		})
	}
}

// TestSecondSignalExitsAtOnce: a second SIGINT does not wait for the
// workers.
func TestSecondSignalExitsAtOnce(t *testing.T) {
	bin := buildClipper(t)
	dir := archive(t, 3000)
	out := filepath.Join(t.TempDir(), "out.jsonl")
	cmd := exec.Command(bin, "extract", "-j", "1", "-o", out, dir)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	waitForLines(t, out+".partial", 10)
	cmd.Process.Signal(syscall.SIGINT)
	cmd.Process.Signal(syscall.SIGINT)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != 130 {
			t.Errorf("exit = %v, want code 130", err)
		}
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatal("clipper did not exit after a second SIGINT")
	}
}
