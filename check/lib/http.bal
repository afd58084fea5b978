// Declarations of ballerina/http that bal2go implements, in the form of
// Ballerina's module: its client, request, response, caller and listener
// classes, whose external methods codegen/lib.go binds to rt/http. Where
// Ballerina's signatures name types bal2go lacks (decimal, xml, mime:Entity,
// streams, the module's distinct error types), the declarations say what bal2go
// passes instead, and a comment says so.

# The types a path parameter of a resource call may have (Ballerina's also has
# decimal).
public type PathParamType string|int|float|boolean;

# The types of a query parameter's value (Ballerina's also has decimal and nests
# arrays).
public type QueryParamType ()|boolean|int|float|string|(boolean|int|float|string)[];

# The query parameters of a resource call: the named arguments that name no
# parameter of the resource method (`c->/albums(genre = "jazz")`).
public type QueryParams record {|
    QueryParamType...;
|};

# The message a client call sends: a request, or a value sent as text (a string)
# or JSON (Ballerina's also has xml, byte streams and MIME entities).
public type RequestMessage Request|anydata;

# The configuration of a client. bal2go honours `timeout` (seconds; a float for
# Ballerina's decimal): how long a call may take (60 seconds when not given).
public type ClientConfiguration record {|
    float timeout?;
|};

# The configuration of a listener: the host it binds (all interfaces when not
# given) and the read timeout of a request in seconds (a float for Ballerina's
# decimal).
public type ListenerConfiguration record {|
    string host?;
    float timeout?;
|};

# An HTTP client of one base URL. A call binds the response payload to the type
# the call's context expects (`targetType`, inferred): a string, json, a record,
# an array, or the http:Response itself. The errors are http:ClientError in
# Ballerina; bal2go types them as error.
public isolated client class Client {
    # Creates a client for `url` ("http://host:port/base"; a URL without a scheme
    # is taken as http).
    public isolated function init(string url, *ClientConfiguration config) returns error? = external;

    remote isolated function get(string path, map<string|string[]>? headers = (),
            typedesc<Response|anydata> targetType = <>) returns targetType|error = external;

    remote isolated function post(string path, RequestMessage message, map<string|string[]>? headers = (),
            string? mediaType = (), typedesc<Response|anydata> targetType = <>) returns targetType|error = external;

    remote isolated function put(string path, RequestMessage message, map<string|string[]>? headers = (),
            string? mediaType = (), typedesc<Response|anydata> targetType = <>) returns targetType|error = external;

    remote isolated function patch(string path, RequestMessage message, map<string|string[]>? headers = (),
            string? mediaType = (), typedesc<Response|anydata> targetType = <>) returns targetType|error = external;

    remote isolated function delete(string path, RequestMessage message = (), map<string|string[]>? headers = (),
            string? mediaType = (), typedesc<Response|anydata> targetType = <>) returns targetType|error = external;

    remote isolated function head(string path, map<string|string[]>? headers = ()) returns Response|error = external;

    remote isolated function options(string path, map<string|string[]>? headers = (),
            typedesc<Response|anydata> targetType = <>) returns targetType|error = external;

    resource isolated function get [PathParamType... path](map<string|string[]>? headers = (),
            typedesc<Response|anydata> targetType = <>, *QueryParams params) returns targetType|error = external;

    resource isolated function post [PathParamType... path](RequestMessage message,
            map<string|string[]>? headers = (), string? mediaType = (),
            typedesc<Response|anydata> targetType = <>, *QueryParams params) returns targetType|error = external;

    resource isolated function put [PathParamType... path](RequestMessage message,
            map<string|string[]>? headers = (), string? mediaType = (),
            typedesc<Response|anydata> targetType = <>, *QueryParams params) returns targetType|error = external;

    resource isolated function patch [PathParamType... path](RequestMessage message,
            map<string|string[]>? headers = (), string? mediaType = (),
            typedesc<Response|anydata> targetType = <>, *QueryParams params) returns targetType|error = external;

    resource isolated function delete [PathParamType... path](RequestMessage message = (),
            map<string|string[]>? headers = (), string? mediaType = (),
            typedesc<Response|anydata> targetType = <>, *QueryParams params) returns targetType|error = external;

    resource isolated function head [PathParamType... path](map<string|string[]>? headers = (),
            *QueryParams params) returns Response|error = external;

    resource isolated function options [PathParamType... path](map<string|string[]>? headers = (),
            typedesc<Response|anydata> targetType = <>, *QueryParams params) returns targetType|error = external;
}

# An HTTP request: one a client sends, or the one a resource function receives.
public class Request {
    # The path and query of an inbound request, as received.
    public string rawPath = "";
    # The method of an inbound request ("GET", ...).
    public string method = "";

    public isolated function init() = external;

    # Sets the payload: a string as text/plain, other values as JSON
    # (Ballerina's also takes a content type, xml, byte[] and streams).
    public isolated function setPayload(anydata payload) = external;

    public isolated function setTextPayload(string payload) = external;

    public isolated function setJsonPayload(json payload) = external;

    public isolated function setHeader(string headerName, string headerValue) = external;

    # The first value of the header, or an error when there is none.
    public isolated function getHeader(string headerName) returns string|error = external;

    public isolated function getTextPayload() returns string|error = external;

    public isolated function getJsonPayload() returns json|error = external;
}

# An HTTP response: one a client receives (`targetType` http:Response), or one
# a resource function returns.
public class Response {
    # The status code (200 unless set).
    public int statusCode = 200;

    public isolated function init() = external;

    # Sets the payload: a string as text/plain, other values as JSON
    # (Ballerina's also takes a content type, xml, byte[] and streams).
    public isolated function setPayload(anydata payload) = external;

    public isolated function setTextPayload(string payload) = external;

    public isolated function setJsonPayload(json payload) = external;

    public isolated function setHeader(string headerName, string headerValue) = external;

    # The first value of the header, or an error when there is none.
    public isolated function getHeader(string headerName) returns string|error = external;

    public isolated function getTextPayload() returns string|error = external;

    public isolated function getJsonPayload() returns json|error = external;
}

# The caller of a resource function, which may answer it (its methods are not
# supported by bal2go yet).
public isolated client class Caller {
}

# A service an http:Listener dispatches requests to: a service declaration
# (`service /path on l { ... }`), or an object of a service class that includes
# it (`service class C { *http:Service; ... }`) or of a service object
# constructor made for it, attached with `l.attach(svc, "/path")`.
public type Service distinct service object {
};

# A listener on a port, to which services are attached (`service on l`, or
# `attach`). A listener starts listening once the module's initialization and
# main are done, or when `'start` is called.
public isolated class Listener {
    # Binds `port` (0 picks a free one).
    public isolated function init(int port, *ListenerConfiguration config) returns error? = external;

    # Attaches service `s` at base path `name` ("/" when not given; a string
    # "/a/b" or the segments ["a", "b"]).
    public isolated function attach(Service s, string[]|string? name = ()) returns error? = external;

    # Detaches service `s`: its requests are no longer dispatched.
    public isolated function detach(Service s) returns error? = external;

    # Starts listening now.
    public isolated function 'start() returns error? = external;

    # Stops listening once the requests in progress are answered.
    public isolated function gracefulStop() returns error? = external;

    # Stops listening now, closing the connections.
    public isolated function immediateStop() returns error? = external;
}
