function main() {
    future<int> f = start 5;                       // ERROR "'start' must be followed by a function or method call"
    future<int> f2 = start (g());                  // ERROR "'start' must be followed by a function or method call"
    wait;                                          // ERROR "unexpected ';', expected expression"
    int v = <- 5;                                  // ERROR "unexpected int literal, expected worker name"
    fork {
        int x = 1;                                 // ERROR "unexpected keyword 'int', expected 'worker'"
        worker a { }
    }
    worker { }                                     // ERROR "unexpected '{', expected identifier"
    x -> ;                                         // ERROR "unexpected '->', expected ';'"
    () a = 5 -> w;                                 // ERROR "async send action not yet supported as expression"
    foo(1, (x + 1) -> function);                   // ERROR "async send action not yet supported as expression"
    x -> w = 1;                                    // ERROR "unexpected '=', expected ';'"
    flush 5;                                       // ERROR "unexpected int literal, expected ';'"
    var r = wait {a: };                            // ERROR "unexpected '}', expected expression"
    lock x = 1;                                    // ERROR "unexpected identifier 'x', expected '{'"
    @strand {thread: "any"} int y = 1;             // ERROR "annotations are ignored here"
    var m = <- {a: 1};                             // ERROR "unexpected int literal, expected identifier"
    worker w returns { }                           // ERROR "unexpected '{', expected type"
    int ok = <- w;
}
