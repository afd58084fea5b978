// Binding patterns that do not parse.
function f() {
    [a + 1, b] = x;                    // ERROR "invalid binding pattern"
    {a: 1} = x;                        // ERROR "invalid binding pattern"
    {...m, a} = x;                     // ERROR "invalid binding pattern"
    [a, ...b.c] = x;                   // ERROR "invalid binding pattern"
    var [a, 1] = x;                    // ERROR "unexpected int literal, expected binding pattern"
    error(m, c, d) = e;                // ERROR "too many arguments in an error pattern"
    match x {
        [...r] => { }                  // ERROR "unexpected identifier 'r', expected 'var'"
        {a} => { }                     // ERROR "unexpected '}', expected ':'"
        error(code = 1, var m) => { }  // ERROR "positional argument not allowed after named arguments"
        error(var m, var c, var d) => { } // ERROR "too many arguments in an error pattern"
        _ => { }
    }
}
