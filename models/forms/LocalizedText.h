#pragma once

#include <QString>

namespace kenshu {

// A label or help text in Japanese and English (Japanese users come first).
struct LocalizedText
{
    QString ja;
    QString en;

    bool isEmpty() const;
    // The text for a UI language such as "ja", "ja_JP" or "en_GB"; Japanese for "ja*", else
    // English; the other language when the preferred one is missing.
    QString text(const QString& language) const;
};

} // namespace kenshu
