// GoogleTest printers for the Qt value types the suites compare, so that a failed EXPECT_EQ
// shows readable values instead of raw bytes. Header-only; include it in test sources.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariant>
#include <ostream>

QT_BEGIN_NAMESPACE

inline void PrintTo(const QString& value, std::ostream* os)
{
    *os << '"' << value.toStdString() << '"';
}

inline void PrintTo(const QStringList& value, std::ostream* os)
{
    *os << '[';
    for (qsizetype i = 0; i < value.size(); ++i)
        *os << (i ? ", " : "") << '"' << value[i].toStdString() << '"';
    *os << ']';
}

inline void PrintTo(const QByteArray& value, std::ostream* os)
{
    *os << "QByteArray(" << value.size() << " bytes: " << value.left(64).toHex().toStdString()
        << (value.size() > 64 ? "..." : "") << ')';
}

inline void PrintTo(const QUuid& value, std::ostream* os)
{
    *os << value.toString().toStdString();
}

inline void PrintTo(const QDateTime& value, std::ostream* os)
{
    *os << value.toString(Qt::ISODateWithMs).toStdString();
}

inline void PrintTo(const QVariant& value, std::ostream* os)
{
    *os << "QVariant(" << (value.isValid() ? value.typeName() : "invalid") << ", "
        << value.toString().toStdString() << ')';
}

QT_END_NAMESPACE
