#include "CaseContentModel.h"

#include <QDate>
#include <QIcon>
#include <QLocale>
#include <QPixmap>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

QList<QStandardItem*> makeRow(CaseContentModel::ItemKind kind, const QStringList& texts)
{
    QList<QStandardItem*> row;
    for (const QString& text : texts) {
        auto* item = new QStandardItem(text);
        item->setEditable(false);
        item->setData(QVariant::fromValue(int(kind)), CaseContentModel::KindRole);
        row.append(item);
    }
    return row;
}

} // namespace

QString formatDicomDate(const QString& dicomDate)
{
    const QDate date = QDate::fromString(dicomDate, u"yyyyMMdd"_s);
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : dicomDate;
}

CaseContentModel::CaseContentModel(QObject* parent) : QStandardItemModel(parent)
{
    setHeaders();
}

void CaseContentModel::setHeaders()
{
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("Study / series"), tr("Modality"), tr("Date"), tr("Contents")});
}

void CaseContentModel::clearCase()
{
    // removeRows keeps the columns, so views keep their header layout.
    removeRows(0, rowCount());
}

void CaseContentModel::setCase(const CaseEntry& entry, const QHash<QString, QImage>& thumbnails)
{
    clearCase();
    for (const StudyEntry& study : entry.studies) {
        const QString name =
            study.description.isEmpty() ? tr("(no description)") : study.description;
        QList<QStandardItem*> studyRow =
            makeRow(ItemKind::Study,
                    {name, study.modalities().join(u", "_s), formatDicomDate(study.studyDate),
                     tr("%n series", nullptr, int(study.series.size())) + u" · "_s +
                         tr("%n frame(s)", nullptr, study.frameCount())});
        for (QStandardItem* item : studyRow)
            item->setData(study.studyInstanceUid, StudyUidRole);
        for (const SeriesEntry& series : study.series) {
            const QString seriesName =
                series.description.isEmpty()
                    ? tr("Series %1").arg(series.seriesNumber)
                    : tr("%1: %2").arg(series.seriesNumber).arg(series.description);
            QList<QStandardItem*> seriesRow = makeRow(
                ItemKind::Series, {seriesName, series.modality, QString(),
                                   tr("%n instance(s)", nullptr, int(series.instances.size())) +
                                       u" · "_s + tr("%n frame(s)", nullptr, series.frameCount())});
            for (QStandardItem* item : seriesRow) {
                item->setData(study.studyInstanceUid, StudyUidRole);
                item->setData(series.seriesInstanceUid, SeriesUidRole);
            }
            const QImage thumbnail = thumbnails.value(series.seriesInstanceUid);
            if (!thumbnail.isNull())
                // An icon, so that views draw it at their icon size (a QImage would be drawn
                // at its own size, up to 160 px).
                seriesRow.first()->setIcon(QIcon(QPixmap::fromImage(thumbnail)));
            studyRow.first()->appendRow(seriesRow);
        }
        appendRow(studyRow);
    }
    if (!entry.documents.isEmpty()) {
        QList<QStandardItem*> groupRow = makeRow(
            ItemKind::DocumentGroup, {tr("PDF documents"), QString(), QString(),
                                      tr("%n document(s)", nullptr, int(entry.documents.size()))});
        for (const DocumentEntry& document : entry.documents) {
            QList<QStandardItem*> row = makeRow(
                ItemKind::Document,
                {document.name, u"PDF"_s,
                 QLocale().toString(document.addedAt.toLocalTime().date(), QLocale::ShortFormat),
                 tr("%n page(s)", nullptr, document.pages)});
            for (QStandardItem* item : row) {
                item->setData(document.id, DocumentIdRole);
                item->setData(document.sha256, Sha256Role);
            }
            groupRow.first()->appendRow(row);
        }
        appendRow(groupRow);
    }
}

} // namespace kenshu
