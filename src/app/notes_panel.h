#pragma once
// The 1:1 panel: notes and action items (goals) per agent and month. Every
// edit is a QUndoCommand on the window's QUndoStack; notes are saved to the
// store shortly after typing stops, items at once, and all on flush()/close.
#include "report/card_data.h"
#include "storage/store.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QWidget>
#include <memory>

class QPlainTextEdit;
class QTabWidget;
class QTableView;
class QTimer;
class QUndoStack;
class QPushButton;
class QLabel;

namespace sc {

class NotesPanel;

// The action items of the current agent, edited through undo commands.
class ActionItemsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TextColumn,
        MetricColumn,
        TargetColumn,
        DueColumn,
        StatusColumn,
        CreatedColumn,
        ResultColumn,
        ColumnCount
    };
    explicit ActionItemsModel(NotesPanel *panel);

    void setItems(std::vector<ActionItem> items, QHash<qint64, GoalStatus> status);
    const std::vector<ActionItem> &items() const { return m_items; }
    // Updates the row of the item with this id in place; false when absent.
    bool replaceItem(const ActionItem &item);
    void setReadOnly(bool ro) { m_readOnly = ro; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    NotesPanel *m_panel;
    std::vector<ActionItem> m_items;
    QHash<qint64, GoalStatus> m_status;
    bool m_readOnly = false;
};

class NotesPanel : public QWidget {
    Q_OBJECT
public:
    NotesPanel(Store &store, QUndoStack *undo, QWidget *parent = nullptr);
    ~NotesPanel() override;

    // Saves what is pending, then shows the agent's note and items.
    void setContext(const QString &agentId, Month month, const std::vector<GoalStatus> &goals = {});
    void clearContext();
    // The database cannot be written.
    void setReadOnly(bool ro);
    // The month shown is finalized: its notes and goals are read-only until
    // it is reopened (docs/decisions.md, issue 11.6).
    void setFrozen(bool frozen);
    bool isFrozen() const { return m_frozen; }
    // Another database: saves what is pending to the old one first.
    void setStore(Store &store);
    // Write every pending note to the store now.
    void flush();
    bool hasPendingChanges() const { return !m_pendingNotes.isEmpty(); }

    // Edits (each one undoable).
    void addItem(const ActionItem &item);     // agentId/createdMonth filled if empty
    void updateItem(const ActionItem &after); // by id
    void removeItem(qint64 id);

    QString agentId() const { return m_agentId; }
    Month month() const { return m_month; }
    // The shared note (the agent sees it) and the user's private note.
    QPlainTextEdit *notesEditor() const { return m_editors[0]; }
    QPlainTextEdit *privateNotesEditor() const { return m_editors[1]; }
    QPlainTextEdit *editor(NoteVisibility v) const { return m_editors[v == NoteVisibility::Private ? 1 : 0]; }
    QTabWidget *noteTabs() const { return m_noteTabs; }
    // Shows the shared or the private note's tab.
    void showNote(NoteVisibility v);
    QTableView *itemsView() const { return m_view; }
    ActionItemsModel *itemsModel() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }
    int autosaveDelayMs() const { return m_autosaveDelay; }
    void setAutosaveDelayMs(int ms);

signals:
    void goalsChanged(); // an item was stored: the card's goal list may change
    void saved();        // notes written to the store
    // Notes could not be written (the server is unreachable): they stay
    // pending, and in the editor, until a later flush() succeeds.
    void saveFailed(const QString &why);

private:
    friend class NoteCommand;
    friend class ItemCommand;
    void onNotesTyped(NoteVisibility v);
    void applyNote(const QString &agentId, Month month, NoteVisibility v, const QString &text, bool saveNow = false);
    static int slot(NoteVisibility v) { return v == NoteVisibility::Private ? 1 : 0; }
    // insert (returns new id), update or remove an item in the store.
    void applyItem(const std::shared_ptr<qint64> &idRef, const std::optional<ActionItem> &state, bool insert);
    std::shared_ptr<qint64> refFor(qint64 id);
    void reloadItems();
    bool eventFilter(QObject *watched, QEvent *event) override;

    Store *m_store;
    QUndoStack *m_undo;
    QString m_agentId;
    Month m_month;
    QTabWidget *m_noteTabs;
    QPlainTextEdit *m_editors[2]; // shared, private
    QTableView *m_view;
    ActionItemsModel *m_model;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_status;
    QTimer *m_saveTimer;
    int m_autosaveDelay = 800;
    QString m_shownText[2]; // text of each editor the last command knows
    bool m_loading = false;
    bool m_readOnly = false; // either of the two below
    bool m_dbReadOnly = false;
    bool m_frozen = false;
    void applyReadOnly();
    QElapsedTimer m_lastTyping;
    struct PendingNote {
        QString agentId;
        Month month;
        NoteVisibility visibility;
        QString text;
    };
    QHash<QString, PendingNote> m_pendingNotes; // by agent, month and visibility
    QHash<qint64, std::shared_ptr<qint64>> m_refs;
    std::vector<GoalStatus> m_goals;
};

} // namespace sc
