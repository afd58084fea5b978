import ballerina/io;

// Tables: a million rows put into a table keyed by an int field, then each read
// back by its key.

type Row record {|
    readonly int id;
    int payload;
|};

public function main() {
    table<Row> key(id) rows = table [];
    foreach int i in 0 ..< 1000000 {
        rows.put({id: i * 7, payload: i % 1000});
    }
    int sum = 0;
    foreach int i in 0 ..< 1000000 {
        sum += rows.get(i * 7).payload;
    }
    io:println("rows: ", rows.length(), ", sum: ", sum);
}
