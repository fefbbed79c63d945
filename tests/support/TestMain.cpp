// GoogleTest main for the Kenshu test executables (added to each test target by the parent
// CMakeLists, see tests/support/CMakeLists.txt).
//
// Creates a QApplication when KENSHU_TEST_WIDGETS is defined (link Qt6::Widgets then), else a
// QGuiApplication. QT_QPA_PLATFORM defaults to "offscreen" so tests run without a display.
#include <QtGlobal>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#ifdef KENSHU_TEST_WIDGETS
#include <QApplication>
using KenshuTestApplication = QApplication;
#else
#include <QGuiApplication>
using KenshuTestApplication = QGuiApplication;
#endif

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    KenshuTestApplication app(argc, argv);
    ::testing::InitGoogleMock(&argc, argv);
    return RUN_ALL_TESTS();
}
