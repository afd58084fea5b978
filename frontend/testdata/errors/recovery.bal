import ballerina/io;

+ + +                                              // ERROR "unexpected '\+', expected declaration"

function f() returns int;                          // ERROR "unexpected ';', expected '{'"

function g(int a, ) {                              // ERROR "unexpected '\)', expected type"
    io:println(a);
}

function h() {
    if a { b = } else { c = 1; }                   // ERROR "unexpected '}', expected expression"
    io:println(1 2 3);                             // ERROR "unexpected int literal, expected '\)'"
    int x = (1 + 2;                                // ERROR "unexpected ';', expected '\)'"
    x = [1, 2}];                                   // ERROR "unexpected '}', expected '\]'"
    x = {a: 1, b};
    x = {1: 2};                                    // ERROR "unexpected int literal, expected field name"
    y = f(a = , b);                                // ERROR "unexpected ',', expected expression"
    io:println("the next functions still parse");
}

type T record {
    int a;
    int;                                           // ERROR "unexpected ';', expected identifier"
    string b;
};

function k() returns int {
    return 1
}                                                  // ERROR "unexpected '}', expected ';'"

const int C = ;                                    // ERROR "unexpected ';', expected expression"

listener l = ;                                     // ERROR "unexpected ';', expected expression"

service on {                                       // ERROR "unexpected '{', expected expression"
}

function last() {
    int z = 1; // ERROR "unexpected end of file, expected '}'"