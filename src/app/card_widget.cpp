#include "app/card_widget.h"

#include "report/card_renderer.h"

#include <QPainter>

namespace sc {

CardWidget::CardWidget(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::NoFocus);
    m_placeholder = tr("Select an agent to see their card.");
}

void CardWidget::setCard(std::optional<CardData> card)
{
    m_card = std::move(card);
    if (m_card)
        setAccessibleName(tr("Card of %1").arg(m_card->card.agent.name));
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
    CardRenderer::paint(p, page, *m_card, opts);
}

} // namespace sc
