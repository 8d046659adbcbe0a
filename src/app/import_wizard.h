#pragma once
// The monthly import: pick or drop files, recognise each one's kind from its
// header, adapt other exports with a mapping (saved as a named profile in
// SPEC's JSON), preview, check every file in a worker thread (progress,
// cancel), list every error, and import all files in one transaction only
// when nothing is wrong.
#include "import/importer.h"

#include <QWizard>
#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;
class QTimer;

namespace sc {

class Store;

struct ImportFileEntry {
    QString path;
    QByteArray head;                       // first bytes, for header/preview
    std::optional<ImportKind> detected;    // from the header with ','
    std::optional<MappingProfile> profile; // set when a mapping is used
};

class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilesPageId, MappingPageId, PreviewPageId, CheckPageId, ResultPageId };

    ImportWizard(Store &store, QWidget *parent = nullptr, const QString &profilesDir = {});
    ~ImportWizard() override;

    void addFiles(const QStringList &paths);
    std::vector<ImportFileEntry> &files() { return m_files; }
    Store &store() { return m_store; }
    QString profilesDir() const { return m_profilesDir; }

    // Check results (valid once checkFinished() was emitted).
    bool isChecking() const { return m_checking; }
    const std::vector<ImportError> &errors() const { return m_errors; }
    const std::vector<ImportBatch> &batches() const { return m_batches; }
    bool wasCancelled() const { return m_cancelledResult; }
    void startCheck();
    void cancelCheck() { m_cancel = true; }
    bool imported() const { return m_imported; }
    QString resultText() const { return m_resultText; }

    // Reads the file at `index` once more, as another kind (one export
    // feeding agents and contacts in one run): a copy of its entry, without a
    // profile, right after it.
    void addAnotherKind(size_t index);

    // Agent ids the last check found in activity files but not in the
    // database; createAgents() adds them (in `team`) to this import.
    QStringList missingAgents() const;
    void createAgents(const QStringList &ids, const QString &team);
    const std::vector<Agent> &agentsToCreate() const { return m_newAgents; }

    // Profiles saved in profilesDir, by name.
    QList<MappingProfile> savedProfiles() const;
    bool saveProfile(const MappingProfile &p, QString *error) const;

signals:
    void filesChanged();
    void checkFinished();
    void importDone(); // the store changed

private:
    friend class CheckPage;
    friend class ResultPage;
    void finishCheck();
    bool runImport();

    Store &m_store;
    QString m_profilesDir;
    std::vector<ImportFileEntry> m_files;
    // Worker state
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    bool m_checking = false;
    bool m_cancelledResult = false;
    std::vector<ImportError> m_errors;
    std::vector<ImportBatch> m_batches;
    std::vector<Agent> m_newAgents; // created from the check page, stored with the import
    bool m_imported = false;
    QString m_resultText;
    // Filled by the worker, read after it finished.
    struct WorkResult {
        std::vector<ImportError> errors;
        std::vector<ImportBatch> batches;
        bool cancelled = false;
    };
    std::shared_ptr<WorkResult> m_work;
};

// --- pages ------------------------------------------------------------------

class FilesPage : public QWizardPage {
    Q_OBJECT
public:
    explicit FilesPage(ImportWizard *w);
    bool isComplete() const override;
    QListWidget *list() const { return m_list; }

protected:
    void dragEnterEvent(QDragEnterEvent *e) override;
    void dropEvent(QDropEvent *e) override;

private:
    void refresh();
    ImportWizard *m_wizard;
    QListWidget *m_list;
};

class MappingPage : public QWizardPage {
    Q_OBJECT
public:
    explicit MappingPage(ImportWizard *w);
    void initializePage() override;
    bool validatePage() override;

    QComboBox *fileCombo() const { return m_file; }
    QComboBox *modeCombo() const { return m_mode; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *delimiterCombo() const { return m_delimiter; }
    QLineEdit *dateFormatEdit() const { return m_dateFormat; }
    QComboBox *durationsCombo() const { return m_durations; }
    QTableWidget *fieldTable() const { return m_fields; }
    QLineEdit *profileNameEdit() const { return m_profileName; }
    // Writes the editor into the current file's entry.
    void commitEditor();
    // A profile from / to any JSON file (the buttons ask for the path).
    bool loadProfileFromFile(const QString &path, QString *error = nullptr);
    bool saveProfileToFile(const QString &path, QString *error = nullptr);
    // The current file once more, to read it as another kind too.
    void addAnotherKind();

private:
    void showFile(int index);
    void fillFileCombo(int select);
    void onModeChanged();
    void fillFieldTable(const QStringList &header);
    QStringList headerOf(const ImportFileEntry &e, char delimiter) const;
    MappingProfile editorProfile() const;
    void loadProfileIntoEditor(const MappingProfile &p);
    void saveProfile();

    ImportWizard *m_wizard;
    QComboBox *m_file;
    QComboBox *m_mode;
    QWidget *m_editor;
    QComboBox *m_kind;
    QComboBox *m_delimiter;
    QLineEdit *m_dateFormat;
    QComboBox *m_durations;
    QComboBox *m_whereColumn;
    QLineEdit *m_whereValues;
    QLineEdit *m_trueValues;
    QLineEdit *m_falseValues;
    QTableWidget *m_fields;
    QLineEdit *m_profileName;
    QLabel *m_info;
    int m_current = -1;
    bool m_loading = false;
    // The profile last loaded: what the editor has no widget for (values,
    // thresholds, header_row, skip_rows, sheet, further where filters) is
    // kept from it.
    MappingProfile m_loaded;
};

class PreviewPage : public QWizardPage {
    Q_OBJECT
public:
    explicit PreviewPage(ImportWizard *w);
    void initializePage() override;
    QTableWidget *table() const { return m_table; }

private:
    void show(int index);
    ImportWizard *m_wizard;
    QComboBox *m_file;
    QTableWidget *m_table;
    QLabel *m_info;
};

class CheckPage : public QWizardPage {
    Q_OBJECT
public:
    explicit CheckPage(ImportWizard *w);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override { return isComplete(); }
    QTableWidget *errorTable() const { return m_errors; }
    QLabel *summary() const { return m_summary; }
    QWidget *missingAgentsRow() const { return m_missingRow; }
    QComboBox *teamCombo() const { return m_team; }
    QPushButton *createAgentsButton() const { return m_create; }
    QProgressBar *progress() const { return m_progress; }

private:
    void onFinished();
    ImportWizard *m_wizard;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_again;
    QLabel *m_summary;
    QTableWidget *m_errors;
    QTimer *m_poll;
    QWidget *m_missingRow;
    QLabel *m_missingLabel;
    QComboBox *m_team;
    QPushButton *m_create;
};

class ResultPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ResultPage(ImportWizard *w);
    void initializePage() override;

private:
    ImportWizard *m_wizard;
    QLabel *m_text;
};

} // namespace sc
