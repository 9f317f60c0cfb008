//go:build race

package layout

// raceEnabled scales down the large hostile inputs, which the race detector
// slows tenfold.
const raceEnabled = true
