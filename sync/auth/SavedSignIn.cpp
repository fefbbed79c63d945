#include "SavedSignIn.h"

#include "SyncStore.h"

#include <QJsonDocument>

namespace kenshu::sync {
namespace {

using namespace Qt::Literals::StringLiterals;

const QString kServer = u"signin.server"_s;
const QString kEmail = u"signin.email"_s;
const QString kMember = u"signin.member_id"_s;
const QString kCaBundle = u"signin.ca_bundle"_s;
const QString kMe = u"signin.me"_s;

} // namespace

std::optional<SavedSignIn> SavedSignIn::load(const SyncStore& store)
{
    SavedSignIn saved;
    saved.server = QUrl(store.stateValue(kServer));
    if (saved.server.isEmpty())
        return std::nullopt;
    saved.email = store.stateValue(kEmail);
    saved.memberId = store.stateValue(kMember);
    saved.caBundle = store.stateValue(kCaBundle);
    saved.member = QJsonDocument::fromJson(store.stateValue(kMe).toUtf8()).object();
    return saved;
}

Status SavedSignIn::save(SyncStore& store) const
{
    const std::pair<QString, QString> values[] = {
        {kServer, server.toString()},
        {kEmail, email},
        {kMember, memberId},
        {kCaBundle, caBundle},
        {kMe, QString::fromUtf8(QJsonDocument(member).toJson(QJsonDocument::Compact))}};
    for (const auto& [key, value] : values) {
        if (Status written = store.setStateValue(key, value); !written)
            return written;
    }
    return {};
}

Status SavedSignIn::clear(SyncStore& store)
{
    for (const QString& key : {kServer, kEmail, kMember, kCaBundle, kMe}) {
        if (Status removed = store.removeStateValue(key); !removed)
            return removed;
    }
    return {};
}

QString SavedSignIn::keychainAccount(const QUrl& server, const QString& deviceId)
{
    return u"refresh-token %1 %2"_s.arg(server.toString(QUrl::StripTrailingSlash), deviceId);
}

} // namespace kenshu::sync
