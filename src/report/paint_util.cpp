#include "report/paint_util.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>
#include <algorithm>

namespace sc::paint {

double textWidth(const QPainter &p, const QFont &font, const QString &text)
{
    return QFontMetricsF(font, p.device()).horizontalAdvance(text);
}

double lineHeight(const QPainter &p, const QFont &font) { return QFontMetricsF(font, p.device()).height(); }

namespace {
thread_local double t_textFloor = 0;
} // namespace

ScopedTextFloor::ScopedTextFloor(double pointSize) : m_previous(t_textFloor) { t_textFloor = pointSize; }
ScopedTextFloor::~ScopedTextFloor() { t_textFloor = m_previous; }

QFont fittedFont(const QPainter &p, const QFont &font, const QString &str, double width)
{
    // Translations run longer than English ("Calificación incierta" for
    // "Not certain"): shrinking a little reads better than a cut word, and
    // below a sixth smaller the text is cut after all.
    QFont f = font;
    const double full = font.pointSizeF();
    if (full <= 0 || width <= 0)
        return f;
    const double lowest = std::max(full * 0.83, std::min(full, t_textFloor));
    for (double size = full; size >= lowest - 1e-9; size -= full * 0.04) {
        f.setPointSizeF(size);
        if (QFontMetricsF(f, p.device()).horizontalAdvance(str) <= width)
            return f;
    }
    return f;
}

double text(QPainter &p, const QRectF &rect, const QString &str, const QFont &font, const QColor &color,
            Qt::Alignment align)
{
    if (rect.width() <= 0)
        return 0;
    const QFont shrunk = fittedFont(p, font, str, rect.width());
    const QFontMetricsF fm(shrunk, p.device());
    const QString shown = fm.elidedText(str, Qt::ElideRight, rect.width());
    p.setFont(shrunk);
    p.setPen(color);
    // No clipping needed: the text is elided to the width; the height is the caller's.
    p.drawText(rect, int(align) | Qt::TextSingleLine, shown);
    return fm.horizontalAdvance(shown);
}

double firstFitting(QPainter &p, const QRectF &rect, const QStringList &choices, const QFont &font, const QColor &color,
                    Qt::Alignment align)
{
    for (const QString &choice : choices)
        if (textWidth(p, fittedFont(p, font, choice, rect.width()), choice) <= rect.width())
            return text(p, rect, choice, font, color, align);
    return text(p, rect, choices.isEmpty() ? QString() : choices.last(), font, color, align);
}

QStringList wrap(const QPainter &p, const QString &str, const QFont &font, double width, int maxLines)
{
    QStringList lines;
    if (maxLines <= 0 || width <= 0)
        return lines;
    QString simplified = str;
    simplified.replace(QLatin1Char('\n'), QLatin1Char(' '));
    simplified = simplified.simplified();
    const QFontMetricsF fm(font, p.device());
    QTextLayout layout(simplified, font, p.device());
    QTextOption opt;
    opt.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(opt);
    layout.beginLayout();
    int lastStart = 0;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            // The last allowed line takes the rest, elided.
            lastStart = line.textStart();
            lines << fm.elidedText(simplified.mid(lastStart), Qt::ElideRight, width);
            break;
        }
        lines << simplified.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

double paragraph(QPainter &p, const QRectF &rect, const QString &str, const QFont &font, const QColor &color,
                 int maxLines)
{
    const double lh = lineHeight(p, font);
    const int fit = std::max(0, int((rect.height() + 0.5) / lh));
    const QStringList lines = wrap(p, str, font, rect.width(), std::min(maxLines, fit));
    p.setFont(font);
    p.setPen(color);
    double y = rect.top();
    for (const QString &line : lines) {
        p.drawText(QRectF(rect.left(), y, rect.width(), lh), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                   line);
        y += lh;
    }
    return y - rect.top();
}

double pill(QPainter &p, const QPointF &topLeft, double height, const QString &str, const QFont &font, const QColor &fg,
            const QColor &bg)
{
    const double w = textWidth(p, font, str) + height * 0.9;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(Qt::NoPen);
    p.setBrush(bg);
    const QRectF r(topLeft, QSizeF(w, height));
    p.drawRoundedRect(r, height / 2, height / 2);
    p.setFont(font);
    p.setPen(fg);
    p.drawText(r, Qt::AlignCenter | Qt::TextSingleLine, str);
    p.restore();
    return w;
}

} // namespace sc::paint
