import ballerina/http;

type Album readonly & record {|
    string id;
    string title;
    string artist;
    decimal price;
|};

final map<Album> albums = {
    "1": {id: "1", title: "Blue Train", artist: "John Coltrane", price: 56.99d}
};

configurable int port = 9090;

listener http:Listener ep = new (port);

service /music on ep {
    resource function get albums() returns Album[] {
        return albums.toArray();
    }

    resource function get albums/[string id]() returns Album|http:NotFound {
        Album? album = albums[id];
        if album is () {
            return http:NOT_FOUND;
        }
        return album;
    }

    resource function post albums(@http:Payload Album album) returns Album|error {
        if albums.hasKey(album.id) {
            return error("conflict", id = album.id);
        }
        return album;
    }
}

public function main() returns error? {
    http:Client c = check new (string `http://localhost:${port}/music`, timeout = 10);
    Album[] list = check c->/albums;
    Album one = check c->/albums/["1"];
    Album posted = check c->/albums.post({id: "2", title: "t", artist: "a", price: 1.5d});
    json raw = check c->get("/albums");
    int total = list.length() + (one.id == "1" ? 1 : 0);
    var doubled = list.map(a => a.price * 2d).filter(p => p > 10d);
    int[] squares = [1, 2, 3].map(function (int i) returns int => i * i);
}
