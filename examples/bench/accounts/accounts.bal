import ballerina/io;

// Four isolated strands, each hammering an isolated object of its own: 250,000 deposits
// each, every deposit under its object's lock. The objects share no state, so their locks
// need not serialize each other (bank does the same work on one shared object).

isolated class Account {
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

isolated function work(Account account, int n) returns int {
    foreach int i in 0 ..< n {
        account.deposit(i % 7);
    }
    return n;
}

public function main() {
    Account[] accounts = [];
    future<int>[] workers = [];
    foreach int w in 0 ..< 4 {
        Account account = new;
        accounts.push(account);
        workers.push(start work(account, 250000));
    }
    int done = 0;
    foreach future<int> f in workers {
        done += checkpanic wait f;
    }
    io:println("done: ", done);
    foreach Account account in accounts {
        io:println(account.report());
    }
}
