import ballerina/io;

function main() {
    int x = 1 + ;                         // ERROR "unexpected ';', expected expression"
    int y = 2
    io:println(x, y);                     // ERROR "unexpected identifier 'io', expected ';'"
    if x > 1 {
        x = );                            // ERROR "unexpected '\)', expected expression"
    }
    foo(1, 2;                             // ERROR "unexpected ';', expected '\)'"
    int[] a = [1, 2;                      // ERROR "unexpected ';', expected '\]'"
    x = a[0] + * 3;                       // ERROR "unexpected '\*', expected expression"
    while { }                             // ERROR "unexpected '{', expected expression"
    foreach int i 0 ..< 3 { }             // ERROR "unexpected int literal, expected 'in'"
    match x {
        1 { }                             // ERROR "unexpected '{', expected '=>'"
        _ => { }
    }
    x = a<-1;                             // ERROR "unexpected '<-', expected ';'"
    return x y;                           // ERROR "unexpected identifier 'y', expected ';'"
}

function f(int a int b) returns int {     // ERROR "unexpected keyword 'int', expected '\)'"
    return a;
}

function g() returns {                    // ERROR "unexpected '{', expected type"
}

type T record {
    int a
    string b;                             // ERROR "unexpected keyword 'string', expected ';'"
};

const = 5;                                // ERROR "unexpected '=', expected identifier"

import ballerina/http;                    // ERROR "imports must appear before other declarations"

} function h() {}                         // ERROR "unexpected '}', expected declaration"

int z = 5 // ERROR "unexpected end of file, expected ';'"