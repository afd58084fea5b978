//go:build race

package bal2go_test

const hugeFileBytes = 2_000_000

// raceBuild: under go test -race the example programs are built with -race.
const raceBuild = true
