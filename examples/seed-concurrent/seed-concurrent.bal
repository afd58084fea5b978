import ballerina/http;
import ballerina/io;

// Two workers that call a lookup service and a report service while they
// compute and exchange messages: Pricer looks up prices and sends the
// subtotal to Reporter, which files a report and sends its id back.
// The services are in services/services.bal; run them first, then
//   bal2go run seed-concurrent.bal -- http://localhost:29091 http://localhost:29092

type Price record {|
    string item;
    float price;
|};

type Report record {|
    string id;
    float total;
|};

public function main(string lookupUrl, string reportUrl) returns error? {
    http:Client lookup = check new (lookupUrl);
    http:Client report = check new (reportUrl);

    worker Pricer returns error? {
        Price apple = check lookup->/prices/apple;
        Price pear = check lookup->/prices/pear;
        float subtotal = apple.price * 3.0 + pear.price * 2.0;
        io:println("Pricer: subtotal ", subtotal);
        subtotal -> Reporter;
        string id = check <- Reporter;
        io:println("Pricer: filed as ", id);
    }

    worker Reporter returns error? {
        float subtotal = check <- Pricer;
        float total = subtotal * 1.1;
        Report filed = check report->/reports.post({id: "order-1", total: total});
        io:println("Reporter: stored ", filed);
        filed.id -> Pricer;
    }

    check wait Pricer;
    check wait Reporter;
    Report[] all = check report->/reports;
    io:println("main: ", all.length(), " report(s) on file");
}
