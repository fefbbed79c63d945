#include "SiteSecret.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <array>

namespace kenshu::deid {
namespace {

constexpr qsizetype kSecretBytes = 32;

Expected<QByteArray> readSecret(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("SiteSecret",
                                                 "Cannot read the de-identification key %1: %2")
                         .arg(path, file.errorString())};
    const QByteArray secret = file.read(kSecretBytes + 1);
    if (secret.size() != kSecretBytes) {
        // Replacing it would silently change every remapped UID; the user decides.
        return Error{QCoreApplication::translate(
                         "SiteSecret",
                         "The de-identification key %1 is damaged. Restore it from a backup, or "
                         "delete it to start a new one (studies de-identified before will then "
                         "get different UIDs).")
                         .arg(path)};
    }
    return secret;
}

} // namespace

QString siteSecretPath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("deidentification.key"));
}

Expected<QByteArray> loadOrCreateSiteSecret(const QString& dataDir)
{
    const QString path = siteSecretPath(dataDir);
    if (QFile::exists(path))
        return readSecret(path);
    if (!QDir().mkpath(dataDir))
        return Error{QCoreApplication::translate("SiteSecret", "Cannot create the data folder %1.")
                         .arg(dataDir)};

    // Written under a temporary name (owner-only) and moved into place without replacing, so
    // that two processes starting at once end up with the same key.
    QTemporaryFile file(QDir(dataDir).filePath(QStringLiteral("deidentification.key.XXXXXX")));
    std::array<quint32, kSecretBytes / sizeof(quint32)> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray secret(static_cast<const char*>(static_cast<const void*>(words.data())),
                            kSecretBytes);
    if (!file.open() || file.write(secret) != secret.size() || !file.flush())
        return Error{QCoreApplication::translate("SiteSecret",
                                                 "Cannot write the de-identification key %1: %2")
                         .arg(path, file.errorString())};
    if (file.rename(path)) {
        file.setAutoRemove(false);
        return secret;
    }
    if (QFile::exists(path))
        return readSecret(path);
    return Error{
        QCoreApplication::translate("SiteSecret", "Cannot write the de-identification key %1: %2")
            .arg(path, file.errorString())};
}

} // namespace kenshu::deid
