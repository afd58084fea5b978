import ballerina/http;
import ballerina/io;

// A client of the album store (service/service.bal): resource calls with path
// and query parameters, a remote call, headers, a media type, an explicit
// target type, and the http:Response of a call. Run the service first, then
//   bal2go run albums.bal -- http://localhost:29093

type Album record {|
    string title;
    string artist;
    int year;
|};

public function main(string url) returns error? {
    http:Client store = check new (url, timeout = 10);

    Album[] all = check store->/store/albums;
    io:println(all.length(), " albums");

    Album[] coltrane = check store->/store/albums(artist = "John Coltrane");
    io:println("by Coltrane: ", coltrane);

    Album kindOfBlue = check store->/store/albums/["Kind of Blue"];
    io:println(kindOfBlue.title, " came out in ", kindOfBlue.year);

    Album added = check store->/store/albums.post({title: "Giant Steps", artist: "John Coltrane", year: 1960});
    io:println("added ", added.title);

    Album[] again = check store->get("/store/albums?artist=John%20Coltrane");
    io:println("by Coltrane now: ", again.length());

    json blueTrain = check store->/store/albums/["Blue Train"](targetType = json);
    io:println("as json: ", blueTrain);

    Album|error missing = store->/store/albums/["Love Supreme"];
    if missing is error {
        io:println("missing: ", missing.message());
    }

    http:Response res = check store->/store/echo(headers = {"X-Client": "albums"}, page = 2);
    io:println(res.statusCode, " ", check res.getHeader("X-Client"), " ", check res.getTextPayload());

    string note = check store->/store/notes.post("listen again", mediaType = "text/x-note");
    io:println(note);
}
