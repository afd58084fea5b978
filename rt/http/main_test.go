package http

import (
	"bufio"
	"bytes"
	"io"
	nethttp "net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/bal2go/bal2go/rt"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
)

// programEnv selects a program: the test binary re-runs itself with it set and runs
// the program through rt.Main, as a generated program does.
const programEnv = "RT_HTTP_TEST_PROGRAM"

var programs = map[string]func(s *rt.Strand) any{
	// serve: a listener with a service; main prints the port and returns.
	"serve": func(s *rt.Strand) any {
		l := rt.Must[*Listener](NewListener(0, config("host", "127.0.0.1")))
		svc := NewService([]string{"app"})
		svc.Resource("GET", []string{"hello"}, func(s *rt.Strand, c *Context) any {
			rt.Println("request ", c.Query("n", "int", true, int64(0)))
			return "hello"
		})
		svc.Resource("GET", []string{"slow"}, func(s *rt.Strand, c *Context) any {
			rt.Sleep(s, 0.5)
			return "done"
		})
		l.Attach(svc)
		rt.Println("port=", l.Port())
		return nil
	},
	// fetch: main calls a service (URL in argument 0) from two strands of its group.
	"fetch": func(s *rt.Strand) any {
		c := rt.Must[*Client](NewClient(rt.ArgString(0, "url"), nil))
		f := s.Start("w", false, func(s *rt.Strand) any {
			return Bind[string](c.Execute(s, "fetch.bal:5", "GET", "/slow", nil, nil, nil, nil), rt.TString)
		})
		rt.Println("main goes on")
		v := f.Wait(s, "fetch.bal:8")
		rt.Println("got ", v)
		return nil
	},
	// bad-port: a listener that cannot be created ends the program.
	"bad-port": func(s *rt.Strand) any {
		_ = rt.Must[*Listener](NewListener(-1, nil))
		return nil
	},
}

func TestMain(m *testing.M) {
	if name := os.Getenv(programEnv); name != "" {
		rt.SetModule("prog")
		rt.Main(programs[name])
		return
	}
	goleak.VerifyTestMain(m)
}

func program(name string, args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), programEnv+"="+name)
	return cmd
}

// TestMainServesUntilSignal runs a program whose main returns with a listener
// registered: it serves until SIGTERM, lets the request in progress finish and exits
// with code 0.
func TestMainServesUntilSignal(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			cmd := program("serve")
			out, err := cmd.StdoutPipe()
			require.NoError(t, err)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			require.NoError(t, cmd.Start())
			defer func() { _ = cmd.Process.Kill() }()
			rd := bufio.NewReader(out)
			line, err := rd.ReadString('\n')
			require.NoError(t, err)
			port := strings.TrimSpace(strings.TrimPrefix(line, "port="))
			base := "http://127.0.0.1:" + port + "/app"
			hc := httpClient(t)
			assert.Equal(t, "hello", do(t, hc, "GET", base+"/hello?n=1", "", "").body)
			line, err = rd.ReadString('\n')
			require.NoError(t, err)
			assert.Equal(t, "request 1\n", line, "output of a request shows at once")

			slow := make(chan reply, 1)
			go func() { slow <- do(t, hc, "GET", base+"/slow", "", "") }()
			time.Sleep(150 * time.Millisecond) // the request is in progress
			require.NoError(t, cmd.Process.Signal(sig))
			r := <-slow
			assert.Equal(t, 200, r.status)
			assert.Equal(t, "done", r.body)
			rest, _ := io.ReadAll(rd)
			assert.Empty(t, string(rest))
			err = cmd.Wait()
			assert.NoError(t, err, "exit code 0; stderr: %s", stderr.String())
			assert.Empty(t, stderr.String())
		})
	}
}

// TestMainClientCall runs a program whose main calls a service: the call suspends only
// the strand that makes it, and the program ends once main has its answer.
func TestMainClientCall(t *testing.T) {
	srv := httptest.NewServer(nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		time.Sleep(100 * time.Millisecond)
		_, _ = io.WriteString(w, "slow answer")
	}))
	defer srv.Close()
	cmd := program("fetch", srv.URL)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	require.NoError(t, cmd.Run(), stderr.String())
	assert.Equal(t, "main goes on\ngot slow answer\n", stdout.String())
}

func TestMainListenerError(t *testing.T) {
	cmd := program("bad-port")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	var ee *exec.ExitError
	require.ErrorAs(t, err, &ee)
	assert.Equal(t, 1, ee.ExitCode())
	assert.True(t, strings.HasPrefix(stderr.String(), "error: invalid port: -1"), stderr.String())
}
