// Constructs the parser rejects as unsupported. Classes, object types,
// object constructors and distinct types are parsed (testdata/ok/objects.bal)
// and rejected by the checker (check/testdata/objects.bal).
import ballerina/io;

type Row record {| int id; |};
type Tbl table<Row> key(id);

function ext() returns int = external;             // ERROR "not supported by bal2go yet: external functions"

transactional function tf() { }                    // ERROR "not supported by bal2go yet: transactional functions"

service / on ep {
    int count = 0;                                 // ERROR "not supported by bal2go yet: service fields"
    resource function get .() returns int { return 1; }
}

function main() {
    var t = table [{id: 1}];
    transaction {                                  // ERROR "not supported by bal2go yet: transaction statements"
        check commit;
    } on fail var e {
        io:println(e);
    }
    retry<MyRetry> (3) {                           // ERROR "not supported by bal2go yet: retry statements"
        check f();
    }
    xml x = xml `<a/>`;                            // ERROR "not supported by bal2go yet: xml types" ERROR "not supported by bal2go yet: xml literals"
    var r = re `a+`;                               // ERROR "not supported by bal2go yet: regular expressions"
    [a.x, b] = f();                                // ERROR "not supported by bal2go yet: field and member access in destructuring assignments"
    rollback;                                      // ERROR "not supported by bal2go yet: rollback statements"
    float h = 0x1.8p3;                             // ERROR "not supported by bal2go yet: hexadecimal floating-point literals"
    json j2 = check j.ensureType(string);
    io:println("still parsing");
    int ok = 1 +;                                  // ERROR "unexpected ';', expected expression"
}
