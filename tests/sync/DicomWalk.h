// Reading back de-identified files in the sync tests: every element at any depth, UIDs, values.
#pragma once

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class DcmElement;
class DcmFileFormat;
class DcmItem;
class DcmTagKey;

namespace kenshu::testing {

// The whole file, or null when DCMTK cannot read it.
std::unique_ptr<DcmFileFormat> loadDicom(const QString& path);

// Calls `visit` for every element of `item` and of every item of its sequences, depth first.
void forEachElement(DcmItem& item, const std::function<void(DcmElement&)>& visit);

// The value of an element as text (all values, backslash-separated); empty when absent.
QString textOf(DcmItem& item, const DcmTagKey& tag);

// The bytes of the Pixel Data element (native pixel data).
QByteArray pixelBytes(DcmFileFormat& file);

// The whole content of a file.
QByteArray fileBytes(const QString& path);

} // namespace kenshu::testing
