#include "TextLength.h"

#include <QList>

namespace kenshu {

int characterCount(const QString& text)
{
    return static_cast<int>(text.toUcs4().size());
}

} // namespace kenshu
