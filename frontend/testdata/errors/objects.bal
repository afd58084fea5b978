// Malformed members of object types, classes and object constructors: each
// is reported once, and the members after it still parse.

type T1 object {
    function f() {                        // ERROR "unexpected '{', expected ';'"
        int x = 1;
    }
    function g() returns int;
};

type T2 object {
    int a = 1;                            // ERROR "field initialization not allowed in object type"
    function h() => 2;                    // ERROR "unexpected '=>', expected ';'"
    public string b;
};

class C1 {
    int x
    string y;                             // ERROR "unexpected keyword 'string', expected ';'"
    function f();                         // ERROR "unexpected ';', expected '{'"
    function g() {}
}

class {                                   // ERROR "unexpected '{', expected identifier"
    int z = 0;
}

type T3 object int q;                     // ERROR "unexpected keyword 'int', expected '{'"

function main() {
    var o = object {
        *T1;                              // ERROR "type inclusions are not allowed in object constructor"
        int n = 0;
    };
    var p = object {
        function m() {
            int k = ;                     // ERROR "unexpected ';', expected expression"
        }
        int after = 1;
    };
    var q = object {
        remote function r() returns int => 1
    };                                    // ERROR "unexpected '}', expected ';'"
}

class C3 {
    function unfinished() {               // ERROR "unexpected end of file, expected '}'"