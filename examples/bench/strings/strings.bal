import ballerina/io;

// String building: templates, concatenation, join and length.

public function main() {
    int total = 0;
    int checksum = 0;
    foreach int round in 0 ..< 2000 {
        string[] parts = [];
        foreach int i in 0 ..< 1000 {
            parts.push(string `item-${i}:${i * round}`);
        }
        string line = string:'join(",", ...parts);
        total += line.length();
        string s = "";
        foreach int i in 0 ..< 100 {
            s += "ab" + i.toString();
        }
        checksum += s.length() + (line.indexOf("item-500") ?: -1);
    }
    io:println("total length: ", total, ", checksum: ", checksum);
}
