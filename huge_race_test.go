//go:build race

package bal2go_test

const hugeFileBytes = 2_000_000
