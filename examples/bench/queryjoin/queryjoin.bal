import ballerina/io;

// Query join: an equijoin of two lists of 100,000 records.

type Customer record {|
    int id;
    string name;
|};

type Order record {|
    int id;
    int customerId;
    int amount;
|};

type Row record {|
    string name;
    int amount;
|};

public function main() {
    Customer[] customers = [];
    foreach int i in 0 ..< 100000 {
        customers.push({id: i, name: "c" + i.toString()});
    }
    Order[] orders = [];
    foreach int i in 0 ..< 100000 {
        orders.push({id: i, customerId: (i * 7) % 100000, amount: i % 100});
    }
    int total = 0;
    int count = 0;
    foreach int round in 0 ..< 3 {
        Row[] rows = from var o in orders
            join var c in customers on o.customerId equals c.id
            where o.amount > round
            select {name: c.name, amount: o.amount};
        count += rows.length();
        foreach Row r in rows {
            total += r.amount;
        }
    }
    io:println("rows: ", count, ", total: ", total);
}
