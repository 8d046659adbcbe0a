#include "app/import_wizard.h"

#include "app/app_settings.h"
#include "import/presets.h"
#include "storage/store.h"
#include "workflow/import_session.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace sc {

namespace {
constexpr qint64 kHeadBytes = 64 * 1024;

QByteArray readHead(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.read(kHeadBytes);
}

QString kindTitle(ImportKind k)
{
    switch (k) {
    case ImportKind::Agents: return QCoreApplication::translate("sc::ImportWizard", "Agents");
    case ImportKind::Time: return QCoreApplication::translate("sc::ImportWizard", "Time tracking");
    case ImportKind::Contacts: return QCoreApplication::translate("sc::ImportWizard", "Contacts");
    case ImportKind::Qa: return QCoreApplication::translate("sc::ImportWizard", "QA evaluations");
    case ImportKind::Survey: return QCoreApplication::translate("sc::ImportWizard", "Customer surveys");
    case ImportKind::Kcs: return QCoreApplication::translate("sc::ImportWizard", "Knowledge base (KCS)");
    case ImportKind::ServiceLevel: return QCoreApplication::translate("sc::ImportWizard", "Service level");
    }
    return {};
}

std::optional<ImportKind> effectiveKind(const ImportFileEntry &e)
{
    return e.profile ? std::optional<ImportKind>(e.profile->kind) : e.detected;
}

QString delimiterName(char d) { return d == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(d)); }

// How a file's header shows in a list: one short line, whatever the file
// holds (a binary file's "header" must not widen the wizard).
QString headerLabel(const QString &h)
{
    const QString one = escapeControlCharacters(h);
    return one.size() > 40 ? one.left(40) + QStringLiteral("…") : one;
}

QString profileFileName(const QString &name)
{
    QString s = name.trimmed();
    s.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._ -]")), QStringLiteral("_"));
    return s.isEmpty() ? QStringLiteral("profile.json") : s + QStringLiteral(".json");
}
} // namespace

// ===========================================================================

ImportWizard::ImportWizard(Store &store, QWidget *parent, const QString &profilesDir)
    : QWizard(parent),
      m_store(store),
      m_profilesDir(profilesDir.isEmpty() ? AppSettings::profilesDirectory() : profilesDir)
{
    setWindowTitle(tr("Import exports"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(FilesPageId, new FilesPage(this));
    setPage(MappingPageId, new MappingPage(this));
    setPage(PreviewPageId, new PreviewPage(this));
    setPage(CheckPageId, new CheckPage(this));
    setPage(ResultPageId, new ResultPage(this));
    setStartId(FilesPageId);
    resize(860, 600);
}

ImportWizard::~ImportWizard()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

void ImportWizard::addFiles(const QStringList &paths)
{
    for (const QString &p : paths) {
        const QString abs = QFileInfo(p).absoluteFilePath();
        if (std::any_of(m_files.begin(), m_files.end(), [&](const ImportFileEntry &e) { return e.path == abs; }))
            continue;
        ImportFileEntry e;
        e.path = abs;
        e.head = readHead(abs);
        e.detected = detectKind(previewCsv(e.head, ',', 0).header);
        m_files.push_back(std::move(e));
    }
    if (!paths.isEmpty())
        AppSettings::setLastImportDirectory(QFileInfo(paths.last()).absolutePath());
    emit filesChanged();
}

QStringList ImportWizard::missingAgents() const
{
    QStringList out;
    for (const ImportError &e : m_errors)
        if (e.reason.startsWith(QStringLiteral("unknown agent")) && !e.value.isEmpty() && !out.contains(e.value))
            out << e.value;
    return out;
}

void ImportWizard::createAgents(const QStringList &ids, const QString &team)
{
    for (const QString &id : ids) {
        if (std::any_of(m_newAgents.begin(), m_newAgents.end(), [&](const Agent &a) { return a.id == id; }))
            continue;
        Agent a;
        a.id = id;
        a.name = id; // the export names no one better; the agents file or the app can rename
        a.team = team;
        m_newAgents.push_back(a);
    }
}

void ImportWizard::addAnotherKind(size_t index)
{
    if (index >= m_files.size())
        return;
    ImportFileEntry copy = m_files[index];
    copy.profile.reset();
    m_files.insert(m_files.begin() + qsizetype(index) + 1, std::move(copy));
    emit filesChanged();
}

QList<MappingProfile> ImportWizard::savedProfiles() const
{
    QList<MappingProfile> out;
    const QDir dir(m_profilesDir);
    for (const QString &f : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QString err;
        if (auto p = MappingProfile::load(dir.filePath(f), &err))
            out << *p;
    }
    return out;
}

bool ImportWizard::saveProfile(const MappingProfile &p, QString *error) const
{
    QDir().mkpath(m_profilesDir);
    return p.save(QDir(m_profilesDir).filePath(profileFileName(p.name)), error);
}

void ImportWizard::startCheck()
{
    if (m_checking)
        return;
    m_errors.clear();
    m_batches.clear();
    m_cancelledResult = false;
    m_cancel = false;
    m_done = 0;

    // The session rules (agents files first, known agents) live in the
    // workflow layer, shared with the command line.
    std::vector<workflow::ImportFile> files;
    qint64 total = 0;
    for (const ImportFileEntry &e : m_files) {
        files.push_back({e.path, std::nullopt, e.profile});
        total += QFileInfo(e.path).size();
    }
    m_total = std::max<qint64>(total, 1);

    QSet<QString> known = m_store.agentIds(); // the store stays on this thread
    for (const Agent &a : m_newAgents)
        known.insert(a.id);
    auto work = std::make_shared<WorkResult>();
    m_work = work;
    m_checking = true;
    m_thread = QThread::create([this, files, known, work]() {
        workflow::CheckOptions opts;
        opts.maxErrorsPerFile = 100000; // list every error
        opts.progress = [this](qint64 done, qint64) {
            m_done = done;
            return !m_cancel.load();
        };
        workflow::CheckedImport checked = workflow::checkImportFiles(files, known, opts);
        work->errors = std::move(checked.errors);
        for (const QString &f : std::as_const(checked.unreadable))
            work->errors.push_back(ImportError{f, 0, QString(), QString(), tr("the file could not be read")});
        work->batches = std::move(checked.batches);
        work->cancelled = checked.cancelled || m_cancel;
    });
    connect(m_thread, &QThread::finished, this, &ImportWizard::finishCheck);
    m_thread->start();
}

void ImportWizard::finishCheck()
{
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_errors = std::move(m_work->errors);
    m_batches = std::move(m_work->batches);
    m_cancelledResult = m_work->cancelled;
    m_work.reset();
    m_checking = false;
    emit checkFinished();
}

bool ImportWizard::runImport()
{
    if (m_imported)
        return true;
    if (!m_errors.empty() || m_batches.empty() || m_cancelledResult) {
        m_resultText = tr("Nothing was imported.");
        return false;
    }
    try {
        std::vector<ImportBatch> batches;
        if (!m_newAgents.empty()) {
            // The agents created on the check page, first and in the same transaction.
            ImportBatch agents;
            agents.kind = ImportKind::Agents;
            agents.sourceFile = tr("new agents");
            agents.agents = m_newAgents;
            agents.rowsRead = qint64(m_newAgents.size());
            batches.push_back(std::move(agents));
        }
        batches.insert(batches.end(), m_batches.begin(), m_batches.end());
        workflow::CheckedImport checked;
        checked.batches = batches;
        // One transaction with its audit entry, signed like the command line's.
        const std::vector<ImportStats> stats = workflow::storeImport(m_store, checked);
        QStringList lines;
        for (size_t i = 0; i < batches.size() && i < stats.size(); ++i) {
            const ImportBatch &b = batches[i];
            QString line = tr("%1 (%2): %3 new, %4 replaced, %5 unchanged")
                               .arg(QFileInfo(b.sourceFile).fileName(), kindTitle(b.kind))
                               .arg(stats[i].stored)
                               .arg(stats[i].replaced)
                               .arg(stats[i].unchanged);
            if (b.rowsSkipped > 0)
                line += tr(", %1 rows left out by the filter").arg(b.rowsSkipped);
            lines << line;
        }
        m_resultText = tr("Imported:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
        m_imported = true;
        emit importDone();
        return true;
    } catch (const std::exception &e) {
        m_resultText = tr("The import failed and nothing was changed: %1").arg(QString::fromUtf8(e.what()));
        return false;
    }
}

// ===========================================================================

FilesPage::FilesPage(ImportWizard *w) : m_wizard(w)
{
    setTitle(tr("Files to import"));
    setSubTitle(
        tr("Add last month's exports, or drop them here. The kind of each file is recognised from its header."));
    setAcceptDrops(true);
    auto *lay = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    lay->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add files…"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    lay->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Add exports"), AppSettings::lastImportDirectory(), tr("CSV files (*.csv *.txt);;All files (*)"));
        m_wizard->addFiles(files);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        auto &files = m_wizard->files();
        QList<int> rows;
        for (auto *it : m_list->selectedItems())
            rows << m_list->row(it);
        std::sort(rows.rbegin(), rows.rend());
        for (int r : rows)
            files.erase(files.begin() + r);
        emit m_wizard->filesChanged();
    });
    connect(w, &ImportWizard::filesChanged, this, &FilesPage::refresh);
}

void FilesPage::refresh()
{
    m_list->clear();
    for (const ImportFileEntry &e : m_wizard->files()) {
        const auto k = effectiveKind(e);
        QString kind = k ? kindTitle(*k) : tr("kind not recognised: choose a mapping on the next page");
        if (e.profile)
            kind += tr(" — mapping \"%1\"").arg(e.profile->name);
        auto *it = new QListWidgetItem(QStringLiteral("%1    [%2]").arg(QFileInfo(e.path).fileName(), kind), m_list);
        it->setToolTip(e.path);
    }
    emit completeChanged();
}

bool FilesPage::isComplete() const { return !m_wizard->files().empty(); }

void FilesPage::dragEnterEvent(QDragEnterEvent *e)
{
    if (e->mimeData()->hasUrls())
        e->acceptProposedAction();
}

void FilesPage::dropEvent(QDropEvent *e)
{
    QStringList paths;
    for (const QUrl &u : e->mimeData()->urls()) {
        if (u.isLocalFile())
            paths << u.toLocalFile();
    }
    m_wizard->addFiles(paths);
    e->acceptProposedAction();
}

// ===========================================================================

MappingPage::MappingPage(ImportWizard *w) : m_wizard(w)
{
    setTitle(tr("Columns"));
    setSubTitle(tr("Files with the standard columns need nothing here. For another export, map its columns and save "
                   "the mapping as a profile for next month."));
    auto *lay = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    m_file = new QComboBox(this);
    m_mode = new QComboBox(this);
    top->addRow(tr("&File:"), m_file);
    top->addRow(tr("&Mapping:"), m_mode);
    lay->addLayout(top);
    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    lay->addWidget(m_info);

    m_editor = new QWidget(this);
    auto *el = new QVBoxLayout(m_editor);
    el->setContentsMargins(0, 0, 0, 0);
    auto *grid = new QFormLayout;
    m_kind = new QComboBox(m_editor);
    for (ImportKind k : allKinds())
        m_kind->addItem(kindTitle(k), kindName(k));
    m_delimiter = new QComboBox(m_editor);
    m_delimiter->addItem(tr("Comma ,"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ;"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Pipe |"), QStringLiteral("|"));
    m_dateFormat = new QLineEdit(m_editor);
    m_dateFormat->setPlaceholderText(QStringLiteral("yyyy-MM-dd"));
    m_dateFormat->setToolTip(tr("A Qt date format, e.g. dd.MM.yyyy or M/d/yyyy; empty for YYYY-MM-DD"));
    m_durations = new QComboBox(m_editor);
    m_durations->addItem(tr("As in the standard (minutes/seconds)"), QString());
    m_durations->addItem(tr("Seconds"), QStringLiteral("seconds"));
    m_durations->addItem(tr("hh:mm:ss"), QStringLiteral("hh:mm:ss"));
    m_durations->addItem(tr("Spreadsheet day fraction"), QStringLiteral("day_fraction"));
    auto *whereRow = new QHBoxLayout;
    m_whereColumn = new QComboBox(m_editor);
    m_whereColumn->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_whereColumn->setMinimumContentsLength(12);
    m_whereValues = new QLineEdit(m_editor);
    m_whereValues->setPlaceholderText(tr("values to keep, comma separated"));
    whereRow->addWidget(m_whereColumn);
    whereRow->addWidget(m_whereValues, 1);
    auto *boolRow = new QHBoxLayout;
    m_trueValues = new QLineEdit(m_editor);
    m_trueValues->setPlaceholderText(tr("yes values, e.g. Y, yes, 1"));
    m_falseValues = new QLineEdit(m_editor);
    m_falseValues->setPlaceholderText(tr("no values, e.g. N, no, 0"));
    boolRow->addWidget(m_trueValues);
    boolRow->addWidget(m_falseValues);
    grid->addRow(tr("&Kind:"), m_kind);
    grid->addRow(tr("&Separator:"), m_delimiter);
    grid->addRow(tr("&Date format:"), m_dateFormat);
    grid->addRow(tr("D&urations:"), m_durations);
    grid->addRow(tr("Keep only rows where:"), whereRow);
    grid->addRow(tr("Yes/no columns:"), boolRow);
    el->addLayout(grid);
    m_fields = new QTableWidget(0, 3, m_editor);
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Column of the file"), tr("or a constant")});
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_fields->verticalHeader()->hide();
    el->addWidget(m_fields, 1);
    auto *saveRow = new QHBoxLayout;
    m_profileName = new QLineEdit(m_editor);
    m_profileName->setPlaceholderText(tr("Profile name, e.g. Bank ACD log"));
    auto *save = new QPushButton(tr("Save &profile"), m_editor);
    auto *loadFile = new QPushButton(tr("Load from file…"), m_editor);
    auto *saveFile = new QPushButton(tr("Save to file…"), m_editor);
    saveRow->addWidget(m_profileName, 1);
    saveRow->addWidget(save);
    saveRow->addWidget(loadFile);
    saveRow->addWidget(saveFile);
    el->addLayout(saveRow);
    auto *another = new QPushButton(tr("Also read this file as another kind"), this);
    another->setToolTip(tr("One export can feed several kinds, e.g. an ACD log's agents and its contacts."));
    lay->addWidget(another, 0, Qt::AlignLeft);
    lay->addWidget(m_editor, 1);

    connect(m_file, &QComboBox::currentIndexChanged, this, [this](int i) {
        commitEditor();
        showFile(i);
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, &MappingPage::onModeChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading && m_current >= 0)
            fillFieldTable(
                headerOf(m_wizard->files()[size_t(m_current)], m_delimiter->currentData().toString().at(0).toLatin1()));
    });
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading || m_current < 0)
            return;
        const MappingProfile keep = editorProfile();
        loadProfileIntoEditor(keep);
    });
    connect(save, &QPushButton::clicked, this, &MappingPage::saveProfile);
    connect(loadFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load a mapping profile"), QString(),
                                                          tr("Mapping profiles (*.json)"));
        if (!path.isEmpty())
            loadProfileFromFile(path);
    });
    connect(saveFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the mapping profile"),
                                                          profileFileName(m_profileName->text().trimmed()),
                                                          tr("Mapping profiles (*.json)"));
        if (!path.isEmpty())
            saveProfileToFile(path);
    });
    connect(another, &QPushButton::clicked, this, &MappingPage::addAnotherKind);
}

bool MappingPage::loadProfileFromFile(const QString &path, QString *error)
{
    QString err;
    const auto p = MappingProfile::load(path, &err);
    if (!p) {
        m_info->setText(tr("<b>Could not load the profile:</b> %1").arg(err.toHtmlEscaped()));
        if (error)
            *error = err;
        return false;
    }
    m_loading = true;
    int i = m_mode->findData(p->name);
    if (i < 0) {
        m_mode->addItem(tr("File: %1").arg(p->name), p->name);
        i = m_mode->count() - 1;
    }
    m_mode->setCurrentIndex(i);
    m_loading = false;
    m_editor->setEnabled(true);
    loadProfileIntoEditor(*p);
    commitEditor();
    m_info->setText(tr("Loaded the profile \"%1\" from %2.")
                        .arg(p->name.toHtmlEscaped(), QFileInfo(path).fileName().toHtmlEscaped()));
    return true;
}

bool MappingPage::saveProfileToFile(const QString &path, QString *error)
{
    QString err;
    const MappingProfile p = editorProfile();
    if (!p.save(path, &err)) {
        m_info->setText(tr("<b>Could not save the profile:</b> %1").arg(err.toHtmlEscaped()));
        if (error)
            *error = err;
        return false;
    }
    m_info->setText(tr("Saved the profile to %1.").arg(QFileInfo(path).fileName().toHtmlEscaped()));
    return true;
}

void MappingPage::fillFileCombo(int select)
{
    m_loading = true;
    m_file->clear();
    QHash<QString, int> seen;
    for (const ImportFileEntry &e : m_wizard->files()) {
        const int n = ++seen[e.path];
        m_file->addItem(n == 1 ? QFileInfo(e.path).fileName() : tr("%1 (%2)").arg(QFileInfo(e.path).fileName()).arg(n));
    }
    m_file->setCurrentIndex(select);
    m_loading = false;
    m_current = -1;
    showFile(select);
}

void MappingPage::addAnotherKind()
{
    if (m_current < 0)
        return;
    commitEditor();
    const int next = m_current + 1;
    m_wizard->addAnotherKind(size_t(m_current));
    fillFileCombo(next);
    m_info->setText(tr("The same file once more: choose the kind or profile it is read as."));
}

QStringList MappingPage::headerOf(const ImportFileEntry &e, char delimiter) const
{
    return previewCsv(e.head, delimiter, 0).header;
}

void MappingPage::initializePage()
{
    m_loading = true;
    m_mode->clear();
    m_mode->addItem(tr("Standard columns"), QString());
    m_mode->addItem(tr("Custom mapping"), QStringLiteral("\x01custom"));
    for (const MappingProfile &p : m_wizard->savedProfiles())
        m_mode->addItem(tr("Profile: %1").arg(p.name), p.name);
    // The built-in presets for the tools supervisors export from (issue 12).
    for (const ImportPreset &preset : importPresets())
        for (const MappingProfile &p : preset.profiles)
            if (m_mode->findData(p.name) < 0)
                m_mode->addItem(tr("Preset: %1").arg(p.name), p.name);
    m_loading = false;
    fillFileCombo(0);
}

void MappingPage::showFile(int index)
{
    if (m_loading)
        return;
    auto &files = m_wizard->files();
    if (index < 0 || index >= int(files.size()))
        return;
    m_current = index;
    const ImportFileEntry &e = files[size_t(index)];
    m_loading = true;
    int mode = 0;
    if (e.profile) {
        const int i = m_mode->findData(e.profile->name);
        mode = i >= 0 ? i : 1;
    }
    m_mode->setCurrentIndex(mode);
    m_loading = false;
    if (e.profile) {
        loadProfileIntoEditor(*e.profile);
    } else {
        MappingProfile p;
        p.kind = e.detected.value_or(ImportKind::Contacts);
        loadProfileIntoEditor(p);
    }
    onModeChanged();
}

void MappingPage::onModeChanged()
{
    if (m_loading || m_current < 0)
        return;
    const QString modeData = m_mode->currentData().toString();
    const ImportFileEntry &e = m_wizard->files()[size_t(m_current)];
    if (modeData.isEmpty()) {
        m_editor->setEnabled(false);
        m_info->setText(e.detected ? tr("Recognised as <b>%1</b> from the header.").arg(kindTitle(*e.detected))
                                   : tr("<b>The kind of this file is not recognised from its header.</b> Choose "
                                        "\"Custom mapping\" or a saved profile."));
        return;
    }
    m_editor->setEnabled(true);
    if (modeData != u"\x01custom") {
        QList<MappingProfile> candidates = m_wizard->savedProfiles();
        for (const ImportPreset &preset : importPresets())
            for (const MappingProfile &p : preset.profiles)
                candidates << p;
        for (const MappingProfile &p : candidates) {
            if (p.name == modeData) {
                loadProfileIntoEditor(p);
                break;
            }
        }
        m_info->setText(tr("Using the saved profile \"%1\".").arg(modeData.toHtmlEscaped()));
    } else {
        m_info->setText(tr("Map each field to a column of the file."));
    }
}

void MappingPage::loadProfileIntoEditor(const MappingProfile &p)
{
    m_loaded = p;
    m_loading = true;
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kindName(p.kind))));
    m_delimiter->setCurrentIndex(qMax(0, m_delimiter->findData(QString(QLatin1Char(p.delimiter)))));
    m_dateFormat->setText(p.dateFormat);
    QString dur;
    switch (p.durations) {
    case DurationFormat::Native: break;
    case DurationFormat::Seconds: dur = QStringLiteral("seconds"); break;
    case DurationFormat::HhMmSs: dur = QStringLiteral("hh:mm:ss"); break;
    case DurationFormat::DayFraction: dur = QStringLiteral("day_fraction"); break;
    }
    m_durations->setCurrentIndex(qMax(0, m_durations->findData(dur)));
    m_trueValues->setText(p.trueValues.join(QStringLiteral(", ")));
    m_falseValues->setText(p.falseValues.join(QStringLiteral(", ")));
    if (p.name != tr("Unsaved mapping"))
        m_profileName->setText(p.name);
    m_loading = false;
    const QStringList header =
        m_current >= 0 ? headerOf(m_wizard->files()[size_t(m_current)], p.delimiter) : QStringList();
    m_whereColumn->clear();
    m_whereColumn->addItem(tr("(all rows)"), QString());
    for (const QString &h : header)
        m_whereColumn->addItem(headerLabel(h), h);
    if (!p.where.isEmpty()) {
        const auto it = p.where.constBegin();
        m_whereColumn->setCurrentIndex(qMax(0, m_whereColumn->findData(it.key())));
        m_whereValues->setText(it.value().join(QStringLiteral(", ")));
    } else {
        m_whereValues->clear();
    }
    fillFieldTable(header);
    // Apply the profile's columns and constants over the automatic match.
    for (int r = 0; r < m_fields->rowCount(); ++r) {
        const QString field = m_fields->item(r, 0)->data(Qt::UserRole).toString();
        auto *combo = qobject_cast<QComboBox *>(m_fields->cellWidget(r, 1));
        if (p.columns.contains(field) && combo) {
            int i = combo->findData(p.columns.value(field));
            if (i < 0) {
                combo->addItem(p.columns.value(field) + tr(" (not in this file)"), p.columns.value(field));
                i = combo->count() - 1;
            }
            combo->setCurrentIndex(i);
        }
        m_fields->item(r, 2)->setText(p.constants.value(field));
    }
}

void MappingPage::fillFieldTable(const QStringList &header)
{
    const ImportKind kind = kindFromName(m_kind->currentData().toString()).value_or(ImportKind::Contacts);
    const QStringList fields = kindFields(kind);
    const QStringList required = requiredFields(kind);
    m_fields->setRowCount(int(fields.size()));
    for (int r = 0; r < fields.size(); ++r) {
        const QString &f = fields[r];
        auto *name = new QTableWidgetItem(required.contains(f) ? f + QStringLiteral(" *") : f);
        name->setData(Qt::UserRole, f);
        name->setFlags(Qt::ItemIsEnabled);
        if (required.contains(f))
            name->setToolTip(tr("Required"));
        m_fields->setItem(r, 0, name);
        auto *combo = new QComboBox(m_fields);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        combo->addItem(tr("(not in the file)"), QString());
        for (const QString &h : header)
            combo->addItem(headerLabel(h), h);
        // Same name, case-insensitively: the standard columns map themselves.
        for (int i = 1; i < combo->count(); ++i) {
            if (combo->itemData(i).toString().trimmed().compare(f, Qt::CaseInsensitive) == 0)
                combo->setCurrentIndex(i);
        }
        m_fields->setCellWidget(r, 1, combo);
        m_fields->setItem(r, 2, new QTableWidgetItem);
    }
}

MappingProfile MappingPage::editorProfile() const
{
    MappingProfile p;
    p.name = m_profileName->text().trimmed().isEmpty() ? tr("Unsaved mapping") : m_profileName->text().trimmed();
    p.kind = kindFromName(m_kind->currentData().toString()).value_or(ImportKind::Contacts);
    p.delimiter = m_delimiter->currentData().toString().at(0).toLatin1();
    p.dateFormat = m_dateFormat->text().trimmed();
    const QString dur = m_durations->currentData().toString();
    p.durations = dur == u"seconds"        ? DurationFormat::Seconds
                  : dur == u"hh:mm:ss"     ? DurationFormat::HhMmSs
                  : dur == u"day_fraction" ? DurationFormat::DayFraction
                                           : DurationFormat::Native;
    auto splitList = [](const QString &s) {
        QStringList out;
        for (const QString &v : s.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << v.trimmed();
        return out;
    };
    p.trueValues = splitList(m_trueValues->text());
    p.falseValues = splitList(m_falseValues->text());
    const QString whereCol = m_whereColumn->currentData().toString();
    if (!whereCol.isEmpty() && !m_whereValues->text().trimmed().isEmpty())
        p.where.insert(whereCol, splitList(m_whereValues->text()));
    for (int r = 0; r < m_fields->rowCount(); ++r) {
        const QString field = m_fields->item(r, 0)->data(Qt::UserRole).toString();
        if (auto *combo = qobject_cast<QComboBox *>(m_fields->cellWidget(r, 1));
            combo && !combo->currentData().toString().isEmpty())
            p.columns.insert(field, combo->currentData().toString());
        const QString c = m_fields->item(r, 2) ? m_fields->item(r, 2)->text().trimmed() : QString();
        if (!c.isEmpty())
            p.constants.insert(field, c);
    }
    // What the editor shows no widget for comes from the profile loaded.
    if (m_loaded.kind == p.kind) {
        p.values = m_loaded.values;
        p.headerRow = m_loaded.headerRow;
        p.skipRows = m_loaded.skipRows;
        p.sheet = m_loaded.sheet;
        p.thresholds = m_loaded.thresholds;
        for (auto it = p.thresholds.cbegin(); it != p.thresholds.cend(); ++it)
            p.columns.remove(it.key()); // a threshold field reads its own column
        for (auto it = m_loaded.where.cbegin(); it != m_loaded.where.cend(); ++it)
            if (!p.where.contains(it.key()) && it.key() != whereCol)
                p.where.insert(it.key(), it.value());
    }
    return p;
}

void MappingPage::commitEditor()
{
    if (m_current < 0 || m_current >= int(m_wizard->files().size()))
        return;
    ImportFileEntry &e = m_wizard->files()[size_t(m_current)];
    if (m_mode->currentData().toString().isEmpty())
        e.profile.reset();
    else
        e.profile = editorProfile();
}

bool MappingPage::validatePage()
{
    commitEditor();
    emit m_wizard->filesChanged();
    return true;
}

void MappingPage::saveProfile()
{
    if (m_profileName->text().trimmed().isEmpty()) {
        m_info->setText(tr("<b>Give the profile a name first.</b>"));
        m_profileName->setFocus();
        return;
    }
    const MappingProfile p = editorProfile();
    QString err;
    if (!m_wizard->saveProfile(p, &err)) {
        m_info->setText(tr("<b>Could not save the profile:</b> %1").arg(err.toHtmlEscaped()));
        return;
    }
    m_loading = true;
    int i = m_mode->findData(p.name);
    if (i < 0) {
        m_mode->addItem(tr("Profile: %1").arg(p.name), p.name);
        i = m_mode->count() - 1;
    }
    m_mode->setCurrentIndex(i);
    m_loading = false;
    commitEditor();
    m_info->setText(tr("Saved the profile \"%1\"; next month pick it here.").arg(p.name.toHtmlEscaped()));
}

// ===========================================================================

PreviewPage::PreviewPage(ImportWizard *w) : m_wizard(w)
{
    setTitle(tr("Preview"));
    setSubTitle(tr("The first rows of each file, as read with the chosen separator."));
    auto *lay = new QVBoxLayout(this);
    m_file = new QComboBox(this);
    m_info = new QLabel(this);
    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    lay->addWidget(m_file);
    lay->addWidget(m_info);
    lay->addWidget(m_table, 1);
    connect(m_file, &QComboBox::currentIndexChanged, this, &PreviewPage::show);
}

void PreviewPage::initializePage()
{
    m_file->blockSignals(true);
    m_file->clear();
    for (const ImportFileEntry &e : m_wizard->files())
        m_file->addItem(QFileInfo(e.path).fileName());
    m_file->blockSignals(false);
    show(0);
}

void PreviewPage::show(int index)
{
    const auto &files = m_wizard->files();
    if (index < 0 || index >= int(files.size()))
        return;
    const ImportFileEntry &e = files[size_t(index)];
    const char delim = e.profile ? e.profile->delimiter : ',';
    const CsvPreview pv = previewCsv(e.head, delim, 20);
    m_table->clear();
    m_table->setColumnCount(int(pv.header.size()));
    QStringList labels;
    for (const QString &h : pv.header)
        labels << headerLabel(h);
    m_table->setHorizontalHeaderLabels(labels);
    m_table->setRowCount(int(pv.rows.size()));
    for (int r = 0; r < int(pv.rows.size()); ++r) {
        for (int c = 0; c < pv.rows[size_t(r)].size() && c < pv.header.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(pv.rows[size_t(r)][c]));
    }
    const auto k = effectiveKind(e);
    m_info->setText(pv.error.isEmpty() ? tr("%1 — %2, separator \"%3\"")
                                             .arg(QFileInfo(e.path).fileName(),
                                                  k ? kindTitle(*k) : tr("kind not recognised"), delimiterName(delim))
                                       : tr("Could not read the start of the file: %1").arg(pv.error));
}

// ===========================================================================

CheckPage::CheckPage(ImportWizard *w) : m_wizard(w)
{
    setTitle(tr("Check"));
    setSubTitle(tr("Every file is checked before anything is stored. Nothing is imported while errors remain."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    auto *lay = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_cancel = new QPushButton(tr("&Cancel check"), this);
    m_again = new QPushButton(tr("Check &again"), this);
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    row->addWidget(m_again);
    lay->addLayout(row);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    lay->addWidget(m_summary);
    m_errors = new QTableWidget(0, 5, this);
    m_errors->setHorizontalHeaderLabels({tr("File"), tr("Line"), tr("Column"), tr("Value"), tr("Problem")});
    m_errors->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errors->verticalHeader()->hide();
    lay->addWidget(m_errors, 1);
    // Agents an activity file names but the database lacks: create them here.
    m_missingRow = new QWidget(this);
    auto *missing = new QHBoxLayout(m_missingRow);
    missing->setContentsMargins(0, 0, 0, 0);
    m_missingLabel = new QLabel(m_missingRow);
    m_missingLabel->setWordWrap(true);
    m_team = new QComboBox(m_missingRow);
    m_team->setEditable(true);
    m_team->setMinimumWidth(140);
    m_create = new QPushButton(tr("Create them and check again"), m_missingRow);
    missing->addWidget(m_missingLabel, 1);
    missing->addWidget(new QLabel(tr("Team:"), m_missingRow));
    missing->addWidget(m_team);
    missing->addWidget(m_create);
    m_missingRow->hide();
    lay->addWidget(m_missingRow);
    connect(m_create, &QPushButton::clicked, this, [this] {
        const QString team = m_team->currentText().trimmed();
        if (team.isEmpty()) {
            m_team->setFocus();
            return;
        }
        m_wizard->createAgents(m_wizard->missingAgents(), team);
        initializePage();
    });
    m_poll = new QTimer(this);
    m_poll->setInterval(50);
    connect(m_poll, &QTimer::timeout, this, [this] {
        const qint64 total = std::max<qint64>(m_wizard->m_total.load(), 1);
        m_progress->setValue(int(1000 * std::min(m_wizard->m_done.load(), total) / total));
    });
    connect(m_cancel, &QPushButton::clicked, m_wizard, &ImportWizard::cancelCheck);
    connect(m_again, &QPushButton::clicked, this, &CheckPage::initializePage);
    connect(w, &ImportWizard::checkFinished, this, &CheckPage::onFinished);
}

void CheckPage::initializePage()
{
    if (m_wizard->isChecking())
        return;
    m_errors->setRowCount(0);
    m_missingRow->hide();
    m_summary->setText(tr("Checking %n file(s)…", nullptr, int(m_wizard->files().size())));
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_again->setEnabled(false);
    m_poll->start();
    m_wizard->startCheck();
    emit completeChanged();
}

void CheckPage::cleanupPage() { m_wizard->cancelCheck(); }

void CheckPage::onFinished()
{
    m_poll->stop();
    m_cancel->setEnabled(false);
    m_again->setEnabled(true);
    const auto &errs = m_wizard->errors();
    m_errors->setRowCount(int(errs.size()));
    for (int i = 0; i < int(errs.size()); ++i) {
        const ImportError &e = errs[size_t(i)];
        m_errors->setItem(i, 0, new QTableWidgetItem(QFileInfo(e.file).fileName()));
        m_errors->setItem(i, 1, new QTableWidgetItem(e.line > 0 ? QString::number(e.line) : QString()));
        // One line per cell whatever the file held (a binary file must not
        // stretch the table with line breaks).
        m_errors->setItem(i, 2, new QTableWidgetItem(escapeControlCharacters(e.column)));
        m_errors->setItem(i, 3, new QTableWidgetItem(escapeControlCharacters(e.value)));
        auto *reason = new QTableWidgetItem(escapeControlCharacters(e.reason));
        reason->setToolTip(e.toString());
        m_errors->setItem(i, 4, reason);
    }
    const QStringList missing = m_wizard->missingAgents();
    if (!missing.isEmpty() && !m_wizard->wasCancelled()) {
        QStringList shown = missing.mid(0, 5);
        if (missing.size() > 5)
            shown << tr("…");
        m_missingLabel->setText(tr("%n agent(s) named in the files are not in the database (%1). Create them in "
                                   "the team:",
                                   nullptr, int(missing.size()))
                                    .arg(shown.join(QStringLiteral(", ")).toHtmlEscaped()));
        const QString current = m_team->currentText();
        m_team->clear();
        m_team->addItems(m_wizard->store().teams());
        if (!current.isEmpty())
            m_team->setCurrentText(current);
        m_missingRow->show();
    }
    if (m_wizard->wasCancelled()) {
        m_progress->setValue(0);
        m_summary->setText(tr("<b>Check cancelled.</b> Nothing was imported."));
    } else if (!errs.empty()) {
        m_progress->setValue(1000);
        m_summary->setText(tr("<b>%n problem(s) found.</b> Nothing will be imported until they are fixed: correct the "
                              "files or the mapping, then check again.",
                              nullptr, int(errs.size())));
    } else {
        m_progress->setValue(1000);
        qint64 rows = 0;
        for (const ImportBatch &b : m_wizard->batches())
            rows += b.recordCount();
        m_summary->setText(tr("All %n file(s) are valid: %1 records ready. Press Import to store them in one step.",
                              nullptr, int(m_wizard->batches().size()))
                               .arg(QLocale().toString(rows)));
    }
    emit completeChanged();
}

bool CheckPage::isComplete() const
{
    return !m_wizard->isChecking() && !m_wizard->wasCancelled() && m_wizard->errors().empty()
           && !m_wizard->batches().empty();
}

// ===========================================================================

ResultPage::ResultPage(ImportWizard *w) : m_wizard(w)
{
    setTitle(tr("Done"));
    setFinalPage(true);
    auto *lay = new QVBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    lay->addWidget(m_text);
    lay->addStretch();
}

void ResultPage::initializePage()
{
    m_wizard->runImport();
    m_text->setText(m_wizard->resultText());
}

} // namespace sc
