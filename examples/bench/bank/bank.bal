import ballerina/io;

// An isolated object hammered by four isolated strands: each deposits 250,000 times, every
// deposit under the object's lock.

isolated class Bank {
    private int balance = 0;
    private int deposits = 0;

    isolated function deposit(int amount) {
        lock {
            self.balance += amount;
            self.deposits += 1;
        }
    }

    isolated function report() returns string {
        lock {
            return "deposits: " + self.deposits.toString() + ", balance: " + self.balance.toString();
        }
    }
}

isolated function work(Bank bank, int n) returns int {
    foreach int i in 0 ..< n {
        bank.deposit(i % 7);
    }
    return n;
}

public function main() {
    final Bank bank = new;
    future<int>[] workers = [];
    foreach int w in 0 ..< 4 {
        workers.push(start work(bank, 250000));
    }
    int done = 0;
    foreach future<int> f in workers {
        done += checkpanic wait f;
    }
    io:println("done: ", done, ", ", bank.report());
}
