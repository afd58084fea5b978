package rt

// Must returns v as a T, or panics with v when it is an *Error: for values
// whose creation failing ends the program (a listener that cannot listen).
func Must[T any](v any) T {
	if e, ok := v.(*Error); ok {
		panic(PanicValue(e))
	}
	return v.(T)
}

// AsMap returns v as a *Map[T], or nil for (): for optional map arguments.
func AsMap[T any](v any) *Map[T] {
	if v == nil {
		return nil
	}
	return v.(*Map[T])
}
