import ballerina/io;

type Person record {|
    string name;
    int age;
    string email?;
|};

type Color "red"|"green";

const LIMIT = 10;

function takesInt(int x) returns int => x;

function twoArgs(int a, int b = 2) returns int => a + b;

public function main() {
    int a = "text"; // ERROR "incompatible types: expected 'int', found 'string'"
    string s = 5; // ERROR "incompatible types: expected 'string', found 'int'"
    float f = 5;
    float g = 1.5 * 2;
    int? maybe = ();
    int|error r = 5;
    Color c = "red";
    Color d = "blue"; // ERROR "incompatible types: expected 'Color', found 'string'"
    Person p = {name: "a", age: 1};
    Person q = {name: "a"}; // ERROR "missing non-defaultable required record field 'age'"
    Person w = {name: "a", age: 1, height: 2}; // ERROR "undefined field 'height' in record 'Person'"
    io:println(p.height); // ERROR "undefined field 'height' in record 'Person'"
    io:println(undefinedName); // ERROR "undefined symbol 'undefinedName'"
    io:println(nosuch(1)); // ERROR "undefined function 'nosuch'"
    _ = takesInt(1, 2); // ERROR "too many arguments in call to 'takesInt\(\)'"
    _ = twoArgs(); // ERROR "missing required parameter 'a' in call to 'twoArgs'\(\)"
    _ = twoArgs(1, b = 3);
    int x = 1 + 2.5; // ERROR "incompatible types: expected 'int', found 'float'"
    int y = LIMIT;
    LIMIT = 3; // ERROR "cannot update constant value"
    final int z = 1;
    z = 2; // ERROR "cannot assign a value to final 'z'"
    if a { // ERROR "incompatible types: expected 'boolean', found 'int'"
    }
    io:println(s, f, g, maybe, r, c, d, q, w, x, y);
    int[] arr = [1, 2, 3];
    arr.push("x"); // ERROR "incompatible types: expected 'int', found 'string'"
    string t = arr.nosuch(); // ERROR "undefined function 'nosuch' in type 'int\[\]'"
    takesInt(1); // ERROR "variable assignment is required"
    io:println(t);
    int k = 1; 
    int k = 2; // ERROR "redeclared symbol 'k'"
}

function missing(int x) returns int {
    if x > 0 {
        return 1;
    }
} // ERROR "this function must return a result"

function unreachable() returns int {
    return 1;
    io:println("never"); // ERROR "unreachable code"
}

function narrowing(int|string v, int? o) returns int {
    if v is int {
        int n = v;
        return n + (o ?: 0);
    }
    string str = v;
    if o is () {
        return str.length();
    }
    return o;
}

function checks(string s) returns int|error {
    int v = check int:fromString(s);
    int w = check 5; // WARNING "invalid usage of the 'check' expression operator: no expression type is equivalent to error type"
    return v + w;
}

function noErrorReturn(string s) returns int {
    int v = check int:fromString(s); // ERROR "invalid usage of the 'check' expression operator"
    return v;
}

function definiteAssignment(boolean b) returns int {
    int x;
    int y;
    if b {
        x = 1;
        y = 1;
    } else {
        x = 2;
    }
    int z;
    io:println(z); // ERROR "variable 'z' is not initialized"
    io:println(z + 1); // ERROR "variable 'z' is not initialized"
    return x + y; // ERROR "variable 'y' may not have been initialized"
}
