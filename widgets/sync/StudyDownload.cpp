#include "StudyDownload.h"

#include "AsyncRun.h"
#include "BlobStore.h"
#include "StudyFetcher.h"
#include "SyncSession.h"
#include "TransferEstimate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QProgressDialog>
#include <QWidget>

namespace kenshu {

namespace {

// Downloads the study's files with a progress dialog; `ready` after a complete download.
void download(sync::SyncSession& session, const QString& dataDir, const StudyEntry& study,
              QWidget* parent, std::function<void()> ready)
{
    auto* fetcher = new sync::StudyFetcher(session.api(), dataDir, parent);
    auto* dialog = new QProgressDialog(
        QCoreApplication::translate("StudyDownload", "Downloading the study's images…"),
        QCoreApplication::translate("StudyDownload", "Cancel"), 0, 1000, parent);
    dialog->setWindowTitle(QCoreApplication::translate("StudyDownload", "Download"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(500);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto estimate = std::make_shared<TransferEstimate>([clock] { return clock->elapsed(); });
    QObject::connect(dialog, &QProgressDialog::canceled, fetcher, &sync::StudyFetcher::cancel);
    QObject::connect(fetcher, &sync::StudyFetcher::progress, dialog,
                     [dialog, estimate](const sync::StudyFetchProgress& progress) {
                         if (progress.bytesTotal <= 0)
                             return;
                         estimate->update(progress.bytesDone, progress.bytesTotal);
                         dialog->setValue(int(progress.bytesDone * 1000 / progress.bytesTotal));
                         dialog->setLabelText(
                             QCoreApplication::translate("StudyDownload",
                                                         "Downloading the study's images: file "
                                                         "%1 of %2\n%3")
                                 .arg(progress.file)
                                 .arg(progress.files)
                                 .arg(describeTransfer(*estimate)));
                     });
    fetcher->fetch(
        study.id, dialog, [dialog, fetcher, parent, ready](const sync::StudyFetchResult& result) {
            dialog->close();
            dialog->deleteLater();
            fetcher->deleteLater();
            if (result.cancelled)
                return;
            if (!result.ok()) {
                const QString reason = result.error ? result.error->message : result.localError;
                QMessageBox::warning(
                    parent, QCoreApplication::translate("StudyDownload", "Download"),
                    QCoreApplication::translate(
                        "StudyDownload",
                        "The study's images could not be downloaded: %1\nWhat came "
                        "so far is kept; opening the study again continues the "
                        "download.")
                        .arg(reason));
                return;
            }
            ready();
        });
}

} // namespace

void ensureStudyFiles(sync::SyncSession& session, const QString& dataDir, const StudyEntry& study,
                      QWidget* parent, std::function<void()> ready)
{
    QStringList hashes;
    for (const SeriesEntry& series : study.series) {
        for (const InstanceEntry& instance : series.instances)
            hashes.append(instance.sha256);
    }
    runAsync<bool>(
        parent,
        [dataDir, hashes] {
            const BlobStore blobs(dataDir);
            return std::all_of(hashes.cbegin(), hashes.cend(),
                               [&blobs](const QString& sha) { return blobs.contains(sha); });
        },
        [&session, dataDir, study, parent, ready](bool allHere) {
            if (allHere) {
                ready();
                return;
            }
            if (!session.isSignedIn()) {
                QMessageBox::information(
                    parent, QCoreApplication::translate("StudyDownload", "Download"),
                    QCoreApplication::translate("StudyDownload",
                                                "The images of this study are on the server. "
                                                "Sign in to download them."));
                return;
            }
            download(session, dataDir, study, parent, ready);
        });
}

} // namespace kenshu
