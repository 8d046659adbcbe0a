#include "app/notes_panel.h"

#include "core/metrics.h"
#include "report/report_style.h"
#include "storage/server_location.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sc {

namespace {
enum CommandId { NoteCommandId = 1 };

QString metricDisplayName(const QString &key)
{
    if (key.isEmpty())
        return QCoreApplication::translate("sc::NotesPanel", "(none)");
    const MetricDefinition *d = findMetric(key);
    return d ? d->name : key;
}

QString statusDisplay(ActionStatus s)
{
    switch (s) {
    case ActionStatus::Open: return QCoreApplication::translate("sc::NotesPanel", "Open");
    case ActionStatus::Done: return QCoreApplication::translate("sc::NotesPanel", "Done");
    case ActionStatus::Dropped: return QCoreApplication::translate("sc::NotesPanel", "Dropped");
    }
    return {};
}
} // namespace

// Typing in the notes: consecutive keystrokes within a short pause merge
// into one command, so Ctrl+Z undoes a burst of typing, not one letter.
class NoteCommand : public QUndoCommand {
public:
    NoteCommand(NotesPanel *panel, QString agent, Month month, NoteVisibility visibility, QString before, QString after)
        : m_panel(panel),
          m_agent(std::move(agent)),
          m_month(month),
          m_visibility(visibility),
          m_before(std::move(before)),
          m_after(std::move(after))
    {
        setText(visibility == NoteVisibility::Private
                    ? QCoreApplication::translate("sc::NotesPanel", "Edit private note")
                    : QCoreApplication::translate("sc::NotesPanel", "Edit shared note"));
        m_time.start();
    }
    int id() const override { return NoteCommandId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        auto *o = static_cast<const NoteCommand *>(other);
        if (o->m_agent != m_agent || o->m_month != m_month || o->m_visibility != m_visibility
            || m_time.elapsed() > 1500)
            return false;
        m_after = o->m_after;
        m_time.restart();
        return true;
    }
    // Typing is saved shortly after it stops; an undo or redo is saved at
    // once, so the card never shows text that was undone.
    void redo() override
    {
        m_panel->applyNote(m_agent, m_month, m_visibility, m_after, !m_firstRedo);
        m_firstRedo = false;
    }
    void undo() override { m_panel->applyNote(m_agent, m_month, m_visibility, m_before, true); }

private:
    bool m_firstRedo = true;
    NotesPanel *m_panel;
    QString m_agent;
    Month m_month;
    NoteVisibility m_visibility;
    QString m_before, m_after;
    QElapsedTimer m_time;
};

// Add (no before), remove (no after) or edit an action item. The id lives in
// a shared slot because undoing a removal stores the item under a new id.
class ItemCommand : public QUndoCommand {
public:
    ItemCommand(NotesPanel *panel, std::shared_ptr<qint64> ref, std::optional<ActionItem> before,
                std::optional<ActionItem> after, const QString &text)
        : m_panel(panel), m_ref(std::move(ref)), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(text);
    }
    void redo() override { m_panel->applyItem(m_ref, m_after, !m_before.has_value()); }
    void undo() override { m_panel->applyItem(m_ref, m_before, !m_after.has_value()); }

private:
    NotesPanel *m_panel;
    std::shared_ptr<qint64> m_ref;
    std::optional<ActionItem> m_before, m_after;
};

// Combo boxes for the metric and status columns.
class ItemDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &opt, const QModelIndex &index) const override
    {
        if (index.column() == ActionItemsModel::MetricColumn) {
            auto *c = new QComboBox(parent);
            c->addItem(metricDisplayName({}), QString());
            for (const MetricDefinition &d : metricDefinitions()) {
                if (!d.teamOnly)
                    c->addItem(d.name, d.key);
            }
            return c;
        }
        if (index.column() == ActionItemsModel::StatusColumn) {
            auto *c = new QComboBox(parent);
            for (ActionStatus s : {ActionStatus::Open, ActionStatus::Done, ActionStatus::Dropped})
                c->addItem(statusDisplay(s), actionStatusName(s));
            return c;
        }
        return QStyledItemDelegate::createEditor(parent, opt, index);
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *c = qobject_cast<QComboBox *>(editor)) {
            c->setCurrentIndex(qMax(0, c->findData(index.data(Qt::EditRole))));
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *c = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, c->currentData(), Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }
};

// ---------------------------------------------------------------------------

ActionItemsModel::ActionItemsModel(NotesPanel *panel) : QAbstractTableModel(panel), m_panel(panel) {}

void ActionItemsModel::setItems(std::vector<ActionItem> items, QHash<qint64, GoalStatus> status)
{
    beginResetModel();
    m_items = std::move(items);
    m_status = std::move(status);
    endResetModel();
}

bool ActionItemsModel::replaceItem(const ActionItem &item)
{
    for (size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == item.id) {
            m_items[i] = item;
            emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
            return true;
        }
    }
    return false;
}

int ActionItemsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_items.size()); }
int ActionItemsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ActionItemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_items.size()))
        return {};
    const ActionItem &it = m_items[size_t(index.row())];
    const bool edit = role == Qt::EditRole;
    if (role != Qt::DisplayRole && !edit && role != Qt::ToolTipRole && role != Qt::ForegroundRole)
        return {};
    switch (index.column()) {
    case TextColumn: return role == Qt::ForegroundRole ? QVariant() : QVariant(it.text);
    case MetricColumn:
        if (role == Qt::ForegroundRole)
            return {};
        if (role == Qt::ToolTipRole)
            return metricDisplayName(it.metricKey);
        return edit ? QVariant(it.metricKey)
                    : QVariant(it.metricKey.isEmpty() ? metricDisplayName({}) : shortMetricName(it.metricKey));
    case TargetColumn:
        if (role == Qt::ForegroundRole)
            return {};
        return it.targetValue ? (edit ? QString::number(*it.targetValue) : QLocale().toString(*it.targetValue, 'g', 6))
                              : QString();
    case DueColumn:
        return role == Qt::ForegroundRole ? QVariant()
                                          : QVariant(it.dueMonth.isValid() ? it.dueMonth.toString() : QString());
    case StatusColumn:
        if (role == Qt::ForegroundRole)
            return {};
        return edit ? QVariant(actionStatusName(it.status)) : QVariant(statusDisplay(it.status));
    case CreatedColumn: return role == Qt::ForegroundRole ? QVariant() : QVariant(it.createdMonth.toString());
    case ResultColumn: {
        const auto st = m_status.constFind(it.id);
        if (st == m_status.constEnd() || !st->met) {
            if (role == Qt::ForegroundRole)
                return {};
            return role == Qt::ToolTipRole ? QVariant(tr("No value yet for the month after the 1:1"))
                                           : QVariant(QStringLiteral("—"));
        }
        if (role == Qt::ForegroundRole)
            return *st->met ? QColor(0x2e7d32) : QColor(0xc62828);
        QString s = *st->met ? tr("Met ✓") : tr("Not met");
        if (role == Qt::ToolTipRole && st->latestValue)
            s += tr(" (latest %1)").arg(QLocale().toString(*st->latestValue, 'f', 1));
        return s;
    }
    default: return {};
    }
}

bool ActionItemsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || m_readOnly)
        return false;
    ActionItem after = m_items[size_t(index.row())];
    const QString s = value.toString().trimmed();
    switch (index.column()) {
    case TextColumn:
        if (s.isEmpty())
            return false;
        after.text = s;
        break;
    case MetricColumn:
        if (!s.isEmpty() && !findMetric(s))
            return false;
        after.metricKey = s;
        break;
    case TargetColumn:
        if (s.isEmpty()) {
            after.targetValue.reset();
        } else {
            bool ok = false;
            double v = QLocale().toDouble(s, &ok);
            if (!ok)
                v = s.toDouble(&ok);
            if (!ok)
                return false; // refuse: not a number
            after.targetValue = v;
        }
        break;
    case DueColumn: {
        auto m = Month::parse(s);
        if (!m)
            return false;
        after.dueMonth = *m;
        break;
    }
    case StatusColumn: {
        auto st = actionStatusFromName(s);
        if (!st)
            return false;
        after.status = *st;
        break;
    }
    default: return false;
    }
    if (after.text == m_items[size_t(index.row())].text && after.metricKey == m_items[size_t(index.row())].metricKey
        && after.targetValue == m_items[size_t(index.row())].targetValue
        && after.dueMonth == m_items[size_t(index.row())].dueMonth
        && after.status == m_items[size_t(index.row())].status)
        return true; // nothing changed: no command
    m_panel->updateItem(after);
    return true;
}

Qt::ItemFlags ActionItemsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!m_readOnly && index.column() != CreatedColumn && index.column() != ResultColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ActionItemsModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn: return tr("Goal / action");
    case MetricColumn: return tr("Metric");
    case TargetColumn: return tr("Target");
    case DueColumn: return tr("Due");
    case StatusColumn: return tr("Status");
    case CreatedColumn: return tr("Agreed");
    case ResultColumn: return tr("Result");
    default: return {};
    }
}

// ---------------------------------------------------------------------------

NotesPanel::NotesPanel(Store &store, QUndoStack *undo, QWidget *parent) : QWidget(parent), m_store(&store), m_undo(undo)
{
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    auto *split = new QSplitter(Qt::Vertical, this);

    // Two notes, each saying before anyone types who will read it (SPEC
    // section 8): the shared one (the default, shown first) and the private one.
    auto *notesBox = new QWidget(split);
    auto *nl = new QVBoxLayout(notesBox);
    nl->setContentsMargins(0, 0, 0, 0);
    auto *notesLabel = new QLabel(tr("1:1 &notes"), notesBox);
    m_noteTabs = new QTabWidget(notesBox);
    m_noteTabs->setObjectName(QStringLiteral("noteTabs"));
    m_noteTabs->setDocumentMode(true);
    for (NoteVisibility v : {NoteVisibility::Shared, NoteVisibility::Private}) {
        auto *page = new QWidget(m_noteTabs);
        auto *pl = new QVBoxLayout(page);
        pl->setContentsMargins(0, 2, 0, 0);
        pl->setSpacing(2);
        const bool priv = v == NoteVisibility::Private;
        auto *who = new QLabel(priv ? tr("<b>Private:</b> only you see this note. It never appears on the card, "
                                         "on \"My card\", in the agent's PDF or in any export.")
                                    : tr("<b>Shared with the agent:</b> they see this note on \"My card\" and in "
                                         "their PDF."),
                               page);
        who->setObjectName(priv ? QStringLiteral("privateNoteSays") : QStringLiteral("sharedNoteSays"));
        who->setWordWrap(true);
        auto *editor = new QPlainTextEdit(page);
        editor->setObjectName(priv ? QStringLiteral("privateNoteEditor") : QStringLiteral("sharedNoteEditor"));
        editor->setAccessibleName(priv ? tr("Private note (only you)") : tr("Shared note (the agent sees it)"));
        // The window's undo stack owns undo, so Ctrl+Z also reaches items.
        editor->setUndoRedoEnabled(false);
        editor->installEventFilter(this);
        pl->addWidget(who);
        pl->addWidget(editor, 1);
        m_editors[slot(v)] = editor;
        m_noteTabs->addTab(page, priv ? tr("Private (only you)") : tr("Shared with the agent"));
        connect(editor, &QPlainTextEdit::textChanged, this, [this, v] { onNotesTyped(v); });
    }
    m_noteTabs->setTabToolTip(0, tr("The agent sees this note on \"My card\" and in their PDF"));
    m_noteTabs->setTabToolTip(1, tr("Only you see this note"));
    notesLabel->setBuddy(m_editors[0]);
    nl->addWidget(notesLabel);
    nl->addWidget(m_noteTabs);

    auto *itemsBox = new QWidget(split);
    auto *il = new QVBoxLayout(itemsBox);
    il->setContentsMargins(0, 0, 0, 0);
    auto *head = new QHBoxLayout;
    auto *itemsLabel = new QLabel(tr("&Goals and action items"), itemsBox);
    m_add = new QPushButton(tr("Add goal"), itemsBox);
    m_remove = new QPushButton(tr("Remove"), itemsBox);
    head->addWidget(itemsLabel);
    head->addStretch();
    head->addWidget(m_add);
    head->addWidget(m_remove);
    il->addLayout(head);
    m_model = new ActionItemsModel(this);
    m_view = new QTableView(itemsBox);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ItemDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ActionItemsModel::TextColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(40);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    itemsLabel->setBuddy(m_view);
    il->addWidget(m_view);
    m_status = new QLabel(itemsBox);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    il->addWidget(m_status);

    split->addWidget(notesBox);
    split->addWidget(itemsBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    lay->addWidget(split);

    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(m_autosaveDelay);
    connect(m_saveTimer, &QTimer::timeout, this, &NotesPanel::flush);
    connect(m_add, &QPushButton::clicked, this, [this] {
        ActionItem it;
        it.text = tr("New goal");
        addItem(it);
        const int row = m_model->rowCount() - 1;
        m_view->setCurrentIndex(m_model->index(row, ActionItemsModel::TextColumn));
        m_view->edit(m_view->currentIndex());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndex cur = m_view->currentIndex();
        if (cur.isValid())
            removeItem(m_model->items()[size_t(cur.row())].id);
    });
    clearContext();
}

NotesPanel::~NotesPanel()
{
    // Nothing typed is lost, even when the window goes without closeEvent.
    try {
        flush();
    } catch (...) {
    }
}

void NotesPanel::setAutosaveDelayMs(int ms)
{
    m_autosaveDelay = ms;
    m_saveTimer->setInterval(ms);
}

void NotesPanel::clearContext()
{
    flush();
    m_agentId.clear();
    m_loading = true;
    for (QPlainTextEdit *e : m_editors) {
        e->clear();
        e->setEnabled(false);
    }
    m_loading = false;
    m_shownText[0].clear();
    m_shownText[1].clear();
    m_model->setItems({}, {});
    m_add->setEnabled(false);
    m_remove->setEnabled(false);
    m_status->clear();
}

void NotesPanel::setContext(const QString &agentId, Month month, const std::vector<GoalStatus> &goals)
{
    flush();
    m_agentId = agentId;
    m_month = month;
    m_goals = goals;
    std::optional<OneOnOneNote> n;
    for (NoteVisibility v : {NoteVisibility::Shared, NoteVisibility::Private}) {
        const auto stored = m_store->note(agentId, month, v);
        if (stored && (!n || stored->updatedAt > n->updatedAt))
            n = stored;
        m_loading = true;
        m_shownText[slot(v)] = stored ? stored->text : QString();
        m_editors[slot(v)]->setPlainText(m_shownText[slot(v)]);
        m_loading = false;
        m_editors[slot(v)]->setEnabled(true);
        m_editors[slot(v)]->setReadOnly(m_readOnly);
    }
    m_add->setEnabled(!m_readOnly);
    m_remove->setEnabled(!m_readOnly);
    m_status->setText(n && n->updatedAt.isValid()
                          ? tr("Saved %1").arg(QLocale().toString(n->updatedAt.toLocalTime(), QLocale::ShortFormat))
                          : QString());
    reloadItems();
}

void NotesPanel::setStore(Store &store)
{
    clearContext();
    m_refs.clear();
    m_store = &store;
}

void NotesPanel::setReadOnly(bool ro)
{
    m_dbReadOnly = ro;
    applyReadOnly();
}

void NotesPanel::setFrozen(bool frozen)
{
    if (frozen == m_frozen)
        return;
    flush(); // typed before the month was finalized: saved as typed
    m_frozen = frozen;
    applyReadOnly();
}

void NotesPanel::applyReadOnly()
{
    const bool ro = m_dbReadOnly || m_frozen;
    m_readOnly = ro;
    for (NoteVisibility v : {NoteVisibility::Shared, NoteVisibility::Private}) {
        QPlainTextEdit *e = m_editors[slot(v)];
        e->setReadOnly(ro);
        e->setPlaceholderText(m_dbReadOnly ? tr("Read-only: no notes can be written here.")
                              : m_frozen   ? tr("This month is finalized: its notes are read-only. Reopen the month "
                                                  "(Months > Reopen month…) to change them.")
                              : v == NoteVisibility::Private
                                  ? tr("Only for you: what to follow up, what not to say yet. Saved automatically.")
                                  : tr("What did you talk about? The agent will read this. Saved automatically."));
    }
    m_model->setReadOnly(ro);
    m_add->setVisible(!ro);
    m_remove->setVisible(!ro);
    if (m_frozen && !m_dbReadOnly)
        m_status->setText(tr("Finalized month: notes and goals are read-only until the month is reopened."));
}

void NotesPanel::reloadItems()
{
    QHash<qint64, GoalStatus> status;
    for (const GoalStatus &g : m_goals)
        status.insert(g.item.id, g);
    m_model->setItems(m_agentId.isEmpty() ? std::vector<ActionItem>{} : m_store->actionItems(m_agentId, m_month),
                      std::move(status));
}

void NotesPanel::showNote(NoteVisibility v) { m_noteTabs->setCurrentIndex(slot(v)); }

void NotesPanel::onNotesTyped(NoteVisibility v)
{
    if (m_loading || m_agentId.isEmpty() || m_readOnly)
        return;
    const QString now = m_editors[slot(v)]->toPlainText();
    if (now == m_shownText[slot(v)])
        return;
    const QString before = m_shownText[slot(v)];
    m_shownText[slot(v)] = now;
    // push() runs redo(), which finds the editor already showing `now`.
    m_undo->push(new NoteCommand(this, m_agentId, m_month, v, before, now));
}

void NotesPanel::applyNote(const QString &agentId, Month month, NoteVisibility v, const QString &text, bool saveNow)
{
    m_pendingNotes.insert(agentId + QChar(0x1f) + month.toString() + QChar(0x1f) + noteVisibilityName(v),
                          PendingNote{agentId, month, v, text});
    if (agentId == m_agentId && month == m_month) {
        QPlainTextEdit *e = m_editors[slot(v)];
        m_shownText[slot(v)] = text;
        if (e->toPlainText() != text) {
            m_loading = true;
            e->setPlainText(text);
            e->moveCursor(QTextCursor::End);
            m_loading = false;
        }
        // An undo or redo of the other note shows the note it changed.
        if (m_noteTabs->currentIndex() != slot(v))
            showNote(v);
        m_status->setText(tr("Editing…"));
    }
    if (saveNow)
        flush();
    else
        m_saveTimer->start();
}

void NotesPanel::flush()
{
    m_saveTimer->stop();
    if (m_pendingNotes.isEmpty())
        return;
    const auto pending = std::exchange(m_pendingNotes, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        const PendingNote &p = it.value();
        OneOnOneNote n;
        n.agentId = p.agentId;
        n.month = p.month;
        n.visibility = p.visibility;
        n.text = p.text;
        n.updatedAt = QDateTime::currentDateTimeUtc();
        try {
            m_store->saveNote(n);
        } catch (const StoreUnavailableError &e) {
            // Nothing typed is lost: this note and the ones after it stay
            // pending (newer typing of the same note wins) until a flush works.
            for (auto rest = it; rest != pending.cend(); ++rest)
                if (!m_pendingNotes.contains(rest.key()))
                    m_pendingNotes.insert(rest.key(), rest.value());
            const QString why = QString::fromUtf8(e.what());
            m_status->setText(tr("Not saved yet: the server cannot be reached. Your text is kept."));
            emit saveFailed(why);
            return;
        } catch (const StoreError &e) {
            // Refused for good (a finalized month): said, not retried.
            m_status->setText(QString::fromUtf8(e.what()));
            continue;
        }
    }
    if (!m_agentId.isEmpty())
        m_status->setText(tr("Saved %1").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat)));
    emit saved();
}

std::shared_ptr<qint64> NotesPanel::refFor(qint64 id)
{
    auto it = m_refs.find(id);
    if (it != m_refs.end())
        return *it;
    auto ref = std::make_shared<qint64>(id);
    m_refs.insert(id, ref);
    return ref;
}

void NotesPanel::addItem(const ActionItem &item)
{
    if (m_agentId.isEmpty() || m_readOnly)
        return;
    ActionItem it = item;
    it.id = 0;
    if (it.agentId.isEmpty())
        it.agentId = m_agentId;
    if (!it.createdMonth.isValid())
        it.createdMonth = m_month;
    if (!it.dueMonth.isValid())
        it.dueMonth = it.createdMonth.next();
    m_undo->push(new ItemCommand(this, std::make_shared<qint64>(0), std::nullopt, it, tr("Add goal")));
}

void NotesPanel::updateItem(const ActionItem &after)
{
    if (m_readOnly)
        return;
    const auto &items = m_model->items();
    auto it = std::find_if(items.begin(), items.end(), [&](const ActionItem &a) { return a.id == after.id; });
    if (it == items.end())
        return;
    m_undo->push(new ItemCommand(this, refFor(after.id), *it, after, tr("Edit goal")));
}

void NotesPanel::removeItem(qint64 id)
{
    if (m_readOnly)
        return;
    const auto &items = m_model->items();
    auto it = std::find_if(items.begin(), items.end(), [&](const ActionItem &a) { return a.id == id; });
    if (it == items.end())
        return;
    m_undo->push(new ItemCommand(this, refFor(id), *it, std::nullopt, tr("Remove goal")));
}

void NotesPanel::applyItem(const std::shared_ptr<qint64> &idRef, const std::optional<ActionItem> &state, bool insert)
{
    if (!state) {
        m_store->removeActionItem(*idRef);
    } else {
        ActionItem it = *state;
        const qint64 oldId = *idRef;
        it.id = insert ? 0 : oldId;
        const qint64 newId = m_store->saveActionItem(it);
        if (newId != oldId) {
            m_refs.remove(oldId);
            *idRef = newId;
            m_refs.insert(newId, idRef);
        }
    }
    // An edited item is updated in its row: resetting the model here would
    // delete the cell editor that is committing this very edit, and the view
    // then warns "closeEditor called with an editor that does not belong to
    // this view". Added and removed items reload the list.
    if (!m_agentId.isEmpty()) {
        bool inPlace = false;
        if (state && !insert) {
            ActionItem stored = *state;
            stored.id = *idRef;
            inPlace = m_model->replaceItem(stored);
        }
        if (!inPlace)
            reloadItems();
    }
    emit goalsChanged();
}

bool NotesPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Route the editor's own undo keys to the shared stack.
    const bool noteEditor = watched == m_editors[0] || watched == m_editors[1];
    if (noteEditor && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *ke = static_cast<QKeyEvent *>(event);
        const bool undo = ke->matches(QKeySequence::Undo);
        const QKeyCombination key = ke->keyCombination();
        const bool redo = ke->matches(QKeySequence::Redo) || key == QKeyCombination(Qt::CTRL, Qt::Key_Y)
                          || key == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z);
        if (undo || redo) {
            if (event->type() == QEvent::KeyPress) {
                undo ? m_undo->undo() : m_undo->redo();
            }
            event->accept();
            return event->type() == QEvent::KeyPress;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sc
