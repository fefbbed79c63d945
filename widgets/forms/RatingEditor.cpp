#include "RatingEditor.h"

#include "EvaluationSheet.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonObject>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

QComboBox* ratingBox(QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->addItem(u"—"_s, QString());
    box->addItem(u"○"_s, ratingName(Rating::Achieved));
    box->addItem(u"×"_s, ratingName(Rating::NotAchieved));
    box->setMinimumWidth(64);
    return box;
}

} // namespace

RatingEditor::RatingEditor(QWidget* parent)
    : FieldEditor(parent), m_box(new QWidget(parent)), m_resident(ratingBox(m_box)),
      m_supervisor(ratingBox(m_box))
{
    m_resident->setObjectName(u"residentRating"_s);
    m_resident->setToolTip(tr("Self-rating (resident)"));
    m_supervisor->setObjectName(u"supervisorRating"_s);
    m_supervisor->setToolTip(tr("Supervisor's rating"));
    auto* layout = new QHBoxLayout(m_box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_resident);
    layout->addWidget(m_supervisor);
    layout->addStretch();
    connect(m_resident, &QComboBox::activated, this, &FieldEditor::edited);
    connect(m_supervisor, &QComboBox::activated, this, &FieldEditor::edited);
}

QJsonValue RatingEditor::value() const
{
    QJsonObject rating;
    if (const QString resident = m_resident->currentData().toString(); !resident.isEmpty())
        rating.insert(ratingSideName(RatingSide::Resident), resident);
    if (const QString supervisor = m_supervisor->currentData().toString(); !supervisor.isEmpty())
        rating.insert(ratingSideName(RatingSide::Supervisor), supervisor);
    return rating.isEmpty() ? QJsonValue() : QJsonValue(rating);
}

void RatingEditor::setValue(const QJsonValue& value)
{
    const QJsonObject rating = value.toObject();
    m_resident->setCurrentIndex(std::max(
        0, m_resident->findData(rating.value(ratingSideName(RatingSide::Resident)).toString())));
    m_supervisor->setCurrentIndex(std::max(
        0,
        m_supervisor->findData(rating.value(ratingSideName(RatingSide::Supervisor)).toString())));
}

void RatingEditor::setReadOnly(bool readOnly)
{
    setSidesEditable(!readOnly, !readOnly);
}

void RatingEditor::setSidesEditable(bool resident, bool supervisor)
{
    m_resident->setEnabled(resident);
    m_supervisor->setEnabled(supervisor);
}

} // namespace kenshu
