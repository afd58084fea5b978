import ballerina/io;

// Maps: counting keys in a map<int>, then reading every member back.

public function main() {
    string[] keys = [];
    foreach int i in 0 ..< 1000 {
        keys.push("key" + i.toString());
    }
    map<int> counts = {};
    foreach int i in 0 ..< 15000000 {
        string k = keys[(i * 7) % 1000];
        int? c = counts[k];
        counts[k] = c is () ? 1 : c + 1;
    }
    int sum = 0;
    foreach string k in counts.keys() {
        sum += counts.get(k) * k.length();
    }
    io:println("keys: ", counts.length(), ", sum: ", sum);
}
