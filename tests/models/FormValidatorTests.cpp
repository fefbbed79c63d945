#include "FormSchemaParser.h"
#include "FormValidator.h"
#include "QtPrinters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

namespace {

FormSchema schema()
{
    const Expected<FormSchema> parsed = parseFormSchema(R"({
      "id": "check", "version": 1,
      "title": {"ja": "検証", "en": "Check"},
      "sections": [{"id": "only", "title": {"ja": "項目", "en": "Items"}, "fields": [
        {"id": "title", "type": "text", "label": {"ja": "題", "en": "Title"},
         "required": true, "maxLength": 10},
        {"id": "notes", "type": "multiline", "label": {"ja": "メモ", "en": "Notes"}, "maxLength": 5},
        {"id": "slot", "type": "number", "label": {"ja": "番号", "en": "Slot"},
         "integer": true, "min": 1, "max": 20},
        {"id": "hours", "type": "number", "label": {"ja": "時間", "en": "Hours"}, "min": 0.5},
        {"id": "day", "type": "date", "label": {"ja": "日", "en": "Day"}},
        {"id": "care_period", "type": "dateRange", "label": {"ja": "期間", "en": "Period"},
         "required": true},
        {"id": "category", "type": "singleChoice", "label": {"ja": "区分", "en": "Category"},
         "options": [{"value": "pain", "label": {"ja": "痛み", "en": "Pain"}},
                     {"value": "delirium", "label": {"ja": "せん妄", "en": "Delirium"}}]},
        {"id": "tags", "type": "multiChoice", "label": {"ja": "タグ", "en": "Tags"},
         "options": [{"value": "a", "label": {"ja": "A", "en": "A"}},
                     {"value": "b", "label": {"ja": "B", "en": "B"}}]},
        {"id": "item", "type": "rating", "label": {"ja": "項目", "en": "Item"}, "required": true},
        {"id": "supervisor", "type": "memberRef", "label": {"ja": "指導医", "en": "Supervisor"}},
        {"id": "file", "type": "attachment", "label": {"ja": "証票", "en": "Credential"},
         "accept": ["pdf", "png", "jpg", "jpeg"], "maxBytes": 5242880}
      ]}]})");
    EXPECT_TRUE(parsed) << parsed.error().message.toStdString();
    return parsed ? *parsed : FormSchema{};
}

QJsonObject validValues()
{
    return QJsonObject{
        {u"title"_s, u"カテーテル研修"_s},
        {u"notes"_s, u"短いメモ"_s},
        {u"slot"_s, 20},
        {u"hours"_s, 1.5},
        {u"day"_s, u"2024-02-29"_s},
        {u"care_period"_s, QJsonObject{{u"start"_s, u"2024-05-01"_s}, {u"end"_s, u"2024-06-30"_s}}},
        {u"category"_s, u"delirium"_s},
        {u"tags"_s, QJsonArray{u"a"_s, u"b"_s}},
        {u"item"_s, QJsonObject{{u"resident"_s, u"achieved"_s}}},
        {u"supervisor"_s, u"123456"_s},
        {u"file"_s, QJsonObject{{u"name"_s, u"認定証.PDF"_s},
                                {u"sha256"_s, QString(64, u'a')},
                                {u"size"_s, 5242880}}},
    };
}

// "fieldId:code" for each problem, in order.
QStringList problemsOf(const QJsonObject& values, const FormValidationContext& context = {})
{
    QStringList result;
    for (const FormProblem& problem : validateForm(schema(), values, context))
        result.append(problem.fieldId + u':' + problemCodeName(problem.code));
    return result;
}

QStringList problemsWith(const char* fieldId, const QJsonValue& value)
{
    QJsonObject values = validValues();
    values.insert(QString::fromLatin1(fieldId), value);
    return problemsOf(values);
}

} // namespace

TEST(Models_FormValidatorTest, ValidValuesHaveNoProblems)
{
    EXPECT_EQ(problemsOf(validValues()), QStringList());
}

TEST(Models_FormValidatorTest, AnEmptyDraftOnlyLacksRequiredFields)
{
    const QStringList expected{u"title:required"_s, u"care_period:required"_s, u"item:required"_s};
    EXPECT_EQ(problemsOf({}), expected);
    // Blank text, empty objects and nulls are empty too.
    EXPECT_EQ(problemsOf({{u"title"_s, u"  "_s},
                          {u"care_period"_s, QJsonObject{{u"start"_s, u""_s}}},
                          {u"item"_s, QJsonObject{{u"supervisor"_s, u"achieved"_s}}},
                          {u"notes"_s, QJsonValue::Null},
                          {u"tags"_s, QJsonArray()}}),
              expected);
}

TEST(Models_FormValidatorTest, EachKindOfProblem)
{
    struct Row
    {
        const char* fieldId;
        QJsonValue value;
        QString expected;
    };
    const QJsonObject goodFile = validValues().value("file"_L1).toObject();
    QJsonObject bigFile = goodFile;
    bigFile.insert(u"size"_s, 5242881);
    QJsonObject exeFile = goodFile;
    exeFile.insert(u"name"_s, u"setup.exe"_s);
    QJsonObject noExtension = goodFile;
    noExtension.insert(u"name"_s, u"pdf"_s);
    QJsonObject badHash = goodFile;
    badHash.insert(u"sha256"_s, u"xyz"_s);

    const std::vector<Row> rows{
        {"title", QString(10, u'字'), {}},
        {"title", QString(11, u'字'), u"title:too_long"_s},
        {"title", 42, u"title:wrong_type"_s},
        {"notes", u"\U0001F600\U0001F600\U0001F600\U0001F600\U0001F600"_s, {}},
        {"notes", u"abcdef"_s, u"notes:too_long"_s},
        {"slot", 1, {}},
        {"slot", 0, u"slot:below_min"_s},
        {"slot", 21, u"slot:above_max"_s},
        {"slot", 2.5, u"slot:not_integer"_s},
        {"slot", u"3"_s, u"slot:wrong_type"_s},
        {"hours", 0.4, u"hours:below_min"_s},
        {"hours", 1000, {}},
        {"day", u"2023-02-29"_s, u"day:bad_date"_s},
        {"day", u"2024/02/01"_s, u"day:bad_date"_s},
        {"care_period", QJsonObject{{u"start"_s, u"2024-05-01"_s}},
         u"care_period:incomplete_range"_s},
        {"care_period", QJsonObject{{u"start"_s, u"2024-05-01"_s}, {u"end"_s, u"2024-04-30"_s}},
         u"care_period:end_before_start"_s},
        {"care_period",
         QJsonObject{{u"start"_s, u"2024-05-01"_s}, {u"end"_s, u"2024-05-01"_s}},
         {}},
        {"care_period", QJsonObject{{u"start"_s, u"2024-05-01"_s}, {u"end"_s, u"soon"_s}},
         u"care_period:bad_date"_s},
        {"care_period", u"2024-05-01"_s, u"care_period:wrong_type"_s},
        {"category", u"pain"_s, {}},
        {"category", u"fatigue"_s, u"category:unknown_option"_s},
        {"tags", QJsonArray{u"a"_s, u"c"_s}, u"tags:unknown_option"_s},
        {"tags", u"a"_s, u"tags:wrong_type"_s},
        {"item", QJsonObject{{u"resident"_s, u"maybe"_s}}, u"item:wrong_type"_s},
        {"item", QJsonObject{{u"resident"_s, u"achieved"_s}, {u"director"_s, u"achieved"_s}},
         u"item:wrong_type"_s},
        {"item",
         QJsonObject{{u"resident"_s, u"not_achieved"_s}, {u"supervisor"_s, u"achieved"_s}},
         {}},
        {"supervisor", QJsonArray{u"x"_s}, u"supervisor:wrong_type"_s},
        {"file", bigFile, u"file:file_too_large"_s},
        {"file", exeFile, u"file:file_type_not_accepted"_s},
        {"file", noExtension, u"file:file_type_not_accepted"_s},
        {"file", badHash, u"file:wrong_type"_s},
    };
    for (const Row& row : rows) {
        const QStringList expected =
            row.expected.isEmpty() ? QStringList() : QStringList{row.expected};
        EXPECT_EQ(problemsWith(row.fieldId, row.value), expected)
            << row.fieldId << " = "
            << QJsonDocument(QJsonArray{row.value}).toJson(QJsonDocument::Compact).toStdString();
    }
}

TEST(Models_FormValidatorTest, DatesWithinAGivenBound)
{
    FormValidationContext context;
    context.dateBounds.insert(u"care_period"_s, DateRange{QDate(2024, 5, 1), QDate(2024, 12, 31)});
    context.dateBounds.insert(u"day"_s, DateRange{QDate(2024, 1, 1), QDate()});
    EXPECT_EQ(problemsOf(validValues(), context), QStringList());

    QJsonObject values = validValues();
    values.insert(u"care_period"_s,
                  QJsonObject{{u"start"_s, u"2024-04-30"_s}, {u"end"_s, u"2024-06-30"_s}});
    values.insert(u"day"_s, u"2023-12-31"_s);
    EXPECT_EQ(problemsOf(values, context),
              (QStringList{u"day:outside_bound"_s, u"care_period:outside_bound"_s}));

    const QList<FormProblem> problems = validateForm(schema(), values, context);
    ASSERT_EQ(problems.size(), 2);
    EXPECT_EQ(problems[0].message, u"Dates must not be before 2024-01-01."_s);
    EXPECT_EQ(problems[1].message, u"Dates must lie between 2024-05-01 and 2024-12-31."_s);
}

TEST(Models_FormValidatorTest, MessagesCarryTheLimits)
{
    QJsonObject values = validValues();
    values.insert(u"title"_s, QString(11, u'x'));
    values.insert(u"slot"_s, 0);
    values.insert(u"hours"_s, 0.25);
    QJsonObject bigFile = values.value("file"_L1).toObject();
    bigFile.insert(u"size"_s, 6000000);
    values.insert(u"file"_s, bigFile);
    values.remove(u"item"_s);

    QStringList messages;
    for (const FormProblem& problem : validateForm(schema(), values))
        messages.append(problem.message);
    EXPECT_EQ(messages,
              (QStringList{u"At most 10 characters."_s, u"At least 1."_s, u"At least 0.5."_s,
                           u"Required."_s, u"The file is larger than 5.0 MB."_s}));
}

TEST(Models_FormValidatorTest, ValuesUnknownToTheSchemaAreLeftAlone)
{
    QJsonObject values = validValues();
    values.insert(u"field_of_an_older_version"_s, 12);
    EXPECT_EQ(problemsOf(values), QStringList());
}

TEST(Models_FormValidatorTest, ProblemCodesRoundTrip)
{
    for (int i = 0; i <= static_cast<int>(ProblemCode::FileTypeNotAccepted); ++i) {
        const auto code = static_cast<ProblemCode>(i);
        EXPECT_EQ(problemCodeFromName(problemCodeName(code)), code) << i;
    }
    EXPECT_EQ(problemCodeName(ProblemCode::EndBeforeStart), u"end_before_start"_s);
    EXPECT_FALSE(problemCodeFromName(u"bogus"_s).has_value());
}
