import ballerina/io;

// The classic first program.
public function main() {
    io:println("Hello, World!");
}
