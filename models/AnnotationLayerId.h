#pragma once

#include <QJsonObject>
#include <QString>
#include <QUuid>
#include <optional>

namespace kenshu {

// The id of the annotation layer record of one series (`frame` nullopt: drawn on the whole
// series) or of one frame of one instance. Named from the UIDs, so that every reviewer who draws
// on the same frame writes the same record. Which UIDs name it matters: the server only ever
// sees a layer named from the de-identified UIDs (sync/wire), the library's own studies keep
// theirs named from the originals.
QUuid annotationLayerId(const QString& seriesInstanceUid, const QString& sopInstanceUid,
                        std::optional<int> frame);

// The same, from an annotation record's data ({"seriesInstanceUid", "sopInstanceUid", "frame"}
// as AnnotationTypes writes it).
QUuid annotationLayerId(const QJsonObject& layerData);

} // namespace kenshu
