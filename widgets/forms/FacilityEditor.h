#pragma once

#include "Directory.h"
#include "FieldEditor.h"

#include <QDate>
#include <QList>

class QComboBox;

namespace kenshu {

// A facility reference: a chooser over the directory's facilities, filtered as one types. Ended
// certifications are labelled "(certification ended)" and can still be chosen (a case inside an
// earlier period). The value is the facility's id; a value that names no known facility (typed
// before the directory was there) is kept and shown as it is.
class FacilityEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FacilityEditor)

public:
    explicit FacilityEditor(QWidget* parent);
    ~FacilityEditor() override;

    QWidget* widget() const override;
    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    void setReadOnly(bool readOnly) override;

    // The facilities to choose from; the value is kept.
    void setFacilities(const QList<DirectoryFacility>& facilities, const QDate& today);
    QComboBox* comboBox() const { return m_box; }

private:
    void showValue(const QString& value);

    QComboBox* m_box;
};

} // namespace kenshu
