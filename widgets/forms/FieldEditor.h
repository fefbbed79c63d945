#pragma once

#include "FormField.h"

#include <QJsonValue>
#include <QObject>
#include <memory>

class QWidget;

namespace kenshu {

// The input for one form field: shows a value, reports edits. One small class per field type
// (FieldEditors.cpp); the form view only lays them out.
class FieldEditor : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldEditor)

public:
    explicit FieldEditor(QObject* parent = nullptr) : QObject(parent) {}
    ~FieldEditor() override = default;

    virtual QWidget* widget() const = 0;
    // Null/undefined when empty: the validator decides whether that is allowed.
    virtual QJsonValue value() const = 0;
    virtual void setValue(const QJsonValue& value) = 0;
    virtual void setReadOnly(bool readOnly) = 0;

signals:
    void edited();
};

// The editor for `field`, labels in `language` ("ja" or "en").
std::unique_ptr<FieldEditor> makeFieldEditor(const FormField& field, const QString& language,
                                             QWidget* parent);

} // namespace kenshu
