package dehyphen_test

import (
	"fmt"

	"github.com/clipper-news/clipper/dehyphen"
)

func ExampleRepairer_Repair() {
	r, err := dehyphen.New()
	if err != nil {
		panic(err)
	}
	text := "The cybe-rattack hit its IT sy-stems and web-\nbased services; risk manage-\nment stayed in-house."
	out, repairs := r.Repair(text)
	fmt.Println(out)
	for _, rp := range repairs {
		fmt.Printf("%q -> %q (%s) at %d-%d\n", rp.Original, rp.Repaired, rp.Reason, rp.RawStart, rp.RawEnd)
	}
	// Output:
	// The cyberattack hit its IT systems and web-based services; risk management stayed in-house.
	// "cybe-rattack" -> "cyberattack" (lexicon) at 4-16
	// "sy-stems" -> "systems" (lexicon) at 28-36
	// "web-\nbased" -> "web-based" (line-break) at 41-51
	// "manage-\nment" -> "management" (lexicon) at 67-79
}
