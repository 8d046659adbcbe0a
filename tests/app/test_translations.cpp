// Translations (issue 8 item 9): with Spanish, then Brazilian Portuguese,
// installed the way the app installs them at start, the main window (every
// widget's texts, menus and actions, the table's headers and cells, tool
// tips) and the 1:1 card's painted texts carry no English word.
//
// "English word": any word of the English source texts of the app and the
// reports (the <source> entries of translations/scorecard_es.ts, which lupdate
// fills from src/app, src/report, src/core and ui/). A word passes when it is
// on the allow-list below (product and metric acronyms, units, words that are
// spelled the same in the target language) or comes from the data (agent,
// team and supervisor names, comments). Each language runs in its own process
// (ctest runs this executable once per language with a filter): core's metric
// names are translated once per process, as in the app, where a language
// change applies at the next start.
#include "app/about_dialog.h"
#include "app/app_language.h"
#include "app/app_settings.h"
#include "app/card_widget.h"
#include "app/main_window.h"
#include "gui_test_support.h"
#include "report/card_data.h"
#include "report/pdf_report.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

using namespace sc;
using namespace sc::test;

namespace {

QStringList wordsOf(QString text)
{
    // Mnemonics ("&File") and markup ("<b>") are not words.
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text.remove(QLatin1Char('&'));
    text.remove(QRegularExpression(QStringLiteral("%n|%\\d")));
    QStringList out;
    static const QRegularExpression word(QStringLiteral("\\p{L}+"));
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured().toLower();
        if (w.size() >= 2) // "s", "h" of units; single letters say nothing
            out << w;
    }
    return out;
}

// The words of every English source text the translations cover, but the
// three-letter month names: "mar", "jun", "nov"... are Spanish and Portuguese
// abbreviations too, and the tests check the month titles themselves.
QSet<QString> englishVocabulary()
{
    QFile f(QStringLiteral(SCORECARD_SOURCE_DIR "/translations/scorecard_es.ts"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    // Common English words too, so that a text added in English but not yet
    // marked for translation (so not in the .ts) is caught as well. None is
    // also a Spanish or Portuguese word.
    QSet<QString> vocab{
        QStringLiteral("the"),     QStringLiteral("and"),     QStringLiteral("of"),      QStringLiteral("to"),
        QStringLiteral("in"),      QStringLiteral("is"),      QStringLiteral("for"),     QStringLiteral("with"),
        QStringLiteral("on"),      QStringLiteral("this"),    QStringLiteral("that"),    QStringLiteral("by"),
        QStringLiteral("from"),    QStringLiteral("or"),      QStringLiteral("not"),     QStringLiteral("are"),
        QStringLiteral("be"),      QStringLiteral("it"),      QStringLiteral("its"),     QStringLiteral("you"),
        QStringLiteral("your"),    QStringLiteral("yet"),     QStringLiteral("all"),     QStringLiteral("each"),
        QStringLiteral("every"),   QStringLiteral("only"),    QStringLiteral("last"),    QStringLiteral("next"),
        QStringLiteral("month"),   QStringLiteral("months"),  QStringLiteral("team"),    QStringLiteral("teams"),
        QStringLiteral("agent"),   QStringLiteral("agents"),  QStringLiteral("score"),   QStringLiteral("scores"),
        QStringLiteral("goal"),    QStringLiteral("goals"),   QStringLiteral("rank"),    QStringLiteral("rating"),
        QStringLiteral("note"),    QStringLiteral("notes"),   QStringLiteral("private"), QStringLiteral("shared"),
        QStringLiteral("show"),    QStringLiteral("hide"),    QStringLiteral("open"),    QStringLiteral("close"),
        QStringLiteral("save"),    QStringLiteral("saved"),   QStringLiteral("print"),   QStringLiteral("export"),
        QStringLiteral("present"), QStringLiteral("explain"), QStringLiteral("how"),     QStringLiteral("what"),
        QStringLiteral("why"),     QStringLiteral("made"),    QStringLiteral("range"),   QStringLiteral("noise"),
        QStringLiteral("within"),  QStringLiteral("certain"), QStringLiteral("value"),   QStringLiteral("values"),
        QStringLiteral("data"),    QStringLiteral("rows"),    QStringLiteral("row"),     QStringLiteral("sum"),
        QStringLiteral("sums"),    QStringLiteral("ratio"),   QStringLiteral("overall"), QStringLiteral("trend"),
        QStringLiteral("week"),    QStringLiteral("weeks"),   QStringLiteral("new"),     QStringLiteral("done"),
        QStringLiteral("met"),     QStringLiteral("due"),     QStringLiteral("click"),   QStringLiteral("press"),
        QStringLiteral("enter"),   QStringLiteral("escape"),  QStringLiteral("see"),     QStringLiteral("tile"),
    };
    QXmlStreamReader xml(&f);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
            for (const QString &w : wordsOf(source))
                vocab.insert(w);
        } else if (xml.name() == u"comment" && xml.readElementText() == u"short month") {
            vocab.remove(source.toLower());
        }
    }
    return vocab;
}

// Not translated on purpose, in both languages: the product, metric and
// industry acronyms, file types, and words spelled the same in English.
const QSet<QString> &sharedAllowList()
{
    static const QSet<QString> words{
        QStringLiteral("scorecard"), QStringLiteral("csat"),  QStringLiteral("nps"),  QStringLiteral("kcs"),
        QStringLiteral("fcr"),       QStringLiteral("id"),    QStringLiteral("pdf"),  QStringLiteral("csv"),
        QStringLiteral("qt"),        QStringLiteral("ctrl"),  QStringLiteral("pts"),  QStringLiteral("supervisor"),
        QStringLiteral("no"),        QStringLiteral("total"), QStringLiteral("base"),
    };
    return words;
}

QSet<QString> allowList(const QString &language)
{
    QSet<QString> words = sharedAllowList();
    if (language == u"es")
        words << QStringLiteral("asa"); // "ASA" is the usual name in Spanish-speaking contact centers
    if (language == u"pt_BR")
        words << QStringLiteral("ranking") << QStringLiteral("backup") // the words Brazilian teams use
              << QStringLiteral("as") << QStringLiteral("do")          // "as equipes", "do agente"
              << QStringLiteral("out") << QStringLiteral("set");       // "out 2026", "set 2026"
    return words;
}

// Every text of a menu bar's menus and sub-menus (hidden until opened, so
// visibleTexts() does not reach them).
void addMenuTexts(const QMenu *menu, QStringList &out)
{
    out << menu->title();
    for (const QAction *a : menu->actions()) {
        out << a->text() << a->toolTip() << a->statusTip();
        if (a->menu())
            addMenuTexts(a->menu(), out);
    }
}

class TranslatedUi : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        store = makeFilledStore(dir, testClock(), &path);
        // A goal agreed in September and a note, so the card's goal and note
        // sections are drawn too (the data is in the target language).
        ActionItem goal;
        goal.agentId = QStringLiteral("A001");
        goal.createdMonth = Month(2026, 9);
        goal.dueMonth = Month(2026, 12);
        goal.text = QStringLiteral("Meta de calidad");
        goal.metricKey = QStringLiteral("qa");
        goal.targetValue = 85;
        store->saveActionItem(goal);
        store->saveNote({QStringLiteral("A001"), Month(2026, 10), QStringLiteral("Buena conversación"), {}});
    }
    void TearDown() override { installTranslations(QStringLiteral("en")); }

    // The words of `texts` that are English: in the vocabulary, not allowed,
    // not part of the data. Each as "word  (in: text)".
    QStringList englishWords(const QStringList &texts, const QString &language, const QStringList &data) const
    {
        const QSet<QString> vocab = englishVocabulary();
        QSet<QString> allowed = allowList(language);
        for (const QString &d : data)
            for (const QString &w : wordsOf(d))
                allowed.insert(w);
        QStringList found;
        for (const QString &text : texts)
            for (const QString &w : wordsOf(text))
                if (vocab.contains(w) && !allowed.contains(w))
                    found << QStringLiteral("%1  (in: %2)").arg(w, text);
        found.removeDuplicates();
        return found;
    }

    // The data shown: every cell of the agents file (names, teams,
    // supervisors) and the card's comments.
    QStringList dataTexts(const CardData &card) const
    {
        QStringList data;
        QFile agents(appDataFile(QStringLiteral("agents.csv")));
        if (agents.open(QIODevice::ReadOnly))
            data << QString::fromUtf8(agents.readAll()).split(QRegularExpression(QStringLiteral("[,\\n]")));
        for (const Comment &c : card.comments)
            data << c.text;
        data << path; // the database's file name in the title and File > Open recent
        return data;
    }

    // Texts the card had to cut ("Resolución en el primer conta…"): the
    // renderer elides what does not fit its box.
    static QStringList elided(const QStringList &cardWords)
    {
        QStringList out;
        for (const QString &t : cardWords)
            if (t.endsWith(QChar(0x2026)))
                out << t;
        return out;
    }

    QStringList windowTexts(MainWindow &window) const
    {
        QStringList texts = visibleTexts(&window);
        for (const QAction *a : window.menuBar()->actions())
            if (a->menu())
                addMenuTexts(a->menu(), texts);
        // The trend chart (Qt Charts draws in a graphics scene, not widgets):
        // its title, series names and axis labels.
        for (const QChartView *view : window.findChildren<QChartView *>()) {
            const QChart *chart = view->chart();
            texts << chart->title();
            for (const QAbstractSeries *series : chart->series())
                texts << series->name();
            for (const QAbstractAxis *axis : chart->axes()) {
                texts << axis->titleText();
                if (auto *categories = qobject_cast<QCategoryAxis *>(const_cast<QAbstractAxis *>(axis)))
                    texts << categories->categoriesLabels();
            }
        }
        texts.removeAll(QString());
        return texts;
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Store> store;
};

TEST_F(TranslatedUi, SpanishMainWindowAndCardHaveNoEnglishWord)
{
    ASSERT_TRUE(installTranslations(QStringLiteral("es")));
    const std::optional<CardData> card = buildCardData(*store, QStringLiteral("A001"), Month(2026, 10));
    ASSERT_TRUE(card);
    const QStringList data = dataTexts(*card);
    const QStringList cardWords = cardTexts(*card);

    MainWindow window(std::move(store), path, testClock());
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(window.selectAgent(QStringLiteral("A001")));
    const QStringList texts = windowTexts(window);

    // Translated, not merely not English: the month, the menus, the card.
    EXPECT_TRUE(texts.contains(QStringLiteral("octubre de 2026"))) << texts.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("&Archivo")));
    EXPECT_TRUE(texts.contains(QStringLiteral("Ay&uda")));
    EXPECT_TRUE(texts.contains(QStringLiteral("sept"))); // the trend chart's axis: September
    EXPECT_TRUE(cardWords.contains(QStringLiteral("PUNTUACIÓN GLOBAL")));
    EXPECT_TRUE(cardWords.contains(QStringLiteral("Metas de la última 1:1")));
    EXPECT_TRUE(cardWords.contains(QStringLiteral("Meta de calidad")));

    const QStringList inWindow = englishWords(texts, QStringLiteral("es"), data);
    EXPECT_TRUE(inWindow.isEmpty()) << "English in the main window:\n"
                                    << inWindow.join(QLatin1Char('\n')).toStdString();
    const QStringList onCard = englishWords(cardWords, QStringLiteral("es"), data);
    EXPECT_TRUE(onCard.isEmpty()) << "English on the card:\n" << onCard.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(elided(cardWords).isEmpty()) << "Cut on the card: " << elided(cardWords).join(u'|').toStdString();
    // The card as the main window shows it is the same renderer's.
    ASSERT_TRUE(window.cardWidget()->card());
    EXPECT_EQ(cardTexts(*window.cardWidget()->card()), cardWords);
}

TEST_F(TranslatedUi, BrazilianPortugueseMainWindowAndCardHaveNoEnglishWord)
{
    ASSERT_TRUE(installTranslations(QStringLiteral("pt_BR")));
    const std::optional<CardData> card = buildCardData(*store, QStringLiteral("A001"), Month(2026, 10));
    ASSERT_TRUE(card);
    const QStringList data = dataTexts(*card);
    const QStringList cardWords = cardTexts(*card);

    MainWindow window(std::move(store), path, testClock());
    window.show();
    ASSERT_TRUE(window.selectAgent(QStringLiteral("A001")));
    const QStringList texts = windowTexts(window);
    EXPECT_TRUE(texts.contains(QStringLiteral("outubro de 2026")));
    EXPECT_TRUE(texts.contains(QStringLiteral("set"))); // the trend chart's axis: September
    EXPECT_TRUE(cardWords.contains(QStringLiteral("PONTUAÇÃO GERAL")));

    const QStringList inWindow = englishWords(texts, QStringLiteral("pt_BR"), data);
    EXPECT_TRUE(inWindow.isEmpty()) << "English in the main window:\n"
                                    << inWindow.join(QLatin1Char('\n')).toStdString();
    const QStringList onCard = englishWords(cardWords, QStringLiteral("pt_BR"), data);
    EXPECT_TRUE(onCard.isEmpty()) << "English on the card:\n" << onCard.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(elided(cardWords).isEmpty()) << "Cut on the card: " << elided(cardWords).join(u'|').toStdString();
}

// The team report as the app exports it (File > Export team report as PDF),
// read back with pdftotext: no English word and nothing cut ("…").
void checkTeamReport(const Store &store, const QString &language, const QStringList &data)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("team.pdf"));
    PdfReportOptions options;
    options.generatedAt = testClock().now();
    QString error;
    ASSERT_TRUE(writeTeamReportPdf(store, QStringLiteral("Alpha"), Month(2026, 10), pdf, options, &error))
        << error.toStdString();
    QProcess p;
    p.start(pdftotext, {pdf, QStringLiteral("-")});
    ASSERT_TRUE(p.waitForFinished(30000));
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
    ASSERT_GT(lines.size(), 20);
    QStringList english, cut;
    const QSet<QString> vocab = englishVocabulary();
    QSet<QString> allowed = allowList(language);
    for (const QString &d : data)
        for (const QString &w : wordsOf(d))
            allowed.insert(w);
    allowed << QStringLiteral("sqlite") << QStringLiteral("utc"); // the footer: "2026-11-05 09:00 UTC"
    for (const QString &line : lines) {
        if (line.contains(QChar(0x2026)))
            cut << line;
        for (const QString &w : wordsOf(line))
            if (vocab.contains(w) && !allowed.contains(w))
                english << QStringLiteral("%1  (in: %2)").arg(w, line);
    }
    EXPECT_TRUE(english.isEmpty()) << "English in the team report:\n" << english.join(u'\n').toStdString();
    EXPECT_TRUE(cut.isEmpty()) << "Cut in the team report:\n" << cut.join(u'\n').toStdString();
}

TEST_F(TranslatedUi, SpanishTeamReportHasNoEnglishWordAndNothingCut)
{
    ASSERT_TRUE(installTranslations(QStringLiteral("es")));
    const std::optional<CardData> card = buildCardData(*store, QStringLiteral("A001"), Month(2026, 10));
    ASSERT_TRUE(card);
    checkTeamReport(*store, QStringLiteral("es"), dataTexts(*card));
}

TEST_F(TranslatedUi, BrazilianPortugueseTeamReportHasNoEnglishWordAndNothingCut)
{
    ASSERT_TRUE(installTranslations(QStringLiteral("pt_BR")));
    const std::optional<CardData> card = buildCardData(*store, QStringLiteral("A001"), Month(2026, 10));
    ASSERT_TRUE(card);
    checkTeamReport(*store, QStringLiteral("pt_BR"), dataTexts(*card));
}

TEST(Languages, EveryShippedTranslationLoadsAndEnglishNeedsNone)
{
    EXPECT_TRUE(installTranslations(QStringLiteral("es")));
    EXPECT_EQ(QCoreApplication::translate("ReportStyle", "October"), QStringLiteral("octubre"));
    EXPECT_TRUE(installTranslations(QStringLiteral("pt_BR")));
    EXPECT_EQ(QCoreApplication::translate("ReportStyle", "October"), QStringLiteral("outubro"));
    EXPECT_FALSE(installTranslations(QStringLiteral("xx"))); // not shipped: English stays
    EXPECT_EQ(QCoreApplication::translate("ReportStyle", "October"), QStringLiteral("October"));
    EXPECT_TRUE(installTranslations(QStringLiteral("en")));
    EXPECT_EQ(QCoreApplication::translate("ReportStyle", "October"), QStringLiteral("October"));
}

TEST(Languages, SystemLocaleMapsToAShippedLanguage)
{
    EXPECT_EQ(languageForLocale(QLocale(QLocale::Spanish, QLocale::Mexico)), QStringLiteral("es"));
    EXPECT_EQ(languageForLocale(QLocale(QLocale::Spanish, QLocale::Spain)), QStringLiteral("es"));
    EXPECT_EQ(languageForLocale(QLocale(QLocale::Portuguese, QLocale::Brazil)), QStringLiteral("pt_BR"));
    EXPECT_EQ(languageForLocale(QLocale(QLocale::Portuguese, QLocale::Portugal)), QStringLiteral("pt_BR"));
    EXPECT_EQ(languageForLocale(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("en"));
    EXPECT_EQ(languageForLocale(QLocale::c()), QStringLiteral("en"));
}

TEST(Languages, AboutDialogStoresTheChoiceForTheNextStart)
{
    AppSettings::setLanguage({});
    const QString before = effectiveLanguage(); // the system's
    AboutDialog dialog(QStringLiteral("/tmp/team.sqlite"));
    QComboBox *combo = dialog.languageCombo();
    // "System default (…)", then English, Español, Português (Brasil).
    ASSERT_EQ(combo->count(), 4);
    EXPECT_TRUE(combo->itemData(0).toString().isEmpty());
    EXPECT_EQ(combo->itemText(2), QStringLiteral("Español"));
    EXPECT_EQ(combo->currentIndex(), 0);
    EXPECT_FALSE(dialog.restartNote()->isVisibleTo(&dialog));

    const QString other = before == u"es" ? QStringLiteral("pt_BR") : QStringLiteral("es");
    combo->setCurrentIndex(combo->findData(other));
    EXPECT_EQ(AppSettings::language(), other);
    EXPECT_EQ(effectiveLanguage(), other);
    EXPECT_TRUE(dialog.restartNote()->isVisibleTo(&dialog)); // applies at the next start

    combo->setCurrentIndex(0); // back to the system's: nothing changes at the next start
    EXPECT_TRUE(AppSettings::language().isEmpty());
    EXPECT_EQ(effectiveLanguage(), before);
    EXPECT_FALSE(dialog.restartNote()->isVisibleTo(&dialog));

    // A stored code the app does not ship falls back to the system.
    AppSettings::setLanguage(QStringLiteral("xx"));
    EXPECT_EQ(effectiveLanguage(), before);
    AppSettings::setLanguage({});
}

} // namespace
