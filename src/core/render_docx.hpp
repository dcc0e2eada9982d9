// Document -> Word .docx (Office Open XML), for lawyers who review and redline in Word or
// LibreOffice: real Heading 1/2/3 styles, automatic clause numbering (word/numbering.xml:
// 1 / 1.1 / (a), the same numbers the other renderers print), real tables with a w:tblGrid,
// placeholders highlighted. The zip container is written in memory (zip_memory.hpp).
// User text is escaped for XML; characters XML 1.0 does not allow, and invalid UTF-8, are
// dropped or replaced, so the XML is always well-formed.
#pragma once

#include <string>

#include "core/document.hpp"

namespace bpo {

// The .docx file's bytes; empty only if the zip library fails.
std::string render_docx(const Document& document);

// The main part (word/document.xml) alone, for tests.
std::string render_docx_document_xml(const Document& document);

}  // namespace bpo
