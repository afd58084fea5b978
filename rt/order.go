package rt

import "strings"

// ordering is the result of comparing two ordered values (spec, "Relational
// expressions"): less, equal, greater, or unordered — nil against a non-nil
// value, NaN against anything, or lists with such members at the first
// difference.
type ordering int8

const (
	orderLess ordering = iota - 1
	orderEqual
	orderGreater
	orderUnordered
)

// CompareValues compares two values of an ordered type (nil, boolean, int,
// float, decimal, string, optional ones, and lists of them, lexicographically)
// with op ("<", "<=", ">" or ">="). An unordered pair makes every operator
// false: () < 1 and 1 >= () are both false, () <= () is true.
func CompareValues(x, y any, op string) bool {
	o := compareOrdered(x, y)
	switch op {
	case "<":
		return o == orderLess
	case "<=":
		return o == orderLess || o == orderEqual
	case ">":
		return o == orderGreater
	case ">=":
		return o == orderGreater || o == orderEqual
	}
	panic("rt.CompareValues: bad operator " + op)
}

func compareOrdered(x, y any) ordering {
	if x == nil || y == nil {
		if x == nil && y == nil {
			return orderEqual
		}
		return orderUnordered
	}
	switch a := x.(type) {
	case int64:
		if b, ok := y.(int64); ok {
			return orderOf(a < b, a == b)
		}
	case float64:
		if b, ok := y.(float64); ok {
			if a != a || b != b {
				return orderUnordered
			}
			return orderOf(a < b, a == b)
		}
	case Decimal:
		if b, ok := y.(Decimal); ok {
			c := DecimalCmp(a, b)
			return orderOf(c < 0, c == 0)
		}
	case string:
		if b, ok := y.(string); ok {
			c := strings.Compare(a, b)
			return orderOf(c < 0, c == 0)
		}
	case bool:
		if b, ok := y.(bool); ok {
			return orderOf(!a && b, a == b)
		}
	case listValue:
		if b, ok := y.(listValue); ok {
			n, m := a.listLen(), b.listLen()
			for i := 0; i < n && i < m; i++ {
				if o := compareOrdered(a.listElem(i), b.listElem(i)); o != orderEqual {
					return o
				}
			}
			return orderOf(n < m, n == m)
		}
	}
	return orderUnordered // the checker allows only operands of one ordered type
}

func orderOf(less, equal bool) ordering {
	switch {
	case less:
		return orderLess
	case equal:
		return orderEqual
	}
	return orderGreater
}

// CompareKeys compares two sort keys of an ordered type for a stable sort in
// the given direction (array:sort, a query's order by): -1, 0 or 1, with ()
// and NaN after every other value in both directions, as the spec's
// CompareA and CompareD order them.
func CompareKeys(a, b any, descending bool) int {
	ua, ub := unorderedKey(a), unorderedKey(b)
	switch {
	case ua && ub:
		return 0
	case ua:
		return 1
	case ub:
		return -1
	}
	c := 0
	switch compareOrdered(a, b) {
	case orderLess:
		c = -1
	case orderGreater:
		c = 1
	}
	if descending {
		c = -c
	}
	return c
}

// QueryLimit returns the value of a query's limit clause, which must not be
// negative (spec "Limit clause": a negative limit panics).
func QueryLimit(n int64) int64 {
	if n < 0 {
		Panic(NewError("limit count must be a non-negative integer, found '"+javaNumber(n)+"'", nil, nil))
	}
	return n
}
