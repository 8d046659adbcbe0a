// SPEC section 8, issue 11.2: a private 1:1 note never reaches anything made
// for the agent, nor any other output: the card (as drawn), the agent's PDF,
// every other PDF, every score format and the team CSV. The shared note of
// the same agent and month does reach the card and the agent's PDF, so the
// checks below would see a private note if one leaked.
#include "../report/report_test_util.h"
#include "cli_test_util.h"

#include "report/card_data.h"
#include "report/card_renderer.h"
#include "report/csv_export.h"
#include "report/pdf_report.h"
#include "storage/sqlite_store.h"
#include "storage/store.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>

using namespace sc;
using namespace sc::test;

namespace {

QString dataFile(const QString &name) { return QStringLiteral(SCORECARD_TEST_DATA_DIR "/cli/") + name; }

const QString kShared = QStringLiteral("SharedMarkerKiwi");
const QString kPrivate = QStringLiteral("PrivateMarkerQuokka");

TEST(PrivateNotes, NeverInAnyOutputWhileTheSharedNoteIsOnTheAgentsCard)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
    const QString db = dir.filePath(QStringLiteral("notes.sqlite"));
    auto run = [&](const QStringList &args) { return runIn(args, clock); };
    const CliRun imported =
        run({QStringLiteral("import"), QStringLiteral("--db"), db, dataFile(QStringLiteral("agents.csv")),
             dataFile(QStringLiteral("time.csv")), dataFile(QStringLiteral("contacts.csv")),
             dataFile(QStringLiteral("qa.csv")), dataFile(QStringLiteral("survey.csv")),
             dataFile(QStringLiteral("kcs.csv")), dataFile(QStringLiteral("service_level.csv"))});
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();

    const QString agent = QStringLiteral("A001");
    const Month month(2026, 10);
    {
        auto store = openStore(db, clock);
        OneOnOneNote shared{agent, month, QStringLiteral("Agreed: ") + kShared, {}};
        store->saveNote(shared);
        OneOnOneNote priv{agent, month, QStringLiteral("Worried: ") + kPrivate, {}};
        priv.visibility = NoteVisibility::Private;
        store->saveNote(priv);
        // Both are stored, each under its own visibility.
        ASSERT_EQ(store->note(agent, month)->text, QStringLiteral("Agreed: ") + kShared);
        ASSERT_EQ(store->note(agent, month, NoteVisibility::Private)->text, QStringLiteral("Worried: ") + kPrivate);

        // The card as drawn: the supervisor's and the agent's ("My card").
        std::optional<CardData> card = buildCardData(*store, agent, month);
        ASSERT_TRUE(card.has_value());
        for (bool agentView : {false, true}) {
            card->agentView = agentView;
            QPdfWriter pdf(dir.filePath(QStringLiteral("screen.pdf")));
            QPainter p(&pdf);
            CardRenderer::paint(p, QRectF(0, 0, pdf.width(), pdf.height()), *card);
            p.end();
            const QString text = pdfText(dir.filePath(QStringLiteral("screen.pdf")));
            EXPECT_TRUE(text.contains(kShared)) << "view " << agentView << ": the shared note is on the card";
            EXPECT_FALSE(text.contains(kPrivate)) << "view " << agentView;
        }

        // The team table's CSV.
        const MonthReport report = scoreMonth(*store, month);
        EXPECT_FALSE(QString::fromUtf8(teamTableCsv(report, QString(), nullptr)).contains(kPrivate));
    }

    // Every PDF the command line makes: the agent's card, every card, the
    // split cards, each team's report.
    const QString cardPdf = dir.filePath(QStringLiteral("agent.pdf"));
    ASSERT_EQ(run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                   QStringLiteral("2026-10"), QStringLiteral("--agent"), agent, QStringLiteral("--out"), cardPdf})
                  .code,
              0);
    EXPECT_TRUE(pdfText(cardPdf).contains(kShared)) << "the agent's PDF has the shared note";
    EXPECT_FALSE(pdfText(cardPdf).contains(kPrivate));

    const QString allPdf = dir.filePath(QStringLiteral("all.pdf"));
    ASSERT_EQ(run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                   QStringLiteral("2026-10"), QStringLiteral("--all"), QStringLiteral("--out"), allPdf})
                  .code,
              0);
    EXPECT_TRUE(pdfText(allPdf).contains(kShared));
    EXPECT_FALSE(pdfText(allPdf).contains(kPrivate));

    const QString split = dir.filePath(QStringLiteral("split"));
    ASSERT_EQ(run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                   QStringLiteral("2026-10"), QStringLiteral("--all"), QStringLiteral("--split"), split})
                  .code,
              0);
    int files = 0;
    for (QDirIterator it(split, {QStringLiteral("*.pdf")}, QDir::Files); it.hasNext();) {
        ++files;
        EXPECT_FALSE(pdfText(it.next()).contains(kPrivate));
    }
    EXPECT_GT(files, 0);

    for (const char *team : {"Billing", "Support"}) {
        const QString teamPdf = dir.filePath(QStringLiteral("team-%1.pdf").arg(QLatin1String(team)));
        ASSERT_EQ(run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                       QStringLiteral("2026-10"), QStringLiteral("--team"), QLatin1String(team),
                       QStringLiteral("--out"), teamPdf})
                      .code,
                  0);
        EXPECT_FALSE(pdfText(teamPdf).contains(kPrivate));
    }

    // Every score format.
    for (const char *format : {"json", "csv", "table"}) {
        const CliRun r = run({QStringLiteral("score"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                              QStringLiteral("2026-10"), QStringLiteral("--format"), QLatin1String(format)});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        EXPECT_FALSE(r.out.contains(kPrivate)) << format;
    }
}

TEST(PrivateNotes, OnlyTheirAuthorReadsThem)
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
    const QString db = dir.filePath(QStringLiteral("authors.sqlite"));
    ASSERT_EQ(
        runIn({QStringLiteral("import"), QStringLiteral("--db"), db, dataFile(QStringLiteral("agents.csv"))}, clock)
            .code,
        0);
    auto store = openStore(db, clock);
    auto *sqlite = dynamic_cast<SqliteStore *>(store.get());
    ASSERT_NE(sqlite, nullptr);
    const Month month(2026, 10);
    sqlite->setUserName(QStringLiteral("sam"));
    OneOnOneNote mine{QStringLiteral("A001"), month, QStringLiteral("Sam's own remark"), {}};
    mine.visibility = NoteVisibility::Private;
    store->saveNote(mine);
    store->saveNote({QStringLiteral("A001"), month, QStringLiteral("Shared with Alice"), {}});
    EXPECT_EQ(store->note(QStringLiteral("A001"), month, NoteVisibility::Private)->author, QStringLiteral("sam"));

    sqlite->setUserName(QStringLiteral("tina"));
    EXPECT_FALSE(store->note(QStringLiteral("A001"), month, NoteVisibility::Private).has_value())
        << "another supervisor does not read Sam's private note";
    EXPECT_EQ(store->note(QStringLiteral("A001"), month)->text, QStringLiteral("Shared with Alice"));
    // Tina's own private note is a second one; Sam's is unchanged.
    OneOnOneNote hers = mine;
    hers.text = QStringLiteral("Tina's remark");
    store->saveNote(hers);
    sqlite->setUserName(QStringLiteral("sam"));
    EXPECT_EQ(store->note(QStringLiteral("A001"), month, NoteVisibility::Private)->text,
              QStringLiteral("Sam's own remark"));
}

} // namespace
