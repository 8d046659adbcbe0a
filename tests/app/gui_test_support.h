#pragma once
// Shared fixtures of the GUI tests: a store filled from tests/data/app and a
// paint device that records every text drawn on it (to read the card).
#include "app/main_window.h"
#include "core/clock.h"
#include "report/card_data.h"
#include "storage/store.h"

#include <QPaintDevice>
#include <QPaintEngine>
#include <QStringList>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

class QWidget;

namespace sc::test {

QString appDataFile(const QString &name); // tests/data/app/<name>

// A fresh SQLite store in `dir` with agents, time, contacts, qa and kcs of
// tests/data/app imported (the month 2026-10, and 2026-09 for A001).
std::unique_ptr<Store> makeFilledStore(const QTemporaryDir &dir, const Clock &clock, QString *path = nullptr);

// The clock of the tests: 2026-11-05, so October 2026 is the last complete month.
const Clock &testClock();

// Waits until `w` is the application's active window. Activation is
// asynchronous (the platform reports it later), and a window's shortcuts
// work only once it is active.
bool waitUntilActive(QWidget *w);

// The fixture of the main-window tests: the real MainWindow on a filled
// store (makeFilledStore), 1280x800, shown and active.
class FilledWindowTest : public ::testing::Test {
protected:
    void SetUp() override;
    // The agent ids in the order the team table shows them.
    QStringList tableOrder() const;

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<MainWindow> window;
};

// Records the text items painted on it; everything else is discarded.
class TextRecorder : public QPaintDevice {
public:
    explicit TextRecorder(QSize size);
    ~TextRecorder() override;
    QPaintEngine *paintEngine() const override;
    QStringList texts() const;
    // The height of each text's font in device pixels (font size times the
    // painter's scale), in the order of texts().
    QList<double> textPixelSizes() const;
    // All texts joined with '\n', to search in.
    QString joined() const { return texts().join(QLatin1Char('\n')); }

protected:
    int metric(PaintDeviceMetric m) const override;

private:
    class Engine;
    QSize m_size;
    Engine *m_engine;
};

// Collects every qDebug/qWarning message while it lives (and still passes
// them on to the previous handler), to assert that an action printed none.
class MessageCatcher {
public:
    MessageCatcher();
    ~MessageCatcher();
    MessageCatcher(const MessageCatcher &) = delete;
    MessageCatcher &operator=(const MessageCatcher &) = delete;
    QStringList messages() const;
    // The messages that contain `part`.
    QStringList containing(const QString &part) const;
};

// The texts CardRenderer draws for a card (what screen and PDF show).
QStringList cardTexts(const CardData &card);

// Every text a user can see in a widget tree: labels, buttons, window
// titles, line edits, combo items, item views (all roles shown), tool tips,
// actions and menus.
QStringList visibleTexts(const QWidget *root);

} // namespace sc::test
