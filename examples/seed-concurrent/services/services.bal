import ballerina/http;

// The lookup service (prices) and the report service of the
// seed-concurrent example.

type Price record {|
    string item;
    float price;
|};

type Report record {|
    string id;
    float total;
|};

final map<float> prices = {apple: 1.5, pear: 2.25};

map<Report> reports = {};

service / on new http:Listener(29091) {
    resource function get prices/[string item]() returns Price|error {
        float? price = prices[item];
        if price is () {
            return error("unknown item " + item);
        }
        return {item, price};
    }
}

service / on new http:Listener(29092) {
    resource function post reports(Report r) returns Report {
        lock {
            reports[r.id] = r;
        }
        return r;
    }

    resource function get reports() returns Report[] {
        lock {
            return reports.toArray();
        }
    }
}
