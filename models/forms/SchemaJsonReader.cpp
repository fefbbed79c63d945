#include "SchemaJsonReader.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

} // namespace

bool SchemaJsonReader::ok() const
{
    return !m_error.has_value();
}

const Error& SchemaJsonReader::error() const
{
    return *m_error;
}

void SchemaJsonReader::fail(const QString& path, const QString& problem)
{
    if (!m_error)
        m_error = Error{path.isEmpty() ? problem : path + u": "_s + problem};
}

void SchemaJsonReader::onlyKeys(const QJsonObject& object, const QString& path,
                                std::initializer_list<QLatin1StringView> allowed)
{
    for (const QString& key : object.keys()) {
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
            fail(path, QCoreApplication::translate("FormSchema", "unknown key \"%1\"").arg(key));
            return;
        }
    }
}

QJsonObject SchemaJsonReader::object(const QJsonValue& value, const QString& path)
{
    if (!ok())
        return {};
    if (!value.isObject()) {
        fail(path, QCoreApplication::translate("FormSchema", "expected an object"));
        return {};
    }
    return value.toObject();
}

QString SchemaJsonReader::string(const QJsonObject& object, const QString& path,
                                 QLatin1StringView key, Presence presence)
{
    if (!ok())
        return {};
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && presence == Presence::Optional)
        return {};
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        fail(schemaPath(path, key),
             value.isUndefined()
                 ? QCoreApplication::translate("FormSchema", "missing")
                 : QCoreApplication::translate("FormSchema", "expected a non-empty string"));
        return {};
    }
    return value.toString();
}

QString SchemaJsonReader::identifier(const QJsonObject& object, const QString& path,
                                     QLatin1StringView key)
{
    static const QRegularExpression pattern(u"^[a-z][a-z0-9_]*$"_s);
    const QString id = string(object, path, key, Presence::Required);
    if (ok() && !pattern.match(id).hasMatch()) {
        fail(schemaPath(path, key),
             QCoreApplication::translate("FormSchema",
                                         "\"%1\" is not an identifier (lower-case letters, "
                                         "digits and _, starting with a letter)")
                 .arg(id));
    }
    return id;
}

LocalizedText SchemaJsonReader::localized(const QJsonObject& object, const QString& path,
                                          QLatin1StringView key, Presence presence)
{
    if (!ok() || (presence == Presence::Optional && !object.contains(key)))
        return {};
    const QString textPath = schemaPath(path, key);
    if (!object.contains(key)) {
        fail(textPath, QCoreApplication::translate("FormSchema", "missing"));
        return {};
    }
    const QJsonObject texts = this->object(object.value(key), textPath);
    onlyKeys(texts, textPath, {"ja"_L1, "en"_L1});
    LocalizedText result;
    result.ja = string(texts, textPath, "ja"_L1, Presence::Required);
    result.en = string(texts, textPath, "en"_L1, Presence::Required);
    return result;
}

bool SchemaJsonReader::boolean(const QJsonObject& object, const QString& path,
                               QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!ok() || value.isUndefined())
        return false;
    if (!value.isBool())
        fail(schemaPath(path, key),
             QCoreApplication::translate("FormSchema", "expected true or false"));
    return value.toBool();
}

std::optional<double> SchemaJsonReader::number(const QJsonObject& object, const QString& path,
                                               QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!ok() || value.isUndefined())
        return std::nullopt;
    if (!value.isDouble()) {
        fail(schemaPath(path, key), QCoreApplication::translate("FormSchema", "expected a number"));
        return std::nullopt;
    }
    return value.toDouble();
}

std::optional<qint64> SchemaJsonReader::positiveInteger(const QJsonObject& object,
                                                        const QString& path, QLatin1StringView key,
                                                        Presence presence)
{
    const QJsonValue value = object.value(key);
    if (!ok() || (value.isUndefined() && presence == Presence::Optional))
        return std::nullopt;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 1 || std::floor(number) != number) {
        fail(schemaPath(path, key),
             value.isUndefined()
                 ? QCoreApplication::translate("FormSchema", "missing")
                 : QCoreApplication::translate("FormSchema", "expected a positive integer"));
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

QJsonArray SchemaJsonReader::array(const QJsonObject& object, const QString& path,
                                   QLatin1StringView key, Presence presence)
{
    const QJsonValue value = object.value(key);
    if (!ok() || (value.isUndefined() && presence == Presence::Optional))
        return {};
    if (value.isUndefined() || !value.isArray()) {
        fail(schemaPath(path, key),
             value.isUndefined() ? QCoreApplication::translate("FormSchema", "missing")
                                 : QCoreApplication::translate("FormSchema", "expected an array"));
        return {};
    }
    if (presence == Presence::Required && value.toArray().isEmpty())
        fail(schemaPath(path, key), QCoreApplication::translate("FormSchema", "must not be empty"));
    return value.toArray();
}

QString schemaPath(const QString& parent, QLatin1StringView key)
{
    return parent.isEmpty() ? QString(key) : parent + u'.' + key;
}

QString schemaPath(const QString& parent, QLatin1StringView key, qsizetype index)
{
    return schemaPath(parent, key) + u'[' + QString::number(index) + u']';
}

} // namespace kenshu
