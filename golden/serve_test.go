package golden

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// A program with a service serves until SIGINT or SIGTERM. Its case says in a
// requests section what to ask it, one request a line:
//
//	[&]METHOD URL [BODY]
//
// Once the first URL's host accepts connections, the requests are sent in order,
// each after the previous one's response, except that one marked & is sent in the
// background: the next goes at once, and its response is awaited before SIGTERM.
// The responses section holds "STATUS BODY" for each request, in request order;
// stdout, stderr and exit are those of the program stopped by SIGTERM.

// serveTimeout bounds each wait: for the listener, for a response, for the exit.
const serveTimeout = 10 * time.Second

type request struct {
	background        bool
	method, url, body string
}

func parseRequests(data []byte) ([]request, error) {
	var reqs []request
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var r request
		if r.background = strings.HasPrefix(line, "&"); r.background {
			line = line[1:]
		}
		parts := strings.SplitN(line, " ", 3)
		if len(parts) < 2 {
			return nil, fmt.Errorf("bad request line %q: want [&]METHOD URL [BODY]", line)
		}
		r.method, r.url = parts[0], parts[1]
		if len(parts) == 3 {
			r.body = parts[2]
		}
		reqs = append(reqs, r)
	}
	if len(reqs) == 0 {
		return nil, fmt.Errorf("no requests")
	}
	return reqs, nil
}

// serveRequests starts cmd, sends it the requests once it listens, stops it with
// SIGTERM and returns the responses text and cmd's exit error.
func serveRequests(t *testing.T, cmd *exec.Cmd, data []byte) (string, error) {
	reqs, err := parseRequests(data)
	if err != nil {
		t.Fatalf("requests: %v", err)
	}
	u, err := url.Parse(reqs[0].url)
	if err != nil {
		t.Fatalf("requests: %v", err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("running: %v", err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	if err := awaitListener(u.Host, exited); err != nil {
		_ = cmd.Process.Kill()
		<-exited
		t.Fatalf("%v", err)
	}
	hc := &http.Client{Timeout: serveTimeout}
	out := make([]string, len(reqs))
	var wg sync.WaitGroup
	for i, r := range reqs {
		wg.Add(1)
		send := func() {
			defer wg.Done()
			out[i] = do(hc, r)
		}
		if r.background {
			go send()
		} else {
			send()
		}
	}
	wg.Wait()
	_ = cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err = <-exited:
	case <-time.After(serveTimeout):
		_ = cmd.Process.Kill()
		err = <-exited
		t.Errorf("the program did not end within %v of SIGTERM", serveTimeout)
	}
	return strings.Join(out, ""), err
}

// awaitListener waits until host accepts TCP connections.
func awaitListener(host string, exited <-chan error) error {
	deadline := time.Now().Add(serveTimeout)
	for {
		if c, err := net.DialTimeout("tcp", host, time.Second); err == nil {
			c.Close()
			return nil
		}
		select {
		case err := <-exited:
			return fmt.Errorf("the program ended before listening on %s: %v", host, err)
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("nothing listens on %s after %v", host, serveTimeout)
		}
	}
}

// do sends r and returns its response as a line "STATUS BODY".
func do(hc *http.Client, r request) string {
	req, err := http.NewRequest(r.method, r.url, strings.NewReader(r.body))
	if err != nil {
		return "error: " + err.Error() + "\n"
	}
	res, err := hc.Do(req)
	if err != nil {
		return "error: " + err.Error() + "\n"
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		return "error: " + err.Error() + "\n"
	}
	return fmt.Sprintf("%d %s\n", res.StatusCode, strings.TrimRight(string(body), "\n"))
}
