// bench_case_list: how long the case library takes to open with N cases (DESIGN.md target:
// 10,000 cases in < 100 ms). Builds a store of N cases with one study each, then times what the
// main window does on start: open the store, read the summaries, fill the list model.
// Prints one JSON line; figures are recorded in docs/performance.md.
//
//   bench_case_list [--cases N] [--runs R]
#include "CaseLibrary.h"
#include "CaseListModel.h"
#include "LocalStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

namespace {

bool populate(const QString& dataDir, int cases)
{
    Expected<std::unique_ptr<LocalStore>> store = LocalStore::open(dataDir);
    if (!store || !(*store)->begin())
        return false;
    CaseLibrary library(**store);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < cases; ++i) {
        const QUuid caseId = QUuid::createUuid();
        const QString title = u"%1-%2"_s.arg(100000 + i / 999).arg(i % 999 + 1, 3, 10, QChar(u'0'));
        if (!library.putCase(caseId, title, u"LAD #7 90%, case %1"_s.arg(i), now, u"123456"_s))
            return false;
        StudyEntry study;
        study.id = QUuid::createUuid();
        study.caseId = caseId;
        study.studyInstanceUid = u"1.2.3.%1"_s.arg(i);
        study.studyDate = u"20260115"_s;
        study.description = u"Coronary angiography"_s;
        SeriesEntry series;
        series.seriesInstanceUid = u"1.2.3.%1.1"_s.arg(i);
        series.modality = u"XA"_s;
        for (int n = 1; n <= 12; ++n) {
            InstanceEntry instance;
            instance.sopInstanceUid = u"1.2.3.%1.1.%2"_s.arg(i).arg(n);
            instance.frames = 90;
            instance.sha256 = QString(64, u'a');
            series.instances.append(instance);
        }
        study.series.append(series);
        if (!library.putStudy(study, u"123456"_s))
            return false;
    }
    return bool((*store)->commit());
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption casesOption(u"cases"_s, u"Number of cases."_s, u"N"_s, u"10000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Timed runs."_s, u"R"_s, u"7"_s);
    const QCommandLineOption dirOption(u"data-dir"_s, u"Build the library here and keep it."_s,
                                       u"DIR"_s);
    parser.addOptions({casesOption, runsOption, dirOption});
    parser.process(app);
    const int cases = parser.value(casesOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir temporary;
    const QString dataDir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    if (!temporary.isValid() || !populate(dataDir, cases)) {
        QTextStream(stderr) << "could not build the test library\n";
        return 1;
    }
    std::vector<double> times;
    std::vector<double> openTimes;
    std::vector<double> queryTimes;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        Expected<std::unique_ptr<LocalStore>> store = LocalStore::open(dataDir);
        openTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        Expected<QList<CaseSummary>> summaries = CaseLibrary(**store).caseSummaries();
        queryTimes.push_back(double(timer.nsecsElapsed()) / 1e6 - openTimes.back());
        CaseListModel model;
        model.setCases(*summaries);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (model.rowCount() != cases) {
            QTextStream(stderr) << "expected " << cases << " rows, got " << model.rowCount()
                                << '\n';
            return 1;
        }
    }
    const auto median = [](std::vector<double> values) {
        std::sort(values.begin(), values.end());
        return values[values.size() / 2];
    };
    std::sort(times.begin(), times.end());
    QTextStream(stdout) << u"{\"cases\":%1,\"runs\":%2,\"median_ms\":%3,\"min_ms\":%4,"
                           "\"max_ms\":%5,\"open_median_ms\":%6,\"query_median_ms\":%7}\n"_s
                               .arg(cases)
                               .arg(runs)
                               .arg(times[times.size() / 2], 0, 'f', 1)
                               .arg(times.front(), 0, 'f', 1)
                               .arg(times.back(), 0, 'f', 1)
                               .arg(median(openTimes), 0, 'f', 1)
                               .arg(median(queryTimes), 0, 'f', 1);
    return 0;
}
