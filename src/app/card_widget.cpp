#include "app/card_widget.h"

#include "core/metrics.h"
#include "report/card_renderer.h"
#include "report/report_style.h"

#include <QGuiApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleHints>
#include <QTimer>
#include <QToolTip>

namespace sc {

CardWidget::CardWidget(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
    // Focusable so the tiles can be explained from the keyboard.
    setFocusPolicy(Qt::StrongFocus);
    m_placeholder = tr("Select an agent to see their card.");
    m_clickTimer = new QTimer(this);
    m_clickTimer->setSingleShot(true);
    connect(m_clickTimer, &QTimer::timeout, this, [this] {
        if (m_card)
            emit explainRequested(m_clickedTile);
    });
}

void CardWidget::setCard(std::optional<CardData> card)
{
    const QString keep = currentTile();
    m_card = std::move(card);
    m_current = 0;
    if (m_card) {
        setAccessibleName(tr("Card of %1").arg(m_card->card.agent.name));
        if (!keep.isEmpty())
            setCurrentTile(keep);
    }
    updateAccessibleText();
    update();
}

void CardWidget::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    update();
}

QRectF CardWidget::pageRect() const
{
    const QSizeF page = CardRenderer::logicalPageSize();
    const QRectF avail = QRectF(rect()).adjusted(8, 8, -8, -8);
    if (page.isEmpty() || avail.isEmpty())
        return avail;
    QSizeF s = page.scaled(avail.size(), Qt::KeepAspectRatio);
    return QRectF(avail.center() - QPointF(s.width() / 2, s.height() / 2), s);
}

std::vector<std::pair<QString, QRectF>> CardWidget::tiles() const
{
    std::vector<std::pair<QString, QRectF>> out;
    if (!m_card)
        return out;
    const QTransform t = CardRenderer::pageTransform(pageRect());
    for (const auto &[key, r] : CardRenderer::metricTiles(*m_card))
        out.emplace_back(key, t.mapRect(r));
    return out;
}

QString CardWidget::currentTile() const
{
    if (!m_card)
        return {};
    const auto all = CardRenderer::metricTiles(*m_card);
    return m_current >= 0 && m_current < int(all.size()) ? all[size_t(m_current)].first : QString();
}

void CardWidget::setCurrentTile(const QString &key)
{
    if (!m_card)
        return;
    const auto all = CardRenderer::metricTiles(*m_card);
    for (size_t i = 0; i < all.size(); ++i)
        if (all[i].first == key) {
            m_current = int(i);
            updateAccessibleText();
            update();
        }
}

QRectF CardWidget::tileRect(const QString &key) const
{
    for (const auto &[k, r] : tiles())
        if (k == key)
            return r;
    return {};
}

void CardWidget::updateAccessibleText()
{
    const QString key = currentTile();
    const MetricDefinition *def = key.isEmpty() ? nullptr : findMetric(key);
    setAccessibleDescription(
        def ? tr("%1 selected. Arrow keys choose a tile; Enter explains its number.").arg(metricTitle(key))
            : QString());
}

void CardWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    p.fillRect(rect(), palette().color(QPalette::Window));
    if (!m_card) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    const QRectF page = pageRect();
    // A soft shadow makes the page read as a page.
    p.fillRect(page.translated(2, 3), QColor(0, 0, 0, dark ? 90 : 40));
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    CardRenderOptions opts;
    opts.darkPalette = dark;
    opts.minimumTextSize = m_minimumTextSize;
    CardRenderer::paint(p, page, *m_card, opts);
    // The focused tile: a ring in the highlight colour (screen only, never in print).
    if (hasFocus()) {
        const QRectF r = tileRect(currentTile());
        if (!r.isEmpty()) {
            p.setPen(QPen(palette().color(QPalette::Highlight), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(r.adjusted(-1.5, -1.5, 1.5, 1.5), 5, 5);
        }
    }
}

void CardWidget::mousePressEvent(QMouseEvent *event)
{
    const auto all = tiles();
    for (size_t i = 0; i < all.size(); ++i)
        if (all[i].second.contains(event->position())) {
            m_current = int(i);
            setFocus(Qt::MouseFocusReason);
            updateAccessibleText();
            update();
            if (event->button() == Qt::LeftButton) {
                m_clickedTile = all[i].first;
                m_clickTimer->start(QGuiApplication::styleHints()->mouseDoubleClickInterval());
            }
            return;
        }
    QWidget::mousePressEvent(event);
}

void CardWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    m_clickTimer->stop(); // the first click was half of this: no explanation
    if (m_card && event->button() == Qt::LeftButton) {
        emit doubleClicked();
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void CardWidget::setMinimumTextSize(double units)
{
    m_minimumTextSize = units;
    update();
}

void CardWidget::keyPressEvent(QKeyEvent *event)
{
    const int n = m_card ? int(CardRenderer::metricTiles(*m_card).size()) : 0;
    if (n == 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    constexpr int cols = 3; // the card's grid
    int next = m_current;
    switch (event->key()) {
    case Qt::Key_Left: next = m_current - 1; break;
    case Qt::Key_Right: next = m_current + 1; break;
    case Qt::Key_Up: next = m_current - cols; break;
    case Qt::Key_Down: next = m_current + cols; break;
    case Qt::Key_Home: next = 0; break;
    case Qt::Key_End: next = n - 1; break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space: emit explainRequested(currentTile()); return;
    default: QWidget::keyPressEvent(event); return;
    }
    m_current = std::clamp(next, 0, n - 1);
    updateAccessibleText();
    update();
}

void CardWidget::focusInEvent(QFocusEvent *event)
{
    update();
    QWidget::focusInEvent(event);
}

void CardWidget::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

bool CardWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        for (const auto &[key, r] : tiles())
            if (r.contains(help->pos())) {
                QToolTip::showText(help->globalPos(),
                                   tr("%1: click or press Enter to see how it was made").arg(metricTitle(key)), this,
                                   r.toAlignedRect());
                return true;
            }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace sc
