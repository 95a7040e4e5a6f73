// UTF-8 validation and code-point-based columns.
#pragma once

#include <cstddef>
#include <string_view>

namespace checker {

/// Returns the byte offset of the first invalid UTF-8 sequence (bad byte, overlong form,
/// surrogate, truncated sequence), or npos when the whole text is valid.
size_t find_invalid_utf8(std::string_view text);

/// Decodes one code point at `pos` (text must be valid UTF-8); sets *len to its byte length.
char32_t decode_utf8(std::string_view text, size_t pos, size_t* len);

/// True when the text looks binary (a NUL byte in its first 8 KiB).
bool looks_binary(std::string_view text);

}  // namespace checker
