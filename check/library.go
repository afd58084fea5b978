package check

import (
	"strings"

	"github.com/bal2go/bal2go/frontend"
)

// libModule is the part of the public API of one Ballerina library module
// (the langlib sources, ballerina/io, ballerina/http) that bal2go does not
// implement: the functions bal2go implements are declared in check/lib
// instead (TestLibraryNotListed keeps the two apart).
type libModule struct {
	lang        bool   // a langlib module (ballerina/lang.X)
	predeclared bool   // its prefix can be used without an import: decimal:sum(…)
	funcs       string // public functions, space separated
	types       string // public types
	consts      string // public constants and module-level values
	// methods are the methods (remote ones included) of the module's
	// classes, by class name.
	methods map[string]string
}

// ballerinaLibrary lists, by module prefix, the public members of the
// modules a program can name. It is consulted only when bal2go fails to
// resolve a qualified name or a langlib method: a real member then gets
// "not supported by bal2go yet: function 'lang.value:cloneWithType'" instead
// of "undefined function", while a name that is not in Ballerina's API (a
// typo) still gets the ordinary error.
var ballerinaLibrary = map[string]libModule{
	"value": {lang: true, predeclared: true,
		funcs: `fromBalString fromJsonFloatString fromJsonDecimalString`,
		types: `Cloneable JsonFloat JsonDecimal`},
	"string": {lang: true, predeclared: true,
		// iterator returns an iterator object, matches and includesMatch take a
		// RegExp: bal2go has neither (regexp is issue #15's)
		funcs: `iterator matches includesMatch`,
		types: `Char RegExp`},
	"int": {lang: true, predeclared: true,
		// range returns an iterable object (object:Iterable), which bal2go lacks
		funcs: `range`,
		types: `Signed8 Signed16 Signed32 Unsigned8 Unsigned16 Unsigned32`},
	"float":   {lang: true, predeclared: true},
	"boolean": {lang: true, predeclared: true},
	"array":   {lang: true, predeclared: true},
	"map":     {lang: true, predeclared: true},
	"error": {lang: true, predeclared: true,
		// stackTrace returns StackFrame objects (readonly objects with a
		// toString method) that rt cannot build yet, although errors carry
		// their frames (rt/error.go balFrames)
		funcs: `stackTrace`,
		types: `Retriable RetryManager DefaultRetryManager NoMessage StackFrame`},
	"future": {lang: true, predeclared: true},
	"stream": {lang: true, predeclared: true},
	"table": {lang: true, predeclared: true,
		// iterator returns an iterator object, which bal2go lacks
		funcs: `iterator`},
	"decimal": {lang: true, predeclared: true},
	// Modules of types bal2go does not have: any use of the prefix is
	// reported as the module.
	"xml":         {lang: true, predeclared: true},
	"typedesc":    {lang: true, predeclared: true, funcs: `typeIds`},
	"function":    {lang: true, predeclared: true},
	"regexp":      {lang: true, predeclared: true},
	"transaction": {lang: true, predeclared: true},
	"runtime": {lang: true,
		funcs: `getStackTrace onGracefulStop`,
		types: `StackFrame StopHandler`},
	"io": {
		funcs: `fprint fprintln readln fileReadBytes fileReadBlocksAsStream
			fileReadString fileReadLines fileReadLinesAsStream fileReadJson fileReadXml
			fileReadCsv fileReadCsvAsStream fileWriteBytes fileWriteBlocksFromStream
			fileWriteString fileWriteLines fileWriteLinesFromStream fileWriteJson fileWriteXml
			fileWriteCsv fileWriteCsvFromStream openReadableFile openWritableFile
			openReadableCsvFile openWritableCsvFile createReadableChannel`,
		types: `Error GenericError EofError AccessDeniedError FileNotFoundError TypeMismatchError
			ConfigurationError ReadableByteChannel WritableByteChannel ReadableCharacterChannel
			WritableCharacterChannel ReadableCSVChannel WritableCSVChannel
			ReadableTextRecordChannel WritableTextRecordChannel ReadableDataChannel
			WritableDataChannel FileWriteOption Separator Format PrintableRawTemplate
			BlockStream LineStream CSVStream`,
		consts: `OVERWRITE APPEND stdout stderr COMMA TAB COLON CSV TDF DEFAULT BIG_ENDIAN
			LITTLE_ENDIAN`},
	"http": {
		funcs: `createHttpCachingClient createHttpSecureClient parseHeader`,
		types: `Headers RequestContext CommonClientConfiguration Error ClientError ListenerError RemoteServerError ClientRequestError
			ApplicationResponseError HeaderNotFoundError PayloadBindingError
			ClientConnectorError ClientAuthError
			Payload Header Query ServiceConfig ResourceConfig HttpServiceConfig
			HttpResourceConfig CallerInfo Cookie CookieStore CookieConfig RetryConfig
			FollowRedirects PoolConfiguration CircuitBreakerConfig CacheConfig
			ClientSecureSocket ListenerSecureSocket CredentialsConfig BearerTokenConfig
			ClientAuthConfig ListenerAuthConfig HttpVersion Interceptor RequestInterceptor
			ResponseInterceptor RequestErrorInterceptor ResponseErrorInterceptor
			InterceptableService NextService PayloadType ResponseMessage
			Chunking Compression KeepAlive ProxyConfig Detail Link Links
			StatusCodeClient FailoverClient LoadBalanceClient HttpClient
			StatusCodeResponse CommonResponse DefaultStatusCodeResponse Status
			Continue SwitchingProtocols Processing EarlyHints Ok Created Accepted
			NonAuthoritativeInformation NoContent ResetContent PartialContent MultiStatus
			AlreadyReported IMUsed MultipleChoices MovedPermanently Found SeeOther NotModified
			UseProxy TemporaryRedirect PermanentRedirect BadRequest Unauthorized
			PaymentRequired Forbidden NotFound MethodNotAllowed NotAcceptable
			ProxyAuthenticationRequired RequestTimeout Conflict Gone LengthRequired
			PreconditionFailed PayloadTooLarge UriTooLong UnsupportedMediaType
			RangeNotSatisfiable ExpectationFailed MisdirectedRequest UnprocessableEntity Locked
			FailedDependency TooEarly UpgradeRequired PreconditionRequired TooManyRequests
			RequestHeaderFieldsTooLarge UnavailableDueToLegalReasons InternalServerError
			NotImplemented BadGateway ServiceUnavailable GatewayTimeout
			HttpVersionNotSupported VariantAlsoNegotiates InsufficientStorage LoopDetected
			NotExtended NetworkAuthenticationRequired`,
		consts: `HTTP_1_0 HTTP_1_1 HTTP_2_0 CHUNKING_AUTO CHUNKING_ALWAYS CHUNKING_NEVER
			KEEPALIVE_AUTO KEEPALIVE_ALWAYS KEEPALIVE_NEVER COMPRESSION_AUTO COMPRESSION_ALWAYS
			COMPRESSION_NEVER STATUS_CONTINUE STATUS_OK STATUS_CREATED STATUS_ACCEPTED
			STATUS_NO_CONTENT STATUS_MOVED_PERMANENTLY STATUS_FOUND STATUS_SEE_OTHER
			STATUS_NOT_MODIFIED STATUS_TEMPORARY_REDIRECT STATUS_PERMANENT_REDIRECT
			STATUS_BAD_REQUEST STATUS_UNAUTHORIZED STATUS_FORBIDDEN STATUS_NOT_FOUND
			STATUS_METHOD_NOT_ALLOWED STATUS_NOT_ACCEPTABLE STATUS_REQUEST_TIMEOUT
			STATUS_CONFLICT STATUS_GONE STATUS_PAYLOAD_TOO_LARGE STATUS_UNSUPPORTED_MEDIA_TYPE
			STATUS_TOO_MANY_REQUESTS STATUS_INTERNAL_SERVER_ERROR STATUS_NOT_IMPLEMENTED
			STATUS_BAD_GATEWAY STATUS_SERVICE_UNAVAILABLE STATUS_GATEWAY_TIMEOUT
			OK CREATED ACCEPTED NO_CONTENT BAD_REQUEST UNAUTHORIZED FORBIDDEN NOT_FOUND
			CONFLICT INTERNAL_SERVER_ERROR SERVICE_UNAVAILABLE`,
		methods: map[string]string{
			"Request": `setXmlPayload setBinaryPayload
				setByteStream setFileAsPayload setBodyParts
				getXmlPayload getBinaryPayload getByteStream getBodyParts getFormParams
				getQueryParams getQueryParamValue getQueryParamValues getMatrixParams
				getHeaders addHeader removeHeader removeAllHeaders hasHeader
				getHeaderNames getContentType setContentType getEntity setEntity getCookies
				addCookies expects100Continue`,
			"Response": `setXmlPayload setBinaryPayload
				setByteStream setFileAsPayload setBodyParts
				getXmlPayload getBinaryPayload getByteStream getBodyParts getHeaders
				addHeader removeHeader removeAllHeaders hasHeader getHeaderNames
				getContentType setContentType getEntity setEntity getCookies addCookie
				removeCookiesFromRemoteStore setETag setLastModified`,
			"Client": `execute forward submit
				getResponse hasPromise getNextPromise getPushedResponse rejectPromise`,
			"Caller":   `respond continue redirect getRemoteHostName promise pushPromisedResponse`,
			"Listener": ``,
		}},
}

// libraryIndex maps module prefix → member name → kind ("function",
// "type" or "constant"), built once from ballerinaLibrary.
var libraryIndex = func() map[string]map[string]string {
	idx := map[string]map[string]string{}
	for mod, m := range ballerinaLibrary {
		names := map[string]string{}
		for _, n := range strings.Fields(m.funcs) {
			names[n] = "function"
		}
		for _, n := range strings.Fields(m.types) {
			names[n] = "type"
		}
		for _, n := range strings.Fields(m.consts) {
			names[n] = "constant"
		}
		for class, ms := range m.methods {
			for _, n := range strings.Fields(ms) {
				names[class+"."+n] = "method"
			}
		}
		idx[mod] = names
	}
	return idx
}()

// isLangModule reports whether prefix names a langlib module that needs no
// import.
func isLangModule(prefix string) bool {
	m, ok := ballerinaLibrary[prefix]
	return ok && m.lang && m.predeclared
}

// libraryFeature returns the feature named in the "not supported by bal2go
// yet" diagnostic for member name of module mod when Ballerina has it
// (and want, if not "", is its kind), e.g. "function 'lang.value:ensureType'",
// "type 'http:NotFound'", "method 'http:Caller.respond'" (name is then
// "Class.method"); "" when Ballerina has no such member.
func libraryFeature(mod, name, want string) string {
	kind := libraryIndex[mod][name]
	if libFunc(mod, name) != nil {
		kind = "function" // declared in check/lib, used in a way bal2go lacks
	}
	if kind == "" || want != "" && kind != want {
		return ""
	}
	q := mod + ":" + name
	if kind == "function" && ballerinaLibrary[mod].lang {
		q = "lang." + q // how Ballerina's documentation names langlib functions
	}
	return kind + " '" + q + "'"
}

// langModulesOf lists the langlib modules whose functions can be called as
// methods on a value of type t: the one of its basic type, then lang.value.
func langModulesOf(t *Type) []string {
	var mod string
	switch b := Basic(t); b.Kind {
	case KInt:
		mod = "int"
	case KFloat:
		mod = "float"
	case KDecimal:
		mod = "decimal"
	case KString:
		mod = "string"
	case KBoolean:
		mod = "boolean"
	case KArray, KTuple:
		mod = "array"
	case KMap, KRecord:
		mod = "map"
	case KError:
		mod = "error"
	case KFuture:
		mod = "future"
	case KStream:
		mod = "stream"
	case KTypedesc:
		mod = "typedesc"
	case KTable:
		mod = "table"
	}
	if mod == "" {
		return []string{"value"}
	}
	return []string{mod, "value"}
}

// unsupportedMethod reports recv.name(…) when name is a langlib function
// Ballerina has for the receiver's type but bal2go lacks, and checks the
// arguments as far as bal2go can (a typedesc argument, ensureType(int),
// is not an error of its own). It returns false when Ballerina has no such
// function either: the caller reports it as undefined.
func (c *checker) unsupportedMethod(pos frontend.Pos, rt *Type, name string, args []*frontend.Arg) bool {
	if rt.Kind == KObject && rt.Module != "" {
		if f := libraryFeature(rt.Module, rt.Name+"."+name, "method"); f != "" {
			c.unsupported(pos, f)
			c.argsLenient(args)
			return true
		}
	}
	for _, mod := range langModulesOf(rt) {
		if f := libraryFeature(mod, name, "function"); f != "" {
			c.unsupported(pos, f)
			c.argsLenient(args)
			return true
		}
	}
	return false
}

// argsLenient checks the arguments of a call bal2go does not support,
// skipping the type descriptors among them (cloneWithType(R), ensureType(int)):
// they are valid Ballerina, and the call is reported already.
func (c *checker) argsLenient(args []*frontend.Arg) {
	for _, a := range args {
		if !c.isTypeDescArg(a.Value) {
			c.expr(a.Value, nil)
		}
	}
}

// isTypeDescArg reports whether x denotes a type: a type descriptor in
// expression position, or the name of a type.
func (c *checker) isTypeDescArg(x frontend.Expr) bool {
	switch x := frontend.Unparen(x).(type) {
	case *frontend.TypeDescExpr:
		return true
	case *frontend.NameExpr:
		if x.Prefix != "" {
			return false
		}
		sym := c.sc.lookup(x.Name)
		return sym != nil && sym.Kind == SymType
	}
	return false
}
