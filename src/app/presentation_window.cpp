#include "app/presentation_window.h"

#include "app/card_widget.h"

#include <QAction>
#include <QCloseEvent>
#include <QEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace sc {

namespace {
constexpr double kZoomStep = 1.25;
constexpr double kZoomMin = 0.5;
constexpr double kZoomMax = 4.0;
} // namespace

PresentationWindow::PresentationWindow(const CardData &card, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("presentationWindow"));
    setWindowFlag(Qt::Window);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Presenting %1").arg(card.card.agent.name));
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setWidgetResizable(false);
    m_card = new CardWidget;
    m_card->setMinimumTextSize(kMinimumTextSize);
    m_card->setMinimumSize(1, 1);
    m_card->installEventFilter(this);
    m_scroll->setWidget(m_card);
    m_scroll->viewport()->installEventFilter(this);
    lay->addWidget(m_scroll);
    setCard(card);

    auto add = [this](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    add(tr("Leave presentation"), {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::Key_F11)}, [this] { close(); });
    // Ctrl+plus also as Ctrl+= (the same key without Shift on most layouts).
    // Each key once: QKeySequence::ZoomIn is Ctrl++ too, and a key listed
    // twice is ambiguous and does nothing.
    add(tr("Zoom in"), {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)},
        [this] { zoomIn(); });
    add(tr("Zoom out"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)}, [this] { zoomOut(); });
    add(tr("Fit the screen"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] { setZoom(1.0); });
}

void PresentationWindow::setCard(const CardData &card)
{
    m_card->setCard(card);
    m_card->setAccessibleName(tr("Card of %1, presented").arg(card.card.agent.name));
}

void PresentationWindow::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, kZoomMin, kZoomMax);
    layoutCard();
}

void PresentationWindow::zoomIn() { setZoom(m_zoom * kZoomStep); }

void PresentationWindow::zoomOut() { setZoom(m_zoom / kZoomStep); }

void PresentationWindow::layoutCard()
{
    // At zoom 1 the card widget is the viewport; zoomed, it grows (the
    // scroll area pans) or shrinks (centred), and the renderer scales the
    // vector page into it.
    const QSize view = m_scroll->viewport()->size();
    const QSize size(std::max(1, int(view.width() * m_zoom)), std::max(1, int(view.height() * m_zoom)));
    m_card->resize(size);
}

void PresentationWindow::resizeEvent(QResizeEvent *e)
{
    QWidget::resizeEvent(e);
    layoutCard();
}

void PresentationWindow::closeEvent(QCloseEvent *e)
{
    emit left();
    e->accept();
}

bool PresentationWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonDblClick && (watched == m_card || watched == m_scroll->viewport())) {
        close();
        return true;
    }
    if (event->type() == QEvent::Resize && watched == m_scroll->viewport())
        layoutCard();
    return QWidget::eventFilter(watched, event);
}

} // namespace sc
