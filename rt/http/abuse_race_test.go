//go:build race

package http

// floodConns is the number of connections TestAbuseFlood opens at once: under -race
// fewer, as the race detector allows at most 8128 live goroutines (the listener has
// one per connection).
const floodConns = 3000
