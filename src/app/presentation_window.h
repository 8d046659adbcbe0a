#pragma once
// Presentation mode (issue 11.1): the card alone, filling the screen, for the
// 1:1 itself. Same renderer as everywhere (vector painting), so it is sharp at
// every zoom; small print is raised to a legible minimum on screen.
// F11, double-click or Escape leaves; Ctrl+plus / Ctrl+minus / Ctrl+0 zoom.
#include "report/card_data.h"

#include <QWidget>

class QScrollArea;

namespace sc {

class CardWidget;

class PresentationWindow : public QWidget {
    Q_OBJECT
public:
    explicit PresentationWindow(const CardData &card, QWidget *parent = nullptr);

    // The smallest text the presented card draws, in page units (the PDF
    // keeps the renderer's own sizes): at 1280x800, 7 units are ~9 px.
    static constexpr double kMinimumTextSize = 7.0;

    void setCard(const CardData &card);
    double zoom() const { return m_zoom; }
    void setZoom(double zoom); // 1 = the page fits the screen; 0.5 .. 4
    void zoomIn();
    void zoomOut();
    CardWidget *cardWidget() const { return m_card; }
    QScrollArea *scrollArea() const { return m_scroll; }

signals:
    void left(); // the window closed (Escape, F11, double-click)

protected:
    void resizeEvent(QResizeEvent *e) override;
    void closeEvent(QCloseEvent *e) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void layoutCard();
    QScrollArea *m_scroll;
    CardWidget *m_card;
    double m_zoom = 1.0;
};

} // namespace sc
