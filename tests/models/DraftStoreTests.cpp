// Drafts in the local store: record types, rev, unknown keys, no validation on save.
#include "DraftStore.h"
#include "FormLibrary.h"
#include "LocalStore.h"
#include "QtPrinters.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

namespace {

class Models_DraftStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        Expected<std::unique_ptr<LocalStore>> store = LocalStore::open(m_dir.path());
        ASSERT_TRUE(store) << store.error().message.toStdString();
        m_store = std::move(*store);
    }

    static ReportDraft draft(const QString& formId, const QJsonObject& values = {})
    {
        ReportDraft result;
        result.id = QUuid::createUuid();
        result.formId = formId;
        result.formVersion = 1;
        result.state = u"draft"_s;
        result.authorId = u"123456"_s;
        result.values = values;
        return result;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
};

} // namespace

TEST_F(Models_DraftStoreTest, TheRecordTypeFollowsTheFormsWorkflow)
{
    const Expected<QList<FormSchema>> forms = loadBuiltInForms();
    ASSERT_TRUE(forms) << forms.error().message.toStdString();
    const FormSchema* sheet = currentForm(*forms, u"curriculum_evaluation_sheet"_s);
    const FormSchema* visit = currentForm(*forms, u"visit_guidance_report"_s);
    const FormSchema* log = currentForm(*forms, u"experience_case_log"_s);
    ASSERT_TRUE(sheet && visit && log);
    EXPECT_EQ(recordTypeForForm(*sheet), RecordType::EvaluationSheet);
    EXPECT_EQ(recordTypeForForm(*visit), RecordType::Report);
    EXPECT_EQ(recordTypeForForm(*log), RecordType::Report);
}

TEST_F(Models_DraftStoreTest, SavesAnIncompleteDraftAsADirtyLocalEdit)
{
    DraftStore drafts(*m_store, u"123456"_s);
    // Every required field of the form is empty: saving does not care.
    const ReportDraft empty = draft(u"visit_guidance_report"_s);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Expected<QDateTime> savedAt = drafts.save(RecordType::Report, empty);
    ASSERT_TRUE(savedAt) << savedAt.error().message.toStdString();
    EXPECT_GE(*savedAt, before.addMSecs(-1));

    const std::optional<Record> record = m_store->record(empty.id);
    ASSERT_TRUE(record);
    EXPECT_EQ(record->type, RecordType::Report);
    EXPECT_EQ(record->rev, 0);
    EXPECT_EQ(record->updatedBy, u"123456"_s);
    EXPECT_EQ(m_store->outboxSize(), 1);
    const QList<StoredRecord> stored = m_store->storedRecords(RecordType::Report);
    ASSERT_EQ(stored.size(), 1);
    EXPECT_TRUE(stored.first().dirty);

    const Expected<ReportDraft> loaded = drafts.load(empty.id);
    ASSERT_TRUE(loaded) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->formId, u"visit_guidance_report"_s);
    EXPECT_EQ(loaded->savedAt, *savedAt);
}

TEST_F(Models_DraftStoreTest, KeepsTheRevAndTheKeysItDoesNotKnow)
{
    ReportDraft fromServer = draft(u"visit_guidance_report"_s);
    Record pulled;
    pulled.id = fromServer.id;
    pulled.type = RecordType::Report;
    pulled.rev = 7;
    pulled.updatedAt = QDateTime::currentDateTimeUtc();
    pulled.data = fromServer.toJson();
    pulled.data.insert("serverNote"_L1, u"kept"_s);
    ASSERT_TRUE(m_store->putRecord(pulled, /*localEdit=*/false));

    DraftStore drafts(*m_store, u"123456"_s);
    fromServer.values = QJsonObject{{"summary"_L1, u"症例検討"_s}};
    ASSERT_TRUE(drafts.save(RecordType::Report, fromServer));

    const std::optional<Record> record = m_store->record(fromServer.id);
    ASSERT_TRUE(record);
    EXPECT_EQ(record->rev, 7);
    EXPECT_EQ(record->data.value("serverNote"_L1).toString(), u"kept"_s);
    EXPECT_EQ(record->data.value("values"_L1).toObject().value("summary"_L1).toString(),
              u"症例検討"_s);
}

TEST_F(Models_DraftStoreTest, ListsByTypeAndCase)
{
    DraftStore drafts(*m_store, u"123456"_s);
    const QUuid caseId = QUuid::createUuid();
    ReportDraft ofCase = draft(u"visit_guidance_report"_s);
    ofCase.caseId = caseId;
    const ReportDraft alone = draft(u"case_conference_report"_s);
    const ReportDraft sheet = draft(u"curriculum_evaluation_sheet"_s);
    ASSERT_TRUE(drafts.save(RecordType::Report, ofCase));
    ASSERT_TRUE(drafts.save(RecordType::Report, alone));
    ASSERT_TRUE(drafts.save(RecordType::EvaluationSheet, sheet));

    const QList<ReportDraft> reports = drafts.list(RecordType::Report);
    ASSERT_EQ(reports.size(), 2);
    EXPECT_EQ(reports.at(0).id, ofCase.id);
    EXPECT_EQ(reports.at(1).id, alone.id);
    const QList<ReportDraft> ofThatCase = drafts.list(RecordType::Report, caseId);
    ASSERT_EQ(ofThatCase.size(), 1);
    EXPECT_EQ(ofThatCase.first().caseId, caseId);
    const QList<ReportDraft> sheets = drafts.list(RecordType::EvaluationSheet);
    ASSERT_EQ(sheets.size(), 1);
    EXPECT_EQ(sheets.first().formId, u"curriculum_evaluation_sheet"_s);
}

TEST_F(Models_DraftStoreTest, LoadingWhatIsNotADraftFails)
{
    const DraftStore drafts(*m_store, u"123456"_s);
    const QUuid missing = QUuid::fromString(u"00000000-0000-4000-8000-000000000001"_s);
    const Expected<ReportDraft> draft = drafts.load(missing);
    ASSERT_FALSE(draft);
    EXPECT_EQ(draft.error().message, u"There is no draft 00000000-0000-4000-8000-000000000001."_s);
}
