// A member directory and case reports for the approval request tests (models and widgets):
// one program with two rooms, supervisors with and without the certification a 2024 case needs,
// a facility certified throughout and one whose certification ended in 2023.
#pragma once

#include "Directory.h"
#include "DraftWorkflow.h"
#include "FormLibrary.h"

#include <QJsonObject>

namespace kenshu::test {

using namespace Qt::Literals::StringLiterals;

inline const QString kProgram = u"prog-palliative"_s;
inline const QString kRoomA = u"room-a"_s;
inline const QString kRoomB = u"room-b"_s;
inline const QString kResident = u"100001"_s;

inline DirectoryMember directoryMember(QString id, QString name, QString kana,
                                       QList<DirectoryRole> roles,
                                       std::vector<DateRange> certifications = {})
{
    return {std::move(id), std::move(name), std::move(kana), std::move(roles),
            std::move(certifications)};
}

inline Directory approvalDirectory()
{
    Directory directory;
    directory.members = {
        directoryMember(kResident, u"研修 花子"_s, u"けんしゅう はなこ"_s,
                        {{Role::Resident, kProgram, kRoomA},
                         // A resident who also supervises elsewhere is still never offered.
                         {Role::Supervisor, kProgram, QString()}},
                        {{QDate(2020, 4, 1), QDate()}}),
        directoryMember(u"200001"_s, u"田中 一郎"_s, u"タナカ イチロウ"_s,
                        {{Role::Supervisor, kProgram, QString()}},
                        {{QDate(2015, 4, 1), QDate(2020, 3, 31)}, {QDate(2020, 4, 1), QDate()}}),
        directoryMember(u"200002"_s, u"佐藤 次郎"_s, u"サトウ ジロウ"_s,
                        {{Role::Supervisor, kProgram, kRoomA}}, {{QDate(2025, 4, 1), QDate()}}),
        directoryMember(u"200003"_s, u"Smith John"_s, u"スミス ジョン"_s,
                        {{Role::Supervisor, kProgram, kRoomB}}, {{QDate(2010, 4, 1), QDate()}}),
        directoryMember(u"300001"_s, u"鈴木 三郎"_s, u"スズキ サブロウ"_s,
                        {{Role::Director, kProgram, QString()}}, {{QDate(2010, 4, 1), QDate()}}),
        directoryMember(u"200009"_s, u"高橋 四郎"_s, u"タカハシ シロウ"_s,
                        {{Role::Supervisor, u"prog-other"_s, QString()}},
                        {{QDate(2010, 4, 1), QDate()}}),
    };
    directory.facilities = {
        {u"fac-1"_s, u"緩和ケアセンター"_s, u"K-0101"_s, kProgram, {{QDate(2018, 4, 1), QDate()}}},
        {u"fac-2"_s,
         u"旧市民病院"_s,
         u"K-0057"_s,
         kProgram,
         {{QDate(2015, 4, 1), QDate(2023, 3, 31)}}},
        {u"fac-9"_s,
         u"Other Program Hospital"_s,
         u"X-0001"_s,
         u"prog-other"_s,
         {{QDate(2015, 4, 1), QDate()}}},
    };
    return directory;
}

inline const FormSchema& caseReportForm()
{
    static const QList<FormSchema> forms = *loadBuiltInForms();
    return *currentForm(forms, u"specialist_case_report"_s);
}

// Every required field filled; the care period from `start` to `end` at `facility`.
inline QJsonObject caseReportValues(int slot, const QString& facility, const QString& start,
                                    const QString& end)
{
    return {{u"slot"_s, slot},
            {u"category"_s, u"pain"_s},
            {u"facility"_s, facility},
            {u"care_period"_s, QJsonObject{{u"start"_s, start}, {u"end"_s, end}}},
            {u"patient_age"_s, 72},
            {u"patient_sex"_s, u"female"_s},
            {u"diagnosis"_s, u"Pancreatic cancer"_s},
            {u"history"_s, u"History."_s},
            {u"assessment"_s, u"Assessment."_s},
            {u"intervention"_s, u"Intervention."_s},
            {u"outcome"_s, u"Outcome."_s},
            {u"discussion"_s, u"Discussion."_s},
            {u"remarks"_s, u"private note"_s}};
}

// A registered case report of the resident.
inline ReportDraft registeredReport(int slot, const QString& facility = u"fac-1"_s,
                                    const QString& start = u"2024-05-01"_s,
                                    const QString& end = u"2024-07-31"_s)
{
    ReportDraft draft = newDraft(caseReportForm(), {}, kResident);
    draft.state = u"registered"_s;
    draft.title = u"Case %1"_s.arg(slot);
    draft.values = caseReportValues(slot, facility, start, end);
    return draft;
}

} // namespace kenshu::test
