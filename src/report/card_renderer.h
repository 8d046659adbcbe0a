#pragma once
// Draws the agent's 1:1 card with QPainter into any rectangle: a widget on
// screen, a QPdfWriter page or a printer. The one renderer for all three.
// Charts are drawn here with QPainter (vector in PDF, safe off the GUI thread).
#include "report/card_data.h"

#include <QRectF>
#include <QTransform>
#include <utility>
#include <vector>

class QPainter;

namespace sc {

struct CardRenderOptions {
    bool darkPalette = false; // screen only; PDF is always light
    // Screen only: no text smaller than this many page units (the page is
    // 842 units wide). 0 keeps the renderer's own sizes, as PDF and print do.
    double minimumTextSize = 0;
};

class CardRenderer {
public:
    // Paints the card scaled to fit `target` (landscape, aspect ~ A4).
    static void paint(QPainter &painter, const QRectF &target, const CardData &data,
                      const CardRenderOptions &options = {});
    // The logical page size the card is laid out on (points, landscape).
    static QSizeF logicalPageSize();
    // The metric tiles (key and rectangle on the logical page), in reading
    // order: what a click or Enter on the card explains (SPEC section 7).
    static std::vector<std::pair<QString, QRectF>> metricTiles(const CardData &data);
    // Where paint() puts the logical page inside `target`.
    static QTransform pageTransform(const QRectF &target);
};

} // namespace sc
