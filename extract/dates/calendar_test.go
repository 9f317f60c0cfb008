package dates

import (
	"testing"
	"time"
)

// TestCivil checks day arithmetic against package time over four centuries
// around the dates news carries, leap years included.
func TestCivil(t *testing.T) {
	start := time.Date(1800, 1, 1, 0, 0, 0, 0, time.UTC)
	for n := 0; n < 146097*2; n += 7 {
		tm := start.AddDate(0, 0, n)
		c := civilOf(tm.Year(), int(tm.Month()), tm.Day())
		if want := civil(tm.Unix() / 86400); c != want {
			t.Fatalf("civilOf(%s) = %d, want %d", tm.Format(time.DateOnly), c, want)
		}
		if y, m, d := c.ymd(); y != tm.Year() || m != int(tm.Month()) || d != tm.Day() {
			t.Fatalf("ymd(%d) = %d-%d-%d, want %s", c, y, m, d, tm.Format(time.DateOnly))
		}
		if c.weekday() != tm.Weekday() {
			t.Fatalf("weekday(%s) = %s, want %s", tm.Format(time.DateOnly), c.weekday(), tm.Weekday())
		}
		if mon := c.monday(); mon.weekday() != time.Monday || c-mon < 0 || c-mon > 6 {
			t.Fatalf("monday(%s) = %s", tm.Format(time.DateOnly), fmtDay(mon))
		}
	}
}

func TestMonthIndex(t *testing.T) {
	for i := -30; i < 30000; i++ {
		y, m := fromMonthIndex(i)
		if m < 1 || m > 12 || monthIndex(y, m) != i {
			t.Fatalf("fromMonthIndex(%d) = %d-%d", i, y, m)
		}
	}
}

func TestFormat(t *testing.T) {
	c := civilOf(2020, 9, 26)
	for _, tc := range []struct{ got, want string }{
		{fmtDay(c), "2020-09-26"},
		{fmtDays(c, c+1), "2020-09-26/2020-09-27"},
		{fmtMonth(2020, 9), "2020-09"},
		{fmtMonths(2021, 3, 2021, 5), "2021-03/2021-05"},
		{fmtYear(987), "0987"},
		{fmtYears(2019, 2020), "2019/2020"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}
