// gtest main for the CLI tests. The report subcommand paints PDFs, which
// needs a QGuiApplication (offscreen) when the report library is built in.
#include <QCoreApplication>
#include <QStandardPaths>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <memory>

#include <QGuiApplication>

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true); // never touch the user's real data folder
    std::unique_ptr<QCoreApplication> app;
    // `report` paints PDF text: the tests run it in-process.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    app = std::make_unique<QGuiApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Scorecard"));
    QCoreApplication::setApplicationName(QStringLiteral("ScorecardCliTest"));
    ::testing::InitGoogleMock(&argc, argv);
    return RUN_ALL_TESTS();
}
