#pragma once
// "My card" for agents: only this agent's card, trend and goals, read-only.
// No team table and no other agent's name anywhere in the window.
#include "core/month.h"
#include "report/card_data.h"

#include <QMainWindow>

class QComboBox;
class QTreeWidget;
class QLabel;

namespace sc {

class CardWidget;
class ExplainDialog;
class MonthCache;
class Store;
class TrendChart;

class MyCardWindow : public QMainWindow {
    Q_OBJECT
public:
    // `cache` may be shared with the supervisor's window; null: own cache.
    MyCardWindow(Store &store, const QString &agentId, Month month, MonthCache *cache = nullptr,
                 QWidget *parent = nullptr);
    ~MyCardWindow() override;

    void setMonth(Month month);
    Month month() const { return m_month; }
    bool hasCard() const;
    CardWidget *cardWidget() const { return m_card; }
    // The explanation panel for one of the agent's own numbers (SPEC section
    // 7: an agent's own view explains only their own numbers).
    ExplainDialog *explainMetric(const QString &metricKey);
    TrendChart *trendChart() const { return m_trend; }
    QTreeWidget *goalsView() const { return m_goals; }

protected:
    void closeEvent(QCloseEvent *e) override;

private:
    void refresh();
    Store &m_store;
    QString m_agentId;
    Month m_month;
    MonthCache *m_cache;
    std::unique_ptr<MonthCache> m_ownCache;
    QComboBox *m_months;
    CardWidget *m_card;
    TrendChart *m_trend;
    QTreeWidget *m_goals;
    QLabel *m_banner;
};

} // namespace sc
