// PDF reports from the fixed store, checked from outside with poppler:
// page counts, sizes, text (pdftotext) and pixels (pdftoppm vs approved PNGs).
#include "report/pdf_report.h"
#include "report_fixture.h"
#include "report_test_util.h"

#include <QDir>
#include <QFile>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace sc;
using namespace sc::test;

namespace {

PdfReportOptions fixedOptions()
{
    PdfReportOptions o;
    o.generatedAt = ReportFixture::generatedAt();
    o.generatedBy = QStringLiteral("Scorecard test");
    return o;
}

// Where each needle first appears in the text; -1 when absent.
qsizetype at(const QString &text, const QString &needle) { return text.indexOf(needle); }

} // namespace

TEST(PdfReport, AgentCardIsOneLandscapePageWithRealText)
{
    ReportFixture f;
    const QString pdf = f.dir() + QStringLiteral("/card.pdf");
    QString error;
    ASSERT_TRUE(
        writeAgentCardPdf(f.store(), QStringLiteral("A001"), ReportFixture::cardMonth(), pdf, fixedOptions(), &error))
        << error.toStdString();
    EXPECT_EQ(pdfPageCount(pdf), 1);
    const QSizeF size = pdfPageSize(pdf);
    EXPECT_NEAR(size.width(), 841.89, 1.0); // A4 landscape in points
    EXPECT_NEAR(size.height(), 595.28, 1.0);
    const QString text = pdfText(pdf);
    for (const QString &s :
         {QStringLiteral("Alice Archer"), QStringLiteral("October 2026"), QStringLiteral("Team Alpha"),
          QStringLiteral("Quality score"), QStringLiteral("Contacts per hour"),
          QStringLiteral("Raise the quality score to 90"), QStringLiteral("Goal met!"), QStringLiteral("Not met yet"),
          QStringLiteral("team score"), QStringLiteral("Alice solved my billing problem")})
        EXPECT_GE(at(text, s), 0) << "missing: " << s.toStdString();
    // Rounded for reading: QA 92.0, AHT 450 s, service level 85.0%.
    EXPECT_GE(at(text, QStringLiteral("92.0")), 0);
    EXPECT_GE(at(text, QStringLiteral("450")), 0);
    EXPECT_GE(at(text, QStringLiteral("85.0%")), 0);
    // Overall by hand (default template): contacts/h 40/9600x60 = 0.25 -> 0;
    // QA 92 -> 110; CSAT 11/12 = 91.67% -> 108.33; adherence 95% -> 100; KCS
    // 10 + 2x3 + 3x1 = 19 -> 95. (0x25 + 110x25 + 108.33x15 + 100x20 + 95x15) / 100 = 78.0.
    EXPECT_GE(at(text, QStringLiteral("78.0")), 0);
    EXPECT_GE(at(text, QStringLiteral("Below goal")), 0);
    const QString info = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), {pdf}));
    EXPECT_TRUE(info.contains(QStringLiteral("Alice Archer"))) << info.toStdString(); // title metadata
    // Vector: no raster image anywhere (pdfimages lists a header of two lines only).
    const QStringList images = QString::fromUtf8(runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}))
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_EQ(images.size(), 2) << images.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("Scorecard test")));
}

TEST(PdfReport, InsufficientDataIsExplained)
{
    ReportFixture f;
    const QString pdf = f.dir() + QStringLiteral("/cara.pdf");
    QString error;
    ASSERT_TRUE(
        writeAgentCardPdf(f.store(), QStringLiteral("A003"), ReportFixture::cardMonth(), pdf, fixedOptions(), &error));
    const QString text = pdfText(pdf);
    EXPECT_GE(text.indexOf(QStringLiteral("needs 3 evaluations, has 2"), 0, Qt::CaseInsensitive), 0)
        << text.toStdString();
    EXPECT_GE(at(text, QStringLiteral("insufficient data")), 0); // no "ﬃ" ligature in the text
    EXPECT_GE(at(text, QStringLiteral("Part-time")), 0);
}

TEST(PdfReport, LetterPageSize)
{
    ReportFixture f;
    const QString pdf = f.dir() + QStringLiteral("/letter.pdf");
    PdfReportOptions o = fixedOptions();
    o.pageSize = QPageSize(QPageSize::Letter);
    QString error;
    ASSERT_TRUE(writeAgentCardPdf(f.store(), QStringLiteral("A001"), ReportFixture::cardMonth(), pdf, o, &error));
    const QSizeF size = pdfPageSize(pdf);
    EXPECT_NEAR(size.width(), 792, 1.0);
    EXPECT_NEAR(size.height(), 612, 1.0);
}

TEST(PdfReport, DefaultPageSizeFollowsTheLocale)
{
    const bool us = QLocale::system().measurementSystem() == QLocale::ImperialUSSystem;
    EXPECT_EQ(defaultPageSize().id(), us ? QPageSize::Letter : QPageSize::A4);
}

TEST(PdfReport, UnknownAgentAndUnwritablePathFail)
{
    ReportFixture f;
    QString error;
    const QString pdf = f.dir() + QStringLiteral("/none.pdf");
    EXPECT_FALSE(
        writeAgentCardPdf(f.store(), QStringLiteral("Z999"), ReportFixture::cardMonth(), pdf, fixedOptions(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("Z999")));
    EXPECT_FALSE(QFile::exists(pdf));
    error.clear();
    EXPECT_FALSE(writeAgentCardPdf(f.store(), QStringLiteral("A001"), ReportFixture::cardMonth(),
                                   f.dir() + QStringLiteral("/no/such/dir/x.pdf"), fixedOptions(), &error));
    EXPECT_FALSE(error.isEmpty());
    error.clear();
    EXPECT_FALSE(writeTeamReportPdf(f.store(), QStringLiteral("Nobody"), ReportFixture::cardMonth(), pdf,
                                    fixedOptions(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("Nobody")));
}

TEST(PdfReport, TeamReportPagesHeaderFooterAndRanking)
{
    ReportFixture f;
    const QString pdf = f.dir() + QStringLiteral("/team.pdf");
    QString error;
    ASSERT_TRUE(
        writeTeamReportPdf(f.store(), QStringLiteral("Alpha"), ReportFixture::cardMonth(), pdf, fixedOptions(), &error))
        << error.toStdString();
    // Summary, six-month trend, one ranking page for three agents.
    ASSERT_EQ(pdfPageCount(pdf), 3);
    for (int page = 1; page <= 3; ++page) {
        const QString text = pdfText(pdf, page);
        EXPECT_GE(at(text, QStringLiteral("Page %1 of 3").arg(page)), 0) << page;
        EXPECT_GE(at(text, QStringLiteral("Generated 2026-11-02 09:00 UTC by Scorecard test")), 0) << page;
        EXPECT_GE(at(text, QStringLiteral("Team Alpha")), 0) << page;
        EXPECT_GE(at(text, QStringLiteral("October 2026")), 0) << page;
        EXPECT_LT(at(text, QStringLiteral("Eve Evans")), 0) << "another team's agent on page " << page;
    }
    const QString summary = pdfText(pdf, 1);
    EXPECT_GE(at(summary, QStringLiteral("Needs attention")), 0);
    // Alice's QA goal (92 >= 90) and her done mentoring goal are celebrated; the
    // AHT goal (450 s > 400 s) is not.
    EXPECT_GE(at(summary, QStringLiteral("1:1 goals met")), 0);
    EXPECT_GE(at(summary, QStringLiteral("2 goals · 1 agent")), 0);
    EXPECT_GE(at(summary, QStringLiteral("Raise the quality score to 90")), 0);
    EXPECT_LT(at(summary, QStringLiteral("Bring handle time under 400")), 0);
    // Team service level 85.0% (team score), CSAT pooled: Alice 11/12, Bob 5/10,
    // Cara 3/3 -> 19/25 = 76.0%.
    EXPECT_GE(at(summary, QStringLiteral("85.0%")), 0);
    EXPECT_GE(at(summary, QStringLiteral("76.0%")), 0);
    // Service level September 78.0% -> October 85.0%: +7.0.
    EXPECT_GE(at(summary, QStringLiteral("+7.0")), 0);

    // Ranking by overall (default template), by hand:
    //   Alice 78.0 (see the card test);
    //   Cara: contacts/h 300/2400x60 = 7.5 -> 87.5; adherence 230/240 = 95.83% -> 105.56;
    //         KCS 0 -> 0; QA and CSAT insufficient: (87.5x25 + 105.56x20 + 0x15) / 60 = 71.6;
    //   Bob: contacts/h 800/9600x60 = 5 -> 25; QA 80 -> 50; CSAT 5/10 = 50% -> 0;
    //         adherence 400/480 = 83.33% -> 22.2; KCS 0: (625 + 1250 + 444.4) / 100 = 23.2.
    const QString ranking = pdfText(pdf, 3);
    const auto alice = at(ranking, QStringLiteral("Alice Archer"));
    const auto cara = at(ranking, QStringLiteral("Cara Chen"));
    const auto bob = at(ranking, QStringLiteral("Bob Brown"));
    ASSERT_GE(alice, 0);
    EXPECT_LT(alice, cara);
    EXPECT_LT(cara, bob);
    EXPECT_GE(at(ranking, QStringLiteral("78.0")), 0);
    EXPECT_GE(at(ranking, QStringLiteral("71.6")), 0);
    EXPECT_GE(at(ranking, QStringLiteral("23.2")), 0);
}

TEST(PdfReport, LongTeamTableSpansPagesWithItsHeader)
{
    ReportFixture f(40);
    const QString pdf = f.dir() + QStringLiteral("/gamma.pdf");
    QString error;
    ASSERT_TRUE(writeTeamReportPdf(f.store(), QStringLiteral("Gamma"), ReportFixture::cardMonth(), pdf, fixedOptions(),
                                   &error));
    // 40 agents at 25 rows per page: two ranking pages after summary and trend.
    ASSERT_EQ(pdfPageCount(pdf), 4);
    EXPECT_GE(at(pdfText(pdf, 4), QStringLiteral("Page 4 of 4")), 0);
    for (int page : {3, 4}) {
        const QString text = pdfText(pdf, page);
        EXPECT_GE(at(text, QStringLiteral("AGENT")), 0) << page;
        EXPECT_GE(at(text, QStringLiteral("OVERALL")), 0) << page;
        EXPECT_GE(at(text, QStringLiteral("part %1 of 2").arg(page - 2)), 0) << page;
    }
    // Every agent is listed exactly once across the ranking pages.
    const QString both = pdfText(pdf, 3) + pdfText(pdf, 4);
    for (int i = 1; i <= 40; ++i)
        EXPECT_EQ(both.count(QStringLiteral("G%1").arg(i, 3, 10, QLatin1Char('0'))), 1) << i;
}

TEST(PdfReport, AllCardsOnePagePerAgentByAgentId)
{
    ReportFixture f;
    const QString pdf = f.dir() + QStringLiteral("/all.pdf");
    QString error;
    std::vector<int> progress;
    PdfReportOptions o = fixedOptions();
    o.progress = [&](int done, int total) {
        progress.push_back(done);
        EXPECT_EQ(total, 4);
        return true;
    };
    ASSERT_TRUE(writeAllCardsPdf(f.store(), ReportFixture::cardMonth(), pdf, o, &error)) << error.toStdString();
    ASSERT_EQ(pdfPageCount(pdf), 4);
    EXPECT_EQ(progress, (std::vector<int>{1, 2, 3, 4}));
    const QStringList names{QStringLiteral("Alice Archer"), QStringLiteral("Bob Brown"), QStringLiteral("Cara Chen"),
                            QStringLiteral("Eve Evans")};
    for (int page = 1; page <= 4; ++page) {
        const QString text = pdfText(pdf, page);
        for (int i = 0; i < names.size(); ++i)
            EXPECT_EQ(at(text, names[i]) >= 0, i == page - 1) << page << " " << names[i].toStdString();
    }
}

TEST(PdfReport, CancelRemovesThePartialFile)
{
    ReportFixture f;
    const QString pdf = f.dir() + QStringLiteral("/cancel.pdf");
    QString error;
    PdfReportOptions o = fixedOptions();
    o.progress = [](int done, int) { return done < 2; };
    EXPECT_FALSE(writeAllCardsPdf(f.store(), ReportFixture::cardMonth(), pdf, o, &error));
    EXPECT_EQ(error, QStringLiteral("cancelled"));
    EXPECT_FALSE(QFile::exists(pdf));
}

TEST(PdfReport, SplitWritesOneNamedFilePerAgent)
{
    ReportFixture f;
    const QString dir = f.dir() + QStringLiteral("/split");
    QString error;
    ASSERT_TRUE(writeSplitCardsPdf(f.store(), ReportFixture::cardMonth(), dir, fixedOptions(), &error))
        << error.toStdString();
    const QStringList files = QDir(dir).entryList(QDir::Files, QDir::Name);
    EXPECT_EQ(files, (QStringList{QStringLiteral("A001 Alice Archer.pdf"), QStringLiteral("A002 Bob Brown.pdf"),
                                  QStringLiteral("A003 Cara Chen.pdf"), QStringLiteral("B001 Eve Evans.pdf")}));
    for (const QString &file : files) {
        EXPECT_EQ(pdfPageCount(QDir(dir).filePath(file)), 1) << file.toStdString();
        // Each file holds only its own agent's card.
        const QString text = pdfText(QDir(dir).filePath(file));
        EXPECT_GE(at(text, file.section(QLatin1Char(' '), 1).chopped(4)), 0);
    }
    EXPECT_LT(at(pdfText(QDir(dir).filePath(files[0])), QStringLiteral("Bob Brown")), 0);
}

TEST(PdfReport, SplitFileNamesAreSanitised)
{
    EXPECT_EQ(splitCardFileName(QStringLiteral("A1"), QStringLiteral("José Núñez")),
              QStringLiteral("A1 José Núñez.pdf"));
    EXPECT_EQ(splitCardFileName(QStringLiteral("A/2"), QStringLiteral("Ann: O'Neil?")),
              QStringLiteral("A_2 Ann_ O_Neil_.pdf"));
    EXPECT_EQ(splitCardFileName(QStringLiteral(".."), QString()), QStringLiteral("agent.pdf"));
    EXPECT_EQ(splitCardFileName(QStringLiteral("A3"), QStringLiteral("  lots   of   space ")),
              QStringLiteral("A3 lots of space.pdf"));
    EXPECT_FALSE(splitCardFileName(QStringLiteral("A4"), QString(500, QLatin1Char('x'))).size() > 130);
}

TEST(PdfReport, SplitFileNamesAreUnique)
{
    const QString longA = QString(130, u'L') + u'a';
    const QString longB = QString(130, u'L') + u'b';
    const QStringList names = splitCardFileNames({{QStringLiteral("A/B"), QStringLiteral("N")},
                                                  {QStringLiteral("A:B"), QStringLiteral("N")},
                                                  {QStringLiteral("A_B"), QStringLiteral("N")},
                                                  {QStringLiteral("a_b"), QStringLiteral("N")},
                                                  {longA, QString()},
                                                  {longB, QString()},
                                                  {QStringLiteral("X1 Bob"), QString()},
                                                  {QStringLiteral("X1"), QStringLiteral("Bob")}});
    ASSERT_EQ(names.size(), 8);
    // Ids changed by sanitising get " ~" and 8 hex digits of SHA-1(id); the
    // id that sanitising kept keeps its plain name.
    const QRegularExpression hashed(QStringLiteral("^A_B N ~[0-9a-f]{8}\\.pdf$"));
    EXPECT_TRUE(hashed.match(names[0]).hasMatch()) << names[0].toStdString();
    EXPECT_TRUE(hashed.match(names[1]).hasMatch()) << names[1].toStdString();
    EXPECT_NE(names[0], names[1]);
    EXPECT_EQ(names[2], QStringLiteral("A_B N.pdf"));
    EXPECT_EQ(names[3], QStringLiteral("a_b N (2).pdf")); // same name but for case
    EXPECT_NE(names[4], names[5]);
    EXPECT_TRUE(names[4].endsWith(QStringLiteral(".pdf")));
    EXPECT_LE(names[4].size(), 130);
    EXPECT_EQ(names[6], QStringLiteral("X1 Bob.pdf"));
    EXPECT_EQ(names[7], QStringLiteral("X1 Bob (2).pdf"));
    // Multi-byte names stay under the 255-byte limit of a file name.
    const QString cjk = splitCardFileName(QStringLiteral("C1"), QString(200, QChar(0x4E2D)));
    EXPECT_LE(cjk.toUtf8().size(), 255);
}

TEST(PdfReport, MyCardShowsNoOtherName)
{
    ReportFixture f;
    auto d = buildCardData(f.store(), QStringLiteral("A001"), ReportFixture::cardMonth());
    ASSERT_TRUE(d.has_value());
    d->agentView = true;
    const QString pdf = f.dir() + QStringLiteral("/mine.pdf");
    {
        QPdfWriter writer(pdf);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF()));
        paintCards(writer, {*d});
    }
    const QString text = pdfText(pdf);
    EXPECT_GE(at(text, QStringLiteral("Alice Archer")), 0);
    for (const QString &other : {QStringLiteral("Bob"), QStringLiteral("Cara"), QStringLiteral("Eve"),
                                 QStringLiteral("Sam Supervisor"), QStringLiteral("Quinn")})
        EXPECT_LT(at(text, other), 0) << other.toStdString();
}

TEST(PdfReport, PagesMatchApprovedImages)
{
    ReportFixture f;
    const QString card = f.dir() + QStringLiteral("/card.pdf");
    const QString team = f.dir() + QStringLiteral("/team.pdf");
    QString error;
    ASSERT_TRUE(
        writeAgentCardPdf(f.store(), QStringLiteral("A001"), ReportFixture::cardMonth(), card, fixedOptions(), &error));
    ASSERT_TRUE(writeTeamReportPdf(f.store(), QStringLiteral("Alpha"), ReportFixture::cardMonth(), team, fixedOptions(),
                                   &error));
    QString why = matchesApproved(QStringLiteral("pdf_card_A001"), pdfPageImage(card, 1));
    EXPECT_TRUE(why.isEmpty()) << why.toStdString();
    for (int page = 1; page <= 3; ++page) {
        why = matchesApproved(QStringLiteral("pdf_team_Alpha_p%1").arg(page), pdfPageImage(team, page));
        EXPECT_TRUE(why.isEmpty()) << why.toStdString();
    }
}

namespace {

// Forwards to a real store but fails when comments are read, as a broken
// database would in the middle of a batch.
class FailingStore final : public Store {
public:
    explicit FailingStore(Store &inner) : s(inner) {}
    std::vector<Agent> agents() const override { return s.agents(); }
    SumsByKey agentSums(Month m) const override { return s.agentSums(m); }
    SumsByKey serviceLevelSums(Month m) const override { return s.serviceLevelSums(m); }
    std::vector<ScorecardTemplate> templates() const override { return s.templates(); }
    std::optional<QByteArray> frozenSnapshot(Month m) const override { return s.frozenSnapshot(m); }
    QSet<QString> agentIds() const override { return s.agentIds(); }
    std::vector<ImportStats> importBatches(const std::vector<ImportBatch> &b, const ImportAuditFn &a = {}) override
    {
        return s.importBatches(b, a);
    }
    SourceRows sourceRows(ImportKind k, const QString &id, Month m) const override { return s.sourceRows(k, id, m); }
    std::unique_ptr<WriteTransaction> beginWrite() override { return s.beginWrite(); }
    QString userName() const override { return s.userName(); }
    std::unique_ptr<ReadSnapshot> readSnapshot() const override { return s.readSnapshot(); }
    std::vector<Month> monthsWithData() const override { return s.monthsWithData(); }
    QStringList teams() const override { return s.teams(); }
    void saveTemplate(const ScorecardTemplate &t) override { s.saveTemplate(t); }
    void removeTemplate(const QString &team, Month m) override { s.removeTemplate(team, m); }
    bool isFinalized(Month m) const override { return s.isFinalized(m); }
    void finalizeMonth(Month m, const QByteArray &j, const QString &u) override { s.finalizeMonth(m, j, u); }
    void reopenMonth(Month m, const QString &u, const QString &r) override { s.reopenMonth(m, u, r); }
    void addAuditEntry(const QString &u, const QString &a, const QString &m, const QString &d) override
    {
        s.addAuditEntry(u, a, m, d);
    }
    std::vector<AuditEntry> auditLog() const override { return s.auditLog(); }
    std::vector<Comment> latestComments(const QString &id, Month, int) const override
    {
        if (id == QStringLiteral("A003"))
            throw StoreError("disk I/O error");
        return {};
    }
    std::optional<OneOnOneNote> note(const QString &id, Month m, NoteVisibility v) const override
    {
        return s.note(id, m, v);
    }
    void saveNote(const OneOnOneNote &n) override { s.saveNote(n); }
    std::vector<ActionItem> actionItems(const QString &id, Month m) const override { return s.actionItems(id, m); }
    qint64 saveActionItem(const ActionItem &i) override { return s.saveActionItem(i); }
    void removeActionItem(qint64 id) override { s.removeActionItem(id); }

private:
    Store &s;
};

} // namespace

TEST(PdfReport, StoreFailureMidBatchFailsCleanly)
{
    ReportFixture f;
    FailingStore failing(f.store());
    const QString pdf = f.dir() + QStringLiteral("/broken.pdf");
    QString error;
    // A001 and A002 are painted, then A003's comments fail.
    EXPECT_FALSE(writeAllCardsPdf(failing, ReportFixture::cardMonth(), pdf, fixedOptions(), &error));
    EXPECT_EQ(error, QStringLiteral("disk I/O error"));
    EXPECT_FALSE(QFile::exists(pdf));
}

TEST(PdfReport, PaintTeamReportForPrintPreview)
{
    ReportFixture f(40);
    const TeamReportData data = buildTeamReportData(f.store(), QStringLiteral("Gamma"), ReportFixture::cardMonth());
    EXPECT_EQ(data.trend.size(), 6u); // May .. October, oldest first
    EXPECT_EQ(data.trend.front().month, Month(2026, 5));
    EXPECT_EQ(data.trend.back().month, Month(2026, 10));
    // 40 agents: summary, trend and two ranking pages.
    EXPECT_EQ(teamReportPageCount(data, QPageSize(QPageSize::A4)), 4);
    const QString pdf = f.dir() + QStringLiteral("/preview.pdf");
    {
        QPdfWriter writer(pdf);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10)));
        EXPECT_EQ(paintTeamReport(writer, data, fixedOptions()), 4);
    }
    EXPECT_EQ(pdfPageCount(pdf), 4);
    // Cancelling after the second page stops there.
    const QString cancelled = f.dir() + QStringLiteral("/cancelled.pdf");
    PdfReportOptions o = fixedOptions();
    o.progress = [](int done, int) { return done < 2; };
    QPdfWriter writer(cancelled);
    EXPECT_EQ(paintTeamReport(writer, data, o), -1);
}

// Issue 14: a team without any knowledge-base rows (a call log alone) shows
// KCS as "no data" on the card and in the team report, never 0 points.
TEST(PdfReport, ATeamWithoutKcsRowsShowsNoDataNotZeroPoints)
{
    QTemporaryDir dir;
    const FixedClock clock(ReportFixture::generatedAt());
    auto store = openStore(dir.filePath(QStringLiteral("calls.sqlite")), clock);
    store->importBatches(callLogOnly(QStringLiteral("Bank"),
                                     {{QStringLiteral("ANN"), 200}, {QStringLiteral("BO"), 200}}, QDate(1999, 8, 2)));
    const Month month(1999, 8);
    QString error;
    const QString card = dir.filePath(QStringLiteral("card.pdf"));
    ASSERT_TRUE(writeAgentCardPdf(*store, QStringLiteral("ANN"), month, card, fixedOptions(), &error))
        << error.toStdString();
    const QString cardText = pdfText(card).simplified();
    EXPECT_GE(at(cardText, QStringLiteral("KCS contribution")), 0) << cardText.toStdString();
    EXPECT_GE(at(cardText, QStringLiteral("No KCS data for the team")), 0) << cardText.toStdString();
    // No "0 pts" anywhere (the goal's "20 pts" aside).
    EXPECT_FALSE(QRegularExpression(QStringLiteral("(^|\\s)0 pts")).match(cardText).hasMatch())
        << cardText.toStdString();
    EXPECT_LT(at(cardText, QString(QChar(0x2026))), 0) << "a cut text: " << cardText.toStdString();

    const QString report = dir.filePath(QStringLiteral("team.pdf"));
    ASSERT_TRUE(writeTeamReportPdf(*store, QStringLiteral("Bank"), month, report, fixedOptions(), &error))
        << error.toStdString();
    // The team metrics table: "KCS   no data   20 pts" (value, then goal).
    const QString teamText = pdfText(report, 1);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("KCS\\s+no data\\s+20 pts")).match(teamText).hasMatch())
        << teamText.toStdString();
}
