// The app's side of the note kill test: the real MainWindow (offscreen) on a
// database, in a process of its own that the test kills with SIGKILL.
//
//   note_typing_helper DB AGENT type   selects AGENT in April 2026 and types
//       into the 1:1 notes field like a user: bursts of text (15 ms a key),
//       each followed by a pause longer than the autosave delay. Prints
//       "typing N" before each burst and "saved N" once the autosave after
//       it has stored the first N characters. Runs until killed.
//   note_typing_helper DB AGENT show   opens the app the same way and prints
//       the notes field's text as "text <hex of UTF-8>", then quits.
//
// Every burst's text is typedText(k), so the test knows every prefix.
#include "app/main_window.h"
#include "app/notes_panel.h"
#include "core/clock.h"
#include "storage/store.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <iostream>

using namespace sc;

namespace {

QString burst(int k) { return QStringLiteral("Talk %1: hold times, then the KB article on refunds. ").arg(k); }

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc != 4) {
        std::cerr << "usage: note_typing_helper DB AGENT type|show" << std::endl;
        return 64;
    }
    const QString db = QString::fromLocal8Bit(argv[1]);
    const QString agent = QString::fromLocal8Bit(argv[2]);
    const QString mode = QString::fromLocal8Bit(argv[3]);
    SystemClock clock;
    MainWindow window(openStore(db, clock), db, clock);
    window.show();
    window.setMonth(Month(2026, 4));
    if (!window.selectAgent(agent)) {
        std::cerr << "no agent " << agent.toStdString() << " in April 2026" << std::endl;
        return 65;
    }
    NotesPanel *panel = window.notesPanel();
    QPlainTextEdit *editor = panel->notesEditor();
    if (mode == QLatin1String("show")) {
        std::cout << "text " << editor->toPlainText().toUtf8().toHex().toStdString() << std::endl;
        return 0;
    }
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QSignalSpy saved(panel, &NotesPanel::saved);
    for (int k = 0;; ++k) {
        std::cout << "typing " << editor->toPlainText().size() << std::endl;
        QTest::keyClicks(editor, burst(k), Qt::NoModifier, 15);
        // Wait past the autosave delay for its save.
        const int before = int(saved.count());
        if (QTest::qWaitFor([&] { return saved.count() > before; }, panel->autosaveDelayMs() + 2000))
            std::cout << "saved " << editor->toPlainText().size() << std::endl;
        QTest::qWait(150);
    }
}
