#pragma once

#include <QByteArray>
#include <QString>

namespace kenshu::deid {

// Replaces a UID by one derived from it with a keyed hash, so that the same UID always maps to
// the same new UID on this workstation (a study imported twice deduplicates, references
// between instances stay intact) while nobody without the site secret can map it back:
// "2.25." followed by the decimal form of the first 128 bits of HMAC-SHA256(secret, UID), with
// the version and variant bits of an RFC 9562 version-8 UUID, as PS3.5 B.2 expects of 2.25 UIDs.
// Immutable, so one instance may serve many threads.
class UidRemapper final
{
public:
    explicit UidRemapper(QByteArray siteSecret);

    QString remap(const QString& uid) const;

private:
    QByteArray m_secret;
};

} // namespace kenshu::deid
