#include "app/main_window.h"

#include "app/about_dialog.h"
#include "app/app_settings.h"
#include "app/audit_dialog.h"
#include "app/card_widget.h"
#include "app/charts/trend_chart.h"
#include "app/explain_dialog.h"
#include "app/import_wizard.h"
#include "app/month_cache.h"
#include "app/my_card_window.h"
#include "app/notes_panel.h"
#include "app/presentation_window.h"
#include "app/print_export.h"
#include "app/server_login.h"
#include "app/team_strip.h"
#include "app/team_table_model.h"
#include "app/template_editor.h"
#include "core/identity.h"
#include "core/metrics.h"
#include "report/report_style.h"
#include "storage/postgres/pg_store.h"
#include "storage/server_location.h"
#include "storage/store.h"
#include "workflow/month_workflow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QThread>

#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <thread>

namespace sc {

namespace {

struct BannerColors {
    QRgb background, text;
};

// A hidden banner across the window: a coloured frame holding a wrapping
// label (returned through `text`) and, added by the caller, its buttons.
// The names of a fit's metrics without data, for the banner and the editor.
QString missingMetricNames(const TemplateFit &fit)
{
    QStringList names;
    for (const QString &key : fit.missing)
        if (const MetricDefinition *d = findMetric(key))
            names << d->name;
    return QLocale().createSeparatedList(names);
}

QFrame *makeBanner(QWidget *parent, const QString &name, BannerColors colors, QLabel **text)
{
    auto *banner = new QFrame(parent);
    banner->setObjectName(name);
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setAutoFillBackground(true);
    QPalette p = banner->palette();
    p.setColor(QPalette::Window, QColor(colors.background));
    p.setColor(QPalette::WindowText, QColor(colors.text));
    banner->setPalette(p);
    auto *row = new QHBoxLayout(banner);
    row->setContentsMargins(10, 6, 10, 6);
    *text = new QLabel(banner);
    (*text)->setObjectName(name + QStringLiteral("Text"));
    (*text)->setWordWrap(true);
    row->addWidget(*text, 1);
    banner->hide();
    return banner;
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Store> store, const QString &databasePath, const Clock &clock, QWidget *parent)
    : QMainWindow(parent), m_store(std::move(store)), m_path(databasePath), m_clock(clock)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_cache = std::make_unique<MonthCache>(*m_store);
    m_undo = new QUndoStack(this);
    buildCentral();
    buildMenus();
    if (!restoreGeometry(AppSettings::mainWindowGeometry()))
        resize(1280, 800);
    restoreState(AppSettings::mainWindowState());
    setDatabase(nullptr, databasePath);
}

MainWindow::~MainWindow()
{
    delete m_agentWindow;
    // The panel saves on destruction too, but the store must still exist.
    stopPrefetch();
    m_notes->flush();
    // The model points into the cache, which goes before the child widgets.
    m_model->clear();
}

QWidget *MainWindow::demoBanner() const { return m_banner; }
QWidget *MainWindow::fitBanner() const { return m_fitBanner; }
QString MainWindow::fitBannerText() const { return m_fitText->text(); }

void MainWindow::updateFitBanner()
{
    // The filtered team's, else the first team of the month with a fit.
    const QString team = m_teamCombo->currentData().toString();
    const std::vector<TemplateFit> fits = templateFits(m_cache->report(m_month), m_store->templates());
    m_fit.reset();
    QStringList others;
    for (const TemplateFit &f : fits) {
        if (!m_fit && (team.isEmpty() || f.team == team))
            m_fit = f;
        else if (team.isEmpty())
            others << f.team.toHtmlEscaped();
    }
    if (!m_fit || m_store->isReadOnly()) {
        m_fitBanner->hide();
        return;
    }
    const bool noRating = m_fit->missingWeight * 2 >= m_fit->totalWeight;
    QString text =
        tr("<b>%1 has no data in %2 for %3</b>: %4 of the template's %5 weight points.")
            .arg(m_fit->team.toHtmlEscaped(), monthTitle(m_month), missingMetricNames(*m_fit).toHtmlEscaped(),
                 QLocale().toString(m_fit->missingWeight), QLocale().toString(m_fit->totalWeight));
    if (noRating)
        text += QLatin1Char(' ') + tr("So its agents get no rating.");
    text += QLatin1Char(' ') + tr("A template for the team can weight only what it has.");
    if (!others.isEmpty())
        text += QLatin1Char(' ')
                + tr("Also without data for some weighted metrics: %1.").arg(others.join(QStringLiteral(", ")));
    m_fitText->setText(text);
    m_fitBanner->show();
}

void MainWindow::fitTemplate()
{
    if (!m_fit)
        return;
    TemplateEditor dlg(*m_store, m_month, m_fit->team, this);
    dlg.useTemplate(m_fit->fitted, tr("A template for %1 from %2 that weights only the metrics the team has data for. "
                                      "No data: %3 (weight 0 here). Check the preview, adjust the goals, then save.")
                                       .arg(m_fit->team, monthTitle(m_month), missingMetricNames(*m_fit)));
    if (dlg.exec() == QDialog::Accepted)
        reloadData();
}

QWidget *MainWindow::readOnlyBanner() const { return m_readOnlyBanner; }

QWidget *MainWindow::connectionBanner() const { return m_connectionBanner; }

MyCardWindow *MainWindow::agentWindow() const { return m_agentWindow; }

void MainWindow::connectionLost(const QString &why)
{
    m_connectionText->setText(tr("<b>The server cannot be reached.</b> Nothing you typed is lost: it is saved when "
                                 "the connection is back. (%1)")
                                  .arg(why.toHtmlEscaped()));
    m_connectionBanner->show();
}

bool MainWindow::retryConnection()
{
    m_connectionBanner->hide();
    m_notes->flush(); // shows the banner again if the server still does not answer
    if (m_connectionBanner->isVisible())
        return false;
    reloadData();
    return !m_connectionBanner->isVisible();
}

void MainWindow::buildCentral()
{
    // --- tool bar: month, team, search --------------------------------------
    auto *tb = addToolBar(tr("Navigation"));
    tb->setObjectName(QStringLiteral("navigationToolBar"));
    tb->setMovable(false);
    auto *monthLabel = new QLabel(tr("&Month "), tb);
    m_monthCombo = new QComboBox(tb);
    m_monthCombo->setMinimumContentsLength(14);
    monthLabel->setBuddy(m_monthCombo);
    auto *teamLabel = new QLabel(tr("  &Team "), tb);
    m_teamCombo = new QComboBox(tb);
    m_teamCombo->setMinimumContentsLength(14);
    teamLabel->setBuddy(m_teamCombo);
    m_search = new QLineEdit(tb);
    m_search->setPlaceholderText(tr("Search agent name or ID (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    m_monthState = new QLabel(tb);
    tb->addWidget(monthLabel);
    tb->addWidget(m_monthCombo);
    tb->addWidget(teamLabel);
    tb->addWidget(m_teamCombo);
    tb->addSeparator();
    tb->addWidget(m_search);
    tb->addSeparator();
    tb->addWidget(m_monthState);
    // Escape in the search field clears it (and shows every agent again).
    auto *clearSearch = new QAction(tr("Clear the search"), m_search);
    clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(clearSearch);
    connect(clearSearch, &QAction::triggered, m_search, &QLineEdit::clear);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    // --- central: banner, strip + table | card ------------------------------
    auto *central = new QWidget(this);
    auto *lay = new QVBoxLayout(central);
    lay->setContentsMargins(4, 4, 4, 4);
    lay->setSpacing(4);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QLabel *bannerText = nullptr;
    m_banner = makeBanner(central, QStringLiteral("demoBanner"),
                          dark ? BannerColors{0x5d4a10, 0xfff3c4} : BannerColors{0xfff3c4, 0x4a3a00}, &bannerText);
    bannerText->setText(
        tr("<b>You are looking at demo data.</b> File &gt; New database to start a real one, then File &gt; Import."));
    auto *bannerNew = new QPushButton(tr("New database…"), m_banner);
    m_banner->layout()->addWidget(bannerNew);
    connect(bannerNew, &QPushButton::clicked, this, &MainWindow::newDatabase);
    lay->addWidget(m_banner);

    // Read-only: says so in place of nothing going wrong later.
    m_readOnlyBanner =
        makeBanner(central, QStringLiteral("readOnlyBanner"),
                   dark ? BannerColors{0x1f3a5a, 0xddebfa} : BannerColors{0xddebfa, 0x102a4a}, &m_readOnlyText);
    lay->addWidget(m_readOnlyBanner);

    m_connectionBanner =
        makeBanner(central, QStringLiteral("connectionBanner"), BannerColors{0xfde2e1, 0x5f2120}, &m_connectionText);
    auto *retry = new QPushButton(tr("&Retry"), m_connectionBanner);
    retry->setObjectName(QStringLiteral("retryConnection"));
    connect(retry, &QPushButton::clicked, this, [this] { retryConnection(); });
    m_connectionBanner->layout()->addWidget(retry);
    lay->addWidget(m_connectionBanner);

    // A team whose exports lack a source (issue 11.5): which weighted
    // metrics have no data, and a template that weights what it has.
    m_fitBanner = makeBanner(central, QStringLiteral("fitBanner"),
                             dark ? BannerColors{0x3a2f4a, 0xece4f7} : BannerColors{0xece4f7, 0x2e1f45}, &m_fitText);
    m_fitText->setTextFormat(Qt::RichText);
    auto *fit = new QPushButton(tr("&Fit the template to the data…"), m_fitBanner);
    fit->setObjectName(QStringLiteral("fitTemplate"));
    connect(fit, &QPushButton::clicked, this, [this] { fitTemplate(); });
    m_fitBanner->layout()->addWidget(fit);
    lay->addWidget(m_fitBanner);

    m_signedIn = new QLabel(this);
    m_signedIn->setObjectName(QStringLiteral("signedIn"));
    statusBar()->addPermanentWidget(m_signedIn);

    // The strip spans the window; below it the table with the 1:1 panel
    // under it on the left, and the card with all the remaining room on the
    // right (the card is what the 1:1 is about, so it gets the space).
    m_strip = new TeamStrip(central);
    lay->addWidget(m_strip);
    auto *split = new QSplitter(Qt::Horizontal, central);
    split->setObjectName(QStringLiteral("mainSplitter"));
    split->setChildrenCollapsible(false);
    auto *left = new QSplitter(Qt::Vertical, split);
    left->setObjectName(QStringLiteral("leftSplitter"));
    left->setChildrenCollapsible(false);
    m_model = new TeamTableModel(this);
    m_model->setDarkPalette(palette().color(QPalette::Window).lightness() < 128);
    m_proxy = new TeamFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_table = new QTableView(left);
    m_table->setObjectName(QStringLiteral("teamTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TeamTableModel::OverallColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Team overview"));
    m_table->setMinimumWidth(280);
    m_notes = new NotesPanel(*m_store, m_undo, left);
    m_notes->setObjectName(QStringLiteral("notesPanel"));
    left->addWidget(m_table);
    left->addWidget(m_notes);
    left->setStretchFactor(0, 2);
    left->setStretchFactor(1, 1);
    left->setSizes({440, 220});
    m_card = new CardWidget(split);
    m_card->setObjectName(QStringLiteral("card"));
    connect(m_card, &CardWidget::explainRequested, this, [this](const QString &key) { explainMetric(key); });
    connect(m_card, &CardWidget::doubleClicked, this, [this] { present(); });
    split->addWidget(left);
    split->addWidget(m_card);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({540, 740});
    lay->addWidget(split, 1);
    setCentralWidget(central);

    // --- dock: the interactive trend, for exploring (hidden at first) -------
    auto *trendDock = new QDockWidget(tr("Trend"), this);
    trendDock->setObjectName(QStringLiteral("trendDock"));
    m_trend = new TrendChart(trendDock);
    trendDock->setWidget(m_trend);
    addDockWidget(Qt::RightDockWidgetArea, trendDock);
    trendDock->hide();

    connect(m_monthCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        if (auto m = Month::parse(m_monthCombo->currentData().toString()))
            setMonth(*m);
    });
    connect(m_teamCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            setTeamFilter(m_teamCombo->currentData().toString());
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->setSearch(t);
        fitColumns();
        onCurrentRowChanged();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentRowChanged);
    connect(m_notes, &NotesPanel::goalsChanged, this, &MainWindow::refreshCard);
    connect(m_notes, &NotesPanel::saveFailed, this, &MainWindow::connectionLost);
    // A saved note (typed, undone or redone) shows on the card at once.
    connect(m_notes, &NotesPanel::saved, this, &MainWindow::refreshCardNote);
}

void MainWindow::buildMenus()
{
    // File
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *a = file->addAction(tr("&New database…"), this, &MainWindow::newDatabase);
    a->setShortcut(QKeySequence::New);
    a = file->addAction(tr("&Open database…"), this, [this] { openDatabase(); });
    a->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    a = file->addAction(tr("Connect to &server…"), this, [this] { connectToServer(); });
    a->setObjectName(QStringLiteral("connectToServerAction"));
    a = file->addAction(tr("&Back up…"), this, [this] { backUp(); });
    a->setObjectName(QStringLiteral("backUpAction"));
    file->addSeparator();
    a = file->addAction(tr("&Import…"), this, &MainWindow::openImportWizard);
    a->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_writeActions << a;
    file->addSeparator();
    a = file->addAction(tr("&Print card…"), this, [this] {
        if (m_card->card())
            printCard(this, *m_card->card());
    });
    a->setShortcut(QKeySequence::Print);
    m_needCard << a;
    a = file->addAction(tr("&Export card as PDF…"), this, [this] {
        if (!m_card->card())
            return;
        const QString f = exportCardPdf(this, *m_store, m_agentId, m_card->card()->card.agent.name, m_month);
        if (!f.isEmpty())
            statusBar()->showMessage(tr("Card saved to %1").arg(QDir::toNativeSeparators(f)), 15000);
    });
    a->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_needCard << a;
    a = file->addAction(tr("Print &team report…"), this, [this] {
        const QStringList teams = reportTeams();
        if (teams.isEmpty())
            return;
        printTeam(this, *m_store, teams, m_month, m_cache->accessor());
    });
    a->setObjectName(QStringLiteral("printTeamReportAction"));
    a = file->addAction(tr("Export team report as P&DF…"), this, [this] { exportTeamReport(); });
    a->setObjectName(QStringLiteral("exportTeamReportAction"));
    a = file->addAction(tr("Export &all cards as PDF…"), this, [this] { exportAllCards(); });
    a->setObjectName(QStringLiteral("exportAllCardsAction"));
    file->addAction(tr("Export team table as &CSV…"), this, [this] {
        const Month prev = m_month.previous();
        const auto months = m_store->monthsWithData();
        const MonthReport *p =
            std::find(months.begin(), months.end(), prev) != months.end() ? &m_cache->report(prev) : nullptr;
        const QString f = exportTeamCsv(this, m_cache->report(m_month), m_teamCombo->currentData().toString(), p);
        if (!f.isEmpty())
            statusBar()->showMessage(tr("Team table saved to %1").arg(QDir::toNativeSeparators(f)), 15000);
    });
    file->addSeparator();
    a = file->addAction(tr("&Quit"), this, &QWidget::close);
    a->setShortcut(QKeySequence::Quit);

    // Edit
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    // Both redo keys, each once: QKeySequence::Redo is Ctrl+Shift+Z on Linux,
    // so listing it next to Ctrl+Shift+Z registered that key twice on one
    // action, which Qt reports as an ambiguous shortcut and then ignores.
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    redo->setObjectName(QStringLiteral("redoAction"));
    undo->setObjectName(QStringLiteral("undoAction"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    a = edit->addAction(tr("Scorecard &template…"), this, &MainWindow::openTemplateEditor);
    m_writeActions << a;
    a->setShortcut(QKeySequence(tr("Ctrl+T")));

    // View
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *d : findChildren<QDockWidget *>())
        view->addAction(d->toggleViewAction());
    a = view->addAction(tr("1:1 &notes and goals"));
    a->setCheckable(true);
    a->setChecked(true);
    connect(a, &QAction::toggled, m_notes, &QWidget::setVisible);
    view->addSeparator();
    a = view->addAction(tr("&My card (agent view)…"), this, [this] {
        if (!m_agentId.isEmpty())
            openMyCard(m_agentId);
    });
    a->setShortcut(QKeySequence(tr("Ctrl+M")));
    m_needCard << a;
    a = view->addAction(tr("&Present the card"), this, [this] { present(); });
    a->setObjectName(QStringLiteral("presentAction"));
    a->setShortcut(QKeySequence(Qt::Key_F11));
    a->setToolTip(tr("The card fills the screen for the 1:1 (F11 or double-click the card; Escape leaves)"));
    m_needCard << a;

    // Months
    QMenu *months = menuBar()->addMenu(tr("M&onths"));
    m_finalizeAction = months->addAction(tr("&Finalize month…"), this, &MainWindow::finalizeMonth);
    m_reopenAction = months->addAction(tr("&Reopen month…"), this, &MainWindow::reopenMonth);
    months->addSeparator();
    months->addAction(tr("&Audit log…"), this, [this] {
        AuditDialog dlg(*m_store, this);
        dlg.exec();
    });
    months->addSeparator();
    a = months->addAction(tr("&Previous month"), this, [this] {
        if (m_monthCombo->currentIndex() + 1 < m_monthCombo->count())
            m_monthCombo->setCurrentIndex(m_monthCombo->currentIndex() + 1);
    });
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    a = months->addAction(tr("&Next month"), this, [this] {
        if (m_monthCombo->currentIndex() > 0)
            m_monthCombo->setCurrentIndex(m_monthCombo->currentIndex() - 1);
    });
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));

    // Help
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Scorecard"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::setDatabase(std::unique_ptr<Store> store, const QString &path)
{
    if (store) {
        delete m_agentWindow; // it reads the store about to go
        stopPrefetch();
        m_notes->flush();
        m_undo->clear();
        m_notes->setStore(*store);
        m_card->setCard(std::nullopt);
        m_model->clear();
        m_cache = std::make_unique<MonthCache>(*store);
        m_store = std::move(store);
    }
    m_path = path;
    const auto *server = dynamic_cast<const PostgresStore *>(m_store.get());
    if (!server) {
        AppSettings::addRecentDatabase(path);
        updateRecentMenu();
    }
    setWindowFilePath(server ? QString() : path);
    const QString shownName =
        server ? tr("%1 on the server").arg(server->connection().database()) : QFileInfo(path).fileName();
    setWindowTitle(tr("Scorecard — %1").arg(shownName));
    setDemoBanner(!server && AppSettings::isDemoDatabase(path));
    const bool readOnly = m_store->isReadOnly();
    if (server) {
        const PostgresStore::Identity &who = server->identity();
        QString role = who.role ? pg::roleName(*who.role) : tr("not a Scorecard user");
        if (who.role == pg::Role::Supervisor)
            role += QStringLiteral(": ") + who.teams.join(QStringLiteral(", "));
        m_signedIn->setText(tr("Signed in as %1 (%2)").arg(who.login, role));
        m_readOnlyText->setText(tr("<b>Read-only:</b> you are signed in as %1 (%2): the server lets you read, print "
                                   "and export, not change anything.")
                                    .arg(who.login.toHtmlEscaped(), role.toHtmlEscaped()));
    } else {
        m_signedIn->setText(tr("Local database %1").arg(QDir::toNativeSeparators(path)));
        m_readOnlyText->setText(
            tr("<b>Read-only:</b> %1 cannot be changed (the file or its folder is not writable). You can look, print, "
               "export and back it up; imports, notes, goals, templates and finalizing are off.")
                .arg(QDir::toNativeSeparators(path).toHtmlEscaped()));
    }
    m_readOnlyBanner->setVisible(readOnly);
    for (QAction *w : std::as_const(m_writeActions))
        w->setEnabled(!readOnly);
    m_notes->setReadOnly(readOnly);
    if (readOnly)
        setWindowTitle(tr("Scorecard — %1 (read-only)").arg(shownName));
    m_agentId.clear();
    reloadData();
    // An agent signed in to the server gets "My card" and nothing else.
    if (server && server->identity().role == pg::Role::Agent) {
        m_agentWindow = new MyCardWindow(*m_store, server->identity().agentId, m_month, m_cache.get());
        m_agentWindow->setAttribute(Qt::WA_DeleteOnClose);
        m_agentWindow->setWindowTitle(tr("My card — %1").arg(server->identity().login));
        m_agentWindow->show();
        hide();
    }
}

bool MainWindow::connectToServer()
{
    ServerLoginDialog dialog(this);
    const ServerLogin last = lastServerLogin();
    const bool remembered = lastServerLoginRemembered();
    dialog.setLogin(last, remembered);
    if (remembered && !last.user.isEmpty())
        if (const auto kept = readKeychainPassword(keychainKey(last)))
            dialog.setPassword(*kept);
    while (dialog.exec() == QDialog::Accepted) {
        try {
            signIn(dialog.login(), dialog.password(), dialog.remember());
            return true;
        } catch (const std::exception &e) {
            // The dialog comes back with what was typed and why it failed.
            dialog.setError(QString::fromUtf8(e.what()));
        }
    }
    return false;
}

void MainWindow::signIn(const ServerLogin &login, const QByteArray &password, bool remember)
{
    const QString uri = serverUri(login);
    auto store = std::make_unique<PostgresStore>(uri, m_clock, [password](const QString &) {
        return password.isEmpty() ? std::nullopt : std::optional<QByteArray>(password);
    });
    saveServerLogin(login, remember);
    QString keychainError;
    if (remember) {
        if (!writeKeychainPassword(keychainKey(login), password, &keychainError))
            statusBar()->showMessage(tr("The password could not be kept in the keychain: %1").arg(keychainError),
                                     10000);
    } else {
        deleteKeychainPassword(keychainKey(login));
    }
    setDatabase(std::move(store), uri);
}

void MainWindow::setDemoBanner(bool visible) { m_banner->setVisible(visible); }

Month MainWindow::defaultMonth(const std::vector<Month> &months, const Clock &clock,
                               const std::function<qint64(Month)> &rows)
{
    if (months.empty())
        return Month::of(clock.today()).previous();
    const Month current = Month::of(clock.today());
    std::vector<qint64> size(months.size(), 1);
    qint64 busiest = 1;
    if (rows) {
        for (size_t i = 0; i < months.size(); ++i) {
            size[i] = rows(months[i]);
            busiest = std::max(busiest, size[i]);
        }
    }
    // A month counts when it holds at least a tenth of the busiest month's
    // rows: a freshly imported log with one row dated 2010 opens on the
    // month the log is about, not on 2010.
    auto counts = [&](size_t i) { return size[i] * 10 >= busiest; };
    for (size_t i = months.size(); i-- > 0;) {
        if (months[i] < current && counts(i))
            return months[i];
    }
    for (size_t i = months.size(); i-- > 0;) {
        if (counts(i))
            return months[i];
    }
    return months.back();
}

Month MainWindow::defaultMonth(const Store &store, const Clock &clock)
{
    // A month's size: its stored rows (time, contact, QA and survey rows
    // of every agent), from the month's sums.
    return defaultMonth(store.monthsWithData(), clock, [&store](Month m) {
        qint64 rows = 0;
        for (const ActivitySums &s : store.agentSums(m))
            rows += s.timeRows + s.contactRows + s.qaEvaluations + s.csatResponses;
        return rows;
    });
}

void MainWindow::reloadData()
{
    stopPrefetch();
    m_model->clear(); // before the reports it points into go
    m_cache->clear();
    try {
        const std::vector<Month> months = m_store->monthsWithData();
        Month keep = m_month;
        fillMonthAndTeamCombos();
        if (!keep.isValid() || std::find(months.begin(), months.end(), keep) == months.end())
            keep = defaultMonth(*m_store, m_clock);
        m_month = Month();
        // The data changed (template, import, finalize): the card is rebuilt
        // even when the same agent stays selected.
        m_card->setCard(std::nullopt);
        setMonth(keep);
    } catch (const StoreUnavailableError &e) {
        m_filling = false;
        connectionLost(QString::fromUtf8(e.what()));
    }
}

void MainWindow::fitColumns()
{
    // Filtering rows in and out does not resize ResizeToContents sections:
    // without this, clearing a search that matched nothing left them squeezed.
    m_table->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
}

void MainWindow::refreshCardNote()
{
    if (m_agentId.isEmpty() || !m_card->card() || m_prefetchThread)
        return;
    CardData card = *m_card->card();
    if (card.card.agent.id != m_agentId || card.card.month != m_month)
        return;
    card.note = m_store->note(m_agentId, m_month);
    m_card->setCard(std::move(card));
}

void MainWindow::fillMonthAndTeamCombos()
{
    m_filling = true;
    m_monthCombo->clear();
    const std::vector<Month> months = m_store->monthsWithData();
    for (auto it = months.rbegin(); it != months.rend(); ++it)
        m_monthCombo->addItem(monthTitle(*it), it->toString());
    const QString team = m_teamCombo->currentData().toString();
    m_teamCombo->clear();
    m_teamCombo->addItem(tr("All teams"), QString());
    for (const QString &t : m_store->teams())
        m_teamCombo->addItem(t, t);
    m_teamCombo->setCurrentIndex(qMax(0, m_teamCombo->findData(team)));
    m_proxy->setTeam(m_teamCombo->currentData().toString());
    m_filling = false;
}

void MainWindow::setMonth(Month month)
{
    if (month == m_month && m_model->rowCount() > 0)
        return;
    m_month = month;
    m_filling = true;
    const int i = m_monthCombo->findData(month.toString());
    if (i >= 0)
        m_monthCombo->setCurrentIndex(i);
    m_filling = false;
    try {
        showMonth();
    } catch (const StoreUnavailableError &e) {
        connectionLost(QString::fromUtf8(e.what()));
    }
}

void MainWindow::showMonth()
{
    const QString keepAgent = m_agentId;
    const MonthReport &report = m_cache->report(m_month);
    const std::vector<Month> months = m_store->monthsWithData();
    const MonthReport *prev = nullptr;
    if (std::find(months.begin(), months.end(), m_month.previous()) != months.end())
        prev = &m_cache->report(m_month.previous());
    {
        // Keep the selection signal quiet while the model resets.
        QSignalBlocker block(m_table->selectionModel());
        m_model->setReports(report, prev);
    }
    m_strip->setReport(report, m_teamCombo->currentData().toString());
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    // The Team column shows with All teams, whatever the last database had.
    m_table->setColumnHidden(TeamTableModel::TeamColumn, !m_teamCombo->currentData().toString().isEmpty());
    fitColumns();
    startPrefetch();
    updateMonthActions();
    updateFitBanner();
    if (!keepAgent.isEmpty() && selectAgent(keepAgent))
        return;
    // Otherwise the first row of the table.
    m_agentId.clear();
    if (m_proxy->rowCount() > 0) {
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    } else {
        m_card->setPlaceholder(months.empty() ? tr("No data yet. Use File > Import to add last month's exports.")
                                              : tr("No agent matches."));
        m_card->setCard(std::nullopt);
        m_notes->clearContext();
        m_trend->setCard(std::nullopt);
    }
    onCurrentRowChanged();
}

void MainWindow::setTeamFilter(const QString &team)
{
    m_filling = true;
    m_teamCombo->setCurrentIndex(qMax(0, m_teamCombo->findData(team)));
    m_filling = false;
    m_proxy->setTeam(team);
    m_table->setColumnHidden(TeamTableModel::TeamColumn, !team.isEmpty());
    fitColumns();
    m_strip->setReport(m_cache->report(m_month), team);
    updateFitBanner();
    if (m_proxy->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    onCurrentRowChanged();
}

void MainWindow::setSearch(const QString &text) { m_search->setText(text); }

bool MainWindow::selectAgent(const QString &agentId)
{
    const int srcRow = m_model->rowOf(agentId);
    if (srcRow < 0)
        return false;
    const QModelIndex idx = m_proxy->mapFromSource(m_model->index(srcRow, 0));
    if (!idx.isValid())
        return false;
    m_table->setCurrentIndex(idx);
    m_table->scrollTo(idx);
    onCurrentRowChanged();
    return true;
}

void MainWindow::onCurrentRowChanged()
{
    const QModelIndex cur = m_table->currentIndex();
    const QString id = cur.isValid() ? cur.data(TeamTableModel::AgentIdRole).toString() : QString();
    if (id.isEmpty()) {
        if (m_proxy->rowCount() > 0) {
            m_table->setCurrentIndex(m_proxy->index(0, 0));
            return; // re-enters through currentRowChanged
        }
        m_agentId.clear();
        // Say why the table is empty, in place of a stale "Preparing…".
        const QString search = m_search->text().trimmed();
        const QString team = m_teamCombo->currentData().toString();
        if (m_model->rowCount() == 0)
            m_card->setPlaceholder(m_store->monthsWithData().empty()
                                       ? tr("No data yet. Use File > Import to add last month's exports.")
                                       : tr("No agent has a record in %1.").arg(monthTitle(m_month)));
        else if (!search.isEmpty() && !team.isEmpty())
            m_card->setPlaceholder(
                tr("No agent of %1 matches \"%2\". Press Escape in the search field to clear it.").arg(team, search));
        else if (!search.isEmpty())
            m_card->setPlaceholder(
                tr("No agent matches \"%1\". Press Escape in the search field to clear it.").arg(search));
        else
            m_card->setPlaceholder(tr("No agent of %1 has a record in %2.").arg(team, monthTitle(m_month)));
        m_card->setCard(std::nullopt);
        m_trend->setCard(std::nullopt);
        m_notes->clearContext();
        statusBar()->showMessage(tr("No agent shown"));
        for (QAction *a : m_needCard)
            a->setEnabled(false);
        return;
    }
    if (id == m_agentId && m_card->card() && m_card->card()->card.month == m_month)
        return;
    try {
        showAgent(id);
    } catch (const StoreUnavailableError &e) {
        connectionLost(QString::fromUtf8(e.what()));
    }
}

void MainWindow::showAgent(const QString &agentId)
{
    m_agentId = agentId;
    refreshCard();
    for (QAction *a : m_needCard)
        a->setEnabled(m_card->card().has_value());
}

void MainWindow::stopPrefetch()
{
    ++m_prefetchGeneration; // whatever is running is now stale
    if (m_prefetchThread) {
        m_prefetchThread->wait();
        delete m_prefetchThread;
        m_prefetchThread = nullptr;
    }
}

// The card's trend needs up to 12 months. Scoring them one after the other
// on the GUI thread would hold the window for a second on a large center,
// so the months before last are scored on a second connection in a worker
// thread while the table is already usable.
ExplainDialog *MainWindow::explainMetric(const QString &metricKey)
{
    const std::optional<CardData> &card = m_card->card();
    if (!card || metricKey.isEmpty())
        return nullptr;
    return ExplainDialog::open(*m_store, card->card.month, card->card.agent.id, metricKey, this);
}

void MainWindow::startPrefetch()
{
    if (m_prefetchThread)
        return;
    const std::vector<Month> months = m_store->monthsWithData();
    std::vector<Month> wanted;
    for (Month m : months) {
        if (m >= m_month.addMonths(-11) && m < m_month.previous() && !m_cache->contains(m))
            wanted.push_back(m);
    }
    if (wanted.size() < 2 || !QFileInfo::exists(m_path))
        return; // cheaper to score on demand
    const int generation = ++m_prefetchGeneration;
    auto results = std::make_shared<std::vector<MonthReport>>();
    const QString path = m_path;
    const Clock &clock = m_clock;
    m_prefetchThread = QThread::create([path, wanted, results, &clock] {
        // Two connections, one per core, each scoring every other month.
        std::vector<MonthReport> halves[2];
        bool failed[2] = {false, false};
        auto work = [&](int half) {
            try {
                auto store = openStore(path, clock);
                for (size_t i = size_t(half); i < wanted.size(); i += 2)
                    halves[half].push_back(scoreMonth(*store, wanted[i]));
            } catch (const std::exception &) {
                failed[half] = true; // the GUI thread scores on demand instead
            }
        };
        std::thread second(work, 1);
        work(0);
        second.join();
        for (int h = 0; h < 2; ++h) {
            if (!failed[h])
                std::move(halves[h].begin(), halves[h].end(), std::back_inserter(*results));
        }
    });
    connect(m_prefetchThread, &QThread::finished, this, [this, generation, results] {
        if (generation != m_prefetchGeneration || !m_prefetchThread)
            return;
        m_prefetchThread->wait();
        m_prefetchThread->deleteLater();
        m_prefetchThread = nullptr;
        for (MonthReport &r : *results)
            m_cache->insert(std::move(r));
        refreshCard();
        for (QAction *a : m_needCard)
            a->setEnabled(m_card->card().has_value());
    });
    m_prefetchThread->start();
}

void MainWindow::refreshCard()
{
    if (m_agentId.isEmpty())
        return;
    if (m_prefetchThread) {
        m_card->setPlaceholder(tr("Preparing the card and its 12-month trend…"));
        m_card->setCard(std::nullopt);
        if (m_notes->agentId() != m_agentId || m_notes->month() != m_month)
            m_notes->setContext(m_agentId, m_month, {});
        return;
    }
    std::optional<CardData> card;
    {
        const auto view = m_store->readSnapshot(); // the card from one state of the data
        card = buildCardData(*m_store, m_agentId, m_month, m_cache->accessor());
    }
    m_card->setCard(card);
    m_trend->setCard(card);
    if (m_presentation && card)
        m_presentation->setCard(*card);
    // Refresh the panel only when the agent or month changed, so the editor
    // keeps its cursor while goals are being edited.
    if (m_notes->agentId() != m_agentId || m_notes->month() != m_month)
        m_notes->setContext(m_agentId, m_month, card ? card->goals : std::vector<GoalStatus>{});
    statusBar()->showMessage(
        card ? tr("%1 · %2 · %3").arg(card->card.agent.name, card->card.agent.team, monthTitle(m_month)) : QString());
}

void MainWindow::updateMonthActions()
{
    const bool final = m_store->isFinalized(m_month);
    const bool writable = !m_store->isReadOnly();
    m_finalizeAction->setEnabled(writable && !final);
    m_notes->setFrozen(final);
    m_reopenAction->setEnabled(writable && final);
    // Plain words: the lock emoji had no glyph in common UI fonts (a box).
    m_monthState->setText(final ? tr("  Finalized (frozen)") : tr("  Open (not finalized)"));
    m_monthState->setToolTip(
        final ? tr(
            "This month's cards are frozen: later imports and template edits do not change them until it is reopened.")
              : tr("Imports and template edits still change this month's cards."));
}

QString MainWindow::userName() const { return currentUserName(); }

void MainWindow::finalizeMonth()
{
    if (QMessageBox::question(this, tr("Finalize %1").arg(monthTitle(m_month)),
                              tr("Freeze the cards of %1? Later imports and template edits will not change them until "
                                 "the month is reopened. Both are recorded in the audit log.")
                                  .arg(monthTitle(m_month)))
        != QMessageBox::Yes)
        return;
    m_notes->flush(); // the note as typed a moment ago belongs to the month being frozen
    try {
        const workflow::MonthResult r = workflow::finalizeMonth(*m_store, m_month);
        // A finalized month's notes are read-only: an undo may not reach
        // back into them (docs/decisions.md).
        if (r.outcome == workflow::MonthOutcome::Done)
            m_undo->clear();
        if (r.outcome == workflow::MonthOutcome::NoData)
            QMessageBox::information(this, tr("Finalize"), tr("%1 has no data to finalize.").arg(monthTitle(m_month)));
        else if (r.outcome == workflow::MonthOutcome::AlreadyFinalized)
            QMessageBox::information(this, tr("Finalize"), tr("%1 is already finalized.").arg(monthTitle(m_month)));
    } catch (const StoreBusyError &) {
        QMessageBox::warning(this, tr("Finalize"),
                             tr("Another import or finalize is running; nothing was changed. Try again shortly."));
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Finalize"), QString::fromUtf8(e.what()));
    }
    reloadData();
}

void MainWindow::reopenMonth()
{
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Reopen %1").arg(monthTitle(m_month)),
                              tr("Why is the month reopened? (recorded in the audit log)"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    if (reason.trimmed().isEmpty()) {
        QMessageBox::information(this, tr("Reopen"), tr("A reason is needed to reopen a month."));
        return;
    }
    try {
        if (workflow::reopenMonth(*m_store, m_month, reason.trimmed()).outcome == workflow::MonthOutcome::NotFinalized)
            QMessageBox::information(this, tr("Reopen"), tr("%1 is not finalized.").arg(monthTitle(m_month)));
    } catch (const StoreBusyError &) {
        QMessageBox::warning(this, tr("Reopen"),
                             tr("Another import or finalize is running; nothing was changed. Try again shortly."));
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Reopen"), QString::fromUtf8(e.what()));
    }
    reloadData();
}

void MainWindow::openMyCard(const QString &agentId)
{
    m_notes->flush();
    auto *w = new MyCardWindow(*m_store, agentId, m_month, m_cache.get(), this);
    w->setWindowFlag(Qt::Window);
    w->show();
}

PresentationWindow *MainWindow::presentationWindow() const { return m_presentation; }

PresentationWindow *MainWindow::present()
{
    if (!m_card->card())
        return nullptr;
    m_notes->flush(); // the note as typed a moment ago
    refreshCardNote();
    if (m_presentation) {
        m_presentation->setCard(*m_card->card());
        m_presentation->raise();
        m_presentation->activateWindow();
        return m_presentation;
    }
    m_presentation = new PresentationWindow(*m_card->card(), this);
    // A tile explains itself there too, above the full-screen card.
    connect(m_presentation->cardWidget(), &CardWidget::explainRequested, this, [this](const QString &key) {
        const std::optional<CardData> &card = m_card->card();
        if (card && m_presentation && !key.isEmpty())
            ExplainDialog::open(*m_store, card->card.month, card->card.agent.id, key, m_presentation);
    });
    m_presentation->showFullScreen();
    m_presentation->activateWindow();
    return m_presentation;
}

void MainWindow::openImportWizard()
{
    m_notes->flush();
    ImportWizard wiz(*m_store, this);
    connect(&wiz, &ImportWizard::importDone, this, [this] {
        if (AppSettings::isDemoDatabase(m_path)) {
            // Real data went in: the banner no longer tells the truth.
        }
        reloadData();
    });
    wiz.exec();
}

void MainWindow::openTemplateEditor()
{
    TemplateEditor dlg(*m_store, m_month, m_teamCombo->currentData().toString(), this);
    if (dlg.exec() == QDialog::Accepted)
        reloadData();
}

QStringList MainWindow::teamsWithRecords() const
{
    QStringList teams;
    for (const AgentScorecard &a : m_cache->report(m_month).agents) {
        if (!teams.contains(a.agent.team))
            teams << a.agent.team;
    }
    teams.sort();
    return teams;
}

QStringList MainWindow::reportTeams()
{
    const QString team = m_teamCombo->currentData().toString();
    if (!team.isEmpty())
        return {team};
    const QStringList teams = teamsWithRecords();
    if (teams.isEmpty()) {
        QMessageBox::information(this, tr("Team report"), tr("No team has a record in %1.").arg(monthTitle(m_month)));
        return {};
    }
    if (teams.size() == 1 || m_askAllTeams == AllTeamsAnswer::Yes)
        return teams;
    if (m_askAllTeams == AllTeamsAnswer::No)
        return {};
    // All teams chosen: offer every team's report, or picking one first.
    QMessageBox box(QMessageBox::Question, tr("Team report"),
                    tr("All teams is chosen. Make the report of every team (%1), one after the other?")
                        .arg(teams.join(QStringLiteral(", "))),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("allTeamsReportBox"));
    QPushButton *all = box.addButton(tr("Every team"), QMessageBox::AcceptRole);
    box.addButton(tr("Cancel (choose a team in the tool bar)"), QMessageBox::RejectRole);
    box.setDefaultButton(all);
    box.exec();
    return box.clickedButton() == all ? teams : QStringList();
}

QString MainWindow::exportTeamReport(const QString &file)
{
    const QStringList teams = reportTeams();
    if (teams.isEmpty())
        return {};
    m_notes->flush();
    const QString f = exportTeamPdf(this, *m_store, teams, m_month, file);
    if (!f.isEmpty())
        statusBar()->showMessage(tr("Team report saved to %1").arg(QDir::toNativeSeparators(f)), 15000);
    return f;
}

QString MainWindow::exportAllCards(const QString &file)
{
    m_notes->flush();
    const QString team = m_teamCombo->currentData().toString();
    const QString f = exportAllCardsPdf(this, *m_store, m_month, team, file);
    if (!f.isEmpty())
        statusBar()->showMessage(team.isEmpty()
                                     ? tr("Every card saved to %1").arg(QDir::toNativeSeparators(f))
                                     : tr("The cards of %1 saved to %2").arg(team, QDir::toNativeSeparators(f)),
                                 15000);
    return f;
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentDatabases();
    for (int i = 0; i < recent.size(); ++i) {
        const QString p = recent[i];
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(p).fileName()), this,
                                             [this, p] { openDatabase(p); });
        a->setToolTip(p);
        a->setStatusTip(p);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::newDatabase()
{
    const QString path = m_openDialogs.chooseNew(this, QFileInfo(m_path).absolutePath());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath()) {
        QMessageBox::information(this, tr("New database"), tr("That database is already open."));
        return;
    }
    // Never delete a file to make room: it may be another application's, or
    // a database whose -wal file would then be read into the new one.
    if (QFileInfo(path).exists() && QFileInfo(path).size() > 0) {
        QMessageBox box(QMessageBox::Warning, tr("New database"),
                        tr("%1 already exists. Scorecard does not replace files: choose a new name, or move the "
                           "file away first.")
                            .arg(QDir::toNativeSeparators(path)),
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("newDatabaseExistsBox"));
        box.exec();
        return;
    }
    AppSettings::setDemoDatabase(path, false);
    openDatabase(path);
}

void MainWindow::openDatabase(const QString &given)
{
    QString path = given;
    if (path.isEmpty()) {
        path = m_openDialogs.chooseExisting(this, QFileInfo(m_path).absolutePath());
        if (path.isEmpty())
            return;
    }
    OpenedDatabase opened = openDatabaseForApp(this, path, m_clock, m_openDialogs);
    if (opened.store) // else the current database stays open
        setDatabase(std::move(opened.store), opened.path);
}

QString MainWindow::backUp(const QString &given)
{
    QString file = given;
    if (file.isEmpty()) {
        const QFileInfo info(m_path);
        const QString suggested = info.absoluteDir().filePath(
            QStringLiteral("%1-backup-%2.sqlite")
                .arg(info.completeBaseName(), m_clock.now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        file = QFileDialog::getSaveFileName(this, tr("Back up the database"), suggested,
                                            tr("Scorecard database (*.sqlite *.db)"));
        if (file.isEmpty())
            return {};
    }
    m_notes->flush(); // the last typed note goes into the backup
    try {
        m_store->backupTo(file);
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Back up"), tr("No backup was made: %1").arg(QString::fromUtf8(e.what())));
        return {};
    }
    statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(file)), 8000);
    return file;
}

void MainWindow::about()
{
    AboutDialog dialog(m_path, this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *e)
{
    m_notes->flush();
    AppSettings::setMainWindowGeometry(saveGeometry());
    AppSettings::setMainWindowState(saveState());
    e->accept();
}

} // namespace sc
