#pragma once
// The supervisor's window: month, team and search on top; the team strip and
// overview table; the selected agent's card; the 1:1 notes and goals dock.
#include "app/database_open.h"
#include "core/clock.h"
#include "core/month.h"
#include "core/template_fit.h"
#include "report/card_data.h"

#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>

class QAction;
class QThread;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QUndoStack;

namespace sc {

class CardWidget;
class ExplainDialog;
class MonthCache;
class MyCardWindow;
struct ServerLogin;
class NotesPanel;
class PresentationWindow;
class Store;
class TeamFilterProxy;
class TeamStrip;
class TeamTableModel;
class TrendChart;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(std::unique_ptr<Store> store, const QString &databasePath, const Clock &clock,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Switches to another database (File > Open / New / recent).
    void setDatabase(std::unique_ptr<Store> store, const QString &path);
    void setDemoBanner(bool visible);

    // Navigation, also used by tests and the benchmark.
    void setMonth(Month month);
    Month month() const { return m_month; }
    void setTeamFilter(const QString &team);
    void setSearch(const QString &text);
    bool selectAgent(const QString &agentId);
    QString currentAgentId() const { return m_agentId; }
    // The last complete month with data (before the clock's month), else the
    // latest; with `rows` (a month's size), months holding under a tenth of
    // the busiest month (a few mis-dated rows) are passed over.
    static Month defaultMonth(const std::vector<Month> &months, const Clock &clock,
                              const std::function<qint64(Month)> &rows = {});
    static Month defaultMonth(const Store &store, const Clock &clock);

    Store &store() { return *m_store; }
    MonthCache &cache() { return *m_cache; }
    CardWidget *cardWidget() const { return m_card; }
    NotesPanel *notesPanel() const { return m_notes; }
    TeamStrip *teamStrip() const { return m_strip; }
    QTableView *teamView() const { return m_table; }
    TeamTableModel *teamModel() const { return m_model; }
    TeamFilterProxy *teamProxy() const { return m_proxy; }
    QUndoStack *undoStack() const { return m_undo; }
    QComboBox *monthCombo() const { return m_monthCombo; }
    QComboBox *teamCombo() const { return m_teamCombo; }
    QWidget *demoBanner() const;
    // Shown when a team of the month has weighted metrics with no data.
    QWidget *fitBanner() const;
    QString fitBannerText() const;
    // Opens the template editor with the fitted template of the banner's
    // team (its preview shows before anything is saved).
    void fitTemplate();
    // Shown while the database is open read-only (its file or folder cannot be written).
    QWidget *readOnlyBanner() const;

    // File > Back up…: a consistent copy of the open database into `file`
    // (asked for when empty). Returns the file written, empty if none.
    QString backUp(const QString &file = {});
    // File > Open database… (asks for the file when empty), through the
    // dialogs of openDatabaseForApp; tests replace its file dialogs.
    void openDatabase(const QString &path = {});
    // File > New database…: never over an existing file.
    void newDatabase();
    void setOpenDialogs(const OpenDialogs &dialogs) { m_openDialogs = dialogs; }
    // File > Connect to server…: the login dialog, until a sign-in works or
    // it is cancelled. Returns true when signed in.
    bool connectToServer();
    // Signs in to `login` with `password` (what the dialog does after OK):
    // on success the window shows the server database; the password goes
    // to the keychain when `remember`, else any kept one is removed. Throws
    // StoreError (the window keeps its database).
    void signIn(const ServerLogin &login, const QByteArray &password, bool remember);
    // "Signed in as sam (supervisor: North)" in the status bar; the file's
    // name for a local database.
    QLabel *signedInLabel() const { return m_signedIn; }
    // Shown when the server cannot be reached, with a Retry button; what
    // was typed stays in the editors and is saved on the retry that works.
    QWidget *connectionBanner() const;
    // The Retry button: saves pending notes and reloads; true when the
    // server answered.
    bool retryConnection();
    // The "My card" window an agent gets instead of this one (null if none).
    MyCardWindow *agentWindow() const;
    TrendChart *trendChart() const { return m_trend; }

    // Opens the explanation panel for a number of the shown card (SPEC
    // section 7): what a click or Enter on a tile does. Null when not shown.
    ExplainDialog *explainMetric(const QString &metricKey);
    // Opens the "My card" window for an agent (read-only).
    void openMyCard(const QString &agentId);
    // Presentation mode (F11, double-click on the card): the card fills the
    // screen. Returns the window (null without a card); it closes itself.
    PresentationWindow *present();
    PresentationWindow *presentationWindow() const;
    void openImportWizard();
    void openTemplateEditor();
    // File > Export all cards as PDF…: the cards of the team chosen in the
    // tool bar (every team with All teams) into `file` (asked for when
    // empty). Returns the file written, empty if none; the status bar says where.
    QString exportAllCards(const QString &file = {});
    // File > Export team report as PDF…: with All teams, every team's report
    // one after the other in one file.
    QString exportTeamReport(const QString &file = {});
    QLineEdit *searchField() const { return m_search; }
    // The answer tests give in place of the "every team?" question.
    enum class AllTeamsAnswer { Ask, Yes, No };
    void setAllTeamsAnswer(AllTeamsAnswer a) { m_askAllTeams = a; }
    QLabel *monthStateLabel() const { return m_monthState; }
    // True while earlier months for the card's trend are scored in the
    // background; the card appears when they are ready.
    bool isPreparingCard() const { return m_prefetchThread != nullptr; }
    // Re-reads months, teams and scores after the data changed.
    void reloadData();

protected:
    void closeEvent(QCloseEvent *e) override;

private:
    void buildMenus();
    void buildCentral();
    void fillMonthAndTeamCombos();
    void showMonth();
    void onCurrentRowChanged();
    void showAgent(const QString &agentId);
    void refreshCard();
    void refreshCardNote();
    void fitColumns();
    void startPrefetch();
    void stopPrefetch();
    void updateMonthActions();
    void updateRecentMenu();
    void finalizeMonth();
    void reopenMonth();
    void about();
    QString userName() const;
    QStringList teamsWithRecords() const;
    // The teams a team report covers: the chosen team, or with All teams
    // every team with a record after asking. Empty: none (cancelled).
    QStringList reportTeams();

    std::unique_ptr<Store> m_store;
    QString m_path;
    const Clock &m_clock;
    std::unique_ptr<MonthCache> m_cache;
    Month m_month;
    QString m_agentId;
    bool m_filling = false;
    QThread *m_prefetchThread = nullptr;
    int m_prefetchGeneration = 0;

    QUndoStack *m_undo;
    QFrame *m_banner;
    QFrame *m_readOnlyBanner;
    QLabel *m_signedIn;
    QFrame *m_fitBanner;
    QLabel *m_fitText;
    std::optional<TemplateFit> m_fit; // the banner's
    void updateFitBanner();
    QFrame *m_connectionBanner;
    QLabel *m_connectionText;
    void connectionLost(const QString &why);
    QPointer<MyCardWindow> m_agentWindow;
    QLabel *m_readOnlyText;
    OpenDialogs m_openDialogs = defaultOpenDialogs();
    QList<QAction *> m_writeActions; // off while read-only
    QComboBox *m_monthCombo;
    QComboBox *m_teamCombo;
    QLineEdit *m_search;
    QLabel *m_monthState;
    TeamStrip *m_strip;
    QTableView *m_table;
    TeamTableModel *m_model;
    TeamFilterProxy *m_proxy;
    CardWidget *m_card;
    NotesPanel *m_notes;
    TrendChart *m_trend;
    QMenu *m_recentMenu;
    QAction *m_finalizeAction;
    QAction *m_reopenAction;
    QList<QAction *> m_needCard;
    // Cleared by Qt when the window closes (it deletes itself), also while
    // the main window is being destroyed with it open.
    QPointer<PresentationWindow> m_presentation;
    AllTeamsAnswer m_askAllTeams = AllTeamsAnswer::Ask;
};

} // namespace sc
