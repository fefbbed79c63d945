// Test helper for Models_AutosaveTest: "types" a text into a draft through DraftAutosaver, one
// character every 50 ms, printing each typed length, until it is killed.
//
//   autosave_child DATA_DIR DRAFT_ID TEXT
#include "DraftAutosaver.h"

#include <QCoreApplication>
#include <QTimer>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4) {
        std::fputs("usage: autosave_child DATA_DIR DRAFT_ID TEXT\n", stderr);
        return 2;
    }
    const QString text = arguments.at(3);
    kenshu::ReportDraft draft;
    draft.id = QUuid::fromString(arguments.at(2));
    draft.formId = u"visit_guidance_report"_s;
    draft.formVersion = 1;
    draft.state = u"draft"_s;
    draft.authorId = u"123456"_s;
    kenshu::DraftAutosaver autosaver(arguments.at(1), kenshu::RecordType::Report, draft,
                                     u"123456"_s);
    QObject::connect(&autosaver, &kenshu::DraftAutosaver::failed, [](const QString& message) {
        std::fprintf(stderr, "autosave failed: %s\n", qPrintable(message));
    });

    qsizetype typed = 0;
    QTimer keystrokes;
    keystrokes.setInterval(50);
    QObject::connect(&keystrokes, &QTimer::timeout, [&] {
        if (typed == text.size()) {
            QCoreApplication::quit();
            return;
        }
        ++typed;
        autosaver.setValues(QJsonObject{{"summary"_L1, text.left(typed)}});
        std::printf("%lld\n", static_cast<long long>(typed));
        std::fflush(stdout);
    });
    keystrokes.start();
    return QCoreApplication::exec();
}
