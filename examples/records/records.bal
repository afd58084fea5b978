import ballerina/io;

// Records and maps: a small inventory, grouped and totalled.

type Item record {|
    string name;
    string category;
    int quantity;
    float price;
    string note?;
|};

function total(Item[] items) returns float {
    float sum = 0.0;
    foreach Item item in items {
        sum += <float>item.quantity * item.price;
    }
    return sum;
}

public function main() {
    Item[] stock = [
        {name: "pen", category: "office", quantity: 10, price: 1.5},
        {name: "paper", category: "office", quantity: 3, price: 4.25, note: "A4"},
        {name: "apple", category: "food", quantity: 12, price: 0.5},
        {name: "coffee", category: "food", quantity: 1, price: 7.0}
    ];

    map<int> countByCategory = {};
    foreach Item item in stock {
        int current = countByCategory[item.category] ?: 0;
        countByCategory[item.category] = current + item.quantity;
    }
    io:println("per category: ", countByCategory);
    io:println("categories: ", countByCategory.keys());
    io:println("has toys: ", countByCategory.hasKey("toys"));

    io:println("first item: ", stock[0]);
    io:println("with a note: ", stock[1]);
    string? note = stock[1]?.note;
    io:println("note of paper: ", note ?: "none");

    stock[2].quantity -= 2;
    io:println("apples left: ", stock[2].quantity);
    io:println("stock value: ", total(stock));

    Item copy = stock[0].clone();
    copy.quantity = 99;
    io:println("original unchanged: ", stock[0].quantity, ", copy ", copy.quantity);
    io:println("equal records: ", stock[0] == stock[0].clone(), " ", stock[0] == copy);
}
