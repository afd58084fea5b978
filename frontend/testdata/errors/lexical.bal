function main() {
    string a = "bad \q escape";                    // ERROR "invalid escape sequence '\\q'"
    string c = "\u{D800}";                         // ERROR "invalid unicode code point in escape sequence"
    int d = 9223372036854775807;
    int e = 9223372036854775808;                   // ERROR "integer literal out of range"
    int f = -9223372036854775808;
    int g = -9223372036854775809;                  // ERROR "integer literal out of range"
    int h = 99999999999999999999999;               // ERROR "integer literal out of range"
    int i = 0xFFFFFFFFFFFFFFFF;                    // ERROR "integer literal out of range"
    int j = -9223372036854775808.abs();            // ERROR "integer literal out of range"
    float k = 1e400f;                              // ERROR "float literal out of range"
    decimal l = 1e400d;
    int m = 012;                                   // ERROR "leading zeros"
    int n = 12abc;                                 // ERROR "invalid numeric literal"
    int o = 1 $ 2;                                 // ERROR "invalid character '\$'" ERROR "unexpected int literal, expected ';'"
    string p = string `open ${x                    // ERROR "unterminated string template"