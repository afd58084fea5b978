import ballerina/io;

// Invoice totals with decimal: a million prices, each taxed and rounded to cents.

public function main() {
    decimal price = 0;
    decimal total = 0;
    decimal taxRate = 1.075;
    foreach int i in 0 ..< 1000000 {
        price += 0.01;
        total += (price * taxRate).round(2);
    }
    io:println("total: ", total);
}
