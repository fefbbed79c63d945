#pragma once

#include "LibraryTypes.h"

#include <QHash>
#include <QImage>
#include <QStandardItemModel>

namespace kenshu {

// What one case holds, as a tree: studies with their series (thumbnail, modality, counts),
// then the PDF documents.
class CaseContentModel final : public QStandardItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseContentModel)

public:
    enum Column { NameColumn, ModalityColumn, DateColumn, CountColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // ItemKind
        StudyUidRole,
        SeriesUidRole,
        DocumentIdRole,
        Sha256Role,
    };
    enum class ItemKind { Study, Series, DocumentGroup, Document };

    explicit CaseContentModel(QObject* parent = nullptr);

    // Thumbnails by Series Instance UID; a series without one shows no picture.
    void setCase(const CaseEntry& entry, const QHash<QString, QImage>& thumbnails);
    void clearCase();

private:
    void setHeaders();
};

// "20260115" -> a date in the user's locale; unparseable input is returned as is.
QString formatDicomDate(const QString& dicomDate);

} // namespace kenshu
