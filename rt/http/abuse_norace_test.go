//go:build !race

package http

// floodConns is the number of connections TestAbuseFlood opens at once.
const floodConns = 10000
