#include "SupervisionExport.h"

#include "PagedPrinting.h"

#include <QCoreApplication>
#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStringList>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

QString csvField(QString text)
{
    return u'"' + text.replace(u'"', u"\"\""_s) + u'"';
}

QString isoDates(const QList<QDate>& dates)
{
    QStringList texts;
    for (const QDate& date : dates)
        texts.append(date.toString(Qt::ISODate));
    return texts.join(u"; "_s);
}

QString supervisionHtml(const QList<SupervisionPeriod>& periods)
{
    QString html = u"<h1>%1</h1>"_s.arg(
        QCoreApplication::translate("SupervisionExport", "Supervision record").toHtmlEscaped());
    if (periods.isEmpty())
        html +=
            u"<p>%1</p>"_s.arg(QCoreApplication::translate(
                                   "SupervisionExport", "No case has a supervisor's comment yet.")
                                   .toHtmlEscaped());
    for (const SupervisionPeriod& period : periods) {
        html += u"<h3>%1</h3>"_s.arg(
            QCoreApplication::translate("SupervisionExport", "Resident %1 — %2")
                .arg(period.residentId, period.halfYear.label())
                .toHtmlEscaped());
        html +=
            u"<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>"
            "<th align='left'>%1</th><th align='right'>%2</th><th align='left'>%3</th></tr>"_s.arg(
                QCoreApplication::translate("SupervisionExport", "Case").toHtmlEscaped(),
                QCoreApplication::translate("SupervisionExport", "Comments").toHtmlEscaped(),
                QCoreApplication::translate("SupervisionExport", "Dates").toHtmlEscaped());
        for (const SupervisedCase& supervised : period.cases) {
            html += u"<tr><td>%1</td><td align='right'>%2</td><td>%3</td></tr>"_s.arg(
                supervised.caseTitle.toHtmlEscaped(),
                QString::number(supervised.commentDates.size()),
                isoDates(supervised.commentDates).toHtmlEscaped());
        }
        html += u"</table>"_s;
    }
    return html;
}

} // namespace

QByteArray supervisionCsv(const QList<SupervisionPeriod>& periods)
{
    QStringList lines;
    lines.append(
        QStringList{csvField(QCoreApplication::translate("SupervisionExport", "Resident")),
                    csvField(QCoreApplication::translate("SupervisionExport", "Half-year")),
                    csvField(QCoreApplication::translate("SupervisionExport", "Case")),
                    csvField(QCoreApplication::translate("SupervisionExport", "Comments")),
                    csvField(QCoreApplication::translate("SupervisionExport", "Dates"))}
            .join(u','));
    for (const SupervisionPeriod& period : periods) {
        for (const SupervisedCase& supervised : period.cases) {
            lines.append(QStringList{csvField(period.residentId), csvField(period.halfYear.label()),
                                     csvField(supervised.caseTitle),
                                     QString::number(supervised.commentDates.size()),
                                     csvField(isoDates(supervised.commentDates))}
                             .join(u','));
        }
    }
    return QByteArray("\xEF\xBB\xBF") + (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

Status exportSupervisionCsv(const QList<SupervisionPeriod>& periods, const QString& outPath)
{
    QSaveFile file(outPath);
    const QByteArray csv = supervisionCsv(periods);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        return Error{QCoreApplication::translate("SupervisionExport", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(outPath), file.errorString())};
    return {};
}

Status exportSupervisionPdf(const QList<SupervisionPeriod>& periods, const QString& outPath)
{
    return writePdfFile(
        outPath, QCoreApplication::translate("SupervisionExport", "Supervision record"),
        [&](QPdfWriter& writer) {
            return printHtml(writer, supervisionHtml(periods), [](int page, int pageCount) {
                return QCoreApplication::translate("SupervisionExport", "Page %1 of %2")
                    .arg(page)
                    .arg(pageCount);
            });
        });
}

} // namespace kenshu
