#include "ConflictMerge.h"

#include <QSet>
#include <algorithm>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

const QString kValues = u"values"_s;
const QString kState = u"state"_s;
const QString kSavedAt = u"savedAt"_s;
const QString kValuePrefix = u"values/"_s;
// Taken together with the state they stamp.
const QStringList kStateStamps = {u"stateChangedAt"_s, u"stateChangedBy"_s};
// The keys a reader looks at first, in this order.
const QStringList kLeadingKeys = {u"title"_s,      u"state"_s,      u"authorId"_s,
                                  u"reviewerId"_s, u"caseId"_s,     u"requestMessage"_s,
                                  u"form"_s,       u"formVersion"_s};

QStringList unionOfKeys(const QJsonObject& a, const QJsonObject& b)
{
    QStringList keys = a.keys();
    for (const QString& key : b.keys()) {
        if (!a.contains(key))
            keys.append(key);
    }
    return keys;
}

// Form values only when both sides hold them as an object (a report or sheet).
bool hasFormValues(const QJsonObject& local, const QJsonObject& server)
{
    return local.value(kValues).isObject() || server.value(kValues).isObject();
}

// The keys in `order` first, in that order, then the others by name.
void sortListedFirst(QStringList& keys, const QStringList& order)
{
    std::sort(keys.begin(), keys.end(), [&order](const QString& a, const QString& b) {
        const qsizetype ia = order.indexOf(a);
        const qsizetype ib = order.indexOf(b);
        if (ia != ib)
            return ia < 0 ? false : ib < 0 ? true : ia < ib;
        return a < b;
    });
}

void setOrRemove(QJsonObject& object, const QString& key, const QJsonValue& value)
{
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
}

} // namespace

QString formValueKey(const QString& fieldId)
{
    return kValuePrefix + fieldId;
}

QList<ConflictField> conflictFields(const QJsonObject& local, const QJsonObject& server,
                                    const QStringList& fieldOrder)
{
    QList<ConflictField> rows;
    const bool formValues = hasFormValues(local, server);
    if (formValues) {
        const QJsonObject localValues = local.value(kValues).toObject();
        const QJsonObject serverValues = server.value(kValues).toObject();
        QStringList ids = unionOfKeys(localValues, serverValues);
        sortListedFirst(ids, fieldOrder);
        for (const QString& id : std::as_const(ids))
            rows.append({formValueKey(id), id, localValues.value(id), serverValues.value(id)});
    }

    QStringList keys = unionOfKeys(local, server);
    keys.removeAll(kSavedAt);
    for (const QString& stamp : kStateStamps)
        keys.removeAll(stamp);
    if (formValues)
        keys.removeAll(kValues);
    sortListedFirst(keys, kLeadingKeys);
    for (const QString& key : std::as_const(keys))
        rows.append({key, QString(), local.value(key), server.value(key)});
    return rows;
}

QJsonObject mergedData(const QJsonObject& local, const QJsonObject& server,
                       const QHash<QString, MergeSide>& choices)
{
    QJsonObject merged = server;
    QJsonObject values = server.value(kValues).toObject();
    bool valuesChanged = false;
    for (auto choice = choices.cbegin(); choice != choices.cend(); ++choice) {
        if (choice.value() != MergeSide::Local)
            continue;
        const QString& key = choice.key();
        if (key.startsWith(kValuePrefix)) {
            const QString id = key.mid(kValuePrefix.size());
            setOrRemove(values, id, local.value(kValues).toObject().value(id));
            valuesChanged = true;
            continue;
        }
        setOrRemove(merged, key, local.value(key));
        if (key == kState) {
            for (const QString& stamp : kStateStamps)
                setOrRemove(merged, stamp, local.value(stamp));
        }
    }
    if (valuesChanged)
        merged.insert(kValues, values);
    // The merge is saved here now: it is this device's version.
    setOrRemove(merged, kSavedAt, local.value(kSavedAt));
    return merged;
}

} // namespace kenshu
