#include "FormHtml.h"

#include "EvaluationSheet.h"
#include "LocalizedText.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QStringList>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

const QString kTable = u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\" "
                       "style=\"border-collapse: collapse; border-color: #000000; "
                       "border-style: solid; margin-bottom: 8px\">"_s;

struct PrintedStateName
{
    QLatin1StringView name;
    LocalizedText text;
};

const PrintedStateName kStateNames[] = {
    {"draft"_L1, {u"下書き"_s, u"Draft"_s}},
    {"submitted"_L1, {u"提出済"_s, u"Submitted"_s}},
    {"closed"_L1, {u"クローズ（承認）"_s, u"Closed (approved)"_s}},
    {"reopened"_L1, {u"再オープン"_s, u"Reopened"_s}},
    {"unregistered"_L1, {u"未登録"_s, u"Unregistered"_s}},
    {"registered"_L1, {u"未承認"_s, u"Registered, not approved"_s}},
    {"approval_requested"_L1, {u"承認依頼中"_s, u"Approval requested"_s}},
    {"approved"_L1, {u"承認"_s, u"Approved"_s}},
    {"rejected"_L1, {u"非承認"_s, u"Rejected"_s}},
    {"in_training"_L1, {u"研修継続中"_s, u"In training"_s}},
    {"completed"_L1, {u"研修修了"_s, u"Completed"_s}},
};

const LocalizedText kAuthor{u"作成者"_s, u"Author"_s};
const LocalizedText kSavedOn{u"作成日"_s, u"Date"_s};
const LocalizedText kState{u"状態"_s, u"Status"_s};
const LocalizedText kReviewer{u"指導医"_s, u"Supervisor"_s};
const LocalizedText kItem{u"評価項目"_s, u"Item"_s};
const LocalizedText kSelfRating{u"自己評価"_s, u"Self-rating"_s};
const LocalizedText kSupervisorRating{u"指導医評価"_s, u"Supervisor"_s};
const LocalizedText kRangeSeparator{u" 〜 "_s, u" – "_s};
const LocalizedText kRatingLegend{u"○：達成　×：未達成"_s, u"○: achieved   ×: not yet"_s};

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

// A shaded label cell; `html` is already escaped.
QString headerCell(const QString& html, int widthPercent = 0)
{
    const QString width = widthPercent > 0 ? u" width=\"%1%\""_s.arg(widthPercent) : QString();
    return u"<th align=\"left\" bgcolor=\"#eeeeee\""_s + width + u'>' + html + u"</th>"_s;
}

QString ratingMark(Rating rating)
{
    switch (rating) {
    case Rating::Achieved:
        return u"○"_s;
    case Rating::NotAchieved:
        return u"×"_s;
    case Rating::Unrated:
        break;
    }
    return {};
}

// Every option, the chosen ones ticked, as on a paper form.
QString choicesHtml(const FormField& field, const QStringList& chosen, const QString& language)
{
    QStringList lines;
    for (const FieldOption& option : field.options) {
        lines.append((chosen.contains(option.value) ? u"■ "_s : u"□ "_s) +
                     option.label.text(language).toHtmlEscaped());
    }
    return lines.join(u"<br>"_s);
}

QString numberText(const FormField& field, const QJsonValue& value, const QString& language)
{
    const QString unit = field.unit.text(language);
    const QString number = QString::number(value.toDouble());
    return unit.isEmpty() ? number : number + u' ' + unit;
}

QString valueHtml(const FormField& field, const QJsonValue& value, const QString& language)
{
    switch (field.type) {
    case FieldType::SingleChoice:
        return choicesHtml(field, {value.toString()}, language);
    case FieldType::MultiChoice: {
        QStringList chosen;
        for (const QJsonValue& item : value.toArray())
            chosen.append(item.toString());
        return choicesHtml(field, chosen, language);
    }
    case FieldType::Number:
        return value.isDouble() ? escaped(numberText(field, value, language)) : QString();
    case FieldType::DateRange: {
        const QJsonObject range = value.toObject();
        if (range.isEmpty())
            return {};
        return escaped(range.value("start"_L1).toString() + kRangeSeparator.text(language) +
                       range.value("end"_L1).toString());
    }
    case FieldType::Attachment:
        return escaped(value.toObject().value("name"_L1).toString());
    case FieldType::Rating:
    case FieldType::Text:
    case FieldType::Multiline:
    case FieldType::Date:
    case FieldType::MemberRef:
    case FieldType::FacilityRef:
    case FieldType::CaseRef:
        break;
    }
    return escaped(value.toString());
}

// A label and its value, half of a header box row.
QString headerPairHtml(const LocalizedText& label, const QString& value, const QString& language)
{
    return headerCell(label.text(language), 15) + u"<td width=\"35%\">"_s + escaped(value) +
           u"</td>"_s;
}

QString headerBoxHtml(const ReportDraft& draft, const QString& language)
{
    const QString savedOn = draft.savedAt.isValid()
                                ? draft.savedAt.toLocalTime().date().toString(Qt::ISODate)
                                : QString();
    return kTable + u"<tr>"_s + headerPairHtml(kAuthor, draft.authorId, language) +
           headerPairHtml(kSavedOn, savedOn, language) + u"</tr><tr>"_s +
           headerPairHtml(kState, printedStateName(draft.state, language), language) +
           headerPairHtml(kReviewer, draft.reviewerId, language) + u"</tr></table>"_s;
}

QString ratingTableHtml(const QList<const FormField*>& fields, const QJsonObject& values,
                        const QString& language)
{
    QStringList ids;
    for (const FormField* field : fields)
        ids.append(field->id);
    const std::vector<EvaluationItem> items = ratingsFromJson(ids, values);
    QString html = kTable + u"<tr>"_s + headerCell(kItem.text(language)) +
                   headerCell(kSelfRating.text(language), 14) +
                   headerCell(kSupervisorRating.text(language), 14) + u"</tr>"_s;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const EvaluationItem& item = items.at(static_cast<std::size_t>(i));
        html += u"<tr><td>"_s + escaped(fields.at(i)->label.text(language)) +
                u"</td><td align=\"center\">"_s + ratingMark(item.resident) +
                u"</td><td align=\"center\">"_s + ratingMark(item.supervisor) + u"</td></tr>"_s;
    }
    return html + u"</table>"_s;
}

QString fieldTableHtml(const QList<const FormField*>& fields, const QJsonObject& values,
                       const QString& language)
{
    QString html = kTable;
    for (const FormField* field : fields) {
        html += u"<tr>"_s + headerCell(escaped(field->label.text(language)), 30) + u"<td>"_s +
                valueHtml(*field, values.value(field->id), language) + u"</td></tr>"_s;
    }
    return html + u"</table>"_s;
}

// Consecutive fields of one kind (ratings or not) share a table, keeping the schema's order.
QString sectionHtml(const FormSection& section, const QJsonObject& values, const QString& language)
{
    QString html = u"<h3>"_s + escaped(section.title.text(language)) + u"</h3>"_s;
    QList<const FormField*> run;
    const auto closeRun = [&] {
        if (run.isEmpty())
            return;
        html += run.first()->type == FieldType::Rating ? ratingTableHtml(run, values, language)
                                                       : fieldTableHtml(run, values, language);
        run.clear();
    };
    for (const FormField& field : section.fields) {
        if (!run.isEmpty() &&
            (run.first()->type == FieldType::Rating) != (field.type == FieldType::Rating))
            closeRun();
        run.append(&field);
    }
    closeRun();
    return html;
}

} // namespace

QString printedStateName(const QString& stateName, const QString& language)
{
    for (const PrintedStateName& entry : kStateNames) {
        if (entry.name == stateName)
            return entry.text.text(language);
    }
    return stateName;
}

QString formHtml(const FormSchema& schema, const ReportDraft& draft, const QString& language)
{
    QString html = u"<html><body><p align=\"center\" style=\"font-size: 15pt; font-weight: "
                   "bold\">"_s +
                   escaped(schema.title.text(language)) + u"</p>"_s;
    if (!draft.title.isEmpty())
        html +=
            u"<p align=\"center\" style=\"font-size: 12pt\">"_s + escaped(draft.title) + u"</p>"_s;
    html += headerBoxHtml(draft, language);
    if (!schema.ratingFieldIds().isEmpty())
        html += u"<p style=\"font-size: 8pt\">"_s + kRatingLegend.text(language) + u"</p>"_s;
    for (const FormSection& section : schema.sections)
        html += sectionHtml(section, draft.values, language);
    return html + u"</body></html>"_s;
}

} // namespace kenshu
