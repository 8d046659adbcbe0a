#pragma once
// The interactive trend view (Qt Charts). Kept in this one module so it can
// move to Qt Graphs later; the printed card draws its own charts.
// Shows only the card's own agent: the overall score and one chosen metric
// against its goal, with the team value for context (no other agent).
#include "report/card_data.h"

#include <QWidget>

class QComboBox;

namespace sc {

class TrendChart : public QWidget {
    Q_OBJECT
public:
    explicit TrendChart(QWidget *parent = nullptr);
    ~TrendChart() override;
    void setCard(const std::optional<CardData> &card);
    QComboBox *metricCombo() const { return m_metric; }
    // Every text the chart shows (titles, axes, legend, tooltips), for tests.
    QStringList visibleTexts() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    // Every how many months a label fits the width without being cut to "…".
    int labelStride() const;
    // Rebuilds when the width (resized, or shown at last) changes the stride.
    void relabelForWidth();
    int m_labelStride = 1;
    class Impl;
    Impl *d;
    QComboBox *m_metric;
    std::optional<CardData> m_card;
};

} // namespace sc
