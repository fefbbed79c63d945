#include "ImportFormat.h"

namespace kenshu {

Expected<QStringList> ImportFormat::indexedFiles(const QString&) const
{
    return QStringList{};
}

QByteArray ImportFormat::thumbnailPng(const QString&, int) const
{
    return {};
}

} // namespace kenshu
