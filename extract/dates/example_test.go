package dates_test

import (
	"fmt"
	"time"

	"github.com/clipper-news/clipper/extract/dates"
	"github.com/clipper-news/clipper/model"
)

func ExampleFinder_Find() {
	text := "It said its web-based services became unavailable on Wednesday 30 September. " +
		"Since yesterday, service has been restored. CMA CGM was hit at the weekend."
	ref := dates.Reference{Time: time.Date(2020, 10, 2, 0, 0, 0, 0, time.UTC), Precision: model.PrecisionDay}
	found, warnings := dates.New().Find(text, ref)
	for _, d := range found {
		fmt.Printf("%q %s %s [%d,%d)\n", d.Text, d.Value, d.Precision, d.Start, d.End)
	}
	fmt.Println(len(warnings), "warnings")
	// Output:
	// "Wednesday 30 September" 2020-09-30 day [53,75)
	// "yesterday" 2020-10-01 day [83,92)
	// "at the weekend" 2020-09-26/2020-09-27 weekend [137,151)
	// 0 warnings
}

func ExampleFinder_Find_monthReference() {
	// An issue dated only "OTTOBRE 2020": a weekday and date still resolve,
	// "yesterday" cannot.
	ref := dates.Reference{Time: time.Date(2020, 10, 1, 0, 0, 0, 0, time.UTC), Precision: model.PrecisionMonth}
	found, warnings := dates.New().Find("It went offline on Wednesday 30 September and was restored yesterday.", ref)
	for _, d := range found {
		fmt.Printf("%q %q\n", d.Text, d.Value)
	}
	fmt.Println(warnings)
	// Output:
	// "Wednesday 30 September" "2020-09-30"
	// "yesterday" ""
	// [publication date known only to the month; relative days and weeks unresolved]
}

func ExampleParseDate() {
	for _, s := range []string{"ANNO XXXVIII - Numero OTTOBRE 2020", "2024-05-21T08:15:00+01:00", "14 de noviembre de 2023"} {
		d, ok := dates.ParseDate(s)
		fmt.Println(d.Text, "|", d.Value, d.Precision, ok)
	}
	// Output:
	// OTTOBRE 2020 | 2020-10 month true
	// 2024-05-21T08:15:00+01:00 | 2024-05-21 day true
	// 14 de noviembre de 2023 | 2023-11-14 day true
}
