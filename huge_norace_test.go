//go:build !race

package bal2go_test

const hugeFileBytes = 10_000_000

const raceBuild = false
