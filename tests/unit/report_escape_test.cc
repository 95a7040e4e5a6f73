// Escaping of hostile document text for each output language: exact outputs.
#include <catch2/catch.hpp>

#include "checker/report/escape.h"

using namespace checker;

TEST_CASE("workflow data escapes %, CR and LF only", "[report][escape]") {
  CHECK(workflow_escape_data("100% sure") == "100%25 sure");
  CHECK(workflow_escape_data("a\nb\r\nc") == "a%0Ab%0D%0Ac");
  CHECK(workflow_escape_data("%0A") == "%250A");  // a literal escape stays literal
  CHECK(workflow_escape_data("::error file=x::y, z: w") == "::error file=x::y, z: w");
}

TEST_CASE("workflow properties also escape : and ,", "[report][escape]") {
  CHECK(workflow_escape_property("a:b,c") == "a%3Ab%2Cc");
  CHECK(workflow_escape_property("::error file=x,line=1::boom") == "%3A%3Aerror file=x%2Cline=1%3A%3Aboom");
  CHECK(workflow_escape_property("50%,\n") == "50%25%2C%0A");
}

TEST_CASE("sanitize_controls neutralizes terminal escapes and bidi overrides", "[report][escape]") {
  CHECK(sanitize_controls("a\x1b[31mb") == "a\xEF\xBF\xBD[31mb");
  CHECK(sanitize_controls("x\xE2\x80\xAEy") == "x[U+202E]y");
  CHECK(sanitize_controls("x\xE2\x81\xA6y") == "x[U+2066]y");
  CHECK(sanitize_controls("a\nb\tc") == "a b c");
  // Runs of printable ASCII are copied whole; what lies between them is read code point by code
  // point, so a bad byte between letters or at either end is still replaced, and letters kept.
  CHECK(sanitize_controls("Baïkonour, \xC3" "a \xE2\x80\xAE\x7F\xC2\x85" "é") ==
        "Baïkonour, \xEF\xBF\xBD" "a [U+202E]\xEF\xBF\xBD\xEF\xBF\xBD" "é");
  CHECK(sanitize_controls("\x1b") == "\xEF\xBF\xBD");
  CHECK(sanitize_controls("x\r\n", true) == "x\r\n");
  CHECK(sanitize_controls("") == "");
  CHECK(sanitize_controls("a\nb", true) == "a\nb");
  CHECK(sanitize_controls("\xC2\x85") == "\xEF\xBF\xBD");  // C1 NEL
  CHECK(sanitize_controls("Baïkonour « ok »") == "Baïkonour « ok »");
  CHECK(sanitize_controls("bad \xFF byte") == "bad \xEF\xBF\xBD byte");
}

TEST_CASE("xml_escape escapes markup and drops what XML 1.0 forbids", "[report][escape]") {
  CHECK(xml_escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(xml_escape("a & \"b\" 'c'") == "a &amp; &quot;b&quot; &#39;c&#39;");
  CHECK(xml_escape("]]> -->") == "]]&gt; --&gt;");
  CHECK(xml_escape("a\x1b[0m\x01z") == "a[0mz");
  CHECK(xml_escape("tab\tnl\n") == "tab\tnl\n");
  CHECK(xml_escape("\xEF\xBF\xBE\xEF\xBF\xBF!") == "!");  // U+FFFE, U+FFFF
}

TEST_CASE("html_escape is xml_escape after sanitize_controls", "[report][escape]") {
  CHECK(html_escape("<b>\xE2\x80\xAE\x1b</b>") == "&lt;b&gt;[U+202E]\xEF\xBF\xBD&lt;/b&gt;");
}

TEST_CASE("markdown_escape keeps text inert, also in table cells", "[report][escape]") {
  CHECK(markdown_escape("a|b [x](y) `c` *d* _e_ ~f~") == "a\\|b \\[x\\](y) \\`c\\` \\*d\\* \\_e\\_ \\~f\\~");
  CHECK(markdown_escape("<img src=x> & co") == "&lt;img src=x&gt; &amp; co");
  CHECK(markdown_escape("line\nbreak") == "line break");
  CHECK(markdown_escape("back\\slash") == "back\\\\slash");
}

TEST_CASE("path_to_uri percent-encodes all but unreserved characters and /", "[report][escape]") {
  CHECK(path_to_uri("seeds/000_a.txt") == "seeds/000_a.txt");
  CHECK(path_to_uri("a b#1%.txt") == "a%20b%231%25.txt");
  CHECK(path_to_uri("d\xC3\xA9j\xC3\xA0.md") == "d%C3%A9j%C3%A0.md");
}
