#pragma once
// Shows the agent's 1:1 card on screen, drawn by the report's CardRenderer so
// the screen shows exactly what the PDF prints.
#include "report/card_data.h"

#include <QWidget>
#include <optional>

namespace sc {

class CardWidget : public QWidget {
    Q_OBJECT
public:
    explicit CardWidget(QWidget *parent = nullptr);

    void setCard(std::optional<CardData> card);
    void setPlaceholder(const QString &text);
    const std::optional<CardData> &card() const { return m_card; }
    // The page rectangle inside the widget (keeps the page's aspect ratio).
    QRectF pageRect() const;

    QSize sizeHint() const override { return {900, 640}; }
    QSize minimumSizeHint() const override { return {360, 260}; }
    bool hasHeightForWidth() const override { return false; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<CardData> m_card;
    QString m_placeholder;
};

} // namespace sc
