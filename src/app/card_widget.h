#pragma once
// Shows the agent's 1:1 card on screen, drawn by the report's CardRenderer so
// the screen shows exactly what the PDF prints. Each metric tile can be
// chosen (click, or the arrow keys and Enter) to explain how its number was
// made (SPEC section 7).
#include "report/card_data.h"

#include <QWidget>

class QTimer;
#include <optional>

namespace sc {

class CardWidget : public QWidget {
    Q_OBJECT
public:
    explicit CardWidget(QWidget *parent = nullptr);

    void setCard(std::optional<CardData> card);
    void setPlaceholder(const QString &text);
    const std::optional<CardData> &card() const { return m_card; }
    QString placeholder() const { return m_placeholder; }
    // The page rectangle inside the widget (keeps the page's aspect ratio).
    QRectF pageRect() const;

    // The tile that Enter explains (its metric key; empty without a card).
    QString currentTile() const;
    void setCurrentTile(const QString &key);
    // The tile's rectangle in widget coordinates (empty if not shown).
    QRectF tileRect(const QString &key) const;

    // Screen only: raise text smaller than this (page units) to it.
    void setMinimumTextSize(double units);

    QSize sizeHint() const override { return {900, 640}; }
    QSize minimumSizeHint() const override { return {360, 260}; }
    bool hasHeightForWidth() const override { return false; }

signals:
    // Enter, Space or a click on a metric tile (a click once it is clear
    // that it is not the first half of a double-click).
    void explainRequested(const QString &metricKey);
    void doubleClicked(); // the main window presents the card

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;

private:
    std::vector<std::pair<QString, QRectF>> tiles() const; // widget coordinates
    void updateAccessibleText();

    std::optional<CardData> m_card;
    QString m_placeholder;
    int m_current = 0; // index into CardRenderer::metricTiles
    double m_minimumTextSize = 0;
    QTimer *m_clickTimer; // a tile's click explains when no second click follows
    QString m_clickedTile;
};

} // namespace sc
