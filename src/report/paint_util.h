#pragma once
// Small text helpers shared by the card and the team report (internal).
#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace sc::paint {

// While one exists (on this thread), fittedFont shrinks no text below
// `pointSize` (presentation mode's legible minimum); 0 is no floor.
class ScopedTextFloor {
public:
    explicit ScopedTextFloor(double pointSize);
    ~ScopedTextFloor();
    ScopedTextFloor(const ScopedTextFloor &) = delete;
    ScopedTextFloor &operator=(const ScopedTextFloor &) = delete;

private:
    double m_previous;
};

// The font, up to a sixth smaller (and not under the ScopedTextFloor), in which `text` fits `width` (the
// smallest tried when nothing fits: the caller elides).
QFont fittedFont(const QPainter &p, const QFont &font, const QString &text, double width);
// Draws one line in the rectangle's width, shrunk a little (fittedFont) and
// then elided if it still does not fit. Returns the text's width.
double text(QPainter &p, const QRectF &rect, const QString &text, const QFont &font, const QColor &color,
            Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter);
// Draws the first of `choices` (longest first) that fits the width whole,
// shrunk a little at most; the last one, elided, when none does. For
// labels with a shorter wording (presentation mode's larger minimum text).
double firstFitting(QPainter &p, const QRectF &rect, const QStringList &choices, const QFont &font, const QColor &color,
                    Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter);
// Word-wraps into at most maxLines lines of `width`; the last is elided.
QStringList wrap(const QPainter &p, const QString &text, const QFont &font, double width, int maxLines);
// Draws wrapped lines from the rect's top; returns the height used.
double paragraph(QPainter &p, const QRectF &rect, const QString &text, const QFont &font, const QColor &color,
                 int maxLines);
// A rounded label with a filled background; returns its width.
double pill(QPainter &p, const QPointF &topLeft, double height, const QString &text, const QFont &font,
            const QColor &fg, const QColor &bg);
double textWidth(const QPainter &p, const QFont &font, const QString &text);
double lineHeight(const QPainter &p, const QFont &font);

} // namespace sc::paint
