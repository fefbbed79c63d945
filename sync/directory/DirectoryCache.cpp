#include "DirectoryCache.h"

#include "DirectoryJson.h"
#include "UtcTimestamp.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace kenshu::sync {
namespace {

using namespace Qt::Literals::StringLiterals;

const QString kFileName = u"directory.json"_s;
const QString kFetchedAt = u"fetchedAt"_s;
const QString kBody = u"directory"_s;

} // namespace

DirectoryCache::DirectoryCache(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString DirectoryCache::path() const
{
    return QDir(m_dataDir).filePath(kFileName);
}

Status DirectoryCache::write(const QJsonObject& serverBody, const QDateTime& fetchedAt) const
{
    QSaveFile file(path());
    const QByteArray bytes =
        QJsonDocument(QJsonObject{{kFetchedAt, formatUtcTimestamp(fetchedAt)}, {kBody, serverBody}})
            .toJson(QJsonDocument::Compact);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{QCoreApplication::translate("DirectoryCache",
                                                 "The member directory could not be saved to "
                                                 "%1: %2")
                         .arg(QDir::toNativeSeparators(path()), file.errorString())};
    return {};
}

Expected<std::optional<DirectorySnapshot>> DirectoryCache::read() const
{
    QFile file(path());
    if (!file.exists())
        return std::optional<DirectorySnapshot>{};
    const auto unreadable = [this](const QString& why) {
        return Error{QCoreApplication::translate("DirectoryCache",
                                                 "The saved member directory %1 cannot be read: "
                                                 "%2")
                         .arg(QDir::toNativeSeparators(path()), why)};
    };
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return unreadable(parseError.errorString());
    Expected<Directory> directory = parseDirectory(document.object().value(kBody).toObject());
    if (!directory)
        return unreadable(directory.error().message);
    return std::optional<DirectorySnapshot>{DirectorySnapshot{
        std::move(*directory), parseUtcTimestamp(document.object().value(kFetchedAt).toString())}};
}

} // namespace kenshu::sync
