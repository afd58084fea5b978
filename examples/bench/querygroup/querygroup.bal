import ballerina/io;

// Query group by: a million sales grouped by region, each group's amounts
// summed.

type Sale record {|
    string region;
    int amount;
|};

public function main() {
    string[] regions = [];
    foreach int i in 0 ..< 50 {
        regions.push("region" + i.toString());
    }
    Sale[] sales = [];
    foreach int i in 0 ..< 1000000 {
        sales.push({region: regions[(i * 7) % 50], amount: i % 1000});
    }
    int checksum = 0;
    foreach int round in 0 ..< 10 {
        [string, int][] totals = from var {region, amount} in sales
            where amount >= round
            group by region
            select [region, sum(amount)];
        foreach var [region, total] in totals {
            checksum += total * region.length();
        }
    }
    io:println("checksum: ", checksum);
}
