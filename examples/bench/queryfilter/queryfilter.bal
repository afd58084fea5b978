import ballerina/io;

// Query filter: from … where … select over a million records, five times,
// and a query that selects a computed field.

type Reading record {|
    int id;
    int sensor;
    float value;
|};

public function main() {
    Reading[] readings = [];
    foreach int i in 0 ..< 1000000 {
        readings.push({id: i, sensor: i % 100, value: <float>(i % 1000) / 10.0});
    }
    int hot = 0;
    foreach int round in 0 ..< 5 {
        Reading[] selected = from var r in readings
            where r.value > 50.0 && r.sensor != round
            select r;
        hot += selected.length();
    }
    float[] doubled = from var r in readings where r.sensor == 7 select r.value * 2.0;
    io:println("hot: ", hot, ", doubled: ", doubled.length(), ", first: ", doubled[0]);
}
