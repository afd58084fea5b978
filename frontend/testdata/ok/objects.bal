// Classes, object types and object constructors in the shapes Ballerina by
// Example shows them (classes, object types, object constructors, isolated
// objects, client classes, resource methods, distinct object types).
import ballerina/io;
import ballerina/http;

# A counter: a private field, an init method, methods.
public class Counter {
    private int count;
    final string name = "counter";

    public function init(int initial = 0) {
        self.count = initial;
    }

    public function increment(int by = 1) returns int {
        self.count += by;
        return self.count;
    }

    function get() returns int => self.count;
}

class Config {
    string path;

    function init(string path) returns error? {
        if path == "" {
            return error("empty path");
        }
        self.path = path;
    }
};

isolated class Stack {
    private int[] items = [];

    isolated function push(int v) {
        lock {
            self.items.push(v);
        }
    }

    isolated function pop() returns int? {
        lock {
            return self.items.length() > 0 ? self.items.pop() : ();
        }
    }
}

readonly class Point {
    int x;
    int y;

    function init(int x, int y) {
        self.x = x;
        self.y = y;
    }
}

public isolated client class AlbumClient {
    private final http:Client api;
    public final string base;

    public isolated function init(string url) returns error? {
        self.api = check new (url);
        self.base = url;
    }

    remote isolated function get(string id) returns string|error {
        return self.api->get("/albums/" + id);
    }

    isolated resource function get albums/[string id]() returns string|error {
        return self->get(id);
    }

    resource function post albums(string title) returns int => 201;

    resource function get .() returns string => "root";
}

service class Greeter {
    resource function get greeting/[string... names]() returns string {
        return "hello";
    }
}

distinct class Tagged {
    *Shape;

    public function area() returns float => 0.0;
}

public type Shape object {
    public function area() returns float;
};

type Circle distinct object {
    *Shape;
    public float radius;
    public isolated function scale(float f) returns Circle;
};

type Named isolated object {
    public string name;
};

type Fetcher client object {
    remote function fetch(string url) returns string|error;
    resource function get items/[int]() returns int[];
    resource function get files/[string...]() returns string;
};

type Listening isolated service object {
    resource function get ready() returns boolean;
};

type Shapes object {
    function map(function (Shape) returns float f) returns float[];
    function 'start();
    isolated function (int) returns int transform;
    readonly & int[] ids;
};

class Holder {
    readonly int[] ids = [1, 2];
    isolated function (int) returns int f = x => x + 1;
    function (int) returns int g = x => x * 2;
    object {} plain = object {};
    Shape? shape = ();
}

function useObjects() returns error? {
    Counter c = new (10);
    Counter d = new Counter(1);
    Counter e = new;
    io:println(c.increment(), d.increment(by = 2), e.get());
    Config cfg = check new ("/tmp");
    AlbumClient albums = check new AlbumClient("http://localhost:9090");
    string a = check albums->get("1");
    string b = check albums->/albums/["2"];
    int limit = 3;
    var counter = object {
        int n = limit;

        function next() returns int {
            self.n += 1;
            return self.n;
        }
    };
    io:println(cfg.path, a, b, counter.next());
    Shape sq = isolated object Shape {
        public isolated function area() returns float => 4.0;
    };
    Fetcher f = client object {
        remote function fetch(string url) returns string|error => url;

        resource function get items/[int i]() returns int[] => [i];

        resource function get files/[string... names]() returns string => "";
    };
    var annotated = @display {label: "o"} object {
        public int x = 1;
    };
    io:println(sq.area(), check f->fetch("u"), annotated.x);
}
