import ballerina/io;

// String processing: templates, langlib functions, code points.

function capitalize(string word) returns string {
    if word.length() == 0 {
        return word;
    }
    return word.substring(0, 1).toUpperAscii() + word.substring(1).toLowerAscii();
}

function countVowels(string text) returns int {
    int count = 0;
    foreach string ch in text {
        if "aeiouAEIOU".includes(ch) {
            count += 1;
        }
    }
    return count;
}

function reverse(string s) returns string {
    string out = "";
    foreach string ch in s {
        out = ch + out;
    }
    return out;
}

public function main() {
    string sentence = "  the quick brown fox jumps over the lazy dog  ";
    string trimmed = sentence.trim();
    io:println("[", trimmed, "] has ", trimmed.length(), " characters");

    string[] words = [];
    int pos = 0;
    while true {
        int? space = trimmed.indexOf(" ", pos);
        if space is () {
            words.push(trimmed.substring(pos));
            break;
        }
        words.push(trimmed.substring(pos, space));
        pos = space + 1;
    }
    io:println(words.length(), " words: ", words);

    string[] titled = words.map(capitalize);
    io:println(string:'join(" ", ...titled));
    io:println("vowels: ", countVowels(trimmed));
    io:println("starts with 'the': ", trimmed.startsWith("the"), ", ends with 'dog': ", trimmed.endsWith("dog"));

    string greeting = "héllo wörld";
    io:println(greeting, " has ", greeting.length(), " code points; reversed: ", reverse(greeting));
    int n = 7;
    io:println(string `${n} squared is ${n * n}, half is ${<float>n / 2.0}`);
}
