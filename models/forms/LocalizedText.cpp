#include "LocalizedText.h"

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

} // namespace

bool LocalizedText::isEmpty() const
{
    return ja.isEmpty() && en.isEmpty();
}

QString LocalizedText::text(const QString& language) const
{
    const bool japanese = language.startsWith("ja"_L1);
    const QString& preferred = japanese ? ja : en;
    return preferred.isEmpty() ? (japanese ? en : ja) : preferred;
}

} // namespace kenshu
