#pragma once

#include <QString>

namespace kenshu {

// Characters as people count them for length limits: code points, so that a rare kanji or an
// emoji outside the BMP (two UTF-16 units) counts once.
int characterCount(const QString& text);

} // namespace kenshu
