// Escaping document text for each output language. Documents are untrusted: a quote may hold
// markup, terminal escapes, workflow commands or bidi overrides, and must stay inert text.
#pragma once

#include <string>
#include <string_view>

namespace checker {

/// Makes control characters visible and harmless: C0 controls, DEL and C1 controls become
/// U+FFFD; bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) become
/// "[U+202E]" so a quote cannot reorder what a reader sees. Tabs and line breaks become a space
/// unless `keep_line_breaks`, which keeps "\n" and "\r".
/// Example: sanitize_controls("a\x1b[31mb") == "a\uFFFD[31mb".
std::string sanitize_controls(std::string_view text, bool keep_line_breaks = false);

/// XML 1.0 character data and attribute values: & < > " ' become entities; characters XML 1.0
/// forbids (C0 controls other than tab, LF, CR; U+FFFE; U+FFFF) are dropped.
/// Example: xml_escape("a<b & \"c\"") == "a&lt;b &amp; &quot;c&quot;".
std::string xml_escape(std::string_view text);

/// HTML text and attribute values: sanitize_controls, then xml_escape.
std::string html_escape(std::string_view text);

/// Markdown (CommonMark/GFM) inline text, safe inside a table cell: one line; HTML-significant
/// characters become entities; \ ` * _ [ ] | ~ are backslash-escaped.
/// Example: markdown_escape("a|b [x]") == "a\\|b \\[x\\]".
std::string markdown_escape(std::string_view text);

/// GitHub Actions workflow commands, as the Actions toolkit escapes them. Data (the message):
/// % -> %25, CR -> %0D, LF -> %0A. Property values (file=, title=…): also : -> %3A, , -> %2C.
std::string workflow_escape_data(std::string_view text);
std::string workflow_escape_property(std::string_view text);

/// A path as a URI reference: bytes outside RFC 3986's unreserved set and '/' are
/// percent-encoded. Example: path_to_uri("a b#1.txt") == "a%20b%231.txt".
std::string path_to_uri(std::string_view path);

}  // namespace checker
