#pragma once

#include "Expected.h"
#include "LocalizedText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>
#include <initializer_list>
#include <optional>

namespace kenshu {

// Reads typed values out of a form schema's JSON and keeps the first problem, named by its
// path ("sections[1].fields[3].type: ..."), so that the parser reads as a list of fields. Once
// it has failed, every read returns an empty value and the first error stays.
class SchemaJsonReader final
{
public:
    enum class Presence { Optional, Required };

    bool ok() const;
    const Error& error() const;
    void fail(const QString& path, const QString& problem);

    // Refuses keys outside `allowed` (a typo such as "requird" must not pass silently).
    void onlyKeys(const QJsonObject& object, const QString& path,
                  std::initializer_list<QLatin1StringView> allowed);
    QJsonObject object(const QJsonValue& value, const QString& path);
    QString string(const QJsonObject& object, const QString& path, QLatin1StringView key,
                   Presence presence);
    // A lower-case identifier: letters, digits and '_', starting with a letter.
    QString identifier(const QJsonObject& object, const QString& path, QLatin1StringView key);
    // {"ja": ..., "en": ...} with both texts.
    LocalizedText localized(const QJsonObject& object, const QString& path, QLatin1StringView key,
                            Presence presence);
    bool boolean(const QJsonObject& object, const QString& path, QLatin1StringView key);
    std::optional<double> number(const QJsonObject& object, const QString& path,
                                 QLatin1StringView key);
    std::optional<qint64> positiveInteger(const QJsonObject& object, const QString& path,
                                          QLatin1StringView key, Presence presence);
    // A non-empty array when required; an empty QJsonArray when optional and absent.
    QJsonArray array(const QJsonObject& object, const QString& path, QLatin1StringView key,
                     Presence presence);

private:
    std::optional<Error> m_error;
};

// "parent.key", or "key" at the root.
QString schemaPath(const QString& parent, QLatin1StringView key);
// "parent.key[index]".
QString schemaPath(const QString& parent, QLatin1StringView key, qsizetype index);

} // namespace kenshu
