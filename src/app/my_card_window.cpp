#include "app/my_card_window.h"

#include "app/app_settings.h"
#include "app/card_widget.h"
#include "app/charts/trend_chart.h"
#include "app/explain_dialog.h"
#include "app/month_cache.h"
#include "app/print_export.h"
#include "core/metrics.h"
#include "report/report_style.h"
#include "storage/store.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QSplitter>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sc {

MyCardWindow::MyCardWindow(Store &store, const QString &agentId, Month month, MonthCache *cache, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_agentId(agentId), m_month(month), m_cache(cache)
{
    setAttribute(Qt::WA_DeleteOnClose, parent != nullptr);
    if (!m_cache) {
        m_ownCache = std::make_unique<MonthCache>(store);
        m_cache = m_ownCache.get();
    }
    QString name = agentId;
    for (const Agent &a : store.agents()) {
        if (a.id == agentId)
            name = a.name;
    }
    setWindowTitle(tr("My card — %1").arg(name));

    auto *tb = addToolBar(tr("Month"));
    tb->setObjectName(QStringLiteral("myCardToolBar"));
    tb->setMovable(false);
    tb->addWidget(new QLabel(tr("Month: "), tb));
    m_months = new QComboBox(tb);
    const std::vector<Month> months = store.monthsWithData();
    for (auto it = months.rbegin(); it != months.rend(); ++it)
        m_months->addItem(monthTitle(*it), it->toString());
    tb->addWidget(m_months);
    tb->addSeparator();
    QAction *print = tb->addAction(tr("&Print…"));
    print->setShortcut(QKeySequence::Print);
    QAction *pdf = tb->addAction(tr("Export &PDF…"));
    pdf->setShortcut(QKeySequence(tr("Ctrl+E")));
    tb->addSeparator();
    // Keyboard quit: Ctrl+W / Ctrl+Q close the window, and so does Escape.
    QAction *close = tb->addAction(tr("&Close"));
    close->setObjectName(QStringLiteral("closeMyCardAction"));
    // Each key once (a key listed twice on one action is ambiguous and dead);
    // the platform's Close key may be Ctrl+F4, so Ctrl+W is named too.
    QList<QKeySequence> keys{QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::CTRL | Qt::Key_Q),
                             QKeySequence(Qt::Key_Escape)};
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Close)) {
        if (!keys.contains(k))
            keys << k;
    }
    close->setShortcuts(keys);
    close->setShortcutContext(Qt::WindowShortcut);
    close->setToolTip(tr("Close this window (Ctrl+W, Escape)"));
    connect(close, &QAction::triggered, this, &QWidget::close);

    auto *central = new QWidget(this);
    auto *lay = new QVBoxLayout(central);
    lay->setContentsMargins(4, 4, 4, 4);
    m_banner = new QLabel(tr("Your card, read-only. Talk to your supervisor about goals and notes."), central);
    m_banner->setForegroundRole(QPalette::PlaceholderText);
    lay->addWidget(m_banner);
    auto *split = new QSplitter(Qt::Horizontal, central);
    m_card = new CardWidget(split);
    m_card->setObjectName(QStringLiteral("card"));
    connect(m_card, &CardWidget::explainRequested, this, [this](const QString &key) { explainMetric(key); });
    auto *side = new QWidget(split);
    auto *sl = new QVBoxLayout(side);
    sl->setContentsMargins(0, 0, 0, 0);
    m_trend = new TrendChart(side);
    auto *goalsLabel = new QLabel(tr("<b>Goals from your 1:1s</b>"), side);
    m_goals = new QTreeWidget(side);
    m_goals->setRootIsDecorated(false);
    m_goals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_goals->setHeaderLabels({tr("Goal"), tr("Metric"), tr("Target"), tr("Due"), tr("Status"), tr("Result")});
    m_goals->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_goals->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_goals->header()->setStretchLastSection(false);
    m_goals->setWordWrap(true);
    sl->addWidget(m_trend, 3);
    sl->addWidget(goalsLabel);
    sl->addWidget(m_goals, 2);
    split->addWidget(m_card);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({900, 370});
    lay->addWidget(split, 1);
    setCentralWidget(central);

    connect(m_months, &QComboBox::currentIndexChanged, this, [this] {
        if (auto m = Month::parse(m_months->currentData().toString()))
            setMonth(*m);
    });
    connect(print, &QAction::triggered, this, [this] {
        if (m_card->card())
            printCard(this, *m_card->card());
    });
    connect(pdf, &QAction::triggered, this, [this] {
        if (m_card->card())
            exportCardPdf(this, m_store, m_agentId, m_card->card()->card.agent.name, m_month);
        // (exportCardPdf says where it saved in its return value; the agent
        // chose the file in the dialog a moment ago.)
    });
    if (!restoreGeometry(AppSettings::myCardGeometry()))
        resize(1280, 800);
    setMonth(month);
}

MyCardWindow::~MyCardWindow() = default;

void MyCardWindow::closeEvent(QCloseEvent *e)
{
    AppSettings::setMyCardGeometry(saveGeometry());
    e->accept();
}

ExplainDialog *MyCardWindow::explainMetric(const QString &metricKey)
{
    // Always this window's agent: never another agent's rows.
    if (!m_card->card() || metricKey.isEmpty())
        return nullptr;
    return ExplainDialog::open(m_store, m_month, m_agentId, metricKey, this);
}

bool MyCardWindow::hasCard() const { return m_card->card().has_value(); }

void MyCardWindow::setMonth(Month month)
{
    m_month = month;
    const int i = m_months->findData(month.toString());
    if (i >= 0 && i != m_months->currentIndex()) {
        m_months->setCurrentIndex(i); // re-enters through the signal
        return;
    }
    refresh();
}

void MyCardWindow::refresh()
{
    std::optional<CardData> card = buildCardData(m_store, m_agentId, m_month, m_cache->accessor());
    if (card)
        card->agentView = true;
    m_card->setPlaceholder(tr("No card for %1: nothing recorded for you that month.").arg(monthTitle(m_month)));
    m_card->setCard(card);
    m_trend->setCard(card);
    m_goals->clear();
    if (!card)
        return;
    for (const GoalStatus &g : card->goals) {
        const ActionItem &it = g.item;
        const MetricDefinition *d = it.metricKey.isEmpty() ? nullptr : findMetric(it.metricKey);
        auto *row = new QTreeWidgetItem(m_goals);
        row->setText(0, it.text);
        row->setText(1, d ? shortMetricName(d->key) : QString());
        row->setToolTip(1, d ? d->name : QString());
        row->setToolTip(0, it.text);
        row->setText(2, it.targetValue ? formatMetricValueWithUnit(it.metricKey, it.targetValue) : QString());
        row->setText(3, it.dueMonth.isValid() ? monthYear(it.dueMonth) : QString());
        row->setText(4, it.status == ActionStatus::Open   ? tr("Open")
                        : it.status == ActionStatus::Done ? tr("Done")
                                                          : tr("Dropped"));
        row->setText(5, !g.met ? QStringLiteral("—") : *g.met ? tr("Met ✓") : tr("Not met yet"));
        if (g.met && *g.met)
            row->setForeground(5, QColor(0x2e7d32));
    }
}

} // namespace sc
