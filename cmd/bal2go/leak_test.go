package main

import (
	"testing"

	"go.uber.org/goleak"
)

// TestMain fails the package when a test leaves a goroutine behind
// (running programs copies their output on goroutines).
func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }
