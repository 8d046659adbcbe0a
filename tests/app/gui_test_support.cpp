#include "gui_test_support.h"

#include "app/team_table_model.h"
#include "import/importer.h"
#include "report/card_renderer.h"

#include <QPainter>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTextEdit>
#include <QWidget>
#include <cmath>
#include <stdexcept>
#include <utility>

namespace sc::test {

QString appDataFile(const QString &name) { return QStringLiteral(SCORECARD_TEST_DATA_DIR "/app/") + name; }

const Clock &testClock()
{
    static FixedClock clock(QDateTime(QDate(2026, 11, 5), QTime(9, 0), Qt::UTC));
    return clock;
}

std::unique_ptr<Store> makeFilledStore(const QTemporaryDir &dir, const Clock &clock, QString *path)
{
    const QString file = dir.filePath(QStringLiteral("test.sqlite"));
    if (path)
        *path = file;
    auto store = openStore(file, clock);
    QSet<QString> known;
    std::vector<ImportBatch> batches;
    for (const char *name : {"agents.csv", "time.csv", "contacts.csv", "qa.csv", "kcs.csv"}) {
        ImportOptions opts;
        opts.knownAgents = known;
        ImportResult r = parseImportFile(appDataFile(QString::fromLatin1(name)), opts);
        if (!r.batch) {
            QStringList e;
            for (const ImportError &err : r.errors)
                e << err.toString();
            throw std::runtime_error(e.join(QLatin1Char('\n')).toStdString());
        }
        for (const Agent &a : r.batch->agents)
            known.insert(a.id);
        batches.push_back(std::move(*r.batch));
    }
    store->importBatches(batches);
    return store;
}

// --- MessageCatcher ---------------------------------------------------------

namespace {
QStringList *g_caught = nullptr;
QtMessageHandler g_previous = nullptr;

void catchMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_caught)
        g_caught->append(message);
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

MessageCatcher::MessageCatcher()
{
    g_caught = new QStringList;
    g_previous = qInstallMessageHandler(catchMessage);
}

MessageCatcher::~MessageCatcher()
{
    qInstallMessageHandler(g_previous);
    delete std::exchange(g_caught, nullptr);
}

QStringList MessageCatcher::messages() const { return g_caught ? *g_caught : QStringList(); }

QStringList MessageCatcher::containing(const QString &part) const { return messages().filter(part); }

// --- TextRecorder ------------------------------------------------------------

class TextRecorder::Engine : public QPaintEngine {
public:
    Engine() : QPaintEngine(QPaintEngine::AllFeatures) {}
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override {}
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override {}
    void drawPath(const QPainterPath &) override {}
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
    void drawPolygon(const QPoint *, int, PolygonDrawMode) override {}
    void drawRects(const QRectF *, int) override {}
    void drawRects(const QRect *, int) override {}
    void drawLines(const QLineF *, int) override {}
    void drawLines(const QLine *, int) override {}
    void drawEllipse(const QRectF &) override {}
    void drawPoints(const QPointF *, int) override {}
    void drawTextItem(const QPointF &, const QTextItem &item) override
    {
        texts << item.text();
        const QFont f = item.font();
        const double px = f.pixelSize() > 0 ? f.pixelSize() : f.pointSizeF() * 96.0 / 72.0;
        const QTransform t = painter() ? painter()->combinedTransform() : QTransform();
        sizes << px * std::sqrt(std::abs(t.determinant()));
    }
    Type type() const override { return QPaintEngine::User; }
    QStringList texts;
    QList<double> sizes;
};

TextRecorder::TextRecorder(QSize size) : m_size(size), m_engine(new Engine) {}
TextRecorder::~TextRecorder() { delete m_engine; }
QPaintEngine *TextRecorder::paintEngine() const { return m_engine; }
QStringList TextRecorder::texts() const { return m_engine->texts; }
QList<double> TextRecorder::textPixelSizes() const { return m_engine->sizes; }

int TextRecorder::metric(PaintDeviceMetric m) const
{
    switch (m) {
    case PdmWidth: return m_size.width();
    case PdmHeight: return m_size.height();
    case PdmWidthMM: return qRound(m_size.width() * 25.4 / 96);
    case PdmHeightMM: return qRound(m_size.height() * 25.4 / 96);
    case PdmNumColors: return INT_MAX;
    case PdmDepth: return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY: return 96;
    case PdmDevicePixelRatio: return 1;
    case PdmDevicePixelRatioScaled: return int(QPaintDevice::devicePixelRatioFScale());
    default: return 0;
    }
}

QStringList cardTexts(const CardData &card)
{
    TextRecorder rec(QSize(1123, 794));
    QPainter p(&rec);
    CardRenderer::paint(p, QRectF(0, 0, 1123, 794), card);
    p.end();
    return rec.texts();
}

// --- visible texts -------------------------------------------------------------

static void addModelTexts(const QAbstractItemModel *m, const QModelIndex &parent, QStringList &out)
{
    if (!m)
        return;
    for (int c = 0; c < m->columnCount(parent); ++c) {
        out << m->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()
            << m->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString();
    }
    for (int r = 0; r < m->rowCount(parent); ++r) {
        for (int c = 0; c < m->columnCount(parent); ++c) {
            const QModelIndex i = m->index(r, c, parent);
            out << i.data(Qt::DisplayRole).toString() << i.data(Qt::ToolTipRole).toString()
                << i.data(Qt::StatusTipRole).toString();
            if (m->hasChildren(i))
                addModelTexts(m, i, out);
        }
    }
}

QStringList visibleTexts(const QWidget *root)
{
    QStringList out;
    QList<const QWidget *> widgets{root};
    for (QWidget *w : root->findChildren<QWidget *>())
        widgets << w;
    for (const QWidget *w : widgets) {
        if (!w->isVisibleTo(root) && w != root)
            continue;
        out << w->windowTitle() << w->toolTip() << w->statusTip() << w->accessibleName() << w->whatsThis();
        if (auto *l = qobject_cast<const QLabel *>(w))
            out << l->text();
        if (auto *b = qobject_cast<const QAbstractButton *>(w))
            out << b->text();
        if (auto *g = qobject_cast<const QGroupBox *>(w))
            out << g->title();
        if (auto *e = qobject_cast<const QLineEdit *>(w))
            out << e->text() << e->placeholderText();
        if (auto *e = qobject_cast<const QPlainTextEdit *>(w))
            out << e->toPlainText();
        if (auto *e = qobject_cast<const QTextEdit *>(w))
            out << e->toPlainText();
        if (auto *c = qobject_cast<const QComboBox *>(w)) {
            for (int i = 0; i < c->count(); ++i)
                out << c->itemText(i);
        }
        if (auto *v = qobject_cast<const QAbstractItemView *>(w))
            addModelTexts(v->model(), {}, out);
        for (const QAction *a : w->actions())
            out << a->text() << a->toolTip() << a->statusTip();
    }
    out.removeAll(QString());
    return out;
}

bool waitUntilActive(QWidget *w)
{
    w->activateWindow();
    return QTest::qWaitFor([w] { return QApplication::activeWindow() == w; }, 3000);
}

void FilledWindowTest::SetUp()
{
    ASSERT_TRUE(dir.isValid());
    auto store = makeFilledStore(dir, testClock(), &path);
    window = std::make_unique<MainWindow>(std::move(store), path, testClock());
    window->resize(1280, 800);
    window->show();
    ASSERT_TRUE(waitUntilActive(window.get()));
}

QStringList FilledWindowTest::tableOrder() const
{
    QStringList ids;
    auto *proxy = window->teamProxy();
    for (int r = 0; r < proxy->rowCount(); ++r)
        ids << proxy->index(r, 0).data(TeamTableModel::AgentIdRole).toString();
    return ids;
}

} // namespace sc::test
