// Reading a streamed document's text again, for the extraction passes (the page cache keeps it cheap).
#pragma once

#include <string>

#include "checker/core/document.h"
#include "checker/core/error.h"

namespace checker {

/// The text of `d`: a copy of `d.text` when the document was not streamed, else its file (or
/// its JSON Lines record, from `record_offset`) read again. An Error naming the file when it can
/// no longer be read or no longer holds text of the size that was loaded (changed during the
/// audit); the document then contributes no claims.
Result<std::string> reread_text(const Document& d);

}  // namespace checker
