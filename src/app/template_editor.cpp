#include "app/template_editor.h"

#include "app/team_table_model.h"
#include "core/metrics.h"
#include "report/report_style.h"
#include "storage/store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace sc {

namespace {
auto optionalField(int column) -> std::optional<double> MetricRule::*
{
    switch (column) {
    case TemplateEditor::FloorColumn: return &MetricRule::floor;
    case TemplateEditor::GoalColumn: return &MetricRule::goal;
    case TemplateEditor::LowColumn: return &MetricRule::low;
    case TemplateEditor::HighColumn: return &MetricRule::high;
    case TemplateEditor::ToleranceColumn: return &MetricRule::tolerance;
    default: return nullptr;
    }
}

QString num(std::optional<double> v) { return v ? QLocale().toString(*v, 'g', 8) : QString(); }

// Rank by overall, highest first (competition ranking: agents with the same
// overall share a rank, the next one skips: 1, 1, 3); agents without an
// overall are unranked. The overall is compared as shown (1 decimal), so two
// agents the preview shows with the same number never get different ranks.
QHash<QString, int> ranks(const std::vector<const AgentScorecard *> &agents)
{
    auto shown = [](const AgentScorecard *a) { return std::llround(*a->overall * 10); };
    QHash<QString, int> r;
    for (auto *a : agents) {
        if (!a->overall)
            continue;
        int above = 0;
        for (auto *b : agents) {
            if (b->overall && shown(b) > shown(a))
                ++above;
        }
        r.insert(a->agent.id, above + 1);
    }
    return r;
}

// "3", or "=3" when another agent shares the rank.
QString rankText(const QHash<QString, int> &ranks, const QString &id)
{
    const auto it = ranks.constFind(id);
    if (it == ranks.constEnd())
        return QStringLiteral("—");
    const int shared = int(std::count(ranks.begin(), ranks.end(), *it));
    return shared > 1 ? QStringLiteral("=%1").arg(*it) : QString::number(*it);
}
} // namespace

TemplateEditor::TemplateEditor(Store &store, Month previewMonth, const QString &team, QWidget *parent)
    : QDialog(parent), m_store(store), m_previewMonth(previewMonth)
{
    setWindowTitle(tr("Scorecard template"));
    m_agents = store.agents();
    m_sums = store.agentSums(previewMonth);
    m_sl = store.serviceLevelSums(previewMonth);
    m_stored = store.templates();
    for (Month m : store.monthsWithData())
        if (store.isFinalized(m))
            m_finalized.push_back(m);

    auto *lay = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("templateNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    lay->addWidget(m_note);
    auto *form = new QFormLayout;
    m_team = new QComboBox(this);
    m_team->addItem(tr("All teams"), QString());
    for (const QString &t : store.teams())
        m_team->addItem(t, t);
    m_team->setCurrentIndex(qMax(0, m_team->findData(team)));
    m_effective = new QLineEdit(previewMonth.toString(), this);
    m_effective->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}")), m_effective));
    m_effective->setToolTip(
        tr("The first month scored with this template. Earlier months keep the template they were scored with."));
    auto *thr = new QHBoxLayout;
    m_atGoal = new QDoubleSpinBox(this);
    m_approaching = new QDoubleSpinBox(this);
    for (auto *s : {m_atGoal, m_approaching}) {
        s->setRange(0, 1000);
        s->setDecimals(1);
    }
    thr->addWidget(new QLabel(tr("At goal from"), this));
    thr->addWidget(m_atGoal);
    thr->addWidget(new QLabel(tr("Approaching from"), this));
    thr->addWidget(m_approaching);
    thr->addStretch();
    form->addRow(tr("&Team:"), m_team);
    form->addRow(tr("&Effective from (YYYY-MM):"), m_effective);
    form->addRow(tr("Rating thresholds:"), thr);
    lay->addLayout(form);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_table = new QTableWidget(0, ColumnCount, split);
    m_table->setHorizontalHeaderLabels({tr("Metric"), tr("Weight"), tr("% of total"), tr("Floor"), tr("Goal"),
                                        tr("Cap"), tr("Band low"), tr("Band high"), tr("Tolerance")});
    m_table->horizontalHeader()->setSectionResizeMode(MetricColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    auto *pvBox = new QWidget(split);
    auto *pvl = new QVBoxLayout(pvBox);
    pvl->setContentsMargins(0, 0, 0, 0);
    m_problem = new QLabel(pvBox);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color:#c62828;font-weight:bold"));
    m_previewTitle = new QLabel(pvBox);
    m_preview = new QTableWidget(0, PvColumnCount, pvBox);
    m_preview->setHorizontalHeaderLabels({tr("Agent"), tr("ID"), tr("Overall now"), tr("Rank now"),
                                          tr("Overall edited"), tr("Rank edited"), tr("Move")});
    m_preview->horizontalHeader()->setSectionResizeMode(PvAgent, QHeaderView::Stretch);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->setSortingEnabled(false);
    pvl->addWidget(m_problem);
    pvl->addWidget(m_previewTitle);
    pvl->addWidget(m_preview);
    split->addWidget(m_table);
    split->addWidget(pvBox);
    lay->addWidget(split, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    lay->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &TemplateEditor::updatePreview);
    connect(m_table, &QTableWidget::itemChanged, this, &TemplateEditor::onItemChanged);
    connect(m_team, &QComboBox::currentIndexChanged, this, &TemplateEditor::loadTemplate);
    connect(m_effective, &QLineEdit::editingFinished, this, [this] {
        if (auto m = Month::parse(m_effective->text()); m && m->isValid()) {
            m_template.effectiveFrom = *m;
            showProblem({});
        } else {
            showProblem(tr("Effective month: \"%1\" is not a month (YYYY-MM)").arg(m_effective->text()));
        }
    });
    auto thresholdsChanged = [this] {
        if (m_filling)
            return;
        ScorecardTemplate c = m_template;
        c.thresholds.atGoal = m_atGoal->value();
        c.thresholds.approaching = m_approaching->value();
        const QStringList p = validateTemplate(c);
        if (!p.isEmpty()) {
            showProblem(tr("Refused: %1").arg(p.join(QStringLiteral("; "))));
            m_filling = true;
            m_atGoal->setValue(m_template.thresholds.atGoal);
            m_approaching->setValue(m_template.thresholds.approaching);
            m_filling = false;
            return;
        }
        showProblem({});
        m_template = c;
        m_previewTimer->start();
    };
    connect(m_atGoal, &QDoubleSpinBox::valueChanged, this, thresholdsChanged);
    connect(m_approaching, &QDoubleSpinBox::valueChanged, this, thresholdsChanged);
    resize(900, 680);
    loadTemplate();
}

QString TemplateEditor::teamChoice() const { return m_team->currentData().toString(); }

int TemplateEditor::rowOf(const QString &key) const
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, MetricColumn)->data(Qt::UserRole).toString() == key)
            return r;
    }
    return -1;
}

void TemplateEditor::loadTemplate()
{
    const Month eff = Month::parse(m_effective->text()).value_or(m_previewMonth);
    m_template = templateFor(m_stored, teamChoice(), eff);
    m_template.team = teamChoice();
    m_template.effectiveFrom = eff;
    addMissingRules();
    fillTable();
    showProblem({});
    updatePreview();
}

void TemplateEditor::addMissingRules()
{
    // Every agent metric gets a row, even if the template lacks it.
    for (const MetricDefinition &d : metricDefinitions()) {
        if (!d.teamOnly && !m_template.rule(d.key)) {
            MetricRule r;
            r.key = d.key;
            m_template.rules.push_back(r);
        }
    }
}

void TemplateEditor::useTemplate(const ScorecardTemplate &t, const QString &note)
{
    {
        const QSignalBlocker block(m_team);
        m_team->setCurrentIndex(qMax(0, m_team->findData(t.team)));
    }
    m_effective->setText(t.effectiveFrom.toString());
    m_template = t;
    addMissingRules();
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    fillTable();
    showProblem({});
    updatePreview();
}

QString TemplateEditor::noteText() const { return m_note->text(); }

void TemplateEditor::fillTable()
{
    m_filling = true;
    m_atGoal->setValue(m_template.thresholds.atGoal);
    m_approaching->setValue(m_template.thresholds.approaching);
    m_table->setRowCount(int(m_template.rules.size()));
    const double total = m_template.totalWeight();
    for (int r = 0; r < int(m_template.rules.size()); ++r) {
        const MetricRule &rule = m_template.rules[size_t(r)];
        const MetricDefinition *d = findMetric(rule.key);
        const bool band = d && d->direction == Direction::Band;
        auto set = [&](int col, const QString &text, bool editable) {
            auto *it = m_table->item(r, col);
            if (!it) {
                it = new QTableWidgetItem;
                m_table->setItem(r, col, it);
            }
            it->setText(text);
            it->setFlags(editable ? (Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable)
                                  : Qt::ItemIsEnabled);
            if (col != MetricColumn)
                it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!editable && col != MetricColumn && col != ShareColumn)
                it->setToolTip(band ? tr("A band metric is scored by its band") : tr("Only for band metrics"));
            return it;
        };
        auto *name = set(MetricColumn, d ? d->name : rule.key, false);
        name->setData(Qt::UserRole, rule.key);
        set(WeightColumn, QLocale().toString(rule.weight, 'g', 8), true);
        set(ShareColumn,
            total > 0 ? QLocale().toString(100.0 * rule.weight / total, 'f', 1) + QLatin1Char('%') : QString(), false);
        set(FloorColumn, num(rule.floor), !band);
        set(GoalColumn, num(rule.goal), !band);
        set(CapColumn, QLocale().toString(rule.cap, 'g', 8), true);
        set(LowColumn, num(rule.low), band);
        set(HighColumn, num(rule.high), band);
        set(ToleranceColumn, num(rule.tolerance), band);
    }
    m_filling = false;
}

bool TemplateEditor::editCell(int row, int column, const QString &text)
{
    QTableWidgetItem *it = m_table->item(row, column);
    if (!it || !(it->flags() & Qt::ItemIsEditable))
        return false;
    const ScorecardTemplate before = m_template;
    it->setText(text); // runs onItemChanged
    return !(m_template == before) || text == it->text();
}

void TemplateEditor::onItemChanged(QTableWidgetItem *item)
{
    if (m_filling)
        return;
    const int row = item->row();
    const int col = item->column();
    if (row < 0 || row >= int(m_template.rules.size()))
        return;
    ScorecardTemplate candidate = m_template;
    MetricRule &rule = candidate.rules[size_t(row)];
    const QString text = item->text().trimmed();
    bool ok = false;
    double v = QLocale().toDouble(text, &ok);
    if (!ok)
        v = text.toDouble(&ok);
    QString problem;
    if (auto field = optionalField(col)) {
        if (text.isEmpty())
            (rule.*field).reset();
        else if (ok)
            rule.*field = v;
        else
            problem = tr("\"%1\" is not a number").arg(text);
    } else if (col == WeightColumn || col == CapColumn) {
        if (!ok)
            problem = tr("\"%1\" is not a number").arg(text);
        else
            (col == WeightColumn ? rule.weight : rule.cap) = v;
    }
    if (problem.isEmpty()) {
        const QStringList p = validateTemplate(candidate);
        if (!p.isEmpty())
            problem = p.join(QStringLiteral("; "));
    }
    if (!problem.isEmpty()) {
        // Refuse in place: the cell keeps its last valid value and says why.
        const QString name = m_table->item(row, MetricColumn)->text();
        showProblem(tr("Refused for %1: %2").arg(name, problem));
        fillTable();
        m_filling = true; // a tool tip change also emits itemChanged
        m_table->item(row, col)->setToolTip(problem);
        m_filling = false;
        return;
    }
    m_template = candidate;
    showProblem({});
    fillTable();
    m_previewTimer->start();
}

void TemplateEditor::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QString TemplateEditor::problemText() const { return m_problem->text(); }

void TemplateEditor::updatePreview()
{
    m_previewTimer->stop();
    const QString team = teamChoice();
    ScorecardTemplate edited = m_template;
    // The preview month is scored with the edited template whatever its
    // effective month, to show its effect.
    edited.effectiveFrom = std::min(edited.effectiveFrom, m_previewMonth);
    std::vector<ScorecardTemplate> withEdit = m_stored;
    withEdit.erase(std::remove_if(withEdit.begin(), withEdit.end(),
                                  [&](const ScorecardTemplate &t) {
                                      return t.team == edited.team && t.effectiveFrom == edited.effectiveFrom;
                                  }),
                   withEdit.end());
    withEdit.push_back(edited);
    // Make sure the edited one wins for the preview month.
    for (ScorecardTemplate &t : withEdit) {
        if (&t != &withEdit.back() && t.team == edited.team && t.effectiveFrom > edited.effectiveFrom
            && t.effectiveFrom <= m_previewMonth)
            t.effectiveFrom = m_previewMonth.next();
    }
    const MonthReport now = buildMonthReport(m_previewMonth, m_agents, m_sums, m_sl, m_stored);
    const MonthReport after = buildMonthReport(m_previewMonth, m_agents, m_sums, m_sl, withEdit);
    std::vector<const AgentScorecard *> nowAgents, afterAgents;
    for (const AgentScorecard &a : now.agents) {
        if (team.isEmpty() || a.agent.team == team)
            nowAgents.push_back(&a);
    }
    for (const AgentScorecard &a : after.agents) {
        if (team.isEmpty() || a.agent.team == team)
            afterAgents.push_back(&a);
    }
    const auto rNow = ranks(nowAgents);
    const auto rAfter = ranks(afterAgents);
    // Show in the edited ranking's order.
    std::vector<const AgentScorecard *> order = afterAgents;
    std::stable_sort(order.begin(), order.end(), [&](auto *a, auto *b) {
        const int ra = rAfter.value(a->agent.id, INT_MAX), rb = rAfter.value(b->agent.id, INT_MAX);
        return ra != rb ? ra < rb : a->agent.id < b->agent.id; // ties in agent id order
    });
    const int shown = int(std::min<size_t>(order.size(), 500));
    QString title = tr("Preview for %1 (%2): scores and ranking if this template applied")
                        .arg(m_previewMonth.toString(), team.isEmpty() ? tr("all teams") : team);
    // Finalized months keep their frozen cards whatever the template says.
    QStringList frozen;
    for (Month m : m_finalized)
        if (m >= m_template.effectiveFrom)
            frozen << m.toString();
    if (std::find(m_finalized.begin(), m_finalized.end(), m_previewMonth) != m_finalized.end())
        title += QLatin1Char('\n')
                 + tr("%1 is finalized: its cards will not change; this only shows what the template would give.")
                       .arg(m_previewMonth.toString());
    else if (!frozen.isEmpty())
        title += QLatin1Char('\n') + tr("Finalized months will not change: %1.").arg(frozen.join(QStringLiteral(", ")));
    m_previewTitle->setText(title);
    m_preview->setRowCount(shown);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    for (int i = 0; i < shown; ++i) {
        const AgentScorecard *a = order[size_t(i)];
        const AgentScorecard *n = now.agent(a->agent.id);
        auto cell = [&](int col, const QString &t) {
            auto *it = new QTableWidgetItem(t);
            if (col != PvAgent)
                it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_preview->setItem(i, col, it);
            return it;
        };
        auto fmt = [](std::optional<double> v) { return v ? QLocale().toString(*v, 'f', 1) : QStringLiteral("—"); };
        cell(PvAgent, a->agent.name);
        cell(PvId, a->agent.id)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        cell(PvNowOverall, fmt(n ? n->overall : std::nullopt))
            ->setBackground(ratingBackground(n ? n->rating : Rating::InsufficientData, dark));
        cell(PvNowRank, rankText(rNow, a->agent.id));
        cell(PvNewOverall, fmt(a->overall))->setBackground(ratingBackground(a->rating, dark));
        cell(PvNewRank, rankText(rAfter, a->agent.id));
        QString move;
        if (rNow.contains(a->agent.id) && rAfter.contains(a->agent.id)) {
            const int d = rNow[a->agent.id] - rAfter[a->agent.id];
            move = d > 0 ? QStringLiteral("▲ %1").arg(d) : d < 0 ? QStringLiteral("▼ %1").arg(-d) : QStringLiteral("=");
        }
        cell(PvMove, move);
    }
}

bool TemplateEditor::save()
{
    const auto eff = Month::parse(m_effective->text());
    if (!eff || !eff->isValid()) {
        showProblem(tr("Effective month: \"%1\" is not a month (YYYY-MM)").arg(m_effective->text()));
        return false;
    }
    m_template.effectiveFrom = *eff;
    m_template.team = teamChoice();
    if (m_template.name.isEmpty() || m_template.name == u"Default")
        m_template.name = m_template.team.isEmpty() ? tr("All teams") : m_template.team;
    const QStringList p = validateTemplate(m_template);
    if (!p.isEmpty()) {
        showProblem(p.join(QLatin1Char('\n')));
        return false;
    }
    try {
        m_store.saveTemplate(m_template);
    } catch (const std::exception &e) {
        showProblem(tr("Could not save: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    return true;
}

} // namespace sc
