// gtest main for the report tests: a QGuiApplication on the offscreen
// platform (fonts and QPdfWriter need the GUI application, not a display).
#include <QGuiApplication>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleMock(&argc, argv);
    return RUN_ALL_TESTS();
}
