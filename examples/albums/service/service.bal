import ballerina/http;

// The album store of the albums example: a service that lists, searches and
// adds albums, and two resources that show the http:Request and
// http:Response objects at work.

type Album record {|
    string title;
    string artist;
    int year;
|};

map<Album> albums = {
    "Blue Train": {title: "Blue Train", artist: "John Coltrane", year: 1957},
    "Kind of Blue": {title: "Kind of Blue", artist: "Miles Davis", year: 1959}
};

service /store on new http:Listener(29093) {
    // GET /store/albums, or only one artist's: /store/albums?artist=...
    resource function get albums(string? artist) returns Album[] {
        lock {
            Album[] all = albums.toArray();
            if artist is () {
                return all.clone();
            }
            return all.filter(a => a.artist == artist).clone();
        }
    }

    resource function get albums/[string title]() returns Album|error {
        lock {
            Album? album = albums[title];
            if album is () {
                return error("no album " + title);
            }
            return album.clone();
        }
    }

    resource function post albums(Album album) returns Album {
        lock {
            albums[album.title] = album.clone();
        }
        return album;
    }

    // Answers with a status of its own, a header copied from the request and
    // the request's path as text.
    resource function get echo(http:Request req) returns http:Response|error {
        http:Response res = new;
        res.statusCode = 202;
        res.setHeader("X-Client", check req.getHeader("X-Client"));
        res.setTextPayload(req.method + " " + req.rawPath);
        return res;
    }

    // Reads a text payload and its media type.
    resource function post notes(http:Request req) returns string|error {
        string text = check req.getTextPayload();
        string mediaType = check req.getHeader("Content-Type");
        return mediaType + ": " + text;
    }
}
