package dates

import (
	"strconv"
	"time"
)

// civil is a calendar day counted from 1970-01-01 (day 0) in the proleptic
// Gregorian calendar. Arithmetic on it is plain integer arithmetic.
type civil int

// civilOf returns the day y-m-d. Out-of-range months and days are not
// normalised; callers check them with [daysIn] first.
func civilOf(y, m, d int) civil {
	// Howard Hinnant's days_from_civil.
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return civil(era*146097 + doe - 719468)
}

// ymd returns the year, month and day of c.
func (c civil) ymd() (y, m, d int) {
	z := int(c) + 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	y = yoe + era*400
	if m <= 2 {
		y++
	}
	return y, m, d
}

// weekday returns the day of the week of c.
func (c civil) weekday() time.Weekday {
	w := (int(c) + 4) % 7 // 1970-01-01 was a Thursday
	if w < 0 {
		w += 7
	}
	return time.Weekday(w)
}

// monday returns the Monday of the Monday-Sunday week that contains c.
func (c civil) monday() civil {
	return c - civil((int(c.weekday())+6)%7)
}

// daysIn returns the number of days in month m of year y.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// validDay reports whether y-m-d names a real day.
func validDay(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

// monthIndex counts months from year 0, so that month arithmetic is integer
// arithmetic: monthIndex(y, m) + 1 is the next month.
func monthIndex(y, m int) int { return y*12 + m - 1 }

// fromMonthIndex is the inverse of monthIndex.
func fromMonthIndex(i int) (y, m int) {
	y = i / 12
	m = i%12 + 1
	if i < 0 && i%12 != 0 {
		y--
		m = i - y*12 + 1
	}
	return y, m
}

// Value formatting. Each returns a new string in the forms of
// [model.DateValue.Value].

func appendPad(b []byte, n, width int) []byte {
	var tmp [12]byte
	s := strconv.AppendInt(tmp[:0], int64(n), 10)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

func appendDay(b []byte, c civil) []byte {
	y, m, d := c.ymd()
	b = appendPad(b, y, 4)
	b = append(b, '-')
	b = appendPad(b, m, 2)
	b = append(b, '-')
	return appendPad(b, d, 2)
}

func appendMonth(b []byte, y, m int) []byte {
	b = appendPad(b, y, 4)
	b = append(b, '-')
	return appendPad(b, m, 2)
}

func fmtDay(c civil) string { return string(appendDay(make([]byte, 0, 10), c)) }

func fmtDays(a, b civil) string {
	buf := make([]byte, 0, 21)
	buf = appendDay(buf, a)
	buf = append(buf, '/')
	return string(appendDay(buf, b))
}

func fmtMonth(y, m int) string { return string(appendMonth(make([]byte, 0, 7), y, m)) }

func fmtMonths(y1, m1, y2, m2 int) string {
	buf := make([]byte, 0, 15)
	buf = appendMonth(buf, y1, m1)
	buf = append(buf, '/')
	return string(appendMonth(buf, y2, m2))
}

func fmtYear(y int) string { return string(appendPad(make([]byte, 0, 4), y, 4)) }

func fmtYears(a, b int) string {
	buf := make([]byte, 0, 9)
	buf = appendPad(buf, a, 4)
	buf = append(buf, '/')
	return string(appendPad(buf, b, 4))
}
