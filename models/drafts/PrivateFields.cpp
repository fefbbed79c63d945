#include "PrivateFields.h"

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr QLatin1StringView kValues = "values"_L1;

} // namespace

const QStringList& privateReportFields()
{
    static const QStringList fields{u"remarks"_s};
    return fields;
}

QJsonObject withoutPrivateFields(const QJsonObject& reportData)
{
    if (!reportData.value(kValues).isObject())
        return reportData;
    QJsonObject values = reportData.value(kValues).toObject();
    for (const QString& field : privateReportFields())
        values.remove(field);
    QJsonObject result = reportData;
    result.insert(kValues, values);
    return result;
}

QJsonObject withLocalPrivateFields(const QJsonObject& fromServer, const QJsonObject& local)
{
    if (!fromServer.value(kValues).isObject())
        return fromServer;
    const QJsonObject localValues = local.value(kValues).toObject();
    QJsonObject values = fromServer.value(kValues).toObject();
    for (const QString& field : privateReportFields()) {
        values.remove(field);
        if (localValues.contains(field))
            values.insert(field, localValues.value(field));
    }
    QJsonObject result = fromServer;
    result.insert(kValues, values);
    return result;
}

} // namespace kenshu
