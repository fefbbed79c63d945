#include "FormSchemaParser.h"
#include "QtPrinters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <functional>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

namespace {

QJsonObject text(const char* ja, const char* en)
{
    return {{u"ja"_s, QString::fromUtf8(ja)}, {u"en"_s, QString::fromUtf8(en)}};
}

QJsonObject field(const char* id, const char* type)
{
    return {{u"id"_s, QString::fromLatin1(id)},
            {u"type"_s, QString::fromLatin1(type)},
            {u"label"_s, text("ラベル", "Label")}};
}

// A schema with one field of every type, in two sections.
QJsonObject goodSchema()
{
    QJsonObject number = field("hours", "number");
    number.insert(u"min"_s, 0.5);
    number.insert(u"max"_s, 24);
    number.insert(u"unit"_s, text("時間", "hours"));
    QJsonObject slot = field("slot", "number");
    slot.insert(u"integer"_s, true);
    QJsonObject title = field("title", "text");
    title.insert(u"required"_s, true);
    title.insert(u"maxLength"_s, 100);
    title.insert(u"help"_s, text("ヘルプ", "Help"));
    QJsonObject choice = field("venue", "singleChoice");
    choice.insert(
        u"options"_s,
        QJsonArray{
            QJsonObject{{u"value"_s, u"onsite"_s}, {u"label"_s, text("現地", "On site")}},
            QJsonObject{{u"value"_s, u"online"_s}, {u"label"_s, text("オンライン", "Online")}}});
    QJsonObject multi = field("procedures", "multiChoice");
    multi.insert(u"options"_s, QJsonArray{QJsonObject{{u"value"_s, u"ecmo"_s},
                                                      {u"label"_s, text("ECMO", "ECMO")}}});
    QJsonObject file = field("certificate", "attachment");
    file.insert(u"accept"_s, QJsonArray{u"pdf"_s, u"png"_s});
    file.insert(u"maxBytes"_s, 5242880);

    return {
        {u"id"_s, u"sample_report"_s},
        {u"version"_s, 3},
        {u"workflow"_s, u"training_report"_s},
        {u"title"_s, text("サンプル報告書", "Sample report")},
        {u"sections"_s,
         QJsonArray{
             QJsonObject{{u"id"_s, u"first"_s},
                         {u"title"_s, text("概要", "Summary")},
                         {u"fields"_s, QJsonArray{title, field("notes", "multiline"), number, slot,
                                                  field("day", "date"),
                                                  field("period", "dateRange"), choice, multi}}},
             QJsonObject{
                 {u"id"_s, u"second"_s},
                 {u"title"_s, text("詳細", "Details")},
                 {u"help"_s, text("説明", "Explanation")},
                 {u"fields"_s, QJsonArray{field("item_a", "rating"), field("who", "memberRef"),
                                          field("where", "facilityRef"), field("which", "caseRef"),
                                          file, field("item_b", "rating")}}},
         }},
    };
}

// goodSchema() with `edit` applied to the JSON, parsed; the error message.
QString errorAfter(const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject root = goodSchema();
    edit(root);
    const Expected<FormSchema> schema = formSchemaFromJson(root);
    return schema ? u"(parsed)"_s : schema.error().message;
}

// Replaces key `key` of field `fieldIndex` in section `sectionIndex` (removes it when undefined).
std::function<void(QJsonObject&)> setField(int sectionIndex, int fieldIndex, const char* key,
                                           const QJsonValue& value)
{
    return [=](QJsonObject& root) {
        QJsonArray sections = root.value("sections"_L1).toArray();
        QJsonObject section = sections.at(sectionIndex).toObject();
        QJsonArray fields = section.value("fields"_L1).toArray();
        QJsonObject target = fields.at(fieldIndex).toObject();
        if (value.isUndefined())
            target.remove(QString::fromLatin1(key));
        else
            target.insert(QString::fromLatin1(key), value);
        fields.replace(fieldIndex, target);
        section.insert(u"fields"_s, fields);
        sections.replace(sectionIndex, section);
        root.insert(u"sections"_s, sections);
    };
}

} // namespace

TEST(Models_FormSchemaParserTest, ReadsEveryFieldType)
{
    const Expected<FormSchema> schema = formSchemaFromJson(goodSchema());
    ASSERT_TRUE(schema) << schema.error().message.toStdString();
    EXPECT_EQ(schema->id, u"sample_report"_s);
    EXPECT_EQ(schema->version, 3);
    EXPECT_EQ(schema->workflow, WorkflowKind::TrainingReport);
    EXPECT_EQ(schema->title.ja, u"サンプル報告書"_s);
    EXPECT_EQ(schema->title.text(u"en_GB"_s), u"Sample report"_s);
    ASSERT_EQ(schema->sections.size(), 2);
    EXPECT_EQ(schema->sections[1].help.text(u"ja_JP"_s), u"説明"_s);
    EXPECT_EQ(schema->fields().size(), 14);

    const FormField* title = schema->field(u"title"_s);
    ASSERT_NE(title, nullptr);
    EXPECT_EQ(title->type, FieldType::Text);
    EXPECT_TRUE(title->required);
    EXPECT_EQ(title->maxLength, 100);
    EXPECT_EQ(title->help.en, u"Help"_s);

    const FormField* hours = schema->field(u"hours"_s);
    ASSERT_NE(hours, nullptr);
    EXPECT_EQ(hours->min, 0.5);
    EXPECT_EQ(hours->max, 24.0);
    EXPECT_FALSE(hours->integer);
    EXPECT_EQ(hours->unit.ja, u"時間"_s);
    EXPECT_TRUE(schema->field(u"slot"_s)->integer);

    const FormField* venue = schema->field(u"venue"_s);
    ASSERT_NE(venue, nullptr);
    ASSERT_EQ(venue->options.size(), 2);
    EXPECT_EQ(venue->options[1].value, u"online"_s);
    EXPECT_EQ(venue->options[1].label.ja, u"オンライン"_s);

    const FormField* certificate = schema->field(u"certificate"_s);
    ASSERT_NE(certificate, nullptr);
    EXPECT_EQ(certificate->accept, (QStringList{u"pdf"_s, u"png"_s}));
    EXPECT_EQ(certificate->maxBytes, 5242880);

    const QStringList types{u"text"_s,       u"multiline"_s, u"number"_s,       u"number"_s,
                            u"date"_s,       u"dateRange"_s, u"singleChoice"_s, u"multiChoice"_s,
                            u"rating"_s,     u"memberRef"_s, u"facilityRef"_s,  u"caseRef"_s,
                            u"attachment"_s, u"rating"_s};
    QStringList parsedTypes;
    for (const FormField* each : schema->fields())
        parsedTypes.append(fieldTypeName(each->type));
    EXPECT_EQ(parsedTypes, types);
    EXPECT_EQ(schema->ratingFieldIds(), (QStringList{u"item_a"_s, u"item_b"_s}));
    EXPECT_EQ(schema->field(u"nope"_s), nullptr);
}

TEST(Models_FormSchemaParserTest, ASideGivesAFieldToOneRater)
{
    QJsonObject root = goodSchema();
    setField(0, 1, "side", u"supervisor"_s)(root);
    const Expected<FormSchema> schema = formSchemaFromJson(root);
    ASSERT_TRUE(schema) << schema.error().message.toStdString();
    EXPECT_EQ(schema->fields().at(1)->side, RatingSide::Supervisor);
    EXPECT_FALSE(schema->fields().at(0)->side.has_value());
}

TEST(Models_FormSchemaParserTest, WorkflowIsOptional)
{
    QJsonObject root = goodSchema();
    root.remove(u"workflow"_s);
    EXPECT_FALSE(formSchemaFromJson(root)->workflow.has_value());
    root.insert(u"workflow"_s, u"none"_s);
    EXPECT_FALSE(formSchemaFromJson(root)->workflow.has_value());
}

TEST(Models_FormSchemaParserTest, BadSchemasNameTheField)
{
    struct Row
    {
        std::function<void(QJsonObject&)> edit;
        QString expected;
    };
    const std::vector<Row> rows{
        {setField(1, 3, "type", u"foo"_s), uR"(sections[1].fields[3].type: unknown type "foo")"_s},
        {setField(0, 0, "type", QJsonValue::Undefined), u"sections[0].fields[0].type: missing"_s},
        {setField(0, 1, "requird", true), uR"(sections[0].fields[1]: unknown key "requird")"_s},
        {setField(0, 1, "required", u"yes"_s),
         u"sections[0].fields[1].required: expected true or false"_s},
        {setField(0, 0, "maxLength", 0),
         u"sections[0].fields[0].maxLength: expected a positive integer"_s},
        {setField(0, 4, "maxLength", 10),
         u"sections[0].fields[4].maxLength: not used by a date field"_s},
        {setField(0, 2, "min", 30), u"sections[0].fields[2].max: less than min"_s},
        {setField(0, 2, "max", u"ten"_s), u"sections[0].fields[2].max: expected a number"_s},
        {setField(0, 6, "options", QJsonArray()),
         u"sections[0].fields[6].options: must not be empty"_s},
        {setField(0, 6, "options", QJsonValue::Undefined),
         u"sections[0].fields[6].options: missing"_s},
        {setField(0, 6, "options",
                  QJsonArray{QJsonObject{{u"value"_s, u"a"_s}, {u"label"_s, text("あ", "A")}},
                             QJsonObject{{u"value"_s, u"a"_s}, {u"label"_s, text("い", "B")}}}),
         uR"(sections[0].fields[6].options[1].value: duplicate option "a")"_s},
        {setField(0, 6, "options", QJsonArray{QJsonObject{{u"value"_s, u"a"_s}}}),
         u"sections[0].fields[6].options[0].label: missing"_s},
        {setField(1, 0, "options", QJsonArray{}),
         u"sections[1].fields[0].options: not used by a rating field"_s},
        {setField(1, 4, "accept", QJsonArray{u".PDF"_s}),
         u"sections[1].fields[4].accept[0]: expected a lower-case file extension without a dot"_s},
        {setField(1, 1, "id", u"hours"_s),
         uR"(sections[1].fields[1].id: duplicate field id "hours" (also at sections[0].fields[2]))"_s},
        {setField(0, 0, "id", u"Title"_s),
         uR"(sections[0].fields[0].id: "Title" is not an identifier (lower-case letters, digits and _, starting with a letter))"_s},
        {setField(0, 3, "label", QJsonObject{{u"ja"_s, u"番号"_s}}),
         u"sections[0].fields[3].label.en: missing"_s},
        {setField(0, 3, "label", QJsonObject{{u"ja"_s, u"番号"_s}, {u"en"_s, u" "_s}}),
         u"sections[0].fields[3].label.en: expected a non-empty string"_s},
        {setField(0, 3, "help",
                  QJsonObject{{u"ja"_s, u"a"_s}, {u"en"_s, u"b"_s}, {u"fr"_s, u"c"_s}}),
         uR"(sections[0].fields[3].help: unknown key "fr")"_s},
        {setField(0, 1, "side", u"director"_s),
         u"sections[0].fields[1].side: expected resident or supervisor"_s},
        {setField(1, 0, "side", u"resident"_s),
         u"sections[1].fields[0].side: a rating has both sides"_s},
        {[](QJsonObject& root) { root.remove(u"title"_s); }, u"title: missing"_s},
        {[](QJsonObject& root) { root.insert(u"version"_s, 1.5); },
         u"version: expected a positive integer"_s},
        {[](QJsonObject& root) { root.insert(u"workflow"_s, u"approval"_s); },
         uR"(workflow: unknown workflow "approval")"_s},
        {[](QJsonObject& root) { root.insert(u"sections"_s, QJsonArray()); },
         u"sections: must not be empty"_s},
        {[](QJsonObject& root) { root.insert(u"sections"_s, QJsonArray{u"x"_s}); },
         u"sections[0]: expected an object"_s},
        {[](QJsonObject& root) { root.insert(u"colour"_s, u"blue"_s); },
         uR"(unknown key "colour")"_s},
        {[](QJsonObject& root) {
             QJsonArray sections = root.value("sections"_L1).toArray();
             QJsonObject second = sections.at(1).toObject();
             second.insert(u"id"_s, u"first"_s);
             sections.replace(1, second);
             root.insert(u"sections"_s, sections);
         },
         uR"(sections[1].id: duplicate section id "first" (also at sections[0]))"_s},
    };
    for (const Row& row : rows)
        EXPECT_EQ(errorAfter(row.edit), row.expected);
}

TEST(Models_FormSchemaParserTest, BadJsonIsReported)
{
    const Expected<FormSchema> broken = parseFormSchema("{\"id\": ");
    ASSERT_FALSE(broken);
    EXPECT_TRUE(broken.error().message.startsWith(u"not valid JSON at offset 7: "_s))
        << broken.error().message.toStdString();
    const Expected<FormSchema> array = parseFormSchema("[]");
    ASSERT_FALSE(array);
    EXPECT_EQ(array.error().message, u"a schema is a JSON object"_s);
    const Expected<FormSchema> good =
        parseFormSchema(QJsonDocument(goodSchema()).toJson(QJsonDocument::Compact));
    EXPECT_TRUE(good);
}

TEST(Models_FormSchemaParserTest, LocalizedTextFallsBackToTheOtherLanguage)
{
    const LocalizedText both{u"報告書"_s, u"Report"_s};
    EXPECT_EQ(both.text(u"ja"_s), u"報告書"_s);
    EXPECT_EQ(both.text(u"ja_JP"_s), u"報告書"_s);
    EXPECT_EQ(both.text(u"en_US"_s), u"Report"_s);
    EXPECT_EQ(both.text(u"de"_s), u"Report"_s);
    EXPECT_EQ((LocalizedText{u"報告書"_s, {}}.text(u"en"_s)), u"報告書"_s);
    EXPECT_EQ((LocalizedText{{}, u"Report"_s}.text(u"ja"_s)), u"Report"_s);
    EXPECT_TRUE(LocalizedText{}.isEmpty());
}
