package http

import (
	"errors"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"
	"syscall"

	"github.com/bal2go/bal2go/rt"
)

// The error types of Ballerina's http module that this package creates, by the name
// their values carry (rt.Error.TypeName). ErrorIs knows how they nest.
const (
	ErrError                   = "Error" // http:Error, the root
	ErrClientError             = "ClientError"
	ErrListenerError           = "ListenerError"
	ErrGenericClientError      = "GenericClientError"
	ErrClientConnectorError    = "ClientConnectorError"
	ErrIdleTimeoutError        = "IdleTimeoutError"
	ErrResiliencyError         = "ResiliencyError"
	ErrApplicationResponse     = "ApplicationResponseError"
	ErrClientRequestError      = "ClientRequestError" // a 4xx response
	ErrRemoteServerError       = "RemoteServerError"  // a 5xx response
	ErrPayloadBindingError     = "PayloadBindingError"
	ErrPayloadBindingClient    = "PayloadBindingClientError"
	ErrNoContentError          = "NoContentError"
	ErrHeaderNotFoundError     = "HeaderNotFoundError"
	ErrInboundResponseError    = "InboundResponseError"
	ErrReadingInboundResponse  = "ReadingInboundResponseBodyError"
	ErrInitInboundResponse     = "InitializingInboundResponseError"
	ErrOutboundRequestError    = "OutboundRequestError"
	ErrInitOutboundRequest     = "InitializingOutboundRequestError"
	ErrGenericListenerError    = "GenericListenerError"
	ErrPathParamBindingError   = "PathParameterBindingError"
	ErrQueryParamBindingError  = "QueryParameterBindingError"
	ErrPayloadBindingListener  = "PayloadBindingListenerError"
	ErrResourceDispatchError   = "ResourceDispatchingError"
	ErrServiceDispatchingError = "ServiceDispatchingError"
)

// errorParents gives each error type its supertypes (Ballerina's distinct error
// types of module-ballerina-http's http_errors.bal).
var errorParents = map[string][]string{
	ErrClientError:             {ErrError},
	ErrListenerError:           {ErrError},
	ErrPayloadBindingError:     {ErrError},
	ErrHeaderNotFoundError:     {ErrError},
	ErrGenericClientError:      {ErrClientError},
	ErrClientConnectorError:    {ErrClientError},
	ErrResiliencyError:         {ErrClientError},
	ErrIdleTimeoutError:        {ErrResiliencyError},
	ErrApplicationResponse:     {ErrClientError},
	ErrClientRequestError:      {ErrApplicationResponse},
	ErrRemoteServerError:       {ErrApplicationResponse},
	ErrPayloadBindingClient:    {ErrClientError, ErrPayloadBindingError},
	ErrNoContentError:          {ErrClientError},
	ErrInboundResponseError:    {ErrClientError},
	ErrReadingInboundResponse:  {ErrInboundResponseError},
	ErrInitInboundResponse:     {ErrInboundResponseError},
	ErrOutboundRequestError:    {ErrClientError},
	ErrInitOutboundRequest:     {ErrOutboundRequestError},
	ErrGenericListenerError:    {ErrListenerError},
	ErrPathParamBindingError:   {ErrListenerError},
	ErrQueryParamBindingError:  {ErrListenerError},
	ErrPayloadBindingListener:  {ErrListenerError, ErrPayloadBindingError},
	ErrResourceDispatchError:   {ErrListenerError},
	ErrServiceDispatchingError: {ErrResourceDispatchError},
}

// ErrorIs reports whether v is an error of the http error type name (given without
// the "http:" prefix, e.g. "ClientError") or of one of its subtypes: `e is
// http:ClientError`.
func ErrorIs(v any, name string) bool {
	e, ok := v.(*rt.Error)
	if !ok {
		return false
	}
	name = strings.TrimPrefix(name, "http:")
	var is func(t string) bool
	is = func(t string) bool {
		if t == name {
			return true
		}
		for _, p := range errorParents[t] {
			if is(p) {
				return true
			}
		}
		return false
	}
	return is(e.TypeName())
}

func newErr(typeName, msg string, cause *rt.Error, detail *rt.Map[any]) *rt.Error {
	return rt.NewTypedError(typeName, msg, cause, detail)
}

// The messages jBallerina's http module uses.
const (
	msgConnection   = "Something wrong with the connection"
	msgIdleTimeout  = "Idle timeout triggered before initiating inbound response"
	msgNoContent    = "No content"
	msgNoHeader     = "Http header does not exist"
	msgBindingFail  = "Payload binding failed: "
	msgJSONResponse = "Error occurred while retrieving the json payload from the response"
	msgJSONRequest  = "Error occurred while retrieving the json payload from the request"
	msgTextResponse = "Error occurred while retrieving the text payload from the response"
)

// clientError turns a failure of the Go HTTP client into the error jBallerina gives:
// a timeout is an IdleTimeoutError; a connection failure a ClientConnectorError
// "Something wrong with the connection" whose cause carries the reason in Java's words
// ("Connection refused: localhost/127.0.0.1:9091").
func clientError(err error, u *url.URL, timedOut bool) *rt.Error {
	var ne net.Error
	if timedOut || errors.Is(err, os.ErrDeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()) {
		return newErr(ErrIdleTimeoutError, msgIdleTimeout, nil, nil)
	}
	reason := err.Error()
	var ue *url.Error
	if errors.As(err, &ue) {
		reason = ue.Err.Error()
	}
	var oe *net.OpError
	if errors.As(err, &oe) && oe.Op == "dial" {
		host := u.Hostname()
		addr := host
		if oe.Addr != nil {
			addr = oe.Addr.String()
		}
		if ta, ok := oe.Addr.(*net.TCPAddr); ok {
			addr = host + "/" + ta.IP.String() + ":" + strconv.Itoa(ta.Port)
		}
		switch {
		case errors.Is(err, syscall.ECONNREFUSED):
			reason = "Connection refused: " + addr
		case errors.Is(err, syscall.ENETUNREACH), errors.Is(err, syscall.EHOSTUNREACH):
			reason = "No route to host: " + addr
		default:
			var dnsErr *net.DNSError
			if errors.As(err, &dnsErr) {
				reason = host + ": Name or service not known"
			}
		}
	}
	cause := newErr("GenericError", reason, nil, nil)
	return newErr(ErrClientConnectorError, msgConnection, cause, nil)
}
