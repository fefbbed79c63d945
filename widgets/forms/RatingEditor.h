#pragma once

#include "FieldEditor.h"

class QComboBox;

namespace kenshu {

// A ○/× rating from both sides: the resident's self-rating and the supervisor's. Each side can
// be locked on its own, as the evaluation-sheet rules decide.
class RatingEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RatingEditor)

public:
    explicit RatingEditor(QWidget* parent);

    QWidget* widget() const override { return m_box; }
    QComboBox* residentBox() const { return m_resident; }
    QComboBox* supervisorBox() const { return m_supervisor; }
    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    void setReadOnly(bool readOnly) override;
    void setSidesEditable(bool resident, bool supervisor);

private:
    QWidget* m_box;
    QComboBox* m_resident;
    QComboBox* m_supervisor;
};

} // namespace kenshu
