import ballerina/http;
import ballerina/io;

// HTTP fan-out from one group: in each round main starts 100 strands in its own
// group, each calling an endpoint (which answers after a millisecond); a call
// suspends only its own strand, so the calls overlap. The benchmark passes the
// server's URL as the argument.

function fetch(http:Client c, int i) returns int|error {
    string body = check c->get("/item/" + i.toString());
    return body.length();
}

public function main(string url) returns error? {
    http:Client c = check new (url);
    int total = 0;
    foreach int round in 0 ..< 100 {
        future<int|error>[] calls = [];
        foreach int i in 0 ..< 100 {
            calls.push(start fetch(c, i));
        }
        foreach future<int|error> f in calls {
            total += check wait f;
        }
    }
    io:println("bytes: ", total);
}
